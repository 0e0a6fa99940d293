"""speed21: the rules' typo readers cut with no verdict changed. Whether a word is one edit
from a candidate (a letter replaced, added or dropped, two neighbours swapped) is compared
directly (`one_edit_apart`), not through rapidfuzz's OSA.distance at ~260 ns a call (tens of
candidates a typo, each typo of the bench's worst English answer ~100 µs cold); a letter held
down is found by a pattern compiled once."""

from __future__ import annotations

from itertools import product

import pytest
from rapidfuzz.distance import OSA

from bench.engine import worst_answers
from bot.content.corpus import Corpus
from understanding.matcher import one_edit_apart


def _words(letters: str, longest: int) -> list[str]:
    return [
        "".join(chars) for size in range(longest + 1) for chars in product(letters, repeat=size)
    ]


def test_one_edit_apart_is_an_osa_distance_of_one() -> None:
    # every pair of words of up to four letters from three (a letter repeated, swapped,
    # added, dropped, replaced; the empty word): 14,641 pairs, each as rapidfuzz reads it
    words = _words("abc", 4)
    for word, other in product(words, words):
        assert one_edit_apart(word, other) == (OSA.distance(word, other) == 1), (word, other)


@pytest.mark.parametrize(
    ("word", "other", "apart"),
    [
        ("eigth", "eight", True),  # two neighbours swapped
        ("tow", "two", True),
        ("bred", "bread", True),  # a letter dropped
        ("breaad", "bread", True),  # a letter added
        ("milo", "milk", True),  # a letter replaced
        ("bread", "bread", False),  # the same word
        ("abcd", "badc", False),  # two swaps
        ("ehgit", "eight", False),  # a swap of letters not neighbours
        ("ab", "abcd", False),
    ],
)
def test_one_edit_apart_reads_typos(word: str, other: str, apart: bool) -> None:
    assert one_edit_apart(word, other) is apart
    assert one_edit_apart(other, word) is apart


def test_the_worst_english_answers_typos_read_as_before(corpus: Corpus) -> None:
    # the bench's 5,000 English characters, in its slowest state: its typos read as the
    # state's words (eigth, tow, runnn), its words and nonsense kept (sun, wukong, qzxv)
    state = corpus.routines["apples-take-away"].states["ask"]
    matcher = state.matcher
    matcher.corrections.clear()
    read = {w: matcher.correct(w) for w in ("eigth", "tow", "runnn", "sun", "wukong", "qzxv")}
    assert read == {
        "eigth": "eight",
        "tow": "two",
        "runnn": "run",
        "sun": "sun",
        "wukong": "wukong",
        "qzxv": "qzxv",
    }
    answer = worst_answers()["5,000 characters of English phrases, typos and numbers"]
    assert state.verdict(answer).branch_id is None
