"""Round eleven's second English pass (rules18en): what the Cape Town tuning writer
(`eval/tuning/round11_writers/ct17.tsv`), round ten's former final set and round ten's English
writers still got wrong, fixed by kind: a branch's word inside a sentence about something else
sent to the safe path, by one named rule each (content/README.md). Examples written here, not
copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a question about the thing: the branch's word asked about, not given ------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # something said of the word after it: asked about
        ("feathers-steel/kilo", "were the feathers soaking? lol", None),
        ("feathers-steel/kilo", "is the steel rusty tho?", None),
        # a place word before it: the word is where, not what
        ("shop-green-light/spell", "eh, should i bring you bread from the shop?", None),
        ("shop-green-light/spell", "you sending me to the shop now?", None),
        ("shop-green-light/spell", "hey, were we goin shops later?", None),
        # a guess asked, not a question about the thing: still the answer
        ("feathers-steel/kilo", "is it the steel?", "steel"),
        ("feathers-steel/kilo", "the feathers?", "feathers"),
        ("feathers-steel/kilo", "is steel heavier?", "steel"),
        ("shop-green-light/spell", "s h o p?", "spelled"),
    ],
)
def test_a_question_about_the_thing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- said of the asker's: the asker's own game ("this whole bot") said to be the word -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "this quiz is a joke mate", None),
        ("joke-yolk/repeat", "honestly this whole chat is a joke", None),
        # "this" before another thing, or the word typed: still the word
        ("joke-yolk/repeat", "joke joke joke joke joke", "said_it"),
        ("joke-yolk/repeat", "there u go joke joke joke joke joke", "said_it"),
    ],
)
def test_said_of_the_askers_game(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- by one's own means: "as many as" what the speaker's own life allows --------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("how-many-birthdays/ask", "as many as my mum will bake for lol", None),
        ("how-many-birthdays/ask", "as many as we can afford to party 🥳", None),
        # a life's years counted, or the amount said: still counting years
        ("how-many-birthdays/ask", "as many as i have years", "counts_years"),
        ("how-many-birthdays/ask", "many, one a year", "counts_years"),
    ],
)
def test_by_ones_own_means(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
