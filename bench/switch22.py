"""stat22: stat21's veto-switch candidate, read once on round 21 held out (docs/stat22.md).

stat21 (docs/stat21.md, "Seen after the reads") fixed, unread, the candidate
`bench.switch21.CANDIDATE`: where the shipped veto turned the rules' branch B into otherwise,
take the second opinion's own label L when L is sharp (the give-away or a branch seeing
through it), P(L|x) ≥ 0.99, and L leads same(B) and otherwise by 1.25 nats a known feature
each. Read against the product as on main now (`bench.switch20.held_out`: `reading.verdict` on
the corpus whose models learned without the held-out files) on round 21 held out:
round21_final, round21_dev and round21_writers, the model without the round21_* files (the
bar: more right answers and no wrong punchline, the three sets together).

With `--record`, for the record only (in-sample for the candidate's leads, read off them):
rounds 18-20 held out as stat21 read them, each model also without the later rounds' files.
stat20's fixed switch (`bench.switch21.FIXED`, both leads 1) is shown beside it, for the
record: the decision is the candidate's alone.

    PYTHONPATH=$PWD .venv/bin/python -m bench.switch22 [--record]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from bench.switch20 import PRODUCT, counts, held_out, listing, table
from bench.switch21 import CANDIDATE, FIXED

ROUND21 = ("round21_final", "round21_dev", "round21_writers")
# (name, the sets read, the tuning sets left out of the model)
READS = (("round 21 held out", ROUND21, ("round21_",)),)
RECORD = (
    (
        "round 20 held out (for the record, in-sample for the leads)",
        ("round20_final", "round20_dev", "round20_writers"),
        ("round20_", "round21_"),
    ),
    (
        "rounds 18-19 held out (for the record, in-sample for the leads)",
        ("round18_final", "round19_final", "round19_dev"),
        ("round18_", "round19_", "round20_", "round21_"),
    ),
)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="rounds 18-20, for the record")
    options = parser.parse_args(argv)
    shown = [PRODUCT, CANDIDATE, FIXED]
    for title, names, left_out in RECORD if options.record else READS:
        found = held_out(names, left_out)
        table(f"{title}: " + ", ".join(names), found, shown)
        counts(found, shown, names)
        for switch in shown[1:]:
            print(f"### {title}, moved by {switch.describe()}\n")
            listing(found, switch)
            print()


if __name__ == "__main__":
    main()
