"""Timeouts: a prank nobody answers is revealed at its deadline, one job per prank.

Each waiting prank has a job named after it in python-telegram-bot's JobQueue (as in its
timer example); `arm` brings a chat's jobs in line with its state after every change, so
jobs of pranks that ended are removed and nothing is kept for them. A reveal that cannot be
sent (the user blocked the bot, the chat is gone) is logged; the prank ends all the same
and every other job runs on.
"""

from __future__ import annotations

import logging
import time

from telegram.error import TelegramError
from telegram.ext import CallbackContext, Job, JobQueue

from bot.core import Core
from bot.engine.state import ChatState
from bot.storage import Storage
from bot.telegram.delivery import Delivery

log = logging.getLogger(__name__)

CLOCK_SLACK = 0.05  # seconds: a job may fire a hair before its deadline


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

    async def _reveal(self, context: CallbackContext) -> None:
        job = context.job
        chat_id = job.chat_id
        outcome = self.core.engine.expire(
            self.storage.load_chat(chat_id), time.time() + CLOCK_SLACK
        )
        # The job that fired is done: forget it before arm() would try to remove it.
        for ticket, armed in list(self._jobs.get(chat_id, {}).items()):
            if armed is job:
                del self._jobs[chat_id][ticket]
        try:
            await self.delivery.deliver(context.bot, chat_id, outcome, None)
            await self.delivery.tell(context.bot, self.core.reports(outcome))
        except TelegramError as error:
            log.warning("chat %s: a timeout's reveal was not sent: %r", chat_id, error)
        finally:
            self.arm(context.job_queue, chat_id, outcome.chat)
