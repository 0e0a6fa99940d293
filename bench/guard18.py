"""stat18: the veto's guard, re-chosen on fresh voices alone.

stat17 chose the guard (understanding/second_opinion.py's `doubted`) to keep the project's
rule tests from changing; those tests now pin the rules (`RoutineState.understand`), not the
verdict the bot acts on, so here the guard is chosen on the former final sets only.

Measured as bench/stat16.py measures (docs/stat16.md, "How it was measured"): for each
former final set, round K in 10..17, the rules' verdicts are its single run's (RESULT.txt,
`## all.tsv`), and the model is understanding/second_opinion.py's, learned only from tuning/
at the commit round K ran on, without the roundJ_* files, J >= K. Rounds 16 and 17 ran with
the veto: what the rules reached before it is read back as bench/fallback17.py reads it.
As the product does, the veto never acts where the reveal is the prank (FELL).

For each answer the rules sent to a branch B the model's evidence is kept once (its label L,
P(L|x), |F(x)|, the margin over B, the letters beside the rules' own words); a guard is then
a handful of comparisons, so a grid of policies is cheap:

    veto ⇔ L ∉ same(B) and P(L|x) ≥ t and |F(x)| ≥ n and margin(x) ≥ m
           and not (the rules reached B by its own phrase or number, ≤ s letters beside it;
                    by a lexicon intent's words, ≤ i letters)

(s or i of -1: that guard off.) The choice, on rounds 10-15 only: the fewest wrong punchlines
with no language losing more than 0.3 points of right against the rules alone (ties: the
most right). Rounds 16-17 are read once with it (`--held-out`).

    PYTHONPATH=$PWD .venv/bin/python -m bench.guard18 [--held-out] [--cache PATH]
"""

from __future__ import annotations

import argparse
import itertools
import math
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.fallback17 import VETO_ROUND, labelled_by_state, recorded, row_cells
from bench.stat16 import (
    _CORPUS,
    _SHARPNESS,
    LANGS,
    MAX_RIGHT_COST,
    OTHERWISE,
    Row,
    Score,
    _own_words,
    rule_verdicts,
)
from bot.content.corpus import FELL, RoutineState
from understanding import second_opinion
from understanding.second_opinion import MAX_READ, SecondOpinion

CHOSEN_ON = (10, 11, 12, 13, 14, 15)
HELD_OUT = (16, 17)
OFF = -1  # a slack of -1 letters: the own-words guard never holds


@dataclass(frozen=True)
class Case:
    round_: int
    row: Row
    rules: str  # what the rules reached (rounds 16-17: before the run's veto)
    rules_right: bool
    # the model's evidence against the rules' branch; None where no veto could act (the rules
    # reached otherwise, the reveal is the prank, no model, or L means the same as B)
    evidence: Evidence | None


@dataclass(frozen=True)
class Evidence:
    label: str  # L
    confidence: float  # P(L|x)
    size: int  # |F(x)|
    margin: float  # per known feature over B's labels; inf where the model holds none of them
    beside: int | None  # letters beside the rules' own words (None: not reached by them)
    intent: bool  # those words are a lexicon intent's


@dataclass(frozen=True)
class Guard:
    threshold: float  # t; inf: no veto (the rules alone)
    min_features: int = 0  # n
    min_margin: float = -math.inf  # m
    own_slack: int = OFF  # s
    intent_slack: int = OFF  # i

    def describe(self) -> str:
        if math.isinf(self.threshold):
            return "rules alone"
        parts = [f"P ≥ {self.threshold}"]
        if self.min_features:
            parts.append(f"|F| ≥ {self.min_features}")
        if not math.isinf(self.min_margin):
            parts.append(f"margin ≥ {self.min_margin:g}")
        if self.own_slack != OFF or self.intent_slack != OFF:
            own, intent = (
                str(s) if s != OFF else "off" for s in (self.own_slack, self.intent_slack)
            )
            parts.append(f"own words ≤ {own}/{intent}")
        return ", ".join(parts)

    def vetoes(self, evidence: Evidence | None) -> bool:
        if evidence is None or evidence.confidence < self.threshold:
            return False
        if evidence.beside is not None:
            slack = self.intent_slack if evidence.intent else self.own_slack
            if evidence.beside <= slack:
                return False
        return evidence.size >= self.min_features and evidence.margin >= self.min_margin


