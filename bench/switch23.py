"""stat23: the veto switch as wired, read again on round 22 held out, and one guard (docs/stat23.md).

stat22 wired the veto switch (`bot/content/reading.veto_switch`) and, read after round 22's
final run, saw it move 7 answers there, 2 to a wrong punchline. This reads the product as on
main now (`bench.switch20.held_out`: `reading.verdict` on the corpus whose models learned
without the held-out files) on round 22 held out (round22_final, round22_dev, round22_writers,
the model without the round22_* files), and beside it:

- `UNSWITCHED`: the product with the switch taken out (each answer it moved given the safe
  path the veto chose);
- the guards of docs/stat23.md, question 2: (A) `REFUSAL`, the switch never overrides a rules'
  branch that is a refusal or a no (its intents hold refuse or no, or it ends refused); (B)
  `LAST_CLAUSE`, it never takes a label when the words the rules reached B by (the Match's
  hit) lie in the answer's last clause of words.

An answer the switch moved is one whose rules reached a branch B and whose verdict is neither
B nor otherwise (a veto gives otherwise; the fallback acts only where the rules reached
otherwise). Each is listed with both leads and whether each guard holds it back.

With `--record`: rounds 18-21 held out, each model also without the later rounds' files
(in-sample: the leads were chosen on rounds 18-20, round 21 decided the wiring).

    PYTHONPATH=$PWD .venv/bin/python -m bench.switch23 [--record]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

from bench.stat16 import _CORPUS, _SHARPNESS, OTHERWISE
from bench.switch20 import PRODUCT, Case, Switch, counts, held_out, table
from bot.content.corpus import REFUSED
from understanding.text import HAN, WORD, clauses, fold

READS = (
    (
        "round 22 held out",
        ("round22_final", "round22_dev", "round22_writers"),
        ("round22_",),
    ),
)
RECORD = (
    (
        "round 21 held out (in-sample: it decided the wiring)",
        ("round21_final", "round21_dev", "round21_writers"),
        ("round21_", "round22_"),
    ),
    (
        "round 20 held out (in-sample for the leads)",
        ("round20_final", "round20_dev", "round20_writers"),
        ("round20_", "round21_", "round22_"),
    ),
    (
        "rounds 18-19 held out (in-sample for the leads)",
        ("round18_final", "round19_final", "round19_dev"),
        ("round18_", "round19_", "round20_", "round21_", "round22_"),
    ),
)
REFUSING_INTENTS = frozenset({"refuse", "no"})


def switched(case: Case) -> bool:
    """Whether the product's veto switch moved `case`: the rules reached a branch, and the
    verdict is neither it nor the safe path."""
    return case.rules != OTHERWISE and case.product not in (case.rules, OTHERWISE)


def refusal(case: Case) -> bool:
    """Guard (A): the rules' branch is itself a refusal or a no."""
    state = _CORPUS.routines[case.row.routine].states[case.row.state]
    answer = next((a for a in state.answers if a.id == case.rules), None)
    if answer is None:
        return False  # (the give-away: no branch)
    return not REFUSING_INTENTS.isdisjoint(answer.intents) or answer.outcome == REFUSED


def last_clause(case: Case) -> tuple[bool, str]:
    """Guard (B): the words the rules reached their branch by lie in the answer's last clause
    of words; and where (the hit's clause, the last worded clause)."""
    state = _CORPUS.routines[case.row.routine].states[case.row.state]
    found = state.understand(case.row.answer)
    hit = found.hit
    lexicon = state.matcher.lexicon
    parts = clauses(fold(case.row.answer, lexicon), lexicon)
    worded = [i for i, (_, kinds) in enumerate(parts) if WORD in kinds or HAN in kinds]
    if hit is None or hit.clause < 0 or not worded:
        return False, f"hit {hit.text if hit else None!r} clause {hit.clause if hit else None}"
    return hit.clause == worded[-1], (
        f"hit {hit.text!r} ({hit.kind}) clause {hit.clause} of worded {worded}"
    )


@dataclass(frozen=True)
class Guarded(Switch):
    """The product with its veto switch held back where `guard` holds (`none`: always, the
    switch taken out)."""

    guard: str = "none"

    def describe(self) -> str:
        return {
            "none": "the switch taken out",
            "refusal": "(A) no switch over a refusal or a no",
            "last": "(B) no switch when B's words are the last clause",
        }[self.guard]

    def verdict(self, case: Case) -> str:
        if not switched(case):
            return case.product
        held = (
            self.guard == "none"
            or (self.guard == "refusal" and refusal(case))
            or (self.guard == "last" and last_clause(case)[0])
        )
        return OTHERWISE if held else case.product


UNSWITCHED = Guarded("product", guard="none")
REFUSAL = Guarded("product", guard="refusal")
LAST_CLAUSE = Guarded("product", guard="last")


def moves(found: Sequence[Case], guards: Sequence[str]) -> None:
    """Each answer the switch moved: right or wrong, both leads, and each guard asked for."""
    for case in found:
        if not switched(case):
            continue
        row, seen = case.row, case.evidence
        right = _SHARPNESS.same(row.routine, row.state, case.product, row.expected)
        leads = (
            f"P {seen.confidence:.7f}, |F| {seen.size}, over B {seen.lead_same:.2f}, "
            f"over otherwise {seen.lead_other:.2f}"
            if seen is not None
            else "no evidence"
        )
        said = []
        if "refusal" in guards:
            said.append(f"(A) {'holds' if refusal(case) else '-'}")
        if "last" in guards:
            last, where = last_clause(case)
            said.append(f"(B) {'holds' if last else '-'} [{where}]")
        print(
            f"  {case.part} {'right' if right else 'WRONG'} {row.routine}/{row.state} "
            f"[{row.lang}] {row.answer!r} expected {row.expected}, rules {case.rules} → "
            f"{case.product} ({leads}); " + ", ".join(said)
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="rounds 18-21, for the record")
    parser.add_argument(
        "--guard", choices=("refusal", "last"), action="append", default=[], help="read a guard"
    )
    options = parser.parse_args(argv)
    shown: list[Switch] = [PRODUCT, UNSWITCHED]
    shown += [REFUSAL if g == "refusal" else LAST_CLAUSE for g in options.guard]
    for title, names, left_out in RECORD if options.record else READS:
        found = held_out(names, left_out)
        table(f"{title}: " + ", ".join(names), found, shown)
        counts(found, shown, names)
        print(f"### {title}, moved by the switch as wired\n")
        moves(found, options.guard)
        print()


if __name__ == "__main__":
    main()
