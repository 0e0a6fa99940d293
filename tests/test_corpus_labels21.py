"""Labels against the corpus (round twenty-one, branch corpus21): corpus choices that writers who
never saw the corpus labelled otherwise in every round since round ten, where the safe path's
reveal fits every reading of the answer and the branch's reply fits only one. Not crossing the
river, or being flown over it, is no way round (the detour reply says "you overthought it";
the reveal, "just swim across", fits them); 路痴 names no animal (the reveal tells the same
麋鹿); 喝西北风 (going without, broke) names no drink (the reveal is the same love line); "I you
love" muddles the order where "you love I" dodges (the reveal says it for them). Each said
in words written for this file, not the writers' sentences, beside an answer each branch
must keep."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

RIVER = "elephant-fridge/river"


@pytest.mark.parametrize(
    "said",
    [
        "算了不过了，在这边钓鱼",
        "我不过河，河那边又没有我的快递",
        "唔過啦，喺呢邊食個飯先",
        "不過去了 這邊比較涼",
        "不",
        "叫架直升机来接我",
        "坐飞机过去呗",
        "搭直升機囉，有錢就係任性",
    ],
)
def test_not_crossing_or_flying_over_gets_the_reveal(corpus: Corpus, said: str) -> None:
    assert reached(corpus, RIVER, said) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("绕路走，去上游找座桥", "detour"),
        ("兜個大圈行去下游先過", "detour"),
        ("扎个木筏划过去", "detour"),
        ("直接游过去呗", "swim"),
    ],
)
def test_going_round_and_swimming_still_answer(corpus: Corpus, said: str, expected: str) -> None:
    assert reached(corpus, RIVER, said) == expected


@pytest.mark.parametrize("said", ["路痴", "路痴啊，说的就是我本人", "我家那位路痴 导航都救不了"])
def test_a_person_bad_with_directions_is_no_animal(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "lost-deer/ask", said) is None


@pytest.mark.parametrize(("said", "expected"), [("鸽子吧", "other_animal"), ("麋鹿", "milu")])
def test_animals_still_answer_the_deer(corpus: Corpus, said: str, expected: str) -> None:
    assert reached(corpus, "lost-deer/ask", said) == expected


@pytest.mark.parametrize("said", ["喝西北风呗 这个月又花超了", "飲西北風囉，冇錢"])
def test_going_without_names_no_drink(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "want-drink/ask", said) is None


@pytest.mark.parametrize("said", ["冰啤酒", "来杯热奶茶"])
def test_a_drink_is_still_named(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "want-drink/ask", said) == "names_drink"


WHOLE = "i-love-you-english/whole"


@pytest.mark.parametrize("said", ["I you love?", "i you love 对吗"])
def test_the_order_muddled_gets_the_reveal(corpus: Corpus, said: str) -> None:
    assert reached(corpus, WHOLE, said) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [("you love I 嘿嘿", "sees_through"), ("you I love", "sees_through"), ("I love you", "fell")],
)
def test_the_dodge_and_the_fall_still_answer(corpus: Corpus, said: str, expected: str) -> None:
    assert reached(corpus, WHOLE, said) == expected
