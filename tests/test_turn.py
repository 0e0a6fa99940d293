"""The turn service on its own: real storage (SQLite in a temporary file), the real engine, and
an outbox that records what a front end would deliver (the outbox is the adapters' port)."""

from __future__ import annotations

import logging
import random
import sqlite3
from collections.abc import Coroutine, Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.application.services import Services
from bot.application.turn import ChatMovedError, Send, Sent, Turns, UndeliverableError
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.commands import Event, Say
from bot.conversation.engine import NOT_A_QUESTION
from bot.conversation.state import Person
from bot.storage import Storage

ALICE = Person(1, "Alice", "alice", "zh-hans")  # ten-knives plays in Chinese
BOB = Person(2, "Bob", "bob", "zh-hans")
GROUP = -100


class RecordingOutbox:
    """Delivers nothing; numbers messages from 100 and remembers every effect."""

    def __init__(self, moved: dict[int, int] | None = None, blocked: bool = False) -> None:
        self.sent: list[tuple[int, Send, int]] = []
        self.shown: list[Event] = []
        self.told: list[tuple[int, str]] = []
        self.timers: dict[int, dict[str, float]] = {}
        self.work: list[Coroutine[Any, Any, None]] = []
        self.moved = moved or {}
        self.blocked = blocked

    async def send(self, chat_id: int, message: Send) -> Sent:
        if chat_id in self.moved:
            raise ChatMovedError(self.moved.pop(chat_id))
        if self.blocked:
            raise UndeliverableError("blocked")
        number = 100 + len(self.sent)
        self.sent.append((chat_id, message, number))
        return Sent(number, chat_id < 0)

    async def show(self, chat_id: int, event: Event, reply_to: int | None) -> Sent | None:
        self.shown.append(event)
        return Sent(500 + len(self.shown), chat_id < 0)

    async def tell(self, chat_id: int, text: str) -> None:
        self.told.append((chat_id, text))

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        self.work.append(work)

    def set_timers(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        self.timers[chat_id] = dict(deadlines)


@pytest.fixture
def turns(corpus: Corpus, tmp_path: Path) -> Turns:
    storage = Storage(tmp_path / "bot.sqlite3")
    return Turns(Services(corpus, storage, random.Random(1)), storage)


def said(outbox: RecordingOutbox) -> list[str]:
    return [send.reply.text for _, send, _ in outbox.sent]


async def test_a_question_is_remembered_under_the_id_the_outbox_gave(turns: Turns) -> None:
    outbox = RecordingOutbox()
    asked = Incoming(ALICE, "/prank ten-knives @bob", 1.0, True, chat_id=GROUP, message_id=7)
    await turns.take(asked, outbox, update_id=11)
    (chat, send, number) = outbox.sent[0]
    assert chat == GROUP and send.force_reply and send.quote == 7  # aimed, in a group
    assert turns.storage.ticket_for(GROUP, number) == send.reply.ticket
    assert turns.storage.seen_update(11)  # marked with the state it changed
    assert list(outbox.timers[GROUP]) == [send.reply.ticket]

    answer = Incoming(
        BOB, "八把", 2.0, True, chat_id=GROUP, message_id=8, reply_to=number, reply_to_bot=True
    )
    response = await turns.take(answer, outbox)
    assert [ending.outcome for ending in response.endings] == ["fell"]
    punchline = outbox.sent[1]
    assert punchline[1].quote == 8 and "儿子" in punchline[1].reply.text
    # The ended prank's question asks nothing any more; the punchline is noted as chatter.
    assert turns.storage.ticket_for(GROUP, number) in (None, NOT_A_QUESTION)
    assert turns.storage.ticket_for(GROUP, punchline[2]) == NOT_A_QUESTION
    assert outbox.timers[GROUP] == {}


async def test_a_private_question_offers_to_share_and_quotes_nothing(turns: Turns) -> None:
    outbox = RecordingOutbox()
    await turns.take(Incoming(ALICE, "/prank ten-knives", 1.0, chat_id=1, message_id=3), outbox)
    (_, send, _) = outbox.sent[0]
    assert send.quote is None and not send.force_reply
    assert send.share == ("ten-knives", "zh")


async def test_a_group_that_moved_gets_its_replies_at_the_new_id(turns: Turns) -> None:
    outbox = RecordingOutbox(moved={GROUP: -1009})
    await turns.take(Incoming(ALICE, "/prank ten-knives @bob", 1.0, True, chat_id=GROUP), outbox)
    assert outbox.sent[0][0] == -1009
    assert turns.storage.load_chat(-1009).pranks and not turns.storage.load_chat(GROUP).pranks


async def test_an_unreachable_reveal_still_ends_the_prank(turns: Turns) -> None:
    await turns.take(Incoming(ALICE, "/prank ten-knives", 1.0, chat_id=1), RecordingOutbox())
    blocked = RecordingOutbox(blocked=True)
    await turns.expire_due(1e12, blocked)
    assert turns.storage.load_chat(1).pranks == {}
    assert blocked.timers[1] == {}


async def test_a_services_command_runs_in_the_background_and_is_shown(turns: Turns) -> None:
    outbox = RecordingOutbox()
    response = await turns.take(Incoming(ALICE, "/links", 1.0, True, chat_id=GROUP), outbox)
    assert response.call is not None and outbox.sent == [] and len(outbox.work) == 1
    await outbox.work[0]
    assert outbox.shown and isinstance(outbox.shown[0], Say)
    assert turns.storage.ticket_for(GROUP, 501) == NOT_A_QUESTION  # in a group: chatter


async def test_a_flooding_member_is_told_once_then_dropped(turns: Turns) -> None:
    outbox = RecordingOutbox()
    for second in range(8):
        await turns.take(Incoming(ALICE, "/help", float(second), True, chat_id=GROUP), outbox)
    assert len(outbox.sent) == turns.throttle.limit + 1  # the answers, and one "slow down"


async def test_a_move_onto_a_chat_that_only_chatted_keeps_the_prank(turns: Turns) -> None:
    """Breakage: chatter in the new supergroup, handled before the move, left a row with an
    empty state; the move kept that row and dropped the old group's prank with its own."""
    outbox = RecordingOutbox()
    await turns.take(Incoming(ALICE, "/prank ten-knives @bob", 1.0, True, chat_id=GROUP), outbox)
    await turns.take(Incoming(BOB, "hello all", 2.0, True, chat_id=-1009), outbox, update_id=5)
    await turns.migrate(GROUP, -1009, outbox)
    moved = turns.storage.load_chat(-1009)
    assert [prank.routine for prank in moved.pranks.values()] == ["ten-knives"]
    assert list(outbox.timers[-1009]) == list(moved.pranks)
    assert turns.storage.load_chat(GROUP).pranks == {}


async def test_a_move_keeps_the_groups_language_over_the_new_chats_first_heard(
    turns: Turns,
) -> None:
    """review18: a message in the new supergroup, handled before the move, sets its language
    from its sender (group_language); the old group's language (first heard there, or chosen
    with /lang) must win the merge."""
    outbox = RecordingOutbox()
    await turns.take(Incoming(ALICE, "/help", 1.0, True, chat_id=GROUP), outbox)
    assert turns.storage.load_chat(GROUP).lang == "zh"
    english = Person(3, "Carol", "carol", "en")
    await turns.take(Incoming(english, "/help", 2.0, True, chat_id=-1009), outbox, update_id=5)
    assert turns.storage.load_chat(-1009).lang == "en"
    await turns.migrate(GROUP, -1009, outbox)
    assert turns.storage.load_chat(-1009).lang == "zh"


class FailingOutbox(RecordingOutbox):
    """Delivers `deliverable` replies, then finds the chat unreachable."""

    def __init__(self, deliverable: int) -> None:
        super().__init__()
        self.deliverable = deliverable

    async def send(self, chat_id: int, message: Send) -> Sent:
        if len(self.sent) >= self.deliverable:
            raise UndeliverableError("blocked")
        return await super().send(chat_id, message)


async def test_a_reply_that_cannot_go_out_leaves_the_ones_before_it_noted(turns: Turns) -> None:
    """What was sent before a send failed is noted all the same: the first reveal, in a group,
    is chatter (a reply to it answers no prank), though the second was never delivered."""
    asking = RecordingOutbox()
    await turns.take(Incoming(ALICE, "/prank ten-knives @bob", 1.0, True, chat_id=GROUP), asking)
    await turns.take(Incoming(BOB, "/prank ten-knives @alice", 1.0, True, chat_id=GROUP), asking)
    outbox = FailingOutbox(deliverable=1)
    await turns.expire_due(1e12, outbox)  # both pranks revealed in one turn: two replies
    [(_, send, number)] = outbox.sent
    assert "⏰" in send.reply.text
    assert turns.storage.ticket_for(GROUP, number) == NOT_A_QUESTION


def _break_notes(database: Path) -> None:
    """Make every write of questions fail, as a database refusing it would."""
    with sqlite3.connect(database) as db:
        db.execute(
            "CREATE TRIGGER no_notes BEFORE INSERT ON questions"
            " BEGIN SELECT RAISE(ABORT, 'no notes today'); END"
        )


async def test_a_note_write_that_fails_once_is_tried_again(turns: Turns, tmp_path: Path) -> None:
    """Breakage: one failed write lost every note of the turn (its questions, its keyboards),
    the update already marked handled; a reply to the question then answered the wrong prank."""
    _break_notes(tmp_path / "bot.sqlite3")

    class Mend(logging.Handler):  # the database takes writes again once the turn says so
        def emit(self, record: logging.LogRecord) -> None:
            if "trying again" in record.getMessage():
                with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
                    db.execute("DROP TRIGGER IF EXISTS no_notes")

    outbox, mend = RecordingOutbox(), Mend()
    logging.getLogger("bot.application.turn").addHandler(mend)
    try:
        asked = Incoming(ALICE, "/prank ten-knives @bob", 1.0, True, chat_id=GROUP)
        await turns.take(asked, outbox, update_id=11)
    finally:
        logging.getLogger("bot.application.turn").removeHandler(mend)
    (_, send, number) = outbox.sent[0]
    assert turns.storage.ticket_for(GROUP, number) == send.reply.ticket


async def test_notes_that_cannot_be_written_are_said_and_the_turn_goes_on(
    turns: Turns, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _break_notes(tmp_path / "bot.sqlite3")
    outbox = RecordingOutbox()
    with caplog.at_level(logging.WARNING, "bot.application.turn"):
        await turns.take(Incoming(ALICE, "/joke", 1.0, True, chat_id=GROUP), outbox)
        await turns.take(
            Incoming(ALICE, "/prank ten-knives @bob", 2.0, True, chat_id=GROUP), outbox
        )
    assert len(outbox.sent) == 2 and outbox.timers[GROUP]  # the prank's timer set all the same
    lost = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(lost) == 2 and "1 keyboards and 1 questions" in lost[0]
    token = outbox.sent[0][1].keys[0][0].data[1:].split(".")[0]  # what signs the keyboard
    assert token and token not in caplog.text
