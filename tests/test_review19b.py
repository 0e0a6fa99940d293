"""Review of round nineteen's groups-apart changes (bot.telegram.ordering, rate_limits, the
group greeting): what the tests of the round did not reach, each seen red before its fix."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.i18n.catalogue import say
from tests.support.emulator import BOT, Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    BOB,
    GROUP,
    private,
    running_bot,
    sends,
    wait_for,
)
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


async def test_a_greeting_moved_to_the_supergroup_and_refused_there_is_said_on_a_re_add(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Bob adds the bot to a basic group that becomes a supergroup before the greeting goes
    out (Telegram: 400, migrate_to_chat_id), and the supergroup refuses it (403: no one may
    write yet). Breakage: the turn moved the greeted state to the supergroup, then set the
    failed greeting's group back to unknown under the basic group's old id: the supergroup
    stayed greeted, and Bob's re-add there, allowed to write now, heard nothing."""
    basic = {"id": -4343, "type": "group", "title": "Basic"}
    supergroup = {**GROUP, "id": -1004343, "title": "Super"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        await wait_for(emulator, lambda call: call["method"] == "setMyCommands")
        emulator.blocked.add(supergroup["id"])
        emulator.migrated[basic["id"]] = supergroup["id"]  # upgraded as the add went in
        emulator.user_message(basic, BOB, new_chat_members=[BOT])
        await asyncio.to_thread(emulator.wait_until, lambda: len(emulator.rejected) >= 2, 15)
        await asyncio.sleep(0.3)
        emulator.blocked.discard(supergroup["id"])
        mark = emulator.mark()
        emulator.user_message(supergroup, BOB, new_chat_members=[BOT])
        emulator.user_message(supergroup, ALICE, "/start")
        await wait_for(emulator, sends(supergroup["id"], say("welcome", "zh")), after=mark)
    assert emulator.sent_texts(supergroup["id"])[0] == say("group_hello", "zh")
