"""Round twenty-six's wrong punchlines by kind (branch wp26), read from every tuning set's wrong
punchlines: a product of three factors with no result said (the hole's volume being worked,
"2x3x1 so uhh": read as its value, six), the word to type once in other talk (月亮代表我的心: read as
the five 月亮 typed), a denial beside the insult turned back said without 我 or with 哪里 (哇哪是豬
哩才係豬啦: read as the give-away), not singing because one sings badly (我五音不全 不唱: read as seeing the
trick by the bare 不唱), and "depends which way the wind's blowing", the hedge "depends on the
wind" is (read as a side picked). Each kind is probed with answers of our own (none from the
sets) beside answers it must not change: the shipped corpus and lexicon through the real matcher
(the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import arithmetic, fold


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # three factors and nothing else said: working, its operands said as operands
        ("3x2x1 hmm", "3 times 2 times 1 hmm"),
        ("1*2*3", "1 times 2 times 3"),
        # ...two factors, or a number said beside it, are worked out as before
        ("2x3", "6"),
        ("about 6 i think, 3x2x1", "about 6 i think, 6"),
        ("3x2x1 = 6", "6"),
    ],
)
def test_a_product_of_three_factors_is_working(typed: str, read: str) -> None:
    assert arithmetic(typed) == read


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the hole's size multiplied out loud, no result: working (calculates), not six
        ("3x2x1 hmm", "calculates"),
        ("1 x 2 x 3 err", "calculates"),
        # ...with the result said, before or after, it is six
        ("3x2x1 so 6", "six"),
        ("6 mate, 3x2x1", "six"),
    ],
)
def test_the_hole_worked_out_loud_is_working(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "hole-dirt/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # 月亮 once, in talk of the moon: not the typing asked for
        ("今晚月亮好圆啊", None),
        ("月亮好靚，打嚟做咩", None),
        # ...typed over and over, or alone, it is
        ("月亮月亮月亮月亮月亮", "typed"),
        ("月亮 月亮 月亮 月亮 月亮 好了", "typed"),
        ("月亮", "typed"),
    ],
)
def test_the_word_once_in_other_talk_is_not_typing_it(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "houyi-moon/repeat", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the insult turned back beside a denial without 我, or with 哪里: a denial
        ("你才是猪 老娘哪是猪啦", "deny"),
        ("你先係豬！我哪裡像豬呀", "deny"),
        # ...turned back and knowing the trick, it still sees through
        ("你才是猪 这招我早知道了", "saw_through"),
    ],
)
def test_a_denial_beside_the_insult_turned_back(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # which way the wind blows, hedged with "depends": a condition, no side
        ("depends which way the wind is blowing really", None),
        ("it depends which way the winds are blowing", None),
        # ...a side named beside it, the wind's way said outright, or its direction: a side
        ("depends which way the wind blows, east probably", "picks_side"),
        ("whichever way the wind blows", "picks_side"),
        ("depends on the wind direction", "picks_side"),
    ],
)
def test_depends_which_way_the_wind_picks_no_side(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "rooster-roof-egg/ask", answer) == branch


def test_folding_keeps_the_product_for_arithmetic() -> None:
    # the rule reads the answer as folded: "2X3X1" folds to the product arithmetic sees
    assert arithmetic(fold("2X3X1 HMM", LEXICON)).startswith("2 times 3 times 1")


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # not singing because one sings badly: a reason of one's own, no trick seen
        ("五音不全啊 不唱了", None),
        ("我唱歌走音 唔唱喇", None),
        # ...not singing beside the trick still sees through
        ("不唱 你又不是我妈", "sees_through"),
        ("唔唱 你想做我阿媽呀", "sees_through"),
    ],
)
def test_singing_badly_is_a_reason_of_ones_own(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "mama-song/ask", answer) == branch
