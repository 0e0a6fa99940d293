"""Max pooling over non-overlapping square windows (channels last)."""

from __future__ import annotations

from typing import Any

import numpy as np

from nn.layer import Layer


class MaxPoolingLayer(Layer):
    """`MaxPoolingLayer(pool_size=2)`: each output is the max of a pool×pool window.

    Rows and columns that do not fill a whole window are dropped (as PyTorch and Keras do),
    and get zero gradient.
    """

    def __init__(self, pool_size: int = 2, input_shape: tuple[int, int, int] | None = None):
        super().__init__()
        if pool_size < 1:
            raise ValueError(f"pool_size must be at least 1, got {pool_size}")
        self.pool_size = int(pool_size)
        if input_shape is not None:
            h, w, c = input_shape
            self.input_shape = (h, w, c)
            self.output_shape = (h // pool_size, w // pool_size, c)

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self._remember_input(input, rank=4)
        p = self.pool_size
        n, h, w, c = input.shape
        oh, ow = h // p, w // p
        if oh == 0 or ow == 0:
            raise ValueError(f"MaxPoolingLayer({p}) needs inputs at least {p}×{p}, got {h}×{w}")
        # One contiguous row per position in the window, so that every step below is a fast
        # element-wise operation on whole rows.
        windows = input[:, : oh * p, : ow * p].reshape(n, oh, p, ow, p, c)
        rows = np.ascontiguousarray(windows.transpose(2, 4, 0, 1, 3, 5)).reshape(p * p, -1)
        best = rows.max(axis=0)
        # Only the first maximum of a window gets the gradient, even where values tie
        # (windows of ReLU zeros do).
        self._first_max = np.empty(rows.shape, dtype=bool)
        taken = np.zeros(best.shape, dtype=bool)
        for position, row in enumerate(rows):
            np.greater(row == best, taken, out=self._first_max[position])
            taken |= self._first_max[position]
        self.output = best.reshape(n, oh, ow, c)
        return self.output

    def backward_propagation(self, output_error: np.ndarray, learning_rate: float) -> np.ndarray:
        p = self.pool_size
        n, oh, ow, c = output_error.shape
        routed = (self._first_max * output_error.reshape(1, -1)).reshape(p, p, n, oh, ow, c)
        input_error = np.zeros(self.input.shape, dtype=output_error.dtype)
        input_error[:, : oh * p, : ow * p] = routed.transpose(2, 3, 0, 4, 1, 5).reshape(
            n, oh * p, ow * p, c
        )
        return input_error

    def build(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        if len(input_shape) != 3:
            raise ValueError(
                f"MaxPoolingLayer expects (height, width, channels), got {input_shape}"
            )
        h, w, c = input_shape
        self.input_shape = (h, w, c)
        self.output_shape = (h // self.pool_size, w // self.pool_size, c)
        return self.output_shape

    def config(self) -> dict[str, Any]:
        return {"pool_size": self.pool_size}
