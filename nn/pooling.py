"""Max pooling over non-overlapping square windows (channels last)."""

from __future__ import annotations

from typing import Any

import numpy as np

from nn.layer import Layer


class MaxPoolingLayer(Layer):
    """`MaxPoolingLayer(pool_size=2)`: each output is the max of a pool×pool window.

    Rows and columns that do not fill a whole window are dropped (as PyTorch and Keras do),
    and get zero gradient. Where a window holds its maximum more than once (windows of ReLU
    zeros do), one of them gets the gradient: the first in the leftmost column holding it.
    """

    def __init__(self, pool_size: int = 2, input_shape: tuple[int, int, int] | None = None) -> None:
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
        # Two steps: first down the window's rows, comparing whole image rows at a time,
        # then across its columns, on the half-size result.
        down = input[:, : oh * p, : ow * p].reshape(n * oh, p, ow * p * c)
        column_max, self._row_winners = _first_max(down)
        across = column_max.reshape(n * oh * ow, p, c)
        best, self._column_winners = _first_max(across)
        self.output = best.reshape(n, oh, ow, c)
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        p = self.pool_size
        n, oh, ow, c = output_error.shape
        column_error = _route(output_error.reshape(n * oh * ow, c), self._column_winners)
        window_error = _route(column_error.reshape(n * oh, ow * p * c), self._row_winners)
        window_error = window_error.reshape(n, oh * p, ow * p, c)
        input_shape = self._forwarded(self.input).shape
        if window_error.shape == input_shape:
            return window_error
        input_error = np.zeros(input_shape, dtype=output_error.dtype)
        input_error[:, : oh * p, : ow * p] = window_error
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


def _first_max(windows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(m, p, k) → the max over the middle axis (m, k), and (p, m, k) masks that mark, for
    each of the p positions, where it is the first to hold that max."""
    positions = windows.shape[1]
    # Pairwise maxima: ~5x faster than windows.max(axis=1) when k is small.
    best = windows[:, 0].copy() if positions == 1 else np.maximum(windows[:, 0], windows[:, 1])
    for position in range(2, positions):
        np.maximum(best, windows[:, position], out=best)
    winners = np.empty((positions, *best.shape), dtype=bool)
    np.equal(windows[:, 0], best, out=winners[0])
    taken = winners[0]
    for position in range(1, positions - 1):
        np.greater(windows[:, position] == best, taken, out=winners[position])
        taken = taken | winners[position]
    if positions > 1:
        np.logical_not(taken, out=winners[-1])  # the last position wins what is left
    return best, winners


def _route(error: np.ndarray, winners: np.ndarray) -> np.ndarray:
    """(m, k) errors → (m, p, k): each error goes to the position that won its max."""
    routed = np.empty((error.shape[0], len(winners), error.shape[1]), dtype=error.dtype)
    for position, winner in enumerate(winners):
        np.multiply(error, winner, out=routed[:, position])
    return routed
