"""The command registry: each command declared once, beside the code that runs it.

A command is a method marked with `@command(...)`: its name, its help line in every
language, where it works and whether it is for admins. `Registry(Engine, Lab)` collects
the marked methods of the classes it is given, in the order they are written, and /help,
the Telegram command menu, the Telegram handlers and the playground are all derived from it:
adding a command is adding one marked method.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from bot.i18n.language import Text

PRIVATE, GROUP = "private", "group"
ANYWHERE = frozenset({PRIVATE, GROUP})

Handler = TypeVar("Handler", bound=Callable[..., Any])


@dataclass(frozen=True)
class Command:
    name: str
    help: Text
    where: frozenset[str] = ANYWHERE
    admin: bool = False  # for the bot's admins only (BOT_ADMIN_IDS)
    # In a group, front ends find out whether the sender administers it (/lang, /train stop).
    asks_chat_admins: bool = False
    run: Callable[..., Any] | None = None  # the marked method, unbound
    owner: type | None = None  # the class whose instance runs it

    def works_in(self, in_group: bool) -> bool:
        return (GROUP if in_group else PRIVATE) in self.where


def command(
    name: str,
    help: Text,
    where: frozenset[str] = ANYWHERE,
    admin: bool = False,
    asks_chat_admins: bool = False,
) -> Callable[[Handler], Handler]:
    """Mark a method as the handler of `/name`."""

    def mark(method: Handler) -> Handler:
        declared = Command(name, help, frozenset(where), admin, asks_chat_admins)
        method.__command__ = declared  # type: ignore[attr-defined]
        return method

    return mark


class Registry:
    """The commands of some classes, by name, in the order they were written."""

    def __init__(self, *owners: type) -> None:
        self._commands: dict[str, Command] = {}
        for owner in owners:
            for attribute in vars(owner).values():
                declared: Command | None = getattr(attribute, "__command__", None)
                if declared is None:
                    continue
                if declared.name in self._commands:
                    raise ValueError(f"/{declared.name} is declared twice")
                self._commands[declared.name] = replace(declared, run=attribute, owner=owner)

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __contains__(self, name: object) -> bool:
        return name in self._commands

    def names(self) -> list[str]:
        return list(self._commands)

    def owned_by(self, owner: type) -> list[str]:
        return [c.name for c in self if c.owner is owner]

    def menu(self, lang: str, in_group: bool | None = None) -> list[tuple[str, str]]:
        """(name, help line) for every command a user may call (admin ones left out);
        `in_group` narrows it to the commands that work in that kind of chat."""
        return [
            (c.name, c.help.in_(lang))
            for c in self
            if not c.admin and (in_group is None or c.works_in(in_group))
        ]


def parse_command(text: str) -> tuple[str, list[str], str | None] | None:
    """("prank", ["ten-knives"], "TaoluBot") for "/prank@TaoluBot ten-knives"; None for text.

    The third part is the bot a command is addressed to, if any: in a group, a command for
    another bot is none of this bot's business."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, *args = text.split()
    name, _, addressee = head[1:].partition("@")
    return (name.lower(), args, addressee or None) if name else None
