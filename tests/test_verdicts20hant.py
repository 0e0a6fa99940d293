"""Round twenty's Traditional Chinese verdicts (branch verdicts20hant): Taiwan Mandarin with
Hokkien and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind (not the
tuning sets' rows) beside neighbours it must not change. The shipped corpus and lexicon,
through the real matcher and engine."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import FELL, Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

KA_YAN = Person(520, "Ka Yan", "kayan", "zh-hk")


def verdict(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(answer).branch_id


def said(engine: Engine, chat: ChatState, text: str) -> Response:
    return handled(engine, chat, Incoming(KA_YAN, text, 1.0))


def first_answer(corpus: Corpus, lang: str, routine: str, answer: str) -> Response:
    engine, chat = Engine(corpus, random.Random(5)), ChatState()
    chat = said(engine, chat, f"/lang {lang}").chat
    return said(engine, said(engine, chat, f"/prank {routine}").chat, answer)


# -- a firm correction, then a wait: the answer is still coming ---------------------------------
# (a new user's "三，唔係，等陣先" to the pig that got away ended in the reveal, the prank: the
# 唔係 read as a "no" to "know why?", where 三 was no branch's to take back)


@pytest.mark.parametrize(
    ("lang", "routine", "answer"),
    [
        ("zh-hk", "pig-ran-away", "三，唔係，等陣先"),
        ("zh-hk", "pig-ran-away", "三個，唔係，咪住先"),
        ("zh-hk", "you-and-pig", "四隻腳，唔係，我諗下先"),
        ("zh-hant", "pig-ran-away", "因為牠跑很快，不對，等一下"),
        ("zh-hant", "you-and-pig", "三，不是，讓我想想"),
        ("zh", "pig-ran-away", "三，不对，等一下"),
        ("en", "pig-ran-away", "three, no wait, hold on"),
    ],
)
def test_an_answer_taken_back_for_a_wait_is_waited_for(
    corpus: Corpus, lang: str, routine: str, answer: str
) -> None:
    waited = first_answer(corpus, lang, routine, answer)
    assert waited.endings == []
    assert corpus.routines[routine].states["ask"].say.in_(lang) in waited.replies[-1].text


@pytest.mark.parametrize(
    ("routine", "answer"),
    [
        ("pig-ran-away", "唔知，等陣先"),  # no correction: a don't-know stands, and falls
        ("pig-ran-away", "三，唔係"),  # taken back for nothing coming: the no is an answer
    ],
)
def test_a_no_or_a_dont_know_without_a_wait_still_answers(
    corpus: Corpus, routine: str, answer: str
) -> None:
    assert [e.outcome for e in first_answer(corpus, "zh-hk", routine, answer).endings] == [FELL]


def test_a_branch_answer_after_the_wait_still_counts(corpus: Corpus) -> None:
    assert verdict(corpus, "ten-knives/ask", "八把，唔係，等陣，係八把") == "eight"
