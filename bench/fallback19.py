"""stat19: stat17's two fallback candidates, exactly as fixed, read on round 18's final set.

stat17 (docs/stat17.md) fixed two fallbacks (where the rules reach `otherwise`, take the
second opinion's top label L when it is extremely sure) after its choice, as candidates for
later rounds: they added right answers and no wrong punchline on rounds 16 and 17, each read
after they were fixed (docs/stat18.md). Round 18's final set was written after that; this
reads both on it, and on rounds 16-17 again for the table of three held-out rounds.

Measured as bench/fallback17.py measures: round K's verdicts are its one run's (RESULT.txt,
`## all.tsv`), what the rules reached before its veto read back (`recorded`); the model is
understanding/second_opinion.py's, learned only from tuning/ at the commit round K ran on,
without the roundJ_* files, J >= K (so round 18's learns nothing of round18_final). The
baseline is each run's own product (the rules, then the veto of its time); round 18 ran on
6709d3c, whose rules, veto and learning are today's, so its baseline is the product now. A
candidate acts only where the rules reached otherwise (never on a veto):

    own words:  L sharp and P(L|x) ≥ 0.99999 and L's own words (its `match` phrases, the
                give-away's for saw_through, in the corpus the round ran on) inside x, folded
    guard:      L sharp and P(L|x) ≥ 0.9999999 and |F(x)| ≥ 30 and the veto's guard as
                stat17 fixed it, read against otherwise: P(L|x) ≥ 0.995, |F(x)| ≥ 12 and
                (score_L(x) − score_otherwise(x)) / max(1, |F(x) ∩ V|) ≥ 1 nat

(`sharp`: the give-away, or a branch that sees through it: never a punchline as if fallen.)
stat17's guard had a margin of 1 nat, the shipped one 0.5 since round 18; the candidate is read
with stat17's, as fixed (and, for the record only, with today's).

    PYTHONPATH=$PWD .venv/bin/python -m bench.fallback19 [--rounds 18]
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from dataclasses import dataclass

from bench.fallback17 import _fold, labelled_by_state, own_words, recorded
from bench.stat16 import _SHARPNESS, LANGS, OTHERWISE, Row, Score, tally
from bot.content.corpus import GIVE_AWAY
from understanding import second_opinion
from understanding.second_opinion import MAX_READ, SecondOpinion

ROUNDS = (16, 17, 18)
# the veto's guard as stat17 fixed the candidate with it (P, |F|, nats a known feature)
STAT17_GUARD = (0.995, 12, 1.0)


@dataclass(frozen=True)
class Case:
    round_: int
    row: Row
    got: str  # what the run reached (the product of its time)
    right: bool  # whether that was right
    rules: str  # what the rules reached before the run's veto
    top: str | None  # the model's top label where the rules reached otherwise
    confidence: float  # P(L|x)
    size: int  # |F(x)|
    margin: float  # nats a known feature of L over otherwise; inf: no otherwise in the model
    own: bool  # L's own words inside the answer, both folded


@dataclass(frozen=True)
class Candidate:
    name: str
    threshold: float
    min_features: int = 0
    own: bool = False
    guard_margin: float | None = None  # the veto's guard against otherwise, at this margin

    def takes(self, case: Case) -> str:
        """The verdict: the product's, or L where the rules reached otherwise and it holds."""
        top = case.top
        if case.rules != OTHERWISE or top is None or top == OTHERWISE:
            return case.got
        if case.confidence < self.threshold or case.size < self.min_features:
            return case.got
        if top not in _SHARPNESS.labels_like(case.row.routine, case.row.state, GIVE_AWAY):
            return case.got
        if self.own and not case.own:
            return case.got
        if self.guard_margin is not None:
            threshold, least, _ = STAT17_GUARD
            if case.confidence < threshold or case.size < least:
                return case.got
            if case.margin < self.guard_margin:
                return case.got
        return top


PRODUCT = Candidate("the product (rules, then the veto)", math.inf)
OWN_WORDS = Candidate("P ≥ 0.99999, sharp, own words", 0.99999, own=True)
GUARDED = Candidate(
    "P ≥ 0.9999999, |F| ≥ 30, sharp, the veto's guard", 0.9999999, 30, guard_margin=1.0
)
# for the record, not a candidate: the same with today's guard margin (0.5 nat)
GUARDED_TODAY = Candidate(
    "the same, the guard's margin today's 0.5",
    0.9999999,
    30,
    guard_margin=second_opinion.MIN_MARGIN,
)
SHOWN = (PRODUCT, OWN_WORDS, GUARDED, GUARDED_TODAY)


