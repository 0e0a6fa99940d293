"""Round twenty-seven's English dialect kinds (verdicts27endialect), from round twenty-six's
final set (content/eval/tuning/round26_final/README.md, "What went wrong, by kind": Hull,
Bajan, El Paso Spanish, New Zealand) and every English dialect miss of the tuning sets:
(a) rule "am for I'm" (understanding/text.py `_am_for_im`: "am" opening its clause, or after a
joiner or a reason, before no subject);
(b) dialect spellings of common words (english_shorthand: Hull's "ner", "yerk"; Caribbean
"doan", "mus", "gine"; "cole" is english_lookalikes_en's since verdicts28endialect; Northern "nithered", "parky") and the rhetorical "how I must
know" left uninverted;
(c) Spanish in a US English (shorthand: "frio", "abajo", "quien"; dialect phrases "no se",
"la clara", "quien es"; "simon" yes only alone);
(d) Tagalog words in a Filipino English (cold, water, milk, run, same);
(e) Scouse "do one" and "cbf" as refusals; "mean" as praise after a verb of doing well.
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached, units

# -- (a) am for I'm ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("am knackered", "im knackered"),  # opening its clause
        ("cos am the best", "cos im the best"),  # after a reason
        ("tell me when am done", "tell me when im done"),  # after a joiner
    ],
)
def test_am_where_no_subject_can_be_before_it_is_im(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


def test_scots_am_no_is_still_read_as_not() -> None:
    """The Scots rule reads "am no" before this one does; read as "im", it stays "not"."""
    assert " ".join(units("aye but am no daft")) == "aye but im not daft"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("am i the pig", "am i the pig"),  # asked, its subject after it
        ("so am i", "so am i"),  # agreeing, inverted
        ("i am the pig", "i am the pig"),  # its subject before it
        ("at 6 am today", "at 6 am today"),  # the time of day, after a number
        ("what am i, a genius", "what am i a genius"),
    ],
)
def test_english_am_is_left_as_typed(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("pig-ran-away/ask", "am the pig arent i", "saw_through"),
        ("pig-ran-away/ask", "and am the pig, i see", "saw_through"),
        ("pig-ran-away/ask", "so am the pig then", "saw_through"),
    ],
)
def test_am_for_im_reaches_the_branch_of_the_standard_word(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) dialect spellings of common words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("ner, not today", "no not today"),  # Hull's ner
        ("doan know", "dont know"),  # Caribbean oa, final t dropped
        ("how i mus know dat", "how i must know that"),
        ("proper parky out", "proper cold out"),
    ],
)
def test_dialect_spellings_are_read_as_the_standard_word(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("gullible-ceiling/dict", "ner, not heard of it", "says_no"),
        ("play-water/ask", "ner ta", "no"),
        ("silk-milk/ask", "milk... ner, water", "water"),  # ner corrects, as no does
        ("apples-take-away/ask", "3... ner 4", "four"),
        ("joke-yolk/ask", "the yerk", "yolk"),
        ("opposite-genius/hot", "nithered", "cold"),
        ("bear-colour/ask", "a doan know", "dont_know"),
        ("bear-colour/ask", "how i mus know dat", "dont_know"),
        ("electric-train/ask", "how i gine know", "dont_know"),
    ],
)
def test_dialect_spellings_reach_the_branch_of_the_standard_word(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (c) Spanish in a US English -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/hot", "hace frío", "cold"),  # as a Spanish keyboard types it
        ("opposite-genius/up", "pa abajo", "down"),
        ("boo-who/knock", "quién es?", "whos_there"),
        ("bear-colour/ask", "no sé, la neta", "dont_know"),
        ("joke-yolk/ask", "la clara", "white"),
        ("silk-milk/ask", "leche", "milk"),
        ("imagine-chase/ask", "corro", "run"),
        ("play-water/ask", "simón", "yes"),
        ("play-water/ask", "sí", "yes"),
        ("bear-colour/ask", "no lo sé", "dont_know"),
        ("joke-yolk/ask", "yema", "yolk"),
        ("rooster-roof-egg/ask", "a la izquierda", "picks_side"),
        ("play-water/ask", "para nada", "no"),
        ("play-water/ask", "nel", "no"),
    ],
)
def test_spanish_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_simon_in_a_longer_clause_is_a_name() -> None:
    assert " ".join(units("simon says no")) == "simon says no"


def test_simon_in_a_longer_clause_is_no_yes(corpus: Corpus) -> None:
    assert reached(corpus, "play-water/ask", "simon says no") == "no"


# -- (d) Tagalog in a Filipino English ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/hot", "malamig", "cold"),
        ("silk-milk/ask", "tubig po", "water"),
        ("imagine-chase/ask", "takbo po", "run"),
        ("rooster-roof-egg/ask", "sa kaliwa", "picks_side"),
    ],
)
def test_tagalog_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (e) refusals and praise in dialect -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "do one mate", "refuses"),
        ("silk-milk/repeat", "cbf mate", "refuses"),
        ("compliment-game/ask", "you play a mean game of pool", "compliment"),
    ],
)
def test_dialect_refusals_and_praise_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_a_mean_thing_said_is_no_praise(corpus: Corpus) -> None:
    assert reached(corpus, "compliment-game/ask", "that was a mean thing to say") is None
