"""The base class every layer inherits, as in the article, plus parameter bookkeeping.

A layer takes a batch along the first axis. `backward_propagation(output_error, learning_rate)`
returns dE/dX, stores dE/dparam in `self.grads`, and then lets its optimizer update the
parameters, so the article's signature still drives momentum or Adam.
"""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from typing import Any

import numpy as np

from nn.optimizers import SGD, Optimizer


class Layer(ABC):
    """Base class: `input`, `output`, forward and backward propagation."""

    def __init__(self) -> None:
        self.input: np.ndarray | None = None
        self.output: np.ndarray | None = None
        self.input_shape: tuple[int, ...] | None = None  # one sample's shape, without the batch
        self.output_shape: tuple[int, ...] | None = None
        self.grads: dict[str, np.ndarray] = {}
        self.optimizer: Optimizer = SGD()
        self.training = False  # set by Network.fit; layers like dropout act only then
        # Network.fit clears this on its first layer while it trains: nobody reads dE/dX of
        # the data, and for a convolution it costs as much as the weights' gradient.
        self.needs_input_error = True

    @abstractmethod
    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        """Compute the output Y for a batch of inputs X."""
        raise NotImplementedError

    @abstractmethod
    def backward_propagation(self, output_error: np.ndarray, learning_rate: float) -> np.ndarray:
        """Return dE/dX for a given dE/dY, updating parameters if there are any."""
        raise NotImplementedError

    def build(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        """Check the sample shape this layer receives in a network; return the one it gives."""
        if self.input_shape is not None and tuple(input_shape) != tuple(self.input_shape):
            raise ValueError(
                f"{type(self).__name__} expects samples of shape {tuple(self.input_shape)}, "
                f"but the previous layer gives {tuple(input_shape)}"
            )
        return tuple(self.output_shape) if self.output_shape is not None else tuple(input_shape)

    def replica(self) -> Layer:
        """A copy to run part of each batch on another thread (`nn.parallel`). Shallow: it
        shares the parameters, and has its own input, output and gradients because the
        propagations assign new arrays to those rather than writing into them."""
        return copy.copy(self)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Layer:
        """Rebuild a layer from its `config()` as a saved network gives it back (JSON)."""
        return cls(**config)

    # -- parameters ------------------------------------------------------------------------

    def params(self) -> dict[str, np.ndarray]:
        """The learnable arrays by name (empty for layers without any)."""
        return {}

    def set_params(self, params: dict[str, np.ndarray]) -> None:
        for name, value in params.items():
            current = getattr(self, name)
            if current.shape != value.shape:
                raise ValueError(
                    f"{type(self).__name__}.{name}: expected shape {current.shape}, "
                    f"got {value.shape}"
                )
            setattr(self, name, value.astype(current.dtype))

    def astype(self, dtype: np.dtype | type) -> None:
        """Cast the parameters (float32 halves memory and doubles BLAS speed)."""
        for name, value in self.params().items():
            setattr(self, name, value.astype(dtype))

    def config(self) -> dict[str, Any]:
        """The constructor arguments that rebuild this layer (for `Network.save`)."""
        return {}

    def apply_gradients(self, learning_rate: float) -> None:
        """Update the parameters from `self.grads` with the optimizer (end of a backward pass)."""
        for name, param in self.params().items():
            self.optimizer.update((id(self), name), param, self.grads[name], learning_rate)

    def _remember_input(self, input: np.ndarray, rank: int) -> np.ndarray:
        """Check a batch has `rank` axes and the sample shape this layer was built for."""
        if input.ndim != rank:
            raise ValueError(
                f"{type(self).__name__} expects a batch of rank {rank} "
                f"(batch, {', '.join('?' * (rank - 1))}), got shape {input.shape}"
            )
        if self.input_shape is not None and tuple(input.shape[1:]) != tuple(self.input_shape):
            raise ValueError(
                f"{type(self).__name__} expects samples of shape {tuple(self.input_shape)}, "
                f"got {tuple(input.shape[1:])} (batch shape {input.shape})"
            )
        self.input = input
        return input


def forward_through(layers: list[Layer], x: np.ndarray, training: bool = True) -> np.ndarray:
    """Run a batch through the layers in order."""
    output = x
    for layer in layers:
        layer.training = training
        output = layer.forward_propagation(output)
    return output


def backward_through(
    layers: list[Layer], output_error: np.ndarray, learning_rate: float
) -> np.ndarray | None:
    """Back-propagate dE/dY of the last layer through all of them, in reverse; return dE/dX
    of the first (None if it was told it need not compute it)."""
    error = output_error
    for layer in reversed(layers):
        error = layer.backward_propagation(error, learning_rate)
    return error
