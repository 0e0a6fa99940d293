"""Round twenty-four's new-user play (branch newuser24): what a newcomer typed in the console
playground that the bot misread, pinned through the shipped corpus."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict
from understanding.text import fold

# -- rule "the question's fact echoed": 打死一只 restates the question, the answer follows ---


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("birds-on-tree/ask", "打死一隻還剩九隻", "nine"),  # as typed in the playground
        ("birds-on-tree/ask", "打死一只还剩九只", "nine"),
        ("birds-on-tree/ask", "打死了一只，剩九只", "nine"),
        ("birds-on-tree/ask", "十只打死一只剩九只", "nine"),
        ("ten-knives/ask", "接住两把，还剩八把", "eight"),
    ],
)
def test_the_questions_fact_echoed_is_working_not_a_second_answer(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("birds-on-tree/ask", "还剩一只", "one_left"),  # 还剩 leads no number of the question
        ("birds-on-tree/ask", "一只", "one_left"),
        ("birds-on-tree/ask", "九只", "nine"),
    ],
)
def test_a_number_the_question_does_not_lead_the_same_way_still_counts(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- rule "a syllable spelt in zhuyin", one rime letter with its tone mark: ㄦˋ is 二 --------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("one-and-three/ask", "ㄦˋ", "two"),  # as typed in the playground
        ("one-and-three/ask", "ㄦˋ啊", "two"),
    ],
)
def test_one_rime_letter_with_a_tone_mark_is_its_syllable(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize("said", ["ㄦ", "好ㄚ", "ㄅ知道"])
def test_a_letter_without_a_tone_mark_is_read_as_before(corpus: Corpus, said: str) -> None:
    lexicon = corpus.routines["one-and-three"].states["ask"].matcher.lexicon
    assert fold(said, lexicon) == {"ㄦ": "ㄦ", "好ㄚ": "好啊", "ㄅ知道": "不知道"}[said]
