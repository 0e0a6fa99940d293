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


@pytest.mark.parametrize(
    ("state", "answer", "branch"),
    [
        # "what is your flaw?" asked back names none (是你的缺点 without 就 no longer a phrase)
        ("my-flaw/guess", "什么是你的缺点？", None),
        ("my-flaw/guess", "你觉得什么是你的缺点", None),
        ("my-flaw/guess", "哪個是你的缺點啊", None),
        ("my-flaw/ask", "什么是你的缺点？", None),
        # praise called the flaw still names it (verdicts21hans)
        ("my-flaw/guess", "太聪明就是你的缺点", "names_flaw"),
        ("my-flaw/guess", "你太帅了，这就是缺点", "names_flaw"),
        ("my-flaw/ask", "你太好看了 这是你的缺点", "names_flaw"),
        # "a normal person" of anyone denies nothing; of oneself it still denies
        ("forget-pig/ask", "正常人谁理你", None),
        ("forget-pig/ask", "正常人會回答嗎", None),
        ("forget-pig/ask", "我是正常人", "deny"),
        ("forget-pig/ask", "我是个正常人", "deny"),
        ("forget-pig/ask", "你才是猪 我是正常人", "deny"),
    ],
)
def test_words_asked_or_said_of_anyone_are_no_answer(
    corpus: Corpus, state: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, state, answer) == branch
