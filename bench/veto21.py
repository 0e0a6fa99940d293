"""veto21: rule "a count's doubt needs a count" (bot/content/reading._a_count_unsaid) measured
against the product without it, in-sample (every tuning set, the model learning from all of
them) and held out by rounds (round 20: the model without round20_*; rounds 18-19: without
round18_*, round19_*, round20_*), as docs/stat18.md-stat21.md read them. docs/veto21.md.

    PYTHONPATH=$PWD .venv/bin/python -m bench.veto21 [--held-out]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from bench.switch20 import learned_without
from bot.content import reading
from bot.content.corpus import Corpus, load_corpus, tuning_for
from bot.content.evaluation import evaluate, read_rows
from understanding import second_opinion

CORPUS = Path("content/jokes.yaml")
TUNING = tuning_for(CORPUS)
LANGS = ("zh-hans", "zh-hant", "en")


def sets() -> list[Path]:
    """Every tuning set: a top-level TSV, or a folder's all.tsv."""
    found = [path for path in sorted(TUNING.glob("*.tsv"))]
    found += [path / "all.tsv" for path in sorted(TUNING.iterdir()) if (path / "all.tsv").is_file()]
    return found


def cells(corpus: Corpus, path: Path) -> dict[str, tuple[int, int, int]]:
    tallies = evaluate(corpus, read_rows(path))
    return {lang: (t.rows, t.right, t.wrong_punchlines) for lang, t in tallies.items()}


def both(corpus: Corpus, path: Path) -> tuple[dict[str, tuple[int, int, int]], ...]:
    rule = reading._a_count_unsaid
    reading._a_count_unsaid = lambda *_: False  # (the product without the rule: main)
    try:
        before = cells(corpus, path)
    finally:
        reading._a_count_unsaid = rule
    return before, cells(corpus, path)


def both_a(corpus: Corpus, path: Path) -> tuple[dict[str, tuple[int, int, int]], ...]:
    """Main (learned without the pseudo-feature: `corpus`) against candidate (a), learned anew."""
    rule = reading._a_count_unsaid
    reading._a_count_unsaid = lambda *_: False
    try:
        before = cells(corpus, path)
    finally:
        reading._a_count_unsaid = rule
    return before, cells(_CANDIDATE[corpus.source], path)


_CANDIDATE: dict[str, Corpus] = {}


def line(
    name: str, before: dict[str, tuple[int, int, int]], after: dict[str, tuple[int, int, int]]
) -> str:
    parts = []
    for lang in (*LANGS, "total"):
        n, r0, w0 = before[lang]
        _, r1, w1 = after[lang]
        parts.append(
            f"{r0}/{w0} -> {r1}/{w1} of {n}" if (r0, w0) != (r1, w1) else f"{r1}/{w1} of {n}"
        )
    return f"| {name} | " + " | ".join(parts) + " |"


NO_NUMBER = "\x00no number"  # candidate (a)'s pseudo-feature, a word no answer holds
_NUMERALS = re.compile("[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅]")
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred""".split()  # noqa: SIM905
)


def _holds_a_number(words: list[str], runs: list[str]) -> bool:
    return any(_NUMERALS.search(w) or w in _NUMBER_WORDS for w in words) or any(
        _NUMERALS.search(r) for r in runs
    )


_FEATURES, _HELD = second_opinion.features, second_opinion._held


def candidate_a(on: bool) -> None:
    """Candidate (a), for measuring only: F(x) gains NO_NUMBER where x holds no number (a
    digit, a Chinese numeral, an English number word), learned and read alike (`on`; off:
    F(x) as shipped); rule (b) off either way."""
    features, held = _FEATURES, _HELD
    reading._a_count_unsaid = lambda *_: False
    if not on:
        second_opinion.features, second_opinion._held = features, held
        return

    def features_a(text: str, english: bool) -> list[str]:
        words, runs = second_opinion._tokens(text, english)
        found = features(text, english)
        return found if _holds_a_number(words, runs) else sorted([*found, f"w:{NO_NUMBER}"])

    def held_a(words: list[str], runs: list[str], model: second_opinion._Model) -> list:
        kinds = held(words, runs, model)
        row = model.words.get(NO_NUMBER)
        if row is None or _holds_a_number(words, runs):
            return kinds
        return [kinds[0], kinds[1], sorted([*kinds[2], (NO_NUMBER, row)])]

    second_opinion.features = features_a
    second_opinion._held = held_a


def learned_a(learn: Callable[[], Corpus]) -> Corpus:
    """A corpus learned with candidate (a)'s feature (the patch stays on: a model without the
    pseudo-feature reads as before, so its baseline's verdicts are unchanged)."""
    candidate_a(True)
    return learn()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--candidate", choices=("a", "b"), default="b")
    args = parser.parse_args(argv)
    held = args.held_out
    if args.candidate == "a":
        global both
        both = both_a
    print("| set | zh-hans | zh-hant | en | total |\n|---|---|---|---|---|")
    if held:
        plan = [
            (("round20_",), ["round20_final", "round20_dev", "round20_writers"]),
            (
                ("round18_", "round19_", "round20_"),
                ["round18_final", "round19_final", "round19_dev"],
            ),
        ]
        for prefixes, names in plan:
            if args.candidate == "a":
                candidate_a(False)  # the baseline learned as shipped
            corpus = learned_without(prefixes)
            if args.candidate == "a":
                _CANDIDATE[corpus.source] = learned_a(partial(learned_without, prefixes))
            for name in names:
                print(line(name, *both(corpus, TUNING / name / "all.tsv")), flush=True)
        return
    corpus = load_corpus(CORPUS)
    corpus.learn_opinions()
    if args.candidate == "a":
        _CANDIDATE[corpus.source] = learned_a(lambda: load_corpus(CORPUS).learn_opinions())
    sums = {k: [0, 0, 0, 0, 0] for k in (*LANGS, "total")}
    for path in sets():
        before, after = both(corpus, path)
        name = path.parent.name if path.name == "all.tsv" else path.name
        if before != after:
            print(line(name, before, after), flush=True)
        for lang in sums:
            sums[lang][0] += before[lang][0]
            sums[lang][1] += before[lang][1]
            sums[lang][2] += before[lang][2]
            sums[lang][3] += after[lang][1]
            sums[lang][4] += after[lang][2]
    total = {k: (v[0], v[1], v[2]) for k, v in sums.items()}
    after_total = {k: (v[0], v[3], v[4]) for k, v in sums.items()}
    print(line("all tuning sets", total, after_total))


if __name__ == "__main__":
    main()
