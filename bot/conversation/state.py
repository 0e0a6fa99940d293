"""Conversation state as small plain data: what storage keeps between messages.

Every class round-trips through JSON-compatible dicts; `from_json` validates, so a damaged
row in the database is refused with a ValueError instead of crashing a handler later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.conversation.deck import Deck
from bot.i18n.language import LANGUAGES

_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,31}")  # what a Telegram username can be
NAME_LIMIT = 24  # names are display-only; a cap keeps a waiting prank's state small
# Characters a name may not carry: format characters (bidi overrides and isolates such as
# U+202E, zero-width spaces and joiners, the BOM), controls, line and paragraph separators,
# surrogates and private-use ones. They reorder or hide what is shown around a name.
_INVISIBLE = {"Cf", "Cc", "Zl", "Zp", "Cs", "Co"}
FSI, PDI = "\u2068", "\u2069"  # first strong isolate … pop directional isolate
# Shown for "@" in a display name: Telegram makes a mention of an ASCII "@" only, and NFKC
# reads it as "@" (`distinct_labels` still tells a "＠bob" from a @bob apart)
NAME_AT = "\uff20"  # FULLWIDTH COMMERCIAL AT
_RIGHT_TO_LEFT = {"R", "AL", "AN"}


def clean_name(text: str | None) -> str:
    """A name as the bot shows it: no invisible or direction-changing characters, spaces
    collapsed; "?" if nothing is left."""
    if not text:
        return "?"
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if unicodedata.category(ch) not in _INVISIBLE or ch in "\t\n\r"
    )
    return " ".join(kept.split()) or "?"


def isolate(text: str) -> str:
    """`text` as a bidi isolate (FSI…PDI) when it holds right-to-left characters, so that
    its direction cannot spill onto the rest of the line (interpolated names, answers people
    typed). A cleaned text of left-to-right and neutral characters only cannot reorder
    anything around it, and is left as it is."""
    if any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text):
        return f"{FSI}{text}{PDI}"
    return text


def echoed(typed: str, limit: int = 64) -> str:
    """What someone typed, shown back in the bot's line ("There is no routine called “…”"):
    cleaned as a name is (no direction controls: a right-to-left override echoed as typed
    turned the rest of the line around, redteam23), cut to `limit` characters, isolated."""
    return isolate(clean_name(typed)[:limit])


def distinct_labels(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """key → label, for (key, label) pairs shown together: two labels that would look alike
    (case and compatibility forms aside) each get a short suffix from their key, so that two
    members are never shown as one."""
    pairs = list(dict(people).items())

    def look(label: str) -> str:
        return unicodedata.normalize("NFKC", label).casefold()

    counts: dict[str, int] = {}
    for _, label in pairs:
        counts[look(label)] = counts.get(look(label), 0) + 1
    shown = {}
    for key, label in pairs:
        if counts[look(label)] > 1:
            label = f"{label} ({key if key.startswith('@') else '#' + key[-4:]})"
        shown[key] = label
    return shown


def is_username(text: str) -> bool:
    """Whether `text` (no "@") can be a Telegram username: only those reach someone."""
    return _USERNAME.fullmatch(text) is not None


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(f"invalid conversation state: {what}")


@dataclass(frozen=True)
class Person:
    """Someone in a chat. `id` is None when only a @username is known (a /prank @bob target)."""

    id: int | None
    name: str
    username: str | None = None
    language_code: str | None = None

    def __post_init__(self) -> None:
        # The one place a Person is made, from Telegram, the playground or the database.
        object.__setattr__(self, "name", clean_name(self.name))
        if self.username is not None:
            username = clean_name(self.username).replace(" ", "")
            object.__setattr__(self, "username", username if username != "?" else None)

    @property
    def key(self) -> str:
        """Who this is, as kept in a chat's scores and a prank's list of members told."""
        return str(self.id) if self.id is not None else f"@{self.username}"

    @property
    def label(self) -> str:
        """How the bot names this person in a message: a @username (a mention: it reaches
        them), else the display name, its every "@" shown as NAME_AT, so that Telegram reads
        no mention in it: a name typed "@bobby" or "@everyone" is nobody's username and must
        not ping whoever holds it, nor pass for a mention of them (redteam22). Visible, not
        an invisible joiner: the bot adds no invisible characters to names."""
        if self.username:
            return f"@{self.username}"
        return self.name.replace("@", NAME_AT)

    @property
    def is_chat(self) -> bool:
        """Whether this is a chat speaking, not a person: an anonymous admin writing as the
        group, a channel posting in it (bot/telegram/handlers.person_of: Telegram's chat ids
        are negative, its users' positive). Nobody in particular: nobody can prank one, its
        answer is no answer, and nothing is scored for it (ops29: an anonymous admin's guess
        on a member's prank went on the board, as the group)."""
        return self.id is not None and self.id < 0

    def is_same(self, other: Person) -> bool:
        if self.id is not None and other.id is not None:
            return self.id == other.id
        if not (self.username and other.username):
            return False
        return self.username.casefold() == other.username.casefold()

    def to_json(self) -> dict[str, Any]:
        # A username is how the bot names someone who has one, so the name is not kept then.
        if self.username:
            return {"id": self.id, "username": self.username}
        return {"id": self.id, "name": self.name[:NAME_LIMIT]}

    @classmethod
    def from_json(cls, data: Any) -> Person:
        _expect(isinstance(data, dict), "a person must be an object")
        pid, name, username = data.get("id"), data.get("name"), data.get("username")
        _expect(pid is None or (isinstance(pid, int) and not isinstance(pid, bool)), "person id")
        _expect(username is None or isinstance(username, str), "person username")
        _expect(isinstance(name, str) or isinstance(username, str), "person name")
        return cls(pid, name if isinstance(name, str) else username, username)


def same_answerer(one: Person | None, other: Person | None) -> bool:
    """Whether two pranks' targets (None: aimed at nobody) wait on the same answer."""
    if one is None or other is None:
        return one is None and other is None
    return one.is_same(other)


# A ChatState is built on every answer (`with_prank`), a Prank on every answer that goes on
# (`waiting`); neither is changed once made: plain dataclasses with slots. Frozen, each field is set through
# object.__setattr__: 1.6 µs against 0.4 to build a ChatState, 3.6 against 0.7 a Prank
# (`timeit`, load average ~5). Their __init__ is written out: see bot.conversation.answering.Ending.
@dataclass(slots=True, init=False)
class Prank:
    """One running routine: where it is, who started it, who must answer, until when."""

    routine: str
    state: str
    by: Person
    until: float
    target: Person | None = None
    # Tries of this step's `tries` used up: each hint given, and the question asked once more
    # for a question asked back ("you first?"). Named `misses` until ops28, when it counted
    # more than misses; stored under that name still ("misses" in the JSON).
    tries_used: int = 0
    lang: str = "zh"  # the language it was asked in: a timeout reveals in the same
    link: str | None = None  # the prank link that started it: its owner hears how it went
    # Members already told this prank is not theirs (or to answer in words): told once only.
    told: frozenset[str] = frozenset()
    # The victim fell for it at an earlier step ("first" to the race): however it ends, it
    # ends as a fall (see Answer.falls_on_the_way).
    fell: bool = False
    # Waits in a row on answers that said nothing yet (an emoji alone, a put-off, "huh"):
    # the engine caps them (MAX_IDLE_WAITS); any other wait sets it back to 0.
    idle: int = 0
    # Started in a group (Incoming.in_group): its timeout's reveal, minutes later among
    # other pranks, says whose prank it was and which question it answers. Stored only when
    # true; a state stored before this field reads as a private chat's (its reveal then
    # leaves that line out: a wording difference, once, for a prank waiting across the update).
    in_group: bool = False
    # Times its timeout's reveal certainly never left (Telegram could not be reached) and the
    # prank was put back, its `until` moved to when the reveal is tried again: each wait
    # twice the one before (`Turns`), so an outage is not met by a retry every sweep. Kept
    # with the prank, so a restart keeps the backoff; any answer that goes on starts at 0.
    unsent_reveals: int = 0
    # Who made an attempt at this step that the bot answered with a hint (`tries_used` counts
    # hints, but a question asked back and a wait past the cap are counted there too: they
    # are no attempt). Where the reveal is the prank, they have fallen once it ends with no
    # further attempt, however it ends (noise, a refusal, a timeout, a /cancel: answering's
    # `fell_by_trying`, ops28), and nobody else has: in an open group prank, whoever tried,
    # not a friend. A prank stored before this field reads None: it ends as though nobody
    # tried (timed out, called off: a missed fall, once, for a prank waiting across the
    # update; never a wrong one).
    tried: Person | None = None

    def __init__(
        self,
        routine: str,
        state: str,
        by: Person,
        until: float,
        target: Person | None = None,
        tries_used: int = 0,
        lang: str = "zh",
        link: str | None = None,
        told: frozenset[str] = frozenset(),
        fell: bool = False,
        idle: int = 0,
        in_group: bool = False,
        unsent_reveals: int = 0,
        tried: Person | None = None,
    ) -> None:
        self.routine = routine
        self.state = state
        self.by = by
        self.until = until
        self.target = target
        self.tries_used = tries_used
        self.lang = lang
        self.link = link
        self.told = told
        self.fell = fell
        self.idle = idle
        self.in_group = in_group
        self.unsent_reveals = unsent_reveals
        self.tried = tried

    def same_pair(self, other: Prank) -> bool:
        """Whether two pranks are one starter's on one answerer: a chat holds one such at a
        time (a second /prank calls the first off: `Engine.prank`; a move that would hold two
        keeps one: bot/application/turn.py's `merged`)."""
        return self.by.is_same(other.by) and same_answerer(self.target, other.target)

    def waiting(
        self,
        until: float,
        state: str | None = None,
        tries_used: int | None = None,
        fell: bool = False,
        idle: int = 0,
        tried: Person | None = None,
    ) -> Prank:
        """The prank waiting again, until `until` (at `state`, with `tries_used` tries used,
        `fell` if the answer it waits after was a fall, `idle` waits in a row on answers that
        said nothing, `tried` who made the attempt a hint answered: kept while `tries_used` is,
        set with it). Built directly, not with
        dataclasses.replace, which inspects the fields on every call: this runs on every
        answer that goes on."""
        return Prank(
            self.routine,
            self.state if state is None else state,
            self.by,
            until,
            self.target,
            self.tries_used if tries_used is None else tries_used,
            self.lang,
            self.link,
            self.told,
            self.fell or fell,
            idle,
            self.in_group,
            tried=self.tried if tries_used is None else tried,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "routine": self.routine,
            "state": self.state,
            "by": self.by.to_json(),
            "until": round(self.until, 1),
        }
        if self.target is not None:
            data["target"] = self.target.to_json()
        if self.tries_used:
            data["misses"] = self.tries_used  # its first name, kept: stored rows read the same
        if self.lang != "zh":
            data["lang"] = self.lang
        if self.link is not None:
            data["link"] = self.link
        if self.told:
            data["told"] = sorted(self.told)
        if self.fell:
            data["fell"] = True
        if self.idle:
            data["idle"] = self.idle
        if self.in_group:
            data["in_group"] = True
        if self.unsent_reveals:
            data["unsent_reveals"] = self.unsent_reveals
        if self.tried is not None:
            data["tried"] = self.tried.to_json()
        return data

    @classmethod
    def from_json(cls, data: Any) -> Prank:
        _expect(isinstance(data, dict), "a prank must be an object")
        routine, state = data.get("routine"), data.get("state")
        until, tries_used = data.get("until"), data.get("misses", 0)
        _expect(isinstance(routine, str) and isinstance(state, str), "prank routine/state")
        _expect(isinstance(until, int | float) and not isinstance(until, bool), "prank until")
        _expect(isinstance(tries_used, int) and tries_used >= 0, "prank misses")
        lang = data.get("lang", "zh")
        _expect(lang in LANGUAGES, "prank lang")
        target, link, tried = data.get("target"), data.get("link"), data.get("tried")
        _expect(link is None or (isinstance(link, str) and len(link) <= 64), "prank link")
        told = data.get("told", [])
        _expect(isinstance(told, list) and all(isinstance(k, str) for k in told), "prank told")
        fell = data.get("fell", False)
        _expect(isinstance(fell, bool), "prank fell")
        idle = data.get("idle", 0)
        _expect(isinstance(idle, int) and not isinstance(idle, bool) and idle >= 0, "prank idle")
        in_group = data.get("in_group", False)
        _expect(isinstance(in_group, bool), "prank in_group")
        unsent = data.get("unsent_reveals", 0)
        _expect(
            isinstance(unsent, int) and not isinstance(unsent, bool) and unsent >= 0,
            "prank unsent_reveals",
        )
        return cls(
            routine,
            state,
            Person.from_json(data.get("by")),
            float(until),
            None if target is None else Person.from_json(target),
            tries_used,
            lang,
            link,
            frozenset(told),
            fell,
            idle,
            in_group,
            unsent,
            None if tried is None else Person.from_json(tried),
        )

    def may_answer(self, person: Person) -> bool:
        return self.target is None or self.target.is_same(person)


@dataclass(frozen=True)
class Score:
    """A group member's board: pranks they pulled on someone who fell, times they fell, and
    times they saw through a prank ("sharp eye")."""

    name: str
    pranked: int = 0
    fooled: int = 0
    sharp: int = 0


OFFER_COMMANDS = ("/prank ", "/start ")  # the commands an offer may be taken as
OFFER_LIMIT = 128  # characters of an offer's command: a routine's id, a code, a @username


@dataclass(frozen=True)
class Offer:
    """A routine the bot offered to play all the same, in a language it does not play in
    (`Engine.prank`, `Engine._open_link`): the command that plays it (`/prank ten-knives
    @bob anyway`, `/start CODE anyway`), whom it was offered to (`Person.key`) and until
    when. The offered person's bare "照玩" or "anyway" takes it (`Engine.offer_taken`): as a
    friend who asked "play it anyway?" hears the answer (ops25: it found no prank to
    answer and was nudged). Kept a while only (OFFER_SECONDS), and one at a time."""

    command: str
    to: str
    until: float
    # The offer is the bot's last message in the chat (nothing said there since): a plain
    # yes then is about the offer, even where a prank's question waits (ops28b: "/prank
    # how-many-birthdays", "/prank ten-knives", "yes" answered the birthdays). Stored
    # without it, an offer is taken not to be (the older rule: the waiting question's).
    last: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "command": self.command,
            "to": self.to,
            "until": round(self.until, 1),
            "last": self.last,
        }

    @classmethod
    def from_json(cls, data: Any) -> Offer:
        _expect(isinstance(data, dict), "an offer must be an object")
        command, to, until = data.get("command"), data.get("to"), data.get("until")
        _expect(
            isinstance(command, str)
            and len(command) <= OFFER_LIMIT
            and command.startswith(OFFER_COMMANDS),
            "offer command",
        )
        _expect(isinstance(to, str) and 0 < len(to) <= 64, "offer to")
        _expect(isinstance(until, int | float) and not isinstance(until, bool), "offer until")
        last = data.get("last", False)
        _expect(isinstance(last, bool), "offer last")
        return cls(command, to, float(until), last)


@dataclass(slots=True, init=False)  # not frozen, __init__ written out: see Prank
class ChatState:
    """Everything remembered about one chat."""

    lang: str | None = None
    next_ticket: int = 1
    pranks: dict[str, Prank] = field(default_factory=dict)
    scores: dict[str, Score] = field(default_factory=dict)
    decks: dict[str, Deck] = field(default_factory=dict)  # see the *_DECK names in engine
    # The routine last offered to play all the same, while it may be taken (Offer): stored
    # only while there is one, so a state kept before it reads as one without.
    offer: Offer | None = None

    def __init__(
        self,
        lang: str | None = None,
        next_ticket: int = 1,
        pranks: dict[str, Prank] | None = None,
        scores: dict[str, Score] | None = None,
        decks: dict[str, Deck] | None = None,
        offer: Offer | None = None,
    ) -> None:
        self.lang = lang
        self.next_ticket = next_ticket
        self.pranks = {} if pranks is None else pranks
        self.scores = {} if scores is None else scores
        self.decks = {} if decks is None else decks
        self.offer = offer

    def with_prank(self, ticket: str, prank: Prank | None) -> ChatState:
        pranks = dict(self.pranks)
        if prank is None:
            pranks.pop(ticket, None)
        else:
            pranks[ticket] = prank
        # built directly: dataclasses.replace inspects the fields on every call, and this
        # runs on every answer
        return ChatState(self.lang, self.next_ticket, pranks, self.scores, self.decks, self.offer)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"next": self.next_ticket}
        if self.lang:
            data["lang"] = self.lang
        if self.pranks:
            data["pranks"] = {t: p.to_json() for t, p in self.pranks.items()}
        if self.scores:
            data["scores"] = {k: _score_json(s) for k, s in self.scores.items()}
        if self.decks:
            data["decks"] = {k: _deck_json(d) for k, d in self.decks.items()}
        if self.offer is not None:
            data["offer"] = self.offer.to_json()
        return data

    @classmethod
    def from_json(cls, data: Any) -> ChatState:
        _expect(isinstance(data, dict), "a chat must be an object")
        lang, next_ticket = data.get("lang"), data.get("next", 1)
        _expect(lang is None or lang in LANGUAGES, "chat lang")
        _expect(isinstance(next_ticket, int) and next_ticket >= 1, "chat next ticket")
        pranks_raw, scores_raw = data.get("pranks", {}), data.get("scores", {})
        _expect(isinstance(pranks_raw, dict) and isinstance(scores_raw, dict), "chat maps")
        scores = {}
        for key, value in scores_raw.items():
            _expect(
                isinstance(value, list)
                and len(value) in (3, 4)  # a board kept before "sharp" has three
                and isinstance(value[0], str)
                and all(isinstance(v, int) for v in value[1:]),
                "score",
            )
            scores[str(key)] = Score(*value)
        pranks = {str(t): Prank.from_json(p) for t, p in pranks_raw.items()}
        decks_raw = data.get("decks", {})
        _expect(isinstance(decks_raw, dict), "chat decks")
        decks = {}
        for key, value in decks_raw.items():
            _expect(
                isinstance(value, list)
                and len(value) in (2, 3)  # [seed, position], and what was dealt out of turn
                and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value),
                "deck",
            )
            decks[str(key)] = Deck(*value)
        offer = data.get("offer")
        return cls(
            lang,
            next_ticket,
            pranks,
            scores,
            decks,
            None if offer is None else Offer.from_json(offer),
        )


def _deck_json(deck: Deck) -> list[int]:
    row = [deck.seed, deck.position]
    return [*row, deck.skip] if deck.skip else row


def _score_json(score: Score) -> list[str | int]:
    row: list[str | int] = [score.name, score.pranked, score.fooled]
    return [*row, score.sharp] if score.sharp else row
