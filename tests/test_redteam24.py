"""Red team 24: ops24's outside-facing changes attacked through the strict Telegram emulator
(the real python-telegram-bot Application over real HTTP)."""

from __future__ import annotations

import asyncio
import random
import re
from pathlib import Path

import pytest
from telegram import Update

from bot.application.services import Services
from bot.application.turn import ChatMovedError, Send, Sent, Turns
from bot.config import Webhook
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import Storage, StorageError
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.webhook import WebhookServer
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    private,
    running_bot,
    sends,
    wait_for,
)
from tests.test_turn import RecordingOutbox

SAM = Person(6, "Sam", "samsam", "en")
MEI = Person(5, "Mei", "meimei", "zh-hans")


async def _link(emulator: Emulator, owner: dict, routine: str) -> str:
    """A new prank link of `owner`'s for `routine`: its code."""
    emulator.user_message(private(owner), owner, f"/link {routine}")
    made = await wait_for(emulator, sends(owner["id"], "start="))
    return re.search(r"start=([A-Za-z0-9_-]+)", made["params"]["text"]).group(1)


def _plays(db: Path, code: str) -> int:
    storage = Storage(db)
    try:
        return storage.get_link(code).plays
    finally:
        storage.close()


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_a_link_offered_then_played_anyway_is_one_play(
    emulator: Emulator, tmp_path: Path
) -> None:
    """ops24 counted a link's play at the offer ("only in English… /start CODE anyway") and
    again at "anyway": the owner's /links read 2 plays of one friend, and a friend opening it
    three times to read the offer spent three of its 50 plays with nothing played. A play is
    counted when the link's prank starts. Must not change: a link that plays at once is one
    play."""
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        code = await _link(emulator, ALICE, "toast-toaster")  # English only
        for _ in range(3):  # Carol (zh-hans): offered, nothing played
            mark = emulator.mark()
            emulator.user_message(private(CAROL), CAROL, f"/start {code}")
            await wait_for(emulator, sends(CAROL["id"], f"/start {code} 照玩"), after=mark)
        assert _plays(db, code) == 0
        mark = emulator.mark()
        emulator.user_message(private(CAROL), CAROL, f"/start {code} 照玩")
        await wait_for(emulator, sends(CAROL["id"], "five times"), after=mark)
        assert _plays(db, code) == 1
        plain = await _link(emulator, CAROL, "ten-knives")  # Chinese: Carol's link, Alice's play
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, f"/start {plain} anyway")
        await wait_for(emulator, sends(ALICE["id"], "knives"), after=mark)
        assert _plays(db, plain) == 1
    assert emulator.rejected == []


@pytest.mark.parametrize(
    ("who", "typed", "routine"),
    [
        (SAM, "/prank ten-knives anyway\u200f", "ten-knives"),  # a right-to-left mark after
        (SAM, "/prank ten-knives any\u200dway", "ten-knives"),  # a zero-width joiner inside
        (MEI, "/prank toast-toaster 照\u200d玩", "toast-toaster"),
        (MEI, "/prank toast-toaster \u2067照玩\u2069", "toast-toaster"),  # an isolate round it
        (MEI, "/prank toast-toaster 照\u200b玩吧", "toast-toaster"),  # a zero-width space
    ],
)
def test_the_word_to_play_anyway_is_read_through_invisible_marks(
    engine: Engine, who: Person, typed: str, routine: str
) -> None:
    """An invisible mark in or round 照玩 / "anyway" (pasted from a right-to-left chat, or a
    keyboard's joiner) left the word unread, and the line echoed the name without the mark:
    "There is no routine called “ten-knives anyway”", a line that denies what it shows.
    The word is read as shown, its marks gone (`clean_name`, as a name is shown)."""
    response = handled(engine, ChatState(), Incoming(who, typed, 0.0))
    assert [prank.routine for prank in response.chat.pranks.values()] == [routine]


@pytest.mark.parametrize(
    ("who", "typed", "offered"),
    [
        (SAM, "/prank ten-knives", "/prank ten-knives anyway"),
        (SAM, "/prank ten-knives any\u200fway-ish", "no routine"),
        (MEI, "/prank toast-toaster 照\u200d", "没有叫"),
    ],
)
def test_without_the_word_no_invisible_mark_plays_it(
    engine: Engine, who: Person, typed: str, offered: str
) -> None:
    """Must not change: without the whole word the routine is not played."""
    response = handled(engine, ChatState(), Incoming(who, typed, 0.0))
    assert not response.chat.pranks
    assert offered in response.replies[0].text


# -- two groups moving at once, each while its supergroup's update waits ------------------

