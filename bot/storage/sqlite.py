"""SQLite storage: one file, one bot process.

WAL mode; every write commits at once, so a bot killed at any moment loses at most the
message it was sending. The bot is the file's only writer (bot.single_instance sees to it),
so recent chat states are kept in memory. Uses only the standard library.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.conversation.state import ChatState
from bot.storage import schema
from bot.storage.interface import (
    LINK_COLUMNS,
    PRUNE_EVERY,
    QUESTIONS_KEPT,
    REVEAL_LEASE_SECONDS,
    UPDATES_KEPT_SECONDS,
    LinkRecord,
    RecentMarks,
    Storage,
    StorageError,
    decode_state,
    encode_state,
    link_record,
)

RECENT_CHATS = 10_000  # chat states kept in memory (a few hundred bytes each)
BUSY_SECONDS = 0.25  # how long to wait for a file another connection holds


class SqliteStorage(Storage):
    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        # The states last read or written, newest last: the bot is the database's only writer.
        self._recent: OrderedDict[int, ChatState] = OrderedDict()
        self._marks = 0
        self._marked = RecentMarks()
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(
                str(path),
                isolation_level=None,
                check_same_thread=False,
                # A brief retry when another connection holds the file (a backup, a look with
                # the sqlite3 shell), not Python's default 5 s: the bot's event loop waits
                # for it, and every other chat with it. Past it, a StorageError: the update
                # gets "Oops" and is not marked handled.
                timeout=BUSY_SECONDS,
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
            self._highest = self.last_update_id()
        except sqlite3.DatabaseError as error:
            raise StorageError(f"cannot use the database {path}: {error}") from None

    def _migrate(self) -> None:
        # PRAGMA user_version follows the version table, so that a bot older than the
        # version table refuses a file it does not understand.
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version <= schema.LATEST:
            self.db.execute(schema.VERSION_TABLE)
            row = self.db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else version
        if version > schema.LATEST:
            raise StorageError(
                f"{self.path} has schema version {version}; this bot knows {schema.LATEST}"
            )
        for step in range(version + 1, schema.LATEST + 1):
            with self._transaction():
                for statement in schema.statements(step, schema.SQLITE_TYPES):
                    self.db.execute(statement)
                if step == 2:
                    self._carry_into_version_2()
                self.db.execute("DELETE FROM schema_version")
                self.db.execute("INSERT INTO schema_version (version) VALUES (?)", (step,))
                self.db.execute(f"PRAGMA user_version = {step}")

    def _carry_into_version_2(self) -> None:
        chats = self.db.execute("SELECT chat_id, state FROM chats").fetchall()
        self.db.executemany(
            "INSERT INTO deadlines (chat_id, ticket, due) VALUES (?, ?, ?)",
            schema.legacy_deadlines(chats),
        )
        row = self.db.execute("SELECT value FROM meta WHERE key = 'last_update_id'").fetchone()
        self.db.executemany(
            "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)",
            schema.legacy_handled_updates(row[0] if row else None, time.time()),
        )
        self.db.execute("DELETE FROM meta WHERE key = 'last_update_id'")

    def close(self) -> None:
        self.db.close()

    def ping(self) -> None:
        try:
            self.db.execute("SELECT 1").fetchone()
        except sqlite3.Error as error:
            raise StorageError(f"the database {self.path} does not answer: {error}") from None

    # -- chats ----------------------------------------------------------------------------

    def load_chat(self, chat_id: int) -> ChatState:
        cached = self._recent.get(chat_id)
        if cached is not None:
            self._recent.move_to_end(chat_id)
            return cached
        row = self.db.execute("SELECT state FROM chats WHERE chat_id = ?", (chat_id,)).fetchone()
        state = decode_state(chat_id, row[0] if row else None)
        self._remember(chat_id, state)
        return state

    def _remember(self, chat_id: int, state: ChatState) -> None:
        self._recent[chat_id] = state
        self._recent.move_to_end(chat_id)
        if len(self._recent) > RECENT_CHATS:
            self._recent.popitem(last=False)

    def save_chat(self, chat_id: int, state: ChatState, update_id: int | None = None) -> None:
        text, data = encode_state(state)
        before = self._recent.get(chat_id)
        with self._transaction():
            self.db.execute(
                "INSERT INTO chats (chat_id, state) VALUES (?, ?) "
                "ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state",
                (chat_id, text),
            )
            self._store_deadlines(chat_id, before, state, schema.deadlines_of(data))
            if update_id is not None:
                self._mark(update_id)
        if update_id is not None:
            self._marked_for_good(update_id)
        self._remember(chat_id, state)

    def _store_deadlines(
        self,
        chat_id: int,
        before: ChatState | None,
        state: ChatState,
        deadlines: list[tuple[str, float]],
    ) -> None:
        """Make the chat's deadlines those of `state`. The cached state before it says what
        the table holds, so only the pranks that came, went or moved are written."""
        if before is None:
            tickets = [ticket for ticket, _ in deadlines]
            self.db.execute(
                f"DELETE FROM deadlines WHERE chat_id = ? "
                f"AND ticket NOT IN ({','.join('?' * len(tickets))})",
                (chat_id, *tickets),
            )
        else:
            self.db.executemany(
                "DELETE FROM deadlines WHERE chat_id = ? AND ticket = ?",
                [(chat_id, ticket) for ticket in before.pranks if ticket not in state.pranks],
            )
            old = before.pranks
            deadlines = [
                (ticket, due)
                for ticket, due in deadlines
                if ticket not in old or old[ticket].until != state.pranks[ticket].until
            ]
        self.db.executemany(
            "INSERT INTO deadlines (chat_id, ticket, due) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id, ticket) DO UPDATE SET due = excluded.due, lease_until = NULL "
            "WHERE deadlines.due <> excluded.due",
            [(chat_id, ticket, due) for ticket, due in deadlines],
        )

    def chats_with_pranks(self) -> Iterator[tuple[int, ChatState]]:
        rows = self.db.execute("SELECT DISTINCT chat_id FROM deadlines").fetchall()
        for (chat_id,) in rows:
            state = self.load_chat(chat_id)
            if state.pranks:
                yield chat_id, state

    # -- questions ------------------------------------------------------------------------

    def remember_question(self, chat_id: int, message_id: int, ticket: str) -> None:
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

    def move_chat(self, old: int, new: int) -> None:
        with self._transaction():
            for table in ("chats", "networks", "packs"):
                self.db.execute(
                    f"UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ?", (new, old)
                )
                self.db.execute(f"DELETE FROM {table} WHERE chat_id = ?", (old,))
            self.db.execute(
                "UPDATE OR IGNORE deadlines SET chat_id = ? WHERE chat_id = ?", (new, old)
            )
            self.db.execute("DELETE FROM deadlines WHERE chat_id = ?", (old,))
            self.db.execute("DELETE FROM questions WHERE chat_id = ?", (old,))
        self._recent.pop(old, None)
        self._recent.pop(new, None)

    def question_for(self, chat_id: int, ticket: str) -> int | None:
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
        row = self.db.execute(
            "SELECT model, summary, picture FROM networks WHERE chat_id = ?", (chat_id,)
        ).fetchone()
        return (row[0], json.loads(row[1]), row[2]) if row else None

    # -- inline plays ---------------------------------------------------------------------

    def play_state(self, play: str) -> str | None:
        row = self.db.execute("SELECT state FROM inline_plays WHERE play = ?", (play,)).fetchone()
        return row[0] if row else None

    def move_play(self, play: str, expected: str | None, state: str) -> bool:
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

    # -- prank links ----------------------------------------------------------------------

    def create_link(self, record: LinkRecord) -> None:
        self.db.execute(
            "INSERT INTO links (code, owner_id, owner_lang, routine, created) "
            "VALUES (?, ?, ?, ?, ?)",
            (record.code, record.owner_id, record.owner_lang, record.routine, record.created),
        )

    def get_link(self, code: str) -> LinkRecord | None:
        row = self.db.execute(f"SELECT {LINK_COLUMNS} FROM links WHERE code = ?", (code,))
        found = row.fetchone()
        return link_record(found) if found else None

    def count_link_play(self, code: str, max_plays: int) -> bool:
        cursor = self.db.execute(
            "UPDATE links SET plays = plays + 1 WHERE code = ? AND plays < ?", (code, max_plays)
        )
        return cursor.rowcount == 1

    def add_link_result(self, code: str, result: dict, keep: int) -> None:
        with self._transaction():
            row = self.db.execute("SELECT results FROM links WHERE code = ?", (code,)).fetchone()
            if row is not None:
                results = [*json.loads(row[0]), result][-keep:]
                self.db.execute(
                    "UPDATE links SET results = ? WHERE code = ?",
                    (json.dumps(results, ensure_ascii=False), code),
                )

    def links_of(self, owner_id: int, limit: int) -> list[LinkRecord]:
        rows = self.db.execute(
            f"SELECT {LINK_COLUMNS} FROM links WHERE owner_id = ? ORDER BY created DESC LIMIT ?",
            (owner_id, limit),
        )
        return [link_record(row) for row in rows.fetchall()]

    # -- authored routines (bot.storage.authored) -------------------------------------------

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    def _count(self, sql: str, params: tuple = ()) -> int:
        return self.db.execute(sql, params).rowcount

    # -- secrets --------------------------------------------------------------------------

    def secret(self, name: str) -> bytes:
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

    def seen_update(self, update_id: int) -> bool:
        if update_id > self._highest:  # the usual case, a new update: no need to ask
            return False
        row = self.db.execute(
            "SELECT 1 FROM handled_updates WHERE update_id = ?", (update_id,)
        ).fetchone()
        return row is not None

    def mark_update(self, update_id: int) -> None:
        if update_id in self._marked:  # marked already, with the state it changed
            return
        self._mark(update_id)
        self._marked_for_good(update_id)

    def _mark(self, update_id: int) -> None:
        now = time.time()
        self.db.execute(
            "INSERT OR IGNORE INTO handled_updates (update_id, handled_at) VALUES (?, ?)",
            (update_id, now),
        )
        self._marks += 1
        if self._marks % PRUNE_EVERY == 0:
            self.forget_old_updates(now)

    def _marked_for_good(self, update_id: int) -> None:
        """Remember a mark once it is committed (a rolled-back one must be made again)."""
        self._marked.add(update_id)
        self._highest = max(self._highest, update_id)

    def forget_old_updates(self, now: float) -> None:
        self.db.execute(
            "DELETE FROM handled_updates WHERE handled_at < ?", (now - UPDATES_KEPT_SECONDS,)
        )

    def last_update_id(self) -> int:
        row = self.db.execute("SELECT MAX(update_id) FROM handled_updates").fetchone()
        return row[0] or 0

    # -- instances side by side -----------------------------------------------------------

    def claim_reveals(
        self, now: float, chat_id: int | None = None, limit: int = 100
    ) -> list[tuple[int, str]]:
        # One process writes this file, and BEGIN IMMEDIATE makes the claim one step.
        with self._transaction():
            rows = self.db.execute(
                "UPDATE deadlines SET lease_until = ? WHERE rowid IN ("
                " SELECT rowid FROM deadlines WHERE due <= ?"
                " AND (lease_until IS NULL OR lease_until <= ?) AND (? IS NULL OR chat_id = ?)"
                " ORDER BY due LIMIT ?)"
                " RETURNING chat_id, ticket",
                (now + REVEAL_LEASE_SECONDS, now, now, chat_id, chat_id, limit),
            ).fetchall()
        return [(chat, ticket) for chat, ticket in rows]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
