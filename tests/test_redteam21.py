"""Round twenty-one's red team, through the real Application over HTTP against the emulator:
what a failing Telegram does to ops21's timeouts' reveals put back for a later sweep, each
seen red before its fix."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, GROUP, running_bot, sends, wait_for

slow = pytest.mark.slow  # a bot against the Telegram emulator

OTHER_GROUP = {"id": -100600, "type": "supergroup", "title": "Others"}


def overdue_prank(corpus: Corpus, group: dict) -> ChatState:
    """Alice's prank in `group`, started at the epoch: long past its time."""
    starter = Person(ALICE["id"], ALICE["first_name"], ALICE.get("username"), "en")
    started = Incoming(starter, "/prank ten-knives anyway", 0.0, True, chat_id=group["id"])
    return handled(Engine(corpus), ChatState(lang="en"), started).chat


def reveals_in(emulator: Emulator, group: dict) -> list[str]:
    return [text for text in emulator.sent_texts(group["id"]) if say("timeout", "en") in text]


@slow
async def test_a_reveal_telegram_failed_is_said_on_a_later_sweep_and_holds_no_other_chat(
    emulator: Emulator, tmp_path: Path, corpus: Corpus
) -> None:
    """Two groups' pranks are overdue when the bot starts; Telegram answers the first reveal
    sent with a 500 (it says the call failed: nothing was said). Both reveals are said, once
    each, and both pranks are over. Breakage: the 500 was raised out of the reveal, that
    prank saved as over with its reveal never said (seen red: the first group's never came)."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        storage.save_chat(GROUP["id"], overdue_prank(corpus, GROUP))
        storage.save_chat(OTHER_GROUP["id"], overdue_prank(corpus, OTHER_GROUP))
    finally:
        storage.close()
    emulator.inject("sendMessage", "500")
    async with running_bot(emulator, db, sweep_seconds=0.3):
        await wait_for(emulator, sends(OTHER_GROUP["id"], say("timeout", "en")), timeout=10)
        await wait_for(emulator, sends(GROUP["id"], say("timeout", "en")), timeout=10)
        await asyncio.sleep(1.0)  # a few more sweeps: nothing is said twice
    assert len(reveals_in(emulator, GROUP)) == 1
    assert len(reveals_in(emulator, OTHER_GROUP)) == 1
    after = Storage(db)
    try:
        assert after.load_chat(GROUP["id"]).pranks == {}
        assert after.load_chat(OTHER_GROUP["id"]).pranks == {}
    finally:
        after.close()


OLD_GROUP = {"id": -500, "type": "group", "title": "Before the upgrade"}
SUPERGROUP = {"id": -100700, "type": "supergroup", "title": "After the upgrade"}


@slow
@pytest.mark.parametrize("then", ["500", "drop"])
async def test_a_reveal_that_finds_its_group_upgraded_and_then_fails_is_not_lost(
    emulator: Emulator, tmp_path: Path, corpus: Corpus, then: str
) -> None:
    """Alice's prank in a group is overdue; the group became a supergroup meanwhile (the bot
    not told yet), so the reveal is refused there (400, migrate_to_chat_id), and its send to
    the supergroup fails in turn: Telegram refuses it ("500": nothing said, said on a later
    sweep) or the connection breaks mid-call ("drop": maybe said, never said twice). Either
    way the prank is over in both chats once the supergroup has its reveal (at most once).
    Breakage: the second send's failure was raised out of the ChatMovedError handler, past
    the handlers of the same try, so the refused reveal was never said again."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        storage.save_chat(OLD_GROUP["id"], overdue_prank(corpus, OLD_GROUP))
    finally:
        storage.close()
    emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
    emulator.inject("sendMessage", "none")  # the old group's send: refused, moved
    emulator.inject("sendMessage", then)  # the supergroup's
    async with running_bot(emulator, db, sweep_seconds=0.3):
        if then == "500":
            await wait_for(emulator, sends(SUPERGROUP["id"], say("timeout", "en")), timeout=10)
        await asyncio.sleep(1.5)  # a few more sweeps: nothing is said twice
    assert len(reveals_in(emulator, SUPERGROUP)) <= 1
    after = Storage(db)
    try:
        assert after.load_chat(OLD_GROUP["id"]).pranks == {}
        assert after.load_chat(SUPERGROUP["id"]).pranks == {}
    finally:
        after.close()
