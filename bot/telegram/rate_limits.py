"""Telegram's limits, kept per chat: a 429 for one chat never holds up the others, and a
burst in groups never holds up a private chat.

python-telegram-bot's AIORateLimiter paces requests well (30 a second in all, 20 a minute in
a group), but when Telegram answers 429 it pauses *every* request until the wait is over.
Telegram's flood limits are per chat, so here a 429 pauses only the chat it was about (a
429 for no chat in particular still pauses everything): a flooding group waits, the rest of
the bot does not. Nor does it hold up the chats it shares working slots with: a message
waiting on its own chat's budget (the pause of a 429 for it, its group's minute spent) gives
its update's slot back meanwhile (bot.telegram.ordering.slot_given_back).

Groups all together may send only part of the 30 a second (GROUPS_MESSAGES_PER_SECOND, 25):
the other 5 are always free for private chats. In a private chat someone has just written and is
looking at the screen; what fills the budget in a burst is groups: one member adding the bot
to 200 groups makes 200 greetings nobody asked for, 7 seconds of the whole budget. With one
queue for everyone, a private /help waited behind all of them; now it finds room at once
(at least 5 a second always, and the whole 30 while groups are quiet: the share caps groups,
it reserves nothing from private chats). A group's own reply still queues, in order, behind
the other groups' burst: that is the price of the cap, paid by the side that made the burst.

Only what puts something in a chat spends these budgets: Telegram's limits count messages.
A question about the chat (getChatAdministrators, asked before a group's /lang to see who
may change it) sends nothing there; counted, it took one of the group's 20 of the minute,
and the group's 20th message waited three seconds for a message never sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.telegram.ordering import slot_given_back

log = logging.getLogger(__name__)

EVERYONE = "*"
MESSAGES_PER_SECOND = 30  # Telegram's limit for the whole bot
GROUPS_MESSAGES_PER_SECOND = 25  # all groups together; the other 5 are always free for private
GROUP_MESSAGES_PER_MINUTE = 20  # Telegram's limit for one group
ASKING = "get"  # the Bot API's methods that only ask (getChatAdministrators…) start so


class ChatRateLimiter(BaseRateLimiter[int]):
    def __init__(self, max_retries: int = 5) -> None:
        self.max_retries = max_retries
        self._everyone = AsyncLimiter(MESSAGES_PER_SECOND, 1)
        self._all_groups = AsyncLimiter(GROUPS_MESSAGES_PER_SECOND, 1)
        self._groups: dict[int | str, AsyncLimiter] = {}  # one per group (or channel)
        self._resume: dict[int | str, asyncio.Event] = {}  # chats (or everyone) told to wait

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        chat: Any = data.get("chat_id")  # an id, a "@channel" username, or None
        with contextlib.suppress(ValueError, TypeError):
            chat = int(chat)
        retries = rate_limit_args or self.max_retries
        for attempt in range(retries + 1):
            await self._resumed(chat)
            try:
                for limiter in self._limiters(chat, endpoint):
                    if limiter in (self._all_groups, self._everyone) or limiter.has_capacity():
                        await limiter.acquire()
                        continue
                    async with slot_given_back():  # this group's own minute is spent
                        await limiter.acquire()
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                await self._pause(chat, error.retry_after)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _limiters(self, chat: int | str | None, endpoint: str) -> list[AsyncLimiter]:
        """The budgets a call to `chat` spends, narrowest first, so that a message waiting
        for its own group's minute holds no place in the budgets every chat shares."""
        if chat is None or endpoint.startswith(ASKING):
            return []  # not a message to a chat (getUpdates, answerCallbackQuery, getChat…)
        if isinstance(chat, int) and chat > 0:
            return [self._everyone]  # a private chat: no per-minute limit, no groups' cap
        return [self._group(chat), self._all_groups, self._everyone]

    def _group(self, chat: int | str) -> AsyncLimiter:
        if len(self._groups) > 512:  # forget groups whose limiter is full again
            for key, limiter in list(self._groups.items()):
                if limiter.has_capacity(limiter.max_rate):
                    del self._groups[key]
        return self._groups.setdefault(chat, AsyncLimiter(GROUP_MESSAGES_PER_MINUTE, 60))

    async def _resumed(self, chat: int | str | None) -> None:
        for key in (EVERYONE, chat):
            event = self._resume.get(key) if key is not None else None
            if event is not None:
                async with slot_given_back():  # told to wait: the update's slot is free
                    await event.wait()

    async def _pause(self, chat: int | str | None, retry_after: Any) -> None:
        seconds = (
            retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else retry_after
        )
        key = EVERYONE if chat is None else chat
        log.info("Telegram asked to wait %.0f s (chat %s)", seconds, key)
        event = self._resume.setdefault(key, asyncio.Event())
        try:
            async with slot_given_back():
                await asyncio.sleep(float(seconds) + 0.1)
        finally:
            event.set()
            if self._resume.get(key) is event:
                del self._resume[key]
