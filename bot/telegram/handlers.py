"""Telegram handlers: each turns one kind of update into an engine message.

The engine decides what to say; these only know who is speaking, which message a reply
refers to, and what to hand to delivery, to the timeouts and, for the commands the engine
passes on (the lab's, /reload), to the core.
"""

from __future__ import annotations

import logging
import time

from telegram import Message, Update
from telegram.error import NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.application.core import COMMANDS, Core
from bot.conversation.commands import parse_command
from bot.conversation.engine import Incoming, Outcome
from bot.conversation.state import Person
from bot.i18n.catalogue import say
from bot.i18n.language import language_for
from bot.storage import Storage
from bot.telegram.delivery import Delivery, in_group
from bot.telegram.timeouts import Timeouts

log = logging.getLogger(__name__)

ADMINS_KEPT_SECONDS = 300.0  # a group's admins, as Telegram listed them, trusted this long


def person_of(message: Message) -> Person:
    """Who wrote `message`: a user, or the channel or anonymous admin it was sent as."""
    if message.sender_chat is not None:
        chat = message.sender_chat
        return Person(chat.id, chat.title or chat.username or str(chat.id), chat.username)
    user = message.from_user
    if user is None:  # not seen in practice; keeps the type checker and the bot honest
        return Person(0, "?")
    return Person(user.id, user.full_name, user.username, user.language_code)


class Handlers:
    def __init__(
        self, core: Core, storage: Storage, delivery: Delivery, timeouts: Timeouts
    ) -> None:
        self.core = core
        self.storage = storage
        self.delivery = delivery
        self.timeouts = timeouts
        self._admins: dict[int, tuple[float, frozenset[int]]] = {}  # chat → (until, admin ids)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command or a text: the engine answers it."""
        message = update.effective_message
        parsed = parse_command(message.text)
        addressee = parsed[2] if parsed is not None else None
        if addressee is not None and addressee.casefold() != context.bot.username.casefold():
            return  # "/help@OtherBot": for another bot in the group
        await self._handle(update, context, message.text)

    async def on_other_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stickers, photos, voice…: the engine decides whether to ask for words."""
        await self._handle(update, context, None)

    async def on_migrated(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A group became a supergroup: the pranks, scores and network go with it."""
        message = update.effective_message
        old, new = message.chat_id, message.migrate_to_chat_id
        log.info("chat %s moved to %s", old, new)
        self.storage.move_chat(old, new)
        self.timeouts.arm(context.job_queue, old, self.storage.load_chat(old))
        self.timeouts.arm(context.job_queue, new, self.storage.load_chat(new))

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edit does not count as a new answer: a routine takes the first one given."""
        log.debug("update %s: an edited message, left as it was answered", update.update_id)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the update id and the error (never the token), and tell the chat, if any."""
        update_id = getattr(update, "update_id", None)
        if update is None and isinstance(context.error, NetworkError | RetryAfter):
            # Polling lost its connection or was asked to slow down: it retries by itself.
            log.warning("polling: %s (retrying)", context.error)
            return
        log.error("update %s failed: %r", update_id, context.error, exc_info=context.error)
        if isinstance(update, Update) and update.effective_message is not None:
            message = update.effective_message
            lang = self._lang(message)
            try:
                await message.reply_text(say("oops", lang))
            except Exception as error:
                log.warning("update %s: could not say sorry either: %r", update_id, error)

    async def _handle(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | None
    ) -> None:
        message = update.effective_message
        chat_id = message.chat_id
        ticket, replied = self._reply_context(message, context.bot.id)
        sender = person_of(message)
        incoming = Incoming(
            sender,
            text or "",
            time.time(),
            in_group(message),
            ticket,
            replied,
            admin=self.core.is_admin(sender.id),
            chat_id=chat_id,
            chat_admin=await self._chat_admin(context, message, text),
        )
        chat = self.storage.load_chat(chat_id)
        if text is None:
            outcome = self.core.engine.not_text(chat, incoming)
        else:
            outcome = self.core.handle(chat, incoming)
        await self.delivery.deliver(context.bot, chat_id, outcome, message, update.update_id)
        await self.delivery.tell(context.bot, self.core.reports(outcome))
        self.timeouts.arm(context.job_queue, chat_id, outcome.chat)
        if outcome.call is not None:
            self._start_call(update, context, outcome, incoming)

    def _start_call(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        outcome: Outcome,
        incoming: Incoming,
    ) -> None:
        """Run a lab or admin command as a task of its own: a training run must not hold up
        the chats that keep talking meanwhile."""
        message = update.effective_message
        acts_for_chat = not incoming.in_group or incoming.chat_admin
        events = self.core.run(outcome.call, message.chat_id, incoming.sender.id, acts_for_chat)
        context.application.create_task(
            self.delivery.deliver_events(events, message), update=update
        )

    async def _chat_admin(
        self, context: ContextTypes.DEFAULT_TYPE, message: Message, text: str | None
    ) -> bool:
        """Whether the sender administers this group, asked of Telegram only for the commands
        that need to know, and remembered for a few minutes."""
        parsed = parse_command(text or "")
        declared = COMMANDS.get(parsed[0]) if parsed else None
        if declared is None or not declared.asks_chat_admins or not in_group(message):
            return False
        if message.sender_chat is not None and message.sender_chat.id == message.chat_id:
            return True  # an anonymous admin writes as the group itself
        admins = self._admins.get(message.chat_id)
        now = time.monotonic()
        if admins is None or admins[0] < now:
            try:
                members = await context.bot.get_chat_administrators(message.chat_id)
            except TelegramError as error:
                log.warning(
                    "chat %s: admins unknown (%r); treating as none", message.chat_id, error
                )
                return False
            admins = (now + ADMINS_KEPT_SECONDS, frozenset(m.user.id for m in members))
            self._admins[message.chat_id] = admins
        return message.from_user is not None and message.from_user.id in admins[1]

    def _reply_context(self, message: Message, bot_id: int) -> tuple[str | None, Person | None]:
        """The prank a reply answers (a reply to the bot) or the person it aims at (others)."""
        original = message.reply_to_message
        if original is None:
            return None, None
        author = original.from_user
        if author is not None and author.id == bot_id:
            # "" for a message known to ask nothing (chatter); None for one never noted (a
            # question whose note a crash lost): the engine then takes the newest prank.
            return self.storage.ticket_for(message.chat_id, original.message_id), None
        if author is not None and author.is_bot:
            return None, None
        return None, person_of(original)

    def _lang(self, message: Message) -> str:
        code = message.from_user.language_code if message.from_user else None
        return language_for(code, self.storage.load_chat(message.chat_id).lang)
