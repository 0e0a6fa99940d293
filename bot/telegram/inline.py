"""Inline mode: prank anyone, in any chat, even one the bot is not in.

`@TaoluBot words` lists matching routines; the chosen one is posted with a button for each
answer; whoever taps one gets the message edited into the punchline, addressed to them.

A button's data (at most 64 bytes) names a play — 96 random bits, new for each posted
routine — the routine, the state and the answer, with a 128-bit HMAC over all of it keyed
by a random secret kept in the database. Each result offered has a play of its own, and its
result id names that play; when the user posts one, Telegram tells the bot which result became
which message (`chosen_inline_result`: the result id and the message's inline_message_id;
inline feedback must be on, /setinlinefeedback at @BotFather), and the message is bound to
that play then, before anyone can tap it. Where each message stands is stored with its play,
so a button of another play replayed on it (even on a message nobody has tapped yet), a stale
or repeated tap, or a forged one changes nothing and is told "this button has expired".
"""

from __future__ import annotations

import functools
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Protocol

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit
from telegram.ext import ContextTypes

from bot.application.signing import b64 as _b64
from bot.application.signing import seal
from bot.content.corpus import Corpus, Routine, digest
from bot.conversation.inline import choices, search, tap
from bot.i18n.catalogue import say
from bot.i18n.language import language_for
from bot.storage import Storage
from bot.telegram.outbox import escape

log = logging.getLogger(__name__)

PAGE = InlineQueryLimit.RESULTS  # 50
PLAY_BYTES = 12  # 96 bits: nobody guesses another message's play


@dataclass(frozen=True)
class Button:
    play: str
    routine: Routine
    state_id: str
    choice: str


class _HasCorpus(Protocol):
    @property
    def corpus(self) -> Corpus: ...


@dataclass
class InlineHandlers:
    corpus_source: _HasCorpus  # anything with a `.corpus` (the engine), so /reload is seen here too
    storage: Storage
    secret: bytes

    @property
    def corpus(self) -> Corpus:
        return self.corpus_source.corpus

    # -- buttons -------------------------------------------------------------------------

    def sign(self, play: str, routine: Routine, state_id: str, choice: str) -> str:
        state_index = list(routine.states).index(state_id)
        return seal(self.secret, f"{play}.{digest(routine.id)}.{state_index}.{choice}")

    def verify(self, data: str | None) -> Button | None:
        """The button `data` stands for, if this bot made it; None for anything else."""
        if not data or not data.isascii():
            return None
        parts = data.split(".")
        if len(parts) != 5 or not parts[2].isdigit():
            return None
        play, routine_digest, state_index, choice, _ = parts
        routine = self.corpus.by_digest.get(routine_digest)
        if routine is None or int(state_index) >= len(routine.states):
            return None
        state_id = list(routine.states)[int(state_index)]
        if not hmac.compare_digest(self.sign(play, routine, state_id, choice), data):
            return None
        return Button(play, routine, state_id, choice)

    def keyboard(
        self, routine: Routine, state_id: str, lang: str, play: str | None = None
    ) -> InlineKeyboardMarkup:
        play = play or _b64(secrets.token_bytes(PLAY_BYTES))
        buttons = [
            InlineKeyboardButton(label, callback_data=self.sign(play, routine, state_id, choice))
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
        assert query is not None  # an InlineQueryHandler's update
        lang = language_for(query.from_user.language_code)
        # Telegram's queries are 256 characters at most; a longer one is not read past that
        found = search(self.corpus, query.query[: InlineQueryLimit.MAX_QUERY_LENGTH], lang)
        try:
            start = max(0, int(query.offset or 0))
        except ValueError:
            start = 0
        page = found[start : start + PAGE]
        plays = [_b64(secrets.token_bytes(PLAY_BYTES)) for _ in page]
        results = [
            InlineQueryResultArticle(
                id=f"{routine.id}.{play}",  # the message it becomes is bound to play
                title=routine.title.in_(lang),
                description=routine.states[routine.start].say.in_(lang),
                input_message_content=InputTextMessageContent(
                    escape(routine.states[routine.start].say.in_(lang))
                ),
                reply_markup=self.keyboard(routine, routine.start, lang, play=play),
            )
            for routine, play in zip(page, plays, strict=True)
        ]
        more = start + PAGE < len(found)
        await query.answer(
            results,
            next_offset=str(start + PAGE) if more else None,
            cache_time=60,
            is_personal=True,  # in each user's language, with plays of their own
        )

    async def on_chosen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A result was posted: bind its message to the result's play, at its first state."""
        chosen = update.chosen_inline_result
        assert chosen is not None  # a ChosenInlineResultHandler's update
        if chosen.inline_message_id is None:  # only a message with buttons has an id
            return
        routine_id, _, play = chosen.result_id.rpartition(".")  # a play has no "."
        routine = self.corpus.routines.get(routine_id)
        if routine is None or not play:
            log.warning("a chosen inline result that is not ours: %r", chosen.result_id[:64])
            return
        self.storage.move_play(chosen.inline_message_id, None, f"{play}:{routine.start}")

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A tap on an answer button: edit the message into what comes next, once."""
        query = update.callback_query
        assert query is not None  # a CallbackQueryHandler's update
        lang = language_for(query.from_user.language_code)
        button = self.verify(query.data)
        tapped = None
        if button is not None:
            name = query.from_user.full_name
            tapped = tap(button.routine, button.state_id, button.choice, name, lang)
        if button is None or tapped is None:
            await query.answer(say("button_expired", lang))
            return
        if query.inline_message_id:
            message = query.inline_message_id
        else:
            assert query.message is not None  # a button not in an inline message is in a chat's
            message = f"{query.message.chat.id}:{query.message.message_id}"
        # The message's play was bound when it was posted (on_chosen): a button of any other
        # play, or one tapped on a message never bound, moves nothing.
        stands = self.storage.play_state(message)
        expected = f"{button.play}:{button.state_id}"
        if not self.storage.move_play(message, expected, f"{button.play}:{tapped.next_state}"):
            known = stands is not None and stands.startswith(f"{button.play}:")
            await query.answer(say("inline_revealed" if known else "button_expired", lang))
            return
        markup = None
        if not tapped.ended:
            markup = self.keyboard(button.routine, tapped.next_state, lang, play=button.play)
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
