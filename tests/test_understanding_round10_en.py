"""Round ten's English kinds: what two fresh voices (a Kingston taxi operator's Jamaican English
and Patois, a Singapore civil servant's Singlish; content/eval/tuning/round10_writers/README.md)
showed, fixed by class-wide words and named rules. Examples written here, not copied from the
eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the asker's plan named without "to" (Singlish, Patois) or with "later" ---------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("one-and-three/ask", "aiyo u want me say two is it. cannot lah", "saw_through"),
        ("one-and-three/ask", "mi know yuh want mi seh 2 star", "saw_through"),
        ("joke-yolk/ask", "you want me say yolk white is it", "saw_through"),
        ("three-pills/ask", "u want me say 90 one. wrong lah", "saw_through"),
        ("silk-milk/repeat", "later u ask me what cow drink one", "saw_through"),
        ("bark-for-you/ask", "later you make me bark is it", "saw_through"),
        # what the asker wants said, asked about, still names nothing
        ("one-and-three/ask", "what u want me say? 2", "two"),
    ],
)
def test_the_plan_named_without_to_or_with_later_sees_the_trick(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- words: Patois and Singlish -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "dung deh", "down"),  # Patois: down
        ("rooster-roof-egg/ask", "yuh cyaan ketch mi so easy", "saw_through"),
        ("months-28-days/ask", "yuh a try ketch mi again", "saw_through"),
        ("months-28-days/ask", "trying to catch me again ah", "saw_through"),
        ("pig-ran-away/ask", "nah man, mi nah fall fi dat one", "saw_through"),
        ("widow-sister/ask", "how mi fi know dat", "dont_know"),
        ("shop-green-light/spell", "do it yourself lah", "refuses"),
        ("shop-green-light/spell", "spell it urself", "refuses"),
        # Singlish "where got": there is no such thing
        ("rooster-roof-egg/ask", "rooster where got lay eggs one", "no_egg"),
        ("compliment-game/ask", "u fishing for compliment again", "saw_through"),
        ("compliment-game/ask", "yuh a fish fi compliment", "saw_through"),
        # the second half named before it is asked
        ("feathers-steel/kilo", "same lah, then u switch it to pounds", "saw_through"),
        ("feathers-steel/kilo", "same, after dis yuh change to pound", "saw_through"),
    ],
)
def test_patois_and_singlish_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a don't-know, then it depends: why it cannot be known, no guess ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no clue, depends on the dog innit",
        "idk lah, it depends how big",
        "how mi fi know, it depends pon di woods",
    ],
)
def test_a_dont_know_then_it_depends_is_the_dont_know(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "dog-into-woods/ask", said) == "dont_know"


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("depends on the dog", "guesses"),  # alone, a condition is still its branch's
        ("idk, pretty far i guess", "guesses"),  # a real guess beside a don't-know stands
    ],
)
def test_a_condition_alone_or_a_real_guess_still_counts(
    corpus: Corpus, said: str, branch: str
) -> None:
    assert reached(corpus, "dog-into-woods/ask", said) == branch


# -- what it is, asked with the question word last (Singlish, Patois) ------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("icup is what ah?", None),
        ("this icup is what thing? no idea", None),
        ("icup? dat a wah?", None),
        ("i c u p? a wah dat?", None),
        # said, then the question word far from it: still spelled
        ("icup is what you wanted?", "spelled"),
        ("i c u p", "spelled"),
    ],
)
def test_what_it_is_asked_last_answers_nothing(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "spell-icup/ask", said) == branch


# -- said back at the asker; an amount, not a yes ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("boo-who/boo", "boo to you too lol", None),
        ("boo-who/boo", "ya boo right back at you", None),
        ("bark-for-you/ask", "bark urself", None),
        ("boo-who/boo", "boo who?", "boo_who"),  # the next line itself still counts
        ("gullible-ceiling/ceiling", "gullible yourself", "wise"),  # a phrase of its own
    ],
)
def test_a_word_said_back_at_the_asker_answers_nothing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("u still owe me 5 grand from last week", None),
        ("grand, yeah", "yes"),  # alone, grand is still Irish yes
    ],
)
def test_grand_after_a_number_is_an_amount(corpus: Corpus, said: str, branch: str | None) -> None:
    assert reached(corpus, "silent-love/ask", said) == branch


# -- you, not I: "you know" is a filler or the asker's knowing --------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("dem pig quick you know", None),
        ("ya know, pigs r fast", None),
        ("i know", "know"),
        ("yeah i know why", "know"),
    ],
)
def test_you_know_is_not_i_know(corpus: Corpus, said: str, branch: str | None) -> None:
    assert reached(corpus, "pig-ran-away/ask", said) == branch


# -- a Patois tag: "nuh" closing a request says no no -----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("interrupting-cow/knock", "open di door nuh", None),
        ("interrupting-cow/knock", "hurry up nuh", None),
        ("interrupting-cow/knock", "nuh man", "refuses"),  # alone, still no
        ("play-water/ask", "mi seh nuh", "no"),  # said no
        ("play-water/ask", "yuh waan swim or nuh? nuh", "no"),
    ],
)
def test_a_closing_nuh_after_a_request_is_a_tag(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- corpus: looking up, in the present ---------------------------------------------------------


@pytest.mark.parametrize("said", ["ok ok i look up", "looking up now lor"])
def test_looking_up_in_the_present_is_looking(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "gullible-ceiling/ceiling", said) == "looked"


# -- a story beside a don't-know, in the don't-know's own clause -------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("dunno leh my mum always give me the yolk first", None),
        ("idk the yolk", "yolk"),  # a guess right after it stays a guess
    ],
)
def test_a_story_after_a_dont_know_in_its_clause_is_no_guess(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "joke-yolk/ask", said) == branch


# -- the asker told off: "stop asking me" is said of the asking -------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("stop asking me dem ting", None),
        ("quit bugging me about lights", None),
        ("stop, obviously", "stop"),
        ("stop the car", "stop"),
    ],
)
def test_stop_asking_me_answers_nothing(corpus: Corpus, said: str, branch: str | None) -> None:
    assert reached(corpus, "shop-green-light/light", said) == branch
