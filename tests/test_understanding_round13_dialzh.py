"""Chinese varieties' chat words added from knowledge, not from eval rows (dialzh13): the yes,
no-thanks, don't-know, seeing-through and what-for words of Northeast, Beijing, Shandong and
Henan, Southwest, Hubei, Hunan, Jianghuai and Wu Mandarin or Wu, Min (Hokkien), Hakka and
Cantonese, and Taiwan and mainland net slang, put in the lexicon's lists (content/lexicon.yaml,
each with a comment naming its variety). Every answer here was written for this file."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- yes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "可不咋地",  # Northeast: absolutely (not the 不咋地 of "so-so")
        "那可不",  # the north: of course
        "管",  # Shandong, Henan: OK
        "系咯",  # Cantonese 係 typed in Simplified
        "着啊",  # Hokkien, Teochew: right
        "对额",  # Wu: 额 as 的
        "豪",  # Taiwan net: 好
        "木问题",  # mainland net: 没问题
        "彳亍",  # 行 split in two
        "无问题",  # Hokkien, Hakka 無問題
    ],
)
def test_a_dialect_yes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "widow-sister/ask", said) == "says_yes"


# -- Taiwan zhuyin: ㄇ before 有 is 沒, not the particle 嗎; ㄅㄧㄢˋ is 不要 run together ----------


@pytest.mark.parametrize(("said", "branch"), [("ㄇ有", "says_no"), ("ㄇ有ㄟ", "says_no")])
def test_zhuyin_no(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "widow-sister/ask", said) == branch


def test_zhuyin_dont_want(corpus: Corpus) -> None:
    assert reached(corpus, "bark-for-you/ask", "ㄅㄧㄢˋ") == "no"


# -- don't know ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "我呣知",  # Taiwan Hokkien
        "布吉岛",  # mainland net
        "我边度知",  # Cantonese: how would I know
        "我哪门晓得",  # Hubei
        "呒晓得",  # Wu
        "弗清爽",  # Wu: not clear
        "晓得个铲铲",  # Southwest
        "一头雾水",
        "我哪块晓得",  # Jianghuai
    ],
)
def test_a_dialect_dont_know(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "widow-sister/ask", said) == "dont_know"


# -- no thanks (the no branch of a request) ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "我唔制",  # Cantonese: won't
        "咪搞我",  # Cantonese: leave me alone
        "弗高兴",  # Wu: can't be bothered
        "不得干",  # Southwest: won't do it
        "莫闹",  # Southwest, Hunan
        "爱咋咋地",  # Northeast: whatever
        "一边玩去",  # the north
        "我忙紧",  # Cantonese: busy
        "关侬啥事",  # Wu 侬 folded to 你
        "不鸟你",  # net
    ],
)
def test_a_dialect_no_thanks(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "bark-for-you/ask", said) == "no"


# -- seeing through the trick --------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "又想忽悠我",  # the north: con
        "你唬谁呢",  # bluff
        "蒙谁呢你",
        "拿我开涮啊",  # Beijing
        "莫哄我",  # Southwest
        "你哄哪个哦",
        "你寻我开心啊",  # Wu, Cantonese
        "好旧桥",  # Cantonese: an old trick
        "冇上当",  # Cantonese 冇 folded to 没有
        "想屁吃",  # net: you wish
        "我信你个鬼",
        "你咧眠夢",  # Hokkien: you're dreaming
        "做你个梦",
        "美死你",
        "好老套",
        "你至係",  # Cantonese 至 (才) before 係
        "好老的梗啦",  # Taiwan Mandarin
        "我不會被你騙",
        "當我水魚咩",  # Cantonese: a sucker
        "你当我瓜的啊",  # Southwest 瓜: dumb
        "我又不是憨仔",  # Hokkien
        "把我当猴耍呢",
    ],
)
def test_a_dialect_trick_seen_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "reverse-baba/baba", said) == "sees_through"


@pytest.mark.parametrize(
    "said",
    [
        "想当俺爹",  # the north (俺 folded to 我)
        "想做我老汉",  # Southwest: dad
        "你想当我老爹啊",
        "想我嗌你老豆",  # Cantonese 嗌: call
        "叫你个头",
    ],
)
def test_the_elders_place_named_in_dialect(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "dad-in-english/dad", said) == "sees_through"


# -- the words left out: a lie named alone may be one's own, a hint of "kidding?" beside an answer


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("guess-my-thoughts/ask", "鬼晓得你想啥子", "dont_know"),  # no 晓得你想 trick word
        ("reverse-baba/baba", "刚才唬烂的", None),  # one's own bluff, no seeing through
        ("reverse-baba/baba", "刚刚忽悠你的", None),
    ],
)
def test_words_left_out_stay_out(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
