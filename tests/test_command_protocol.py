"""One command protocol: every command, the conversation's and the services', is run through
`Registered.run` (a `CommandRequest` in, what it says out), and an owner added to the registry
in one line is reached from every front end: the playground and Telegram alike."""

from __future__ import annotations

import ast
import io
import random
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.turn import Turns
from bot.config import PROJECT_ROOT
from bot.console.playground import Playground
from bot.content.corpus import Corpus
from bot.conversation.commands import (
    Answered,
    CommandRequest,
    Event,
    Registry,
    Say,
    command,
)
from bot.conversation.engine import Engine, Incoming, Reply, Response
from bot.conversation.state import ChatState, Person
from bot.i18n.language import Text
from bot.storage import Storage
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


def test_the_registry_adapts_a_conversation_command_once_and_keeps_a_service_as_it_is() -> None:
    owner = Tally()
    commands = Registry(owner)
    tally, echo = commands.get("tally"), commands.get("echo")
    assert tally is not None and echo is not None
    assert tally.in_turn and not echo.in_turn
    assert echo.run == owner.echo  # the bound method itself


async def test_through_the_protocol_a_conversation_command_answers_as_the_engine_does(
    corpus: Corpus,
) -> None:
    """The pure path (`Engine.handle`, as the engine's tests drive it) and the protocol's (as
    the turn runs it) give the same response."""
    message = Incoming(YOU, "/prank ten-knives", 1.0)
    pure = Engine(corpus, random.Random(3)).handle(ChatState(), message)
    engine = Engine(corpus, random.Random(3))
    routed = engine.route(ChatState(), message)
    assert routed.replies == [] and routed.call is not None and routed.call.command.in_turn
    call = routed.call
    request = CommandRequest(1, YOU.id, call.args, call.lang, chat=routed.chat, message=message)
    outputs = [output async for output in call.command.run(request)]
    assert outputs == [Answered(pure)] and pure.replies


def test_the_bot_runs_no_command_past_the_protocol() -> None:
    """`Engine.handle` answers the conversation's commands itself, for the engine's tests and
    benchmarks; the bot routes (`Engine.route`) and runs the call through `Registered.run`."""
    past: list[str] = []
    for path in sorted((PROJECT_ROOT / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "handle"
                and ast.unparse(node.func.value).endswith("engine")
            ):
                past.append(f"{path.relative_to(PROJECT_ROOT)}:{node.lineno}")
    assert past == []


async def test_a_conversation_command_needs_the_turns_chat_and_message(engine: Engine) -> None:
    found = engine.commands.get("joke")
    assert found is not None
    with pytest.raises(ValueError, match="chat and message"):
        await anext(found.run(CommandRequest(1, YOU.id, [], "en")))


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
