"""Updates of different chats processed at once, one chat's updates in the order they came.

python-telegram-bot processes updates one after the other by default, so a group that
floods the bot, or a send waiting on Telegram's per-group limit, made every other chat wait.
Here each update first waits for its chat's turn (a lock per chat), and only then for one of
`workers` working slots: a chat's backlog waits without taking a slot from other chats. Two
slots are enough: the work is short, one chat held up by Telegram (a 429) leaves the other
slot to everyone else, and more slots cost throughput for no gain (bench/bot.py: 0.81 of the
echo bot with two, 0.74 with four, 0.44–0.57 with 8–16 in the old one-process set-up).

Groups have slots of their own. An update holds its slot while its messages wait for
Telegram's budget (bot.telegram.rate_limits), so a burst in groups (one member adding the bot
to 200 groups: 200 greetings) kept both slots busy for seconds, and a private /help waited
for a slot behind all of them, however much budget the rate limiter kept for private chats.
Now a private chat, someone waiting on the bot alone, waits only for other private chats;
the kinds run side by side, five at once at most, and only while all are busy.

Updates of no chat (inline queries, a result chosen, a tap on an inline message) have one
slot of their own (`INLINE_WORKERS`). Inline queries come in bursts nobody sent on purpose:
Telegram sends one each time a person typing "@TaoluBot …" pauses, and many people may type
at once. Sharing the private chats' slots, two queries whose answers Telegram was slow to
take held both, and a private /help waited behind them. One slot is enough for them: an
answer is the bot's own search and one call that no budget holds up (answerInlineQuery and
an inline message's edit go to no chat), and a query kept waiting in a burst is often one
its typist has typed past: Telegram shows the answer to the latest.

Nor may the queries and taps waiting for that slot grow without bound (`INLINE_ASKED_IN_HAND`):
each one waiting held a webhook connection (Telegram waits for each update's answer, and sends
updates of no chat side by side, forty connections by default) and one of the `QUEUED`
updates taken in at once, so a flood of them faster than one slot answers (strangers typing or
tapping an inline message's buttons, or Telegram slow to take the answers) took every
connection and a private /help was never delivered (redteam20). One that finds as many in
hand is dropped, unanswered: a typist sees no results for it and the next pause in their
typing asks again, a tapper's button spins and is tapped again. A result chosen is never
dropped: it binds a posted message to its play, and one lost leaves its buttons dead.

An update waiting on its own chat's budget (a group's 20 messages a minute spent, a 429 for
that chat: bot.telegram.rate_limits) gives its slot back while it waits (`slot_given_back`)
and takes one again to go on; it keeps its chat's lock, so the chat's order stands. Two busy
groups over their minute no longer hold both groups' slots, every other group waiting on them.
Nor does an update hold its slot while it waits for a chat's lock in the database another
task holds (`bot.storage.WHILE_LOCKED_OUT`): the group a supergroup's word moves in, locked
by the group's update waiting out a 429, held a slot for the whole wait, and two such held
both: no other group went on, nor the groups' updates when their wait was over (ops25). Every task that holds a
slot is working or waiting on a budget every chat shares, so a slot always comes free.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseUpdateProcessor

from bot.storage import WHILE_LOCKED_OUT

log = logging.getLogger(__name__)

QUEUED = 4096  # updates taken in at once, most of them waiting for their chat or a slot
INLINE_WORKERS = 1  # slots for updates of no chat: inline queries, taps on inline messages
INLINE_ASKED_IN_HAND = 8  # inline queries and taps answered or waiting; the next are dropped


class _Slot:
    """The working slot of one update, held by the task that processes it."""

    def __init__(self, slots: asyncio.BoundedSemaphore) -> None:
        self.slots = slots
        self.task = asyncio.current_task()
        self.held = False

    async def take(self) -> None:
        await self.slots.acquire()
        self.held = True

    def give_back(self) -> None:
        if self.held:
            self.held = False
            self.slots.release()


_SLOT: ContextVar[_Slot | None] = ContextVar("working_slot", default=None)


@asynccontextmanager
async def slot_given_back() -> AsyncIterator[None]:
    """Around a wait on the current chat's own budget: the update's slot is free meanwhile,
    and taken again after it. Nothing for a task that holds no slot (a command's background
    work or a reveal, which inherit the update's context but not its slot)."""
    slot = _SLOT.get()
    if slot is None or slot.task is not asyncio.current_task() or not slot.held:
        yield
        return
    slot.give_back()
    try:
        yield
    finally:
        await slot.take()  # cancelled while waiting: not held, and not given back twice


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, workers: int = 2) -> None:
        super().__init__(QUEUED)
        self._working = asyncio.BoundedSemaphore(workers)  # private chats
        self._working_for_groups = asyncio.BoundedSemaphore(workers)  # groups and channels
        self._working_for_no_chat = asyncio.BoundedSemaphore(INLINE_WORKERS)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}  # chat → updates holding or awaiting its lock
        self._inline_asked = 0  # queries and taps in hand: in the slot of no chat, or waiting

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:  # inline queries and taps on inline messages belong to no chat
            asked = _asked(update)
            if asked is not None and self._inline_asked >= INLINE_ASKED_IN_HAND:
                log.debug("%s dropped: too many in hand", asked)
                if inspect.iscoroutine(coroutine):
                    coroutine.close()  # never started: nothing of it ran
                return
            counted = asked is not None
            self._inline_asked += counted
            try:
                await self._in_a_slot(self._working_for_no_chat, coroutine)
            finally:
                self._inline_asked -= counted
            return
        slots = self._working if chat.type == ChatType.PRIVATE else self._working_for_groups
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._waiting[chat.id] = self._waiting.get(chat.id, 0) + 1
        try:
            async with lock:
                await self._in_a_slot(slots, coroutine)
        finally:
            self._waiting[chat.id] -= 1
            if not self._waiting[chat.id]:  # nobody else needs it: keep no lock per chat ever seen
                del self._waiting[chat.id], self._locks[chat.id]

    @staticmethod
    async def _in_a_slot(slots: asyncio.BoundedSemaphore, coroutine: Awaitable[Any]) -> None:
        slot = _Slot(slots)
        await slot.take()
        token = _SLOT.set(slot)
        # Nor does it hold its slot while it waits for a chat's lock another task holds
        # (`WHILE_LOCKED_OUT`): that task may be waiting on a 429, its own slot given back.
        waiting = WHILE_LOCKED_OUT.set(slot_given_back)
        try:
            await coroutine
        finally:
            WHILE_LOCKED_OUT.reset(waiting)
            _SLOT.reset(token)
            slot.give_back()

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _asked(update: object) -> str | None:
    """What an update of no chat asks for at once, said for the log (an inline query, a tap on
    an inline message's button), or None: a result chosen, which must not be dropped."""
    if not isinstance(update, Update):
        return None
    if update.inline_query is not None:
        return f"inline query {update.inline_query.id}"
    if update.callback_query is not None:
        return f"tap {update.callback_query.id}"
    return None
