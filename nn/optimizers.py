"""Update rules. Each layer owns its own optimizer, a clone of the one the network was given
(`Network.use(..., optimizer=Adam())`), and that clone keeps its state (velocities, moments)
under the parameter's name: "weights", "bias".

In the equations below, w is one parameter array, g its gradient dE/dw from the last
backward pass, lr the learning rate given to `fit` (or to `Layer.update`), and every
operation is element by element.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class Optimizer:
    """Base class: `update(name, param, grad, lr)` changes `param` in place."""

    name = "optimizer"

    def update(self, name: str, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        raise NotImplementedError

    def config(self) -> dict[str, Any]:
        """The constructor arguments (saved with a network)."""
        return {}

    def clone(self) -> Optimizer:
        """A new optimizer with the same settings and no state: one for each layer."""
        return type(self)(**self.config())

    def __repr__(self) -> str:
        settings = ", ".join(f"{key}={value!r}" for key, value in self.config().items())
        return f"{type(self).__name__}({settings})"


class SGD(Optimizer):
    """Plain gradient descent, the article's rule:

    w <- w - lr * g
    """

    name = "sgd"

    def update(self, name: str, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        param -= lr * grad


class Momentum(Optimizer):
    """Gradient descent with a velocity v that remembers past gradients (heavy ball, in
    PyTorch's form: no (1 - beta) factor on g). v starts at 0; each step:

        v <- beta * v + g
        w <- w - lr * v
    """

    name = "momentum"

    def __init__(self, beta: float = 0.9) -> None:
        self.beta = beta
        self.velocity: dict[str, np.ndarray] = {}

    def update(self, name: str, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        velocity = self.velocity.get(name)
        if velocity is None:
            velocity = self.velocity[name] = np.zeros_like(param)
        velocity *= self.beta
        velocity += grad
        param -= lr * velocity

    def config(self) -> dict[str, Any]:
        return {"beta": self.beta}


class Adam(Optimizer):
    """Adam (Kingma & Ba, 2015), with the bias correction folded into the step size as in
    the paper's section 2. m and v start at 0 and t at 0; each step:

        t <- t + 1
        m <- beta1 * m + (1 - beta1) * g
        v <- beta2 * v + (1 - beta2) * g^2
        w <- w - lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + eps)

    which is w <- w - lr * m_hat / (sqrt(v_hat) + eps / sqrt(1 - beta2^t)), with
    m_hat = m / (1 - beta1^t) and v_hat = v / (1 - beta2^t): the textbook form, but for
    eps, which is added to sqrt(v) rather than to sqrt(v_hat).
    """

    name = "adam"

    def __init__(self, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.state: dict[str, tuple[np.ndarray, np.ndarray, int]] = {}

    def update(self, name: str, param: np.ndarray, grad: np.ndarray, lr: float) -> None:
        m, v, t = self.state.get(name) or (np.zeros_like(param), np.zeros_like(param), 0)
        t += 1
        m *= self.beta1
        m += (1 - self.beta1) * grad
        v *= self.beta2
        v += (1 - self.beta2) * grad * grad
        self.state[name] = (m, v, t)
        step = lr * np.sqrt(1 - self.beta2**t) / (1 - self.beta1**t)
        param -= step * m / (np.sqrt(v) + self.eps)

    def config(self) -> dict[str, Any]:
        return {"beta1": self.beta1, "beta2": self.beta2, "eps": self.eps}


OPTIMIZERS: dict[str, type[Optimizer]] = {o.name: o for o in (SGD, Momentum, Adam)}
