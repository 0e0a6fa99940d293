"""Round ten's negated kind: a no word negating some other verb than the question's (做账不能放水
to 玩水？, 觉都冇睡好 to 学狗叫好不好？), read as the answer no. Examples written here, not
copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- rule "a no of another verb" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("play-water/ask", "我只晓得上班不能迟到"),
        ("bark-for-you/ask", "楼下装修 我午觉都冇睡成"),
        ("bark-for-you/ask", "隔壁装修 我头都冇停过痛"),
    ],
)
def test_a_no_of_another_verb_answers_nothing(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("guess-my-age/ask", "我猜你40 不要生气", "guesses_number"),
        ("guess-my-age/ask", "听声音像35 唔好嬲", "guesses_number"),
    ],
)
def test_a_no_of_another_verb_leaves_the_answer(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # the question's own verb negated, or a no closing its clause, still says no
        ("play-water/ask", "不玩"),
        ("play-water/ask", "我不喜欢玩水"),
        ("play-water/ask", "不要了"),
        ("bark-for-you/ask", "不用叫了"),
        ("bark-for-you/ask", "没有啊"),
    ],
)
def test_the_questions_own_verb_negated_still_says_no(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "no"
