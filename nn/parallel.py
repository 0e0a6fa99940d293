"""Data parallelism: each batch split between threads, one part each.

numpy and BLAS let go of the GIL inside their loops, so on a machine with two cores two
halves of a batch really run at once. Each thread runs its part through its own replicas
of the layers, which share the parameters but keep their own inputs, outputs and
gradients. The parts' gradients add up to the whole batch's (the loss's derivative is taken
on the whole batch), and each layer is then updated once with that sum, so the result is
the single-threaded one up to rounding.

Two settings come with it. BLAS is held to one thread per call while the threads run: its
own threads would compete with ours for the same cores. And `nn.runtime.
reuse_freed_memory()` is turned on for the process: glibc gives each thread's freed
megabytes back to the system at once, and the page faults to get them back made a step of
bench/nn.py's W3 take 11.5 ms with two threads instead of 5.3 (and 7 with one).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import cache
from types import TracebackType
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from nn.layer import Layer, backward_through, forward_through
from nn.runtime import reuse_freed_memory


class DataParallel:
    """`with DataParallel(layers, threads) as parallel:` then `parallel.forward(x)` and
    `parallel.backward(error, learning_rate)` for each batch."""

    def __init__(self, layers: list[Layer], threads: int) -> None:
        if threads < 2:
            raise ValueError(f"DataParallel needs at least 2 threads, got {threads}")
        self.layers = layers
        self.replicas = [[layer.replica() for layer in layers] for _ in range(threads)]
        self._parts = threads
        self._pool: ThreadPoolExecutor | None = None
        self._blas_limits: Any = None

    def __enter__(self) -> DataParallel:
        reuse_freed_memory()
        self._pool = _pool(len(self.replicas) - 1)
        self._blas_limits = _blas().limit(limits=1, user_api="blas")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._blas_limits.restore_original_limits()

    def forward(self, x: np.ndarray) -> np.ndarray:
        """The outputs for the batch, each part computed in its own thread."""
        self._parts = min(len(self.replicas), len(x))  # a short last batch may not split
        parts = np.array_split(x, self._parts)
        return np.concatenate(self._each(forward_through, parts))

    def backward(self, output_error: np.ndarray, learning_rate: float) -> None:
        """Back-propagate each part in its thread, then update each layer once."""
        parts = np.array_split(output_error, self._parts)
        self._each(lambda layers, part: backward_through(layers, part, learning_rate), parts)
        used = self.replicas[: self._parts]
        for position, layer in enumerate(self.layers):
            names = layer.params()
            if names:
                layer.grads = {name: sum(r[position].grads[name] for r in used) for name in names}
                layer._update(learning_rate)

    def _each(self, work: Any, parts: list[np.ndarray]) -> list[Any]:
        """work(replica, part) for every part: the first in this thread, the rest in the pool."""
        assert self._pool is not None, "use DataParallel in a with block"
        pairs = list(zip(self.replicas, parts, strict=False))
        futures = [self._pool.submit(work, layers, part) for layers, part in pairs[1:]]
        first = work(*pairs[0])
        return [first, *(future.result() for future in futures)]


# Both kept for the life of the process: starting threads and finding the BLAS libraries
# take about a millisecond, as long as a whole training step of a small network.


@cache
def _pool(workers: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(workers, thread_name_prefix="nn")


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()
