"""stat25: the second opinion's veto and its switch, read held out on round 24 (docs/stat25.md).

Reads the product as on main (`reading.verdict` on the corpus whose models learned without the
held-out files, as `bench.switch20.held_out`), and for each answer the veto acted on (the safe
path, or the veto switch's label) the veto's own `Doubt` (`reading.vetoing_doubt`, on the same
corpus): its label, P, its leads over the rules' branch B and over otherwise, and the kind of
feature that decided (`kind`).

Without `--record`: round 24 held out (the bar), the product and each candidate fixed in
docs/stat25.md. With `--record`: rounds 19-23 held out, each model also without the later
rounds' files (in-sample: the candidates are chosen on them), with the vetoes that made a miss
of a right reading and those that saved a wrong punchline, counted by kind.

    PYTHONPATH=$PWD .venv/bin/python -m bench.veto25 [--record] [--only TITLE] [--cache FILE]
"""

from __future__ import annotations

import argparse
import pickle
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.stat16 import _SHARPNESS, OTHERWISE, TUNING, _own_words, read_tsv
from bench.switch20 import PRODUCT, Case, Switch, counts, learned_without, table, weigh
from bench.switch20 import _own_held as own_held
from bench.veto24 import _right, veto_line
from bot.content import reading
from bot.content.corpus import Corpus, RoutineState
from understanding.matcher import Match
from understanding.second_opinion import Doubt
from understanding.text import fold

LATER = ("round19_", "round20_", "round21_", "round22_", "round23_", "round24_")
READS = (("round 24 held out", ("round24_final", "round24_dev", "round24_writers"), ("round24_",)),)
RECORD = tuple(
    (
        f"round {k} held out (in-sample)",
        tuple(f"round{k}_{part}" for part in parts),
        LATER[k - 19 :],
    )
    for k, parts in (
        (23, ("final", "dev", "writers")),
        (22, ("final", "dev", "writers")),
        (21, ("final", "dev", "writers")),
        (20, ("final", "dev", "writers")),
        (19, ("final", "dev")),
    )
)

_LATIN = re.compile("[a-z]")
_DIGIT = re.compile("[0-9０-９]")
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "hundred",
        "thousand",
        "half",
        "once",
        "twice",
        "times",
    ]
)
_NUMBER_HAN = frozenset("一二三四五六七八九十百千万萬两兩半零〇")
_HAN = re.compile("[\u3400-\u9fff\U00020000-\U0002ffff]")


def kind_of(feature: str, chinese: bool) -> str:
    """The kind of one deciding feature (`w:` word, `b:` pair of words, `c:` characters)."""
    body = feature[2:]
    words = set(re.split(r"[^a-z0-9]+", body.lower()))
    if _DIGIT.search(body) or words & _NUMBER_WORDS:
        return "number"
    if chinese and _LATIN.search(body.lower()) and not _HAN.search(body):
        return "latin in zh"
    if _HAN.search(body):
        return "number" if all(ch in _NUMBER_HAN for ch in _HAN.findall(body)) else "han"
    return "en pair" if feature.startswith("b:") else "en word"


def kind(doubt: Doubt, lang: str) -> str:
    """The kind that decided a doubt: the kind most of its deciding features are (ties: the
    first feature's), as `Doubt.deciding` lists them."""
    chinese = lang != "en"
    kinds = [kind_of(f, chinese) for f in doubt.deciding]
    if not kinds:
        return "none"
    counted = Counter(kinds)
    top = max(counted.values())
    return next(k for k in kinds if counted[k] == top)


@dataclass(frozen=True)
class Vetoed:
    """A held-out answer; where the veto acted on it, the veto's own Doubt, the rules'
    correction marker, and each candidate's verdict (filled in while the corpus is at hand)."""

    case: Case
    doubt: Doubt | None
    corrected: str
    candidates: dict[str, str]


def taken_back(state: RoutineState, text: str, found: Match, doubt: Doubt) -> bool:
    """docs/stat25.md's candidate 1, "the answer taken back is no doubt": the rules read a
    correction by a word (`Match.corrected`, not "?" nor "…", nor "so": it brings a
    conclusion, it takes nothing back), what follows it is no way of seeing through the trick
    (the rules' branch not sharp), and the model's label is what the rules reach on the words
    before the marker (the answer taken back)."""
    marker = found.corrected
    reached = found.branch_id
    if not marker or marker in ("?", "？", "…", "so") or reached is None:
        return False
    if reached in state.sharp_labels:
        return False
    lexicon = state.matcher.lexicon
    folded = fold(text, lexicon).lower()
    place = folded.find(marker)
    if place <= 0:
        return False
    before = state.understand(folded[:place])
    return before.branch_id is not None and doubt.label in reading.same_as(state, before)


def guess_asked(state: RoutineState, text: str, found: Match, doubt: Doubt) -> bool:
    """docs/stat25.md's candidate 2, "a don't-know kept over a guess asked": the rules reached a
    don't-know (a branch whose intents hold dont_know), the model reads another branch that is
    no way of seeing through it (a guess: not otherwise, not sharp), and the answer asks
    something (holds "?" or "？")."""
    reached = found.branch_id
    label = doubt.label
    if reached is None or label == OTHERWISE or label in state.sharp_labels:
        return False
    knows = any(a.id == reached and "dont_know" in a.intents for a in state.answers)
    return knows and ("?" in text or "？" in text)


def _freed(rule: Callable[[RoutineState, str, Match, Doubt], bool]) -> Callable[..., str]:
    """A candidate that lets the rules' branch stand where `rule` holds of the veto's Doubt."""

    def verdict(
        state: RoutineState, text: str, found: Match, case: Case, doubt: Doubt | None
    ) -> str:
        if doubt is None or not rule(state, text, found, doubt):
            return case.product
        return case.rules

    return verdict


