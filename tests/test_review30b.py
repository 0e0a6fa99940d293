"""Round thirty's wrong-punchline risks a review of its verdict work found (review30b), pinned
through the real corpus and lexicon as `bot eval` judges a row (no mocks).

- Hokkien folds that are Mandarin too keep the Mandarin: 着无 / 著无 (tio̍h bô: right?) is
  对不对, but not 着 before a word in 无 (看着无聊, 显得着无法, 跟着无论); 气甲 (angry till) is
  气到, but not 空气甲醛; 断去 (broken off) is 断掉, but not 判断去 (identity entries).
- Kongish m (唔) before a verb (m玩, m讲) is never the m of English I'm (i'm玩): rule "a key
  opening on a Latin letter" reads an apostrophe before it as it reads a letter.
- wp30's known_only_leads: bare 我自己 led guesses too (不知道，我自己猜是A型 lost its
  names_type); 我自己是 / 系 states one's own type, as wp30's rows do.
"""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import Judged, Row, judge
from understanding.text import fold


def _judged(corpus: Corpus, where: str, lang: str, answer: str) -> Judged:
    routine, state = where.split("/")
    return judge(corpus, Row(1, routine, state, lang, answer, "otherwise"))


def _folded(corpus: Corpus, answer: str) -> str:
    assert corpus.lexicon is not None
    return fold(answer, corpus.lexicon)


@pytest.mark.parametrize(
    ("answer", "kept", "not_read"),
    [
        ("看着无聊", "着无聊", "对不对"),
        ("我跟着无论去哪都行", "着无论", "对不对"),
        ("看著無法理解", "著无法", "对不对"),
        ("空气甲醛超标", "气甲醛", "气到"),
        ("我判断去哪都一样", "判断去", "断掉"),
        ("i'm玩緊", "im玩", "不玩"),
        ("I’m講緊電話", "im说", "不说"),
    ],
)
def test_mandarin_and_english_keep_themselves(
    corpus: Corpus, answer: str, kept: str, not_read: str
) -> None:
    folded = _folded(corpus, answer)
    assert kept in folded and not_read not in folded


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("着无？", "对不对"),
        ("你讲得著無", "对不对"),
        ("气甲半死", "气到"),
        ("拍甲手欲斷去", "断掉"),
        ("m玩", "不玩"),
        ("唔知，m讲", "不说"),
    ],
)
def test_the_hokkien_and_kongish_still_fold(corpus: Corpus, answer: str, read: str) -> None:
    assert read in _folded(corpus, answer)


@pytest.mark.parametrize(
    ("lang", "answer", "branch"),
    [
        ("zh-hans", "不知道，我自己猜是A型", "names_type"),
        ("zh-hans", "不知道，我自己是A型", "otherwise"),
        ("zh-hant", "我猜唔到，我自家系B型", "otherwise"),
    ],
)
def test_ones_own_type_is_stated_with_shi(
    corpus: Corpus, lang: str, answer: str, branch: str
) -> None:
    assert _judged(corpus, "blood-type/ask", lang, answer).got == branch
