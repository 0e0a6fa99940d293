"""The Telegram outbox: a turn's effects as Bot API calls.

Replies become messages (HTML, cut to Telegram's limits), a service's events become messages,
one status message edited in place, and photos; the background work of a command becomes a
task of the Application, whose error handlers see its failures; timers are the event loop's
timers of `bot.telegram.timeouts`. Nothing here reads or writes a chat's state: the turn does.
"""

from __future__ import annotations

import functools
import html
import json
import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

import httpx
from telegram import Bot, ForceReply, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatType, MessageLimit, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application

from bot.application.buttons import Keys
from bot.application.turn import (
    ChatMovedError,
    NeverSentError,
    Send,
    Sent,
    UnconfirmedError,
    UndeliverableError,
)
from bot.conversation.commands import Event, Picture, Say, Status

log = logging.getLogger(__name__)

ShareButton = Callable[[str, str], InlineKeyboardMarkup]
Render = Callable[[Keys], str]  # a keyboard as the Bot API's JSON
Arm = Callable[[int, Mapping[str, float]], None]


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


GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)


def in_group(message: Message) -> bool:
    return message.chat.type in GROUP_TYPES


class TelegramOutbox:
    """The outbox of one update (or of one timer's reveals)."""

    def __init__(
        self,
        application: Application,
        arm: Arm,
        share_button: ShareButton | None = None,
        update: Update | None = None,
        render: Render | None = None,
    ) -> None:
        self.application = application
        self.bot: Bot = application.bot
        self._arm = arm
        self._share_button = share_button
        self._render = render
        self._update = update
        self._status: Message | None = None  # a command's progress message, edited in place
        self._status_text = ""

    async def send(self, chat_id: int, message: Send) -> Sent:
        """Through the bot's own Bot API call (`_post`: the rate limiter, the retries and
        the errors as `send_message` has them), not `send_message`: a turn needs only the new
        message's id and chat type, and building a Message from Telegram's answer, and
        Defaults gone through for a dozen parameters, were ~0.1 ms of each reply's CPU.
        (`do_api_request`, the public way, warns for a method the library has.)"""
        data: dict[str, object] = {
            "chat_id": chat_id,
            "text": fit(message.reply.text),
            "parse_mode": ParseMode.HTML,
        }
        if message.quote:
            data["reply_parameters"] = ReplyParameters(
                message.quote, allow_sending_without_reply=True
            )
        markup = self._markup(message)
        if markup is not None:
            data["reply_markup"] = markup
        try:
            sent = await self.bot._post("sendMessage", data)
        except ChatMigrated as moved:
            raise ChatMovedError(moved.new_chat_id) from moved
        except (Forbidden, BadRequest) as error:  # blocked, removed, or the chat is gone
            raise UndeliverableError(repr(error)) from error
        except RetryAfter as error:  # flood control past the rate limiter's retries: refused
            raise NeverSentError(repr(error)) from error
        except NetworkError as error:
            if _unanswered(error):
                raise UnconfirmedError(repr(error)) from error
            if isinstance(error.__cause__, NEVER_SENT) or _refused(error):
                raise NeverSentError(repr(error)) from error
            raise
        try:
            return Sent(sent["message_id"], sent["chat"]["type"] in GROUP_TYPES)
        except (KeyError, TypeError, IndexError):
            # `_post` hands back Telegram's result as it came: not the Message send_message
            # would have checked. Whether it went out is unknown; nothing of it can be noted.
            raise UndeliverableError(
                f"chat {chat_id}: Telegram answered sendMessage with no message: {sent!r:.200}"
            ) from None

    async def show(self, chat_id: int, event: Event, reply_to: int | None) -> Sent | None:
        quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        if isinstance(event, Say):
            sent = await self.bot.send_message(chat_id, fit(event.text), reply_parameters=quote)
        elif isinstance(event, Status):
            if self._status is not None:
                if event.text != self._status_text:
                    await _edit(self._status, event.text)
                self._status_text = event.text
                return None
            sent = await self.bot.send_message(chat_id, fit(event.text), reply_parameters=quote)
            self._status, self._status_text = sent, event.text
        elif isinstance(event, Picture):
            caption = fit(event.caption, MessageLimit.CAPTION_LENGTH)
            sent = await self.bot.send_photo(
                chat_id, event.png, caption=caption, reply_parameters=quote
            )
        return Sent(sent.message_id, in_group(sent))

    async def tell(self, chat_id: int, text: str) -> None:
        """One that cannot be sent (the owner blocked the bot) is logged and skipped."""
        try:
            await self.bot.send_message(chat_id, fit(text))
        except TelegramError as error:
            log.warning("chat %s: could not be told: %r", chat_id, error)

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        self.application.create_task(work, update=self._update)

    def set_timers(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        self._arm(chat_id, deadlines)

    async def edit_keys(self, chat_id: int, message_id: int, keys: Keys) -> None:
        """A deleted message, or keys as they were, leave nothing to edit: logged, not raised."""
        data: dict[str, object] = {"chat_id": chat_id, "message_id": message_id}
        if self._render is not None and keys:
            data["reply_markup"] = self._render(keys)
        try:
            await self.bot._post("editMessageReplyMarkup", data)  # as `send` calls the Bot API
        except BadRequest as error:
            log.info("chat %s: keyboard not edited: %s", chat_id, error)

    def _markup(self, message: Send) -> str | None:
        """Ask the target to reply in a group; the reply's buttons; offer a private prank to
        share. As the Bot API's JSON, which python-telegram-bot passes on as it is."""
        if message.force_reply:
            return FORCE_REPLY
        if message.keys and self._render is not None:
            return self._render(message.keys)
        if message.share is not None and self._share_button is not None:
            return _share_json(self._share_button, *message.share)
        return None


# httpx's errors raised before a request's first byte is written: no connection was made
# (refused, or not made in time) or none was free in the pool. Nothing reached Telegram, so
# the message was certainly not said and may be sent again (a timeout's reveal, put back)
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _unanswered(error: NetworkError) -> bool:
    """Whether a call may have reached Telegram with no answer back: python-telegram-bot
    raises TimedOut or NetworkError from httpx's error for a timeout waiting for the answer
    or a connection lost mid-call. Not for a connection never made (nothing went out), nor
    for an error Telegram answered (a 500: it says the call failed)."""
    cause = error.__cause__
    return isinstance(cause, httpx.HTTPError) and not isinstance(cause, NEVER_SENT)


def _refused(error: NetworkError) -> bool:
    """Whether Telegram answered the call with a failure (a 5xx: python-telegram-bot raises
    NetworkError from the status, with no cause or its answer's unreadable JSON): it says
    the call failed, so nothing was said (redteam21: a timeout's reveal so refused was
    raised out of the sweep, its prank saved as over and the reveal never said). Not an
    error of the HTTP library's own, where the call may have gone out."""
    return error.__cause__ is None or isinstance(error.__cause__, TelegramError)


FORCE_REPLY = json.dumps(ForceReply(selective=True).to_dict())


@functools.lru_cache(maxsize=1024)
def _share_json(share_button: ShareButton, routine_id: str, lang: str) -> str:
    """A routine's share button (the same each time), as the Bot API's JSON."""
    return json.dumps(share_button(routine_id, lang).to_dict())


async def _edit(status: Message, text: str) -> None:
    try:
        await status.edit_text(fit(text))
    except BadRequest as error:  # deleted by someone, or not modified: the run goes on
        log.info("chat %s: progress message not edited: %s", status.chat_id, error)
    except TelegramError as error:
        log.warning("chat %s: progress message not edited: %r", status.chat_id, error)
