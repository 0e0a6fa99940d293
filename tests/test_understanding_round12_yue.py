"""Round eleven's final set's Cantonese writers (kl11, a Kowloon mother; mc11, a Macau casino
supervisor) and what was left of the earlier Cantonese files, tuned on by kind (rules19yue).
Each said in words written for this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the trick named beside an answer: the naming wins ------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # spelt out, "I'm not calling you" (dad-in-english's give-away)
        ("dad-in-english/dad", "Daddy囉 不過我冇叫你喎"),
        ("dad-in-english/grandpa", "grandpa 我淨係答題 唔係叫你"),
        # the pun's answer named in the warm-up (houyi-moon's give-away)
        ("houyi-moon/repeat", "我知 后羿射太陽 唔打喇"),
        # the fool called the asker (你個傻瓜: inedible-melon's give-away)
        ("inedible-melon/retry", "哈哈 你個傻瓜"),
        ("inedible-melon/retry", "你這個傻瓜"),
        # the sentence still to come named in the warm-up, without its "I"
        ("i-love-you-english/wo", "I 再之後係love you吖嘛"),
        # the joining refused ahead (唔會連埋: 不会连)
        ("i-love-you-english/ai", "Love 我唔會連埋一齊講"),
        ("i-love-you-english/ni", "You 呀 我唔會連埋一齊讀"),
    ],
)
def test_the_trick_named_beside_an_answer_wins(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "you want to ask …" (你想問) is a mention frame: the next question predicted
        ("elephant-fridge/meeting", "長頸鹿 你想問點過河吖嘛"),
        # "you want me to read …" (你想我讀), as 念 already was
        ("reverse-baba/love", "你想我讀出你愛我三個字 唔會"),
        # the asker's next question predicted with a bare 你問 (跟住你問, 之後你問)
        ("i-love-you-english/ai", "Love 之後你問「你」係咪"),
        ("elephant-fridge/giraffe", "四步 跟住你問長頸鹿點入去"),
    ],
)
def test_the_next_question_or_line_mentioned(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"
