"""Round sixteen's dialect pass (docs/dialect16.md): the shared intents in the everyday function
words of every variety the bot's users write, found from knowledge of the languages before a
writer lost answers to them. Each case names the lexicon line (or the Patois gate in
understanding/text.py) it relies on; without it the answer reads as its opposite or as nothing.
The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Suzhou and Shanghai Wu 朆 (didn't): read as 发现 without it, a wrong punchline
        ("silent-love/ask", "朆发现", "no"),
        ("pig-ran-away/ask", "朆晓得", "dont_know"),
        # Hakka 吂 (not yet) folds to 未
        ("silent-love/ask", "吂发现", "no"),
        # Hokkien 𣍐 (the MOE character for 袂, cannot)
        ("play-water/ask", "𣍐爱", "no"),
        # Taiwan Hokkien 呣 before a verb of wanting, being
        ("play-water/ask", "呣愛", "no"),
        ("play-water/ask", "呣是", "no"),
        # Wuhan 冒 for 冇
        ("silent-love/ask", "冒发现", "no"),
        ("pig-ran-away/ask", "冒晓得", "dont_know"),
        ("play-water/ask", "冒得兴趣", "no"),
        # Fuzhou 伓八 (八 is "to know") and 伓免
        ("pig-ran-away/ask", "我伓八", "dont_know"),
        ("bark-for-you/ask", "伓免", "no"),
        # Kongish m before more verbs
        ("play-water/ask", "m鍾意", "no"),
        ("bark-for-you/ask", "m使", "no"),
        # Hakka 唔得知, 仰般 (how)
        ("pig-ran-away/ask", "唔得知", "dont_know"),
        ("pig-ran-away/ask", "𠊎仰般知", "dont_know"),
        # Gan 么哩 (什么)
        ("pig-ran-away/ask", "为么哩", "dont_know"),
        # Wu 白相 (玩): 覅白相 declines
        ("play-water/ask", "覅白相", "no"),
        # the intents' dialect words
        ("pig-ran-away/ask", "我知道个啥", "dont_know"),
        ("pig-ran-away/ask", "我怎么知", "dont_know"),
        ("pig-ran-away/ask", "咋的", "dont_know"),
        ("play-water/ask", "著啊", "yes"),
        ("play-water/ask", "照", "yes"),
        ("play-water/ask", "不照", "no"),
        ("play-water/ask", "對着呢", "yes"),
        ("silent-love/ask", "未", "no"),
        ("bark-for-you/ask", "莫", "no"),
        ("play-water/ask", "無興趣", "no"),
        ("bark-for-you/ask", "咪叫", "no"),
    ],
)
def test_chinese_dialect_function_words(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Guyanese and Jamaican "na" after a subject: "like" read as a yes without it
        ("play-water/ask", "mi na like it", "no"),
        ("widow-sister/ask", "me na know", "dont_know"),
        # Trinidad "ent" (eh), Jamaican "noh" (nuh)
        ("widow-sister/ask", "i ent know", "dont_know"),
        ("silent-love/ask", "i ent notice", "no"),
        ("widow-sister/ask", "mi noh know", "dont_know"),
        # Glasgow "huvnae", "wisnae"
        ("silent-love/ask", "i huvnae", "no"),
        ("silent-love/ask", "i amnt", "no"),
        # "no wukkas" is no no
        ("play-water/ask", "no wukkas", "yes"),
        ("play-water/ask", "i dont care for it", "no"),
        ("play-water/ask", "mba", "no"),
        ("play-water/ask", "mai lah", "no"),
        ("play-water/ask", "ayuh", "yes"),
        ("widow-sister/ask", "m zhai", "dont_know"),
        ("widow-sister/ask", "how am i sposed to know", "dont_know"),
        ("pig-ran-away/ask", "kwa nini", "dont_know"),
        ("pig-ran-away/ask", "kenapa", "dont_know"),
    ],
)
def test_english_dialect_function_words(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a known "tak" would take "taking" for itself, so Malay is listed run together
        ("imagine-chase/ask", "abeg I'm taking off, leg no fail me today", "run"),
        # Tagalog around one stray word stays unread (pwede is a listed unread word)
        ("race-second-place/last", "di pwede yun, wala namang nasa likod ng last hahaha", None),
        # Nigerian "na" opening its clause is no negator
        ("play-water/ask", "na so, i like am", "yes"),
        # 感冒 keeps its 冒
        ("silent-love/ask", "感冒得厉害", None),
    ],
)
def test_what_the_dialect_words_leave_alone(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
