"""Timeouts: a prank nobody answers is revealed at its deadline, once, by one instance.

Each waiting prank has a job named after it in python-telegram-bot's JobQueue (as in its
timer example); the turn sets a chat's timers after every change (`arm`), so jobs of pranks
that ended are removed and nothing is kept for them. A job does not reveal on its own say-so:
`Turns.expire_due` claims the chat's due deadlines in the database, and only what it claimed
is revealed, under the chat's lock, from the chat's state as it is now. A prank that ended on
another instance has no deadline left to claim; one claimed by another instance is theirs.

Beside the jobs, a sweep claims every overdue deadline, every few seconds and at start: the
pranks of an instance that died, and the deadlines that passed while no instance ran.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping

from telegram.ext import CallbackContext, Job, JobQueue

from bot import metrics
from bot.application.turn import Outbox, Turns
from bot.storage import StorageError

log = logging.getLogger(__name__)

# Seconds: a job may fire a hair before its deadline, and deadlines are stored to a tenth.
CLOCK_SLACK = 0.1


class Timeouts:
    def __init__(self, turns: Turns, outbox: Callable[[], Outbox]) -> None:
        self.turns = turns
        self.outbox = outbox  # an outbox for reveals, which answer no update
        self._jobs: dict[int, dict[str, Job]] = {}  # chat → ticket → its reveal job

    def arm(self, job_queue: JobQueue, chat_id: int, deadlines: Mapping[str, float]) -> None:
        """Make the chat's jobs match its waiting pranks and their deadlines."""
        jobs = self._jobs.setdefault(chat_id, {})
        for ticket in list(jobs):
            if ticket not in deadlines:
                jobs.pop(ticket).schedule_removal()
        for ticket, until in deadlines.items():
            job = jobs.get(ticket)
            if job is not None and job.data == until:
                continue
            if job is not None:
                job.schedule_removal()
            jobs[ticket] = job_queue.run_once(
                self._reveal,
                max(0.0, until - time.time()),
                chat_id=chat_id,
                data=until,
                name=f"reveal {chat_id}:{ticket}",
            )
        if not jobs:
            del self._jobs[chat_id]

    def start_sweeping(self, job_queue: JobQueue, every: float) -> None:
        """Sweep now (deadlines that passed while no instance ran) and every `every` seconds."""
        job_queue.run_repeating(self._sweep, interval=every, first=0, name="reveal sweep")

    async def _reveal(self, context: CallbackContext) -> None:
        job = context.job
        assert job is not None and job.chat_id is not None  # arm() gives each its chat
        # The job that fired is done: forget it before arm() would try to remove it.
        for ticket, armed in list(self._jobs.get(job.chat_id, {}).items()):
            if armed is job:
                del self._jobs[job.chat_id][ticket]
        await self._reveal_due(job.chat_id)

    async def _sweep(self, context: CallbackContext) -> None:
        metrics.REVEAL_SWEEPS.inc()
        await self._reveal_due(None)

    async def _reveal_due(self, chat_id: int | None) -> None:
        try:
            await self.turns.expire_due(time.time() + CLOCK_SLACK, self.outbox(), chat_id)
        except StorageError as error:
            # A claim lapses after its lease and the prank is revealed then.
            log.warning("reveals wait (the next sweep tries again): %s", error)
