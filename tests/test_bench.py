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


def test_fallback17_reads_what_round_sixteens_rules_reached_before_its_veto() -> None:
    """bench.fallback17 takes the rules' verdicts on round 16's final set from its run, which
    had the veto: where it vetoed, what the rules had reached is read back (RESULT.txt, today's
    rules). Read right, the rules alone give the README's 88 wrong punchlines on that set."""
    from bench.fallback17 import OTHERWISE, recorded
    from bench.stat16 import Sharpness

    sharpness = Sharpness()
    wrong = 0
    for row, got, right, rules, _ in recorded(16):
        if rules != got:
            right = sharpness.same(row.routine, row.state, rules, row.expected)
        wrong += not right and rules != OTHERWISE
    # 88 with round 16's own rules; rows its RESULT.txt does not list are read with today's,
    # which round 17 moved (86 at 33b1522). Without the read-back it was 81: the band keeps
    # that failure red while later rules move a row or two.
    assert 84 <= wrong <= 88
