"""A firm self-correction whose new answer the bot cannot read (issue 18, item 3: the last
answer counts). A new user found "八把，不對，是兩把" given the punchline for 八把, and
"往下，不對，是往後" praised for the 往下 it took back: the first answer was taken back, the
second is no branch's, so no punchline (the safe path). A comment after the marker, a 不是
that denies inside its clause, or an English word after a Chinese marker changes nothing."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks
from understanding.matcher import Branch

KNIVES = matching(
    [Branch("eight", number="8"), Branch("dont_know", intents=("dont_know",))],
    ["十把刀，砍了两把，还剩几把？"],
)
TAIL = matching(
    [
        Branch("down", phrases=("往下", "向下", "down", "downwards")),
        Branch("toast", phrases=("toast",)),
    ],
    ["牛的尾巴朝哪边？"],
)


@pytest.mark.parametrize(
    "said",
    [
        "八把，不对，是两把",
        "8把，不對，係兩把",
        "八把…唔係，係十把",
        "八把，应该是六把",
        "eight, no wait, two",
        "8... i mean 6",
        "eight, scratch that, it's ten",
    ],
)
def test_a_number_taken_back_for_another_gets_no_punchline(said: str) -> None:
    matched = KNIVES.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "taken back for an answer no branch has" in matched.explain()


@pytest.mark.parametrize(
    "said",
    [
        "往下，不对，是往左",
        "往下，唔係，係向左擺",
        "down, no wait, sideways",
        "toast i mean crumpets",
    ],
)
def test_a_word_taken_back_for_another_gets_no_punchline(said: str) -> None:
    matched = TAIL.match(said)
    assert matched.branch_id is None, matched.explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("八把，不对，是八把", "eight"),  # the same answer again
        ("8 no wait lol", "eight"),  # nothing said instead
        ("八把，不对 好难", "eight"),  # a comment, not an answer
        ("往下 牛又不是我养的", "down"),  # a 不是 that denies inside its clause
        ("向下? 唔係 north 掛", "down"),  # an English word after a Chinese marker: unread
        ("down, i mean it", "down"),  # common words say nothing new
    ],
)
def test_what_is_no_new_answer_keeps_the_first(said: str, branch: str) -> None:
    assert picks(KNIVES if branch == "eight" else TAIL, said) == branch
