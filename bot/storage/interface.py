"""What the bot keeps, whichever database keeps it.

Storage(target) opens the database: a `postgresql://` URL opens PostgreSQL, anything else is
a SQLite file (":memory:" included). Both keep the same schema (bot.storage.schema) and
behave the same, with one difference the bot must not notice: SQLite serves one process,
PostgreSQL any number of instances at once. The methods that coordinate instances are
`chat_lock`, `update_lock`, `seen_update` and `claim_reveals`.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import logging
import threading
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import (
    AbstractAsyncContextManager,
    AsyncExitStack,
    asynccontextmanager,
    nullcontext,
)
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.conversation.records import Record, Tally
from bot.conversation.state import ChatState
from bot.storage.authored import AuthoredTables

log = logging.getLogger(__name__)


# What a task waits for another's lock inside (a chat's, an update's: `Storage.chat_lock`):
# nothing, unless its caller says otherwise. The Telegram adapter gives the update's working
# slot back meanwhile (bot/telegram/ordering.py): the lock's holder may be waiting on Telegram
# (a 429, its slot given back), and a slot held by a task waiting for that lock was a slot
# no other chat had; two such held both, and the holder, its wait over, found no slot to go on
# in, for ever (ops25).
WHILE_LOCKED_OUT: ContextVar[Callable[[], AbstractAsyncContextManager[None]]] = ContextVar(
    "lock_wait", default=nullcontext
)


def lock_order(chat_ids: Iterable[int]) -> list[int]:
    """Chats in the order their locks are taken when one update holds several (`chat_lock`):
    the highest id first. A basic group's id (down to -999,999,999,999) is always above the
    supergroup it becomes (-100 followed by twelve digits), so a group's lock comes before
    its supergroup's, as a turn of the group that finds it moved takes them."""
    return sorted(set(chat_ids), reverse=True)


QUESTIONS_KEPT = 5_000  # message ids back from a chat's latest, whose meaning is kept
# Telegram keeps an undelivered update for 24 hours, so a redelivery is never older than
# that; after a week without updates it restarts ids at random, so old ids must not linger.
UPDATES_KEPT_SECONDS = 2 * 24 * 3600
PRUNE_EVERY = 1_000  # handled updates between two prunings of the old ones
# An instance that claimed a reveal and died leaves it to another after this long.
REVEAL_LEASE_SECONDS = 60.0
TOUCH_EVERY = 24 * 3600  # a network's last use is written at most this often
MARKS_REMEMBERED = 1_000  # update ids this process marked, known without asking the database
PRUNE_BUTTONS_EVERY = 500  # keyboards bound between two prunings of the expired ones


@dataclass(frozen=True)
class LinkRecord:
    """A prank link as kept: its owner, their language, its routine, when it was made, how
    often it was played, and how the newest plays went ({"who", "answer", "how"})."""

    code: str
    owner_id: int
    owner_lang: str
    routine: str
    created: float
    plays: int = 0
    results: list[dict] = field(default_factory=list)


# A transient failure (a busy SQLite file, a lost PostgreSQL connection) is tried again this
# many times in all, after these pauses: well under a second of the event loop, in all.
TRIES = 3
PAUSES = (0.05, 0.15)


@dataclass(frozen=True)
class Cutoffs:
    """What `Storage.prune` deletes, as times (seconds since the epoch): links made before
    `links`, inline plays last moved before `plays`, chats last changed before `chats` that
    have no waiting prank and no score, networks last used before `networks`."""

    links: float
    plays: float
    chats: float
    networks: float


