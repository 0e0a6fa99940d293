"""Round twelve's third Taiwan writer (rules21hant): what a retired Hualien primary-school
teacher writing formal Taiwan Mandarin (round12_writers3/hl21.tsv) got a wrong punchline for or
missed, fixed by kind: lexicon classes, corpus phrases a branch lacked, or one named rule's
reach (content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- Taiwan's formal 甚麼 (OpenCC leaves 甚么) is 什么: a question back after a don't-know -------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("you-and-pig/ask", "不曉得耶，那是甚麼意思？", "dont_know"),
        ("you-and-pig/ask", "不清楚，甚麼差別？", "dont_know"),
    ],
)
def test_formal_what_asks_back(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- the trick named: the asker's own 把戏, a fall owned as earlier, a pun named a 谐音题 ---------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("reverse-baba/love", "你愛我……等等，又是您這小把戲", "saw_through"),
        ("reverse-baba/love", "哈哈 您的把戲我早看清楚了", "saw_through"),
        # the warm-up answered beside it still goes on: the trick is ahead (the trick-word rule 3)
        ("reverse-baba/love", "你愛我 哈哈 又是這小把戲", "ni_ai_wo"),
        ("dad-in-english/grandpa", "剛剛被你騙了一次，爺爺兩個字我不說", "sees_through"),
        ("lost-deer/ask", "又是一道諧音題嘛，不難", "saw_through"),
        # "this kind of trick" beside a refusal stays the refusal's (older rows label it so)
        ("reverse-baba/love", "不玩 這種小把戲", "refuses"),
    ],
)
def test_trick_named(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- "you and the pig differ little": the trick turned back, no claim to know ---------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("you-and-pig/ask", "我看你和豬的區別不大吧", "saw_through"),
        ("you-and-pig/ask", "你跟豬差不多啦 呵呵", "saw_through"),
    ],
)
def test_pig_turned_back(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
