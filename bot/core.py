"""The bot's core, as the front ends see it: the engine, the lab, and the admin commands.

Both front ends (Telegram and the console playground) build one `Core` and do only two
things with it: pass each message to `core.engine.handle`, and run what comes back as
`Outcome.call` with `core.run`, delivering the events it yields.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

from bot.engine.catalogue import say
from bot.engine.commands import Registry, command
from bot.engine.corpus import Corpus, CorpusError, load_corpus
from bot.engine.engine import Call, Engine
from bot.engine.language import Text
from bot.lab.service import Lab, LabEvent, LabRequest, NetworkStore, Say
from bot.lab.spec import EPOCHS_RANGE


class Core:
    def __init__(
        self,
        corpus: Corpus,
        storage: NetworkStore,
        rng: random.Random | None = None,
        admin_ids: frozenset[int] = frozenset(),
        training_workers: int = 2,
        progress_interval: float = 1.0,
        max_epochs: int = EPOCHS_RANGE[1],
    ) -> None:
        self.engine = Engine(corpus, rng or random.Random(), COMMANDS)
        self.lab = Lab(storage, training_workers, progress_interval, max_epochs)
        self.admin_ids = admin_ids

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids

    async def run(
        self, call: Call, chat_id: int, user_id: int | None, chat_admin: bool = True
    ) -> AsyncIterator[LabEvent]:
        """Run a command the engine handed on; yield what to deliver. `chat_admin`: the
        sender may act for the chat (its admin in a group; the owner of a private chat)."""
        request = LabRequest(chat_id, user_id, call.args, call.lang, chat_admin)
        owner = self.lab if call.command.owner is Lab else self
        async for event in call.command.run(owner, request):
            yield event

    def close(self) -> None:
        self.lab.close()

    @command("reload", Text("重新读取语料文件", "Read the corpus file again"), admin=True)
    async def reload(self, request: LabRequest) -> AsyncIterator[LabEvent]:
        """Read the corpus file again without a restart; a broken file keeps the old one."""
        try:
            corpus = load_corpus(self.engine.corpus.source)
        except CorpusError as error:
            yield Say(say("reload_failed", request.lang, problems=str(error)))
            return
        self.engine.corpus = corpus
        yield Say(say("reloaded", request.lang, summary=corpus.summary()))


COMMANDS = Registry(Engine, Lab, Core)
