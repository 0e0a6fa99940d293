"""Dropout: while training, zero a random fraction of activations; at predict, do nothing."""

from __future__ import annotations

from typing import Any, Self

import numpy as np

from nn.initializers import get_rng
from nn.layer import Layer


class DropoutLayer(Layer):
    """Inverted dropout: survivors are scaled by 1/(1-rate), so predict needs no rescaling."""

    def __init__(self, rate: float = 0.5, rng: int | np.random.Generator | None = None) -> None:
        super().__init__()
        if not 0 <= rate < 1:
            raise ValueError(f"dropout rate must be in [0, 1), got {rate}")
        self.rate = float(rate)
        self.rng = get_rng(rng)
        self.mask: np.ndarray | None = None

    def replica(self) -> Self:
        twin = super().replica()
        # Its own stream of random numbers: threads sharing one would draw in an order
        # that changes from run to run, and a seed would no longer repeat a run.
        twin.rng = self.rng.spawn(1)[0]
        return twin

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self.input = input
        if not self.training or self.rate == 0:
            self.mask = None
            self.output = input
        else:
            keep = self.rng.random(input.shape) >= self.rate
            self.mask = keep.astype(input.dtype) / (1 - self.rate)
            self.output = input * self.mask
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        return output_error if self.mask is None else output_error * self.mask

    def config(self) -> dict[str, Any]:
        return {"rate": self.rate}
