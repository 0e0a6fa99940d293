"""Review of round nineteen's groups-apart changes (bot.telegram.ordering, rate_limits, the
group greeting): what the tests of the round did not reach, each seen red before its fix."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from telegram import Chat

from bot.i18n.catalogue import say
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.rate_limits import GROUP_MESSAGES_PER_MINUTE, ChatRateLimiter
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
from tests.test_ordering import message_in

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


async def test_groups_waiting_on_their_own_minute_leave_the_groups_slots_to_others() -> None:
    """Two busy groups have sent their 20 messages this minute (Telegram's limit for one
    group): each next reply waits 3 s for its own group's budget. Breakage: it waited in
    one of the groups' two working slots, so every other group (a greeting, a prank's
    answer) waited behind two chats it has nothing to do with. A chat waiting on its own
    budget (its minute, a 429 for it) gives its slot back meanwhile; its lock it keeps."""
    processor, limiter = ChatOrderedProcessor(workers=2), ChatRateLimiter()
    busy, other = [Chat(-800000 - i, Chat.SUPERGROUP) for i in range(2)], Chat(-800009, "group")
    sent: list[int] = []

    async def send(chat_id: int) -> None:
        async def call() -> bool:
            sent.append(chat_id)
            return True

        await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": chat_id}, None)

    for chat in busy:
        for _ in range(GROUP_MESSAGES_PER_MINUTE):
            await send(chat.id)
    sent.clear()
    waiting = [
        asyncio.create_task(processor.do_process_update(message_in(chat, i), send(chat.id)))
        for i, chat in enumerate(busy)
    ]
    await asyncio.sleep(0.1)  # both in a slot (or waiting, as they should, on their own)
    started = time.monotonic()
    await asyncio.wait_for(processor.do_process_update(message_in(other, 9), send(other.id)), 10)
    took = time.monotonic() - started
    assert sent == [other.id] and took < 1.0, f"another group waited {took:.1f} s"
    await asyncio.gather(*waiting)
    assert sorted(sent) == sorted([other.id, *(chat.id for chat in busy)])


async def test_two_groups_held_up_by_a_429_leave_other_groups_greeted_at_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Two groups' greetings are answered 429 (retry after 6 s: for those chats only).
    Breakage: each waited out its 429 in one of the groups' two slots, and the greetings of
    the ten groups added after them went out 6 s later ("a 429 for one chat never holds up
    the others", rate_limits.py)."""
    groups = [{**GROUP, "id": -810000 - i, "title": f"G{i}"} for i in range(12)]
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        await wait_for(emulator, lambda call: call["method"] == "setMyCommands")
        emulator.inject("sendMessage", "429", retry_after=6)
        emulator.inject("sendMessage", "429", retry_after=6)
        mark = emulator.mark()
        for group in groups[:2]:
            emulator.user_message(group, BOB, new_chat_members=[BOT])
        while emulator.faults["sendMessage"]:  # a 429 answered is no call the emulator records
            await asyncio.sleep(0.05)
        started = time.monotonic()
        for group in groups[2:]:
            emulator.user_message(group, BOB, new_chat_members=[BOT])
        for group in groups[2:]:
            await wait_for(emulator, sends(group["id"]), after=mark, timeout=30)
        took = time.monotonic() - started
        for group in groups[:2]:
            await wait_for(emulator, sends(group["id"]), after=mark, timeout=30)
    assert took < 3.0, f"other groups waited {took:.1f} s behind two 429s"


async def test_an_update_cancelled_while_its_slot_is_given_back_leaves_the_slots_whole() -> None:
    """What must hold with slots given back: cancelled while it waits on its own budget, or
    while it waits to take a slot again, an update never gives a slot back twice, nor keeps
    one; a background task of the update (its context, not its slot) gives nothing back."""
    processor, limiter = ChatOrderedProcessor(workers=2), ChatRateLimiter()
    group = Chat(-820000, Chat.SUPERGROUP)

    async def send() -> None:
        async def call() -> bool:
            return True

        await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": group.id}, None)

    for _ in range(GROUP_MESSAGES_PER_MINUTE):
        await send()

    async def work() -> None:
        background = asyncio.create_task(send())  # inherits the update's context
        await asyncio.sleep(0.05)
        background.cancel()
        await send()

    update = asyncio.create_task(processor.do_process_update(message_in(group, 1), work()))
    await asyncio.sleep(0.2)
    assert processor._working_for_groups._value == 2  # given back while it waits
    update.cancel()
    await asyncio.gather(update, return_exceptions=True)
    assert processor._working_for_groups._value == 2
    others = [Chat(-820001 - i, Chat.SUPERGROUP) for i in range(3)]
    done = [processor.do_process_update(message_in(chat, 9), asyncio.sleep(0)) for chat in others]
    await asyncio.wait_for(asyncio.gather(*done), 2)
    assert processor._working_for_groups._value == 2
