"""stat21: stat20's fixed veto switch, read once on round 20 held out (docs/stat21.md).

stat20 (docs/stat20.md) fixed, unread, a veto switch for round 20's final set: where the
shipped veto turned the rules' branch B into otherwise, take the second opinion's own label L
when L is sharp (the give-away or a branch seeing through it), P(L|x) ≥ 0.99, and L leads
same(B) and otherwise by a nat a known feature each (`FIXED`, `bench.switch20.Switch`'s
rule). Read against the product as on main now (`bench.switch20.held_out`: `reading.verdict`
on the corpus whose models learned without the held-out files), twice:

- round 20 held out: round20_final, round20_dev and round20_writers, the model without the
  round20_* files;
- rounds 18-19 held out: round18_final, round19_final and round19_dev, the model without the
  round18_*, round19_* and round20_* files; first, stat20's question: does the switch still
  hand out (a)'s two held-out wrong punchlines (`QUESTION`)?

Then, after the reads (`--by-time`, for the record): the fixed switch and the candidate seen
after them (`CANDIDATE`, docs/stat21.md) on rounds 10-17 by time, as bench.switch20 chose.

    PYTHONPATH=$PWD .venv/bin/python -m bench.switch21 [--by-time [--cache FILE]]
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Sequence
from pathlib import Path

from bench.switch20 import (
    CHOSEN_ON,
    PRODUCT,
    Case,
    Switch,
    by_time,
    counts,
    held_out,
    listing,
    table,
)

FIXED = Switch("veto", 0.99, 0, 1.0, 1.0, "sharp")
# seen after the reads (both leads past the two wrong takes'): for round 21, not a result
CANDIDATE = Switch("veto", 0.99, 0, 1.25, 1.25, "sharp")
# (name, the sets read, the tuning sets left out of the model)
READS = (
    (
        "rounds 18-19 held out",
        ("round18_final", "round19_final", "round19_dev"),
        ("round18_", "round19_", "round20_"),
    ),
    (
        "round 20 held out",
        ("round20_final", "round20_dev", "round20_writers"),
        ("round20_",),
    ),
)
# stat20's (a) handed these out held out (a veto that was itself wrong, its L taken)
QUESTION = ("F! ha, got you this time", "行 打完了 下一个")


def question(found: Sequence[Case]) -> None:
    """Each QUESTION answer: the product's verdict, the fixed switch's, the model's evidence."""
    for case in found:
        if case.row.answer not in QUESTION:
            continue
        seen = case.evidence
        weighed = (
            "no model"
            if seen is None
            else f"L {seen.label}, P {seen.confidence:.10f}, |F| {seen.size}, "
            f"over B {seen.lead_same:.2f}, over otherwise {seen.lead_other:.2f}"
        )
        print(
            f"  {case.row.answer!r} ({case.part}) expected {case.row.expected}, rules "
            f"{case.rules}, product {case.product}, switch {FIXED.verdict(case)}: {weighed}"
        )
    print()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by-time", action="store_true", help="rounds 10-17 only, by time")
    parser.add_argument("--cache", type=Path, help="keep rounds 10-17's cases here (a pickle)")
    options = parser.parse_args(argv)
    if options.by_time:
        if options.cache and options.cache.exists():
            found = pickle.loads(options.cache.read_bytes())
        else:
            found = by_time(CHOSEN_ON)
            if options.cache:
                options.cache.write_bytes(pickle.dumps(found))
        shown = [PRODUCT, FIXED, CANDIDATE]
        table("rounds 10-17 (by time)", found, shown)
        counts(found, shown, [f"round {k}" for k in CHOSEN_ON])
        for switch in shown[1:]:
            print(f"### rounds 10-17, moved by {switch.describe()}\n")
            listing(found, switch)
            print()
        return
    shown = [PRODUCT, FIXED]
    for title, names, left_out in READS:
        found = held_out(names, left_out)
        if any(case.row.answer in QUESTION for case in found):
            print(f"### stat20's question, {title}\n")
            question(found)
        table(f"{title}: " + ", ".join(names), found, shown)
        counts(found, shown, names)
        print(f"### {title}, moved by {FIXED.describe()}\n")
        listing(found, FIXED)
        print()


if __name__ == "__main__":
    main()
