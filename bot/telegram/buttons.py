"""Buttons under the bot's messages on Telegram: rendered as an inline keyboard, and a tap
(a callback query whose data starts with `~`) handed to the turn service.

The turn checks the tap (bot/application/buttons.py) and takes it as the command it stands
for; here the query is answered, always once: with "this button has expired" for a forged,
replayed, stale or misplaced tap, silently otherwise.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.application.buttons import PREFIX, Keys, Tap
from bot.application.turn import Turns
from bot.conversation.state import Person
from bot.i18n.catalogue import say
from bot.i18n.language import language_for
from bot.telegram.outbox import TelegramOutbox, in_group

PATTERN = re.compile("^" + re.escape(PREFIX))  # the taps this module answers


def render(keys: Keys) -> str:
    """Telegram's keyboard for `keys` (a tap's data, or a switch to inline mode), as the JSON
    the Bot API takes: built as plain data, as python-telegram-bot's objects for it cost ~30 µs
    more for each reply that has buttons."""
    rows = [
        [
            {"text": key.label, "switch_inline_query": key.switch}
            if key.switch is not None
            else {"text": key.label, "callback_data": key.data}
            for key in row
        ]
        for row in keys
    ]
    return json.dumps({"inline_keyboard": rows})


class ButtonHandlers:
    def __init__(self, turns: Turns, outbox_for: Callable[[Update | None], TelegramOutbox]) -> None:
        self.turns = turns
        self.outbox_for = outbox_for

    async def on_tap(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A tap: taken as its command by the turn; the query answered whatever happens."""
        query = update.callback_query
        assert query is not None  # the handler is registered for callback queries
        user = query.from_user
        message = query.message
        answer: str | None = say("button_expired", language_for(user.language_code))
        try:
            if isinstance(message, Message):  # not a message too old for Telegram to give
                tap = Tap(
                    query.data or "",
                    Person(user.id, user.full_name, user.username, user.language_code),
                    message.chat_id,
                    message.message_id,
                    in_group(message),
                    time.time(),
                    admin=self.turns.services.is_admin(user.id),
                )
                answer = await self.turns.tap(tap, self.outbox_for(update), update.update_id)
        finally:
            await query.answer(answer)
