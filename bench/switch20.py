"""stat20: the second opinion as a switch (take the model's own label), chosen by time.

The product (bot/content/reading.verdict) lets the second opinion act two ways: a guarded veto
(the rules reached a branch B, the model reads another label L: otherwise, the safe path) and,
since round 19, a fallback (the rules reached otherwise: the model's way of seeing through the
trick, when extremely sure). Round 19's final set (its README, "What went wrong, by kind"):
where the rules and the model disagreed on a miss, the model matched the writer 18 times of
24. Could the product take L itself, somewhere, and get more right with no more wrong
punchlines? Candidates and their grids, fixed here before any held-out read:

(a) `veto`: where the shipped veto turned B into otherwise, take L instead when L is not
    otherwise and P(L|x) ≥ t, |F(x)| ≥ n, L's lead over same(B) ≥ m nats a known feature (the
    veto's own guard is 0.99 / 0 / 0.5: the grid is it or stricter) and over otherwise ≥ o;
    L `sharp` (the give-away or a branch seeing through it) or `any` branch.
    t ∈ {0.99, 0.999, 0.9999, 0.99999, 0.9999999}, n ∈ {0, 12, 30}, m ∈ {0.5, 1, 1.5},
    o ∈ {none, 0.5, 1}, labels ∈ {sharp, any}: 270 switches.
(b) `no-veto`: where the rules reached a branch B and no veto acted, take L ∉ same(B), not
    otherwise, when extremely sure: P ≥ t, |F| ≥ n, lead over same(B) ≥ m and over otherwise
    ≥ o, and not where the answer is little more than the words the rules reached B by (the
    veto's own-words guard, 8 / 4 letters). t ∈ {0.99999, 0.9999999, 0.999999999},
    n ∈ {12, 20, 30}, m ∈ {0, 0.25, 0.5, 1}, o ∈ {0.5, 1}, labels ∈ {sharp, any}: 144.
(c) `fallback`: where the rules reached otherwise and the shipped fallback took nothing, a
    looser fallback for seeing through it only (L sharp): P ≥ t, |F| ≥ n, lead over otherwise
    ≥ o. t ∈ {0.999, 0.9999, 0.99999, 0.999999, 0.9999999}, n ∈ {12, 20, 30},
    o ∈ {0.5, 0.75, 1}: 45.

Every switch keeps the reveal-is-prank care of the veto and the fallback: it never takes an
L that ends in a fall unless B (what the rules reached) ends in one too, so a refusal or a
sharp eye is never made a fall the victim did not mean.

Measured by time, as bench/fallback17.py: for each round K in 10..17 the rules' verdicts are
its one run's (`recorded`, read back to before a veto), the model learned only from tuning/ at
the commit round K ran on, without the roundJ_* files, J >= K (`labelled_by_state`). The
baseline is the product now on those rules: the shipped veto (as reading.verdict: the reveal-
is-prank care) and the shipped fallback, with round K's model. The choice, on rounds 10-17
together: the switch with the largest Δright − 10·Δwrong (a wrong punchline weighs ten right
answers; ties: fewer wrong punchlines, then the grid's order), only if that is above 0.

Held out (`--held-out`, read once after the choice is committed): round18_final,
round19_final and round19_dev, against the product as on main now (today's rules, veto and
fallback: `reading.verdict` on the corpus loaded with every tuning set but the round18_* and
round19_* ones, whose model the switch reads too).

    PYTHONPATH=$PWD .venv/bin/python -m bench.switch20 [--held-out] [--list]
"""

from __future__ import annotations

import argparse
import itertools
import math
import pickle
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.fallback17 import labelled_by_state, row_cells
from bench.guard18 import _lands, _rules_verdicts
from bench.stat16 import (
    _CORPUS,
    _SHARPNESS,
    CORPUS,
    LANGS,
    OTHERWISE,
    TUNING,
    Row,
    Score,
    _own_words,
    read_tsv,
    tally,
)
from bot.content import reading
from bot.content.corpus import FELL, GIVE_AWAY, Corpus, RoutineState, load_corpus, tuning_for
from understanding import second_opinion
from understanding.second_opinion import MAX_READ, SecondOpinion

