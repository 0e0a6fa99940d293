"""The answer-understanding eval: victims' answers, each with the branch it should reach.

A TSV file with a header and the columns routine, state, lang (zh-hans, zh-hant or en),
answer, expected (a branch id, `otherwise`, or `saw_through`: the answer says the routine's
give-away). Each answer goes through `RoutineState.understand`, the same matcher the engine
calls. Two numbers matter per language: the share reaching the expected branch, and the wrong
punchlines (a branch other than the expected one chosen, or the give-away where a branch was
expected, or a branch where the give-away was: the worst, the victim gets a punchline that does
not fit). An answer of the state that sees through it (`saw_through: true`, or a wary
`intent: trick` that goes on) and `saw_through` are one: either reply fits one who saw it
coming. The outcome mix says how the rows would end the prank (an `otherwise` row: as the
state's reveal does, after its hints).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.corpus import (
    CALLED_OFF,
    FELL,
    GIVE_AWAY,
    REFUSED,
    SAW_THROUGH,
    Corpus,
    Problem,
    Routine,
    RoutineState,
)
from understanding.matcher import Hit

OTHERWISE = "otherwise"
GOES_ON = "goes_on"
MIX = (FELL, SAW_THROUGH, REFUSED, CALLED_OFF, GOES_ON)  # the outcome mix, in this order
# The script an answer is typed in (an eval file's `lang` column), not a chat's language:
# Simplified and Traditional answers are told apart, Taiwan's and Hong Kong's are not.
SCRIPTS = ("zh-hans", "zh-hant", "en")
COLUMNS = ("routine", "state", "lang", "answer", "expected")


class EvalError(Exception):
    """Rows naming a routine, state, branch or language that does not exist."""


@dataclass(frozen=True)
class Row:
    line: int
    routine: str
    state: str
    lang: str
    answer: str
    expected: str


@dataclass(frozen=True)
class Judged:
    """A row as understood: what it reached (a branch id, `otherwise` or `saw_through`), why,
    and how the prank would end on it (see MIX)."""

    row: Row
    got: str
    explanation: str
    ends: str = GOES_ON
    # The hit the explanation names first (a branch's phrase, a give-away, an intent word):
    # what decided the verdict; None where nothing matched.
    decided_by: Hit | None = None

    @property
    def right(self) -> bool:
        return self.got == self.row.expected

    @property
    def wrong_punchline(self) -> bool:
        return self.got != OTHERWISE and self.got != self.row.expected


@dataclass
class Tally:
    rows: int = 0
    right: int = 0
    wrong_punchlines: int = 0
    misses: list[Judged] = field(default_factory=list)
    mix: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MIX, 0))

    @property
    def share(self) -> float:
        return self.right / self.rows if self.rows else 1.0

    def add(self, judged: Judged) -> None:
        self.rows += 1
        self.right += judged.right
        self.wrong_punchlines += judged.wrong_punchline
        self.mix[judged.ends] += 1
        if not judged.right:
            self.misses.append(judged)


def read_rows(path: str | Path) -> list[Row]:
    """The rows of a TSV file; EvalError naming each line that is not a row."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows, problems = parse_rows(handle.read())
    if problems:
        raise EvalError("\n".join(f"{path}:{p.line}: {p.message}" for p in problems))
    return rows


def parse_rows(text: str) -> tuple[list[Row], list[Problem]]:
    """The rows of a TSV file's text, and each line that is not a row (a header and blank
    lines are neither)."""
    rows, problems = [], []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, fields in enumerate(reader, 1):
        if number == 1 and fields[:1] == ["routine"]:
            continue
        if not fields or not "".join(fields).strip():
            continue
        if len(fields) != len(COLUMNS):
            problems.append(
                Problem(
                    number,
                    f"expected {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}),"
                    f" found {len(fields)}",
                )
            )
            continue
        rows.append(Row(number, *fields))
    return rows, problems


