"""Commands: each declared once, beside the code that runs it, and one protocol to run them.

A command is a method marked with `@command(...)`: its name, its help line in every language,
where it works and whether it is for admins. `Registry(engine, lab, links, admin)` collects the
marked methods of the *instances* it is given, bound to them, in the order they are written:
adding an owner is one more argument. /help, the Telegram command menus, the Telegram handlers
and the playground all derive from the registry.

Two kinds of owner, each with one typed signature. The conversation's own commands are pure
and synchronous (`ConversationMethod`: a chat's state and a message in, a `Response` out), so
the engine answers them inside `Engine.handle` like any other message. Every other command
(the lab, prank links, /reload) is a service: `CommandHandler`, a `CommandRequest` in, the
`Event`s to deliver out (a line, a status line that later ones replace, a picture); the engine
hands those on as `Call`s and the application layer runs them (bot/application/turn.py).
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
    """What a service's command is given. `chat_admin` says the sender may act for the chat
    (a private chat's owner, a group's admin)."""

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


class CommandHandler(Protocol):
    """A service's command: what it says, as it happens."""

    def __call__(self, request: CommandRequest) -> AsyncIterator[Event]: ...


class ConversationMethod(Protocol):
    """A conversation command as written in the engine: pure and synchronous."""

    def __call__(
        self, chat: ChatState, message: Incoming, args: list[str], lang: str
    ) -> Response: ...


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
    """A command bound to the instance that runs it: a conversation command (run by the
    engine) or a service's (run by the application layer). Exactly one of the two is set."""

    command: Command
    owner: object
    conversation: ConversationMethod | None = None
    service: CommandHandler | None = None

    @property
    def name(self) -> str:
        return self.command.name


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
        for owner in owners:
            for attribute, value in vars(type(owner)).items():
                declared: Command | None = getattr(value, "__command__", None)
                if declared is None:
                    continue
                if declared.name in self._commands:
                    raise ValueError(f"/{declared.name} is declared twice")
                bound = getattr(owner, attribute)
                if inspect.isasyncgenfunction(value):
                    registered = Registered(declared, owner, service=bound)
                else:
                    registered = Registered(declared, owner, conversation=bound)
                self._commands[declared.name] = registered

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
