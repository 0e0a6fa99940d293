"""Round fourteen's second-wave data-only pass (data26): what the Hefei teacher, the Yilan B&B
owner, the Tseung Kwan O office admin and the Brooklyn deli owner (round14_writers2/) missed or
got a wrong punchline for, fixed by kind in content/jokes.yaml and content/lexicon.yaml alone (no
rule changed). Examples written here, not copied from the eval rows; each was seen red with its
data line taken out."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the trick named: being set up (Taiwan 設計我), made dizzy on purpose (想繞暈我), the question
# -- giving itself away (露馅), "this routine of yours" (你这一套) ------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("follow-me-baba/third", "爸爸 唉 又被你設計了", "sees_through"),
        ("ten-knives/ask", "你是不是在設計我", "saw_through"),
        ("cow-tail/ask", "東南西北 你就想繞暈我", "saw_through"),
        ("xiaoming-third-son/ask", "题目自己露馅了嘛", "saw_through"),
        ("ten-knives/ask", "少来这一套 还剩八把咯", "saw_through"),
        ("bark-for-you/ask", "你这一套我见多了", "saw_through"),
        # a don't-know in the same words stays one: confused, not set up
        ("cow-tail/ask", "你把我绕晕了 不知道", "dont_know"),
        ("cow-tail/ask", "绕晕了 勿晓得", "dont_know"),
    ],
)
def test_trick_named_in_everyday_words(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


def test_that_stuff_not_believed_names_no_trick(corpus: Corpus) -> None:
    # "I don't go in for that stuff" (那一套) of horoscopes or blood types is no trick seen
    assert reached(corpus, "blood-type/ask", "星座血型那一套我都不信") != "saw_through"


# -- bark-for-you: "in the end it's me you'll have barking" -----------------------------------


@pytest.mark.parametrize(
    "said", ["最后还得要我叫", "你肯定想我叫", "绕来绕去变成我叫", "是不是要我学狗叫"]
)
def test_bark_turned_back_on_the_victim(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "bark-for-you/ask", said) == "saw_through"


# -- gullible-ceiling: the skeptic's "don't believe that", "not buying it" --------------------


@pytest.mark.parametrize(
    "said", ["i dont believe it one bit", "nah, not buying that", "dont buy it pal"]
)
def test_skeptic_in_everyday_words(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "gullible-ceiling/dict", said) == "skeptic"


# -- silent-love: the Cantonese question's own 發覺, echoed --------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [("發覺咗啦", "yes"), ("早就發覺到", "yes"), ("冇發覺", "no"), ("完全冇發覺喎", "no")],
)
def test_noticed_said_with_the_questions_word(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "silent-love/ask", said) == branch


# -- guess-my-thoughts: outings and leisure guessed ----------------------------------------


@pytest.mark.parametrize("said", ["想去爬山", "想去泡溫泉對不對", "在想今晚看电影", "想去夜市"])
def test_a_thing_guessed_in_leisure_words(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "guess-my-thoughts/guess", said) == "guesses_thing"
