"""speed28: the second opinion's fallback builds no Reading for an answer too short to be
taken. Most answers the rules send to otherwise are a few characters (143 of the 148 of the
eval set the fallback read held under its floor of 30 features), and each was split into
words and runs (NFKC, casefolding, a conversion to Simplified, two regexes' passes) and kept as
a Reading only to be let go; a bound on the text (`_at_most`) lets them go first. No verdict
moves: the bound is never under the count the Reading makes, and each test fails where its
line is broken."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import opencc
import pytest

from bot.content.corpus import DEFAULT_TUNING, OTHERWISE, Corpus, LabelledAnswers
from bot.content.evaluation import read_rows
from understanding.second_opinion import (
    FALLBACK_MIN_FEATURES,
    MAX_READ,
    SecondOpinion,
    _at_most,
    _most,
    _tokens,
    english,
)

# texts that fold longer (NFKC: ﬃ, ㍿; casefolding: ß), Traditional ones OpenCC converts
# (phrases among them), and long ones past MAX_READ
ODD = [
    "Straße straße",
    "ﬃ ﬃx",
    "㍿㍿ 株式会社",
    "對方向你丟了十把刀，你接住了兩把",
    "深沈找藉口答覆瞭解",
    "我 love 你 ok 123",
    "!!! ...",
    "了" * 300,
    "yes no " * 100,
]


@pytest.fixture(scope="module")
def labelled(corpus: Corpus) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    return LabelledAnswers(DEFAULT_TUNING, corpus.routines).by_state


def test_the_bound_is_never_under_the_count_of_every_tuning_answer() -> None:
    """`_at_most` of a text is at least `_most` of the words and runs a Reading splits it into,
    for every distinct answer of the tuning sets, read as its model reads it (English or
    Chinese), and for texts that fold longer; English, where no run is read, exactly."""
    answers = {row.answer for path in DEFAULT_TUNING.rglob("*.tsv") for row in read_rows(path)}
    assert len(answers) > 50_000
    under, inexact = [], []
    for text in sorted(answers) + ODD:
        family = english(text[:MAX_READ])
        words, runs = _tokens(text, family)
        most, bound = _most(words, runs, family), _at_most(text, family)
        if bound < most:
            under.append(text)
        if family and bound != most:
            inexact.append(text)
    assert under == [] and inexact == []


def test_the_bound_lets_short_answers_go() -> None:
    """The bound is tight enough to matter: a Chinese answer of up to 9 characters and an
    English one of up to 12 are under the fallback's floor without a Reading."""
    assert _at_most("你吃了几把刀啊啊啊", False) < FALLBACK_MIN_FEATURES
    assert _at_most("no idea mate", True) < FALLBACK_MIN_FEATURES
    assert _at_most("你吃了几把刀啊啊啊啊", False) >= FALLBACK_MIN_FEATURES


def test_a_short_answer_is_let_go_with_no_reading_built(corpus: Corpus) -> None:
    """The fallback on an answer too short to be taken builds no Reading (the last one read
    stays); a long one is read, and kept for the next use on the same answer."""
    state = corpus.routines["three-pills"].states["ask"]
    opinion = state.opinion
    assert opinion is not None
    before = opinion.read("an answer read before")
    for short in ("idk", "no idea", "不知道", "唔知啊"):
        assert opinion.fallback(short, state.sharp_labels, OTHERWISE) is None
        assert opinion.last is before, short
    long = "ah you switched it on me, it was never about the pills at all was it, I caught that"
    opinion.fallback(long, state.sharp_labels, OTHERWISE)
    assert opinion.last is not None and opinion.last.text == long


@pytest.mark.parametrize(
    "where",
    [
        "three-pills/ask",
        "forget-pig/ask",
        "toast-toaster/ask",
        "ten-knives/ask",
        "silk-milk/repeat",
    ],
)
def test_the_fallback_takes_what_a_full_reading_takes(
    corpus: Corpus, labelled: dict[tuple[str, str], tuple[tuple[str, str], ...]], where: str
) -> None:
    """On each labelled answer of the state (and the odd texts), the fallback with its first
    test takes what it takes on the answer already read (a Reading built first, counted
    exactly): the same label, confidence and deciding features, or nothing in both."""
    routine, name = where.split("/")
    state = corpus.routines[routine].states[name]
    opinion = SecondOpinion(labelled[(routine, name)])
    allowed = state.sharp_labels
    for text in [text for text, _ in labelled[(routine, name)]] + ODD:
        opinion.last = None
        tested = opinion.fallback(text, allowed, OTHERWISE)
        opinion.last = None
        opinion.read(text)  # read first: the fallback counts it exactly, with no first test
        exact = opinion.fallback(text, allowed, OTHERWISE)
        assert (tested and tested.describe()) == (exact and exact.describe()), text


def test_opencc_t2s_lengthens_no_text(tmp_path: Path) -> None:
    """What `_at_most` relies on for a Chinese text: every dictionary OpenCC's t2s reads (its
    normalisation and conversion chain) maps each key to candidates no longer than it, so a
    converted text is no longer than the text."""
    package = Path(opencc.__file__).parent / "clib"
    tool, share = package / "bin" / "opencc_dict", package / "share" / "opencc"
    if not (tool.exists() and (share / "t2s.json").exists()):
        pytest.skip("this OpenCC ships no opencc_dict or t2s.json to read its dictionaries with")
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                files.append(node["file"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(config)
    assert len(files) >= 3
    longer = []
    for name in files:
        dumped = tmp_path / f"{name}.txt"
        subprocess.run(
            [tool, "-i", share / name, "-o", dumped, "-f", "ocd2", "-t", "text"],
            check=True,
            timeout=60,
        )
        for line in dumped.read_text(encoding="utf-8").splitlines():
            key, candidates = line.split("\t")
            longer += [(name, key, c) for c in candidates.split(" ") if len(c) > len(key)]
    assert longer == []
