"""Flatten each sample to a row, so convolutional features can feed dense layers."""

from __future__ import annotations

import numpy as np

from nn.layer import Layer


class FlattenLayer(Layer):
    def build(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        return (int(np.prod(input_shape)),)

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self.input = input
        self.output = input.reshape(len(input), -1)
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        return output_error.reshape(self._forwarded(self.input).shape)