def row_problems(routines: Mapping[str, Routine], row: Row) -> list[str]:
    """What a row names that does not exist: its routine, state, branch or language."""
    problems = []
    routine = routines.get(row.routine)
    state = routine.states.get(row.state) if routine else None
    if routine is None:
        problems.append(f"unknown routine '{row.routine}'")
    elif state is None:
        problems.append(f"routine '{row.routine}' has no state '{row.state}'")
    elif row.expected not in (OTHERWISE, GIVE_AWAY) and all(
        answer.id != row.expected for answer in state.answers
    ):
        known = ", ".join([a.id for a in state.answers] + [OTHERWISE, GIVE_AWAY])
        problems.append(
            f"{row.routine}/{row.state} has no branch '{row.expected}' (known: {known})"
        )
    if row.lang not in SCRIPTS:
        problems.append(f"unknown language '{row.lang}'")
    return problems


def evaluate(corpus: Corpus, rows: list[Row]) -> dict[str, Tally]:
    """Run every row; the tallies per language, and 'total'. Raises EvalError on rows that
    name what does not exist (all of them, listed: `check_rows`)."""
    check_rows(corpus, rows)
    tallies = {lang: Tally() for lang in SCRIPTS}
    tallies["total"] = Tally()
    for row in rows:
        judged = judge(corpus, row)
        tallies[row.lang].add(judged)
        tallies["total"].add(judged)
    return tallies


def check_rows(corpus: Corpus, rows: list[Row]) -> None:
    """EvalError listing every row that names a routine, state, branch or language `corpus`
    does not have (`judge` takes a row as naming what exists)."""
    problems = [
        f"line {row.line}: {problem}"
        for row in rows
        for problem in row_problems(corpus.routines, row)
    ]
    if problems:
        raise EvalError("\n".join(problems))


def judge(corpus: Corpus, row: Row) -> Judged:
    """One row, understood as the engine would (a row `check_rows` has checked names what
    exists)."""
    state = corpus.routines[row.routine].states[row.state]
    match = state.verdict(row.answer)
    got = match.branch_id or OTHERWISE
    # Seeing through it, by the give-away or by an answer that sees through it: the same
    # ending, and a reply that fits either (the routine's own, or "you knew this one").
    # So is a state's own answer for the wary (`intent: trick`, going on: "sharp, aren't
    # you?" and the next trick): its reply is written for one who saw the trick coming,
    # and a writer's brief lists it beside `saw_through` with no way to tell them apart.
    sharp = match.branch is not None and state.answers[match.branch].sees_through
    expected_sharp = any(a.id == row.expected and a.sees_through for a in state.answers)
    if row.expected == GIVE_AWAY and sharp:
        got = GIVE_AWAY
    elif expected_sharp and got == GIVE_AWAY:
        got = row.expected
    return Judged(row, got, match.explain(), _ends(state, got, match.branch), match.hit)


def _ends(state: RoutineState, got: str, branch: int | None) -> str:
    """How the prank ends on an answer that reached `got` (see MIX)."""
    if got == GIVE_AWAY and branch is None:
        return SAW_THROUGH
    answer = None if branch is None else state.answers[branch]
    return state.outcome(answer) or GOES_ON


def report(tallies: dict[str, Tally], verbose: bool = False) -> str:
    lines = [f"{'lang':11} {'rows':>5} {'right':>7} {'wrong punchlines':>17}"]
    for lang, tally in tallies.items():
        # A language with no rows has no share: "100%" there would read as a result.
        share = f"{tally.share:7.1%}" if tally.rows else f"{'—':>7}"
        lines.append(f"{lang:8} {tally.rows:5d} {share} {tally.wrong_punchlines:17d}")
    lines.append("")
    lines.append(f"{'outcome':8} " + " ".join(f"{name:>11}" for name in MIX))
    for lang, tally in tallies.items():
        lines.append(f"{lang:8} " + " ".join(f"{tally.mix[name]:11d}" for name in MIX))
    if verbose:
        for lang, tally in tallies.items():
            if lang == "total":
                continue
            for miss in tally.misses:
                lang = miss.row.lang
                row = miss.row
                flag = "WRONG PUNCHLINE" if miss.wrong_punchline else "missed"
                lines.append(
                    f"\n{flag}: {row.routine}/{row.state} [{lang}] {row.answer!r}"
                    f" expected {row.expected}, got {miss.explanation}"
                )
    return "\n".join(lines)
