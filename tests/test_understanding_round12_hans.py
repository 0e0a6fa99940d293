"""Round twelve's Simplified Mandarin pass (rules19hans; round twelve's Lanzhou tuning writer
lz19, then round eleven's final set and writers in zh-hans): each kind said in words written
for this file, none copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- Gansu and Qinghai: 阿么 is 怎么, 撒子 is 啥子 (what) ---------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # 我阿么知道: "how would I know", a don't-know
        ("misread-char/ask", "这字我阿么知道", "dont_know"),
        ("xiaoming-third-son/ask", "我阿么知道他娃叫撒子", "dont_know"),
        # 撒子 asks what: 想撒子 is 想什么, no guess
        ("guess-my-thoughts/guess", "你想撒子我阿么晓得", "dont_know"),
    ],
)
def test_gansu_amo_and_sazi(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the warm-up answered beside the sentence still to come: its tail (love you), its joining
# (连起来) or what it amounts to (表白) named is seeing through, not the warm-up answered ----------


@pytest.mark.parametrize(
    "said",
    [
        "i 再来love you 想得美",
        "I 等下要我凑成loveyou 没门",
        "i 凑一块就成表白了 别做梦",
        "i 拼到一起是表白 不上当",
        "I 后面再连起来 我看穿了",
    ],
)
def test_warm_up_answered_beside_the_sentence_to_come(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "i-love-you-english/wo", said) == "saw_through"


def test_warm_up_answered_alone_still_goes_on(corpus: Corpus) -> None:
    assert reached(corpus, "i-love-you-english/wo", "I 简单") == "answered"


# -- 绕 as 骗 (Northwest and Southwest Mandarin) and 把戏 as the trick: trick words -----------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("houyi-moon/ask", "月亮 你又绕我"),
        ("houyi-moon/ask", "月亮嘛 你这是要绕我"),
        ("houyi-moon/ask", "月亮 就这点把戏"),
    ],
)
def test_rao_and_baxi_name_the_trick(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- the next line predicted after Mandarin's 等会 or a counted line (第三句): prediction leads --


@pytest.mark.parametrize(
    "said",
    [
        "不跟 等会准是爸爸",
        "不说 第三句一定是爸爸吧",
        "不玩 第三句准是爸爸",
    ],
)
def test_next_line_predicted_after_denghui(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "follow-me-baba/first", said) == "saw_through"


# -- a pinyin slip: 后裔 (descendant) typed for 后羿, the same sound, before 射 --------------------


def test_houyi_typed_as_houyi_descendant(corpus: Corpus) -> None:
    said = "月亮月亮月亮月亮月亮 下面问后裔射的是啥 太阳嘛"
    assert reached(corpus, "houyi-moon/repeat", said) == "saw_through"
