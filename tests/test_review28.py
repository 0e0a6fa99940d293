"""Round twenty-eight's merged verdict work read by the one who must carry it (review28),
pinned through the real corpus and lexicon as `bot eval` judges a row (no mocks).

- apples-take-away: rule "the whole, then its parts" (verdicts28enplain) read any number
  followed by two that add up to it as a whole and its parts, so the subtraction restated
  ("6 apples, 4 taken, 2 left", "6, 4 taken away leaves 2": the question's own numbers and the
  remainder always add up) had the rules reach six, the wrong punchline, held off only by the
  second opinion. The parts now count only where each says who holds it ("2 in the bowl",
  "4 with me", "the bowl has 2").
- sheep-all-but-nine: rule "a part of the whole before" (verdicts28enplain) set aside any
  smaller count "of them" after the first number, so the part left, which is the answer ("17
  sheep, 9 of them left", "he had 17, 9 of them lived"), was dropped and the rules reached
  seventeen, a wrong punchline (and six for "6 apples, 4 of them mine"). A part its clause says
  is the one left (lexicon.parts_left_en) is no longer working; the part gone still is.
"""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import Judged, Row, judge

_WHOLE_THEN_PARTS_WHY = "a part of the whole said before it"


def _judged(corpus: Corpus, where: str, lang: str, answer: str) -> Judged:
    routine, state = where.split("/")
    return judge(corpus, Row(1, routine, state, lang, answer, "otherwise"))


@pytest.mark.parametrize(
    "answer",
    [
        "6 apples, 4 taken, 2 left",
        "6, 4 taken away leaves 2",
        "6. 4 gone, 2 left",
        "6? 4 taken away, 2 left",
    ],
)
def test_a_subtraction_restated_is_no_whole_and_its_parts(corpus: Corpus, answer: str) -> None:
    judged = _judged(corpus, "apples-take-away/ask", "en", answer)
    assert _WHOLE_THEN_PARTS_WHY not in judged.explanation
    assert judged.got != "six"


@pytest.mark.parametrize(
    "answer",
    ["6 still, 2 in the bowl and 4 with me", "six, 4 in my hand n 2 in the bowl"],
)
def test_parts_said_where_they_are_still_follow_their_whole(corpus: Corpus, answer: str) -> None:
    judged = _judged(corpus, "apples-take-away/ask", "en", answer)
    assert _WHOLE_THEN_PARTS_WHY in judged.explanation
    assert judged.got == "six"


_PART_OF_THEM_WHY = "a part of the whole before"


@pytest.mark.parametrize(
    ("where", "answer", "whole"),
    [
        ("sheep-all-but-nine/ask", "17 sheep, 9 of them left", "seventeen"),
        ("sheep-all-but-nine/ask", "he had 17, 9 of them lived", "seventeen"),
        ("sheep-all-but-nine/ask", "17 in all, 9 of em still alive", "seventeen"),
        ("apples-take-away/ask", "6 apples, 4 of them mine", "six"),
    ],
)
def test_the_part_left_is_no_part_of_the_whole_before(
    corpus: Corpus, where: str, answer: str, whole: str
) -> None:
    judged = _judged(corpus, where, "en", answer)
    assert _PART_OF_THEM_WHY not in judged.explanation
    assert judged.got != whole


@pytest.mark.parametrize(
    "answer",
    ["he still has 17, just 8 of them are dead", "he still got 17, just 8 of em aint movin"],
)
def test_the_part_gone_is_still_a_part_of_the_whole_before(corpus: Corpus, answer: str) -> None:
    judged = _judged(corpus, "sheep-all-but-nine/ask", "en", answer)
    assert _PART_OF_THEM_WHY in judged.explanation
    assert judged.got == "seventeen"
