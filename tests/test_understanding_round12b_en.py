"""Round twelve's second tuning writers, English (no20, a New Orleans line cook), tuned on by
kind (rules20en). Each said in words written for this file, not the writer's sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a branch's word inside a sentence about something else: the safe path ------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # rule "what it is, asked back": the kind of it asked, and the guess asked after it
        ("shop-green-light/spell", "what kind of shop, a corner shop?"),
        ("shop-green-light/spell", "which kinda shop tho"),
        # rule "an amount asked" (how many), and so a condition never raised
        ("how-many-birthdays/ask", "depends how many presents u got"),
        ("how-many-birthdays/ask", "how many do u want me to have lol"),
        # rule "the asker told off": a bare "dont" telling the asker off
        ("play-water/ask", "ugh dont remind me, the basement flooded again"),
        ("play-water/ask", "the sink broke today so dont even ask me"),
        # rule "a pet name": the branch's word calling the asker, then the speaker's own news
        ("boo-who/boo", "boo we talked about this"),
        ("boo-who/boo", "boo im still at work"),
    ],
)
def test_a_word_in_a_sentence_about_something_else(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the same words, answering
        ("shop-green-light/spell", "shop", "spelled"),
        ("how-many-birthdays/ask", "depends how long they live", "counts_years"),
        ("how-many-birthdays/ask", "as many as years they live", "counts_years"),
        ("play-water/ask", "i dont", "no"),
        ("bark-for-you/ask", "dont bark for me", "no"),
        ("boo-who/boo", "boo?", "boo_who"),
        ("boo-who/boo", "boo who", "boo_who"),
    ],
)
def test_the_same_words_still_answer(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- the trick named beside an answer: the naming wins ------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "then make me …" is a mention frame: the trick told in order, then refused
        ("bark-for-you/ask", "first a woof from u then make me bark twice? not today"),
        ("bark-for-you/ask", "one woof then make me bark, no chance"),
        # the asker's aim named, the build-up seen (trick words)
        ("compliment-game/ask", "ur fishing for a compliment"),
        ("greenhouse-bricks/green", "i could tell you were building up to that"),
        # "gon" (Southern, AAVE) is "going to": "u gon say" is a mention frame
        ("toast-toaster/repeat", "so next u gon say toast huh"),
        # the give-away with the -s dropped (toast-toaster)
        ("toast-toaster/repeat", "what go in a toaster, bread duh, skip"),
    ],
)
def test_the_trick_named_beside_an_answer_wins(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- misses: the branch meant ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # rule "an exception named": the other branch's word after "unless"
        ("shop-green-light/light", "go, unless a kid runs out and i stop", "go"),
        # running away, US slang
        ("imagine-chase/ask", "haul ass to the truck", "run"),
        # the hole's volume worked out in other units
        ("hole-dirt/ask", "roughly 200 cubic feet", "calculates"),
        # rule "the word declined": a warm-up's word, not to be typed, is a refusal
        ("silk-milk/repeat", "im not typing silk, my thumbs hurt", "refuses"),
        ("silk-milk/repeat", "cant be typin silk at work", "refuses"),
        ("joke-yolk/repeat", "not spellin joke for nobody", "refuses"),
        ("silk-milk/repeat", "silk silk silk silk silk", "said_it"),
        # no lawyer, so no idea (Pidgin "no be"; "ask a lawyer")
        ("widow-sister/ask", "me i no be lawyer abeg", "dont_know"),
        ("widow-sister/ask", "go ask a lawyer mate", "dont_know"),
        ("boo-who/boo", "booo whoo lol", "boo_who"),
    ],
)
def test_the_branch_meant(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
