"""Timing helpers shared by the benchmarks: medians of repeated runs, and a table printer."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable


def seconds(
    work: Callable[[], object],
    runs: int = 7,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Time (wall time, unless `clock` says otherwise) of each of `runs` calls of `work()`,
    after `warmup` untimed ones."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        start = clock()
        work()
        times.append(clock() - start)
    return times


def median_seconds(
    work: Callable[[], object],
    runs: int = 7,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median time of `work()` over `runs` runs, after `warmup` untimed ones."""
    return statistics.median(seconds(work, runs, warmup, clock))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
