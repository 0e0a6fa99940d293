"""The network: a list of layers, a loss, and the training loop (the article's `Network`).

`fit(x, y, epochs, learning_rate)` is the article's per-sample SGD; `batch_size=32` trains
on shuffled mini-batches, each a single vectorised pass. Samples can be given as in the
article, one `(1, features)` row each, or as plain rows `(n, features)`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from nn.builtin import BUILTIN_LAYERS
from nn.fc_layer import FCLayer
from nn.initializers import get_rng
from nn.layer import Layer, forward_through, train_backward
from nn.losses import LOSSES
from nn.optimizers import OPTIMIZERS, SGD, Optimizer
from nn.parallel import DataParallel

FORMAT = "nn-network"
FORMAT_VERSION = 1
# The same format under the name it had before (version 1 too): files saved then still load.
EARLIER_FORMATS = ("taolu-nn",)
LAYER_TYPES: dict[str, type[Layer]] = {cls.__name__: cls for cls in BUILTIN_LAYERS}

EpochCallback = Callable[[int, float], bool | None]
Loss = Callable[[np.ndarray, np.ndarray], Any]


class Network:
    def __init__(self, dtype: np.dtype | type | str = np.float64) -> None:
        self.layers: list[Layer] = []
        self.loss: Loss | None = None
        self.loss_prime: Loss | None = None
        # The prototype: each layer gets a clone of it, with state of its own.
        self.optimizer: Optimizer = SGD()
        self.dtype = np.dtype(dtype)
        self._shape: tuple[int, ...] | None = None  # a sample's shape after the last layer

    # -- building ----------------------------------------------------------------------------

    def add(self, layer: Layer) -> None:
        """Append a layer; its input must fit the previous layer's output."""
        if self._shape is not None:
            self._shape = layer.build(self._shape)
        elif layer.input_shape is not None:
            self._shape = layer.build(tuple(layer.input_shape))
        layer.astype(self.dtype)
        layer.optimizer = self.optimizer.clone()
        self.layers.append(layer)

    def use(self, loss: Loss, loss_prime: Loss, optimizer: Optimizer | None = None) -> None:
        """Set the loss and its derivative, and optionally an optimizer (plain SGD otherwise).

        The optimizer is a prototype: every layer, those added later too, gets a fresh clone
        of it (`Optimizer.clone`), so its state starts empty and belongs to that layer."""
        self.loss, self.loss_prime = loss, loss_prime
        if optimizer is not None:
            self.optimizer = optimizer
            for layer in self.layers:
                layer.optimizer = optimizer.clone()

    def __repr__(self) -> str:
        """The settings, then the layers one a line."""
        loss = self._loss_name() or getattr(self.loss, "__name__", None)
        layers = "".join(f"\n    {layer!r}," for layer in self.layers)
        end = "\n" if self.layers else ""
        return (
            f"Network(dtype={self.dtype.name}, loss={loss}, optimizer={self.optimizer!r}, "
            f"layers=[{layers}{end}])"
        )

    def _loss_name(self) -> str | None:
        """The name of the loss in `nn.losses.LOSSES`, None if it is not one of those."""
        pair = (self.loss, self.loss_prime)
        return next((name for name, known in LOSSES.items() if known == pair), None)

    # -- running -----------------------------------------------------------------------------

    def predict(self, input: Any) -> np.ndarray:
        """Outputs for a batch of samples (in the article's row form if given that way)."""
        x, article_form = self._batch(input, "input")
        output = forward_through(self.layers, x, training=False)
        return output[:, None] if article_form else output

    def fit(
        self,
        x_train: Any,
        y_train: Any,
        epochs: int,
        learning_rate: float,
        batch_size: int = 1,
        verbose: bool = True,
        seed: int | np.random.Generator | None = None,
        on_epoch: EpochCallback | None = None,
        threads: int = 1,
    ) -> list[float]:
        """Train; return the mean loss of each epoch. `on_epoch` returning False stops early.

        `threads=2` splits each batch between two threads (see `nn.parallel`, which also
        tunes the process's malloc): worth it for convolutional networks on big batches,
        where a step takes ~0.75 of the time on two cores, not for small dense networks,
        where handing work to a thread costs more than it saves.
        """
        if self.loss is None or self.loss_prime is None:
            raise ValueError("call use(loss, loss_prime) before fit")
        if not self.layers:
            raise ValueError("add at least one layer before fit")
        x, _ = self._batch(x_train, "x_train")
        y, _ = self._batch(y_train, "y_train")
        if len(x) != len(y):
            raise ValueError(f"x_train has {len(x)} samples but y_train has {len(y)}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if threads < 1:
            raise ValueError(f"threads must be at least 1, got {threads}")
        rng = get_rng(seed)
        history: list[float] = []
        first = self.layers[0]
        first.needs_input_error = False  # nobody needs dE/dX of the training data
        try:
            # DataParallel's replicas are copies of the layers, that setting included.
            layers: list[Layer] = (
                [DataParallel(self.layers, threads)] if threads > 1 else self.layers
            )
            for epoch in range(epochs):
                if batch_size > 1:  # the article's per-sample SGD keeps the samples' order
                    order = rng.permutation(len(x))
                    x, y = x[order], y[order]
                err = 0.0
                for start in range(0, len(x), batch_size):
                    xb, yb = x[start : start + batch_size], y[start : start + batch_size]
                    output = forward_through(layers, xb)
                    err += self.loss(yb, output) * len(xb)
                    train_backward(layers, self.loss_prime(yb, output), learning_rate)
                err = float(err / len(x))
                history.append(err)
                if verbose:
                    print("epoch %d/%d error=%f" % (epoch + 1, epochs, err))  # noqa: UP031 (article's)
                if on_epoch is not None and on_epoch(epoch + 1, err) is False:
                    break
        finally:
            first.needs_input_error = True
        return history

    def _batch(self, data: Any, what: str) -> tuple[np.ndarray, bool]:
        """As an array of this network's dtype; the article's (n, 1, features) becomes (n, f)."""
        array = np.asarray(data, dtype=self.dtype)
        if array.ndim == 0:
            raise ValueError(f"{what} must be a batch of samples, got a scalar")
        if array.ndim == 3 and array.shape[1] == 1 and isinstance(self.layers[0], FCLayer):
            return array[:, 0, :], True
        if array.ndim == 1:
            raise ValueError(
                f"{what} must have the samples along the first axis, e.g. shape (n, features); "
                f"got shape {array.shape}. For one sample use x[None, :]."
            )
        return array, False

    # -- saving ------------------------------------------------------------------------------

    def architecture(self) -> dict[str, Any]:
        loss = self._loss_name()
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "dtype": self.dtype.name,
            "loss": loss,
            "optimizer": {"name": self.optimizer.name, **self.optimizer.config()},
            "layers": [{"type": type(layer).__name__, **layer.config()} for layer in self.layers],
        }

    def to_bytes(self) -> bytes:
        """The whole network as one .npz: weights as arrays, the architecture as JSON text."""
        arrays: dict[str, Any] = {
            f"layer{i}.{name}": value
            for i, layer in enumerate(self.layers)
            for name, value in layer.params().items()
        }
        buffer = io.BytesIO()
        np.savez(buffer, architecture=np.array(json.dumps(self.architecture())), **arrays)
        return buffer.getvalue()

    def save(self, path: str | Path) -> None:
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> Network:
        """Rebuild a saved network. Never unpickles: a stranger's file cannot run code."""
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                spec = json.loads(str(archive["architecture"]))
                arrays = {name: archive[name] for name in archive.files if name != "architecture"}
        except (OSError, ValueError, KeyError) as error:
            raise ValueError(f"not a saved network: {error}") from None
        if not isinstance(spec, dict) or spec.get("format") not in (FORMAT, *EARLIER_FORMATS):
            raise ValueError(f"not a saved network: missing the {FORMAT} architecture")
        network = cls(dtype=spec.get("dtype", "float64"))
        for i, entry in enumerate(spec["layers"]):
            config = {k: v for k, v in entry.items() if k != "type"}
            layer_type = LAYER_TYPES.get(entry.get("type"))
            if layer_type is None:
                raise ValueError(f"unknown layer type {entry.get('type')!r} in a saved network")
            layer = layer_type.from_config(config)
            network.add(layer)
            layer.set_params(
                {n: arrays[f"layer{i}.{n}"] for n in layer.params() if f"layer{i}.{n}" in arrays}
            )
        if spec.get("loss") in LOSSES:
            optimizer_spec = dict(spec.get("optimizer") or {"name": "sgd"})
            optimizer = OPTIMIZERS[optimizer_spec.pop("name")](**optimizer_spec)
            network.use(*LOSSES[spec["loss"]], optimizer=optimizer)
        return network

    @classmethod
    def load(cls, path: str | Path) -> Network:
        return cls.from_bytes(Path(path).read_bytes())
