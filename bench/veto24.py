"""stat24: the veto switch's stricter lead, and one guard on the veto (docs/stat24.md).

Reads the product as on main now (`bench.switch20.held_out`: `reading.verdict` on the corpus
whose models learned without the held-out files), and for each answer the veto acted on (the
safe path, or the veto switch's label) the veto's own `Doubt` (`reading.vetoing_doubt`, on the
same held-out corpus): its label, P, its leads over the rules' branch B and over otherwise.

- `STRICTER`: stat23's fixed candidate, the switch's lead over B ≥ 1.5 (over otherwise 1.25);
  a switch move it holds back gets the safe path.
- `GUARDED`: the veto removed where docs/stat24.md's fixed guard holds (the rules' branch
  stands, and so no switch either).

`--record` (rounds 19-22 held out, each model also without the later rounds' files; in-sample)
lists the vetoes that made a miss of a right reading and those that saved a wrong punchline,
with their leads and deciding features (question 2's evidence); without it, round 23 held out
(the bar).

    PYTHONPATH=$PWD .venv/bin/python -m bench.veto24 [--record] [--cache FILE]
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.stat16 import _CORPUS, _SHARPNESS, OTHERWISE
from bench.switch20 import PRODUCT, Case, Switch, counts, held_out, learned_without, table
from bot.content import reading
from bot.content.corpus import REFUSED
from understanding.second_opinion import Doubt

READS = (
    (
        "round 23 held out",
        ("round23_final", "round23_dev", "round23_writers"),
        ("round23_",),
    ),
)
RECORD = (
    (
        "round 22 held out (in-sample)",
        ("round22_final", "round22_dev", "round22_writers"),
        ("round22_", "round23_"),
    ),
    (
        "round 21 held out (in-sample)",
        ("round21_final", "round21_dev", "round21_writers"),
        ("round21_", "round22_", "round23_"),
    ),
    (
        "round 20 held out (in-sample)",
        ("round20_final", "round20_dev", "round20_writers"),
        ("round20_", "round21_", "round22_", "round23_"),
    ),
    (
        "rounds 18-19 held out (in-sample)",
        ("round18_final", "round19_final", "round19_dev"),
        ("round18_", "round19_", "round20_", "round21_", "round22_", "round23_"),
    ),
)
STRICTER_LEAD = 1.5  # stat23's candidate: the switch's lead over the rules' branch


@dataclass(frozen=True)
class Vetoed:
    """A held-out answer and, where the veto acted on it, the veto's own Doubt."""

    case: Case
    doubt: Doubt | None


def read(names: Sequence[str], left_out: tuple[str, ...]) -> list[Vetoed]:
    """The held-out sets through the product, each answer the veto acted on with its Doubt."""
    found = held_out(names, left_out)
    corpus = learned_without(left_out)
    kept = []
    for case in found:
        doubt = None
        if case.rules != OTHERWISE and case.product != case.rules:
            state = corpus.routines[case.row.routine].states[case.row.state]
            understood = state.understand(case.row.answer)
            doubt = reading.vetoing_doubt(state, case.row.answer, understood, case.rules)
        kept.append(Vetoed(case, doubt))
    return kept


def guard_holds(seen: Vetoed) -> bool:
    """docs/stat24.md's fixed guard (question 2), "a refusal is not vetoed toward an assent":
    the rules' branch ends refused and the model's label is a branch whose intents hold yes."""
    case, doubt = seen.case, seen.doubt
    assert doubt is not None
    state = _CORPUS.routines[case.row.routine].states[case.row.state]
    answers = {answer.id: answer for answer in state.answers}
    reached, read = answers.get(case.rules), answers.get(doubt.label)
    return (
        reached is not None
        and reached.outcome == REFUSED
        and read is not None
        and "yes" in read.intents
    )


@dataclass(frozen=True)
class Candidate(Switch):
    """The product with stat23's stricter switch lead (`stricter`) or the veto guard."""

    name: str = "stricter"

    def describe(self) -> str:
        return {
            "stricter": f"the switch's lead over B ≥ {STRICTER_LEAD}",
            "guard": "the veto guard",
        }[self.name]

    def verdict(self, case: Case) -> str:
        seen = _SEEN.get(id(case))
        if seen is None or seen.doubt is None:
            return case.product
        if self.name == "stricter":
            switched = case.product != OTHERWISE
            return OTHERWISE if switched and seen.doubt.lead < STRICTER_LEAD else case.product
        return case.rules if guard_holds(seen) else case.product


_SEEN: dict[int, Vetoed] = {}
STRICTER = Candidate("product", name="stricter")
GUARDED = Candidate("product", name="guard")


def describe(seen: Vetoed) -> str:
    assert seen.doubt is not None
    said = ", ".join(f[2:] for f in seen.doubt.deciding)
    return veto_line(seen.case, seen.doubt, f"by {said}")


def veto_line(case: Case, doubt: Doubt, decided: str) -> str:
    """One vetoed answer as the reads print it: the row, the rules' branch and the product's,
    the model's label, P and both leads, then `decided` (what decided it, as a read names it)."""
    row = case.row
    lead_safe = "-" if doubt.lead_safe is None else f"{doubt.lead_safe:.2f}"
    return (
        f"{case.part} [{row.lang}] {row.routine}/{row.state} {row.answer!r} expected "
        f"{row.expected}: {case.rules} → {case.product} (L {doubt.label}, P "
        f"{doubt.confidence:.6f}, over B {doubt.lead:.2f}, over otherwise {lead_safe}; "
        f"{decided})"
    )


def evidence(found: Sequence[Vetoed]) -> None:
    """Question 2: the vetoes that made a miss of a right reading, and those that saved a
    wrong punchline (the rules' branch wrong, not otherwise)."""
    for title, chosen in (
        ("vetoed a right reading", lambda c: _right(c, c.rules) and not c.right),
        ("saved a wrong punchline", lambda c: not _right(c, c.rules)),
    ):
        picked = [s for s in found if s.doubt is not None and chosen(s.case)]
        print(f"#### {title} ({len(picked)})\n")
        for seen in sorted(picked, key=lambda s: s.doubt.lead if s.doubt else 0):
            print("  " + describe(seen))
        print()


def _right(case: Case, label: str) -> bool:
    return _SHARPNESS.same(case.row.routine, case.row.state, label, case.row.expected)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="rounds 19-22, in-sample")
    parser.add_argument("--cache", type=Path, help="keep the reads here (a pickle)")
    parser.add_argument("--guard", action="store_true", help="read the fixed guard")
    options = parser.parse_args(argv)
    reads = RECORD if options.record else READS
    if options.cache and options.cache.exists():
        found = pickle.loads(options.cache.read_bytes())
    else:
        found = {title: read(names, left_out) for title, names, left_out in reads}
        if options.cache:
            options.cache.write_bytes(pickle.dumps(found))
    shown: list[Switch] = [PRODUCT, STRICTER] + ([GUARDED] if options.guard else [])
    for title, names, _ in reads:
        seen = found[title]
        _SEEN.update((id(s.case), s) for s in seen)
        cases = [s.case for s in seen]
        table(f"{title}: " + ", ".join(names), cases, shown)
        counts(cases, shown, names)
        if options.record:
            evidence(seen)
        print(f"#### {title}: the switch's moves\n")
        for s in seen:
            if s.doubt is not None and s.case.product != OTHERWISE:
                right = "right" if s.case.right else "WRONG"
                print(f"  {right} " + describe(s))
        print()


if __name__ == "__main__":
    main()
