"""Whether the writers agree with the phrases that decide their answers.

Runs every tuning row (content/eval/tuning/**.tsv, each set's all.tsv left out: its rows are
its folder's writers' files) through the rules as `python -m bot eval -v` does, and for each
(routine, state, what decided it) that chose a branch or the give-away (a branch's `match`
phrase, a give-away phrase, a lexicon intent word, a number, a regex: the hit the
explanation names first) counts the rows it decided, how many the writers labelled as what it
reached, how many `otherwise`, how many another branch, and from how many files (writers).

    .venv/bin/python -m tools.phrase_agreement            # the suspects
    .venv/bin/python -m tools.phrase_agreement --rows     # with their rows
    .venv/bin/python -m tools.phrase_agreement --all      # every phrase

A suspect: decided at least --min-rows rows (3) from at least --min-files files (2), and
reached what the writers meant in fewer than half of them. The held-out sets (round fourteen's
and fifteen's final sets) are left out unless named with --held-out, which reads only them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import DEFAULT_TUNING as TUNING
from bot.content.corpus import Corpus, load_corpus
from bot.content.evaluation import OTHERWISE, EvalError, Judged, check_rows, judge, read_rows

CORPUS = DEFAULT_CONTENT
# Held out when labels16 decided (round15_final has since become a tuning set like the others)
HELD_OUT = ("round14_final", "round15_final")


@dataclass
class Decider:
    """What one phrase (of one state) decided, over the tuning rows."""

    routine: str
    state: str
    what: str  # "phrase 'too many'", "give_away 'bricks'", "intent yes 'yeah'"
    reached: str
    rows: list[tuple[Path, Judged]] = field(default_factory=list)

    @property
    def agreed(self) -> int:
        return sum(judged.right for _, judged in self.rows)

    @property
    def otherwise(self) -> int:
        return sum(judged.row.expected == OTHERWISE for _, judged in self.rows)

    @property
    def elsewhere(self) -> int:
        return len(self.rows) - self.agreed - self.otherwise

    @property
    def files(self) -> int:
        return len({path for path, _ in self.rows})

    def suspect(self, min_rows: int, min_files: int) -> bool:
        rows = len(self.rows)
        return rows >= min_rows and self.files >= min_files and self.agreed * 2 < rows


def tuning_files(held_out: bool) -> list[Path]:
    """The writers' files: the held-out sets' only, or every other one."""
    found = []
    for path in sorted(TUNING.rglob("*.tsv")):
        if path.name == "all.tsv":
            continue
        if (path.parent.name in HELD_OUT) == held_out:
            found.append(path)
    return found


def _what(corpus: Corpus, judged: Judged) -> str | None:
    hit = judged.decided_by
    if hit is None or judged.got == OTHERWISE:
        return None  # nothing decided a punchline
    state = corpus.routines[judged.row.routine].states[judged.row.state]
    if hit.branch == state.give_away_branch:
        return f"give_away '{hit.text}'"
    if hit.kind == "intent":
        return f"intent {hit.intent} '{hit.text}'"
    return f"{hit.kind} '{hit.text}'"


def judged_rows(corpus: Corpus, paths: Iterable[Path]) -> Iterator[tuple[Path, Judged]]:
    """Each file's rows, checked as the eval checks them (EvalError naming the file), judged."""
    for path in paths:
        rows = read_rows(path)
        try:
            check_rows(corpus, rows)
        except EvalError as error:
            raise EvalError(f"{path}:\n{error}") from None
        for row in rows:
            yield path, judge(corpus, row)


def deciders(corpus: Corpus, paths: Iterable[Path]) -> list[Decider]:
    found: dict[tuple[str, str, str, str], Decider] = {}
    for path, judged in judged_rows(corpus, paths):
        what = _what(corpus, judged)
        if what is None:
            continue
        row = judged.row
        key = (row.routine, row.state, what, judged.got)
        if key not in found:
            found[key] = Decider(row.routine, row.state, what, judged.got)
        found[key].rows.append((path, judged))
    return list(found.values())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every phrase, not the suspects")
    parser.add_argument("--rows", action="store_true", help="each suspect's rows")
    parser.add_argument("--held-out", action="store_true", help="only the held-out sets")
    parser.add_argument("--min-rows", type=int, default=3)
    parser.add_argument("--min-files", type=int, default=2)
    args = parser.parse_args(argv)
    corpus = load_corpus(CORPUS)
    try:
        found = deciders(corpus, tuning_files(args.held_out))
    except EvalError as error:
        parser.exit(1, f"{error}\n")
    shown = [d for d in found if args.all or d.suspect(args.min_rows, args.min_files)]
    shown.sort(key=lambda d: (d.agreed / len(d.rows), -len(d.rows)))
    print("routine/state\tdecided by\treaches\trows\tagreed\totherwise\telsewhere\tfiles")
    for decider in shown:
        print(
            f"{decider.routine}/{decider.state}\t{decider.what}\t{decider.reached}"
            f"\t{len(decider.rows)}\t{decider.agreed}\t{decider.otherwise}"
            f"\t{decider.elsewhere}\t{decider.files}"
        )
        if args.rows:
            for path, judged in decider.rows:
                mark = "  " if judged.right else "✗ "
                where = path.relative_to(TUNING)
                print(f"    {mark}{judged.row.answer!r} → {judged.row.expected}  ({where})")


if __name__ == "__main__":
    main()
