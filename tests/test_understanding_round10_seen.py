"""Round ten's final set tuned on (seen16): the trick seen, read as a branch. A claim to know
the trick or the routine said in dialect beside an answer (識晒, 聽過好多次, 我知汝這步, 騙袂著,
这套路我晓得, "I see you", "i know that un") sees through it, whatever branch its other words
reach; beside a warm-up's answer, a claim to know this routine (not its kind: 老梗) no longer
lets it go on (rule "the routine claimed known"); and dialect forms of "you want me to say X"
(Hokkien 汝欲(叫我)講, 汝想欲予我講; Wu 侬是想叫我…对伐; Yorkshire "tha wants me"; Nigerian
"you wan make I") are mention frames. Each said in words written for this file, not the
writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached

# -- the trick or the routine claimed known, in dialect, beside an answer ---------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("xiaoming-third-son/ask", "三毛？騙袂著啦"),
        ("xiaoming-third-son/ask", "三毛啦 騙猴"),
        ("bark-for-you/ask", "我唔叫 你呢步我知汝這步"),
        ("birds-on-tree/ask", "九只咯 你这套路我晓得"),
        ("play-water/ask", "no thanks, i know what youre after"),
        ("feathers-steel/pound", "sneaky switch to a pound there, i see you"),
    ],
)
def test_the_routine_claimed_known_in_dialect_sees_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


# -- rule "the routine claimed known": beside a warm-up's answer ------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("elephant-fridge/fridge", "三步囉 後面仲有長頸鹿 我識晒"),
        ("elephant-fridge/giraffe", "四步 呢個我聽過好多次"),
        ("elephant-fridge/meeting", "长颈鹿没去 这个我全知道"),
    ],
)
def test_a_warm_up_answered_beside_the_routine_claimed_known_sees_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


@pytest.mark.parametrize("said", ["三步 老梗了", "三步啦 经典老题", "老早听过了 三步"])
def test_a_warm_up_answered_beside_the_kind_named_still_goes_on(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/fridge"
    assert reached(corpus, where, said) == "three", explained(corpus, where, said)


# -- dialect "you want me to say X" frames ------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("xiaoming-third-son/ask", "汝欲叫我講三毛喔"),
        ("xiaoming-third-son/ask", "汝想欲予我講三毛厚"),
        ("zodiac-belong/ask", "汝欲講我屬於汝喔 肉麻"),
        ("play-water/ask", "tha wants me doin t'washin up, i reckon"),
    ],
)
def test_a_dialect_you_want_me_to_say_frame_sees_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)