CHOSEN_ON = (10, 11, 12, 13, 14, 15, 16, 17)
HELD_OUT = ("round18_final", "round19_final", "round19_dev")
LEFT_OUT = ("round18_", "round19_")  # the tuning sets held out of the model for HELD_OUT
WRONG_WEIGHT = 10  # a wrong punchline weighs this many right answers
NONE = -math.inf


@dataclass(frozen=True)
class Evidence:
    label: str  # L, the model's top label
    confidence: float  # P(L|x)
    size: int  # |F(x)|
    lead_same: float  # (score_L − max score of same(B)) / max(1, |F(x) ∩ V|); inf: none held
    lead_other: float  # (score_L − score_otherwise) / max(1, |F(x) ∩ V|); inf: not a label


@dataclass(frozen=True)
class Case:
    part: str  # "round K" or a held-out set's name
    row: Row
    rules: str  # B: what the rules reached
    product: str  # what the product gives (the rules, then the veto or the fallback)
    right: bool  # whether the product's verdict is right
    vetoed: bool  # the shipped veto acted
    own_held: bool  # the veto's own-words guard holds (the answer is little more than them)
    evidence: Evidence | None  # None: no model for the state and script (or one label)


@dataclass(frozen=True)
class Switch:
    kind: str  # "veto" (a), "no-veto" (b), "fallback" (c); "product": none
    threshold: float = math.inf
    min_features: int = 0
    lead_same: float = NONE
    lead_other: float = NONE
    labels: str = "sharp"

    def describe(self) -> str:
        if self.kind == "product":
            return "the product (rules, veto, fallback)"
        parts = [f"({'abc'[('veto', 'no-veto', 'fallback').index(self.kind)]}) {self.kind}"]
        parts.append(f"P ≥ {self.threshold}")
        if self.min_features:
            parts.append(f"|F| ≥ {self.min_features}")
        if self.lead_same != NONE:
            parts.append(f"over B ≥ {self.lead_same:g}")
        if self.lead_other != NONE:
            parts.append(f"over otherwise ≥ {self.lead_other:g}")
        parts.append(self.labels)
        return ", ".join(parts)

    def verdict(self, case: Case) -> str:
        """The switch's verdict on `case`: L where it acts, else the product's."""
        found = case.evidence
        if self.kind == "product" or found is None or found.label == OTHERWISE:
            return case.product
        if self.kind == "veto" and not case.vetoed:
            return case.product
        if self.kind == "no-veto" and (
            case.rules == OTHERWISE or case.vetoed or case.own_held or case.product != case.rules
        ):
            return case.product
        if self.kind == "fallback" and (case.rules != OTHERWISE or case.product != OTHERWISE):
            return case.product
        row = case.row
        if found.label in _SHARPNESS.labels_like(row.routine, row.state, case.rules):
            return case.product
        sharp = found.label in _SHARPNESS.labels_like(row.routine, row.state, GIVE_AWAY)
        if self.labels == "sharp" and not sharp:
            return case.product
        if (
            found.confidence < self.threshold
            or found.size < self.min_features
            or found.lead_same < self.lead_same
            or found.lead_other < self.lead_other
        ):
            return case.product
        state = _CORPUS.routines[row.routine].states[row.state]
        if _lands(state, found.label) and not _lands(state, case.rules):
            return case.product  # never a fall the victim did not mean
        return found.label


