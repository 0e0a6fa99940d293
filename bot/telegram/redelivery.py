"""One guard against redelivered updates, and against updates that fail, for every kind.

Telegram delivers an update again when the bot died before confirming it, and with several
instances behind a load balancer one update may reach two of them. The guard runs before
every handler (group -1) and drops an update handled before; a last handler (group 1) marks
the rest handled. Text messages are marked in the same transaction as the chat state they
change, so a bot killed in between neither loses nor repeats them.

An update whose handling failed gets a verdict (`note_failure`, the first error handler):

- AGAIN: the database failed (a StorageError). The update is not marked handled, and comes
  back: on a webhook the answer is 503 and Telegram delivers it again; with long polling,
  where Telegram has already forgotten it once the next batch is asked for, the guard puts it
  back in the Application's queue after a pause (0.5 s, doubling, at most 30 s), in this
  process's memory (so a process that dies meanwhile loses it, as it loses the update in hand;
  and the chat's later updates, already fetched, may be handled before it comes back).
  Nobody is told "Oops": the answer comes when the database is back.
- POISON: the same update failed again with the same non-transient database error (a statement
  the database refuses every time). Redelivering it would fail for ever and hold up its chat
  (Telegram sends a chat's next update only once this one is answered), so it is logged,
  the chat is told "Oops" once, it is marked handled (the webhook answers 200) and counted in
  taolu_updates_poisoned.
- GIVE_UP: any other error (a bug, Telegram refusing a send): the chat is told "Oops", the
  update is not redelivered, as before.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from enum import Enum

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot import metrics
from bot.storage import Storage, StorageError

log = logging.getLogger(__name__)


FAILURES_KEPT = 1_000
FIRST_PAUSE = 0.5  # seconds before a polled update the database failed is handled again
LAST_PAUSE = 30.0


class Verdict(Enum):
    AGAIN = "again"
    POISON = "poison"
    GIVE_UP = "give up"


class RedeliveryGuard:
    def __init__(self, storage: Storage, requeue: bool = False) -> None:
        """`requeue`: updates come by long polling, so the guard itself hands back an update
        the database failed (a webhook gets it again from Telegram)."""
        self.storage = storage
        self.requeue = requeue
        # update id → the verdict on its latest failure; how it failed (None: transiently),
        # and how many times
        self._verdicts: OrderedDict[int, Verdict] = OrderedDict()
        self._failed_as: OrderedDict[int, tuple[str | None, int]] = OrderedDict()

    def verdict(self, update_id: int) -> Verdict | None:
        """The verdict on the update's handling that just ended; None if it did not fail."""
        return self._verdicts.get(update_id)

    async def drop_seen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Each handled id is remembered, not only the highest: updates of different chats
        are handled at once and finish in any order, and one still in flight when the bot
        died must be handled when it comes again."""
        self._verdicts.pop(update.update_id, None)  # a new attempt: no verdict yet
        try:
            seen = self.storage.seen_update(update.update_id)
        except StorageError as error:  # not known whether handled: not handled now
            self._judge(update, error, context.application)
            raise ApplicationHandlerStop from None
        if seen:
            log.info("update %s was handled before; skipping it", update.update_id)
            metrics.UPDATES_REDELIVERED.inc()
            raise ApplicationHandlerStop

    async def note_failure(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The first error handler: the verdict on a failed update (see the module's text)."""
        if isinstance(update, Update) and context.error is not None:
            self._judge(update, context.error, context.application)

    def _judge(self, update: Update, error: BaseException, application: Application) -> None:
        update_id = update.update_id
        before, times = self._failed_as.get(update_id, (None, 0))
        if not isinstance(error, StorageError):
            verdict = Verdict.GIVE_UP
        else:
            how = None if error.transient else error.kind
            verdict = Verdict.POISON if how is not None and how == before else Verdict.AGAIN
            times += 1
            _keep(self._failed_as, update_id, (how, times))
        _keep(self._verdicts, update_id, verdict)
        if verdict is Verdict.AGAIN:
            metrics.UPDATES_DEFERRED.inc()
            log.warning("update %s waits for the database: %s", update_id, error)
            if self.requeue:
                again = self._again(application, update, _pause(update_id, times))
                application.create_task(again)
        elif verdict is Verdict.POISON:
            metrics.UPDATES_POISONED.inc()
            self._failed_as.pop(update_id, None)
            log.error(
                "update %s fails the same way every time; answered and dropped: %s",
                update_id,
                error,
                exc_info=error,
            )

    async def mark_handled(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        verdict = self._verdicts.get(update.update_id)
        if verdict in (Verdict.AGAIN, Verdict.GIVE_UP):
            return
        try:
            self.storage.mark_update(update.update_id)
        except StorageError as error:
            if verdict is not Verdict.POISON:
                raise
            log.warning("update %s: poison not marked (%s)", update.update_id, error)
        if verdict is None:
            metrics.count_handled(update)

    async def _again(self, application: Application, update: Update, pause: float) -> None:
        await asyncio.sleep(pause)  # a backoff, not a wait for a condition: nothing to wait on
        await application.update_queue.put(update)


def _pause(update_id: int, times: int) -> float:
    return min(LAST_PAUSE, FIRST_PAUSE * 2.0 ** min(10, max(0, times - 1)))


def _keep(ledger: OrderedDict, key: int, value: object) -> None:
    ledger[key] = value
    ledger.move_to_end(key)
    if len(ledger) > FAILURES_KEPT:
        ledger.popitem(last=False)
