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


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # One list of reasons to stop (lexicon.stop_reasons_zh) for both rules that read a
        # refusal beside one: wp25's rule "a refusal with a complaint" read only its five
        # complaints (烦, 累...), so a refusal beside eyes too tired to read (看不清, an aside
        # that rule "a refusal with a reason of its own" does not pass) saw through the trick:
        # now the safe path, no trick named
        ("i-love-you-english/whole", "唔讀喇，眼都花，睇唔清", None),
        ("reverse-baba/baba", "不念，老花，看不清楚", None),
        # ...beside the trick named, a refusal still sees through
        ("reverse-baba/baba", "不念，想占我便宜，看不清", "sees_through"),
    ],
)
def test_a_refusal_beside_any_reason_to_stop_sees_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