PRODUCT = Switch("product")
GRID = (
    [
        Switch("veto", t, n, m, o, labels)
        for t, n, m, o, labels in itertools.product(
            (0.99, 0.999, 0.9999, 0.99999, 0.9999999),
            (0, 12, 30),
            (0.5, 1.0, 1.5),
            (NONE, 0.5, 1.0),
            ("sharp", "any"),
        )
    ]
    + [
        Switch("no-veto", t, n, m, o, labels)
        for t, n, m, o, labels in itertools.product(
            (0.99999, 0.9999999, 0.999999999),
            (12, 20, 30),
            (0.0, 0.25, 0.5, 1.0),
            (0.5, 1.0),
            ("sharp", "any"),
        )
    ]
    + [
        Switch("fallback", t, n, NONE, o, "sharp")
        for t, n, o in itertools.product(
            (0.999, 0.9999, 0.99999, 0.999999, 0.9999999), (12, 20, 30), (0.5, 0.75, 1.0)
        )
    ]
)


def weigh(opinion: SecondOpinion, text: str, same: frozenset[str]) -> Evidence | None:
    """The model's top label for `text` and its leads, as `doubt` and `fallback` weigh them."""
    text = text[:MAX_READ]
    reading = opinion.read(text)  # (one Reading, as the shipped veto's: speed20)
    if reading is None or len(reading.model.labels) < 2:
        return None
    model, scores, top = reading.model, reading.scores(), reading.top()
    read = second_opinion._every(text, model.english)
    known = max(len(reading.rows()), 1)
    mine = [scores[c] for c, name in enumerate(model.labels) if name in same]
    lead_same = (scores[top] - max(mine)) / known if mine else math.inf
    if OTHERWISE in model.labels:
        lead_other = (scores[top] - scores[model.labels.index(OTHERWISE)]) / known
    else:
        lead_other = math.inf
    size = len(read[0]) + len(read[1]) + len(read[2])
    confidence = second_opinion._probability(scores, top)
    return Evidence(model.labels[top], confidence, size, lead_same, lead_other)


def _own_held(row: Row, own: str | None, kind: str) -> bool:
    """The veto's own-words guard: the answer is little more than the words the rules reached
    their branch by (`own`, of `kind`: today's rules' hit, as bench.guard18 reads it)."""
    if own is None:
        return False
    slack = (
        second_opinion.INTENT_WORDS_SLACK if kind == "intent" else second_opinion.OWN_WORDS_SLACK
    )
    beside = second_opinion._letters(row.answer[:MAX_READ]) - second_opinion._letters(own)
    return beside <= slack


def _shipped(
    state: RoutineState, opinion: SecondOpinion, row: Row, rules: str, own: str | None, kind: str
) -> tuple[str, bool]:
    """The product's verdict on the rules' `rules` (reading.verdict's veto, its reveal-is-prank
    care, its veto switch and its fallback) and whether the veto acted (the safe path taken);
    `own`, `kind`: the words the rules reached it by (bench.stat16._own_words)."""
    if rules == OTHERWISE:
        read = opinion.fallback(row.answer, state.sharp_labels, OTHERWISE)
        if read is None or _lands(state, read.label):
            return OTHERWISE, False
        return read.label, False
    same = _SHARPNESS.labels_like(row.routine, row.state, rules)
    doubt = opinion.doubt(row.answer, rules, same, own, kind == "intent", OTHERWISE)
    if doubt is None:
        return rules, False
    if state.reveal_outcome == FELL and not (_lands(state, rules) or _lands(state, doubt.label)):
        return rules, False
    switched = reading.veto_switch(state, rules, doubt)
    if switched is not None:
        return switched, False  # (docs/stat22.md: the product's own veto switch)
    return OTHERWISE, True


