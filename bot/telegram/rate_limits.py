"""Telegram's limits, kept per chat: a 429 for one chat never holds up the others.

python-telegram-bot's AIORateLimiter paces requests well (30 a second in all, 20 a minute in
a group), but when Telegram answers 429 it pauses *every* request until the wait is over.
Telegram's flood limits are per chat, so here a 429 pauses only the chat it was about (a
429 for no chat in particular still pauses everything): a flooding group waits, the rest of
the bot does not.
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

log = logging.getLogger(__name__)

EVERYONE = "*"
MESSAGES_PER_SECOND = 30
GROUP_MESSAGES_PER_MINUTE = 20


class ChatRateLimiter(BaseRateLimiter[int]):
    def __init__(self, max_retries: int = 5) -> None:
        self.max_retries = max_retries
        self._everyone = AsyncLimiter(MESSAGES_PER_SECOND, 1)
        self._groups: dict[int | str, AsyncLimiter] = {}
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
                if chat is None:
                    return await callback(*args, **kwargs)
                async with self._group(chat), self._everyone:
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                await self._pause(chat, error.retry_after)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _group(self, chat: int | str) -> AsyncLimiter | contextlib.nullcontext:
        if isinstance(chat, int) and chat > 0:
            return contextlib.nullcontext()  # private chats have no per-minute limit
        if len(self._groups) > 512:  # forget groups whose limiter is full again
            for key, limiter in list(self._groups.items()):
                if limiter.has_capacity(limiter.max_rate):
                    del self._groups[key]
        return self._groups.setdefault(chat, AsyncLimiter(GROUP_MESSAGES_PER_MINUTE, 60))

    async def _resumed(self, chat: int | str | None) -> None:
        for key in (EVERYONE, chat):
            event = self._resume.get(key) if key is not None else None
            if event is not None:
                await event.wait()

    async def _pause(self, chat: int | str | None, retry_after: Any) -> None:
        seconds = (
            retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else retry_after
        )
        key = EVERYONE if chat is None else chat
        log.info("Telegram asked to wait %.0f s (chat %s)", seconds, key)
        event = self._resume.setdefault(key, asyncio.Event())
        try:
            await asyncio.sleep(float(seconds) + 0.1)
        finally:
            event.set()
            if self._resume.get(key) is event:
                del self._resume[key]