RULES_ALONE = Guard(math.inf)
SHIPPED = Guard(
    second_opinion.THRESHOLD,
    second_opinion.MIN_FEATURES,
    second_opinion.MIN_MARGIN,
    second_opinion.OWN_WORDS_SLACK,
    second_opinion.INTENT_WORDS_SLACK,
)
# the guard chosen on rounds 10-13 (stat17), shipped to round 17
ROUND_17 = Guard(0.995, 12, 1.0, 8, 4)
BARE = Guard(second_opinion.THRESHOLD)
# between the shipped guard and the bare veto (and a step past each): the grid chosen from
_FEATURES = (0, 4, 8, 12, 16, 20)
_MARGINS = (-math.inf, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
_OWN_SLACKS = (OFF, 0, 2, 4, 8, 12)
_INTENT_SLACKS = (OFF, 0, 2, 4)
GRID = [
    Guard(*values)
    for values in itertools.product(
        (0.99, 0.995, 0.999, 0.9999), _FEATURES, _MARGINS, _OWN_SLACKS, _INTENT_SLACKS
    )
]
# the same with thresholds down to 0.5 (the choice above sat at the grid's lowest threshold):
# reported, not chosen from (the brief asked for a grid between the two guards)
WIDE_GRID = [
    Guard(*values)
    for values in itertools.product(
        (0.5, 0.7, 0.8, 0.9, 0.95, 0.98), _FEATURES, _MARGINS, _OWN_SLACKS, _INTENT_SLACKS
    )
] + GRID


def evidence(opinion: SecondOpinion, text: str, same: frozenset[str]) -> Evidence | None:
    """What `SecondOpinion.doubt` weighs, every guard left open; None where it could never
    doubt (no model for the script, one label, or L means the same as the rules' branch)."""
    text = text[:MAX_READ]
    read = opinion.read(text)
    if read is None or len(read.model.labels) < 2:
        return None
    model, scores, top = read.model, read.scores(), read.top()
    if model.labels[top] in same:
        return None
    mine = [scores[c] for c, name in enumerate(model.labels) if name in same]
    margin = (scores[top] - max(mine)) / max(len(read.rows()), 1) if mine else math.inf
    size = len(second_opinion.features(text, model.english))
    confidence = second_opinion._probability(scores, top)
    return Evidence(model.labels[top], confidence, size, margin, None, False)


def _rules_verdicts(round_: int) -> list[tuple[Row, str, bool]]:
    """Each row with what the rules reached and whether that was right; rounds run with the
    veto read back to before it (bench.fallback17.recorded)."""
    if round_ < VETO_ROUND:
        return [(row, rules, rules == row.expected) for row, rules in rule_verdicts(round_)]
    found = []
    for row, got, right, rules, _ in recorded(round_):
        if rules != got:
            right = _SHARPNESS.same(row.routine, row.state, rules, row.expected)
        found.append((row, rules, right))
    return found


# Where the reveal is the prank (a veto there ends in the reveal, a fall), which doubts may act:
# none (the product from 6f5bc44 to round 17); where the rules' branch is itself a fall (the
# ending stays a fall); or also where the model reads a fall (otherwise, or a branch that is one)
REVEAL_IS_PRANK_POLICIES = ("none", "fall-branch", "either-falls")


def _lands(state: RoutineState, label: str) -> bool:
    """Whether `label` ends the prank as a fall in `state`."""
    if label == OTHERWISE:
        return state.reveal_outcome == FELL
    return any(a.id == label and a.outcome == FELL for a in state.answers)


def cases(rounds: Sequence[int], policy: str = "either-falls") -> list[Case]:
    """Each row of `rounds` with the evidence a guard weighs. Where the reveal is the prank,
    only a branch that is itself a fall may be doubted (`fall_branches`, as the product since
    round 18), or none (False: the product from 6f5bc44 to round 17)."""
    found = []
    for round_ in rounds:
        grouped = labelled_by_state(round_)
        opinions: dict[tuple[str, str], SecondOpinion] = {}
        for row, rules, right in _rules_verdicts(round_):
            key = (row.routine, row.state)
            state = _CORPUS.routines[row.routine].states[row.state]
            weighed = None
            prank = state.reveal_outcome == FELL
            if rules != OTHERWISE and key in grouped and (policy != "none" or not prank):
                if key not in opinions:
                    opinions[key] = SecondOpinion(grouped[key])
                same = _SHARPNESS.labels_like(row.routine, row.state, rules)
                weighed = evidence(opinions[key], row.answer, same)
                own, kind = _own_words(row, rules)
                if weighed is not None and own is not None:
                    beside = _letters(row.answer[:MAX_READ]) - _letters(own)
                    weighed = Evidence(
                        weighed.label,
                        weighed.confidence,
                        weighed.size,
                        weighed.margin,
                        beside,
                        kind == "intent",
                    )
                kept_ending = not prank or _lands(state, rules)
                if weighed is not None and not kept_ending:
                    reads_a_fall = policy == "either-falls" and _lands(state, weighed.label)
                    weighed = weighed if reads_a_fall else None
            found.append(Case(round_, row, rules, right, weighed))
    return found


def _letters(text: str) -> int:
    return second_opinion._letters(text)


def scores(found: Sequence[Case], guard: Guard) -> dict[str, Score]:
    tally = {lang: Score() for lang in (*LANGS, "total")}
    for case in found:
        if guard.vetoes(case.evidence):
            got, right = OTHERWISE, case.row.expected == OTHERWISE
        else:
            got, right = case.rules, case.rules_right
        for lang in (case.row.lang, "total"):
            tally[lang].rows += 1
            tally[lang].right += right
            tally[lang].wrong += (not right) and got != OTHERWISE
    return tally


def choose(found: Sequence[Case], grid: Sequence[Guard] = GRID) -> tuple[Guard, list[Guard]]:
    """The guard of `grid` with the fewest wrong punchlines on `found`, no language losing more
    than MAX_RIGHT_COST of right against the rules alone (ties: the most right, then the
    first in the grid's order); and the guards tying with it."""
    # only answers some guard could veto move between guards: score the rest once
    movable = [case for case in found if case.evidence is not None]
    fixed = scores([case for case in found if case.evidence is None], RULES_ALONE)
    base = _add(fixed, scores(movable, RULES_ALONE))
    best: tuple[int, int] | None = None
    ties: list[Guard] = []
    for guard in grid:
        tally = _add(fixed, scores(movable, guard))
        if any(tally[lang].share() < base[lang].share() - MAX_RIGHT_COST for lang in LANGS):
            continue
        key = (-tally["total"].wrong, tally["total"].right)
        if best is None or key > best:
            best, ties = key, [guard]
        elif key == best:
            ties.append(guard)
    return (ties[0], ties) if ties else (RULES_ALONE, [])


def _add(first: dict[str, Score], second: dict[str, Score]) -> dict[str, Score]:
    return {
        lang: Score(
            first[lang].rows + second[lang].rows,
            first[lang].right + second[lang].right,
            first[lang].wrong + second[lang].wrong,
        )
        for lang in first
    }


HEADER = (
    "cells: right (change against the rules alone in points), wrong punchlines per 1,000 "
    "(count, change)\n\n| guard | zh-hans | zh-hant | en | total |\n|---|---|---|---|---|"
)


def neighbours(guard: Guard) -> list[Guard]:
    """The shipped guard with one condition loosened or tightened, for the record."""
    return [
        Guard(0.999, *_tail(guard)),
        Guard(guard.threshold, 0, guard.min_margin, guard.own_slack, guard.intent_slack),
        Guard(guard.threshold, guard.min_features, -math.inf, guard.own_slack, guard.intent_slack),
        Guard(guard.threshold, guard.min_features, 0.5, guard.own_slack, guard.intent_slack),
        Guard(guard.threshold, guard.min_features, guard.min_margin, OFF, OFF),
        Guard(guard.threshold, guard.min_features, guard.min_margin, 4, 0),
        Guard(guard.threshold, 8, 0.5, guard.own_slack, guard.intent_slack),
        Guard(guard.threshold, 0, -math.inf, guard.own_slack, guard.intent_slack),
        Guard(guard.threshold, 0, 0.5, OFF, OFF),
        Guard(guard.threshold, 8, -math.inf, OFF, OFF),
    ]


def _tail(guard: Guard) -> tuple[int, float, int, int]:
    return guard.min_features, guard.min_margin, guard.own_slack, guard.intent_slack


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="also read rounds 16-17")
    parser.add_argument("--cache", type=Path, help="keep the cases here (a pickle)")
    parser.add_argument(
        "--where-reveal-is-prank",
        choices=REVEAL_IS_PRANK_POLICIES,
        default="either-falls",
        help="which doubts may act where the reveal is the prank (see REVEAL_IS_PRANK_POLICIES)",
    )
    options = parser.parse_args(argv)
    rounds = (*CHOSEN_ON, *HELD_OUT) if options.held_out else CHOSEN_ON
    kept: dict[int, list[Case]] = {}
    if options.cache and options.cache.exists():
        kept = pickle.loads(options.cache.read_bytes())
    for round_ in rounds:
        if round_ not in kept:
            kept[round_] = cases([round_], options.where_reveal_is_prank)
    if options.cache:
        options.cache.write_bytes(pickle.dumps(kept))
    found = [case for round_ in rounds for case in kept[round_]]
    choosing = [case for case in found if case.round_ in CHOSEN_ON]
    chosen, ties = choose(choosing)
    print(f"chosen on rounds 10-15 (of {len(GRID)} guards): {chosen.describe()}")
    print("tying with it:", "; ".join(guard.describe() for guard in ties[1:]) or "none")
    wide, _ = choose(choosing, WIDE_GRID)
    print(f"the same rule on WIDE_GRID ({len(WIDE_GRID)} guards, not chosen): {wide.describe()}\n")
    shown = [RULES_ALONE, ROUND_17, SHIPPED, BARE, *neighbours(SHIPPED), chosen, wide]
    parts = [("rounds 10-15 (choosing)", choosing)]
    for round_ in CHOSEN_ON:
        parts.append((f"round {round_}", [case for case in choosing if case.round_ == round_]))
    if options.held_out:
        held = [case for case in found if case.round_ in HELD_OUT]
        parts.append(("rounds 16-17 (held out)", held))
        for round_ in HELD_OUT:
            parts.append((f"round {round_} (held out)", [c for c in held if c.round_ == round_]))
    for title, subset in parts:
        base = scores(subset, RULES_ALONE)
        print(f"### {title}\n\n{HEADER}")
        for guard in shown:
            name = {
                chosen: "**chosen**: ",
                SHIPPED: "shipped: ",
                ROUND_17: "round 17's: ",
                wide: "wide grid's: ",
            }.get(guard, "")
            print(row_cells(name + guard.describe(), scores(subset, guard), base, counts=True))
        print()


if __name__ == "__main__":
    main()
