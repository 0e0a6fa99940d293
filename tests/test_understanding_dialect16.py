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
        # Taiwan Hokkien 呣 before a verb of wanting
        ("play-water/ask", "呣愛", "no"),
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
        ("silent-love/ask", "i wasnt", "no"),
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


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Kongish m folds only where no Latin letter (nor digit) comes before it: the m of a
        # hum or a name is no 唔 (text.py, _replaced)
        ("bark-for-you/ask", "emm想听", "yes"),
        ("bark-for-you/ask", "Tom想听", "yes"),
        ("play-water/ask", "emm鍾意", "yes"),
        ("pig-ran-away/ask", "emm知道", "know"),
        ("play-water/ask", "嗯嗯m鍾意", "no"),
        # 呣好, 呣是 are Taiwan's hmm before a yes (the table's lines gone)
        ("bark-for-you/ask", "呣好吧", "yes"),
        # Tagalog "of course not", "can't" (no words longer than syempre, pwede)
        ("widow-sister/ask", "syempre hindi", "says_no"),
        ("widow-sister/ask", "di pwede", "says_no"),
        ("widow-sister/ask", "hindi pwede", "says_no"),
        ("play-water/ask", "syempre ayaw ko", "no"),
        # rule "said alone": "hindi naman" closing its clause, "mba", 不照, "i wasnt" alone
        ("play-water/ask", "hindi naman?", "no"),
        # ...its Tagalog tone words after it too (said_alone_tones: review16 should-fix)
        ("play-water/ask", "hindi naman po", "no"),
        ("play-water/ask", "hindi naman talaga", "no"),
        ("widow-sister/ask", "mba po", "says_no"),
        ("play-water/ask", "hindi naman masama", None),
        ("widow-sister/ask", "dunno, im an mba not a lawyer", "dont_know"),
        ("gained-weight/ask", "不照镜子都知道胖了", "admits"),
        ("play-water/ask", "不照", "no"),
        ("silent-love/ask", "i wasnt until now", None),
        # "amnt" is "not" (english_shorthand): no "i amnt" no word inside "i amnt sure"
        ("silent-love/ask", "i amnt sure", None),
        ("pig-ran-away/ask", "i amnt sure", "dont_know"),
        # Patois "na" only after mi, me or i before a verb (Nigerian "na" is "is")
        ("widow-sister/ask", "e na legal", None),
        ("widow-sister/ask", "you na lawyer?", None),
        ("pig-ran-away/ask", "mi na know", "dont_know"),
        # 有滴 (the net's 有点) no yes; 能行, 还能行 a hedge, as 还行 (not tired)
        ("play-water/ask", "有滴无聊", None),
        ("running-all-day/ask", "还能行", "not_tired"),
        # everyday forms: Hokkien 麥啦, 嘿啦, 毋通, 袂使, 毋捌 (closing its clause); Hinglish
        # nhi, hnji; Shanghai net 伐晓得; Chongqing 得行
        ("play-water/ask", "麥啦", "no"),
        ("play-water/ask", "嘿啦", "yes"),
        ("play-water/ask", "毋通", "no"),
        ("play-water/ask", "袂使", "no"),
        ("pig-ran-away/ask", "毋捌", "dont_know"),
        ("pig-ran-away/ask", "我毋捌去過", None),
        ("play-water/ask", "nhi", "no"),
        ("play-water/ask", "nhi yaar", "no"),
        ("play-water/ask", "hnji", "yes"),
        ("pig-ran-away/ask", "伐晓得", "dont_know"),
        ("play-water/ask", "得行", "yes"),
    ],
)
def test_the_native_readers_review(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 呣 before 对, 想, 要, 会 is Mandarin's hum before a word, no Hokkien m̄ (the table's
        # lines gone): a hum then a yes, or thinking aloud
        ("silent-love/ask", "呣对啊", "yes"),
        ("play-water/ask", "呣想想", None),
        ("silent-love/ask", "呣想一下", None),
        # 得行, han, pwede, 麦啦 count only alone (said_alone): in a sentence they are other words
        ("play-water/ask", "记得行李要带", None),
        ("play-water/ask", "me and han went swimming, didnt see", None),
        ("widow-sister/ask", "pwede ba?", None),
        ("play-water/ask", "我想吃麦麦啦", None),
        ("play-water/ask", "我喜欢吃燕麦啦", "yes"),
    ],
)
def test_the_code_reviewers_probes(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