# Candidates fixed in docs/stat25.md, each a verdict from (state, text, found, case, doubt);
# read on round 24 held out once.
CANDIDATES: dict[str, Callable[[RoutineState, str, Match, Case, Doubt | None], str]] = {
    "(1) the answer taken back is no doubt": _freed(taken_back),
    "(2) a don't-know kept over a guess asked": _freed(guess_asked),
}


def read(names: Sequence[str], left_out: tuple[str, ...]) -> list[Vetoed]:
    """The held-out sets through the product (one model learned without `left_out`), each
    answer the veto acted on with its Doubt."""
    corpus: Corpus = learned_without(left_out)
    kept = []
    for name in names:
        for row in read_tsv(TUNING / name / "all.tsv"):
            state = corpus.routines[row.routine].states[row.state]
            found = state.understand(row.answer)
            rules = found.branch_id or OTHERWISE
            given = reading.verdict(state, row.answer)
            product = given.branch_id or OTHERWISE
            right = _SHARPNESS.same(row.routine, row.state, product, row.expected)
            opinion = state.opinion
            same = _SHARPNESS.labels_like(row.routine, row.state, rules)
            evidence = weigh(opinion, row.answer, same) if opinion is not None else None
            vetoed = bool(given.doubted)
            own, own_kind = _own_words(row, rules) if rules != OTHERWISE else (None, "")
            held = own_held(row, own, own_kind)
            case = Case(name, row, rules, product, right, vetoed, held, evidence)
            doubt = None
            if rules != OTHERWISE and product != rules:
                doubt = reading.vetoing_doubt(state, row.answer, found, rules)
            moved = {
                title: chosen(state, row.answer, found, case, doubt)
                for title, chosen in CANDIDATES.items()
            }
            kept.append(Vetoed(case, doubt, found.corrected, moved))
    return kept


@dataclass(frozen=True)
class Candidate(Switch):
    """A candidate fixed in docs/stat25.md, read from what `read` kept."""

    name: str = ""

    def describe(self) -> str:
        return self.name

    def verdict(self, case: Case) -> str:
        seen = _SEEN.get(id(case))
        return case.product if seen is None else seen.candidates.get(self.name, case.product)


_SEEN: dict[int, Vetoed] = {}


def describe(seen: Vetoed) -> str:
    assert seen.doubt is not None
    said = ", ".join(f[2:] for f in seen.doubt.deciding)
    marker = f"; corrected after {seen.corrected!r}" if seen.corrected else ""
    return veto_line(
        seen.case, seen.doubt, f"{kind(seen.doubt, seen.case.row.lang)}: {said}{marker}"
    )


def moves(found: Sequence[Vetoed]) -> None:
    """Question 1: the veto's and the switch's moves, each by the kind that decided."""
    groups = (
        (
            "vetoed a right reading (a miss the veto made)",
            lambda c: _right(c, c.rules) and not c.right,
        ),
        ("stood against a rules' branch not the writer's", lambda c: not _right(c, c.rules)),
    )
    for title, chosen in groups:
        picked = [s for s in found if s.doubt is not None and chosen(s.case)]
        by_kind = Counter(kind(s.doubt, s.case.row.lang) for s in picked if s.doubt)
        print(f"#### {title}: {len(picked)}; by kind {dict(by_kind.most_common())}\n")
        for seen in sorted(picked, key=lambda s: s.doubt.lead if s.doubt else 0):
            outcome = (
                "right"
                if seen.case.right
                else ("safe" if seen.case.product == OTHERWISE else "WRONG")
            )
            print(f"  {outcome} " + describe(seen))
        print()
    switched = [s for s in found if s.doubt is not None and s.case.product != OTHERWISE]
    right = sum(s.case.right for s in switched)
    print(f"#### the switch's moves: {len(switched)}, {right} right\n")
    for seen in switched:
        print(f"  {'right' if seen.case.right else 'WRONG'} " + describe(seen))
    print()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="rounds 19-23, in-sample")
    parser.add_argument("--only", help="only the read whose title starts so")
    parser.add_argument("--cache", type=Path, help="keep the reads here (a pickle)")
    options = parser.parse_args(argv)
    reads = [
        r for r in (RECORD if options.record else READS) if r[0].startswith(options.only or "")
    ]
    if options.cache and options.cache.exists():
        found = pickle.loads(options.cache.read_bytes())
    else:
        found = {title: read(names, left_out) for title, names, left_out in reads}
        if options.cache:
            options.cache.write_bytes(pickle.dumps(found))
    shown: list[Switch] = [PRODUCT, *(Candidate("product", name=name) for name in CANDIDATES)]
    for title, names, _ in reads:
        seen = found[title]
        _SEEN.update((id(s.case), s) for s in seen)
        cases = [s.case for s in seen]
        table(f"{title}: " + ", ".join(names), cases, shown)
        counts(cases, shown, names)
        moves(seen)
        for candidate in shown[1:]:
            print(f"#### moved by {candidate.describe()}\n")
            for s in seen:
                got = candidate.verdict(s.case)
                if got != s.case.product:
                    mark = (
                        "right"
                        if _right(s.case, got)
                        else ("safe" if got == OTHERWISE else "WRONG")
                    )
                    print(
                        f"  {mark} {s.case.row.answer!r} expected {s.case.row.expected}: "
                        f"{s.case.product} → {got}"
                    )
            print()


if __name__ == "__main__":
    main()
