"""Round twenty-three's red team, through the real Application over HTTP against the emulator:
what a group found moved (ops23: merged into the supergroup's state) and hostile /prank
arguments (ops23: a word of a routine's opening question) do, each seen red before its fix."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import BOT, Emulator
from tests.support.telegram_fixtures import ALICE, running_bot

slow = pytest.mark.slow  # a bot against the Telegram emulator

CORPUS: list[Corpus] = []


@pytest.fixture(autouse=True)
def _the_corpus(corpus: Corpus) -> None:
    CORPUS[:] = [corpus]


OLD_GROUP = {"id": -502, "type": "group", "title": "Before the upgrade"}
SUPERGROUP = {"id": -100702, "type": "supergroup", "title": "After the upgrade"}


def waiting_in(group: dict, starter: Person, routine: str) -> ChatState:
    """`starter`'s prank of `routine` waiting in `group`, started far in the future (not due)."""
    started = Incoming(starter, f"/prank {routine}", 4e9, True, chat_id=group["id"])
    chat = handled(Engine(CORPUS[0]), ChatState(lang="en"), started).chat
    assert [p.routine for p in chat.pranks.values()] == [routine]
    return chat


async def until_faults_spent(emulator: Emulator, timeout: float = 15) -> None:
    """Wait until every injected fault was met, then a moment more for the turn to end."""
    deadline = asyncio.get_running_loop().time() + timeout
    while any(emulator.faults.values()):
        assert asyncio.get_running_loop().time() < deadline, emulator.faults
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)


# -- a greeting that fails after its group was found moved ---------------------------------


@slow
async def test_a_greeting_that_fails_in_the_supergroup_keeps_the_supergroups_pranks(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Bo's prank waits in a supergroup; Alice adds the bot to the group it was upgraded
    from (the bot never told). The greeting is refused in the old group (moved), and its
    send to the supergroup fails (a 500: never said). The group stays ungreeted, and Bo's
    prank still waits in the supergroup. Breakage (ops23, reported unfixed): Turns.take
    saved the old group's state from before the turn over the supergroup's, its pranks lost."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        storage.save_chat(
            SUPERGROUP["id"], waiting_in(SUPERGROUP, Person(1004, "Bo"), "one-and-three")
        )
    finally:
        storage.close()
    emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
    emulator.inject("sendMessage", "500", chat_id=SUPERGROUP["id"])
    async with running_bot(emulator, db):
        emulator.user_message(OLD_GROUP, ALICE, new_chat_members=[BOT])
        await until_faults_spent(emulator)
    after = Storage(db)
    try:
        left = after.load_chat(SUPERGROUP["id"]).pranks.values()
        assert [p.routine for p in left] == ["one-and-three"], left
        assert after.load_chat(OLD_GROUP["id"]) == ChatState()
    finally:
        after.close()
