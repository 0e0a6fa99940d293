"""Round fifteen's Simplified rule pass (rules25hans; hh27, a Hohhot writer, and every older
set): kinds, not rows. Each kind is said in words written for this file, none copied from the
eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the question words of other dialects: Jin 甚 and 咋介, Wuhan 么斯 (folded to 什么, 怎么) --


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("pig-ran-away/ask", "咋介晓得嘛"),
        ("zodiac-belong/ask", "我咋介知道自己属甚 忘了"),
        ("my-flaw/ask", "我咋介知道你缺点是甚"),
    ],
)
def test_jin_zajie_how_would_i_know_is_a_dont_know(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "dont_know"


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "why should I be the three": asks back, no answer
        ("nine-by-three/ask", "凭甚我就是个三"),
        # "you're a what?": asks back, types nothing
        ("follow-me-baba/first", "你是甚呀 没听懂"),
    ],
)
def test_jin_shen_for_what_asks_back(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the standard 甚 keeps its sense: 甚至 is "even"
        ("nine-by-three/ask", "三 甚至不用算", "three"),
    ],
)
def test_the_standard_shen_keeps_its_sense(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- how could I not know? (咋不知道, 哪能不晓得): a claim to know, question mark or none --------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("pig-ran-away/ask", "晓得啊 咋不晓得", "know"),
        ("pig-ran-away/ask", "这个嘛 哪能不知道", "know"),
        ("guess-my-thoughts/ask", "知道嘛 怎么不知道", "claims_to_know"),
        ("my-flaw/ask", "我还能不知道", "claims_to_know"),
    ],
)
def test_how_could_i_not_know_claims_to_know(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


def test_how_come_i_did_not_know_going_on_is_no_claim(corpus: Corpus) -> None:
    # the don't-know goes on to what was not known: not the rhetorical ask
    assert reached(corpus, "pig-ran-away/ask", "我怎么不知道有这事") == "dont_know"


# -- a person alone before a why asks back, as a why opening its clause does -------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("nine-by-three/ask", "我为啥就得是三"),
        # (not 你: asking the asker why sees the trick, review15 B3, tests/test_review15.py)
        ("nine-by-three/ask", "俺为啥就得是三"),
        ("houyi-moon/ask", "我为什么要说太阳"),
    ],
)
def test_a_person_then_why_asks_back(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


def test_a_why_after_more_than_a_person_is_no_ask_back(corpus: Corpus) -> None:
    # "the sun, that's why it fell": the why does not open what is asked back
    assert reached(corpus, "houyi-moon/ask", "太阳 所以为什么掉下来") == "sun"


# -- dad-in-english: the role turned back ("I'm your grandpa") sees through it ----------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dad-in-english/grandpa", "grandpa? 俺才是你的grandpa"),
        ("dad-in-english/grandpa", "我是你爷爷 叫声听听"),
        ("dad-in-english/dad", "dad 我是你dad还差不多"),
        ("dad-in-english/dad", "哈 我是你爸爸"),
    ],
)
def test_the_role_turned_back_sees_through(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "sees_through"


def test_not_your_dad_is_no_turning_back(corpus: Corpus) -> None:
    # "I'm not your dad": negated, no role claimed
    assert reached(corpus, "dad-in-english/dad", "我又不是你爸爸") != "sees_through"


# -- "I cannot figure it out": 想不通, 想不明白, 猜不明白 are don't-knows ----------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dry-hair/ask", "这个我想不通"),
        ("pig-ran-away/ask", "真心想不通啊"),
        ("cow-tail/ask", "我是真想不通"),
    ],
)
def test_cannot_figure_it_out_is_a_dont_know(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "dont_know"
