"""Round twelve's second Cantonese tuning writer (tm20, a Tuen Mun secondary-school girl writing
teen Cantonese with phone-input slips: 系 for 係, 左 for 咗) and what was left of the earlier
Cantonese files, tuned on by kind (rules20yue). Each said in words written for this file, not
the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the trick named beside an answer: the naming wins ------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "you want me to answer …" (你想我答, 想我答) is a mention frame: the answer named is the trap
        ("kids-pancakes/ask", "想我答九十分鐘 但係三分鐘咋"),
        # "it's not me calling you" (唔係我叫你): dad-in-english's reason, spelt out
        ("dad-in-english/dad", "daddy 但唔係我叫你喎"),
        # "sing it and then you answer me" (唱完你應): mama-song's reason, spelt out
        # (beside 冇可能: 冇咁易 is a trick word itself since data25hant, reaching mama-song's
        # sees_through, seeing through too)
        ("mama-song/ask", "我唱完你就應我 冇可能"),
        # "this one I've heard" (呢條我聽過, 呢題我聽過): the joke pointed at, not only 聽過了
        ("ten-knives/ask", "八把 呢題我聽過"),
        ("elephant-fridge/river", "呢條我聽過 唔好玩"),
    ],
)
def test_the_trick_named_beside_an_answer_wins(corpus: Corpus, where: str, said: str) -> None:
    # mama-song's own seeing-through answer (saw_through: true, the give-away's reply) is one
    # with the give-away: since rules24hant 唱完你就 is a mention frame too, and reaches it first
    assert reached(corpus, where, said) in ("saw_through", "sees_through")


def test_the_answer_named_in_a_mention_frame_is_not_said(corpus: Corpus) -> None:
    # one-and-three's answer that sees through it ("and", the 同 of 一同三) wins, not "two"
    assert reached(corpus, "one-and-three/ask", "你想我答二吖嘛 係同字") == "and"


# -- misses: Cantonese classes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # rhetorical 我邊係 ("how am I a …"): I am not; 係 typed 系 too
        ("forget-pig/ask", "吓 我邊係豬", "deny"),
        ("forget-pig/ask", "我邊系豬啊", "deny"),
        # 咗 typed 左 after a verb (phone input)
        ("dry-hair/ask", "河水乾左囉", "dry_river"),
        # the places land is bought in Hong Kong and next door, as 新界 and 元朗 were
        ("buy-land/ask", "天水圍嘅地", "names_land"),
        ("buy-land/ask", "上水嗰邊？", "names_land"),
    ],
)
def test_cantonese_classes_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # a place asked back about ("can you still buy there?"): the safe path, so no mainland
        # city was added
        ("buy-land/ask", "深圳仲買得到地咩？"),
    ],
)
def test_left_alone(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None
