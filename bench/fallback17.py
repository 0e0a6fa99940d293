"""stat17's fallback question: where the rules reach `otherwise`, may the second opinion pick
the branch instead, if only under strict conditions, and give more right verdicts with no more
wrong punchlines than the product of today (the rules, then the guarded veto)?

Measured as bench/stat16.py measures (docs/stat16.md, "How it was measured"): for each former
final set, round K in 10..16, the rules' verdicts are the ones its single run recorded
(RESULT.txt, `## all.tsv`), and the model (understanding/second_opinion.py as shipped) learns
only from tuning/ as it was at the commit round K was run on, without the roundJ_* files,
J >= K (bench.stat16.training_rows). Round 16's run already had the veto: where it vetoed, its
RESULT.txt says what the rules reached ("the rules reached X, but ..."), and for a row it does
not list (the run reached its label), today's rules, unchanged since that run, say it.

The baseline is the product: the rules, then the guarded veto (as `bench.stat16 --model
guarded`, with today's rule that it never fires where the reveal is the prank). A fallback acts
only where the rules reached `otherwise`, never on a veto, and picks the model's top label L
(a branch or `saw_through`) when every condition of its policy holds:

- P(L|x) >= t;
- |F(x)| >= n (the answer's features);
- the kind of `otherwise` the rules reached is among those allowed: `nothing` (nothing
  matched, no hit dropped), `weak` (nothing matched; only intent words dropped for not
  standing alone), `partial` (nothing matched; another hit dropped: a negated phrase...),
  `intent` (an intent no branch takes), `torn` (two branches' signals), `unknown` (today's
  rules no longer reach otherwise on a row the run listed as right: its kind is not known);
- L is of an allowed kind: `sharp` (seeing through it: the give-away or a branch that sees
  through it, which never hands out the punchline as if fallen) or `any`.

Thresholds are chosen on rounds 10-14 only: the most right, with no more wrong punchlines than
the baseline there and no language losing right; rounds 15 and 16 are then read once with them.
A fallback is built only if on rounds 15-16 right rises and wrong punchlines do not.

    PYTHONPATH=$PWD .venv/bin/python -m bench.fallback17
"""

from __future__ import annotations

import argparse
import ast
import itertools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from bench.stat16 import (
    _CORPUS,
    _SHARPNESS,
    LANGS,
    OTHERWISE,
    TUNING,
    Row,
    Score,
    _git,
    _own_words,
    read_tsv,
    run_commit,
    training_rows,
)
from bot.content.corpus import FELL, GIVE_AWAY
from understanding.matcher import Match
from understanding.second_opinion import SecondOpinion, english, features
from understanding.text import to_simplified

# the first final set run with the veto, on rules unchanged since (git log 3da94a8..)
VETO_ROUND = 16
CHOSEN_ON = (10, 11, 12, 13, 14)
HELD_OUT = (15, 16)
KINDS = ("nothing", "weak", "partial", "intent", "torn", "unknown")
KIND_SETS = (
    ("nothing",),
    ("nothing", "weak"),
    ("nothing", "weak", "partial"),
    ("nothing", "weak", "partial", "intent"),
    KINDS,
)
LABEL_KINDS = ("sharp", "any")
THRESHOLDS = (0.9, 0.99, 0.999, 0.9999, 0.99999, 0.999999, 0.9999999)
MIN_FEATURES = (0, 8, 12, 20, 30)
_MISS_LINE = re.compile(
    r"^(missed|WRONG PUNCHLINE): (\S+?)/(\S+) \[(\S+)\] (.*) expected (\S+), got ([a-z0-9_-]+)(.*)$"
)
_VETOED = re.compile(r"^: the rules reached ([a-z0-9_-]+), but ")
_WEAK = "not counted: does not stand alone"


@dataclass(frozen=True)
class Case:
    round_: int
    row: Row
    recorded: str  # what the run reached (round 16: with its veto)
    recorded_right: bool  # whether the run's verdict was right (RESULT.txt does not list it)
    rules: str  # what the rules reached (round 16: before its veto)
    kind: str  # the kind of otherwise the rules reached (KINDS), "" where they reached a branch
    veto: bool  # the guarded veto, learned from the round's training rows, fires
    top: str | None  # the model's top label (None: no model for the state or the script)
    confidence: float
    size: int  # |F(x)|
    # where the rules reached otherwise: the veto's own guard read against otherwise (the model
    # reads a label, not otherwise, at P >= 0.995, |F| >= 12, a nat a known feature over it)
    guarded: bool
    # the model's top label's own words (its `match` phrases, or the give-away's for
    # saw_through, in the corpus the round was run on) inside the answer, both folded
    own: bool


