"""Review of round twenty-one's change (branch review21): answers of our own, in Simplified,
Taiwan and Hong Kong Chinese, that the round's new rules and words read as a punchline they
were not meant for, each pinned beside one the rule must still read as before: the shipped
corpus and lexicon through the real matcher (the rules' own verdict)."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("state", "answer"),
    [
        # rule "the joke new to them": 这个梗 (verdicts21hans) named a joke the speaker says
        # they never heard, which sees nothing through
        ("lost-deer/ask", "这个梗没听过，是啥"),
        ("lost-deer/ask", "這個梗我沒聽過耶"),
        ("lost-deer/ask", "呢個梗未聽過喎"),
        ("lost-deer/ask", "这梗我没听说过"),
        ("want-drink/ask", "这个梗我没见过"),
    ],
)
def test_a_joke_new_to_them_names_no_trick(corpus: Corpus, answer: str, state: str) -> None:
    assert reached(corpus, state, answer) != GIVE_AWAY


@pytest.mark.parametrize(
    ("state", "answer"),
    [
        ("lost-deer/ask", "这个梗我听过"),
        ("zodiac-belong/ask", "属于你是吧 这个梗好土"),
        ("want-drink/ask", "呵护我？这个梗我看过"),
    ],
)
def test_a_joke_met_before_still_sees_through(corpus: Corpus, answer: str, state: str) -> None:
    assert reached(corpus, state, answer) == GIVE_AWAY
