"""One guard against redelivered updates, for every kind of update.

Telegram delivers an update again when the bot died before confirming it, and with several
instances behind a load balancer one update may reach two of them. The guard runs before
every handler (group -1) and drops an update handled before; a last handler (group 1) marks
the rest handled. Text messages are marked in the same transaction as the chat state they
change, so a bot killed in between neither loses nor repeats them.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import metrics
from bot.storage import Storage

log = logging.getLogger(__name__)


FAILURES_KEPT = 1_000


class RedeliveryGuard:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._failed: OrderedDict[int, None] = OrderedDict()  # updates whose handling failed

    async def drop_seen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Each handled id is remembered, not only the highest: updates of different chats
        are handled at once and finish in any order, and one still in flight when the bot
        died must be handled when it comes again."""
        if self.storage.seen_update(update.update_id):
            log.info("update %s was handled before; skipping it", update.update_id)
            metrics.UPDATES_REDELIVERED.inc()
            raise ApplicationHandlerStop

    async def note_failure(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An error handler. An update whose handling failed is not marked by the last
        handler, so that a redelivery handles it anew (the webhook asks for one when the
        database failed); what it saved before failing was marked with its state."""
        if isinstance(update, Update):
            self._failed[update.update_id] = None
            if len(self._failed) > FAILURES_KEPT:
                self._failed.popitem(last=False)

    async def mark_handled(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.update_id in self._failed:
            del self._failed[update.update_id]
            return
        self.storage.mark_update(update.update_id)
        metrics.count_handled(update)
