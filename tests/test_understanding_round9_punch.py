"""Fewer wrong punchlines, by structural kind (issue 18, round nine): where an answer's words
belong to a branch but the answer says something else with them, no punchline is told (the
safe path), and where the answer does answer, it still does."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching
from understanding.matcher import Branch

# A question that gives the asker and the victim numbers: 9 and 3 are its pieces.
DIVIDED = matching(
    [Branch("three", number="3")], ["出一道数学题：我是九，你是三，九除以三等于几？"]
)


@pytest.mark.parametrize(
    "said",
    [
        "我是三你是九 这是啥题啊",
        "你是9我是3 然后呢？",
        "我係三你係九 乜嚟㗎",
        "你係9我係3 點解要除？",
    ],
)
def test_the_questions_numbers_said_then_asked_about_answer_nothing(said: str) -> None:
    matched = DIVIDED.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "the question's pieces said, then asked about" in matched.explain()


@pytest.mark.parametrize(
    "said",
    [
        "三",
        "三 我是九你是三 对吧？",
        "我是九你是三 等于三 没错吧？",
        "你係九我係三，答案係三啦",
    ],
)
def test_the_questions_numbers_beside_an_answer_of_its_own_still_answer(said: str) -> None:
    assert DIVIDED.match(said).branch_id == "three", DIVIDED.match(said).explain()
