"""Odd bodies POSTed to the webhook with the right secret (what a leaked secret, or a proxy
that garbles a body, can send): each is answered below 500 without a traceback, one whose
update_id is no 64-bit integer with a 400 before any work, and the bot still works after."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import BOB, private
from tests.support.webhook_fixtures import PATH, SECRET, webhook_bot

pytestmark = pytest.mark.slow

NO_UPDATE_ID = [
    {"update_id": "abc"},
    {"update_id": 10**30},
    {"update_id": 2**63},
    {"update_id": -(2**63) - 1},
    {"update_id": 1.5},
    {"update_id": True},
    {"update_id": None},
    {},
]


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "x",
        *NO_UPDATE_ID,
        {"update_id": -5},
        {"update_id": 2**63 - 1},
        {"update_id": 77, "message": None},
        {"update_id": 78, "message": 5},
    ],
    ids=lambda b: repr(b)[:30],
)
async def test_an_odd_body_with_the_secret_is_refused_quietly(
    emulator: Emulator, tmp_path: Path, body: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        target = f"http://127.0.0.1:{server.port}"
        status = await asyncio.to_thread(emulator.post_update, target, body, SECRET, PATH)  # type: ignore[arg-type]
        update = emulator.new_update(
            {"message": emulator.compose_message(private(BOB), BOB, "/help")}
        )
        ok = await asyncio.to_thread(emulator.post_update, target, update, SECRET, PATH)
    tracebacks = [
        (r.name, r.getMessage()[:300])
        for r in caplog.records
        if r.exc_info or "Traceback" in r.getMessage()
    ]
    assert status is not None and status < 500, status
    if body in NO_UPDATE_ID:
        assert status == 400, status
    assert ok == 200
    assert not tracebacks, tracebacks
