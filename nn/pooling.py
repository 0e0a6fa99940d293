"""Max pooling over non-overlapping square windows (channels last)."""

from __future__ import annotations

from typing import Any

import numpy as np

from nn.layer import Layer


class MaxPoolingLayer(Layer):
    """`MaxPoolingLayer(pool_size=2)`: each output is the max of a pool×pool window.

    Rows and columns that do not fill a whole window are dropped (as PyTorch and Keras do),
    and get zero gradient. Each window passes its gradient to one position, its first max.
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
        blocks = input[:, : oh * p, : ow * p].reshape(n, oh, p, ow, p, c)
        blocks = blocks.transpose(0, 1, 3, 5, 2, 4).reshape(n, oh, ow, c, p * p)
        self._argmax = blocks.argmax(axis=-1)[..., None]
        self.output = np.take_along_axis(blocks, self._argmax, axis=-1)[..., 0]
        return self.output

    def backward_propagation(self, output_error: np.ndarray, learning_rate: float) -> np.ndarray:
        p = self.pool_size
        n, oh, ow, c = output_error.shape
        blocks = np.zeros((n, oh, ow, c, p * p), dtype=output_error.dtype)
        np.put_along_axis(blocks, self._argmax, output_error[..., None], axis=-1)
        routed = blocks.reshape(n, oh, ow, c, p, p).transpose(0, 1, 4, 2, 5, 3)
        input_error = np.zeros_like(self.input, dtype=output_error.dtype)
        input_error[:, : oh * p, : ow * p] = routed.reshape(n, oh * p, ow * p, c)
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
