"""Soak: two instances on one PostgreSQL behind the webhook, at a steady rate for minutes.

Run: .ci/with-postgres .venv/bin/python -m bench.soak [--minutes 5] [--rate 40]
Each window (30 s) pushes `rate` updates a second from 50 chats (a /joke, a /prank, its
answer…) through the emulator, which delivers them by webhook to the two instances in turn;
it reports the window's p99 from an update offered to its reply and each instance's resident
memory after it. Flat is the promise: no memory that keeps growing, no p99 that creeps up.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
from pathlib import Path

from bench.bot import instances, loaded, p99
from bench.common import machine, table
from tests.support.databases import postgres_database

WINDOW_SECONDS = 30


def resident_mb(pid: int) -> float:
    """The process's resident memory (VmRSS), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def soak(minutes: float, rate: float) -> None:
    server = os.environ.get("TEST_DATABASE_URL")
    if not server:
        print("The soak needs TEST_DATABASE_URL: run it under .ci/with-postgres.")
        return
    windows = max(2, round(minutes * 60 / WINDOW_SECONDS))
    per_window = round(rate * WINDOW_SECONDS)
    rows = []
    with (
        tempfile.TemporaryDirectory() as folder,
        postgres_database(server, "taolu_soak") as database,
        instances(database, 2, Path(folder)) as (emulator, processes),
    ):
        await loaded(emulator, 60)  # warm-up: imports, pools, first corpus look-ups
        for window in range(1, windows + 1):
            _, delays = await loaded(emulator, per_window, rate)
            memory = [resident_mb(process.pid) for process in processes]
            rows.append(
                [
                    f"{window * WINDOW_SECONDS // 60}:{window * WINDOW_SECONDS % 60:02d}",
                    f"{statistics.median(delays) * 1e3:.1f}",
                    f"{p99(delays) * 1e3:.0f}",
                    *(f"{mb:.1f}" for mb in memory),
                ]
            )
            print(" | ".join(rows[-1]), flush=True)
    table(
        f"Soak: 2 instances on PostgreSQL by webhook, {rate:.0f} updates/s for "
        f"{windows * WINDOW_SECONDS / 60:.1f} min ({per_window} updates a window)",
        ["time", "median ms", "p99 ms", "instance A RSS MB", "instance B RSS MB"],
        rows,
    )
    first, last = rows[0], rows[-1]
    growth = [float(b) - float(a) for a, b in zip(first[3:], last[3:], strict=True)]
    print(
        f"\nmemory from the first window to the last: {growth[0]:+.1f} MB and "
        f"{growth[1]:+.1f} MB; p99 {first[2]} ms → {last[2]} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=40.0)
    args = parser.parse_args()
    print(machine())
    asyncio.run(soak(args.minutes, args.rate))


if __name__ == "__main__":
    main()
