"""An inline message's play is known from the message itself, bound when it is posted.

Breakage: the first tap on a message whose play was not yet bound bound it to whatever play
the button carried, so a button of one posted routine, replayed on a fresh message of another,
rewrote that message into the other routine. Now the message is bound when Telegram says which
result became it (chosen_inline_result), and no other play's button ever works on it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.storage import Storage
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, BOB, running_bot, wait_for

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP


async def ask_inline(emulator: Emulator, query_id: str, user: dict, query: str) -> dict:
    emulator.push({"inline_query": {"id": query_id, "from": user, "query": query, "offset": ""}})
    answer = await wait_for(emulator, lambda c: c["method"] == "answerInlineQuery"
                            and c["params"]["inline_query_id"] == query_id)  # fmt: skip
    return answer["params"]["results"][0]


async def post(emulator: Emulator, db: Path, user: dict, result: dict) -> str:
    """`user` posts the inline `result`; its inline_message_id, once the bot has bound it."""
    message = emulator.choose_inline_result(user, result)
    storage = Storage(db)
    try:
        deadline = time.monotonic() + 15
        while storage.play_state(message) is None:
            assert time.monotonic() < deadline, "the posted message was never bound"
            await asyncio.sleep(0.02)
    finally:
        storage.close()
    return message


def keys_of(result: dict) -> dict[str, str]:
    markup = result["reply_markup"]["inline_keyboard"]
    return {b["text"]: b["callback_data"] for row in markup for b in row}


async def tap(emulator: Emulator, tap_id: str, data: str, message: str) -> str:
    """Tap a button as Bob (who reads Chinese); what the bot answered the tap with ("" when
    it edited the message)."""
    emulator.push({"callback_query": {"id": tap_id, "from": BOB, "chat_instance": "c",
                                      "inline_message_id": message, "data": data}})  # fmt: skip
    answer = await wait_for(emulator, lambda c: c["method"] == "answerCallbackQuery"
                            and c["params"]["callback_query_id"] == tap_id)  # fmt: skip
    return answer["params"].get("text") or ""


def edits_of(emulator: Emulator, message: str, after: int = 0) -> list[dict]:
    with emulator.lock:
        return [c for c in emulator.sent[after:] if c["method"] == "editMessageText"
                and c["params"].get("inline_message_id") == message]  # fmt: skip


async def test_a_button_replayed_on_a_fresh_message_is_refused(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        knives = await ask_inline(emulator, "q1", ALICE, "knives")
        monkey = await ask_inline(emulator, "q2", ALICE, "monkey")
        first = await post(emulator, db, ALICE, knives)
        second = await post(emulator, db, ALICE, monkey)
        # Nobody has tapped the second message yet: a button of the first is replayed on it.
        assert "失效" in await tap(emulator, "t1", keys_of(knives)["eight"], second)
        assert edits_of(emulator, second) == []  # unchanged
        # Its own buttons still work, and so do the first message's on the first.
        assert await tap(emulator, "t2", keys_of(monkey)["monkey king"], second) == ""
        assert await tap(emulator, "t3", keys_of(knives)["eight"], first) == ""
        # A message the bot was never told about (no chosen_inline_result) takes no button.
        assert "失效" in await tap(emulator, "t4", keys_of(knives)["eight"], "IM-unknown")
    assert len(edits_of(emulator, second)) == 1  # its own tap, nothing else
    assert len(edits_of(emulator, first)) == 1
