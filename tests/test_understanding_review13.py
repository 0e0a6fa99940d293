"""Round thirteen's review (/tmp/review13/review.md): each rule that misfired, narrowed. The
reviewer's answers, a few of the same kind written for this file, and the cases each rule was
made for."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- B1, rule "said of one's own": a relayed answer or a comparison still answers -------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("cow-tail/ask", "我老公说朝北", "direction"),
        ("cow-tail/ask", "我阿爸話向西", "direction"),
        ("xiaoming-third-son/ask", "我女儿抢答说叫三毛", "sanmao"),
        ("mama-song/ask", "我妈妈以前常唱有妈的孩子像块宝", "fell"),
        ("monkey-name/ask", "我儿子说是孙悟空", "sun_wukong"),
        ("monkey-name/surname", "我阿嬷讲姓孫", "sun"),
        ("dad-in-english/dad", "我儿子说father", "fell"),
        ("elephant-fridge/meeting", "我女儿说是长颈鹿", "giraffe"),
        ("zodiac-belong/ask", "跟我爸一样属龙", "names_sign"),
        ("zodiac-belong/ask", "我跟我老婆都属猪", "names_sign"),
        ("zodiac-belong/ask", "我和我妈一样属马", "names_sign"),
        ("blood-type/ask", "跟我妈一样A型", "names_type"),
        ("blood-type/ask", "和我老公一样O型吧", "names_type"),
        ("heart-side/ask", "我妈说在左边", "names_side"),
        ("heart-side/ask", "我老豆話喺左邊", "names_side"),
        ("want-drink/ask", "跟我老婆一样想喝奶茶", "names_drink"),
        ("favourite-god/ask", "同我阿妈一样信观音", "names_god"),
        ("ten-knives/ask", "我儿子说八把", "eight"),
        ("kids-pancakes/ask", "我女兒說九十分鐘", "ninety"),
        # written for this file
        ("cow-tail/ask", "我老婆讲朝南", "direction"),
        ("monkey-name/ask", "我爸猜孙悟空", "sun_wukong"),
        ("zodiac-belong/ask", "和我老公一样属虎", "names_sign"),
    ],
)
def test_said_of_ones_own_relayed(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- B2, rule "the trick forbidden": "don't prank me" is a plea, not the trick named ----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("ten-knives/ask", "八把，你不要整蛊我", "eight"),
        ("birds-on-tree/ask", "九只，别整蛊我", "nine"),
        ("cow-tail/ask", "朝北，唔好整蛊我呀", "direction"),
        ("gained-weight/ask", "没有，你不要整蛊我", "denies"),
        ("guess-my-age/address", "唔好整蛊我啦，叫你阿姐", None),
        ("ten-knives/ask", "不要套路我", None),
        # written for this file
        ("birds-on-tree/ask", "九只，不要捉弄我", "nine"),
        ("ten-knives/ask", "八把，你别整蛊我啦", "eight"),
    ],
)
def test_a_plea_is_no_trick_named(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- B3, 仔仔细细 ("carefully") is no son ------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("follow-me-baba/third", "我仔仔细细跟一句：爸爸", "fell"),
        ("follow-me-baba/third", "仔仔細細跟一句：爸爸", "fell"),
        ("guess-my-age/address", "仔仔细细想了一下，叫爸爸", "fell"),
        # written for this file
        ("follow-me-baba/third", "仔仔细细听了，爸爸", "fell"),
    ],
)
def test_carefully_is_no_son(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- S1, 算了 then quitting keeps the answer before it ----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("houyi-moon/ask", "太阳，算了不玩了", "sun"),
        ("ten-knives/ask", "八把，算了不跟你玩了", "eight"),
        ("running-all-day/ask", "累，算了不说了", "tired"),
        ("running-all-day/ask", "好累，算了，不想说", "tired"),
        ("dad-in-english/dad", "father，算了算了", None),
        ("ten-knives/ask", "我算了一下，八把", "eight"),
        ("ten-knives/ask", "八把，我算了", "eight"),
        ("kids-pancakes/ask", "我刚算了算，还是三分钟", "three"),
        ("cow-tail/ask", "朝北，算了吧", "direction"),
        ("monkey-name/ask", "孙悟空啦，算啦", "sun_wukong"),
        # what the correction was made for: the guess given up
        ("favourite-god/ask", "观音？算了 猜不到", "dont_know"),
        # written for this file
        ("birds-on-tree/ask", "九只，算了不玩了", "nine"),
    ],
)
def test_never_mind_then_quitting(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- S2, rule "inside a longer noun": a tool or a shop keeps its head's meaning ----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("ice-to-water/ask", "放进热水器", "melts_it"),
        ("ice-to-water/ask", "用加热器", "melts_it"),
        ("ice-to-water/ask", "放热水池里", "melts_it"),
        ("guess-my-thoughts/guess", "想去火锅店", "guesses_thing"),
        ("guess-my-thoughts/guess", "想去奶茶店", "guesses_thing"),
        ("guess-my-thoughts/guess", "在想工作室的事", "guesses_thing"),
        ("xiaoming-third-son/ask", "三毛病了", "sanmao"),
        ("dry-hair/ask", "他是光头病人", "bald"),
        ("ice-to-water/ask", "用吹风机吹", "melts_it"),
        ("guess-my-thoughts/guess", "在想玩游戏机", "guesses_thing"),
    ],
)
def test_a_longer_noun_keeping_its_head(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- S3, rule "asked what for": 想…干什么 is "what to do", not "why" ----------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("guess-my-thoughts/guess", "在想周末干什么", "guesses_thing"),
        ("guess-my-thoughts/guess", "想着晚饭做什么", "guesses_thing"),
        ("guess-my-thoughts/guess", "在想明天上班做什么", "guesses_thing"),
        ("guess-my-thoughts/guess", "你在想放假干啥", "guesses_thing"),
        ("guess-my-thoughts/guess", "想发工资干嘛", "guesses_thing"),
        ("want-drink/ask", "你想喝可乐做什么", "names_drink"),
        ("want-drink/ask", "想喝奶茶干嘛", "names_drink"),
        ("guess-my-thoughts/guess", "在想下班后干嘛", "guesses_thing"),
        ("ten-knives/ask", "接刀干嘛，八把", "eight"),
    ],
)
def test_what_to_do_is_no_why(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- S4, 不足 and 不超 ("less than", "no more than") negate no number ---------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("birds-on-tree/ask", "不足九只", "nine"),
        ("ten-knives/ask", "不超八把吧", "eight"),
        ("kids-pancakes/ask", "不足三分钟", "three"),
        ("kids-pancakes/ask", "不超三分钟", "three"),
        ("running-all-day/ask", "不挺累的", "not_tired"),
    ],
)
def test_less_than_negates_no_number(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
