"""speed20: the second opinion's worst answers cut with no verdict changed. Every use of a
state's opinion on an answer reads it through one `Reading` (built as far as a use asks, kept
for the next use on the same answer); the features the model holds are found without
building those it cannot hold (every n-gram, word and pair inside a held feature is held);
the fallback counts |F(x)| only up to its floor; and a text of any length is checked for a
character OpenCC changes before it is converted."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bench.engine import worst_answers
from bot.content.corpus import DEFAULT_TUNING, OTHERWISE, Corpus, LabelledAnswers
from bot.content.evaluation import read_rows
from tests.support.opinion_reference import ReferenceOpinion
from understanding.second_opinion import MAX_READ, SecondOpinion, english, features
from understanding.text import HAN_CLASS, _converter, to_simplified

# States whose models hold ways of seeing through the trick (the fallback's labels), among
# them those the bench's worst answers cost most in (three-pills, imagine-chase, forget-pig)
FALLBACK_STATES = [
    "feathers-steel/pound",
    "three-pills/ask",
    "imagine-chase/ask",
    "forget-pig/ask",
    "toast-toaster/ask",
    "silk-milk/repeat",
]


@pytest.fixture(scope="module")
def labelled(corpus: Corpus) -> dict[tuple[str, str], list[tuple[str, str]]]:
    return LabelledAnswers(DEFAULT_TUNING, corpus.routines).by_state


def _long_answers(pairs: list[tuple[str, str]]) -> list[str]:
    """The bench's worst answers, and labelled answers said over and over past MAX_READ."""
    long = list(worst_answers().values())
    return long + [(text + " ") * (400 // len(text) + 1) for text, _ in pairs[::20]]


@pytest.mark.parametrize("where", FALLBACK_STATES)
def test_the_fallback_takes_what_the_equations_take(
    corpus: Corpus, labelled: dict[tuple[str, str], list[tuple[str, str]]], where: str
) -> None:
    """The fallback, counting |F(x)| only to its floor and building only held features,
    takes what the first representation takes (every feature built and counted), with the
    same confidence and deciding features, on labelled answers and long ones."""
    routine, name = where.split("/")
    state = corpus.routines[routine].states[name]
    pairs = labelled[(routine, name)]
    lean, first = SecondOpinion(pairs), ReferenceOpinion(pairs)
    allowed = state.sharp_labels
    taken = 0
    for text in _long_answers(pairs) + [text for text, _ in pairs[::3]]:
        took, was = (
            lean.fallback(text, allowed, OTHERWISE),
            first.fallback(text, allowed, OTHERWISE),
        )
        assert (took is None) == (was is None), text[:60]
        if took is not None and was is not None:
            assert (took.label, took.confidence, took.deciding) == (
                was.label,
                was.confidence,
                was.deciding,
            )
            taken += 1
    assert taken > 0


def test_every_feature_inside_a_held_one_is_held(
    labelled: dict[tuple[str, str], list[tuple[str, str]]],
) -> None:
    """What `Reading` prunes by: a model holds every feature of each answer it learned from,
    so each n-gram inside a held n-gram (a 4-gram's two 3-grams, a 3-gram's two 2-grams, a
    2-gram's characters: the same word or run) and each word of a held pair is held too."""
    checked = 0
    for key in sorted(labelled)[::4]:
        for model in SecondOpinion(labelled[key]).models.values():
            for gram in model.grams:
                # (an English model's n-grams are 3 and 4 characters long: only 4-grams hold
                # n-grams of the model's; a Chinese model's are 1 to 3)
                if len(gram) > (3 if model.english else 1):
                    assert gram[:-1] in model.grams and gram[1:] in model.grams, gram
                    checked += 1
            for pair in model.pairs:
                first, second = pair.split(" ")
                assert first in model.words and second in model.words, pair
    assert checked > 10_000


def test_holds_at_least_counts_every_feature(
    labelled: dict[tuple[str, str], list[tuple[str, str]]],
) -> None:
    """`Reading.holds_at_least(n)` is |F(x)| ≥ n, held features or not, wherever it stops
    counting: on labelled answers, long ones, and answers that fold longer or hold no word."""
    pairs = labelled[("three-pills", "ask")] + labelled[("forget-pig", "ask")]
    opinion = SecondOpinion(pairs)
    texts = [text for text, _ in pairs[::5]] + _long_answers(pairs[::5])
    texts += ["Straße straße", "ﬃ ﬃx", "㍿㍿ 株式会社", "!!! ...", "a", "a b", "了" * 300]
    for text in texts:
        read = opinion.read(text)
        assert read is not None
        size = len(features(text, english(text[:MAX_READ])))
        for least in (0, 1, 2, 10, 29, 30, 31, 60, size, size + 1):
            assert read.holds_at_least(least) == (size >= least), (text[:40], least, size)


def test_a_second_use_on_the_same_answer_reads_it_no_more(corpus: Corpus) -> None:
    """The veto, the fallback and any further use share one reading of an answer: asked
    again of the same answer, the opinion hands back the reading it built, its features and
    scores as they were; another answer is read anew."""
    state = corpus.routines["three-pills"].states["ask"]
    opinion = state.opinion
    assert opinion is not None
    text = worst_answers()["5,000 characters of English phrases, typos and numbers"]
    opinion.doubt(text, "x", {"x"})  # a branch the model never read: it weighs the answer
    read = opinion.last
    assert read is not None and read.text == text[:MAX_READ]
    rows, scores = read.rows(), read.scores()
    assert opinion.fallback(text, state.sharp_labels, OTHERWISE) is None
    assert opinion.read(text) is read and opinion.last is read
    assert read.rows() is rows and read.scores() is scores
    assert opinion.read("three") is not read


def test_a_long_text_is_checked_before_it_is_converted(
    labelled: dict[tuple[str, str], list[tuple[str, str]]],
) -> None:
    """A text OpenCC would leave as it is, however long, is returned as it is, not
    converted; every labelled answer (and one said over and over) folds as OpenCC folds it."""
    simplified = worst_answers()["5,000 CJK characters rich in phrases and numerals"][:384]
    assert to_simplified(simplified) is simplified
    answers = {row.answer for path in DEFAULT_TUNING.rglob("*.tsv") for row in read_rows(path)}
    chinese = sorted(text for text in answers if not english(text))
    assert len(chinese) > 10_000
    for text in chinese + [text * 6 for text in chinese[::50]]:
        assert to_simplified(text) == _converter().convert(text), text


def test_an_ascii_answer_is_english_and_its_own_nfkc_form() -> None:
    """What `english` and `_tokens` skip their scans by: no ASCII character is Chinese or
    changes under NFKC; a text with one character past ASCII is scanned as before."""
    every = "".join(chr(code) for code in range(128))
    assert unicodedata.is_normalized("NFKC", every) and english(every)
    for text in ["no way 八", "ＡＢＣ", "ﬃ", "ok 😂", "ok"]:
        assert english(text) == (re.search(f"[{HAN_CLASS}]", text) is None), text
    assert features("ＯＫ ﬃ", True) == features("ok ffi", True)
