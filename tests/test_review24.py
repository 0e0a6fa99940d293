"""Review24's should-fixes in the understanding library: word lists moved from code to
content/lexicon.yaml, and helpers that said one thing twice made one. No verdict changes; each
test pins that the rule now reads the data (or the one helper), beside an input it leaves."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.matcher import Branch, Matcher

# -- rule "a why at the asker" reads lexicon.askers_named ------------------------------------

WHY = [Branch("dont_know", ("why",)), Branch("ran", ("ran away", "escaped"))]


def test_the_askers_named_after_a_why_are_the_lexicons() -> None:
    asked = "why u always on about pigs man"  # u folds to you: the asker named
    assert Matcher(WHY, lexicon=LEXICON).match(asked).branch_id is None
    # a lexicon whose askers_named lacks "you" reads the why as the branch's own
    fewer = replace(LEXICON, askers_named=LEXICON.askers_named - {"you"})
    assert Matcher(WHY, lexicon=fewer).match(asked).branch_id == "dont_know"


def test_a_why_with_the_questions_story_stands() -> None:
    # the neighbour: no asker named after the why, whatever the list holds
    assert Matcher(WHY, lexicon=LEXICON).match("why did it run away").branch_id == "dont_know"


# -- rule "a don't-know after, taking it back" tells a Chinese clause by _holds -----------------


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("关公？估唔到", "dont_know"),  # "cannot guess it" after a Chinese guess asked: none made
        ("关公？不知道", "names_god"),  # a bare don't-know only hedges the guess asked
    ],
)
def test_cannot_guess_it_after_a_chinese_guess_asked(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert reached(corpus, "favourite-god/ask", answer) == branch
