"""Timeouts: a prank nobody answers is revealed at its deadline, once, by one instance.

Each waiting prank has a timer on the event loop (`loop.call_later`: a JobQueue job cost ~40 µs
to add and remove, apscheduler inspecting the callback's signature each time, against ~2 µs;
a /prank adds one and its answer removes it); the turn sets a chat's timers after every
change (`arm`), so the timers of pranks that ended are cancelled and nothing is kept for
them. A timer does not reveal on its own say-so:
`Turns.expire_due` claims the chat's due deadlines in the database, and only what it claimed
is revealed, under the chat's lock, from the chat's state as it is now. A prank that ended on
another instance has no deadline left to claim; one claimed by another instance is theirs.

Beside the timers, a sweep claims every overdue deadline, every few seconds and at start: the
pranks of an instance that died, and the deadlines that passed while no instance ran.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from telegram.ext import CallbackContext, JobQueue

from bot import metrics
from bot.application.turn import Outbox, Turns
from bot.storage import StorageError

log = logging.getLogger(__name__)

# Seconds: a timer may fire a hair before its deadline, and deadlines are stored to a tenth.
CLOCK_SLACK = 0.1


Spawn = Callable[[Coroutine[Any, Any, None]], object]


class Timeouts:
    def __init__(self, turns: Turns, outbox: Callable[[], Outbox], spawn: Spawn) -> None:
        self.turns = turns
        self.outbox = outbox  # an outbox for reveals, which answer no update
        self.spawn = spawn  # runs a reveal as the application's task, while it runs
        # chat → ticket → (its deadline, its timer)
        self._timers: dict[int, dict[str, tuple[float, asyncio.TimerHandle]]] = {}

    def arm(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        """Make the chat's timers match its waiting pranks and their deadlines."""
        timers = self._timers.setdefault(chat_id, {})
        for ticket in [ticket for ticket in timers if ticket not in deadlines]:
            timers.pop(ticket)[1].cancel()
        loop = None
        for ticket, until in deadlines.items():
            armed = timers.get(ticket)
            if armed is not None and armed[0] == until:
                continue
            if armed is not None:
                armed[1].cancel()
            loop = loop or asyncio.get_running_loop()
            delay = max(0.0, until - time.time())
            timers[ticket] = (until, loop.call_later(delay, self._fire, chat_id, ticket, until))
        if not timers:
            del self._timers[chat_id]

    def armed(self) -> list[asyncio.TimerHandle]:
        """The timers waiting to fire."""
        return [timer for timers in self._timers.values() for _, timer in timers.values()]

    def cancel_all(self) -> None:
        """Cancel every timer (the application stopped): a loop that runs on after the bot
        (a test's, an embedding program's) would otherwise fire them into a stopped bot. The
        deadlines stay in the database, for the next start's re-arming and sweep."""
        for timer in self.armed():
            timer.cancel()
        self._timers.clear()

    def start_sweeping(self, job_queue: JobQueue, every: float) -> None:
        """Sweep now (deadlines that passed while no instance ran) and every `every` seconds."""
        job_queue.run_repeating(self._sweep, interval=every, first=0, name="reveal sweep")

    def _fire(self, chat_id: int, ticket: str, until: float) -> None:
        # The timer that fired is done: forget it before arm() would cancel it.
        timers = self._timers.get(chat_id, {})
        armed = timers.get(ticket)
        if armed is not None and armed[0] == until:
            del timers[ticket]
            if not timers:
                del self._timers[chat_id]
        self.spawn(self._reveal_due(chat_id))

    async def _sweep(self, context: CallbackContext) -> None:
        metrics.REVEAL_SWEEPS.inc()
        await self._reveal_due(None)

    async def _reveal_due(self, chat_id: int | None) -> None:
        try:
            await self.turns.expire_due(time.time() + CLOCK_SLACK, self.outbox(), chat_id)
        except StorageError as error:
            # A claim lapses after its lease and the prank is revealed then.
            log.warning("reveals wait (the next sweep tries again): %s", error)
