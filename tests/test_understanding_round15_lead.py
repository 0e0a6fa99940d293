"""Round fifteen, found playing the console: asking for a moment ("hold on", "wait a sec", 等等,
等陣, 稍等) is thinking aloud (lexicon.thinking_aloud), and thinking aloud is waited for in every
state, not only where the reveal is the prank: a riddle met "let me think" with its answer
(the prank given away mid-thought, called off) and 等等 with its hint. The bot says it waits and
asks again, MAX_IDLE_WAITS times in a row at most; what is said after is judged as any answer.
The shipped corpus and lexicon, through the real matcher and engine."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import FELL, Corpus
from bot.conversation.engine import MAX_IDLE_WAITS, Engine, Incoming, Response
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

SAM = Person(502, "Sam", "sam", "en")


def said(engine: Engine, chat: ChatState, text: str) -> Response:
    return handled(engine, chat, Incoming(SAM, text, 1.0))


def started(corpus: Corpus, lang: str, routine: str) -> tuple[Engine, ChatState]:
    engine, chat = Engine(corpus, random.Random(5)), ChatState()
    chat = said(engine, chat, f"/lang {lang}").chat
    return engine, said(engine, chat, f"/prank {routine}").chat


@pytest.mark.parametrize(
    "answer",
    ["hold on", "hang on a sec", "wait", "hmm hold on", "等等", "等陣先", "稍等", "等一下喔"],
)
def test_asking_for_a_moment_answers_nothing_yet(corpus: Corpus, answer: str) -> None:
    state = corpus.routines["ten-knives"].states["ask"]
    assert state.understand(answer).branch is None
    assert state.puts_off(answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [("8 wait", "eight"), ("等一下，八把", "eight"), ("hold on is it 8", "eight")],
)
def test_an_answer_beside_it_still_answers(corpus: Corpus, answer: str, branch: str) -> None:
    assert corpus.routines["ten-knives"].states["ask"].understand(answer).branch_id == branch


@pytest.mark.parametrize(("lang", "thinking"), [("en", "let me think"), ("en", "hold on")])
def test_a_riddle_waits_instead_of_giving_its_answer_away(
    corpus: Corpus, lang: str, thinking: str
) -> None:
    engine, chat = started(corpus, lang, "three-pills")
    waited = said(engine, chat, thinking)
    assert waited.endings == []
    text = "\n".join(r.text for r in waited.replies)
    assert "No rush" in text and "three pills" in text and "Sixty" not in text
    ended = said(engine, waited.chat, "60")
    assert [e.outcome for e in ended.endings] != []
    assert "Correct" in "\n".join(r.text for r in ended.replies)


def test_a_hint_is_kept_for_the_stuck_not_spent_on_the_thinking(corpus: Corpus) -> None:
    engine, chat = started(corpus, "zh", "ten-knives")
    hint = corpus.routines["ten-knives"].states["ask"].hint
    assert hint is not None
    waited = said(engine, chat, "等等")
    assert hint.in_("zh") not in "\n".join(r.text for r in waited.replies)
    stuck = said(engine, waited.chat, "不会算")
    assert hint.in_("zh") in "\n".join(r.text for r in stuck.replies)
    fell = said(engine, stuck.chat, "八把")
    assert [e.outcome for e in fell.endings] == [FELL]


def test_the_waits_are_capped(corpus: Corpus) -> None:
    engine, chat = started(corpus, "en", "three-pills")
    for _ in range(MAX_IDLE_WAITS):
        response = said(engine, chat, "hold on")
        assert response.endings == []
        chat = response.chat
    assert said(engine, chat, "hold on").endings != []
