"""Fully connected layer: Y = X·W + B over a batch of rows."""

from __future__ import annotations

from typing import Any

import numpy as np

from nn.initializers import get_rng, initial_bias, initial_weights
from nn.layer import Layer


def _features(shape: int | tuple[int, ...], what: str) -> int:
    """Accept the article's `(1, i)` row shape as well as a plain `i`."""
    if isinstance(shape, int | np.integer) and shape > 0:
        return int(shape)
    if isinstance(shape, tuple) and len(shape) == 2 and shape[0] == 1 and shape[1] > 0:
        return int(shape[1])
    raise ValueError(f"FCLayer {what} must be a positive int or (1, n), got {shape!r}")


class FCLayer(Layer):
    """`FCLayer(2, 3)` or, as in the article, `FCLayer((1, 2), (1, 3))`."""

    def __init__(
        self,
        input_shape: int | tuple[int, int],
        output_shape: int | tuple[int, int],
        init: str = "xavier",
        rng: int | np.random.Generator | None = None,
    ) -> None:
        super().__init__()
        self.inputs = _features(input_shape, "input_shape")
        self.outputs = _features(output_shape, "output_shape")
        self.input_shape, self.output_shape = (self.inputs,), (self.outputs,)
        self.init = init
        generator = get_rng(rng)
        shape = (self.inputs, self.outputs)
        self.weights = initial_weights(shape, self.inputs, self.outputs, init, generator)
        self.bias = initial_bias((1, self.outputs), init, generator)

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self._remember_input(input, rank=2)
        self.output = input @ self.weights + self.bias
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray | None:
        input_error = output_error @ self.weights.T if self.needs_input_error else None
        self.grads = {
            "weights": self._forwarded(self.input).T @ output_error,
            "bias": output_error.sum(axis=0, keepdims=True),
        }
        return input_error

    def params(self) -> dict[str, np.ndarray]:
        return {"weights": self.weights, "bias": self.bias}

    def config(self) -> dict[str, Any]:
        return {"input_shape": self.inputs, "output_shape": self.outputs, "init": self.init}
