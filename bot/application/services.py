"""The bot's parts, built once: the engine, the lab, prank links, written routines and the admin
commands, and the one registry of every command they declare.

`Services(...).commands` is what /help, the Telegram menus and the handlers read; the turn
service (bot/application/turn.py) runs every command the engine hands on through the one
command protocol (bot/conversation/commands.py). Adding an owner is one more argument below.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

from bot.application.authoring import Authoring
from bot.application.links import Links
from bot.content.corpus import Corpus, CorpusError, load_corpus
from bot.conversation.authored import WithAuthored
from bot.conversation.commands import CommandRequest, Event, Registry, Say, command
from bot.conversation.engine import Engine
from bot.i18n.catalogue import say
from bot.i18n.language import Text
from bot.lab.service import Lab
from bot.lab.spec import EPOCHS_RANGE
from bot.memory import settle
from bot.storage import Storage

log = logging.getLogger(__name__)


class Services:
    def __init__(
        self,
        corpus: Corpus,
        storage: Storage,
        rng: random.Random | None = None,
        admin_ids: frozenset[int] = frozenset(),
        training_workers: int = 2,
        progress_interval: float = 1.0,
        max_epochs: int = EPOCHS_RANGE[1],
    ) -> None:
        self.engine = Engine(corpus, rng or random.Random())
        self.lab = Lab(storage, training_workers, progress_interval, max_epochs)
        self.links = Links(storage, self.engine)
        self.authoring = Authoring(storage, self.engine)
        self.engine.authored = self.authoring
        self.engine.corpus = with_authored(corpus, self.authoring)
        self.admin = Admin(self.engine)
        self.admin_ids = admin_ids
        self.commands = Registry(self.engine, self.lab, self.links, self.authoring, self.admin)
        self.engine.commands = self.commands

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids

    def close(self) -> None:
        self.lab.close()


def with_authored(corpus: Corpus, authored: Authoring | object) -> Corpus:
    """The corpus, its routines backed by the ones people wrote (found by id, never listed)."""
    if not isinstance(authored, Authoring):
        return corpus
    return replace(corpus, routines=WithAuthored(corpus.routines, authored))


class Admin:
    """The bot's admins' commands (BOT_ADMIN_IDS)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @command(
        "reload",
        Text("重新读取语料文件", "Read the corpus file again", zh_hk="重新讀過語料檔案"),
        admin=True,
    )
    async def reload(self, request: CommandRequest) -> AsyncIterator[Event]:
        """Read the corpus file again without a restart; a broken file keeps the old one."""
        source = self.engine.corpus.source
        try:
            # A load takes ~70 ms of CPU (more on a first one) and learning its second
            # opinions ~1.4 s: off the event loop, so no chat waits on an admin's /reload.
            corpus = await asyncio.to_thread(lambda: load_corpus(source).learn_opinions())
        except CorpusError as error:
            log.warning("corpus not reloaded: %s", error)  # the operator's: full paths
            # The chat's: each file as named in the content folder (no server paths)
            problems = error.within(Path(source).parent)
            yield Say(say("reload_failed", request.lang, problems=problems))
            return
        self.engine.corpus = with_authored(corpus, self.engine.authored)
        summary = corpus.summary()
        log.info(
            "corpus reloaded: %s; %s", summary, corpus.learned
        )  # the operator's, not the chat's
        settle()  # one full collection on the event loop, once a reload (its cost: bot.memory)
        yield Say(say("reloaded", request.lang, summary=summary))