def by_time(rounds: Sequence[int]) -> list[Case]:
    """Rounds K in 10..17: the run's rules, the model learned from rounds older than K."""
    found = []
    for round_ in rounds:
        grouped = labelled_by_state(round_)
        opinions: dict[tuple[str, str], SecondOpinion] = {}
        for row, rules, right in _rules_verdicts(round_):
            key = (row.routine, row.state)
            if key not in grouped:
                found.append(Case(f"round {round_}", row, rules, rules, right, False, False, None))
                continue
            opinion = opinions.setdefault(key, SecondOpinion(grouped[key]))
            state = _CORPUS.routines[row.routine].states[row.state]
            own, kind = _own_words(row, rules) if rules != OTHERWISE else (None, "")
            product, vetoed = _shipped(state, opinion, row, rules, own, kind)
            if product != rules:
                right = _SHARPNESS.same(row.routine, row.state, product, row.expected)
            same = _SHARPNESS.labels_like(row.routine, row.state, rules)
            evidence = weigh(opinion, row.answer, same)
            own_held = _own_held(row, own, kind)
            found.append(
                Case(f"round {round_}", row, rules, product, right, vetoed, own_held, evidence)
            )
    return found


def learned_without(left_out: tuple[str, ...]) -> Corpus:
    """The shipped corpus, its states' second opinions learned from every tuning set but
    those whose names start with one of `left_out` (a copy of the rest, read and learned in a
    folder removed afterwards: what is learned stays in memory)."""
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        tuning = tuning_for(content / CORPUS.name)
        shutil.copytree(
            TUNING, tuning, ignore=lambda _, names: [n for n in names if n.startswith(left_out)]
        )
        shutil.copy(CORPUS, content / CORPUS.name)
        shutil.copy(CORPUS.with_name("lexicon.yaml"), content / "lexicon.yaml")
        corpus = load_corpus(content / CORPUS.name)
        corpus.learn_opinions()
    return corpus


def held_out(names: Sequence[str] = HELD_OUT, left_out: tuple[str, ...] = LEFT_OUT) -> list[Case]:
    """The held-out sets through the product as on main now (`reading.verdict`), its states'
    second opinions learned from every tuning set but those whose names start with one of
    `left_out` (the round18_* and round19_* ones)."""
    corpus = learned_without(left_out)
    found = []
    for name in names:
        for row in read_tsv(TUNING / name / "all.tsv"):
            state = corpus.routines[row.routine].states[row.state]
            rules = state.understand(row.answer).branch_id or OTHERWISE
            given = reading.verdict(state, row.answer)
            product = given.branch_id or OTHERWISE
            right = _SHARPNESS.same(row.routine, row.state, product, row.expected)
            opinion = state.opinion
            same = _SHARPNESS.labels_like(row.routine, row.state, rules)
            evidence = weigh(opinion, row.answer, same) if opinion is not None else None
            vetoed = bool(given.doubted)  # (a Match's default is "", not None)
            own, kind = _own_words(row, rules) if rules != OTHERWISE else (None, "")
            own_held = _own_held(row, own, kind)
            found.append(Case(name, row, rules, product, right, vetoed, own_held, evidence))
    return found


def scores(found: Sequence[Case], switch: Switch) -> dict[str, Score]:
    judged = ((case.row, switch.verdict(case), case.product, case.right) for case in found)
    return tally(judged, _SHARPNESS)


def gain(found: Sequence[Case], switch: Switch, base: dict[str, Score]) -> tuple[int, int]:
    """(Δright, Δwrong punchlines) of `switch` against the product's `base`."""
    mine = scores(found, switch)["total"]
    return mine.right - base["total"].right, mine.wrong - base["total"].wrong


def choose(found: Sequence[Case]) -> tuple[Switch | None, list[tuple[int, Switch]]]:
    """The switch with the largest Δright − WRONG_WEIGHT·Δwrong on `found` (ties: fewer wrong,
    then the grid's order), None if none is above 0; and each kind's best, for the record."""
    movable = [case for case in found if case.evidence is not None]
    base = scores(movable, PRODUCT)
    best: dict[str, tuple[tuple[int, int, int], Switch]] = {}
    for place, switch in enumerate(GRID):
        right, wrong = gain(movable, switch, base)
        key = (right - WRONG_WEIGHT * wrong, -wrong, -place)
        if switch.kind not in best or key > best[switch.kind][0]:
            best[switch.kind] = (key, switch)
    ranked = sorted(best.values(), key=lambda kept: kept[0], reverse=True)
    top = ranked[0]
    chosen = top[1] if top[0][0] > 0 else None
    return chosen, [(key[0], switch) for key, switch in ranked]


