"""Data parallelism: each batch split between threads, one part each.

numpy and BLAS let go of the GIL inside their loops, so on a machine with two cores two
halves of a batch really run at once. `DataParallel` wraps a network's layers and is used
like one layer: each thread runs its part through its own replicas of the layers, which
share the parameters but keep their own inputs, outputs and gradients. The replicas only
compute gradients (`Layer.backward`); the parts' gradients add up to the whole batch's (the
loss's derivative is taken on the whole batch), and `update` then updates each layer once
with that sum, so the result is the single-threaded one up to rounding.

Two settings come with it. BLAS is held to one thread while the parts run: its own threads
would compete with ours for the same cores. And `nn.runtime.reuse_freed_memory()` is turned
on for the process: glibc gives each thread's freed megabytes back to the system at once,
and the page faults to get them back made a step of bench/network.py's W3 take 11.5 ms with
two threads instead of 5.3 (and 7 with one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from nn.layer import Layer, backward_through, forward_through
from nn.runtime import reuse_freed_memory


class DataParallel(Layer):
    """`DataParallel(layers, threads)`: the layers as one layer, each batch split between
    `threads` threads. `forward_propagation` and `backward` are the layers' own, run part
    by part, and `backward` leaves in each layer the whole batch's gradients; `update`
    updates each layer once."""

    def __init__(self, layers: list[Layer], threads: int) -> None:
        super().__init__()
        if threads < 2:
            raise ValueError(f"DataParallel needs at least 2 threads, got {threads}")
        # A layer written the article's way may update itself in backward_propagation:
        # every thread would then apply its own part of the gradient, at the same time.
        foreign = [type(layer).__name__ for layer in layers if layer.updates_itself]
        if foreign:
            raise ValueError(
                "threads > 1 needs layers that compute gradients in backward() and leave the "
                "update to update(), as nn's own do; these override backward_propagation "
                f"and may update themselves: {', '.join(foreign)}"
            )
        reuse_freed_memory()
        self.layers = layers
        self.threads = threads
        self.replicas = [[layer.replica() for layer in layers] for _ in range(threads)]
        self._parts = threads  # how many the current batch is split into: set by forward
        self._pool = _pool(threads - 1)

    def forward_propagation(self, input: np.ndarray) -> np.ndarray:
        self._parts = min(len(self.replicas), len(input))  # a short last batch may not split
        outputs = self._each(
            lambda layers, part: forward_through(layers, part, self.training),
            np.array_split(input, self._parts),
        )
        self.output = np.concatenate(outputs)
        return self.output

    def backward(self, output_error: np.ndarray) -> np.ndarray | None:
        input_errors = self._each(
            lambda layers, part: backward_through(layers, part),
            np.array_split(output_error, self._parts),
        )
        used = self.replicas[: self._parts]
        for position, layer in enumerate(self.layers):
            layer.grads = {
                name: _sum(r[position].grads[name] for r in used) for name in layer.params()
            }
        if input_errors[0] is None:  # the first layer was told not to compute dE/dX
            return None
        return np.concatenate(input_errors)

    def update(self, learning_rate: float) -> None:
        for layer in self.layers:
            layer.update(learning_rate)

    def __repr__(self) -> str:
        inner = "".join(f"\n    {layer!r}," for layer in self.layers)
        return f"DataParallel(threads={self.threads}, layers=[{inner}\n])"

    def _each(
        self, work: Callable[[list[Layer], np.ndarray], Any], parts: list[np.ndarray]
    ) -> list[Any]:
        """work(replica, part) for every part: the first in this thread, the rest in the pool."""
        pairs = list(zip(self.replicas, parts, strict=False))
        with _blas().limit(limits=1, user_api="blas"):
            futures = [self._pool.submit(work, layers, part) for layers, part in pairs[1:]]
            first = work(*pairs[0])
            return [first, *(future.result() for future in futures)]


def _sum(arrays: Iterable[np.ndarray]) -> np.ndarray:
    parts = iter(arrays)
    total = next(parts)
    for part in parts:
        total = total + part
    return total


# Both kept for the life of the process: starting threads and finding the BLAS libraries
# take about a millisecond, as long as a whole training step of a small network.


@cache
def _pool(workers: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(workers, thread_name_prefix="nn")


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()
