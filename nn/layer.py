"""The base class every layer inherits, as in the article, plus parameter bookkeeping.

A layer takes a batch along the first axis. Training a layer is two steps, as in micrograd
or PyTorch:

- `backward(output_error)` returns dE/dX for a given dE/dY and stores dE/dparam in
  `self.grads`, by parameter name; it changes no parameter.
- `update(learning_rate)` applies the layer's optimizer to its parameters with those
  gradients.

The article's `backward_propagation(output_error, learning_rate)` is both, one after the
other. A layer written the article's way (overriding `backward_propagation` and updating
itself there) still trains in a `Network`, one thread only: see `updates_itself`.
"""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from typing import Any, ClassVar, Self

import numpy as np

from nn.optimizers import SGD, Optimizer


class Layer(ABC):
    """Base class: `input`, `output`, forward and backward propagation."""

    # True for a layer written the article's way, that overrides `backward_propagation` (and
    # may update its parameters there). The network then calls that, with the learning rate,
    # instead of `backward` and `update`; such a layer cannot be split between threads,
    # since each thread would update it with its part of the batch. Set for each subclass
    # when it is defined (a class attribute: the training loop reads it every step).
    updates_itself: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.updates_itself = cls.backward_propagation is not Layer.backward_propagation

    def __init__(self) -> None:
        self.input: np.ndarray | None = None
        self.output: np.ndarray | None = None
        self.input_shape: tuple[int, ...] | None = None  # one sample's shape, without the batch
        self.output_shape: tuple[int, ...] | None = None
        self.grads: dict[str, np.ndarray] = {}
        # This layer's own: its state (momentum, Adam's moments) is keyed by parameter name.
        # Network.add and Network.use give each layer a clone of the network's optimizer.
        self.optimizer: Optimizer = SGD()
        self.training = False  # set by Network.fit; layers like dropout act only then
        # Network.fit clears this on its first layer while it trains: nobody reads dE/dX of
        # the data, and for a convolution it costs as much as the weights' gradient.
        self.needs_input_error = True

    @abstractmethod
    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        """Compute the output Y for a batch of inputs X."""
        raise NotImplementedError

    def backward(self, output_error: np.ndarray) -> np.ndarray | None:
        """Return dE/dX for a given dE/dY (None if `needs_input_error` is off), and store
        dE/dparam in `self.grads`. Changes no parameter: `update` does that."""
        raise NotImplementedError(
            f"{type(self).__name__} defines neither backward(output_error) nor the article's "
            "backward_propagation(output_error, learning_rate)"
        )

    def update(self, learning_rate: float) -> None:
        """Apply the optimizer to every parameter with its gradient from the last `backward`."""
        for name, param in self.params().items():
            self.optimizer.update(name, param, self.grads[name], learning_rate)

    def backward_propagation(
        self, output_error: np.ndarray, learning_rate: float
    ) -> np.ndarray | None:
        """The article's signature: `backward`, then `update`; returns dE/dX."""
        input_error = self.backward(output_error)
        self.update(learning_rate)
        return input_error

    def build(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        """Check the sample shape this layer receives in a network; return the one it gives."""
        if self.input_shape is not None and tuple(input_shape) != tuple(self.input_shape):
            raise ValueError(
                f"{type(self).__name__} expects samples of shape {tuple(self.input_shape)}, "
                f"but the previous layer gives {tuple(input_shape)}"
            )
        return tuple(self.output_shape) if self.output_shape is not None else tuple(input_shape)

    def replica(self) -> Self:
        """A copy to run part of each batch on another thread (`nn.parallel`). Shallow: it
        shares the parameters, and has its own input, output and gradients because the
        propagations assign new arrays to those rather than writing into them."""
        return copy.copy(self)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Layer:
        """Rebuild a layer from its `config()` as a saved network gives it back (JSON)."""
        return cls(**config)

    def __repr__(self) -> str:
        """The class and the configuration that rebuilds it: `FCLayer(input_shape=2, ...)`."""
        settings = ", ".join(f"{key}={value!r}" for key, value in self.config().items())
        return f"{type(self).__name__}({settings})"

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

    def astype(self, dtype: np.dtype[Any] | type) -> None:
        """Cast the parameters (float32 halves memory and doubles BLAS speed)."""
        for name, value in self.params().items():
            setattr(self, name, value.astype(dtype))

    def config(self) -> dict[str, Any]:
        """The constructor arguments that rebuild this layer (for `Network.save`)."""
        return {}

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

    def _forwarded(self, array: np.ndarray | None) -> np.ndarray:
        """`self.input` or `self.output` in a backward pass: there only after a forward one."""
        if array is None:
            raise RuntimeError(f"{type(self).__name__}: backward before forward_propagation")
        return array


def forward_through(layers: list[Layer], x: np.ndarray, training: bool = True) -> np.ndarray:
    """Run a batch through the layers in order."""
    output = x
    for layer in layers:
        layer.training = training
        output = layer.forward_propagation(output)
    return output


def backward_through(layers: list[Layer], output_error: np.ndarray) -> np.ndarray | None:
    """Gradients only: `backward` through all the layers, in reverse; return dE/dX of the
    first (None if it was told it need not compute it). No parameter changes."""
    error: np.ndarray | None = output_error
    for layer in reversed(layers):
        if error is None:
            raise ValueError(f"{type(layer).__name__} gets no error: a later layer gave None")
        error = layer.backward(error)
    return error


def train_backward(
    layers: list[Layer], output_error: np.ndarray, learning_rate: float
) -> np.ndarray | None:
    """One training step's backward half: every layer's gradients, then every update.

    A layer written the article's way (`updates_itself`) gets `backward_propagation` with
    the learning rate in its turn, as in the article's loop. Updating at the end gives the
    article's result: each layer's dE/dX comes from its own parameters, before any update."""
    error: np.ndarray | None = output_error
    for layer in reversed(layers):
        if error is None:
            raise ValueError(f"{type(layer).__name__} gets no error: a later layer gave None")
        if layer.updates_itself:
            error = layer.backward_propagation(error, learning_rate)
        else:
            error = layer.backward(error)
    for layer in layers:
        if not layer.updates_itself:
            layer.update(learning_rate)
    return error
