"""Delivery: the engine's replies and the lab's events, as Telegram messages.

Saving comes first, so a crash after sending never leaves a prank the bot forgot; which
message asked which prank is remembered as each question goes out, and forgotten for the
pranks that ended only after the replies that quote them are sent.
"""

from __future__ import annotations

import html
import logging
from collections.abc import AsyncIterator, Callable

from telegram import Bot, ForceReply, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatType, MessageLimit
from telegram.error import BadRequest, ChatMigrated, TelegramError

from bot import metrics
from bot.conversation.engine import NOT_A_QUESTION, Outcome, Reply
from bot.lab.service import LabEvent, Picture, Say, Status
from bot.storage import Storage

log = logging.getLogger(__name__)


def escape(text: str) -> str:
    """Text for an HTML message: every user-supplied string passes through here."""
    return html.escape(text, quote=False)


def fit(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> str:
    """`text` cut to Telegram's `limit`, which counts UTF-16 code units of the text as shown,
    escaped for HTML afterwards so that the cut never falls inside an entity."""
    if len(text) <= limit // 2:  # every code point is at most two UTF-16 units
        return escape(text)
    units = 0
    for index, character in enumerate(text):
        units += 2 if ord(character) > 0xFFFF else 1
        if units > limit:
            return escape(text[:index])
    return escape(text)


def in_group(message: Message) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


class Delivery:
    def __init__(
        self,
        storage: Storage,
        share_button: Callable[[str, str], InlineKeyboardMarkup] | None = None,
    ) -> None:
        self.storage = storage
        # Builds the "prank a friend with this" button under a private question (inline mode).
        self.share_button = share_button

    async def deliver(
        self,
        bot: Bot,
        chat_id: int,
        outcome: Outcome,
        incoming: Message | None,
        update_id: int | None = None,
    ) -> None:
        """Save the chat's new state, send the replies, then forget the ended pranks' questions."""
        before = self.storage.load_chat(chat_id)
        ended = set(before.pranks) - set(outcome.chat.pranks)
        self.storage.save_chat(chat_id, outcome.chat, update_id)
        metrics.record_pranks(before, outcome.chat, timed_out=incoming is None)
        for reply in outcome.replies:
            quote = self._quote(chat_id, reply, incoming)
            markup = self._markup(reply, outcome, incoming)
            try:
                sent = await bot.send_message(
                    chat_id, fit(reply.text), reply_parameters=quote, reply_markup=markup
                )
            except ChatMigrated as moved:  # the group became a supergroup meanwhile
                self.storage.move_chat(chat_id, moved.new_chat_id)
                chat_id = moved.new_chat_id
                sent = await bot.send_message(chat_id, fit(reply.text), reply_markup=markup)
            self._remember(sent, reply.ticket if reply.asks else None)
        if ended:
            self.storage.forget_questions(chat_id, keep=outcome.chat.pranks)

    async def tell(self, bot: Bot, messages: list[tuple[int, str]]) -> None:
        """Messages for other chats (a prank link's owner hears how it went). One that cannot
        be sent (the owner blocked the bot) is logged and skipped."""
        for chat_id, text in messages:
            try:
                await bot.send_message(chat_id, fit(text))
            except TelegramError as error:
                log.warning("chat %s: could not be told: %r", chat_id, error)

    async def deliver_events(self, events: AsyncIterator[LabEvent], incoming: Message) -> None:
        """The lab's events: lines as replies, status lines as one message edited in place,
        pictures as photos with their caption."""
        status: Message | None = None
        shown = ""
        async for event in events:
            if isinstance(event, Say):
                self._remember(await incoming.reply_text(fit(event.text)), None)
            elif isinstance(event, Status):
                if status is None:
                    status = await incoming.reply_text(fit(event.text))
                    self._remember(status, None)
                elif event.text != shown:
                    await _edit(status, event.text)
                shown = event.text
            elif isinstance(event, Picture):
                caption = fit(event.caption, MessageLimit.CAPTION_LENGTH)
                self._remember(await incoming.reply_photo(event.png, caption=caption), None)

    def _remember(self, sent: Message, ticket: str | None) -> None:
        """Note which prank a message asks. In a group every message of the bot is noted,
        the ones that ask nothing too: a reply to them is chatter, never an answer."""
        if ticket is not None:
            self.storage.remember_question(sent.chat_id, sent.message_id, ticket)
        elif in_group(sent):
            self.storage.remember_question(sent.chat_id, sent.message_id, NOT_A_QUESTION)

    def _markup(
        self, reply: Reply, outcome: Outcome, incoming: Message | None
    ) -> ForceReply | InlineKeyboardMarkup | None:
        """Ask the target to reply in a group; offer a private prank to share."""
        if reply.address is not None:
            return ForceReply(selective=True)
        prank = outcome.chat.pranks.get(reply.ticket or "")
        if self.share_button is None or prank is None or not reply.asks:
            return None
        if incoming is None or in_group(incoming):
            return None
        return self.share_button(prank.routine, prank.lang)

    def _quote(
        self, chat_id: int, reply: Reply, incoming: Message | None
    ) -> ReplyParameters | None:
        message_id = None
        if incoming is not None and not in_group(incoming) and reply.quote != "question":
            return None  # in a private chat every message answers the one before: no quote
        if reply.quote == "incoming" and incoming is not None:
            message_id = incoming.message_id
        elif reply.quote == "replied" and incoming is not None and incoming.reply_to_message:
            message_id = incoming.reply_to_message.message_id
        elif reply.quote == "question" and reply.ticket is not None:
            message_id = self.storage.question_for(chat_id, reply.ticket)
        if message_id is None:
            return None
        return ReplyParameters(message_id, allow_sending_without_reply=True)


async def _edit(status: Message, text: str) -> None:
    try:
        await status.edit_text(fit(text))
    except BadRequest as error:  # deleted by someone, or not modified: the run goes on
        log.info("chat %s: progress message not edited: %s", status.chat_id, error)
    except TelegramError as error:
        log.warning("chat %s: progress message not edited: %r", status.chat_id, error)