def cases(rounds: Sequence[int]) -> list[Case]:
    found = []
    for round_ in rounds:
        phrases = own_words(round_)
        grouped = labelled_by_state(round_)
        opinions: dict[tuple[str, str], SecondOpinion] = {}
        for row, got, right, rules, _ in recorded(round_):
            key = (row.routine, row.state)
            top, confidence, size, margin, own = None, 0.0, 0, -math.inf, False
            if rules == OTHERWISE and key in grouped:
                if key not in opinions:
                    opinions[key] = SecondOpinion(grouped[key])
                weighed = weigh(opinions[key], row.answer)
                if weighed is not None:
                    top, confidence, size, margin = weighed
                    said = phrases.get((row.routine, row.state, top), [])
                    folded = _fold(row.answer)
                    own = any(phrase in folded for phrase in said)
            found.append(Case(round_, row, got, right, rules, top, confidence, size, margin, own))
    return found


def weigh(opinion: SecondOpinion, text: str) -> tuple[str, float, int, float] | None:
    """The model's top label L for `text`, P(L|x), |F(x)| and L's margin over otherwise (as
    `SecondOpinion.doubt(text, "otherwise", {"otherwise"})` weighs it); None: no model."""
    text = text[:MAX_READ]
    read = opinion.read(text)
    if read is None or len(read.model.labels) < 2:
        return None
    model, scores, top = read.model, read.scores(), read.top()
    size = len(second_opinion.features(text, model.english))
    confidence = second_opinion._probability(scores, top)
    if OTHERWISE in model.labels:
        mine = scores[model.labels.index(OTHERWISE)]
        margin = (scores[top] - mine) / max(len(read.rows()), 1)
    else:
        margin = math.inf
    return model.labels[top], confidence, size, margin


def scores(found: Sequence[Case], candidate: Candidate) -> dict[str, Score]:
    judged = ((case.row, candidate.takes(case), case.got, case.right) for case in found)
    return tally(judged, _SHARPNESS)


def cells(tally: dict[str, Score], base: dict[str, Score] | None) -> str:
    """Per language: right (change), wrong punchlines (change); no change without `base`."""
    found = []
    for lang in (*LANGS, "total"):
        mine = tally[lang]
        theirs = base[lang] if base is not None else None
        if theirs is None:
            found.append(f"{mine.right:,}, {mine.wrong}")
        else:
            found.append(
                f"{mine.right:,} ({mine.right - theirs.right:+d}), "
                f"{mine.wrong} ({mine.wrong - theirs.wrong:+d})"
            )
    return " | ".join(found)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, nargs="+", default=list(ROUNDS))
    parser.add_argument("--list", action="store_true", help="list each answer a candidate moves")
    options = parser.parse_args(argv)
    found = cases(options.rounds)
    parts = [(f"round {r}", [c for c in found if c.round_ == r]) for r in options.rounds]
    if len(options.rounds) > 1:
        parts.append(("rounds " + ", ".join(map(str, options.rounds)), found))
    for title, subset in parts:
        rows = {lang: sum(c.row.lang == lang for c in subset) for lang in LANGS}
        print(f"### {title}\n")
        heads = " | ".join(f"{lang} ({rows[lang]:,})" for lang in LANGS)
        print(f"| policy | {heads} | total ({len(subset):,}) |\n|---|---|---|---|---|")
        base = scores(subset, PRODUCT)
        for candidate in SHOWN:
            tally = scores(subset, candidate)
            against = None if candidate is PRODUCT else base
            print(f"| {candidate.name} | {cells(tally, against)} |")
        print()
    if options.list:
        for candidate in SHOWN[1:]:
            print(f"### moved by: {candidate.name}")
            for case in found:
                got = candidate.takes(case)
                if got != case.got:
                    row = case.row
                    right = _SHARPNESS.same(row.routine, row.state, got, row.expected)
                    print(
                        f"  r{case.round_} {'right' if right else 'WRONG'} {row.routine}/"
                        f"{row.state} [{row.lang}] {row.answer!r} expected {row.expected}, "
                        f"got {got} (P {case.confidence:.8f}, |F| {case.size}, "
                        f"margin {case.margin:.2f})"
                    )


if __name__ == "__main__":
    main()
