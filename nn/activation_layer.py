"""Layers without parameters that apply a non-linearity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from nn.activations import ACTIVATIONS, softmax
from nn.layer import Layer

Function = Callable[[np.ndarray], np.ndarray]


class ActivationLayer(Layer):
    """`ActivationLayer(tanh, tanh_prime)`, `ActivationLayer("relu")`, or as in the article
    `ActivationLayer((1, 3), tanh, tanh_prime)`."""

    def __init__(self, *args: Any) -> None:
        super().__init__()
        if args and isinstance(args[0], tuple):
            args = args[1:]  # the article's input shape: the layer works on any shape
        if len(args) == 1 and isinstance(args[0], str):
            if args[0] not in ACTIVATIONS:
                raise ValueError(f"unknown activation {args[0]!r}; known: {sorted(ACTIVATIONS)}")
            args = ACTIVATIONS[args[0]]
        if len(args) != 2 or not all(callable(f) for f in args):
            raise ValueError(
                "ActivationLayer takes (activation, activation_prime), a name such as 'relu', "
                f"or the article's (shape, activation, activation_prime); got {args!r}"
            )
        self.activation, self.activation_prime = args

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self.input = input
        self.output = self.activation(input)
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        result: np.ndarray = self.activation_prime(self._forwarded(self.input)) * output_error
        return result

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> ActivationLayer:
        return cls(config["activation"])

    def __repr__(self) -> str:
        """`ActivationLayer(activation='tanh')`, or the functions' names for others."""
        if any(pair == (self.activation, self.activation_prime) for pair in ACTIVATIONS.values()):
            return super().__repr__()
        names = [getattr(f, "__name__", repr(f)) for f in (self.activation, self.activation_prime)]
        return f"ActivationLayer(activation={names[0]}, activation_prime={names[1]})"

    def config(self) -> dict[str, Any]:
        for name, pair in ACTIVATIONS.items():
            if pair == (self.activation, self.activation_prime):
                return {"activation": name}
        raise ValueError(
            "only the built-in activations can be saved "
            f"({', '.join(ACTIVATIONS)}), not {self.activation!r}"
        )


class SoftmaxLayer(Layer):
    """Softmax over the last axis, with its full Jacobian in the backward pass."""

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self.input = input
        self.output = softmax(input)
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray:
        s = self._forwarded(self.output)
        result: np.ndarray = s * (output_error - (output_error * s).sum(axis=-1, keepdims=True))
        return result
