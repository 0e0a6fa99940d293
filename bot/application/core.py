"""The bot's core, as the front ends see it: the engine, the lab, and the admin commands.

Both front ends (Telegram and the console playground) build one `Core` and do three things
with it: pass each message to `core.handle` (the engine, with prank links opened), run what
comes back as `Outcome.call` with `core.run`, delivering the events it yields, and send the
messages `core.reports` asks for in other chats (a link owner's news).
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from dataclasses import replace

from bot.application.links import Links
from bot.content.corpus import Corpus, CorpusError, load_corpus
from bot.conversation.commands import Registry, command, parse_command
from bot.conversation.engine import Call, Engine, Incoming, Outcome
from bot.conversation.state import ChatState
from bot.i18n.catalogue import say
from bot.i18n.language import Text
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
        self.links = Links(storage, self.engine)
        self.admin_ids = admin_ids

    def handle(self, chat: ChatState, message: Incoming) -> Outcome:
        """The engine's answer; a /start with a prank link's code opens that link first."""
        parsed = parse_command(message.text)
        if parsed is not None and parsed[0] == "start" and parsed[1] and not message.in_group:
            message = replace(message, link=self.links.opened(parsed[1][0]))
        return self.engine.handle(chat, message)

    def reports(self, outcome: Outcome) -> list[tuple[int, str]]:
        """Messages for other chats that an outcome calls for: how a linked prank went, for
        its owner. Front ends send them after the outcome's own replies."""
        return self.links.report(outcome.results) if outcome.results else []

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids

    async def run(
        self, call: Call, chat_id: int, user_id: int | None, chat_admin: bool = True
    ) -> AsyncIterator[LabEvent]:
        """Run a command the engine handed on; yield what to deliver. `chat_admin`: the
        sender may act for the chat (its admin in a group; the owner of a private chat)."""
        request = LabRequest(chat_id, user_id, call.args, call.lang, chat_admin)
        owners = {Lab: self.lab, Links: self.links, Core: self}
        owner = owners[call.command.owner]
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


COMMANDS = Registry(Engine, Lab, Links, Core)
