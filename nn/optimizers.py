"""Update rules. Each keeps its per-parameter state under a key the layer gives it.

`learning_rate` still comes through `backward_propagation`, as in the article; an optimizer
only decides what to do with it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np


class Optimizer:
    name = "optimizer"

    def update(self, key: Hashable, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        raise NotImplementedError

    def config(self) -> dict[str, Any]:
        return {}


class SGD(Optimizer):
    """The article's rule: param -= learning_rate * gradient."""

    name = "sgd"

    def update(self, key: Hashable, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        param -= lr * grad


class Momentum(Optimizer):
    """SGD with a velocity that remembers past gradients (heavy ball)."""

    name = "momentum"

    def __init__(self, beta: float = 0.9) -> None:
        self.beta = beta
        self.velocity: dict[Hashable, np.ndarray] = {}

    def update(self, key: Hashable, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        velocity = self.velocity.get(key)
        if velocity is None:
            velocity = self.velocity[key] = np.zeros_like(param)
        velocity *= self.beta
        velocity += grad
        param -= lr * velocity

    def config(self) -> dict[str, Any]:
        return {"beta": self.beta}


class Adam(Optimizer):
    """Adam (Kingma & Ba, 2015) with bias correction."""

    name = "adam"

    def __init__(self, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.state: dict[Hashable, tuple[np.ndarray, np.ndarray, int]] = {}

    def update(self, key: Hashable, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        m, v, t = self.state.get(key) or (np.zeros_like(param), np.zeros_like(param), 0)
        t += 1
        m *= self.beta1
        m += (1 - self.beta1) * grad
        v *= self.beta2
        v += (1 - self.beta2) * grad * grad
        self.state[key] = (m, v, t)
        step = lr * np.sqrt(1 - self.beta2**t) / (1 - self.beta1**t)
        param -= step * m / (np.sqrt(v) + self.eps)

    def config(self) -> dict[str, Any]:
        return {"beta1": self.beta1, "beta2": self.beta2, "eps": self.eps}


OPTIMIZERS: dict[str, type[Optimizer]] = {o.name: o for o in (SGD, Momentum, Adam)}
