"""Convolution (stride 1, 'valid', channels last), vectorised through im2col.

The forward pass gathers every kernel-sized window of the batch into one matrix (im2col),
so the whole convolution, bias included, is one matrix product; the backward pass is two
more, and col2im. `tests/support/reference.py` keeps the article's `correlate2d` loops, corrected,
as the reference the tests compare against.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from nn.initializers import get_rng, initial_bias, initial_weights
from nn.layer import Layer


def im2col(x: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """(n, h, w, c) → (n·oh·ow, kh·kw·c + 1): each row one window in (kh, kw, c) order, then
    a 1, the input that the bias multiplies (so the bias costs no pass of its own)."""
    n, h, w, c = x.shape
    oh, ow = h - kh + 1, w - kw + 1
    if c == 1:
        # One channel (a grayscale input): each column is one shifted copy of the images,
        # written whole, ~2.5x faster than gathering windows; returned as a transposed view.
        columns = np.empty((kh * kw + 1, n, oh, ow), dtype=x.dtype)
        for i in range(kh):
            for j in range(kw):
                columns[i * kw + j] = x[:, i : i + oh, j : j + ow, 0]
        columns[-1] = 1
        return columns.reshape(kh * kw + 1, -1).T
    columns = np.empty((n, oh, ow, kh * kw * c + 1), dtype=x.dtype)
    windows = sliding_window_view(x, (kh, kw), axis=(1, 2))  # (n, oh, ow, c, kh, kw), no copy
    body = np.reshape(columns[..., :-1], (n, oh, ow, kh, kw, c), copy=False)
    body[...] = windows.transpose(0, 1, 2, 4, 5, 3)
    columns[..., -1] = 1
    return columns.reshape(n * oh * ow, -1)


class ConvLayer(Layer):
    """`ConvLayer(input_shape=(h, w, d), kernel_shape=(m, n), layer_depth=k)`, as in the article.

    Weights have shape (m, n, d, k); the bias has one value per output channel, added once.
    The shapes may be any sequences (a saved network gives back lists); they are kept as tuples.
    """

    # Always known for a convolution, unlike for a layer in general.
    input_shape: tuple[int, int, int]
    output_shape: tuple[int, int, int]

    def __init__(
        self,
        input_shape: Sequence[int],
        kernel_shape: Sequence[int],
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
        self._columns = im2col(input, kh, kw)
        weights_and_bias = np.vstack([self.weights.reshape(-1, k), self.bias])
        self.output = (self._columns @ weights_and_bias).reshape(n, oh, ow, k)
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray | None:
        kh, kw = self.kernel_shape
        n, oh, ow, k = output_error.shape
        error_rows = output_error.reshape(-1, k)
        # The last row of the product is the bias gradient (the column of ones of im2col).
        grads = self._columns.T @ error_rows
        self.grads = {"weights": grads[:-1].reshape(self.weights.shape), "bias": grads[-1]}
        input_error = None
        if self.needs_input_error:
            # Each window sent its values to kh·kw·c outputs; send the error back the same
            # way (col2im): one product per kernel position, then kh·kw shifted additions.
            # Laid out kernel position first, each addition reads whole contiguous rows,
            # which is ~3x faster than reading c values at a time out of one wide matrix.
            per_position = self.weights.reshape(kh * kw, -1, k).transpose(0, 2, 1)
            shifted_errors = np.matmul(error_rows, per_position).reshape(kh, kw, n, oh, ow, -1)
            input_error = np.zeros((n, *self.input_shape), dtype=output_error.dtype)
            for i in range(kh):
                for j in range(kw):
                    input_error[:, i : i + oh, j : j + ow, :] += shifted_errors[i, j]
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
