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


# -- not even a thing: a no about something else ------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("gained-weight/ask", "屋企連個磅都冇"),
        ("play-water/ask", "你係邊個 頭像都冇"),
        ("follow-me-baba/first", "咩人嚟㗎 電話號碼都冇"),
    ],
)
def test_not_even_a_thing_answers_nothing(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize("said", ["我都冇", "冇呀 一啲都冇", "好耐都冇", "肥都冇", "乜都冇"])
def test_a_plain_no_with_dou_still_says_no(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "gained-weight/ask", said) in {"denies", "saw_through"}
