"""Commands: each declared once, beside the code that runs it, and one protocol to run them.

A command is a method marked with `@command(...)`: its name, its help line in every language,
where it works and whether it is for admins. `Registry(engine, lab, links, authoring, admin)`
collects the marked methods of the *instances* it is given, bound to them, in the order they
are written: adding an owner is one more argument. /help, the Telegram command menus, the
Telegram handlers and the playground all derive from the registry.

Every command is run through one signature, `CommandHandler`: a `CommandRequest` (the message,
the chat as routed, the command's words) in, what it says out, as it happens. The services'
commands (the lab, prank links, written routines, /reload) are written so, as async generators
of events (a line, a status line that later ones replace, a picture, a line for another chat):
`AfterTurn`, run after the turn's save. The conversation's own are written pure and
synchronous (`ConversationMethod`: a chat's state and a message in, a `Response` out); the
registry adapts each of them once (`Conversational`), to answer with one `Answered`: `InTurn`,
run by `Engine.handle` inside the turn, whose response the turn saves before anything is sent.
Which of the two a command is, the registry decides once, from the method's shape, and refuses
any other shape then.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, cast, overload

from rapidfuzz.distance import OSA

from bot.i18n.language import Text

if TYPE_CHECKING:
    from bot.conversation.answering import Incoming, Response
    from bot.conversation.state import ChatState, Person

PRIVATE, GROUP = "private", "group"
ANYWHERE = frozenset({PRIVATE, GROUP})


# -- what a command is given, and what it gives back ---------------------------------------


@dataclass(frozen=True)
class CommandRequest:
    """What a command is given: the message that called it, the turn's chat (as loaded, the
    pranks whose routine left the corpus dropped), and the command's words and language. The
    rest is read off the message."""

    message: Incoming
    chat: ChatState
    args: list[str]
    lang: str

    @property
    def chat_id(self) -> int:
        return self.message.chat_id

    @property
    def user_id(self) -> int | None:
        return self.message.sender.id

    @property
    def sender(self) -> Person:
        """Who sent it (written routines need them: an author's credit)."""
        return self.message.sender

    @property
    def chat_admin(self) -> bool:
        """The sender may act for the chat: a private chat's owner, a group's admin."""
        return not self.message.in_group or self.message.chat_admin

    @property
    def admin(self) -> bool:
        """A bot admin (BOT_ADMIN_IDS)."""
        return self.message.admin

    @property
    def in_group(self) -> bool:
        return self.message.in_group

    @property
    def reply_to(self) -> int | None:
        """The message the command replies to (/report as a reply)."""
        return self.message.reply_to

    @property
    def replied(self) -> Person | None:
        """The author of that message, when not the bot."""
        return self.message.replied


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


Output = TypeVar("Output", covariant=True)


class CommandHandler(Protocol[Output]):
    """Every command, as it is run: a request in, what it says out, as it happens. A service's
    command says `Event`s; a conversation command one `Answered`."""

    def __call__(self, request: CommandRequest) -> AsyncIterator[Output]: ...


class ConversationMethod(Protocol):
    """A conversation command as written in the engine: pure and synchronous."""

    def __call__(
        self, chat: ChatState, message: Incoming, args: list[str], lang: str
    ) -> Response: ...


class Conversational:
    """The one adapter from a conversation command to the protocol: it answers the request's
    chat and message with one `Answered`."""

    def __init__(self, method: ConversationMethod) -> None:
        self._method = method

    async def __call__(self, request: CommandRequest) -> AsyncIterator[Answered]:
        yield Answered(self._method(request.chat, request.message, request.args, request.lang))


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
class InTurn:
    """A conversation command, as the protocol runs it: answered inside the turn, before its
    save (it changes the chat's state)."""

    command: Command
    run: CommandHandler[Answered]
    in_turn: Literal[True] = True

    @property
    def name(self) -> str:
        return self.command.name


@dataclass(frozen=True)
class AfterTurn:
    """A service's command, as the protocol runs it: after the turn's save, in the
    background, its events shown as they come."""

    command: Command
    run: CommandHandler[Event]
    in_turn: Literal[False] = False

    @property
    def name(self) -> str:
        return self.command.name


# A command bound to the instance that runs it; whether it runs in the turn is decided once,
# at registration, by the shape of the method.
Registered = InTurn | AfterTurn


ServiceMethod = TypeVar(
    "ServiceMethod", bound=Callable[[Any, CommandRequest], AsyncIterator[Event]]
)
EngineMethod = TypeVar(
    "EngineMethod", bound=Callable[[Any, "ChatState", "Incoming", list[str], str], "Response"]
)


class Marking(Protocol):
    """`@command(...)`: returns the method it marks, of either shape."""

    @overload
    def __call__(self, method: ServiceMethod) -> ServiceMethod: ...
    @overload
    def __call__(self, method: EngineMethod) -> EngineMethod: ...


def command(
    name: str,
    help_line: Text,
    where: frozenset[str] = ANYWHERE,
    admin: bool = False,
    asks_chat_admins: bool = False,
) -> Marking:
    """Mark a method as the handler of `/name`: an async generator of `Event`s (a service's
    command) or a synchronous `ConversationMethod` (the conversation's)."""

    def mark(method: Callable[..., Any]) -> Callable[..., Any]:
        # an attribute on a function object, which mypy does not model: the ignore says so
        method.__command__ = Command(name, help_line, frozenset(where), admin, asks_chat_admins)  # type: ignore[attr-defined]
        return method

    return cast(Marking, mark)


def declared(method: Callable[..., Any]) -> Command:
    """The declaration of a marked method."""
    found: Command | None = getattr(method, "__command__", None)
    if found is None:
        raise ValueError(f"{method.__qualname__} is not a command")
    return found


def registered(declaration: Command, method: Callable[..., Any]) -> Registered:
    """A marked method, bound, as the protocol runs it: an async generator as it is, a
    synchronous method adapted (`Conversational`). A coroutine function (`async def` without
    a yield) is neither, and refused here rather than when first run."""
    if inspect.isasyncgenfunction(method):
        return AfterTurn(declaration, method)
    if inspect.iscoroutinefunction(method) or not callable(method):
        raise TypeError(
            f"/{declaration.name}: {method.__qualname__} must be an async generator "
            "(a service's command) or a plain function (a conversation command)"
        )
    return InTurn(declaration, Conversational(method))


class Registry:
    """The commands of some owners, by name, in the order they were written."""

    def __init__(self, *owners: object) -> None:
        self._commands: dict[str, Registered] = {}
        self.register(*owners)

    def register(self, *owners: object) -> None:
        """Add the marked methods of `owners` (`registered`)."""
        for owner in owners:
            for attribute, value in vars(type(owner)).items():
                declaration: Command | None = getattr(value, "__command__", None)
                if declaration is not None:
                    self.add(registered(declaration, getattr(owner, attribute)))

    def add(self, entry: Registered) -> None:
        if entry.name in self._commands:
            raise ValueError(f"/{entry.name} is declared twice")
        self._commands[entry.name] = entry

    def get(self, name: str) -> Registered | None:
        return self._commands.get(name)

    def __iter__(self) -> Iterator[Registered]:
        return iter(self._commands.values())

    def __contains__(self, name: object) -> bool:
        return name in self._commands

    def names(self) -> list[str]:
        return list(self._commands)

    def nearest(self, name: str, in_group: bool) -> str | None:
        """The command someone who typed the unknown /`name` most likely meant, if one is
        close: a word other bots use for it (/play, /score: GUESSED_FROM) or a slip of one
        letter (/prnak, /stat; two in a long name), among the commands a user may call here.
        None when nothing is close: no guess is better than a wrong one."""
        callable_here = {
            c.name for c in self if not c.command.admin and c.command.works_in(in_group)
        }
        guessed = GUESSED_FROM.get(name)
        if guessed in callable_here:
            return guessed
        # of two as near, the one the name begins (/stat: /stats, not /start)
        best = min(
            callable_here,
            key=lambda known: (OSA.distance(name, known), not known.startswith(name), known),
            default=None,
        )
        if best is None or len(name) < 3:
            return None
        slips = OSA.distance(name, best)
        return best if slips <= (2 if len(best) >= 6 else 1) else None

    def menu(self, lang: str, in_group: bool | None = None) -> list[tuple[str, str]]:
        """(name, help line) for every command a user may call (admin ones left out);
        `in_group` narrows it to the commands that work in that kind of chat."""
        return [
            (c.name, c.command.help.in_(lang))
            for c in self
            if not c.command.admin and (in_group is None or c.command.works_in(in_group))
        ]


# Words other bots (and people) use for a command of ours: an unknown /play is answered with
# "did you mean /prank?" (Registry.nearest), never run as /prank: one name a command.
GUESSED_FROM: dict[str, str] = {
    "play": "prank",
    "game": "prank",
    "trick": "prank",
    "score": "stats",
    "scores": "stats",
    "leaderboard": "stats",
    "language": "lang",
    "jokes": "joke",
    "stories": "story",
    "stop": "cancel",
    "quit": "cancel",
    "commands": "help",
}


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
