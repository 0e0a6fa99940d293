"""Round eleven's second Simplified Mandarin pass (rules18hans; round eleven's Kunming tuning
writer km17, then what is left of round ten's final set and round ten's writers in zh-hans):
each kind said in words written for this file, none copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- Southwest Mandarin: 莫 before a verb is 别; Yunnan 格 before 是 asks ----------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # 莫想 is 别想: "don't you dream of it", the trick named beside the answer
        ("monkey-name/surname", "孙嘛 你莫想占我便宜", "saw_through"),
        ("monkey-name/surname", "孙 莫想当我祖宗", "saw_through"),
        # 格是 is 是不是: the line still to come named, asked
        ("follow-me-baba/second", "我的 后面格是爸爸", "saw_through"),
        # Changsha 莫想哒 ("stop thinking") told to the asker keeps its 莫: nothing named
        ("guess-my-thoughts/ask", "莫想哒 吃饭去", None),
        # 价格是, 性格是: 格 in a word of its own is no question
        ("monkey-name/surname", "这价格是孙", "sun"),
    ],
)
def test_southwest_mo_and_yunnan_ge(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the asker's next question predicted: 然后你要问…, 接下来你要问… (prediction_verbs_zh) --------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("i-love-you-english/wo", "i 接下来你要问爱怎么说"),
        ("elephant-fridge/meeting", "长颈鹿 等下你就要问过河的事"),
    ],
)
def test_the_next_question_predicted_beside_a_warm_up(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- i-love-you-english: the joining named or refused before the last word (corpus give-away) --


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("i-love-you-english/ai", "love 等会儿三个字要连起来念吧"),
        ("i-love-you-english/ai", "luv 先讲好 我不连"),
        ("i-love-you-english/ni", "u 就到这 不连哈"),
    ],
)
def test_the_joining_named_or_refused_ahead(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- class words: an idiom's 一, the riddle's age, 绕我说, the generation denied -----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # 小菜一碟 (a piece of cake) counts nothing: not_numbers_zh
        ("ten-knives/ask", "小菜一碟 还剩8把", "eight"),
        # the riddle's age and the lesson learned are trick words
        ("xiaoming-third-son/ask", "老掉牙的东西还拿出来", "saw_through"),
        ("dad-in-english/grandpa", "早看出来了 不念", "sees_through"),
        # 绕我说 (Southwest 绕: to trick) is a mention frame: what follows is mentioned, so the
        # sun (an answer seeing through it) is not torn against the moon
        ("houyi-moon/ask", "又想绕我说月亮 后羿射的太阳", "sun"),
        # the generation apart denied: 同辈, 平辈
        ("guess-my-age/address", "我俩平辈的 叫啥子叫", "sees_through"),
    ],
)
def test_class_words(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "a habit of one's own": 天天, 每天, 次次 are habits, and a count in one is no answer ---


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("birds-on-tree/ask", "我家院子里每天都有九只鸟来吃米", None),
        ("lost-deer/ask", "我天天在小区里像只无头苍蝇一样转", None),
        # no habit of one's own: the count still answers
        ("birds-on-tree/ask", "我觉得还剩九只", "nine"),
        ("birds-on-tree/ask", "天天问这个 九只", "nine"),
    ],
)
def test_a_habit_of_ones_own(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "fell, said after": Yunnan 被你整着 (you got me) is an admission ---------------------


def test_yunnan_got_me_is_an_admission(corpus: Corpus) -> None:
    assert (
        reached(corpus, "follow-me-baba/third", "爸爸 哎 连起来不就是你是我的爸爸 又被你整着")
        == "fell"
    )
