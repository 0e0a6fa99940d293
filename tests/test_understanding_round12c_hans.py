"""Round twelve's third Simplified Mandarin pass (rules21hans; the Wenzhou livestream-selling
tuning writer wz21): each kind said in words written for this file, none copied from the eval
rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- 你先说 bidding the asker tell first a thing of another matter (那个/这件…): no 你先说 of
# the trick, the safe path; the trick named beside it still sees through -----------------------


@pytest.mark.parametrize(
    "said",
    [
        "你先说这件衣服几钱",
        "亲 你先讲那个快递到哪了",
        "你先说那条裙子有没有货",
    ],
)
def test_tell_first_of_another_matter(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "dad-in-english/dad", said) is None


@pytest.mark.parametrize(
    "said",
    ["你先说", "你先讲嘛", "你先说这个是不是想占我便宜"],
)
def test_tell_first_of_the_trick_still_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "dad-in-english/dad", said) == "sees_through"


# -- 当我孙子: the grandpa trick named (making the victim a grandson) ---------------------------


@pytest.mark.parametrize("said", ["我不说 你当我孙子哦", "不讲 拿我当你孙子是吧"])
def test_grandson_named_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "dad-in-english/grandpa", said) == "sees_through"


# -- the talker the pig: 我在跟一只猪说话 turns the question back -----------------------------


@pytest.mark.parametrize("said", ["我正在和一只猪说话啊", "区别嘛 我在同猪讲话"])
def test_talking_with_a_pig_flips_it(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "you-and-pig/explain", said) == "flips_it"


# -- a typo fixed: the first answer mistyped, then a no and the word typed right: the answer
# stands (the same word typed right twice is still denied) -----------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("i-love-you-english/ai", "loev 不对 love", "answered"),
        ("i-love-you-english/ai", "lvoe 不是 love", "answered"),
        ("dad-in-english/grandpa", "grandap 不对 grandpa", "fell"),
        ("i-love-you-english/ai", "love 不对 love", None),
    ],
)
def test_typo_fixed_after_a_no(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- guess-my-age's address: 谁比谁大 (the generation apart asked back) sees through it, and so
# does 叫你大名 beside the generation talked of; a bare 叫你大名 answers what to call you, and
# writers label it otherwise (wp20: tests/test_wp20.py) ---------------------------------------


@pytest.mark.parametrize("said", ["叫你大名 大一辈免谈", "谁比谁大还难说呢"])
def test_full_name_and_who_is_older_see_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "guess-my-age/address", said) == "sees_through"


def test_a_bare_full_name_is_no_seeing_through(corpus: Corpus) -> None:
    assert reached(corpus, "guess-my-age/address", "我就直接叫你大名咯") is None


# -- the river: another spot sought (找个…地方) is going round, even with a crossing after it ------


@pytest.mark.parametrize("said", ["兜远点 找个浅一点的地方蹚过去", "找一个没鳄鱼的地方再过"])
def test_another_spot_sought_is_a_detour(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "elephant-fridge/river", said) == "detour"
