"""Round nine's English kinds: what round eight's final set (now tuned on) and three fresh voices
(Essex, a New Jersey diner owner, Dhaka; content/eval/tuning/round9_writers/README.md) showed,
fixed by class-wide words and rules: an easy question scorned after the answer names no trick;
a thumb that skips the one vowel of a short word of the state's own; a name called beside the
answer; a place been to is talked about, not answered. Examples written
here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch


def reached(corpus: Corpus, where: str, said: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(said).branch_id


# -- answered, then scorned: "think im stupid" after an answer names no trick -----------------

BETWEEN = matching(
    [
        Branch("two", ("two",), number="2", lands=True),
        Branch("and", ("and",), intents=("trick",)),
    ],
    ['What\'s between "one" and "three"?'],
)


@pytest.mark.parametrize(
    "said",
    [
        "2 obvs, do u think im stupid",
        "two innit, do i look daft",
        "2. u think im stupid or what",
    ],
)
def test_an_answer_then_scorn_for_an_easy_question_is_the_answer(said: str) -> None:
    assert picks(BETWEEN, said) == "two", BETWEEN.match(said).explain()


@pytest.mark.parametrize(
    "said", ["do u think im stupid", "think im daft? its and", "do i look daft"]
)
def test_scorn_alone_or_before_the_answer_still_sees_the_trick(said: str) -> None:
    assert picks(BETWEEN, said) == "and", BETWEEN.match(said).explain()


# -- a thumb skipping the one vowel of a short word ---------------------------------------------

DRINK = matching(
    [Branch("milk", ("milk",), lands=True), Branch("water", ("water",), lands=True)],
    ["What do cows drink?"],
)


@pytest.mark.parametrize("said", ["mlk", "mlk obvs"])
def test_a_vowel_skipped_in_a_short_word_of_the_state_is_that_word(said: str) -> None:
    assert picks(DRINK, said) == "milk", DRINK.match(said).explain()


@pytest.mark.parametrize("said", ["mik", "mlkk", "lmk"])
def test_other_short_slips_are_not_guessed(said: str) -> None:
    assert picks(DRINK, said) is None, DRINK.match(said).explain()


def test_a_skipped_vowel_two_words_could_fill_is_no_guess(corpus: Corpus) -> None:
    # stp: stop or step, both words of the green-light state's phrases: no guess
    assert reached(corpus, "shop-green-light/light", "stp") is None


# -- the other one described, after a name called ----------------------------------------------


@pytest.mark.parametrize(
    "said", ["bread you plonker, toast is what you get", "bread ya numpty. toast is after"]
)
def test_an_answer_then_a_name_then_the_other_described_is_the_answer(
    corpus: Corpus, said: str
) -> None:
    assert reached(corpus, "toast-toaster/ask", said) == "bread"


def test_an_answer_beside_words_that_are_no_name_stays_torn(corpus: Corpus) -> None:
    assert reached(corpus, "toast-toaster/ask", "bread you, toast is what you get") is None


# -- a place been to: talked about, not the answer ----------------------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("ive been to paris, lovely spot", None),
        ("visited paris in 2019, great croissants", None),
        ("paris, been there twice", "no_capital"),  # said first, not after the lead
    ],
)
def test_a_place_been_to_is_talked_about_not_answered(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "capital-of-paris/paris", said) == branch


# -- shorthand, dialect and slang words ---------------------------------------------------------


def test_whaddya_is_what_do_you() -> None:
    assert units("whaddya reckon") == ["what", "do", "you", "reckon"]


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("boo-who/boo", "whaddya mean boo, mate", None),  # asked back, not the next line
        ("dark-room-match/ask", "ion sure tbh", "dont_know"),  # AAVE: I ain't sure
        ("dark-room-match/ask", "ian sure fam", "dont_know"),
        ("widow-sister/ask", "id have to ask my solicitor", "dont_know"),
        ("play-water/ask", "na re, water is too cold for me", "no"),  # Bengali: no, friend
        ("toast-toaster/repeat", "on the bus, cant rn", "refuses"),
        ("toast-toaster/repeat", "not rn love", "refuses"),
        ("boo-who/knock", "ugh not again please", "refuses"),
        ("interrupting-cow/knock", "not again please", "refuses"),
        ("feathers-steel/kilo", "seen this one before lol", "saw_through"),
        ("feathers-steel/kilo", "ugh this one again", "saw_through"),
        ("compliment-game/ask", "u look reem today", "compliment"),  # Essex: great
        ("compliment-game/ask", "you've got a wicked sense of humour", "compliment"),
        ("last-thing-off/ask", "my false lashes", "clothing"),
        ("last-thing-off/ask", "the apron after a long shift", "clothing"),
        ("dog-into-woods/ask", "until he sees a rabbit probably", "guesses"),
        ("dog-into-woods/ask", "till it gets bored of sniffing", "guesses"),
        ("play-water/ask", "sure nuff, love a swim", "yes"),  # Southern US
        ("play-water/ask", "oh you know it", "yes"),
        ("play-water/ask", "hya, pool e jabo", "yes"),  # Bengali
        ("play-water/ask", "ekdom na, water is scary", "no"),
        ("play-water/ask", "whey aye, the beach is class", "yes"),  # Geordie
        ("play-water/ask", "yis bro", "yes"),  # New Zealand
        ("play-water/ask", "nup, too cold", "no"),  # Australia
        ("play-water/ask", "opo, every summer", "yes"),  # Filipino English
        ("play-water/ask", "hindi po, i get sick", "no"),
        ("dark-room-match/ask", "dang if i know", "dont_know"),
        ("dark-room-match/ask", "jani na re", "dont_know"),  # Bengali: I don't know
        ("dark-room-match/ask", "ewan ko sayo", "dont_know"),  # Tagalog: who knows
        ("dark-room-match/ask", "not the faintest, sorry", "dont_know"),
        ("dark-room-match/ask", "blowed if i know", "dont_know"),  # Yorkshire
        ("toast-toaster/repeat", "fuggedaboudit", "refuses"),  # New York
        ("play-water/ask", "huh? im in class till 4", None),  # where one is: no "im in"
        ("play-water/ask", "im in!", "yes"),
        ("toast-toaster/repeat", "baad de yaar", "refuses"),  # Bengali: leave it
        ("pig-ran-away/why", "hold on, i see what you did", "saw_through"),
        ("imagine-chase/ask", "simple, i'd quit imaginin", "saw_through"),
        # the wind says which side: the egg is believed in
        # (wp26: "depends which way the wind's going", the bare hedge, is no side: the writers
        # from round 15 on label it otherwise, as the corpus reads "depends on the wind")
        ("rooster-roof-egg/ask", "whichever way the wind's going", "picks_side"),
        ("rooster-roof-egg/ask", "depends on the wind direction innit", "picks_side"),
    ],
)
def test_dialect_and_slang_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
