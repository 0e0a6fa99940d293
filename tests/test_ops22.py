"""Round twenty-two's should-fixes (ops22): a timeout's reveal put back while Telegram is down
is tried again after a growing wait, not on every sweep. The Telegram side through the real
Application over HTTP against the emulator."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from bot.application.turn import REVEAL_RETRY_DOUBLINGS, retry_wait
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, GROUP, running_bot, sends, wait_for

slow = pytest.mark.slow  # a bot against the Telegram emulator

# -- a put-back reveal waits longer each time ------------------------------------------------


def overdue_prank(corpus: Corpus, group: dict) -> ChatState:
    """Alice's prank in `group`, started at the epoch: long past its time."""
    starter = Person(ALICE["id"], ALICE["first_name"], ALICE.get("username"), "en")
    started = Incoming(starter, "/prank ten-knives anyway", 0.0, True, chat_id=group["id"])
    return handled(Engine(corpus), ChatState(lang="en"), started).chat


def test_the_wait_doubles_from_the_first_up_to_its_cap() -> None:
    assert [retry_wait(5.0, tries) for tries in (1, 2, 3, 4)] == [5.0, 10.0, 20.0, 40.0]
    cap = 5.0 * 2**REVEAL_RETRY_DOUBLINGS
    assert retry_wait(5.0, REVEAL_RETRY_DOUBLINGS + 1) == cap == retry_wait(5.0, 1000)
    assert 120 <= cap <= 600  # a few minutes with the 5 s sweep


def test_the_count_of_reveals_that_never_left_is_kept_with_the_prank() -> None:
    """Kept in the chat's stored state: a restart keeps the wait growing. A state stored
    before the field reads as none; a prank that never failed stores nothing more."""
    prank = Prank("ten-knives", "ask", Person(1, "Alice"), 100.0, unsent_reveals=3)
    assert Prank.from_json(prank.to_json()).unsent_reveals == 3
    fresh = Prank("ten-knives", "ask", Person(1, "Alice"), 100.0)
    assert "unsent_reveals" not in fresh.to_json()
    assert Prank.from_json(fresh.to_json()).unsent_reveals == 0
    assert prank.waiting(200.0).unsent_reveals == 0  # an answer that goes on starts again


def _sweeps() -> float:
    return REGISTRY.get_sample_value("taolu_reveal_sweeps_total") or 0.0


@slow
async def test_a_reveal_put_back_while_telegram_is_down_is_tried_less_and_less_then_said_once(
    emulator: Emulator, tmp_path: Path, corpus: Corpus, caplog: pytest.LogCaptureFixture
) -> None:
    """A group's prank comes due while Telegram cannot be reached: its reveal never leaves and
    is put back. Over a few seconds of sweeps every 0.2 s it is tried far fewer times than
    there are sweeps (each wait twice the one before), its count of tries is in the store,
    and once Telegram is back the group hears its reveal exactly once. Breakage: put back
    due at once, every sweep tried it again (seen red: as many tries as sweeps)."""
    caplog.set_level(logging.WARNING, logger="bot.application.turn")
    never_left = f"chat {GROUP['id']}: a timeout's reveal never left"
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db, sweep_seconds=0.2):
        await asyncio.to_thread(emulator.wait_for_count, "setMyCommands", 1)
        emulator.go_down()
        storage = Storage(db)
        try:
            storage.save_chat(GROUP["id"], overdue_prank(corpus, GROUP))
        finally:
            storage.close()
        sweeps_before = _sweeps()
        await asyncio.sleep(4.0)  # about twenty sweeps meet the outage
        sweeps = _sweeps() - sweeps_before
        tries = sum(never_left in record.getMessage() for record in caplog.records)
        stored = Storage(db)
        try:
            (prank,) = stored.load_chat(GROUP["id"]).pranks.values()
        finally:
            stored.close()
        emulator.come_back()
        await wait_for(emulator, sends(GROUP["id"], say("timeout", "en")), timeout=30)
        await asyncio.sleep(1.0)  # more sweeps: nothing is said twice
    assert sweeps >= 10, sweeps
    assert 3 <= tries <= sweeps / 2, (tries, sweeps)
    assert prank.unsent_reveals == tries  # kept where the put-back is: in the stored state
    reveals = [t for t in emulator.sent_texts(GROUP["id"]) if say("timeout", "en") in t]
    assert len(reveals) == 1
    after = Storage(db)
    try:
        assert after.load_chat(GROUP["id"]).pranks == {}
    finally:
        after.close()
