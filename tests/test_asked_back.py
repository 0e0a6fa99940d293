"""A question back is no answer (issue 18: a score that counts only real falls). A new user
answered "what?" to silent-love and 今日食咗乜？ to gained-weight, whose reveals are the
prank: each was told the punchline and scored as a fall. Now a question back that matches
nothing gets the question once more; what follows is judged as any answer is."""

from __future__ import annotations

import pytest

from bot.content.corpus import FELL, Corpus
from bot.conversation.answering import MAX_IDLE_WAITS, Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled
from tests.support.lines import say as line

SAM = Person(9, "Sam", "sam", "en-US")
KIT = Person(10, "Kit", "kit", "zh-HK")


def play(engine: Engine, chat: ChatState, who: Person, text: str) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, now=1.0))
    engine.validate(outcome.chat)
    return outcome


@pytest.mark.parametrize(
    ("who", "routine", "asked", "lang"),
    [
        (SAM, "silent-love", "what?", "en"),
        (SAM, "silent-love", "huh?!", "en"),
        (KIT, "gained-weight", "今日食咗乜？", "zh-hk"),
        (KIT, "silent-love", "咩話?", "zh-hk"),
    ],
)
def test_a_question_back_gets_the_question_again_not_the_reveal(
    corpus: Corpus, who: Person, routine: str, asked: str, lang: str
) -> None:
    engine = Engine(corpus)
    chat = play(engine, ChatState(), who, f"/prank {routine}").chat
    again = play(engine, chat, who, asked)
    assert not again.endings
    question = corpus.routines[routine].states["ask"].say.in_(lang)
    assert again.replies[0].text == f"{line('asked_again', lang)}\n{question}"
    assert again.replies[0].asks


def test_after_the_question_again_an_answer_lands_and_a_second_question_back_reveals(
    corpus: Corpus,
) -> None:
    engine = Engine(corpus)
    chat = play(engine, ChatState(), SAM, "/prank silent-love").chat
    chat = play(engine, chat, SAM, "what?").chat
    answered = play(engine, chat, SAM, "yes I have")
    assert [e.outcome for e in answered.endings] == [FELL]
    chat = play(engine, ChatState(), SAM, "/prank silent-love").chat
    chat = play(engine, chat, SAM, "what?").chat
    # where the reveal is the prank, a second "what??" asks again too (rule "asked again",
    # fair11): it is no fall; the wait ends with an answer or the prank's timeout
    again = play(engine, chat, SAM, "what??")
    assert again.endings == [] and again.replies[0].asks
    # where it only tells the answer, a riddle's answer is not given away on "what??" either
    # (round fifteen: asked again in every state), but no endless loop: MAX_IDLE_WAITS asks
    # in a row, then the reveal
    chat = play(engine, ChatState(), SAM, "/prank months-28-days").chat
    for _ in range(MAX_IDLE_WAITS):
        asked = play(engine, chat, SAM, "what??")
        assert asked.endings == [] and asked.replies[0].asks
        chat = asked.chat
    revealed = play(engine, chat, SAM, "what??")
    assert len(revealed.endings) == 1


def test_a_statement_that_matches_nothing_still_gets_the_reveal(corpus: Corpus) -> None:
    engine = Engine(corpus)
    chat = play(engine, ChatState(), SAM, "/prank silent-love").chat
    assert play(engine, chat, SAM, "my cat is orange").endings


def test_a_question_back_given_the_hint_starts_the_count_of_waits_again(
    corpus: Corpus,
) -> None:
    # A question back is waited on only past the hints: given the hint (ten-knives has one)
    # it is an answer not understood, and the count of waits in a row starts again. Below the
    # cap the engine does not ask whether it says nothing yet (speed17: it had asked, once
    # more, for every answer reaching the hint).
    engine = Engine(corpus)
    chat = play(engine, ChatState(), KIT, "/prank ten-knives").chat
    hinted = play(engine, chat, KIT, "今日食咗乜？")
    hint = corpus.routines["ten-knives"].states["ask"].hint
    assert hint is not None and hinted.replies[0].text == hint.in_("zh-hk")
    [prank] = hinted.chat.pranks.values()
    assert (prank.tries_used, prank.idle) == (1, 0)
