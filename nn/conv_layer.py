"""Convolution (stride 1, 'valid', channels last), vectorised through im2col.

The forward pass gathers every kernel-sized window of the batch into one matrix
(`sliding_window_view`), so the whole convolution is one matrix product; the backward
pass is two more. `nn.reference.ReferenceConvLayer` keeps the article's `correlate2d`
loops, corrected, as the reference the tests compare against.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nn.initializers import get_rng, initial_bias, initial_weights
from nn.layer import Layer


def windows(x: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """(n, h, w, c) → (n, h-kh+1, w-kw+1, kh, kw, c): a view, no copy."""
    return sliding_window_view(x, (kh, kw), axis=(1, 2)).transpose(0, 1, 2, 4, 5, 3)


class ConvLayer(Layer):
    """`ConvLayer(input_shape=(h, w, d), kernel_shape=(m, n), layer_depth=k)`, as in the article.

    Weights have shape (m, n, d, k); the bias has one value per output channel, added once.
    """

    def __init__(
        self,
        input_shape: tuple[int, int, int],
        kernel_shape: tuple[int, int],
        layer_depth: int,
        init: str = "xavier",
        rng: int | np.random.Generator | None = None,
    ) -> None:
        super().__init__()
        if len(input_shape) != 3 or len(kernel_shape) != 2:
            raise ValueError(
                f"ConvLayer expects input_shape (height, width, depth) and kernel_shape "
                f"(height, width), got {input_shape!r} and {kernel_shape!r}"
            )
        height, width, depth = (int(v) for v in input_shape)
        kh, kw = (int(v) for v in kernel_shape)
        if kh > height or kw > width:
            raise ValueError(f"kernel {kernel_shape} is larger than the input {input_shape}")
        self.input_shape = (height, width, depth)
        self.kernel_shape = (kh, kw)
        self.input_depth, self.layer_depth = depth, int(layer_depth)
        self.output_shape = (height - kh + 1, width - kw + 1, self.layer_depth)
        self.init = init
        generator = get_rng(rng)
        fan_in, fan_out = kh * kw * depth, kh * kw * self.layer_depth
        shape = (kh, kw, depth, self.layer_depth)
        self.weights = initial_weights(shape, fan_in, fan_out, init, generator)
        self.bias = initial_bias((self.layer_depth,), init, generator)

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self._remember_input(input, rank=4)
        kh, kw = self.kernel_shape
        n, oh, ow, k = len(input), *self.output_shape
        self._columns = windows(input, kh, kw).reshape(n * oh * ow, -1)
        out = self._columns @ self.weights.reshape(-1, k) + self.bias
        self.output = out.reshape(n, oh, ow, k)
        return self.output

    def backward_propagation(self, output_error: np.ndarray, learning_rate: float) -> np.ndarray:
        kh, kw = self.kernel_shape
        k = self.layer_depth
        error_rows = output_error.reshape(-1, k)
        self.grads = {
            "weights": (self._columns.T @ error_rows).reshape(self.weights.shape),
            "bias": error_rows.sum(axis=0),
        }
        # dE/dX is the 'full' convolution of the error with the flipped kernel: im2col again
        # on the error padded by the kernel size.
        padded = np.pad(output_error, ((0, 0), (kh - 1, kh - 1), (kw - 1, kw - 1), (0, 0)))
        flipped = self.weights[::-1, ::-1].transpose(0, 1, 3, 2).reshape(-1, self.input_depth)
        n, h, w = len(output_error), *self.input_shape[:2]
        columns = windows(padded, kh, kw).reshape(n * h * w, -1)
        input_error = (columns @ flipped).reshape(n, h, w, self.input_depth)
        self._update(learning_rate)
        return input_error

    def params(self) -> dict[str, np.ndarray]:
        return {"weights": self.weights, "bias": self.bias}

    def config(self) -> dict[str, Any]:
        return {
            "input_shape": list(self.input_shape),
            "kernel_shape": list(self.kernel_shape),
            "layer_depth": self.layer_depth,
            "init": self.init,
        }
