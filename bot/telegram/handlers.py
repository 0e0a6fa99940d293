"""Telegram handlers: each turns one kind of update into a turn.

They know who is speaking, which message a reply refers to and whether the sender administers
the group (asked of Telegram only for the commands that need it); the turn service does the
rest, and the update's outbox (bot/telegram/outbox.py) delivers what it decides.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

from telegram import Message, Update
from telegram.error import ChatMigrated, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.application.turn import Turns
from bot.conversation.answering import Incoming
from bot.conversation.state import Person
from bot.i18n.catalogue import say
from bot.telegram.outbox import TelegramOutbox, in_group
from bot.telegram.redelivery import RedeliveryGuard, Verdict

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
        self,
        turns: Turns,
        outbox_for: Callable[[Update | None], TelegramOutbox],
        guard: RedeliveryGuard | None = None,
    ) -> None:
        self.turns = turns
        self.guard = guard
        self.outbox_for = outbox_for  # the outbox of an update
        self._admins: dict[int, tuple[float, frozenset[int]]] = {}  # chat → (until, admin ids)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command or a text."""
        await self._take(update, context, words=True)

    async def on_other_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stickers, photos, voice…: the engine decides whether to ask for words."""
        await self._take(update, context, words=False)

    async def on_members_added(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The bot added to a group: a turn from whoever added it, saying no words, in which
        the engine sets the group up (its language, `group_language`) and greets a group it
        has never been in (`Engine.added`). Only a person's add is told as one: an anonymous
        admin's (sent as the group) has no one whose language the group could take, and is
        left a turn with no words, as before. Others joining are not the bot's business.
        A basic group made with the bot in it is said by `group_chat_created` instead, the
        bot named among no new members: an add all the same, by the group's creator."""
        message = update.effective_message
        assert message is not None  # a MessageHandler's update
        created = bool(message.group_chat_created)
        if created or any(member.id == context.bot.id for member in message.new_chat_members):
            by_a_person = message.from_user is not None and message.sender_chat is None
            await self._take(update, context, words=False, bot_added=by_a_person)

    async def on_migrated(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A group became a supergroup: the pranks, scores and network go with it. Telegram
        says so twice: `migrate_to_chat_id` in the old group, `migrate_from_chat_id` in the
        new supergroup. Either moves the chat; the second finds nothing left to move. The
        move takes both chats' locks, in the one order (`Turns.migrate`: the group's, then
        the supergroup's), by polling as by webhook (which holds them already: taken again
        at once), so the two never move at once, on any instance."""
        message = update.effective_message
        assert message is not None  # a MessageHandler's update
        outbox = self.outbox_for(update)
        if message.migrate_to_chat_id:
            await self.turns.migrate(message.chat_id, message.migrate_to_chat_id, outbox)
        elif message.migrate_from_chat_id:
            await self.turns.migrate(message.migrate_from_chat_id, message.chat_id, outbox)

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edit does not count as a new answer: a routine takes the first one given."""
        log.debug("update %s: an edited message, left as it was answered", update.update_id)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the update id and the error (never the token), and tell the chat, if any. An
        update the database failed comes again (bot/telegram/redelivery.py): nobody is told
        then, and the redelivery guard has logged it; a poison one is told once."""
        update_id = getattr(update, "update_id", None)
        if update is None and isinstance(context.error, NetworkError | RetryAfter):
            # Polling lost its connection or was asked to slow down: it retries by itself.
            log.warning("polling: %s (retrying)", context.error)
            return
        verdict = self.guard.verdict(update_id) if self.guard and update_id is not None else None
        if verdict is Verdict.AGAIN:
            return
        if verdict is not Verdict.POISON:
            log.error("update %s failed: %r", update_id, context.error, exc_info=context.error)
        if isinstance(update, Update) and update.effective_message is not None:
            message = update.effective_message
            code = message.from_user.language_code if message.from_user else None
            try:
                try:
                    lang = self.turns.lang_for(message.chat_id, code)
                    await message.reply_text(say("oops", lang))
                except ChatMigrated as moved:
                    # The group became a supergroup (the turn found it so and moved its state
                    # there): the members are there now, and the message it answers is not.
                    lang = self.turns.lang_for(moved.new_chat_id, code)
                    await context.bot.send_message(moved.new_chat_id, say("oops", lang))
            except Exception as error:
                log.warning("update %s: could not say sorry either: %r", update_id, error)

    async def _take(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        words: bool,
        bot_added: bool = False,
    ) -> None:
        message = update.effective_message
        assert message is not None  # a MessageHandler's update
        original = message.reply_to_message
        author = original.from_user if original is not None else None
        to_bot = author is not None and author.id == context.bot.id
        replied = None
        if original is not None and not to_bot and not (author is not None and author.is_bot):
            replied = person_of(original)
        sender = person_of(message)
        incoming = Incoming(
            sender,
            (message.text or "") if words else "",
            time.time(),
            in_group(message),
            replied=replied,
            admin=self.turns.services.is_admin(sender.id),
            chat_id=message.chat_id,
            message_id=message.message_id,
            reply_to=original.message_id if original is not None else None,
            reply_to_bot=to_bot,
            words=words,
            bot_added=bot_added,
        )
        parsed = incoming.command
        addressee = parsed.addressee if parsed is not None else None
        if addressee is not None and addressee.casefold() != context.bot.username.casefold():
            return  # "/help@OtherBot": for another bot in the group
        if parsed is not None:
            declared = self.turns.services.commands.get(parsed.name)
            if declared is not None and declared.command.asks_chat_admins and incoming.in_group:
                incoming = replace(incoming, chat_admin=await self._chat_admin(context, message))
        await self.turns.take(incoming, self.outbox_for(update), update.update_id)

    async def _chat_admin(self, context: ContextTypes.DEFAULT_TYPE, message: Message) -> bool:
        """Whether the sender administers this group, remembered for a few minutes."""
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
