"""Round twenty-six's English misses by kind (verdicts26enb), from every English miss of the
tuning sets, the Guyanese writer's Creolese (content/eval/tuning/round26_writers, gt26t) first:
(a) rule "me for I, in Creole" (understanding/text.py `_patois`: "me" opening its clause or
after a joiner, before a word of patois_me_subject_before_en, is I) and "nah" before a verb of
state (patois_nah_states_en) read as dont, not wont;
(b) Creolese words and phrases (english_shorthand: fuh, fus; dialect_phrases_en: "all ah dem",
"cyan" after a subject, the unmarked "depend" before what it turns on);
(c) the corpus's clothes, breads and peaks by kind, and "you think I can't?" asked back as a yes.
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached, units

# -- (a) me for I, in Creole; nah before a state -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("me nah know", "i dont know"),  # opening, before nah; nah before a state: dont
        ("me nuh remember", "i dont remember"),
        ("how me go know", "how i go know"),  # after a joiner, before go
        ("so me is the pig now", "so im the pig now"),  # is after i: im
        ("mi nah sure", "im not sure"),  # Pidgin's table: not sure, its copula back
        ("mi nah look up", "i wont look up"),  # a doing, put off: still wont
    ],
)
def test_creole_me_is_the_subject_and_nah_before_a_state_is_dont(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("tell me nah", "tell me nah"),  # after a verb: the object
        ("me too", "me too"),
        ("give me go on", "give me go on"),
        ("me neither", "me neither"),
        ("me? no", "me ? no"),  # alone in its clause
    ],
)
def test_english_me_is_left_as_typed(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bear-colour/ask", "me nah know bai", "dont_know"),
        ("rooster-roof-egg/ask", "how me go know where egg roll", "dont_know"),
        ("joke-yolk/repeat", "me nah typing dat", "refuses"),
    ],
)
def test_creole_me_reaches_the_branch_of_the_standard_words(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) Creolese words and phrases ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("fuh true", "for true"),
        ("fus time", "first time"),
        ("one ah dem", "one of them"),
        ("none ah dem lay egg", "none of them lay egg"),
        ("i cyan do it", "i cant do it"),
        ("dem cyan lie", "they cant lie"),
        ("depend pon the weather", "depends on the weather"),
        ("e depend on how you see it", "e depends on how you see it"),
    ],
)
def test_creolese_words_and_phrases_are_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("cyan", "cyan"),  # the colour, alone
        ("cyan bricks", "cyan bricks"),
        ("ah", "ah"),
        ("ah dem again", "ah them again"),  # no count before it: ah stays
        ("like my life depend on it", "like my life depend on it"),  # no condition
    ],
)
def test_the_english_words_beside_them_are_left(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("gullible-ceiling/dict", "wait what, fuh real?", "surprised"),
        ("race-second-place/second", "fus, easy", "first"),
        ("months-28-days/ask", "every one ah dem", "all_of_them"),
        ("race-second-place/last", "dat cyan happen bai", "impossible"),
        ("rooster-roof-egg/ask", "depend on the breeze", None),  # a condition, no side
    ],
)
def test_creolese_reaches_the_branch_of_the_standard_words(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- (c) the corpus: clothes, breads, peaks; "you think I can't?" ---------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("last-thing-off/ask", "my football jersey", "clothing"),
        ("last-thing-off/ask", "me work uniform", "clothing"),
        ("last-thing-off/ask", "the gotch", "clothing"),
        ("toast-toaster/ask", "plait bread with cheese", "fancy_bread"),
        ("toast-toaster/ask", "pan de sal", "fancy_bread"),
        ("toast-toaster/ask", "salara", "fancy_bread"),
        ("tallest-mountain/ask", "mount roraima?", "other_peak"),
        ("tallest-mountain/ask", "el aripo", "other_peak"),
        ("shop-green-light/spell", "u think i cant spell?? wow", "agrees"),
        ("joke-yolk/repeat", "ya think i cant type?", "agrees"),
    ],
)
def test_the_corpus_hears_these_kinds(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("last-thing-off/ask", "no cap, nothing"),  # no cap: no lie
        ("shop-green-light/spell", "i think i cant spell it"),  # a doubt, no yes
    ],
)
def test_the_corpus_leaves_these(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None