def _kind_of(head: str, details: list[str]) -> str:
    """The kind of otherwise a RESULT.txt explanation names (see KINDS)."""
    if head.startswith(": torn between"):
        return "torn"
    if head.startswith(": understood as"):
        return "intent"
    dropped = [line for line in details if "not counted" in line and not line.startswith("hit:")]
    if not dropped:
        return "nothing"
    if all(line.startswith("intent ") and line.endswith(_WEAK) for line in dropped):
        return "weak"
    return "partial"


def _kind_of_match(found: Match) -> str:
    """The kind of otherwise today's rules reached (see KINDS), "" for a branch."""
    if found.branch_id is not None:
        return ""
    if found.torn:
        return "torn"
    if found.hit is not None:
        return "intent"
    if not found.dropped:
        return "nothing"
    weak = all(h.kind == "intent" and h.why_not == "does not stand alone" for h in found.dropped)
    return "weak" if weak else "partial"


def recorded(round_: int) -> list[tuple[Row, str, bool, str, str]]:
    """roundK_final/all.tsv's rows, each with what the run reached, whether it was right, what
    the rules reached before a veto, and the kind of otherwise they reached ("" a branch)."""
    folder = TUNING / f"round{round_}_final"
    rows = read_tsv(folder / "all.tsv")
    listed: dict[tuple[str, str, str, str], list[tuple[str, str, list[str]]]] = defaultdict(list)
    section = False
    current: list[str] | None = None
    for line in (folder / "RESULT.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line.strip() == "## all.tsv"
            current = None
            continue
        found = _MISS_LINE.match(line) if section else None
        if found:
            _, routine, state, lang, answer, _, got, head = found.groups()
            current = []
            listed[routine, state, lang, ast.literal_eval(answer)].append((got, head, current))
        elif current is not None and line.startswith("  "):
            current.append(line.strip())
        else:
            current = None
    verdicts = []
    for row in rows:
        key = (row.routine, row.state, row.lang, row.answer)
        state = _CORPUS.routines[row.routine].states[row.state]
        if listed.get(key):
            got, head, details = listed[key].pop()
            # a label changed after the run may now be what it reached (bench.stat16)
            right = got == row.expected
            vetoed = _VETOED.match(head)
            if vetoed:
                verdicts.append((row, got, right, vetoed.group(1), ""))
            elif got == OTHERWISE:
                verdicts.append((row, got, right, got, _kind_of(head, details)))
            else:
                verdicts.append((row, got, right, got, ""))
            continue
        if row.expected != OTHERWISE:
            verdicts.append((row, row.expected, True, row.expected, ""))
            continue
        today = state.understand(row.answer)
        if round_ >= VETO_ROUND and today.branch_id is not None:
            # the run's rules (today's: unchanged since) reached a branch, and it reached
            # otherwise: its veto withheld the branch
            verdicts.append((row, OTHERWISE, True, today.branch_id, ""))
            continue
        kind = _kind_of_match(today) if today.branch_id is None else "unknown"
        verdicts.append((row, OTHERWISE, True, OTHERWISE, kind))
    unmatched = sum(len(left) for left in listed.values())
    assert unmatched == 0, f"round {round_}: {unmatched} RESULT lines match no row"
    return verdicts


def _fold(text: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", text).casefold())


def _phrases(value: object) -> list[str]:
    """A `match` or `give_away` value's phrases: a list, or a list per language."""
    if isinstance(value, dict):
        return [phrase for held in value.values() for phrase in _phrases(held)]
    if isinstance(value, list):
        return [str(phrase) for phrase in value]
    return [] if value is None else [str(value)]


def own_words(round_: int) -> dict[tuple[str, str, str], list[str]]:
    """(routine, state, label) -> the label's own phrases, folded, in content/jokes.yaml as it
    was at the commit round K was run on (read as YAML: today's loader refuses older files).
    saw_through's are the give-away's, the routine's and the state's."""
    data = yaml.safe_load(_git("show", f"{run_commit(round_)}:content/jokes.yaml"))
    found: dict[tuple[str, str, str], list[str]] = {}
    for routine in data["routines"]:
        for name, state in routine["states"].items():
            trick = _phrases(routine.get("give_away")) + _phrases(state.get("give_away"))
            found[routine["id"], name, GIVE_AWAY] = [_fold(p) for p in trick if p.strip()]
            for answer in state.get("answers", []):
                said = [_fold(p) for p in _phrases(answer.get("match")) if p.strip()]
                found[routine["id"], name, str(answer.get("id"))] = said
    return found


def labelled_by_state(round_: int) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The labelled rows a model for round `round_` may learn from, per (routine, state)."""
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in training_rows(round_):
        grouped[row.routine, row.state].append((row.answer, row.expected))
    return grouped


def cases(rounds: Sequence[int]) -> list[Case]:
    found = []
    for round_ in rounds:
        phrases = own_words(round_)
        grouped = labelled_by_state(round_)
        opinions: dict[tuple[str, str], SecondOpinion] = {}
        for row, got, right, rules, kind in recorded(round_):
            key = (row.routine, row.state)
            if key in grouped and key not in opinions:
                opinions[key] = SecondOpinion(grouped[key])
            opinion = opinions.get(key)
            reading = opinion.reading(row.answer) if opinion else None
            veto = False
            state = _CORPUS.routines[row.routine].states[row.state]
            if opinion is not None and rules != OTHERWISE and state.reveal_outcome != FELL:
                same = _SHARPNESS.labels_like(row.routine, row.state, rules)
                own, hit = _own_words(row, rules)
                veto = opinion.doubt(row.answer, rules, same, own, hit == "intent") is not None
            guarded = False
            if opinion is not None and rules == OTHERWISE:
                doubt = opinion.doubt(row.answer, OTHERWISE, {OTHERWISE})
                guarded = doubt is not None
            top, confidence = reading if reading else (None, 0.0)
            size = len(features(row.answer, english(row.answer)))
            folded = _fold(row.answer)
            said = phrases.get((row.routine, row.state, top or ""), [])
            own = any(phrase in folded for phrase in said)
            found.append(
                Case(
                    round_, row, got, right, rules, kind, veto, top, confidence, size, guarded, own
                )
            )
    return found


@dataclass(frozen=True)
class Policy:
    threshold: float  # inf: no fallback (the baseline)
    min_features: int = 0
    kinds: tuple[str, ...] = KINDS
    labels: str = "any"
    guard: bool = False  # the veto's guard must hold too (Case.guarded)
    own: bool = False  # the label's own words must be in the answer (Case.own)
    veto: bool = True  # the guarded veto in place (the product); False: the rules alone

    def describe(self) -> str:
        if math.isinf(self.threshold):
            return "rules and veto" if self.veto else "rules alone"
        kinds = "+".join(self.kinds) if self.kinds != KINDS else "all"
        guard = ", the veto's guard" if self.guard else ""
        own = ", own words" if self.own else ""
        return f"P≥{self.threshold}, |F|≥{self.min_features}, {kinds}, {self.labels}{guard}{own}"


def _sharp(case: Case, label: str) -> bool:
    return label in _SHARPNESS.labels_like(case.row.routine, case.row.state, GIVE_AWAY)


def verdict(case: Case, policy: Policy) -> str:
    if case.rules != OTHERWISE:
        return OTHERWISE if policy.veto and case.veto else case.rules
    top = case.top
    if (
        top is None
        or top == OTHERWISE
        or case.confidence < policy.threshold
        or case.size < policy.min_features
        or case.kind not in policy.kinds
        or (policy.labels == "sharp" and not _sharp(case, top))
        or (policy.guard and not case.guarded)
        or (policy.own and not case.own)
    ):
        return OTHERWISE
    return top


def scores(found: Sequence[Case], policy: Policy) -> dict[str, Score]:
    tally = {lang: Score() for lang in (*LANGS, "total")}
    for case in found:
        got = verdict(case, policy)
        row = case.row
        if got == case.recorded:
            right = case.recorded_right
        else:
            right = _SHARPNESS.same(row.routine, row.state, got, row.expected)
        for lang in (row.lang, "total"):
            tally[lang].rows += 1
            tally[lang].right += right
            tally[lang].wrong += (not right) and got != OTHERWISE
    return tally


BASE = Policy(math.inf)
POLICIES = [
    Policy(t, n, kinds, labels, guard, own)
    for t, n, kinds, labels, guard, own in itertools.product(
        THRESHOLDS, MIN_FEATURES, KIND_SETS, LABEL_KINDS, (False, True), (False, True)
    )
]


def choose(found: Sequence[Case]) -> Policy | None:
    """The policy with the most right on `found`, with no more wrong punchlines than the
    baseline and no language losing right (ties: fewer wrong punchlines); None if none adds
    right."""
    base = scores(found, BASE)
    best: tuple[int, int] | None = None
    chosen = None
    for policy in POLICIES:
        tally = scores(found, policy)
        if tally["total"].wrong > base["total"].wrong:
            continue
        if any(tally[lang].right < base[lang].right for lang in LANGS):
            continue
        key = (tally["total"].right, -tally["total"].wrong)
        if key[0] > base["total"].right and (best is None or key > best):
            best, chosen = key, policy
    return chosen


def row_cells(
    title: str, tally: dict[str, Score], base: dict[str, Score], counts: bool = False
) -> str:
    """A table row: per language right (change in points) and wrong punchlines per 1,000
    (change in count; with `counts`, the count too)."""
    cells = []
    for lang in (*LANGS, "total"):
        mine, theirs = tally[lang], base[lang]
        count = f"{mine.wrong}, " if counts else ""
        cells.append(
            f"{mine.share():.1%} ({mine.share() - theirs.share():+.1%}), "
            f"{1000 * mine.wrong / mine.rows:.1f} ({count}{mine.wrong - theirs.wrong:+d})"
        )
    return f"| {title} | " + " | ".join(cells) + " |"


HEADER = "| policy | zh-hans | zh-hant | en | total |\n|---|---|---|---|---|"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--held-out", action="store_true", help="also read rounds 15-16 (once the choice is made)"
    )
    options = parser.parse_args(argv)
    rounds = (*CHOSEN_ON, *HELD_OUT) if options.held_out else CHOSEN_ON
    found = cases(rounds)
    choosing = [case for case in found if case.round_ in CHOSEN_ON]
    held = [case for case in found if case.round_ in HELD_OUT]
    chances: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in found:
        if case.rules == OTHERWISE:
            goal = "branch" if case.row.expected != OTHERWISE else "otherwise"
            chances[case.kind][goal] += 1
    print("rules' otherwise by kind (rows expecting a branch / otherwise), all rounds:")
    for kind in KINDS:
        print(f"  {kind}: {chances[kind]['branch']} / {chances[kind]['otherwise']}")
    chosen = choose(choosing)
    print(f"\nchosen on rounds 10-14: {chosen.describe() if chosen else 'none adds right'}\n")
    # a few fixed policies for the record, beside the chosen one
    shown = [
        Policy(math.inf, veto=False),
        BASE,
        Policy(0.999),
        Policy(0.9999999),
        Policy(0.9999999, 30, KINDS, "sharp"),
        Policy(0.9999999, 30, KINDS, "sharp", guard=True),
        Policy(0.99999, 0, KINDS, "sharp", own=True),
        Policy(0.99999, 0, KINDS, "any", guard=True, own=True),
    ]
    if chosen is not None:
        shown.append(chosen)
    parts = [("rounds 10-14 (choosing)", choosing)]
    if options.held_out:
        parts.append(("rounds 15-16 (held out)", held))
    for title, subset in parts:
        base = scores(subset, BASE)
        print(f"### {title}\n\n{HEADER}")
        for policy in shown:
            print(row_cells(policy.describe(), scores(subset, policy), base))
        print()
    print("### each round: right and wrong punchlines, baseline -> chosen\n")
    for round_ in rounds:
        subset = [case for case in found if case.round_ == round_]
        base = scores(subset, BASE)["total"]
        mine = scores(subset, chosen)["total"] if chosen else base
        print(
            f"round {round_}: right {base.right} -> {mine.right}, wrong {base.wrong} -> {mine.wrong}"
        )


if __name__ == "__main__":
    main()
