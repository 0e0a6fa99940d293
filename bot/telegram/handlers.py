"""Telegram handlers: turn updates into engine messages, and engine replies into messages.

One handler per kind of update. The engine decides what to say; this module only knows who
is speaking, which message a reply refers to, and how to deliver an answer on Telegram.
"""

from __future__ import annotations

import heapq
import html
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import (
    ForceReply,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, MessageLimit
from telegram.error import TelegramError
from telegram.ext import ContextTypes, Job, JobQueue

from bot.engine.engine import Engine, Incoming, Outcome, Reply
from bot.engine.language import Text, language_for
from bot.engine.state import ChatState, Person
from bot.storage import Storage

log = logging.getLogger(__name__)

CLOCK_SLACK = 0.05  # seconds: a job may fire a hair before its deadline
SEEN_WINDOW = 1000  # update ids this far below the last handled one are redeliveries

SAY_TEXT_PLEASE = Text(
    "我只看得懂文字哦，用文字回答吧。", "I only read text: answer in words, please."
)
SAY_OOPS = Text(
    "哎呀，我这边出了点问题，请再试一次。", "Oops, something broke on my side. Please try again."
)
SAY_NOT_ADMIN = Text("这个命令只有管理员能用。", "Only the bot's admins can use this command.")
SAY_RELOADED = Text("语料已重新加载：{summary}", "Corpus reloaded: {summary}")


def escape(text: str) -> str:
    """Text for an HTML message: every user-supplied string passes through here."""
    return html.escape(text, quote=False)


def person_of(message: Message) -> Person:
    """Who wrote `message`: a user, or the channel or anonymous admin it was sent as."""
    if message.sender_chat is not None:
        chat = message.sender_chat
        return Person(chat.id, chat.title or chat.username or str(chat.id), chat.username)
    user = message.from_user
    if user is None:  # not seen in practice; keeps the type checker and the bot honest
        return Person(0, "?")
    return Person(user.id, user.full_name, user.username, user.language_code)


def chat_language(storage: Storage, message: Message) -> str:
    """The chat's /lang, else the sender's Telegram language."""
    state = storage.load_chat(message.chat_id)
    code = message.from_user.language_code if message.from_user else None
    return state.lang or language_for(code)


def in_group(message: Message) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


@dataclass
class Handlers:
    engine: Engine
    storage: Storage
    admin_ids: frozenset[int] = frozenset()
    # Builds the "prank a friend with this" button under a private question (inline mode).
    share_button: Callable[[str, str], InlineKeyboardMarkup] | None = None
    _deadlines: list[tuple[float, int]] = field(default_factory=list)  # heap of (until, chat)
    _deadline_of: dict[tuple[int, str], float] = field(default_factory=dict)
    _alarm: Job | None = None
    _alarm_at: float = 0.0

    # -- updates -------------------------------------------------------------------------

    def seen(self, update: Update) -> bool:
        """True for an update handled before a crash, which Telegram delivers again.

        Telegram restarts update ids at random after a week without updates, so only ids
        just below the last one handled count as seen."""
        last = self.storage.last_update_id()
        if last - SEEN_WINDOW < update.update_id <= last:
            log.info("update %s was handled before a restart; skipping it", update.update_id)
            return True
        return False

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command or a text: the engine answers it."""
        message = update.effective_message
        if message is None or message.text is None or self.seen(update):
            return
        if self._for_another_bot(message.text, context.bot.username):
            return
        ticket, replied = self._reply_context(message, context.bot.id)
        incoming = Incoming(
            person_of(message), message.text, time.time(), in_group(message), ticket, replied
        )
        chat_id = message.chat_id
        outcome = self.engine.handle(self.storage.load_chat(chat_id), incoming)
        await self._deliver(context, chat_id, outcome, message, update.update_id)

    async def on_other_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stickers, photos, voice…: in private, ask for text; in a group, only when the
        message answers one of the bot's questions."""
        message = update.effective_message
        if message is None or self.seen(update):
            return
        answers_bot = (
            message.reply_to_message is not None
            and message.reply_to_message.from_user is not None
            and message.reply_to_message.from_user.id == context.bot.id
        )
        self.storage.mark_update(update.update_id)
        if in_group(message) and not answers_bot:
            return
        lang = self._lang(message)
        await message.reply_text(escape(SAY_TEXT_PLEASE.in_(lang)))

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edit does not count as a new answer: a routine takes the first one given."""
        log.debug("update %s: an edited message, left as it was answered", update.update_id)

    async def on_reload(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/reload (admins only): read the corpus file again without a restart."""
        from bot.engine.corpus import CorpusError, load_corpus

        message = update.effective_message
        if message is None:
            return
        lang = self._lang(message)
        user = message.from_user
        if user is None or user.id not in self.admin_ids:
            await message.reply_text(escape(SAY_NOT_ADMIN.in_(lang)))
            return
        try:
            corpus = load_corpus(self.engine.corpus.source)
        except CorpusError as error:
            await message.reply_text(escape(str(error))[: MessageLimit.MAX_TEXT_LENGTH])
            return
        self.engine.corpus = corpus
        text = SAY_RELOADED.in_(lang).format(summary=corpus.summary())
        await message.reply_text(escape(text))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the update id and the error (never the token), and tell the chat, if any."""
        update_id = getattr(update, "update_id", None)
        log.error("update %s failed: %r", update_id, context.error, exc_info=context.error)
        if isinstance(update, Update) and update.effective_message is not None:
            lang = self._lang(update.effective_message)
            try:
                await update.effective_message.reply_text(escape(SAY_OOPS.in_(lang)))
            except TelegramError as error:
                log.warning("update %s: could not say sorry either: %r", update_id, error)

    # -- timeouts ------------------------------------------------------------------------
    # Deadlines wait in a heap under one alarm job set for the earliest of them: scheduling a
    # job costs far more than a heap push, and new pranks rarely come due before older ones.

    def arm_timeouts(self, job_queue: JobQueue, chat_id: int, state: ChatState) -> None:
        """Make sure each waiting prank of the chat is revealed at its deadline."""
        for ticket, prank in state.pranks.items():
            if self._deadline_of.get((chat_id, ticket)) != prank.until:
                self._deadline_of[(chat_id, ticket)] = prank.until
                heapq.heappush(self._deadlines, (prank.until, chat_id))
        if self._deadlines and (self._alarm is None or self._deadlines[0][0] < self._alarm_at):
            self._set_alarm(job_queue)

    def _set_alarm(self, job_queue: JobQueue) -> None:
        if self._alarm is not None:
            self._alarm.schedule_removal()
        self._alarm_at = self._deadlines[0][0]
        delay = max(0.0, self._alarm_at - time.time())
        self._alarm = job_queue.run_once(self.expire, delay, name="reveal-due-pranks")

    async def expire(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The alarm: reveal every prank whose time is up, then set the next alarm."""
        self._alarm = None
        now = time.time()
        due = set()
        while self._deadlines and self._deadlines[0][0] <= now + CLOCK_SLACK:
            due.add(heapq.heappop(self._deadlines)[1])
        for chat_id in sorted(due):
            state = self.storage.load_chat(chat_id)
            for ticket in state.pranks:
                self._deadline_of.pop((chat_id, ticket), None)
            outcome = self.engine.expire(state, now + CLOCK_SLACK)
            await self._deliver(context, chat_id, outcome, None)
        if self._deadlines and self._alarm is None:
            self._set_alarm(context.job_queue)

    # -- delivery ------------------------------------------------------------------------

    async def _deliver(
        self,
        context: ContextTypes.DEFAULT_TYPE,
        chat_id: int,
        outcome: Outcome,
        incoming: Message | None,
        update_id: int | None = None,
    ) -> None:
        """Save first, so that a crash after sending never leaves a prank the bot forgot."""
        quotes = [self._quote(chat_id, reply, incoming) for reply in outcome.replies]
        self.storage.save_chat(chat_id, outcome.chat, update_id)
        for reply, quote in zip(outcome.replies, quotes, strict=True):
            sent = await context.bot.send_message(
                chat_id,
                escape(reply.text)[: MessageLimit.MAX_TEXT_LENGTH],
                reply_parameters=quote,
                reply_markup=self._markup(reply, outcome, incoming),
            )
            if reply.asks and reply.ticket is not None:
                self.storage.remember_question(chat_id, sent.message_id, reply.ticket)
        if outcome.chat.pranks:
            self.arm_timeouts(context.job_queue, chat_id, outcome.chat)

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

    def _reply_context(self, message: Message, bot_id: int) -> tuple[str | None, Person | None]:
        """The prank a reply answers (a reply to the bot) or the person it aims at (others)."""
        original = message.reply_to_message
        if original is None:
            return None, None
        author = original.from_user
        if author is not None and author.id == bot_id:
            return self.storage.ticket_for(message.chat_id, original.message_id), None
        if author is not None and author.is_bot:
            return None, None
        return None, person_of(original)

    def _lang(self, message: Message) -> str:
        return chat_language(self.storage, message)

    @staticmethod
    def _for_another_bot(text: str, username: str | None) -> bool:
        head = text.split(maxsplit=1)[0] if text.startswith("/") else ""
        if "@" not in head:
            return False
        return head.split("@", 1)[1].casefold() != (username or "").casefold()
