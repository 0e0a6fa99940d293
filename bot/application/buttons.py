"""The buttons under the bot's messages, signed by the turn and checked when tapped.

The conversation decides which buttons a reply carries (bot/conversation/buttons.py); here
they become `Key`s an outbox renders: a tap's data, signed with the one helper every button
of the bot uses (bot/application/signing.py, keyed by a secret of its own in the database),
or an inline query to switch to. A keyboard's data, at most 64 bytes, is

    ~TOKEN.EXPIRES.ACTION.ARG.MAC

TOKEN: 64 random bits naming this keyboard, bound to the message it was sent on once it is
sent (`Storage.bind_buttons`); EXPIRES: when it stops working (a day after it was sent); the
action's letter, with "k" when the keyboard stays live after a tap (a /list's routines);
ARG: a routine's six-character digest or a page number. A tap is answered only if the mark
is this bot's, the time has not passed and the keyboard is live on the very message tapped;
a keyboard not kept is used up by its first tap. Anything else is "this button has expired".
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.application.signing import b64, seal, unseal
from bot.content.corpus import Corpus, digest
from bot.conversation.buttons import JOKE, LIST, PRANK, SHARE, STORY, Keyboard
from bot.conversation.state import Person

PREFIX = "~"  # not in the base64 alphabet an inline button's data starts with
TOKEN_BYTES = 8
LIFETIME = 24 * 3600.0  # seconds a keyboard works after it was sent
CODES = {JOKE: "j", STORY: "s", PRANK: "p", LIST: "l"}
ACTIONS = {code: action for action, code in CODES.items()}


@dataclass(frozen=True)
class Key:
    """A button as an outbox renders it: `data` for a tap, or `switch` to post a routine in
    another chat through inline mode."""

    label: str
    data: str | None = None
    switch: str | None = None


Keys = tuple[tuple[Key, ...], ...]


@dataclass(frozen=True)
class Signed:
    """A keyboard ready to send; `token` (None: nothing to tap) is bound to the message."""

    keys: Keys
    token: str | None
    expires: float


@dataclass(frozen=True)
class Pressed:
    """What a tap's data, checked, stands for: the command it runs."""

    token: str
    action: str
    args: tuple[str, ...]
    keep: bool

    @property
    def text(self) -> str:
        return " ".join([f"/{self.action}", *self.args])


@dataclass(frozen=True)
class Tap:
    """A tap on a button under one of the bot's messages, as the adapter saw it."""

    data: str | None
    sender: Person
    chat_id: int
    message_id: int
    in_group: bool
    now: float
    admin: bool = False


class ButtonSigner:
    def __init__(
        self,
        secret: bytes,
        corpus_source: object,  # anything with a `.corpus` (the engine): /reload is seen
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.secret = secret
        self.corpus_source = corpus_source
        self.clock = clock

    def sign(self, keyboard: Keyboard) -> Signed:
        token = b64(secrets.token_bytes(TOKEN_BYTES))
        expires = float(int(self.clock() + LIFETIME))
        tapped = False
        rows = []
        for row in keyboard:
            keys = []
            for button in row:
                if button.action == SHARE:
                    keys.append(Key(button.label, switch=" ".join(button.args)))
                    continue
                arg = button.args[0] if button.args else ""
                if button.action == PRANK and arg:
                    arg = digest(arg)
                code = CODES[button.action] + ("k" if button.keep else "")
                data = seal(self.secret, f"{PREFIX}{token}.{int(expires):x}.{code}.{arg}")
                keys.append(Key(button.label, data=data))
                tapped = True
            rows.append(tuple(keys))
        return Signed(tuple(rows), token if tapped else None, expires)

    def verify(self, data: str | None, now: float) -> Pressed | None:
        """What `data` stands for, if this bot signed it and it has not expired."""
        body = unseal(self.secret, data)
        if body is None or not body.startswith(PREFIX):
            return None
        parts = body[len(PREFIX) :].split(".")
        if len(parts) != 4:
            return None
        token, expires, code, arg = parts
        action = ACTIONS.get(code[:1])
        try:
            live = int(expires, 16) > now
        except ValueError:
            return None
        if action is None or not live or code[1:] not in ("", "k"):
            return None
        args: tuple[str, ...] = (arg,) if arg else ()
        if action == PRANK and arg:
            corpus: Corpus = self.corpus_source.corpus  # type: ignore[attr-defined]
            routine = corpus.by_digest.get(arg)
            if routine is None:  # gone from the corpus since
                return None
            args = (routine.id,)
        return Pressed(token, action, args, keep=code[1:] == "k")
