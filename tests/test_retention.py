"""Storage does not grow without bound: a person's live links are capped, and a sweep (at
start and every hour) deletes expired links, old inline plays, idle chats with nothing worth
keeping and unused networks, on both back ends.

Breakage: no cap on a person's links; expired links, inline plays, chats and networks kept
for ever."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.application import retention
from bot.application.links import LINK_SECONDS, MAX_LIVE_LINKS
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import LinkRecord, Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, BOB, private, running_bot, sends, wait_for
from tests.test_storage import raw

DAY = 24 * 3600
OLD = 400 * DAY  # long past every retention period


def test_the_sweep_deletes_what_is_past_keeping_and_nothing_else(
    database: str | Path, engine: Engine
) -> None:
    storage = Storage(database)
    try:
        check_the_sweep(database, storage, engine)
    finally:
        storage.close()


def check_the_sweep(database: str | Path, storage: Storage, engine: Engine) -> None:
    now = time.time()
    storage.create_link(LinkRecord("expired-link", 1, "en", "ten-knives", now - LINK_SECONDS - 1))
    storage.create_link(LinkRecord("live-link", 1, "en", "ten-knives", now - 60))
    for play in ("old-play", "new-play"):
        assert storage.move_play(play, None, "p:ask")
    raw(database, "UPDATE inline_plays SET touched = ? WHERE play = 'old-play'", (now - OLD,))
    alice = Person(1, "Alice")
    waiting = handled(
        engine, ChatState(), Incoming(alice, "/prank ten-knives anyway", now, True)
    ).chat
    scored = ChatState(scores={"1": retention_score()})
    chats = {-1: ChatState(lang="en"), -2: waiting, -3: scored, -4: ChatState(lang="en"),
             -5: ChatState(lang="en")}  # fmt: skip
    for chat_id, state in chats.items():
        storage.save_chat(chat_id, state)
    storage.remember_question(-1, 7, "")
    storage.save_network(-5, b"model", {"spec": {}}, None)  # idle chat, but it has a network
    storage.save_network(-6, b"model", {"spec": {}}, None)
    raw(database, "UPDATE chats SET touched = ? WHERE chat_id <> -4", (now - OLD,))
    raw(database, "UPDATE networks SET touched = ? WHERE chat_id = -6", (now - OLD,))
    gone = retention.sweep(storage, now)
    assert gone == {"links": 1, "inline_plays": 1, "networks": 1, "chats": 1}
    assert storage.get_link("expired-link") is None and storage.get_link("live-link")
    assert storage.play_state("old-play") is None and storage.play_state("new-play")
    assert storage.load_chat(-1) == ChatState()  # idle, nothing kept: gone
    assert storage.ticket_for(-1, 7) is None
    assert storage.load_chat(-2).pranks and storage.load_chat(-3).scores  # kept
    assert storage.load_chat(-4).lang == "en" and storage.load_chat(-5).lang == "en"
    assert storage.load_network(-5) is not None and storage.load_network(-6) is None
    assert retention.sweep(storage, now) == {"links": 0, "inline_plays": 0, "networks": 0,
                                             "chats": 0}  # fmt: skip


def retention_score():  # a chat where someone has a score
    from bot.conversation.state import Score

    return Score("Alice", 1, 0)


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_a_person_has_at_most_twenty_live_links(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        for _ in range(MAX_LIVE_LINKS):
            emulator.user_message(private(ALICE), ALICE, "/link")
        await asyncio.to_thread(emulator.wait_for_count, "sendMessage", MAX_LIVE_LINKS)
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, "/link")
        refused = await wait_for(emulator, sends(ALICE["id"]), after=mark)
        emulator.user_message(private(BOB), BOB, "/link")  # someone else still may
        made = await wait_for(emulator, sends(BOB["id"], "t.me/"))
    assert "20 live prank links" in refused["params"]["text"]
    assert "t.me/" not in refused["params"]["text"]
    assert "整蛊链接" in made["params"]["text"]
    zh = emulator.sent_texts(BOB["id"])
    assert zh and all("live prank links" not in text for text in zh)


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_the_bot_sweeps_at_start(emulator: Emulator, tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    storage.create_link(LinkRecord("expired-link", 1, "en", "ten-knives", time.time() - OLD))
    storage.close()
    async with running_bot(emulator, db):
        looking = Storage(db)
        try:
            deadline = time.monotonic() + 15
            while looking.get_link("expired-link") is not None:
                assert time.monotonic() < deadline, "no sweep at start"
                await asyncio.sleep(0.05)
        finally:
            looking.close()
