"""Round fourteen's rules read by a reviewer who had no part in them (docs/review-round14.md):
everyday answers a new or widened rule took wrongly, each back where a fair friend puts it,
and the rule's own cases kept. The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # B1: Kuala Lumpur's 冷 is 你 inside a branch's phrase only; in a frame 冷就说 is the cold
        ("play-water/ask", "喜欢啊 冷就说一声", "yes"),
        ("play-water/ask", "太冷就说不玩", "no"),
        # B2: "whatever I say, you'll say it's wrong" calls the game rigged, foretells no line
        ("favourite-god/ask", "观音 我说什么你都说不对", "names_god"),
        ("zodiac-belong/ask", "属猪 我说什么你都说不对", "names_sign"),
        # B3: a thing graded is what the fooled victim sees
        ("gullible-ceiling/ceiling", "its a bit faint", "sees_it"),
        ("gullible-ceiling/ceiling", "its kinda blurry", "sees_it"),
        # S1: a guess asked with no "a" answers
        ("race-second-place/second", "is it second place?", "second"),
        ("joke-yolk/ask", "is it the white?", "white"),
        # S2: 木门 is a wooden door
        ("bark-for-you/ask", "好啊 去木门外面叫", "yes"),
    ],
)
def test_an_everyday_answer_reaches_what_it_says(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("gullible-ceiling/ceiling", "its a bit cold in here"),  # more said: another word graded
        ("silent-love/ask", "you sound a bit funny"),  # a person graded
        ("joke-yolk/repeat", "is this a joke?"),  # the question's kind asked about
    ],
)
def test_the_rules_own_cases_still_answer_nothing(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) is None


def test_whatever_i_say_still_foretells_a_line(corpus: Corpus) -> None:
    state = corpus.routines["zodiac-belong"].states["ask"]
    assert "trick" in state.understand("我说什么你都会说我属于你").explain()
