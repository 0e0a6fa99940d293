"""Round fifteen, found playing the console (the lead, then a new user): asking for a moment
("hold on", "wait a sec", 等等, 等陣, 稍等, 等我一下) is thinking aloud (lexicon.thinking_aloud),
a hum alone (嗯……, "hmm") is thinking too, and whatever says nothing yet (thinking aloud, "what"
or 什么意思 with or without "?", an emoji alone) is waited for in every state, not only where the
reveal is the prank: a riddle met "let me think" and "what" with its answer (the prank given
away, called off) and 等等 or 乜話？ with its hint ("guess again?" to someone who had not
guessed). The bot says why it waits and asks again, MAX_IDLE_WAITS times in a row at most; what
is said after is judged as any answer.
The shipped corpus and lexicon, through the real matcher and engine."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import FELL, Corpus
from bot.conversation.answering import MAX_IDLE_WAITS, Incoming, Response
from bot.conversation.engine import Engine
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


@pytest.mark.parametrize(
    ("lang", "routine", "text_sent"),
    [
        ("zh", "cow-tail", "什么意思"),  # asked again, no question mark (rule "asked again")
        ("zh", "cow-tail", "啥"),
        ("en", "months-28-days", "what"),
        ("en", "months-28-days", "🤔"),  # an emoji alone (rule "an emoji is no answer")
        ("zh", "cow-tail", "嗯……"),  # a hum alone: thinking (rule "a put-off")
        ("en", "months-28-days", "hmm"),
        ("zh", "cow-tail", "等我一下"),
        ("zh-hk", "ten-knives", "乜話？"),  # not the hint: nobody guessed yet
    ],
)
def test_a_riddle_never_gives_its_answer_or_hint_to_what_says_nothing_yet(
    corpus: Corpus, lang: str, routine: str, text_sent: str
) -> None:
    engine, chat = started(corpus, lang, routine)
    state = corpus.routines[routine].states["ask"]
    waited = said(engine, chat, text_sent)
    text = "\n".join(r.text for r in waited.replies)
    assert waited.endings == []
    assert state.say.in_(lang) in text
    assert state.hint is None or state.hint.in_(lang) not in text


def test_a_hum_that_says_yes_still_answers(corpus: Corpus) -> None:
    assert corpus.routines["play-water"].states["ask"].understand("嗯").branch_id == "yes"


@pytest.mark.parametrize(
    ("routine", "answer", "branch"),
    [
        ("play-water", "伓喜欢，水太冷", "no"),  # Fuzhou 伓 is 不
        ("running-all-day", "伓累", "not_tired"),
        ("my-flaw", "伓知道", "dont_know"),
    ],
)
def test_fuzhou_not(corpus: Corpus, routine: str, answer: str, branch: str) -> None:
    assert corpus.routines[routine].states["ask"].understand(answer).branch_id == branch


def test_a_hint_reached_past_the_cap_keeps_the_deadline_and_the_next_wait_reveals(
    corpus: Corpus,
) -> None:
    """review15 S2: the hint a fourth "嗯……" reaches kept neither the count nor the deadline,
    so three more waits and a fresh timeout followed. Now the waits before it were the last."""
    engine, chat = started(corpus, "zh", "ten-knives")
    (opened,) = chat.pranks.values()
    for _ in range(MAX_IDLE_WAITS):
        chat = said(engine, chat, "嗯……").chat
    hinted = said(engine, chat, "嗯……")
    hint = corpus.routines["ten-knives"].states["ask"].hint
    assert hint is not None and hint.in_("zh") in "\n".join(r.text for r in hinted.replies)
    (waiting,) = hinted.chat.pranks.values()
    assert waiting.until == opened.until
    assert said(engine, hinted.chat, "嗯……").endings != []


def test_an_answer_not_understood_after_the_waits_starts_the_count_again(corpus: Corpus) -> None:
    engine, chat = started(corpus, "zh", "ten-knives")
    for _ in range(MAX_IDLE_WAITS):
        chat = said(engine, chat, "嗯……").chat
    chat = said(engine, chat, "我想吃火锅").chat  # the hint, for an answer it did not understand
    assert said(engine, chat, "嗯……").endings == []


def test_a_question_back_past_the_cap_keeps_the_deadline_too(corpus: Corpus) -> None:
    """review16: a question back says nothing as a hum does; the fourth one's hint kept
    neither the count nor the deadline."""
    engine, chat = started(corpus, "zh", "ten-knives")
    (opened,) = chat.pranks.values()
    for _ in range(MAX_IDLE_WAITS):
        chat = said(engine, chat, "嗯……").chat
    hinted = said(engine, chat, "今日食咗乜？")
    (waiting,) = hinted.chat.pranks.values()
    assert waiting.until == opened.until
    assert said(engine, hinted.chat, "嗯……").endings != []
