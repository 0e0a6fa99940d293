"""SQLite storage: every chat's state, which message asked which prank, trained networks.

One file, WAL mode, a versioned schema; every write commits at once, so a bot killed at any
moment loses at most the message it was sending. Uses only the standard library.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.engine.state import ChatState

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
UPDATES_KEPT = 10_000  # handled update ids remembered (Telegram redelivers recent ones)
QUESTIONS_KEPT = 5_000  # message ids back from a chat's latest, whose meaning is kept
RECENT_CHATS = 10_000  # chat states kept in memory (a few hundred bytes each)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS chats (
    chat_id INTEGER PRIMARY KEY,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS questions (
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    ticket TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX IF NOT EXISTS questions_by_ticket ON questions (chat_id, ticket);
CREATE TABLE IF NOT EXISTS networks (
    chat_id INTEGER PRIMARY KEY,
    model BLOB NOT NULL,
    summary TEXT NOT NULL,
    picture BLOB
);
CREATE TABLE IF NOT EXISTS inline_plays (
    play TEXT PRIMARY KEY,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class StorageError(RuntimeError):
    """The database cannot be used (a newer schema, a file that is not SQLite)."""


class Storage:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._handled_ids: set[int] | None = None  # cached: read once, kept by mark_update
        # The states last read or written, newest last: the bot is the database's only writer.
        self._recent: OrderedDict[int, ChatState] = OrderedDict()
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StorageError(f"cannot use the database {path}: {error}") from None

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"{self.path} has schema version {version}; this bot knows {SCHEMA_VERSION}"
            )
        if version < 1:
            self.db.executescript(_SCHEMA)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # Added to version 1 in place: a file without it gets it, nothing else changes.
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS handled_updates (update_id INTEGER PRIMARY KEY)"
        )
        self.db.execute(  # what the file knew before: the highest id it had handled
            "INSERT OR IGNORE INTO handled_updates "
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_update_id'"
        )

    def close(self) -> None:
        self.db.close()

    # -- chats ----------------------------------------------------------------------------

    def load_chat(self, chat_id: int) -> ChatState:
        """The chat's state; a fresh one if unknown or if the stored row is damaged."""
        cached = self._recent.get(chat_id)
        if cached is not None:
            self._recent.move_to_end(chat_id)
            return cached
        row = self.db.execute("SELECT state FROM chats WHERE chat_id = ?", (chat_id,)).fetchone()
        state = ChatState()
        if row is not None:
            try:
                state = ChatState.from_json(json.loads(row[0]))
            except ValueError as error:
                log.warning(
                    "chat %s: stored state is damaged (%s); starting afresh", chat_id, error
                )
        self._remember(chat_id, state)
        return state

    def _remember(self, chat_id: int, state: ChatState) -> None:
        self._recent[chat_id] = state
        self._recent.move_to_end(chat_id)
        if len(self._recent) > RECENT_CHATS:
            self._recent.popitem(last=False)

    def save_chat(self, chat_id: int, state: ChatState, update_id: int | None = None) -> None:
        """Store the state. With `update_id`, the update is marked handled in the same
        transaction: a bot killed right after will not apply it twice when Telegram
        redelivers it."""
        text = json.dumps(state.to_json(), ensure_ascii=False, separators=(",", ":"))
        with self._transaction():
            self.db.execute(
                "INSERT INTO chats (chat_id, state) VALUES (?, ?) "
                "ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state",
                (chat_id, text),
            )
            if update_id is not None:
                self.mark_update(update_id)
        self._remember(chat_id, state)

    def move_chat(self, old: int, new: int) -> None:
        """A group became a supergroup: its state and network move to the new id. Which
        message asked what is dropped: message ids start afresh in the new chat."""
        with self._transaction():
            for table in ("chats", "networks"):
                self.db.execute(
                    f"UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ?", (new, old)
                )
                self.db.execute(f"DELETE FROM {table} WHERE chat_id = ?", (old,))
            self.db.execute("DELETE FROM questions WHERE chat_id = ?", (old,))
        self._recent.pop(old, None)
        self._recent.pop(new, None)

    def chats_with_pranks(self) -> Iterator[tuple[int, ChatState]]:
        """Every chat with a prank waiting (to re-arm timeouts after a restart)."""
        rows = self.db.execute("SELECT chat_id FROM chats WHERE state LIKE '%\"pranks\"%'")
        for (chat_id,) in rows.fetchall():
            state = self.load_chat(chat_id)
            if state.pranks:
                yield chat_id, state

    # -- questions ------------------------------------------------------------------------

    def remember_question(self, chat_id: int, message_id: int, ticket: str) -> None:
        """Which prank the bot's message `message_id` asks; "" for a message that asks
        nothing (so a reply to it is known to be no answer)."""
        self.db.execute(
            "INSERT OR REPLACE INTO questions (chat_id, message_id, ticket) VALUES (?, ?, ?)",
            (chat_id, message_id, ticket),
        )

    def ticket_for(self, chat_id: int, message_id: int) -> str | None:
        row = self.db.execute(
            "SELECT ticket FROM questions WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        ).fetchone()
        return row[0] if row else None

    def forget_questions(self, chat_id: int, keep: Iterable[str]) -> None:
        """The questions of pranks that ended (all but those in `keep`) ask nothing any more:
        a late reply to one is chatter, not an answer to whichever prank waits now. A step of
        its own, after the replies that quote them are sent. Only the chat's latest
        messages are kept: a reply to an older one is treated as a message never seen."""
        tickets = list(keep)
        marks = ",".join("?" * len(tickets))
        with self._transaction():
            self.db.execute(
                f"UPDATE questions SET ticket = '' WHERE chat_id = ? AND ticket != '' "
                f"AND ticket NOT IN ({marks})",
                (chat_id, *tickets),
            )
            self.db.execute(
                "DELETE FROM questions WHERE chat_id = ? AND message_id < "
                "(SELECT MAX(message_id) FROM questions WHERE chat_id = ?) - ?",
                (chat_id, chat_id, QUESTIONS_KEPT),
            )

    def question_for(self, chat_id: int, ticket: str) -> int | None:
        """The latest message that asked prank `ticket` (to reply to it with a reveal)."""
        row = self.db.execute(
            "SELECT MAX(message_id) FROM questions WHERE chat_id = ? AND ticket = ?",
            (chat_id, ticket),
        ).fetchone()
        return row[0] if row else None

    # -- networks -------------------------------------------------------------------------

    def save_network(
        self, chat_id: int, model: bytes, summary: dict, picture: bytes | None
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO networks (chat_id, model, summary, picture) VALUES (?, ?, ?, ?)",
            (chat_id, model, json.dumps(summary), picture),
        )

    def load_network(self, chat_id: int) -> tuple[bytes, dict, bytes | None] | None:
        """The chat's trained network (nn's own format), its summary and its picture."""
        row = self.db.execute(
            "SELECT model, summary, picture FROM networks WHERE chat_id = ?", (chat_id,)
        ).fetchone()
        return (row[0], json.loads(row[1]), row[2]) if row else None

    # -- inline plays ---------------------------------------------------------------------

    def play_state(self, play: str) -> str | None:
        """Where an inline prank message stands: a state id, "done", or None if never tapped."""
        row = self.db.execute("SELECT state FROM inline_plays WHERE play = ?", (play,)).fetchone()
        return row[0] if row else None

    def move_play(self, play: str, expected: str | None, state: str) -> bool:
        """Move a play from `expected` to `state`; False if it was not at `expected` (a
        repeated or stale tap), so two taps racing cannot both win."""
        if expected is None:
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO inline_plays (play, state) VALUES (?, ?)", (play, state)
            )
        else:
            cursor = self.db.execute(
                "UPDATE inline_plays SET state = ? WHERE play = ? AND state = ?",
                (state, play, expected),
            )
        return cursor.rowcount == 1

    # -- secrets --------------------------------------------------------------------------

    def secret(self, name: str) -> bytes:
        """A random 32-byte key kept in the database, made on first use: it survives restarts,
        is shared by every instance on the database, and derives from nothing guessable."""
        key = f"secret:{name}"
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                (key, secrets.token_hex(32)),
            )
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return bytes.fromhex(row[0])

    # -- updates --------------------------------------------------------------------------

    def last_update_id(self) -> int:
        """The highest update id handled so far (0 before the first)."""
        return max(self._handled(), default=0)

    def is_handled(self, update_id: int) -> bool:
        """Whether this update was handled before. Updates of different chats are handled
        at once and finish in any order, so each id is kept, not just the highest."""
        return update_id in self._handled()

    def mark_update(self, update_id: int) -> None:
        handled = self._handled()
        if update_id in handled:
            return
        self.db.execute(
            "INSERT OR IGNORE INTO handled_updates (update_id) VALUES (?)", (update_id,)
        )
        handled.add(update_id)
        if len(handled) > 2 * UPDATES_KEPT:  # keep the newest: redeliveries are recent
            floor = sorted(handled)[-UPDATES_KEPT]
            self.db.execute("DELETE FROM handled_updates WHERE update_id < ?", (floor,))
            self._handled_ids = {i for i in handled if i >= floor}

    def _handled(self) -> set[int]:
        if self._handled_ids is None:
            rows = self.db.execute("SELECT update_id FROM handled_updates").fetchall()
            self._handled_ids = {row[0] for row in rows}
        return self._handled_ids

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