GROUPS = {-4_012_345_601: -1_004_012_345_601, -4_012_345_602: -1_004_012_345_602}


class _MovedOnSend(RecordingOutbox):
    """Its first send to each group waits until `go` is set, then finds the group moved."""

    def __init__(self) -> None:
        super().__init__()
        self.reached: set[int] = set()
        self.go = asyncio.Event()

    async def send(self, chat_id: int, message: Send) -> Sent:
        if chat_id in GROUPS:
            self.reached.add(chat_id)
            await self.go.wait()
            raise ChatMovedError(GROUPS[chat_id])
        return await super().send(chat_id, message)


class _Application:
    """What WebhookServer.handle asks of python-telegram-bot's Application: its update
    processor (the bot's own, as bot/telegram/app.py builds it) and process_update, here a
    turn of the update's chat."""

    def __init__(self, turns: Turns, outbox: _MovedOnSend) -> None:
        self.update_processor = ChatOrderedProcessor()
        self.bot_data: dict[str, object] = {}
        self.turns = turns
        self.outbox = outbox

    async def process_update(self, update: Update) -> None:
        chat = update.effective_chat
        assert chat is not None
        said = Incoming(
            Person(1, "Alice", "alice", "en"), "/prank toast-toaster", 1.0, True, chat_id=chat.id
        )
        await self.turns.take(said, self.outbox, update.update_id)


def _update(update_id: int, chat_id: int) -> Update:
    kind = "group" if chat_id in GROUPS else "supergroup"
    message = {
        "message_id": update_id,
        "date": 0,
        "chat": {"id": chat_id, "type": kind, "title": "G"},
        "from": {"id": 1, "is_bot": False, "first_name": "Alice"},
        "text": "/prank toast-toaster",
    }
    return Update.de_json({"update_id": update_id, "message": message}, None)  # type: ignore[arg-type]


async def test_two_groups_moving_at_once_while_their_supergroups_chat_do_not_deadlock(
    corpus: Corpus, database: str | Path
) -> None:
    """The webhook took a chat's database lock before the update's working slot (two for
    groups): two groups' turns, each in a slot, found their group moved and waited for the
    supergroup's lock (`Turns._move`), held by the supergroup's own update, which waited for
    a slot. Neither ever went on, on one instance or several. Must not change: each group's
    question goes to its supergroup."""
    storage = Storage(database)
    outbox = _MovedOnSend()
    application = _Application(Turns(Services(corpus, storage, random.Random(1)), storage), outbox)
    server = WebhookServer(
        application, storage, Webhook("https://x.example/hook", "s" * 32, "127.0.0.1", 0, "/hook")
    )  # type: ignore[arg-type]
    try:
        moving = [asyncio.create_task(server.handle(_update(n, g))) for n, g in enumerate(GROUPS)]
        async with asyncio.timeout(10):
            while len(outbox.reached) < len(GROUPS):
                await asyncio.sleep(0.01)
        chatting = [
            asyncio.create_task(server.handle(_update(10 + n, s)))
            for n, s in enumerate(GROUPS.values())
        ]
        await asyncio.sleep(0.2)  # the supergroups' updates go as far as they may
        outbox.go.set()
        await asyncio.wait_for(asyncio.gather(*moving, *chatting), 10)
        asked = {chat for chat, _, _ in outbox.sent}
        assert set(GROUPS.values()) <= asked
    finally:
        storage.close()


class _FailingMidTurn(_Application):
    """A turn that fails after it began: the database gone mid-turn."""

    async def process_update(self, update: Update) -> None:
        await asyncio.sleep(0)
        raise StorageError("the database went away mid-turn")


async def test_a_lock_held_by_a_turn_that_fails_mid_turn_is_let_go(
    corpus: Corpus, tmp_path: Path
) -> None:
    """Held: the chat's lock (and the record of which task holds it, that lets a task take
    it again) goes with the failed turn; the next update of the chat, in another task, takes
    it at once."""
    storage = Storage(tmp_path / "bot.sqlite3")
    turns = Turns(Services(corpus, storage, random.Random(1)), storage)
    server = WebhookServer(
        _FailingMidTurn(turns, _MovedOnSend()),  # type: ignore[arg-type]
        storage,
        Webhook("https://x.example/hook", "s" * 32, "127.0.0.1", 0, "/hook"),
    )
    group = next(iter(GROUPS))
    try:
        with pytest.raises(StorageError):
            await server.handle(_update(1, group))

        async def next_update() -> None:
            async with storage.chat_lock(group):
                pass

        await asyncio.wait_for(asyncio.create_task(next_update()), 2)
    finally:
        storage.close()
