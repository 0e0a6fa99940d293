"""Routines written by the people who play them, as the engine sees them.

They are built by the same loader as the corpus (bot.content.corpus.parse_corpus) and played
by the same engine, under ids no corpus routine can have (`u:17`: a colon is not allowed in
a corpus id). The engine asks an `Authored` (bot/application/authoring.py keeps them) for
three things only: a routine by id (through `WithAuthored`, the corpus's routines with the
written ones behind them), a routine by title for someone starting a prank (their own
first, then the group's pack), and the ids a chat's random deck adds (the group's pack and
the public routines of the language).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

from bot.content.corpus import Routine
from bot.conversation.state import Person

PREFIX = "u:"


def authored_id(number: int) -> str:
    return f"{PREFIX}{number}"


def authored_number(routine_id: str) -> int | None:
    """The row number behind an authored routine's id; None for a corpus id."""
    if not routine_id.startswith(PREFIX) or not routine_id[len(PREFIX) :].isdigit():
        return None
    return int(routine_id[len(PREFIX) :])


class Authored(Protocol):
    def get(self, routine_id: str) -> Routine | None:
        """A written routine by its id (`u:17`), or None."""
        ...

    def own(self, name: str, person: Person, chat_id: int, in_group: bool) -> Routine | None:
        """By title: one of `person`'s own, else (in a group) one of the group's pack."""
        ...

    def public(self, name: str, lang: str, chat_id: int) -> Routine | None:
        """By title: a public routine played in `lang` (asked in chat `chat_id`)."""
        ...

    def pool(self, chat_id: int, lang: str, in_group: bool) -> list[str]:
        """The written routines a chat's random deck deals from, besides the corpus's."""
        ...


class NoAuthored:
    """An engine on its own: nobody has written anything."""

    def get(self, routine_id: str) -> Routine | None:
        return None

    def own(self, name: str, person: Person, chat_id: int, in_group: bool) -> Routine | None:
        return None

    def public(self, name: str, lang: str, chat_id: int) -> Routine | None:
        return None

    def pool(self, chat_id: int, lang: str, in_group: bool) -> list[str]:
        return []


class WithAuthored(Mapping[str, Routine]):
    """The corpus's routines, and behind them every written routine by its id. Iterating
    (the corpus's /list, its title index, its decks) gives the corpus's only; looking one up
    by id (a waiting prank's routine, a reveal, a link) finds a written one too."""

    def __init__(self, corpus: Mapping[str, Routine], authored: Authored) -> None:
        self.corpus = corpus
        self.authored = authored

    def __getitem__(self, routine_id: str) -> Routine:
        found = self.corpus.get(routine_id)
        if found is None and routine_id.startswith(PREFIX):
            found = self.authored.get(routine_id)
        if found is None:
            raise KeyError(routine_id)
        return found

    def __contains__(self, routine_id: object) -> bool:
        return isinstance(routine_id, str) and self.get(routine_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.corpus)

    def __len__(self) -> int:
        return len(self.corpus)
