"""Round fourteen, found by a new user playing the console: thinking aloud ("let me think",
让我想想, 等我諗吓) and "I'll tell you later" (再跟你说, 陣間先話你知) answer nothing yet. A
hum before them (嗯) is no yes, where the reveal is the prank the bot waits instead of
scoring a fall, and what a later clause says is the answer. The shipped corpus and lexicon,
through the real matcher and engine."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import CALLED_OFF, FELL, Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

SAM = Person(501, "Sam", "sam", "zh-hans")


def said(engine: Engine, chat: ChatState, text: str) -> Response:
    return handled(engine, chat, Incoming(SAM, text, 1.0))


@pytest.mark.parametrize(
    ("routine", "answer"),
    [
        ("play-water", "嗯……等一下再跟你說"),
        ("play-water", "等会儿再告诉你"),
        ("play-water", "陣間先話你知"),
        ("play-water", "遲啲話你知啦"),
        ("gained-weight", "嗯……让我想想"),
        ("gained-weight", "嗯……等我諗吓"),
        ("gained-weight", "mm let me think"),
        ("silent-love", "嗯，容我想想"),
    ],
)
def test_thinking_aloud_or_telling_later_answers_nothing_yet(
    corpus: Corpus, routine: str, answer: str
) -> None:
    state = corpus.routines[routine].states["ask"]
    assert state.understand(answer).branch is None, state.understand(answer).explain()
    assert state.puts_off(answer)


@pytest.mark.parametrize(
    ("routine", "answer", "branch"),
    [
        ("ten-knives", "我想想……八把", "eight"),  # the thinking done, the answer comes
        ("ten-knives", "让我想一想。八把吧", "eight"),
        ("cow-tail", "东边吧 我算算", "direction"),  # a guess before it stands, hedged
        ("play-water", "let me think... yeah i do", "yes"),
    ],
)
def test_what_comes_after_the_thinking_or_before_it_as_a_guess_answers(
    corpus: Corpus, routine: str, answer: str, branch: str
) -> None:
    assert corpus.routines[routine].states["ask"].understand(answer).branch_id == branch


@pytest.mark.parametrize(("lang", "thinking"), [("zh", "嗯……让我想想"), ("zh-hk", "嗯……等我諗吓")])
def test_where_the_reveal_is_the_prank_thinking_aloud_is_waited_for_not_scored(
    corpus: Corpus, lang: str, thinking: str
) -> None:
    assert corpus.routines["gained-weight"].states["ask"].reveal_outcome == FELL
    engine, chat = Engine(corpus, random.Random(3)), ChatState()
    chat = said(engine, chat, f"/lang {lang}").chat
    chat = said(engine, chat, "/prank gained-weight").chat
    waited = said(engine, chat, thinking)
    assert waited.endings == [], "\n".join(r.text for r in waited.replies)
    landed = said(engine, waited.chat, "有啊")
    assert [e.outcome for e in landed.endings] == [FELL]


def test_a_riddles_dont_know_ends_called_off_through_the_engine(corpus: Corpus) -> None:
    """The ending the scoreboard, /stats, link reports and metrics read: no fall for 不知道
    to the word everyone reads wrong (the reply only tells the answer)."""
    engine, chat = Engine(corpus, random.Random(3)), ChatState()
    chat = said(engine, chat, "/lang zh").chat
    chat = said(engine, chat, "/prank misread-char").chat
    ended = said(engine, chat, "不知道")
    assert [e.outcome for e in ended.endings] == [CALLED_OFF]
