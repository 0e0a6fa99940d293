"""ChatOrderedProcessor's working slots, with no network: an update's work is a coroutine
that notes it started and holds its slot until the test lets it go (as a greeting holds it
while Telegram's budget is spent elsewhere)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, InlineQuery, Message, Update, User

from bot.telegram.ordering import ChatOrderedProcessor

ALICE = User(id=1001, first_name="Alice", is_bot=False)
GROUPS = [Chat(id=-500000 - i, type=Chat.GROUP) for i in range(3)]


def message_in(chat: Chat, update_id: int) -> Update:
    return Update(update_id, message=Message(update_id, datetime.now(UTC), chat, from_user=ALICE))


def inline_query(update_id: int) -> Update:
    return Update(update_id, inline_query=InlineQuery("q", ALICE, "ten", ""))


class Work:
    """The updates' work: which started, in order; each holds on until `release` is set."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.release = asyncio.Event()

    async def held(self, name: str) -> None:
        self.started.append(name)
        await self.release.wait()

    async def quick(self, name: str) -> None:
        self.started.append(name)


async def test_a_private_chat_does_not_wait_for_groups_holding_their_slots() -> None:
    """Three groups' updates held up (their sends waiting for Telegram's budget): two hold
    the groups' slots and the third waits for one; Alice's private message and her inline
    query are handled meanwhile, not after them."""
    processor, work = ChatOrderedProcessor(workers=2), Work()
    groups = [
        asyncio.create_task(processor.do_process_update(message_in(chat, i), work.held(f"g{i}")))
        for i, chat in enumerate(GROUPS)
    ]
    private = processor.do_process_update(
        message_in(Chat(ALICE.id, Chat.PRIVATE), 10), work.quick("private")
    )
    inline = processor.do_process_update(inline_query(11), work.quick("inline"))
    await asyncio.wait_for(asyncio.gather(private, inline), timeout=5)
    assert work.started == ["g0", "g1", "private", "inline"]  # g2 waits for a group's slot
    work.release.set()
    await asyncio.gather(*groups)
    assert work.started[-1] == "g2"


async def test_one_chats_updates_still_wait_their_turn() -> None:
    processor, work = ChatOrderedProcessor(workers=2), Work()
    first = asyncio.create_task(
        processor.do_process_update(message_in(GROUPS[0], 1), work.held("first"))
    )
    second = asyncio.create_task(
        processor.do_process_update(message_in(GROUPS[0], 2), work.quick("second"))
    )
    other = processor.do_process_update(message_in(GROUPS[1], 3), work.quick("other group"))
    await asyncio.wait_for(other, timeout=5)
    assert work.started == ["first", "other group"]  # the chat's second update waits
    work.release.set()
    await asyncio.gather(first, second)
    assert work.started == ["first", "other group", "second"]
