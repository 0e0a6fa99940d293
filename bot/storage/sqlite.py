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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from bot.conversation.records import Record, Tally
from bot.conversation.state import ChatState
from bot.storage import schema
from bot.storage.interface import (
    LINK_COLUMNS,
    PRUNE_BUTTONS_EVERY,
    PRUNE_EVERY,
    QUESTIONS_KEPT,
    REVEAL_LEASE_SECONDS,
    TOUCH_EVERY,
    UPDATES_KEPT_SECONDS,
    Cutoffs,
    LinkRecord,
    RecentMarks,
    Storage,
    StorageError,
    decode_state,
    driver_error_kind,
    encode_state,
    link_record,
)

RECENT_CHATS = 10_000  # chat states kept in memory (a few hundred bytes each)
# How long one statement waits for another connection holding the file (a backup, the sqlite3
# shell), not Python's default 5 s: the bot's event loop waits for it, and every other chat
# with it. A busy file is tried again (interface.TRIES, under a second in all); past that the
# update is left for a later delivery (the webhook answers 503; polling handles it again).
BUSY_SECONDS = 0.2
# Pages the write-ahead log takes before SQLite copies it back into the file (a checkpoint,
# on the event loop's thread, at the commit that fills it): each checkpoint flushes the log and
# the file to disk, 4–40 ms on a busy disk, while every update waits. A turn writes ~10 pages,
# mostly the same few again, so a checkpoint every ~1,000 updates, not SQLite's ~100 (1,000
# pages), costs about as much each and a tenth as often; the log file grows to ~40 MB.
WAL_PAGES = 10_000
# What SQLite says when another connection holds the file: worth trying again later.
TRANSIENT = ("locked", "busy", "disk i/o error", "unable to open")


def _is_transient(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.OperationalError) and any(
        words in str(error).lower() for words in TRANSIENT
    )


