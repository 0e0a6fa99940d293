"""One command protocol: every command, the conversation's and the services', is run through
`Registered.run` (a `CommandRequest` in, what it says out), and an owner added to the registry
in one line is reached from every front end: the playground and Telegram alike."""

from __future__ import annotations

import io
import random
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.turn import Turns
from bot.console.playground import Playground
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Reply, Response
from bot.conversation.buttons import LIST_PAGE, list_order
from bot.conversation.commands import (
    AfterTurn,
    Answered,
    Command,
    CommandRequest,
    Event,
    InTurn,
    Registry,
    Say,
    command,
)
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.catalogue import say
from bot.i18n.language import Text
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for

YOU = Person(7, "You", "you", "en")


class Tally:
    """An owner the bot does not have: a conversation command, pure and synchronous, that
    changes the chat's state, and a service's command, that says what it was given."""

    @command("tally", Text("数一数", "Count one more"))
    def tally(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        counted = replace(chat, next_ticket=chat.next_ticket + 1)
        return Response([Reply(f"tally {counted.next_ticket}")], counted)

    @command("echo", Text("回声", "Say it back"))
    async def echo(self, request: CommandRequest) -> AsyncIterator[Event]:
        yield Say("echo: " + " ".join(request.args))


def test_the_registry_decides_once_which_commands_run_in_the_turn() -> None:
    owner = Tally()
    commands = Registry(owner)
    tally, echo = commands.get("tally"), commands.get("echo")
    assert isinstance(tally, InTurn) and tally.in_turn
    assert isinstance(echo, AfterTurn) and not echo.in_turn
    assert echo.run == owner.echo  # the bound method itself


class Awaits:
    """A command written as a plain coroutine: neither shape the protocol runs."""

    @command("awaits", Text("等", "Wait"))
    async def awaits(self, request: CommandRequest) -> None:
        return None


def test_a_command_of_neither_shape_is_refused_when_registered() -> None:
    with pytest.raises(TypeError, match=r"/awaits: Awaits\.awaits must be an async generator"):
        Registry(Awaits())


def test_the_protocol_is_the_only_way_a_command_runs(corpus: Corpus) -> None:
    """A command whose protocol handler is all there is: `Engine.handle` (the turn's path, and
    the engine's tests') answers with what the handler says, and nothing else runs."""

    async def counted(request: CommandRequest) -> AsyncIterator[Answered]:
        counted_chat = replace(request.chat, next_ticket=request.chat.next_ticket + 1)
        yield Answered(Response([Reply(f"counted {counted_chat.next_ticket}")], counted_chat))

    commands = Registry()
    commands.add(InTurn(Command("count", Text("数", "Count")), counted))
    engine = Engine(corpus, commands=commands)
    response = handled(engine, ChatState(), Incoming(YOU, "/count", 1.0))
    assert response.call is None
    assert [r.text for r in response.replies] == ["counted 2"]
    assert response.chat.next_ticket == 2


def test_a_command_runs_on_the_chat_as_routed_not_as_loaded(engine: Engine) -> None:
    """A prank whose routine has left the corpus is dropped before the command runs: /cancel
    finds nothing to call off, and no ending is reported for it."""
    gone = Prank("left-the-corpus", "ask", YOU, 100.0)
    loaded = ChatState(next_ticket=2, pranks={"1": gone})
    response = handled(engine, loaded, Incoming(YOU, "/cancel", 1.0))
    assert [r.text for r in response.replies] == [say("nothing_to_cancel", "en")]
    assert response.chat.pranks == {} and response.endings == []


async def test_an_owner_added_in_one_line_answers_in_the_playground(
    corpus: Corpus, tmp_path: Path
) -> None:
    storage = Storage(tmp_path / "bot.sqlite3")
    services = Services(corpus, storage, random.Random(1))
    services.commands.register(Tally())  # the one line
    out = io.StringIO()
    playground = Playground(Turns(services, storage), out, tmp_path, language_code="en")
    try:
        for line in ("/tally", "/tally", "/echo one two", "/help"):
            await playground.feed(line)
        await playground.wait()
    finally:
        services.close()
    said = out.getvalue()
    assert "tally 3" in said and "echo: one two" in said
    assert "/tally — Count one more" in said and "/echo — Say it back" in said  # in /help
    # The conversation command's state was saved by the turn, as the engine's own are.
    assert storage.load_chat(playground.chat_id).next_ticket == 3


@pytest.mark.slow  # the real Application against the Telegram emulator
async def test_an_owner_added_in_one_line_answers_on_telegram(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db) as app:
        app.bot_data["services"].commands.register(Tally())  # the one line
        emulator.user_message(private(ALICE), ALICE, "/tally")
        await wait_for(emulator, sends(ALICE["id"], "tally 2"))
        emulator.user_message(private(ALICE), ALICE, "/tally")
        await wait_for(emulator, sends(ALICE["id"], "tally 3"))
        emulator.user_message(private(ALICE), ALICE, "/echo hi there")
        await wait_for(emulator, sends(ALICE["id"], "echo: hi there"))
    assert Storage(db).load_chat(ALICE["id"]).next_ticket == 3
    assert emulator.rejected == []


async def test_a_list_page_tap_turns_the_keyboard_and_saves_the_chat_as_answered(
    corpus: Corpus, tmp_path: Path
) -> None:
    storage = Storage(tmp_path / "bot.sqlite3")
    services = Services(corpus, storage, random.Random(1))
    out = io.StringIO()
    playground = Playground(Turns(services, storage), out, tmp_path, language_code="en")
    try:
        await playground.feed("/list")  # [1] you: /list, [2] its first page
        # Meanwhile a prank's routine left the corpus: the tap's answer drops it, and is saved.
        gone = Prank("left-the-corpus", "ask", YOU, 1e12)
        storage.save_chat(playground.chat_id, ChatState(next_ticket=2, pranks={"1": gone}))
        await playground.feed(f"/press 2 {LIST_PAGE + 1}")  # ▶
        await playground.wait()
    finally:
        services.close()
    said = out.getvalue()
    ninth, shown = list_order(corpus, "en")[LIST_PAGE]
    assert "(the buttons under [2] changed)" in said
    assert f"[buttons: (1) {corpus.routines[ninth].title.in_(shown)} " in said.split("change)")[-1]
    assert storage.load_chat(playground.chat_id).pranks == {}