class StorageError(RuntimeError):
    """The database cannot be used (a newer schema, a file that is not SQLite, a server that
    does not answer, a statement it refused). The one error type of both back ends: their
    drivers' errors are turned into it at the storage boundary. `transient` says that trying
    again later may succeed (a busy or locked file, a lost connection, a server restarting);
    otherwise the same call fails the same way again. The message never holds a password."""

    def __init__(self, message: str, transient: bool = False, kind: str | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        # What failed, without the particulars (a row's values): two failures of one kind are
        # "the same way" (bot/telegram/redelivery.py).
        self.kind = kind or message.splitlines()[0]


def driver_error_kind(error: BaseException) -> str:
    """A driver's error without its particulars: its type and its message's first line."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"


def is_database_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


class Storage(AuthoredTables, ABC):
    """Every chat's state, which message asked which prank, trained networks, inline plays,
    secrets, handled updates and reveal deadlines; and the routines people write
    (bot.storage.authored)."""

    def __new__(cls, target: str | Path) -> Storage:
        if cls is Storage:
            if is_database_url(target):
                from bot.storage.postgres import PostgresStorage

                cls = PostgresStorage
            else:
                from bot.storage.sqlite import SqliteStorage

                cls = SqliteStorage
        return super().__new__(cls)

    # The driver's own errors, turned into StorageError by `_storage_error`.
    driver_errors: tuple[type[BaseException], ...] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Every public method of a back end is guarded: its driver's errors become
        StorageError, and a transient one is tried again (TRIES in all, under a second)."""
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if inspect.isgeneratorfunction(value):
                setattr(cls, name, _guarded_generator(value))
            elif not inspect.iscoroutinefunction(value):
                setattr(cls, name, _guarded(value))

    def __init__(self) -> None:
        self._local_locks = KeyedLocks()
        # Which task holds each lock it took (`_both_locks`): taken again by that task, it is
        # already held (an update that moves a group holds both chats': `Turns.migrate`).
        self._holders: dict[tuple[str, int], asyncio.Task[Any] | None] = {}
        self._guard = threading.local()  # how deep in guarded calls this thread is

    def _storage_error(self, error: BaseException) -> StorageError:
        """The driver's `error` as a StorageError, transient or not."""
        return StorageError(f"the database failed: {error}")

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def ping(self) -> None:
        """Return if the database answers; raise StorageError if not."""

    # -- chats ----------------------------------------------------------------------------

    @abstractmethod
    def load_chat(self, chat_id: int) -> ChatState:
        """The chat's state; a fresh one if unknown or if the stored row is damaged."""

    def chosen_language(self, chat_id: int) -> str | None:
        """The language chosen with /lang in a chat, as it stands, for a turn of another chat
        (the private chat of whoever adds the bot to a group: Turns._resolved). Read without
        that chat's lock: the choice as committed is all it needs, and a lock taken inside the
        turn's own would hold a group's turn up behind someone's private one."""
        return self.load_chat(chat_id).lang

    @abstractmethod
    def save_chat(
        self,
        chat_id: int,
        state: ChatState,
        update_id: int | None = None,
        tallies: Sequence[Tally] = (),
    ) -> None:
        """Store the state and its pranks' deadlines. With `update_id`, the update is marked
        handled in the same transaction: a bot killed right after will not apply it twice
        when Telegram redelivers it. `tallies` (what the turn's ended pranks add to people's
        own records) are added in the same transaction too."""

    @abstractmethod
    def chats_with_pranks(self) -> Iterator[tuple[int, ChatState]]:
        """Every chat with a prank waiting (to re-arm timeouts after a restart)."""

    # -- people ---------------------------------------------------------------------------

    @abstractmethod
    def load_record(self, user_id: int) -> Record:
        """A person's own record across chats; an empty one if they have none."""

    # -- what sent messages leave to remember: buttons, questions ---------------------------

    @abstractmethod
    def note_sent(
        self,
        buttons: Sequence[tuple[str, int, int, float]] = (),
        questions: Sequence[tuple[int, int, str]] = (),
        forget: tuple[int, Iterable[str]] | None = None,
    ) -> None:
        """What a turn's sent messages leave to remember, in one transaction (one round trip on
        PostgreSQL) once they are sent: each keyboard (token, chat, message, expires) bound to
        its message (`bind_buttons`), which prank each message asks (chat, message, ticket:
        `remember_question`), then, with `forget` (the chat and the pranks still waiting),
        the questions of the pranks that ended forgotten (`forget_questions`)."""

    def bind_buttons(self, token: str, chat_id: int, message_id: int, expires: float) -> None:
        """The keyboard `token` was sent on message `message_id` of `chat_id` (expired ones
        are dropped now and then)."""
        self.note_sent(buttons=[(token, chat_id, message_id, expires)])

    @abstractmethod
    def buttons_bound(
        self, token: str, chat_id: int, message_id: int, now: float, use: bool
    ) -> bool:
        """Whether keyboard `token` is live on that message. With `use` it is used up in the
        same statement: of two taps racing, one wins."""

    def remember_question(self, chat_id: int, message_id: int, ticket: str) -> None:
        """Which prank the bot's message `message_id` asks; "" for a message that asks
        nothing (so a reply to it is known to be no answer)."""
        self.note_sent(questions=[(chat_id, message_id, ticket)])

    @abstractmethod
    def ticket_for(self, chat_id: int, message_id: int) -> str | None: ...

    def forget_questions(self, chat_id: int, keep: Iterable[str]) -> None:
        """The questions of pranks that ended (all but those in `keep`) ask nothing any more:
        a late reply to one is chatter, not an answer to whichever prank waits now. A step of
        its own, after the replies that quote them are sent. Only the chat's latest
        messages are kept: a reply to an older one is treated as a message never seen."""
        self.note_sent(forget=(chat_id, keep))

    @abstractmethod
    def move_chat(self, old: int, new: int) -> None:
        """A group became a supergroup: its state and network move to the new id. Which
        message asked what is dropped: message ids start afresh in the new chat. Safe to
        repeat; what the new id has already stays (the old chat's is dropped)."""

    @abstractmethod
    def question_for(self, chat_id: int, ticket: str) -> int | None:
        """The latest message that asked prank `ticket` (to reply to it with a reveal)."""

    # -- networks -------------------------------------------------------------------------

    @abstractmethod
    def save_network(
        self, chat_id: int, model: bytes, summary: dict, picture: bytes | None
    ) -> None: ...

    @abstractmethod
    def load_network(self, chat_id: int) -> tuple[bytes, dict, bytes | None] | None:
        """The chat's trained network (nn's own format), its summary and its picture."""

    # -- inline plays ---------------------------------------------------------------------

    @abstractmethod
    def play_state(self, play: str) -> str | None:
        """Where an inline prank message stands: a state id, "done", or None if never tapped."""

    @abstractmethod
    def move_play(self, play: str, expected: str | None, state: str) -> bool:
        """Move a play from `expected` to `state`; False if it was not at `expected` (a
        repeated or stale tap), so two taps racing cannot both win."""

    # -- prank links ----------------------------------------------------------------------

    @abstractmethod
    def create_link(self, record: LinkRecord) -> None: ...

    @abstractmethod
    def get_link(self, code: str) -> LinkRecord | None: ...

    @abstractmethod
    def count_link_play(self, code: str, max_plays: int) -> bool:
        """Count one more play of the link; False (and nothing counted) once it has had
        `max_plays`. One statement: two people opening it at once cannot both slip past."""

    @abstractmethod
    def uncount_link_play(self, code: str) -> None:
        """Take back one play `count_link_play` counted, for a turn taken back whole (its
        question never left: `Turns.take`); never below none."""

    @abstractmethod
    def add_link_result(self, code: str, result: dict, keep: int) -> None:
        """Add how one play went, keeping the newest `keep`."""

    @abstractmethod
    def links_of(self, owner_id: int, limit: int) -> list[LinkRecord]:
        """The owner's newest links, newest first."""

    @abstractmethod
    def count_links(self, owner_id: int, since: float) -> int:
        """How many links the owner made since `since` (the live ones)."""

    # -- retention ------------------------------------------------------------------------

    @abstractmethod
    def prune(self, cutoffs: Cutoffs) -> dict[str, int]:
        """Delete what is past keeping (see Cutoffs); how many rows of each kind went."""

    # -- secrets --------------------------------------------------------------------------

    @abstractmethod
    def secret(self, name: str) -> bytes:
        """A random 32-byte key kept in the database, made on first use: it survives restarts,
        is shared by every instance on the database, and derives from nothing guessable."""

    # -- updates --------------------------------------------------------------------------

    @abstractmethod
    def seen_update(self, update_id: int) -> bool:
        """Whether the update was handled before (by any instance)."""

    @abstractmethod
    def mark_update(self, update_id: int) -> None:
        """Record the update as handled (every PRUNE_EVERY marks, old records are dropped)."""

    @abstractmethod
    def forget_old_updates(self, now: float) -> None:
        """Drop the records of updates handled more than UPDATES_KEPT_SECONDS before `now`."""

    @abstractmethod
    def last_update_id(self) -> int:
        """The highest update id recorded as handled; 0 if none."""

    # -- instances side by side -----------------------------------------------------------

    def chat_lock(
        self, chat_id: int, update_id: int | None = None
    ) -> AbstractAsyncContextManager[None]:
        """Held while one update or one reveal of the chat is handled, so that a chat's
        changes never interleave, whichever instances make them. With `update_id`, the
        update about to be handled under it, a back end may read, once the lock is held,
        whether that update was handled and the chat's state, for `seen_update` and
        `load_chat` to answer from while the lock is held (PostgreSQL: on the lock's own
        connection, as it is taken: no round trips of their own).

        Two chats' locks are held at once only where a group moves into the supergroup it
        became (`Turns.migrate`, `Turns._move`), and always in one order, the group's first
        (`lock_order`): a turn of the group that finds it moved holds the group's and takes
        the supergroup's; the supergroup's update that says the group moved takes the
        group's first too (the webhook's `locked_chats`). Taken in both orders, two instances
        each held one and waited for the other (redteam23). The task that holds a chat's lock
        and asks for it again gets it at once: it holds it."""
        return self._both_locks(("chat", chat_id), update_id)

    @asynccontextmanager
    async def chats_locked(
        self, chat_ids: Iterable[int], ahead: tuple[int, int] | None = None
    ) -> AsyncIterator[None]:
        """Every chat's lock of `chat_ids` (`chat_lock`), taken in the one order
        (`lock_order`): the one way an update's handling (the webhook's `locked_chats`) and
        a group's move into its supergroup (`Turns.migrate`, by polling or webhook) take
        them; `ahead`: (chat, update) a chat's lock reads ahead. Polling moved a group under
        the supergroup's lock alone, or none (ops25), where the webhook held the group's."""
        async with AsyncExitStack() as locks:
            for chat_id in lock_order(chat_ids):
                update_id = ahead[1] if ahead is not None and ahead[0] == chat_id else None
                await locks.enter_async_context(self.chat_lock(chat_id, update_id))
            yield

    def update_lock(self, update_id: int) -> AbstractAsyncContextManager[None]:
        """Held while an update that belongs to no chat (an inline query) is handled, so the
        same update delivered to two instances at once is handled by one of them."""
        return self._both_locks(("update", update_id))

    @asynccontextmanager
    async def _both_locks(
        self, key: tuple[str, int], update_id: int | None = None
    ) -> AsyncIterator[None]:
        task = asyncio.current_task()
        if task is not None and self._holders.get(key) is task:
            yield  # this task holds it already (`chat_lock`)
            return
        # The process's own lock first: updates of one chat waiting in this process hold no
        # database connection while they wait.
        async with self._local_locks.hold(key), self._shared_lock(key, update_id):
            self._holders[key] = task
            try:
                yield
            finally:
                del self._holders[key]

    def _shared_lock(
        self, key: tuple[str, int], update_id: int | None
    ) -> AbstractAsyncContextManager[None]:
        """The lock other processes see; none for a database only one process uses."""
        return nullcontext()

    @abstractmethod
    def claim_reveals(
        self, now: float, chat_id: int | None = None, limit: int = 100
    ) -> list[tuple[int, str]]:
        """(chat, ticket) of pranks due by `now` (of one chat, or of any), claimed by this
        instance: no other instance gets them for REVEAL_LEASE_SECONDS, so each timeout is
        revealed once. Claims of an instance that died pass to others when their lease
        ends; the reveal itself ends the prank, which drops its deadline."""


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(self: Storage, *args: Any, **kwargs: Any) -> Any:
        depth = getattr(self._guard, "depth", 0)
        tries = 1 if depth else TRIES  # a guarded call inside another is retried by the outer
        self._guard.depth = depth + 1
        try:
            for attempt in range(tries):
                try:
                    return method(self, *args, **kwargs)
                except StorageError as caught:
                    error = caught
                except self.driver_errors as caught:
                    error = self._storage_error(caught)
                if not error.transient or attempt == tries - 1:
                    raise error from None
                log.info("%s: %s; trying again", method.__name__, error)
                time.sleep(PAUSES[min(attempt, len(PAUSES) - 1)])
            raise AssertionError("unreachable")
        finally:
            self._guard.depth = depth

    return guarded


def _guarded_generator(method: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    @functools.wraps(method)
    def guarded(self: Storage, *args: Any, **kwargs: Any) -> Iterator[Any]:
        try:
            yield from method(self, *args, **kwargs)
        except self.driver_errors as error:
            raise self._storage_error(error) from None

    return guarded


class RecentMarks:
    """The update ids this process marked handled lately: marked once more (a save marks its
    update, and so does the last handler) they need no second write."""

    def __init__(self) -> None:
        self._ids: OrderedDict[int, None] = OrderedDict()

    def __contains__(self, update_id: int) -> bool:
        return update_id in self._ids

    def add(self, update_id: int) -> None:
        self._ids[update_id] = None
        if len(self._ids) > MARKS_REMEMBERED:
            self._ids.popitem(last=False)


class KeyedLocks:
    """One asyncio lock per key, kept only while someone holds or awaits it."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._users: dict[Hashable, int] = {}

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        """The key's lock, waited for (if another holds or awaits it) inside WHILE_LOCKED_OUT.
        Another user, not `locked()`: a lock just released to a waiter that has not run yet
        reads free, yet is the waiter's, and one who asked then waited in its slot for the
        waiter, which waited for that slot (redteam25)."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        acquired = False
        try:
            async with WHILE_LOCKED_OUT.get()() if self._users[key] > 1 else nullcontext():
                await lock.acquire()
                acquired = True
            yield
        finally:
            if acquired:
                lock.release()
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]


LINK_COLUMNS = "code, owner_id, owner_lang, routine, created, plays, results"


def link_record(row: tuple) -> LinkRecord:
    """A LinkRecord from a row of LINK_COLUMNS."""
    code, owner_id, owner_lang, routine, created, plays, results = row
    return LinkRecord(code, owner_id, owner_lang, routine, created, plays, json.loads(results))


def encode_state(state: ChatState) -> tuple[str, dict]:
    """The state as stored (compact JSON), and its JSON form."""
    data = state.to_json()
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")), data


def decode_state(chat_id: int, text: str | None) -> ChatState:
    if text is None:
        return ChatState()
    try:
        return ChatState.from_json(json.loads(text))
    except ValueError as error:
        log.warning("chat %s: stored state is damaged (%s); starting afresh", chat_id, error)
        return ChatState()
