"""Commands: each declared once, beside the code that runs it, and one protocol to run them.

A command is a method marked with `@command(...)`: its name, its help line in every language,
where it works and whether it is for admins. `Registry(engine, lab, links, authoring, admin)`
collects the marked methods of the *instances* it is given, bound to them, in the order they
are written: adding an owner is one more argument. /help, the Telegram command menus, the
Telegram handlers and the playground all derive from the registry.

Every command is run through one signature, `CommandHandler`: a `CommandRequest` in, what it
says out, as it happens (a line, a status line that later ones replace, a picture, a line for
another chat). The services' commands (the lab, prank links, written routines, /reload) are
written so. The conversation's own are written pure and synchronous (`ConversationMethod`: a
chat's state and a message in, a `Response` out), so that the engine stays a function its
tests drive directly; the registry adapts each of them once (`Conversational`), to answer
with one `Answered`: the engine's response, which the turn saves, the update marked handled in
the same write, before anything is sent. The engine hands every command on as a `Call`, and
the application layer runs it (bot/application/turn.py).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from bot.i18n.language import Text

if TYPE_CHECKING:
    from bot.conversation.engine import Incoming, Response
    from bot.conversation.state import ChatState, Person

PRIVATE, GROUP = "private", "group"
ANYWHERE = frozenset({PRIVATE, GROUP})


# -- what a command is given, and what it gives back ---------------------------------------


@dataclass(frozen=True)
class CommandRequest:
    """What a command is given. `chat_admin` says the sender may act for the chat (a private
    chat's owner, a group's admin)."""

    chat_id: int
    user_id: int | None
    args: list[str]
    lang: str
    chat_admin: bool = True
    # Who sent it, and what the command's text says of them and of the message (written
    # routines need them: an author's credit, links allowed to admins, /report as a reply).
    sender: Person | None = None
    admin: bool = False  # a bot admin (BOT_ADMIN_IDS)
    in_group: bool = False
    reply_to: int | None = None  # the message the command replies to
    replied: Person | None = None  # the author of that message, when not the bot
    # The turn's chat, as loaded, and the message itself: a conversation command answers
    # from them (`Conversational`).
    chat: ChatState | None = None
    message: Incoming | None = None


@dataclass(frozen=True)
class Say:
    """A line to send."""

    text: str


@dataclass(frozen=True)
class Status:
    """A line that the next Status replaces (a progress message: edited in place on Telegram)."""

    text: str


@dataclass(frozen=True)
class Picture:
    png: bytes
    caption: str


@dataclass(frozen=True)
class Tell:
    """A line for another chat (a routine's author hears how its review went)."""

    chat_id: int
    text: str


Event = Say | Status | Picture | Tell


@dataclass(frozen=True)
class Answered:
    """A conversation command's answer: its replies and the chat's new state, which the turn
    saves before it sends anything (the update marked handled in the same write)."""

    response: Response


CommandOutput = Event | Answered


class CommandHandler(Protocol):
    """Every command, as it is run: a request in, what it says out, as it happens."""

    def __call__(self, request: CommandRequest) -> AsyncIterator[CommandOutput]: ...


class ConversationMethod(Protocol):
    """A conversation command as written in the engine: pure and synchronous."""

    def __call__(
        self, chat: ChatState, message: Incoming, args: list[str], lang: str
    ) -> Response: ...


class Conversational:
    """The one adapter from a conversation command to the protocol. The method stays pure
    (`Engine.handle` calls it directly); through the protocol it answers the request's chat
    and message with one `Answered`."""

    def __init__(self, method: ConversationMethod) -> None:
        self.method = method

    async def __call__(self, request: CommandRequest) -> AsyncIterator[CommandOutput]:
        if request.chat is None or request.message is None:
            raise ValueError("a conversation command needs the turn's chat and message")
        yield Answered(self.method(request.chat, request.message, request.args, request.lang))


# -- declaring and collecting commands ------------------------------------------------------


@dataclass(frozen=True)
class Command:
    name: str
    help: Text
    where: frozenset[str] = ANYWHERE
    admin: bool = False  # for the bot's admins only (BOT_ADMIN_IDS)
    # In a group, front ends find out whether the sender administers it (/lang, /train stop).
    asks_chat_admins: bool = False

    def works_in(self, in_group: bool) -> bool:
        return (GROUP if in_group else PRIVATE) in self.where


@dataclass(frozen=True)
class Registered:
    """A command bound to the instance that runs it, as the protocol runs it."""

    command: Command
    owner: object
    run: CommandHandler

    @property
    def name(self) -> str:
        return self.command.name

    @property
    def in_turn(self) -> bool:
        """Answered inside the turn, before its save (the conversation's commands change the
        chat's state); any other runs after it, in the background."""
        return isinstance(self.run, Conversational)


Method = TypeVar("Method", bound=Callable[..., Any])


def command(
    name: str,
    help_line: Text,
    where: frozenset[str] = ANYWHERE,
    admin: bool = False,
    asks_chat_admins: bool = False,
) -> Callable[[Method], Method]:
    """Mark a method as the handler of `/name`."""

    def mark(method: Method) -> Method:
        # an attribute on a function object, which mypy does not model: the ignore says so
        method.__command__ = Command(name, help_line, frozenset(where), admin, asks_chat_admins)  # type: ignore[attr-defined]
        return method

    return mark


class Registry:
    """The commands of some owners, by name, in the order they were written."""

    def __init__(self, *owners: object) -> None:
        self._commands: dict[str, Registered] = {}
        self.register(*owners)

    def register(self, *owners: object) -> None:
        """Add the marked methods of `owners`: async generators as they are, the synchronous
        conversation commands adapted (`Conversational`)."""
        for owner in owners:
            for attribute, value in vars(type(owner)).items():
                declared: Command | None = getattr(value, "__command__", None)
                if declared is None:
                    continue
                if declared.name in self._commands:
                    raise ValueError(f"/{declared.name} is declared twice")
                bound = getattr(owner, attribute)
                run = bound if inspect.isasyncgenfunction(value) else Conversational(bound)
                self._commands[declared.name] = Registered(declared, owner, run)

    def get(self, name: str) -> Registered | None:
        return self._commands.get(name)

    def __iter__(self) -> Iterator[Registered]:
        return iter(self._commands.values())

    def __contains__(self, name: object) -> bool:
        return name in self._commands

    def names(self) -> list[str]:
        return list(self._commands)

    def menu(self, lang: str, in_group: bool | None = None) -> list[tuple[str, str]]:
        """(name, help line) for every command a user may call (admin ones left out);
        `in_group` narrows it to the commands that work in that kind of chat."""
        return [
            (c.name, c.command.help.in_(lang))
            for c in self
            if not c.command.admin and (in_group is None or c.command.works_in(in_group))
        ]


# -- reading a command -----------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedCommand:
    """ "/prank@TaoluBot ten-knives" as ("prank", ["ten-knives"], "TaoluBot"). `addressee` is
    the bot a command names, if any: in a group, a command for another bot is none of this
    bot's business. Parsed once, by whoever receives the message, and carried on it."""

    name: str
    args: list[str]
    addressee: str | None = None


def parse_command(text: str | None) -> ParsedCommand | None:
    """The command `text` is, or None for plain text."""
    if not text or not text.startswith("/") or len(text) < 2:
        return None
    head, *args = text.split()
    name, _, addressee = head[1:].partition("@")
    return ParsedCommand(name.lower(), args, addressee or None) if name else None
