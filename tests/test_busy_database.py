"""A second connection holding the SQLite file (a backup, the sqlite3 shell holding a write
lock for a few seconds) costs a moment, never the answer: the database's errors are one
StorageError, a busy file is tried again briefly, and an update it still fails comes back
(webhook: 503, and Telegram delivers it again; polling: the bot hands it back to itself).
Through the real Application over HTTP against the emulator."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from bot.storage import Storage, StorageError
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for
from tests.support.webhook_fixtures import webhook_bot


def sample(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


async def until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Wait until `condition` holds; the deadline only bounds a failing test."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition never came true"
        await asyncio.sleep(0.02)


@contextmanager
def write_locked(db: Path) -> Iterator[None]:
    """Another connection holding the file's write lock, as the sqlite3 shell does."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.slow
def test_sqlite_errors_are_storage_errors(tmp_path: Path) -> None:
    """Breakage: sqlite3.OperationalError escaped the storage, so the webhook answered 200."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        with write_locked(db):
            started = time.monotonic()
            try:
                storage.mark_update(1)
            except StorageError as error:
                assert error.transient
            else:
                raise AssertionError("a locked file wrote")
            assert time.monotonic() - started < 1.0  # tried again, briefly
        storage.mark_update(1)
        assert storage.seen_update(1)
    finally:
        storage.close()


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_polling_hands_back_an_update_a_busy_file_failed(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: the update got "Oops" and was gone (polling had confirmed it to Telegram)."""
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        emulator.user_message(private(ALICE), ALICE, "/help")  # the bot is up, its file made
        await wait_for(emulator, sends(ALICE["id"], "/prank"))
        deferred = sample("taolu_updates_deferred_total")
        with write_locked(db):
            emulator.user_message(private(ALICE), ALICE, "/prank ten-knives anyway")
            await until(lambda: sample("taolu_updates_deferred_total") > deferred)
        asked = await wait_for(emulator, sends(ALICE["id"], "ten knives"), timeout=15)
        emulator.user_message(private(ALICE), ALICE, "eight")
        await wait_for(emulator, sends(ALICE["id"], "son"), after=emulator.sent.index(asked))
    assert not any("Oops" in text for text in emulator.sent_texts(ALICE["id"]))
    assert sum("ten knives" in t for t in emulator.sent_texts(ALICE["id"])) == 1


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_the_webhook_answers_503_while_the_file_is_busy(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: the webhook answered 200 to an update the database failed, and said "Oops"."""
    db = tmp_path / "bot.sqlite3"
    async with webhook_bot(emulator, db) as server:
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"])
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"], "/prank"))
        with write_locked(db):
            update = emulator.user_message(private(ALICE), ALICE, "/prank ten-knives anyway")
            update_id = max(emulator.offered)
            await until(
                lambda: any(
                    d["update_id"] == update_id and d["status"] == 503 for d in emulator.deliveries
                )
            )
        await wait_for(emulator, sends(ALICE["id"], "ten knives"), timeout=15)
        assert update["message_id"]
        assert (await asyncio.to_thread(emulator.wait_delivered, update_id))["status"] == 200
    assert not any("Oops" in text for text in emulator.sent_texts(ALICE["id"]))
