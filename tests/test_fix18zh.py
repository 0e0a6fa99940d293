"""Round eighteen's Chinese rules as a reviewer read them (branch fix18zh): Hokkien 無 folds
that Mandarin held, a claim of knowing a question taken for seeing through, Kongish m after a
number, and a question back read in statements. Each pinned through the shipped corpus."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.reading import asks_back
from tests.support.understanding import verdict
from understanding.text import fold

# -- 1. 想無, 無信 fold only closing a clause -------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("guess-my-thoughts/ask", "知道，你在想无聊的事", "claims_to_know"),
        ("favourite-god/ask", "我想无神论", "atheist"),
    ],
)
def test_mandarin_wu_after_xiang_is_no_hokkien_bo(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


def test_a_flaw_of_boring_thoughts_is_no_dont_know(corpus: Corpus) -> None:
    assert verdict(corpus, "my-flaw/guess", "缺点是想无聊的事太多") != "dont_know"


@pytest.mark.parametrize("said", ["我想无所谓", "手机无信号"])
def test_mandarin_wu_words_keep_their_wu(corpus: Corpus, said: str) -> None:
    lexicon = corpus.routines["my-flaw"].states["guess"].matcher.lexicon
    assert fold(said, lexicon) == said


@pytest.mark.parametrize("answer", ["想無。", "想無啦", "想無 你講啦"])
def test_xiang_bo_closing_a_clause_is_still_a_dont_know(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "my-flaw/guess", answer) == "dont_know"


# -- 2. a claim of knowing a question, then an answer ---------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("xiaoming-third-son/ask", "这题我知道，三毛", "sanmao"),
        ("birds-on-tree/ask", "这题我知道，九只", "nine"),
        ("houyi-moon/ask", "这题我知道，月亮", "moon"),
        ("cow-tail/ask", "这题我知道，朝北", "direction"),
    ],
)
def test_knowing_a_question_is_a_preamble_to_the_answer(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize("answer", ["呢個魔術我識，唔玩", "這套題我看過", "这题我见过，三毛"])
def test_a_trick_known_or_a_question_met_still_sees_through(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "xiaoming-third-son/ask", answer) == "saw_through"


# -- 3. Kongish m after a number is metres ---------------------------------------------------


@pytest.mark.parametrize("said", ["游 100 m 会累", "跑咗 5 m会攰", "跑咗五 m 会攰"])
def test_m_after_a_number_keeps_its_metres(corpus: Corpus, said: str) -> None:
    lexicon = corpus.routines["running-all-day"].states["ask"].matcher.lexicon
    assert "不会" not in fold(said, lexicon)


def test_five_metres_tired_is_tired(corpus: Corpus) -> None:
    assert verdict(corpus, "running-all-day/ask", "今天跑咗 5 m 会攰") != "not_tired"


def test_kongish_m_apart_still_negates(corpus: Corpus) -> None:
    lexicon = corpus.routines["running-all-day"].states["ask"].matcher.lexicon
    assert fold("m 会攰", lexicon).startswith("不会")


# -- 4. a question back, not a statement ------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("want-drink/ask", "随便什么"),
        ("want-drink/ask", "做什么都行"),
        ("want-drink/ask", "没什么"),
        ("blood-type/ask", "爱谁谁"),
        ("want-drink/ask", "想吃啥吃啥"),
    ],
)
def test_a_statement_is_no_question_back(corpus: Corpus, where: str, answer: str) -> None:
    routine, state = where.split("/")
    assert not asks_back(corpus.routines[routine].states[state], answer)


@pytest.mark.parametrize(
    "answer", ["你问这个干嘛", "我问谁", "你买地做乜", "你问这个做什么啊", "why do you ask"]
)
def test_a_question_back_still_asks_back(corpus: Corpus, answer: str) -> None:
    assert asks_back(corpus.routines["want-drink"].states["ask"], answer)
