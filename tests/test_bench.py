"""The benchmarks run as modules from the repository's root (python -m bench.network)."""

from __future__ import annotations

import importlib

import pytest

pytestmark = pytest.mark.perf  # the benchmarks' own code


@pytest.mark.parametrize("module", ["bench.engine", "bench.network", "bench.bot", "bench.opinion"])
def test_a_bench_script_imports_as_a_module(module: str) -> None:
    importlib.import_module(module)


def test_a_w3_contender_runs_in_a_process_of_its_own() -> None:
    from bench.network import w3_in_fresh_process

    times = w3_in_fresh_process("nn (ours), one thread, reuse_freed_memory()", steps=2)
    assert len(times) == 2 and all(t > 0 for t in times)


def test_w2_finds_the_digits_example() -> None:
    from bench.network import digits_data

    x, y = digits_data()
    assert x.shape[1:] == (64,) and y.shape == (len(x), 10)
