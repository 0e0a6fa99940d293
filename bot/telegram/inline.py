"""Inline mode: prank anyone, in any chat, even one the bot is not in.

`@TaoluBot words` lists matching routines; the chosen one is posted with a button for each
answer; whoever taps one gets the message edited into the punchline, addressed to them.
Buttons carry the routine, the state and the answer, signed, in at most 64 bytes; the state
of each posted message is kept in SQLite, so stale, repeated or forged taps change nothing.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import logging
from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit
from telegram.ext import ContextTypes

from bot.engine.catalogue import say
from bot.engine.corpus import Corpus, Routine
from bot.engine.inline import choices, tap
from bot.engine.language import language_for
from bot.storage import Storage
from bot.telegram.delivery import escape

log = logging.getLogger(__name__)

PAGE = InlineQueryLimit.RESULTS  # 50


@dataclass
class InlineHandlers:
    corpus_source: object  # anything with a `.corpus` (the engine), so /reload is seen here too
    storage: Storage
    secret: bytes

    @property
    def corpus(self) -> Corpus:
        return self.corpus_source.corpus

    # -- buttons -------------------------------------------------------------------------

    def sign(self, routine: str, state: str, choice: str) -> str:
        body = f"{routine}|{state}|{choice}"
        mac = hmac.new(self.secret, body.encode(), hashlib.sha256).digest()[:6]
        return f"{body}|{base64.urlsafe_b64encode(mac).decode()}"

    def verify(self, data: str | None) -> tuple[str, str, str] | None:
        parts = (data or "").split("|")
        if len(parts) != 4:
            return None
        routine, state, choice, _ = parts
        if not hmac.compare_digest(self.sign(routine, state, choice), data or ""):
            return None
        return routine, state, choice

    def keyboard(self, routine: Routine, state_id: str, lang: str) -> InlineKeyboardMarkup:
        buttons = [
            InlineKeyboardButton(label, callback_data=self.sign(routine.id, state_id, choice))
            for label, choice in choices(routine, state_id, lang)
        ]
        return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])

    @staticmethod
    @functools.cache
    def share_button(routine_id: str, lang: str) -> InlineKeyboardMarkup:
        """Under a private /prank question: post the same routine to a friend, inline.

        Cached: Telegram objects are immutable, and building them is not free."""
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(say("share", lang), switch_inline_query=routine_id)]]
        )

    # -- handlers ------------------------------------------------------------------------

    async def on_inline_query(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """List the routines matching the words typed, a page of 50 at a time."""
        query = update.inline_query
        lang = language_for(query.from_user.language_code)
        words = query.query.casefold().split()
        found = [r for r in self.corpus.routines.values() if all(w in _haystack(r) for w in words)]
        try:
            start = max(0, int(query.offset or 0))
        except ValueError:
            start = 0
        page = found[start : start + PAGE]
        results = [
            InlineQueryResultArticle(
                id=routine.id,
                title=routine.title.in_(lang),
                description=routine.states[routine.start].say.in_(lang),
                input_message_content=InputTextMessageContent(
                    escape(routine.states[routine.start].say.in_(lang))
                ),
                reply_markup=self.keyboard(routine, routine.start, lang),
            )
            for routine in page
        ]
        more = start + PAGE < len(found)
        await query.answer(
            results,
            next_offset=str(start + PAGE) if more else None,
            cache_time=60,
            is_personal=False,
        )

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A tap on an answer button: edit the message into what comes next, once."""
        query = update.callback_query
        lang = language_for(query.from_user.language_code)
        parsed = self.verify(query.data)
        routine = self.corpus.routines.get(parsed[0]) if parsed else None
        tapped = (
            tap(routine, parsed[1], parsed[2], query.from_user.full_name, lang) if routine else None
        )
        if parsed is None or routine is None or tapped is None:
            await query.answer(say("button_expired", lang))
            return
        state_id = parsed[1]
        play = query.inline_message_id or f"{query.message.chat.id}:{query.message.message_id}"
        expected = (
            None
            if state_id == routine.start and self.storage.play_state(play) is None
            else state_id
        )
        if not self.storage.move_play(play, expected, tapped.next_state):
            await query.answer(say("inline_revealed", lang))
            return
        markup = None if tapped.ended else self.keyboard(routine, tapped.next_state, lang)
        text = escape(tapped.text)
        try:
            if query.inline_message_id:
                await context.bot.edit_message_text(
                    text, inline_message_id=query.inline_message_id, reply_markup=markup
                )
            else:
                await query.edit_message_text(text, reply_markup=markup)
        finally:
            await query.answer()


def _haystack(routine: Routine) -> str:
    start = routine.states[routine.start].say
    return " ".join([routine.id, routine.title.zh, routine.title.en, start.zh, start.en]).casefold()


def callback_secret(token: str) -> bytes:
    """A key for signing buttons: from the token, so it survives restarts and stays private."""
    return hashlib.sha256(b"taolu inline buttons\0" + token.encode()).digest()