def table(title: str, found: Sequence[Case], shown: Sequence[Switch]) -> None:
    base = scores(found, PRODUCT)
    print(f"### {title} ({len(found):,} rows)\n")
    print("| switch | zh-hans | zh-hant | en | total |\n|---|---|---|---|---|")
    for switch in shown:
        print(row_cells(switch.describe(), scores(found, switch), base, counts=True))
    print()


def counts(found: Sequence[Case], shown: Sequence[Switch], parts: Sequence[str]) -> None:
    """Per part: the product's right and wrong punchlines, and each switch's changes."""
    print("| part | " + " | ".join(s.describe() for s in shown) + " |")
    print("|---" * (len(shown) + 1) + "|")
    for part in [*parts, "all"]:
        subset = [c for c in found if part == "all" or c.part == part]
        base = scores(subset, PRODUCT)
        cells = []
        for switch in shown:
            tally = scores(subset, switch)
            if switch is PRODUCT:
                cells.append(" / ".join(f"{tally[x].right:,}, {tally[x].wrong}" for x in LANGS))
                cells[-1] += f"; {tally['total'].right:,}, {tally['total'].wrong}"
                continue
            moved = [
                f"{tally[x].right - base[x].right:+d}, {tally[x].wrong - base[x].wrong:+d}"
                for x in (*LANGS, "total")
            ]
            cells.append(" / ".join(moved[:3]) + f"; {moved[3]}")
        print(f"| {part} | " + " | ".join(cells) + " |")
    print()


def listing(found: Sequence[Case], switch: Switch) -> None:
    for case in found:
        got = switch.verdict(case)
        if got == case.product:
            continue
        row, seen = case.row, case.evidence
        assert seen is not None
        right = _SHARPNESS.same(row.routine, row.state, got, row.expected)
        print(
            f"  {case.part} {'right' if right else 'WRONG'} {row.routine}/{row.state} "
            f"[{row.lang}] {row.answer!r} expected {row.expected}, rules {case.rules}, "
            f"product {case.product}, switch {got} (P {seen.confidence:.10f}, |F| {seen.size}, "
            f"over B {seen.lead_same:.2f}, over otherwise {seen.lead_other:.2f})"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="read the held-out sets once")
    parser.add_argument("--list", action="store_true", help="list each answer a switch moves")
    parser.add_argument("--cache", type=Path, help="keep rounds 10-17's cases here (a pickle)")
    options = parser.parse_args(argv)
    if options.cache and options.cache.exists():
        found = pickle.loads(options.cache.read_bytes())
    else:
        found = by_time(CHOSEN_ON)
        if options.cache:
            options.cache.write_bytes(pickle.dumps(found))
    chosen, ranked = choose(found)
    print(f"chosen on rounds 10-17 ({len(GRID)} switches, Δright − {WRONG_WEIGHT}·Δwrong):")
    print(f"  {chosen.describe() if chosen else 'none adds'}")
    for utility, switch in ranked:
        print(f"  best of its kind: {switch.describe()}: {utility:+d}")
    shown = [PRODUCT, *(switch for _, switch in ranked)]
    print()
    table("rounds 10-17 (choosing)", found, shown)
    counts(found, shown, [f"round {k}" for k in CHOSEN_ON])
    if options.list:
        for _, switch in ranked:
            print(f"### moved by {switch.describe()}")
            listing(found, switch)
    if options.held_out:
        held = held_out()
        table("held out: " + ", ".join(HELD_OUT), held, shown)
        counts(held, shown, HELD_OUT)
        if options.list:
            for _, switch in ranked:
                print(f"### held out, moved by {switch.describe()}")
                listing(held, switch)


if __name__ == "__main__":
    main()
