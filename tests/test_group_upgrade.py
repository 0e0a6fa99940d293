"""A group upgraded to a supergroup, and updates that fail the same way every time.

Telegram says an upgrade twice: `migrate_to_chat_id` in the old group and
`migrate_from_chat_id` in the new supergroup. Breakage: the second was handled as if it were
the old group's (`move_chat(chat, None)`): on PostgreSQL behind the webhook it failed a NOT
NULL constraint, was answered 503 and redelivered for ever, "Oops" each time, every later
update of the supergroup stuck behind it; on SQLite with polling every upgraded group got an
apology. And a poison update (one the database refuses every time) must be answered once,
logged and counted, never redelivered for ever."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, BOB, CAROL, running_bot, sends, wait_for
from tests.support.webhook_fixtures import webhook_bot
from tests.test_storage import raw

pytestmark = pytest.mark.slow  # bots against the Telegram emulator, polling and on a webhook

OLD = {"id": -4242, "type": "group", "title": "Old"}
NEW = {"id": -1004242, "type": "supergroup", "title": "Old"}
POISONED = {"id": -666, "type": "supergroup", "title": "Refused"}


@asynccontextmanager
async def bot(emulator: Emulator, delivery: str, database: str | Path) -> AsyncIterator[None]:
    """The real Application, by long polling or behind the emulator's webhook delivery."""
    if delivery == "polling":
        async with running_bot(emulator, database):
            yield
        return
    async with webhook_bot(emulator, database) as server:
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"])
        yield


def oopses(emulator: Emulator) -> list[dict]:
    with emulator.lock:
        return [c for c in emulator.sent if "Oops" in (c["params"].get("text") or "")
                or "出错" in (c["params"].get("text") or "")]  # fmt: skip


@pytest.mark.parametrize("delivery", ["polling", "webhook"])
async def test_an_upgraded_group_keeps_its_pranks_and_is_never_jammed(
    emulator: Emulator, database: str | Path, delivery: str
) -> None:
    async with bot(emulator, delivery, database):
        emulator.user_message(OLD, CAROL, "/prank ten-knives @alice")
        await wait_for(emulator, sends(OLD["id"], "十把刀"))
        # A message of the new supergroup handled before the upgrade's: it has state already.
        emulator.user_message(NEW, BOB, "/prank one-and-three @carol")
        await wait_for(emulator, sends(NEW["id"], "@carol"))
        _, came = emulator.upgrade_group(OLD, NEW, by=CAROL)
        # Both pranks answer in the new supergroup, promptly: nothing stuck behind the upgrade.
        emulator.user_message(NEW, ALICE, "8 left")
        # in the group's language: Chinese, Carol's and Bob's, the first to speak in each
        await wait_for(emulator, sends(NEW["id"], "儿子"), timeout=15)
        emulator.user_message(NEW, CAROL, "二")
        await wait_for(emulator, sends(NEW["id"], "套路了"), timeout=15)
        # Upgraded twice over (a service message delivered again): still nothing breaks.
        emulator.push({"message": came["message"]})
        emulator.user_message(NEW, BOB, "/stats")
        board = await wait_for(emulator, sends(NEW["id"], "套路榜"), timeout=15)
    assert "Carol" in board["params"]["text"] or "carol" in board["params"]["text"]
    assert oopses(emulator) == []
    assert all(d["ok"] for d in emulator.deliveries), emulator.deliveries


@pytest.mark.parametrize("delivery", ["polling", "webhook"])
async def test_a_poison_update_is_answered_once_logged_and_counted(
    emulator: Emulator, database: str | Path, delivery: str
) -> None:
    poisoned = REGISTRY.get_sample_value("taolu_updates_poisoned_total") or 0.0
    async with bot(emulator, delivery, database):
        emulator.user_message(POISONED, ALICE, "/help")  # the bot is up, its database made
        await wait_for(emulator, sends(POISONED["id"], "/prank"))
        # From now on the database refuses every change of this chat, the same way each time.
        if isinstance(database, Path):
            raw(database, "CREATE TRIGGER refuse BEFORE INSERT ON chats WHEN NEW.chat_id = -666"
                          " BEGIN SELECT RAISE(ABORT, 'refused'); END")  # fmt: skip
        else:
            raw(
                database,
                "ALTER TABLE chats ADD CONSTRAINT refuse CHECK (chat_id <> -666) NOT VALID",
            )
        emulator.user_message(POISONED, ALICE, "/joke")
        await wait_for(emulator, lambda c: c in oopses(emulator), timeout=15)
        poison_id = max(emulator.offered)
        # The chat's next update is not stuck behind it (nor is any other chat's).
        emulator.user_message(NEW, BOB, "/help")
        await wait_for(emulator, sends(NEW["id"], "/prank"), timeout=15)
        if delivery == "webhook":
            delivered = await asyncio.to_thread(emulator.wait_delivered, poison_id)
            assert delivered["status"] == 200
            tries = [d for d in emulator.deliveries if d["update_id"] == poison_id]
            assert len(tries) == 2  # refused once (503), answered when it failed the same way
    assert len(oopses(emulator)) == 1
    assert REGISTRY.get_sample_value("taolu_updates_poisoned_total") == poisoned + 1