class SqliteStorage(Storage):
    driver_errors = (sqlite3.Error,)

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        # The states last read or written, newest last: the bot is the database's only writer.
        self._recent: OrderedDict[int, ChatState] = OrderedDict()
        self._marks = 0
        self._marked = RecentMarks()
        self._bound = 0
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(
                str(path),
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_SECONDS,
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
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
        if version == schema.SWAPPED_VERSION and self._has_touched_but_no_people():
            with self._transaction():
                for statement in schema.statements(4, schema.SQLITE_TYPES):
                    self.db.execute(statement)
                self.db.execute("DELETE FROM schema_version")
                self.db.execute("INSERT INTO schema_version (version) VALUES (5)")
                self.db.execute("PRAGMA user_version = 5")
            version = 5
        for step in range(version + 1, schema.LATEST + 1):
            with self._transaction():
                for statement in schema.statements(step, schema.SQLITE_TYPES):
                    self.db.execute(statement)
                if step == 2:
                    self._carry_into_version_2()
                if step == 5:
                    for statement in schema.TOUCH_ALL:
                        self.db.execute(statement.format(now="?"), (time.time(),))
                self.db.execute("DELETE FROM schema_version")
                self.db.execute("INSERT INTO schema_version (version) VALUES (?)", (step,))
                self.db.execute(f"PRAGMA user_version = {step}")

    def _has_touched_but_no_people(self) -> bool:
        """A version 4 of prod2's numbering (schema.SWAPPED_VERSION)."""
        people = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'people'"
        ).fetchone()
        touched = self.db.execute(
            "SELECT 1 FROM pragma_table_info('chats') WHERE name = 'touched'"
        ).fetchone()
        return people is None and touched is not None

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

    def _storage_error(self, error: BaseException) -> StorageError:
        transient = isinstance(error, sqlite3.Error) and _is_transient(error)
        kind = driver_error_kind(error)
        return StorageError(f"the database {self.path} failed: {error}", transient, kind)

    def close(self) -> None:
        self.db.close()

    def ping(self) -> None:
        try:
            self.db.execute("SELECT 1").fetchone()
        except sqlite3.Error as error:
            raise StorageError(
                f"the database {self.path} does not answer: {error}", _is_transient(error)
            ) from None

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

    def save_chat(
        self,
        chat_id: int,
        state: ChatState,
        update_id: int | None = None,
        tallies: Sequence[Tally] = (),
    ) -> None:
        text, data = encode_state(state)
        before = self._recent.get(chat_id)
        with self._transaction():
            self.db.execute(
                "INSERT INTO chats (chat_id, state, touched) VALUES (?, ?, ?) "
                "ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, "
                "touched = excluded.touched",
                (chat_id, text, time.time()),
            )
            self._store_deadlines(chat_id, before, state, schema.deadlines_of(data))
            if tallies:
                self.db.executemany(
                    schema.RECORD_UPSERT.format(p="?", greatest="MAX"),
                    schema.record_rows(tallies),
                )
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
            gone = [(chat_id, ticket) for ticket in before.pranks if ticket not in state.pranks]
            if gone:
                self.db.executemany("DELETE FROM deadlines WHERE chat_id = ? AND ticket = ?", gone)
            old = before.pranks
            deadlines = [
                (ticket, due)
                for ticket, due in deadlines
                if ticket not in old or old[ticket].until != state.pranks[ticket].until
            ]
            if not deadlines:
                return
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

    # -- people ---------------------------------------------------------------------------

    def load_record(self, user_id: int) -> Record:
        row = self.db.execute(
            "SELECT pulled, fell, saw_through, streak, best FROM people WHERE user_id = ?",
            (user_id,),
        ).fetchone()
        return Record(*row) if row else Record()

    # -- buttons under the bot's messages -------------------------------------------------

    def buttons_bound(
        self, token: str, chat_id: int, message_id: int, now: float, use: bool
    ) -> bool:
        where = "FROM buttons WHERE token = ? AND chat_id = ? AND message_id = ? AND expires > ?"
        sql = f"DELETE {where} RETURNING token" if use else f"SELECT token {where}"
        return self.db.execute(sql, (token, chat_id, message_id, now)).fetchone() is not None

    # -- questions ------------------------------------------------------------------------

    def note_sent(
        self,
        buttons: Sequence[tuple[str, int, int, float]] = (),
        questions: Sequence[tuple[int, int, str]] = (),
        forget: tuple[int, Iterable[str]] | None = None,
    ) -> None:
        if not buttons and not questions and forget is None:
            return
        with self._transaction():
            if buttons:
                self.db.executemany(
                    "INSERT OR REPLACE INTO buttons (token, chat_id, message_id, expires) "
                    "VALUES (?, ?, ?, ?)",
                    buttons,
                )
                before, self._bound = self._bound, self._bound + len(buttons)
                if before // PRUNE_BUTTONS_EVERY != self._bound // PRUNE_BUTTONS_EVERY:
                    self.db.execute("DELETE FROM buttons WHERE expires < ?", (time.time(),))
            if questions:
                self.db.executemany(
                    "INSERT OR REPLACE INTO questions (chat_id, message_id, ticket) "
                    "VALUES (?, ?, ?)",
                    questions,
                )
            if forget is not None:
                self._forget_questions(*forget)

    def ticket_for(self, chat_id: int, message_id: int) -> str | None:
        row = self.db.execute(
            "SELECT ticket FROM questions WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        ).fetchone()
        return row[0] if row else None

    def _forget_questions(self, chat_id: int, keep: Iterable[str]) -> None:
        tickets = list(keep)
        marks = ",".join("?" * len(tickets))
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
        if old == new:
            return
        with self._transaction():
            # What the new chat has already stays (Turns.migrate merged the states first).
            for table in ("chats", "networks", "deadlines", "packs"):
                self.db.execute(
                    f"UPDATE {table} SET chat_id = ? WHERE chat_id = ? AND NOT EXISTS "
                    f"(SELECT 1 FROM {table} WHERE chat_id = ?)",
                    (new, old, new),
                )
                self.db.execute(f"DELETE FROM {table} WHERE chat_id = ?", (old,))
            self.db.execute("DELETE FROM questions WHERE chat_id = ?", (old,))
        self._authored_changed()  # the group's pack moved with it
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
            "INSERT OR REPLACE INTO networks (chat_id, model, summary, picture, touched) "
            "VALUES (?, ?, ?, ?, ?)",
            (chat_id, model, json.dumps(summary), picture, time.time()),
        )

    def load_network(self, chat_id: int) -> tuple[bytes, dict, bytes | None] | None:
        row = self.db.execute(
            "SELECT model, summary, picture FROM networks WHERE chat_id = ?", (chat_id,)
        ).fetchone()
        if row:  # used: kept (written at most once a day)
            now = time.time()
            self.db.execute(
                "UPDATE networks SET touched = ? WHERE chat_id = ? AND touched < ?",
                (now, chat_id, now - TOUCH_EVERY),
            )
        return (row[0], json.loads(row[1]), row[2]) if row else None

    # -- inline plays ---------------------------------------------------------------------

    def play_state(self, play: str) -> str | None:
        row = self.db.execute("SELECT state FROM inline_plays WHERE play = ?", (play,)).fetchone()
        return row[0] if row else None

    def move_play(self, play: str, expected: str | None, state: str) -> bool:
        if expected is None:
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO inline_plays (play, state, touched) VALUES (?, ?, ?)",
                (play, state, time.time()),
            )
        else:
            cursor = self.db.execute(
                "UPDATE inline_plays SET state = ?, touched = ? WHERE play = ? AND state = ?",
                (state, time.time(), play, expected),
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

    def uncount_link_play(self, code: str) -> None:
        self.db.execute("UPDATE links SET plays = plays - 1 WHERE code = ? AND plays > 0", (code,))

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

    def count_links(self, owner_id: int, since: float) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM links WHERE owner_id = ? AND created >= ?", (owner_id, since)
        ).fetchone()
        return int(row[0])

    # -- retention ------------------------------------------------------------------------

    def prune(self, cutoffs: Cutoffs) -> dict[str, int]:
        gone = {}
        with self._transaction():
            gone["links"] = self.db.execute(
                "DELETE FROM links WHERE created < ?", (cutoffs.links,)
            ).rowcount
            gone["inline_plays"] = self.db.execute(
                "DELETE FROM inline_plays WHERE touched < ?", (cutoffs.plays,)
            ).rowcount
            gone["networks"] = self.db.execute(
                "DELETE FROM networks WHERE touched < ?", (cutoffs.networks,)
            ).rowcount
            idle = [
                chat_id
                for (chat_id,) in self.db.execute(
                    "SELECT chat_id FROM chats WHERE touched < ? AND state NOT LIKE ? "
                    "AND NOT EXISTS (SELECT 1 FROM deadlines WHERE deadlines.chat_id = chats.chat_id)"
                    " AND NOT EXISTS (SELECT 1 FROM networks WHERE networks.chat_id = chats.chat_id)",
                    (cutoffs.chats, schema.HAS_SCORES),
                ).fetchall()
            ]
            self.db.executemany("DELETE FROM chats WHERE chat_id = ?", [(c,) for c in idle])
            self.db.executemany("DELETE FROM questions WHERE chat_id = ?", [(c,) for c in idle])
            gone["chats"] = len(idle)
        for chat_id in idle:
            self._recent.pop(chat_id, None)
        return gone

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
            with suppress(sqlite3.Error):  # SQLite rolled it back already (a busy COMMIT, say)
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
