"""Shared pieces of the Telegram tests: people, chats, and a running bot over real HTTP."""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from telegram.ext import Application

from bot.config import DEFAULT_CONTENT, DEFAULT_SWEEP_SECONDS, Settings
from bot.content.corpus import Corpus, RoutineState, load_corpus
from bot.i18n.catalogue import say
from bot.storage import LinkRecord, Storage
from bot.storage.sqlite import SqliteStorage
from bot.telegram.app import build_application
from tests.support.emulator import BOT, TOKEN, Emulator

ADMIN_ID = 999
ALICE = {
    "id": 1001,
    "is_bot": False,
    "first_name": "Alice",
    "username": "alice",
    "language_code": "en",
}
BOB = {"id": 1002, "is_bot": False, "first_name": "Bob <&>", "language_code": "zh-hans"}
# Carol reads Chinese: a user without a language code reads English (tests/test_reader_language.py).
CAROL = {
    "id": 1003,
    "is_bot": False,
    "first_name": "Carol",
    "username": "carol",
    "language_code": "zh-hans",
}
GROUP = {"id": -100500, "type": "supergroup", "title": "Friends <&>"}


def private(user: dict) -> dict:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def settings_for(
    emulator: Emulator,
    db_path: Path,
    content: Path = DEFAULT_CONTENT,
    sweep_seconds: float = DEFAULT_SWEEP_SECONDS,
) -> Settings:
    return Settings(
        token=TOKEN,
        base_url=emulator.base_url,
        db_path=db_path,
        admin_ids=frozenset({ADMIN_ID}),
        content=content,
        log_level="INFO",
        sweep_seconds=sweep_seconds,
    )


@asynccontextmanager
async def running_bot(
    emulator: Emulator,
    db_path: Path,
    content: Path = DEFAULT_CONTENT,
    sweep_seconds: float = DEFAULT_SWEEP_SECONDS,
    **build: object,
) -> AsyncIterator[Application]:
    """The real Application, polling the emulator, until the block ends."""
    settings = settings_for(emulator, db_path, content, sweep_seconds)
    storage = Storage(db_path)
    app = build_application(
        settings, load_corpus(settings.content), storage, rng=random.Random(7), **build
    )
    async with polling(app):
        yield app


@asynccontextmanager
async def polling(app: Application) -> AsyncIterator[Application]:
    """Run `app` as run_polling would (its post_init, post_stop and post_shutdown included),
    in the current event loop, until the block ends."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def wait_for(
    emulator: Emulator, predicate: Callable[[dict], bool], after: int = 0, timeout: float = 15
) -> dict:
    return await asyncio.to_thread(emulator.wait_for, predicate, timeout, after)


async def added_by(emulator: Emulator, group: dict, member: dict) -> dict:
    """`member` adds the bot to `group`, as Telegram says it (a service message naming the
    bot among the new members): the group then speaks `member`'s language. Returns the
    greeting a group new to the bot gets (ux19), waited for, so that what a test waits for
    next in the group is not it."""
    mark = emulator.mark()
    emulator.user_message(group, member, new_chat_members=[BOT])
    return await wait_for(emulator, sends(group["id"]), after=mark)


def sends(chat_id: int, containing: str = "") -> Callable[[dict], bool]:
    """A predicate: a sendMessage to `chat_id` whose text contains `containing`."""
    return lambda call: (
        call["method"] == "sendMessage"
        and int(call["params"]["chat_id"]) == chat_id
        and containing in call["params"]["text"]
    )


class Logged(logging.Handler):
    """Sets `event` once the bot logs something containing `words`: a wait on what the bot
    did, with no sleep."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self.words, self.event = words, threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if self.words in record.getMessage():
            self.event.set()


async def group_prank_asked(
    emulator: Emulator, app: Application, starter: dict, routine_id: str, group: dict = GROUP
) -> tuple[dict, RoutineState]:
    """`starter` opens `routine_id` (an English-playing routine with a hint) in `group`, with
    no cooldown between pranks; returns the bot's question, as sent, once the group has it
    (answers reply to its `result`), and the state it asks from."""
    app.bot_data["services"].engine.prank_cooldown = 0.0
    state = app.bot_data["services"].engine.corpus.routines[routine_id].states["ask"]
    assert state.hint is not None
    emulator.user_message(group, starter, f"/prank {routine_id}")
    return await wait_for(emulator, sends(group["id"], state.say.in_("en"))), state


def carols_own_link(db: Path, code: str, corpus: Corpus) -> tuple[dict, str, str]:
    """Carol's own English prank link `code` to compliment-game, stored in `db` before the bot
    starts: returns Carol as an English reader, the line the bot says to one who opens her own
    link, and the routine's question (what the link's turn says after that line)."""
    carol = CAROL["id"]
    assert isinstance(carol, int)
    made = SqliteStorage(db)
    try:
        made.create_link(LinkRecord(code, carol, "en", "compliment-game", time.time()))
    finally:
        made.close()
    question = corpus.routines["compliment-game"].states["ask"].say.in_("en")
    return {**CAROL, "language_code": "en"}, say("link_own", "en"), question
