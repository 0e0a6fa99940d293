"""Timeouts: a prank nobody answers is revealed at its deadline, once, by one instance.

Each waiting prank has a job named after it in python-telegram-bot's JobQueue (as in its
timer example); `arm` brings a chat's jobs in line with its state after every change, so
jobs of pranks that ended are removed and nothing is kept for them. A job does not reveal
on its own say-so: it claims the chat's due deadlines in the database, and only what it
claimed is revealed, under the chat's lock, from the chat's state as it is now. A prank that
ended on another instance has no deadline left to claim; one claimed by another instance is
theirs.

Beside the jobs, a sweep claims every overdue deadline, every few seconds and at start: the
pranks of an instance that died, and the deadlines that passed while no instance ran. A
reveal that cannot be sent (the user blocked the bot, the chat is gone) is logged; the prank
ends all the same and every other job runs on.
"""

from __future__ import annotations

import logging
import time

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import CallbackContext, Job, JobQueue

from bot import metrics
from bot.application.core import Core
from bot.conversation.state import ChatState
from bot.storage import Storage, StorageError
from bot.telegram.delivery import Delivery

log = logging.getLogger(__name__)

# Seconds: a job may fire a hair before its deadline, and deadlines are stored to a tenth.
CLOCK_SLACK = 0.1


class Timeouts:
    def __init__(self, core: Core, storage: Storage, delivery: Delivery) -> None:
        self.core = core
        self.storage = storage
        self.delivery = delivery
        self._jobs: dict[int, dict[str, Job]] = {}  # chat → ticket → its reveal job

    def arm(self, job_queue: JobQueue, chat_id: int, state: ChatState) -> None:
        """Make the chat's jobs match its waiting pranks and their deadlines."""
        jobs = self._jobs.setdefault(chat_id, {})
        for ticket in list(jobs):
            if ticket not in state.pranks:
                jobs.pop(ticket).schedule_removal()
        for ticket, prank in state.pranks.items():
            job = jobs.get(ticket)
            if job is not None and job.data == prank.until:
                continue
            if job is not None:
                job.schedule_removal()
            jobs[ticket] = job_queue.run_once(
                self._reveal,
                max(0.0, prank.until - time.time()),
                chat_id=chat_id,
                data=prank.until,
                name=f"reveal {chat_id}:{ticket}",
            )
        if not jobs:
            del self._jobs[chat_id]

    def start_sweeping(self, job_queue: JobQueue, every: float) -> None:
        """Sweep now (deadlines that passed while no instance ran) and every `every` seconds."""
        job_queue.run_repeating(self._sweep, interval=every, first=0, name="reveal sweep")

    async def _reveal(self, context: CallbackContext) -> None:
        job = context.job
        # The job that fired is done: forget it before arm() would try to remove it.
        for ticket, armed in list(self._jobs.get(job.chat_id, {}).items()):
            if armed is job:
                del self._jobs[job.chat_id][ticket]
        await self._reveal_due(context.bot, context.job_queue, job.chat_id)

    async def _sweep(self, context: CallbackContext) -> None:
        metrics.REVEAL_SWEEPS.inc()
        await self._reveal_due(context.bot, context.job_queue, None)

    async def _reveal_due(self, bot: Bot, job_queue: JobQueue, chat_id: int | None) -> None:
        """Claim the due deadlines (of one chat, or of all) and reveal what was claimed."""
        now = time.time() + CLOCK_SLACK
        try:
            claimed = self.storage.claim_reveals(now, chat_id)
        except StorageError as error:
            log.warning("reveals not claimed now (the next sweep tries again): %s", error)
            return
        for chat in sorted({chat for chat, _ in claimed}):
            try:
                await self._reveal_chat(bot, job_queue, chat, now)
            except StorageError as error:
                # The claim lapses after its lease and the prank is revealed then.
                log.warning("chat %s: a timeout's reveal waits: %s", chat, error)

    async def _reveal_chat(self, bot: Bot, job_queue: JobQueue, chat_id: int, now: float) -> None:
        async with self.storage.chat_lock(chat_id):
            state = self.storage.load_chat(chat_id)
            outcome = self.core.engine.expire(state, now)
            try:
                if outcome.chat != state:
                    await self.delivery.deliver(bot, chat_id, outcome, None)
                    await self.delivery.tell(bot, self.core.reports(outcome))
            except TelegramError as error:
                log.warning("chat %s: a timeout's reveal was not sent: %r", chat_id, error)
            finally:
                self.arm(job_queue, chat_id, outcome.chat)
