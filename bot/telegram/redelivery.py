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


class RedeliveryGuard:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def drop_seen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Each handled id is remembered, not only the highest: updates of different chats
        are handled at once and finish in any order, and one still in flight when the bot
        died must be handled when it comes again."""
        if self.storage.is_handled(update.update_id):
            log.info("update %s was handled before a restart; skipping it", update.update_id)
            raise ApplicationHandlerStop

    async def mark_handled(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.storage.mark_update(update.update_id)
