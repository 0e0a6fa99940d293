"""One guard against redelivered updates, for every kind of update.

Telegram delivers an update again when the bot died before confirming it. The guard runs
before every handler (group -1) and drops an update handled before; a last handler (group 1)
marks the rest handled. Text messages are marked in the same transaction as the chat state
they change, so a bot killed in between neither loses nor repeats them.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.storage import Storage

log = logging.getLogger(__name__)

SEEN_WINDOW = 1000  # update ids this far below the last handled one are redeliveries


class RedeliveryGuard:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def drop_seen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Telegram restarts update ids at random after a week without updates, so only ids
        just below the last one handled count as seen."""
        last = self.storage.last_update_id()
        if last - SEEN_WINDOW < update.update_id <= last:
            log.info("update %s was handled before a restart; skipping it", update.update_id)
            raise ApplicationHandlerStop

    async def mark_handled(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.storage.mark_update(update.update_id)
