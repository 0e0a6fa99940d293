"""Review of round nineteen's groups-apart changes (bot.telegram.ordering, rate_limits, the
group greeting): what the tests of the round did not reach, each seen red before its fix."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.support.emulator import BOT, Emulator
from tests.support.telegram_fixtures import ALICE, BOB, GROUP, private, sends, wait_for
from tests.support.webhook_fixtures import webhook_bot

pytestmark = pytest.mark.slow  # bots against the Telegram emulator


@pytest.mark.postgres
async def test_groups_held_up_by_telegram_leave_private_chats_their_lock_turns(
    emulator: Emulator, postgres: str
) -> None:
    """Behind the webhook on PostgreSQL (the deployed set-up) an update takes its chat's
    database lock before the ordering's slot, and the lock connections are a throttle shared
    by every chat (LOCK_CONNECTIONS). Two groups' greetings held up by Telegram (a 429 each)
    hold both of the groups' slots; the adds to forty more groups took every lock turn while
    they waited for a group slot, and Alice's private /help waited for one of them: for the
    429s to end, not answered at once as ordering.py's slots of their own promise."""
    groups = [{**GROUP, "id": -700000 - i, "title": f"G{i}"} for i in range(42)]
    async with webhook_bot(emulator, postgres) as server:
        await wait_for(emulator, lambda call: call["method"] == "setWebhook")
        emulator.inject("sendMessage", "429", retry_after=8)
        emulator.inject("sendMessage", "429", retry_after=8)
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"], connections=60)
        mark = emulator.mark()
        for group in groups:
            emulator.user_message(group, BOB, new_chat_members=[BOT])
        while emulator.faults["sendMessage"]:  # a 429 answered is no call the emulator records
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # the other adds are in, waiting for a group slot
        started = time.monotonic()
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"]), after=mark, timeout=60)
        took = time.monotonic() - started
        for group in groups:
            await wait_for(emulator, sends(group["id"]), after=mark, timeout=60)
    assert took < 3.0, f"a private /help waited {took:.1f} s behind groups held up"
