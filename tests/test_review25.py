"""Round twenty-five's merged rules read by the one who must carry them (branch review25): the
wrong punchlines they could give on answers they were not meant for, probed with answers of our
own through the shipped corpus and lexicon and the real matcher (no mocks)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # Rule "a don't-know beside what can" (wp25) rules out a melon said to be edible; a
        # melon said NOT to be edible (不能吃, Cantonese 唔食得 folded 不吃得, 不好吃) is the
        # guess itself, hedged: the punchline, as before wp25 (it had read 不能吃 as 能吃)
        ("不知道 傻瓜不能吃", "fool"),
        ("唔知 傻瓜唔食得", "fool"),
        ("不知道 傻瓜不可以吃吧", "fool"),
        # ...the edible melon beside a don't-know is still ruled out
        ("不知道 西瓜能吃", "dont_know"),
        ("唔知 苦瓜都食得", "dont_know"),
    ],
)
def test_a_melon_said_inedible_is_no_melon_ruled_out(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) == branch
