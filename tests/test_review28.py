"""Round twenty-eight's merged verdict work read by the one who must carry it (review28),
pinned through the real corpus and lexicon as `bot eval` judges a row (no mocks).

- apples-take-away: rule "the whole, then its parts" (verdicts28enplain) read any number
  followed by two that add up to it as a whole and its parts, so the subtraction restated
  ("6 apples, 4 taken, 2 left", "6, 4 taken away leaves 2": the question's own numbers and the
  remainder always add up) had the rules reach six, the wrong punchline, held off only by the
  second opinion. The parts now count only where each says who holds it ("2 in the bowl",
  "4 with me", "the bowl has 2").
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
