"""PostgreSQL storage: one database, any number of bot instances (psycopg 3, pooled).

Nothing is cached: another instance may have changed a chat a moment ago, so its state is
read afresh, under the chat's lock, every time. The locks are PostgreSQL advisory locks held
on connections of their own (a second pool), so they outlive the transactions of the
update they guard and vanish with the connection of an instance that dies. The statements
are short and run on the event loop's thread; only waiting for a lock runs beside it, in a
thread (a lock that is free is taken at once, on the loop: a thread's round trip cost more
CPU than the statement). Once the lock is held, the chat's state and whether the update was
handled are read on its connection, for the update's first two questions.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from bot.conversation.records import Record, Tally
from bot.conversation.state import ChatState
from bot.storage import schema
from bot.storage.authored import CHANGED_KEY
from bot.storage.interface import (
    LINK_COLUMNS,
    PRUNE_BUTTONS_EVERY,
    PRUNE_EVERY,
    QUESTIONS_KEPT,
    REVEAL_LEASE_SECONDS,
    TOUCH_EVERY,
    UPDATES_KEPT_SECONDS,
    WHILE_LOCKED_OUT,
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

DATA_CONNECTIONS = 4  # statements are short and run on one thread: a few connections suffice
LOCK_CONNECTIONS = 32  # chats handled at once, each holding its lock on a connection
# Of them, the turns groups may hold at once; the rest are private chats' and updates of no
# chat. A chat's lock is taken before the ordering's working slot (bot/telegram/webhook.py),
# so groups waiting for their slots (held up by Telegram's budget, a 429) held every turn,
# and a private /help waited for them, its slots of its own (bot/telegram/ordering.py) idle.
GROUP_LOCK_TURNS = LOCK_CONNECTIONS // 2
CONNECT_SECONDS = 10
# How long a statement waits for a pooled connection (the pool reconnects in the background
# after the server restarted): statements run on the event loop's thread, so briefly.
POOL_WAIT = 0.25
PING_SECONDS = 2
LOCK_WAIT = "30s"  # a lock not granted by then fails the update, which Telegram redelivers
# How long an update waits for its turn at a lock connection (the pool's own wait, before).
LOCK_TURN_SECONDS = 30.0
# How long the event loop waits for an idle lock connection before a thread takes over.
IDLE_LOCK_WAIT = 0.001
# Advisory lock keys: a chat's is its id (bigint space); the rest use the (int, int) space,
# which PostgreSQL keeps apart from the bigint one.
UPDATE_LOCKS = 1
SCHEMA_LOCK = (2, 0)

Errors = (psycopg.Error, PoolTimeout)


def is_transient(error: BaseException) -> bool:
    """Whether trying again later may succeed: a connection lost or refused, a server shutting
    down or restarting, a lock or a pool wait that timed out, a serialization failure. An
    integrity or syntax error fails the same way every time."""
    return isinstance(error, psycopg.OperationalError | PoolTimeout)


def describe(url: str) -> str:
    """The URL without its user and password, fit for a log line."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.Error:
        return "postgresql://?"
    return (
        f"postgresql://{parts.get('host', '')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"
    )


def _without_password(text: str, url: str) -> str:
    """The server's or the driver's words, with the URL's password (as written, or decoded)
    masked, should they ever quote it."""
    try:
        password = str(conninfo_to_dict(url).get("password") or "")
    except psycopg.Error:
        return "(not repeated: it may quote the URL)"
    for form in sorted({password, *_written_passwords(url)}, key=len, reverse=True):
        if form:
            text = text.replace(form, "<password>")
    return text


def _written_passwords(url: str) -> set[str]:
    userinfo = url.partition("://")[2].partition("/")[0].rpartition("@")[0]
    return {userinfo.partition(":")[2]} if ":" in userinfo else set()


class PostgresStorage(Storage):
    driver_errors = Errors

    def __init__(self, url: str) -> None:
        super().__init__()
        self.where = describe(url)
        self._marks = 0
        self._marked = RecentMarks()
        self._bound = 0
        # Read under a chat's lock as it was taken (`chat_lock` with an update id), each
        # answered once, and dropped when the lock is let go: chat → state, update → seen.
        self._states_ahead: dict[int, ChatState] = {}
        self._seen_ahead: dict[int, bool] = {}
        # ... and the authored tables' mark (`authored_version`), asked for while it is held.
        self._versions_ahead: dict[int, str | None] = {}
        settings: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_SECONDS}
        try:
            conninfo_to_dict(url)
        except psycopg.Error:
            # libpq's words about a URL it cannot read quote the URL, password and all.
            raise StorageError(
                "the database URL is not readable (a % not written %25 or %XX, an IPv6 host "
                "without its [ ], a parameter libpq does not know); it is not repeated here, "
                "for it holds the password"
            ) from None
        try:
            # One plain connection first: a server that is down or a wrong password fails
            # here at once, with the server's own words, and the schema is brought up to date.
            with psycopg.connect(url, **settings) as db:
                self._migrate(db)
        except Errors as error:
            said = " ".join(_without_password(str(error), url).split())  # libpq's: 2 lines
            raise StorageError(f"cannot use the database {self.where}: {said}") from None
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=DATA_CONNECTIONS,
            kwargs=settings,
            timeout=POOL_WAIT,
            open=True,
        )
        # No `reset`: the pool would send every connection coming back through its worker
        # thread (a hand-off per update). A lock connection comes back holding no lock instead:
        # let go on the normal path (`_let_go`), closed on a path where one may be held.
        self._lock_pool = ConnectionPool(
            url,
            min_size=0,
            max_size=LOCK_CONNECTIONS,
            kwargs={**settings, "options": f"-c lock_timeout={LOCK_WAIT}"},
            open=True,
        )
        self._turns_loop: asyncio.AbstractEventLoop | None = None
        self._turns = self._new_turns()
        self._lock_waiters = ThreadPoolExecutor(LOCK_CONNECTIONS, thread_name_prefix="pg-lock")

    def _migrate(self, db: psycopg.Connection) -> None:
        with db.transaction():
            # Instances starting together: one upgrades, the others wait and find it done.
            db.execute("SELECT pg_advisory_xact_lock(%s, %s)", SCHEMA_LOCK)
            db.execute(schema.VERSION_TABLE)
            row = db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if version > schema.LATEST:
                raise StorageError(
                    f"{self.where} has schema version {version}; this bot knows {schema.LATEST}"
                )
            if version == schema.SWAPPED_VERSION and self._has_touched_but_no_people(db):
                for statement in schema.statements(4, schema.POSTGRES_TYPES):
                    db.execute(statement)
                db.execute("DELETE FROM schema_version")
                db.execute("INSERT INTO schema_version (version) VALUES (5)")
                version = 5
            for step in range(version + 1, schema.LATEST + 1):
                for statement in schema.statements(step, schema.POSTGRES_TYPES):
                    db.execute(statement)
                if step == 2:
                    self._carry_into_version_2(db)
                if step == 5:
                    for statement in schema.TOUCH_ALL:
                        db.execute(statement.format(now="%s"), (time.time(),))
                db.execute("DELETE FROM schema_version")
                db.execute("INSERT INTO schema_version (version) VALUES (%s)", (step,))

    @staticmethod
    def _has_touched_but_no_people(db: psycopg.Connection) -> bool:
        """A version 4 of prod2's numbering (schema.SWAPPED_VERSION)."""
        row = db.execute(
            "SELECT to_regclass('people') IS NULL AND EXISTS (SELECT 1 FROM"
            " information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = 'chats' AND column_name = 'touched')"
        ).fetchone()
        return bool(row and row[0])

    def _carry_into_version_2(self, db: psycopg.Connection) -> None:
        chats = db.execute("SELECT chat_id, state FROM chats").fetchall()
        with db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO deadlines (chat_id, ticket, due) VALUES (%s, %s, %s)",
                schema.legacy_deadlines(chats),
            )
            row = db.execute("SELECT value FROM meta WHERE key = 'last_update_id'").fetchone()
            cursor.executemany(
                "INSERT INTO handled_updates (update_id, handled_at) VALUES (%s, %s)",
                schema.legacy_handled_updates(row[0] if row else None, time.time()),
            )
        db.execute("DELETE FROM meta WHERE key = 'last_update_id'")

    def _storage_error(self, error: BaseException) -> StorageError:
        return StorageError(
            f"the database {self.where} failed: {error}",
            is_transient(error),
            driver_error_kind(error),
        )

    def close(self) -> None:
        self._lock_waiters.shutdown(wait=False, cancel_futures=True)
        self._lock_pool.close()
        self._pool.close()

    def ping(self) -> None:
        try:
            self._pool.check()  # drop the connections the server closed since their last use
            with self._pool.connection(timeout=PING_SECONDS) as db:
                db.execute("SELECT 1").fetchone()
        except Errors as error:
            raise StorageError(
                f"the database {self.where} does not answer: {error}", True
            ) from None

    # -- statements -----------------------------------------------------------------------

    @contextmanager
    def _connection(self, transaction: bool = False) -> Iterator[psycopg.Connection]:
        """A pooled connection, in a transaction if asked; database errors as StorageError."""
        try:
            with self._pool.connection() as db:
                if transaction:
                    with db.transaction():
                        yield db
                else:
                    yield db
        except Errors as error:
            if isinstance(error, psycopg.OperationalError):
                # The server restarted or went away: the pooled connections it closed would
                # each fail once more; drop them now, so the next statement gets a live one.
                self._pool.check()
            raise self._storage_error(error) from error

    def _one(self, sql: str, params: Any = ()) -> tuple | None:
        with self._connection() as db:
            return db.execute(sql, params).fetchone()

    def _all(self, sql: str, params: Any = ()) -> list[tuple]:
        with self._connection() as db:
            return db.execute(sql, params).fetchall()

    def _run(self, sql: str, params: Any = ()) -> int:
        with self._connection() as db:
            return db.execute(sql, params).rowcount

    # -- chats ----------------------------------------------------------------------------

    def load_chat(self, chat_id: int) -> ChatState:
        if chat_id in self._states_ahead:  # read when its lock was taken, and still so
            return self._states_ahead.pop(chat_id)
        return self._stored_chat(chat_id)

    def chosen_language(self, chat_id: int) -> str | None:
        # Not load_chat: a turn holding that chat's lock may have its state read ahead, which
        # load_chat would take from it (answered once) and leave it a round trip to make again.
        ahead = self._states_ahead.get(chat_id)
        return (ahead if ahead is not None else self._stored_chat(chat_id)).lang

    def _stored_chat(self, chat_id: int) -> ChatState:
        row = self._one("SELECT state FROM chats WHERE chat_id = %s", (chat_id,))
        return decode_state(chat_id, row[0] if row else None)

    def save_chat(
        self,
        chat_id: int,
        state: ChatState,
        update_id: int | None = None,
        tallies: Sequence[Tally] = (),
    ) -> None:
        # One statement, so one round trip and no BEGIN/COMMIT: the state, its deadlines and
        # the update's mark change together or not at all (the rows the DELETE and the upsert
        # touch are disjoint, so one snapshot serves both). A prank's ending also moves people's
        # records: then one transaction holds both.
        self._states_ahead.pop(chat_id, None)  # read before this save: stale from now on
        text, data = encode_state(state)
        deadlines = schema.deadlines_of(data)
        with self._connection(transaction=bool(tallies)) as db:
            db.execute(SAVE_CHAT, {
                "chat": chat_id,
                "state": text,
                "tickets": [ticket for ticket, _ in deadlines],
                "dues": [due for _, due in deadlines],
                "update": update_id,
                "now": time.time(),
            })  # fmt: skip
            if tallies:
                with db.cursor() as cursor:
                    cursor.executemany(
                        schema.RECORD_UPSERT.format(p="%s", greatest="GREATEST"),
                        schema.record_rows(tallies),
                    )
            if update_id is not None:
                self._marks += 1
                if self._marks % PRUNE_EVERY == 0:
                    self._forget_old_updates(db, time.time())
        if update_id is not None:
            self._marked.add(update_id)  # committed: a rolled-back mark must be made again

    def chats_with_pranks(self) -> Iterator[tuple[int, ChatState]]:
        for (chat_id,) in self._all("SELECT DISTINCT chat_id FROM deadlines"):
            state = self.load_chat(chat_id)
            if state.pranks:
                yield chat_id, state

    # -- people ---------------------------------------------------------------------------

    def load_record(self, user_id: int) -> Record:
        row = self._one(
            "SELECT pulled, fell, saw_through, streak, best FROM people WHERE user_id = %s",
            (user_id,),
        )
        return Record(*row) if row else Record()

    # -- buttons under the bot's messages -------------------------------------------------

    def buttons_bound(
        self, token: str, chat_id: int, message_id: int, now: float, use: bool
    ) -> bool:
        where = (
            "FROM buttons WHERE token = %s AND chat_id = %s AND message_id = %s AND expires > %s"
        )
        sql = f"DELETE {where} RETURNING token" if use else f"SELECT token {where}"
        return self._one(sql, (token, chat_id, message_id, now)) is not None

    # -- questions ------------------------------------------------------------------------

    def note_sent(
        self,
        buttons: Sequence[tuple[str, int, int, float]] = (),
        questions: Sequence[tuple[int, int, str]] = (),
        forget: tuple[int, Iterable[str]] | None = None,
    ) -> None:
        if not buttons and not questions and forget is None:
            return
        chat, keep = (forget[0], list(forget[1])) if forget is not None else (None, [])
        # One statement, so one round trip: what a forgetting would do to a question noted
        # in the same call (asking an ended prank) is done before it is written.
        tickets = ["" if c == chat and t and t not in keep else t for c, _, t in questions]
        self._run(NOTE_SENT, {
            "tokens": [b[0] for b in buttons],
            "button_chats": [b[1] for b in buttons],
            "button_messages": [b[2] for b in buttons],
            "expires": [b[3] for b in buttons],
            "question_chats": [q[0] for q in questions],
            "question_messages": [q[1] for q in questions],
            "tickets": tickets,
            "chat": chat,
            "keep": keep,
            "kept": QUESTIONS_KEPT,
        })  # fmt: skip
        before, self._bound = self._bound, self._bound + len(buttons)
        if before // PRUNE_BUTTONS_EVERY != self._bound // PRUNE_BUTTONS_EVERY:
            self._run("DELETE FROM buttons WHERE expires < %s", (time.time(),))

    def ticket_for(self, chat_id: int, message_id: int) -> str | None:
        row = self._one(
            "SELECT ticket FROM questions WHERE chat_id = %s AND message_id = %s",
            (chat_id, message_id),
        )
        return row[0] if row else None

    def move_chat(self, old: int, new: int) -> None:
        if old == new:
            return
        self._states_ahead.pop(old, None)
        self._states_ahead.pop(new, None)
        with self._connection(transaction=True) as db:
            for table in ("chats", "networks", "deadlines", "packs"):
                db.execute(
                    f"UPDATE {table} SET chat_id = %s WHERE chat_id = %s AND NOT EXISTS "
                    f"(SELECT 1 FROM {table} WHERE chat_id = %s)",
                    (new, old, new),
                )
                db.execute(f"DELETE FROM {table} WHERE chat_id = %s", (old,))
            db.execute("DELETE FROM questions WHERE chat_id = %s", (old,))
        self._authored_changed()  # the group's pack moved with it

    def question_for(self, chat_id: int, ticket: str) -> int | None:
        row = self._one(
            "SELECT max(message_id) FROM questions WHERE chat_id = %s AND ticket = %s",
            (chat_id, ticket),
        )
        return row[0] if row else None

    # -- networks -------------------------------------------------------------------------

    def save_network(
        self, chat_id: int, model: bytes, summary: dict, picture: bytes | None
    ) -> None:
        self._run(
            "INSERT INTO networks (chat_id, model, summary, picture, touched) "
            "VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (chat_id) DO UPDATE SET model = excluded.model, "
            "summary = excluded.summary, picture = excluded.picture, touched = excluded.touched",
            (chat_id, model, json.dumps(summary), picture, time.time()),
        )

    def load_network(self, chat_id: int) -> tuple[bytes, dict, bytes | None] | None:
        row = self._one(
            "SELECT model, summary, picture FROM networks WHERE chat_id = %s", (chat_id,)
        )
        if row:  # used: kept (written at most once a day)
            now = time.time()
            self._run(
                "UPDATE networks SET touched = %s WHERE chat_id = %s AND touched < %s",
                (now, chat_id, now - TOUCH_EVERY),
            )
        return (bytes(row[0]), json.loads(row[1]), _bytes(row[2])) if row else None

    # -- prank links ----------------------------------------------------------------------

    def create_link(self, record: LinkRecord) -> None:
        self._run(
            "INSERT INTO links (code, owner_id, owner_lang, routine, created) "
            "VALUES (%s, %s, %s, %s, %s)",
            (record.code, record.owner_id, record.owner_lang, record.routine, record.created),
        )

    def get_link(self, code: str) -> LinkRecord | None:
        row = self._one(f"SELECT {LINK_COLUMNS} FROM links WHERE code = %s", (code,))
        return link_record(row) if row else None

    def count_link_play(self, code: str, max_plays: int) -> bool:
        counted = self._run(
            "UPDATE links SET plays = plays + 1 WHERE code = %s AND plays < %s", (code, max_plays)
        )
        return counted == 1

    def uncount_link_play(self, code: str) -> None:
        self._run("UPDATE links SET plays = plays - 1 WHERE code = %s AND plays > 0", (code,))

    def add_link_result(self, code: str, result: dict, keep: int) -> None:
        with self._connection(transaction=True) as db:
            row = db.execute("SELECT results FROM links WHERE code = %s FOR UPDATE", (code,))
            found = row.fetchone()
            if found is not None:
                results = [*json.loads(found[0]), result][-keep:]
                db.execute(
                    "UPDATE links SET results = %s WHERE code = %s",
                    (json.dumps(results, ensure_ascii=False), code),
                )

    def links_of(self, owner_id: int, limit: int) -> list[LinkRecord]:
        rows = self._all(
            f"SELECT {LINK_COLUMNS} FROM links WHERE owner_id = %s ORDER BY created DESC LIMIT %s",
            (owner_id, limit),
        )
        return [link_record(row) for row in rows]

    def count_links(self, owner_id: int, since: float) -> int:
        row = self._one(
            "SELECT count(*) FROM links WHERE owner_id = %s AND created >= %s", (owner_id, since)
        )
        return row[0] if row else 0

    # -- retention ------------------------------------------------------------------------

    def prune(self, cutoffs: Cutoffs) -> dict[str, int]:
        gone = {}
        with self._connection(transaction=True) as db:
            gone["links"] = db.execute(
                "DELETE FROM links WHERE created < %s", (cutoffs.links,)
            ).rowcount
            gone["inline_plays"] = db.execute(
                "DELETE FROM inline_plays WHERE touched < %s", (cutoffs.plays,)
            ).rowcount
            gone["networks"] = db.execute(
                "DELETE FROM networks WHERE touched < %s", (cutoffs.networks,)
            ).rowcount
            # Under each chat's lock would be exact; FOR UPDATE SKIP LOCKED and the
            # conditions re-checked in the DELETE leave alone a chat that changes meanwhile.
            idle = db.execute(
                "DELETE FROM chats WHERE chat_id IN (SELECT chat_id FROM chats"
                " WHERE touched < %(before)s AND state NOT LIKE %(scores)s"
                " AND NOT EXISTS (SELECT 1 FROM deadlines WHERE deadlines.chat_id = chats.chat_id)"
                " AND NOT EXISTS (SELECT 1 FROM networks WHERE networks.chat_id = chats.chat_id)"
                " FOR UPDATE SKIP LOCKED) AND touched < %(before)s RETURNING chat_id",
                {"before": cutoffs.chats, "scores": schema.HAS_SCORES},
            ).fetchall()
            db.execute(
                "DELETE FROM questions WHERE chat_id = ANY(%s)", ([chat for (chat,) in idle],)
            )
            gone["chats"] = len(idle)
        return gone

    # -- inline plays ---------------------------------------------------------------------

    def play_state(self, play: str) -> str | None:
        row = self._one("SELECT state FROM inline_plays WHERE play = %s", (play,))
        return row[0] if row else None

    def move_play(self, play: str, expected: str | None, state: str) -> bool:
        if expected is None:
            moved = self._run(
                "INSERT INTO inline_plays (play, state, touched) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING",
                (play, state, time.time()),
            )
        else:
            moved = self._run(
                "UPDATE inline_plays SET state = %s, touched = %s WHERE play = %s AND state = %s",
                (state, time.time(), play, expected),
            )
        return moved == 1

    # -- authored routines (bot.storage.authored) -------------------------------------------

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._connection() as db:
            cursor = db.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description is not None else []

    def _count(self, sql: str, params: tuple = ()) -> int:
        return self._run(sql.replace("?", "%s"), params)

    def authored_version(self, chat_id: int | None = None) -> str | None:
        if chat_id in self._versions_ahead:  # read as the chat's lock was taken
            return self._versions_ahead[chat_id]
        return super().authored_version(chat_id)

    def _authored_changed(self) -> None:
        super()._authored_changed()
        # What the locks held now read is older than this write: asked again from here on.
        self._versions_ahead.clear()

    # -- secrets --------------------------------------------------------------------------

    def secret(self, name: str) -> bytes:
        key = f"secret:{name}"
        row = self._one("SELECT value FROM meta WHERE key = %s", (key,))
        if row is None:
            self._run(
                "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (key, secrets.token_hex(32)),
            )
            row = self._one("SELECT value FROM meta WHERE key = %s", (key,))
            assert row is not None  # inserted just now, by this instance or another
        return bytes.fromhex(row[0])

    # -- updates --------------------------------------------------------------------------

    def seen_update(self, update_id: int) -> bool:
        seen = self._seen_ahead.pop(update_id, None)  # read when its chat's lock was taken
        if seen is not None:
            return seen
        return (
            self._one("SELECT 1 FROM handled_updates WHERE update_id = %s", (update_id,))
            is not None
        )

    def mark_update(self, update_id: int) -> None:
        if update_id in self._marked:  # marked by this instance, with the state it changed
            return
        with self._connection() as db:
            self._mark(db, update_id)
        self._marked.add(update_id)

    def _mark(self, db: psycopg.Connection, update_id: int) -> None:
        now = time.time()
        db.execute(
            "INSERT INTO handled_updates (update_id, handled_at) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING",
            (update_id, now),
        )
        self._marks += 1
        if self._marks % PRUNE_EVERY == 0:
            self._forget_old_updates(db, now)

    def forget_old_updates(self, now: float) -> None:
        with self._connection() as db:
            self._forget_old_updates(db, now)

    def _forget_old_updates(self, db: psycopg.Connection, now: float) -> None:
        db.execute(
            "DELETE FROM handled_updates WHERE handled_at < %s", (now - UPDATES_KEPT_SECONDS,)
        )

    def last_update_id(self) -> int:
        row = self._one("SELECT max(update_id) FROM handled_updates")
        assert row is not None  # an aggregate without GROUP BY always gives one row
        return row[0] or 0

    # -- instances side by side -----------------------------------------------------------

    def claim_reveals(
        self, now: float, chat_id: int | None = None, limit: int = 100
    ) -> list[tuple[int, str]]:
        # SKIP LOCKED: deadlines another instance is claiming this very moment are its own;
        # this one takes the next ones instead of queueing behind it.
        return self._all(
            "UPDATE deadlines SET lease_until = %(lease)s WHERE (chat_id, ticket) IN ("
            " SELECT chat_id, ticket FROM deadlines WHERE due <= %(now)s"
            " AND (lease_until IS NULL OR lease_until <= %(now)s)"
            " AND (%(chat)s::bigint IS NULL OR chat_id = %(chat)s)"
            " ORDER BY due LIMIT %(limit)s FOR UPDATE SKIP LOCKED)"
            " RETURNING chat_id, ticket",
            {"lease": now + REVEAL_LEASE_SECONDS, "now": now, "chat": chat_id, "limit": limit},
        )

    @asynccontextmanager
    async def _shared_lock(
        self, key: tuple[str, int], update_id: int | None
    ) -> AsyncIterator[None]:
        # More chats at once than lock connections: the rest wait here, on the loop, rather
        # than each in a thread for the pool (a thread's hand-offs cost more CPU than the lock
        # statements), and find an idle connection, taken at once, when their turn comes. Only
        # a throttle: the pool still bounds the connections (a turn given back while a thread
        # still waits for its lock sends the next one to a thread, as before).
        turns = self._lock_turns(key)
        if turns.locked():
            try:
                async with asyncio.timeout(LOCK_TURN_SECONDS):
                    await turns.acquire()
            except TimeoutError:
                raise StorageError(
                    f"cannot lock {key[0]} {key[1]} in {self.where}: no lock connection came"
                    f" free in {LOCK_TURN_SECONDS:.0f} s",
                    True,
                ) from None
        else:
            await turns.acquire()  # free: taken without yielding
        try:
            async with self._held_lock(key, update_id):
                yield
        finally:
            turns.release()

    def _lock_turns(self, key: tuple[str, int]) -> asyncio.Semaphore:
        """The turns `key` waits for: a group's (a chat of a negative id) apart from the rest."""
        loop = asyncio.get_running_loop()
        if self._turns_loop is not loop:  # a storage used by one loop, then another (tests)
            self._turns_loop, self._turns = loop, self._new_turns()
        groups, others = self._turns
        return groups if key[0] == "chat" and key[1] < 0 else others

    @staticmethod
    def _new_turns() -> tuple[asyncio.Semaphore, asyncio.Semaphore]:
        return (
            asyncio.Semaphore(GROUP_LOCK_TURNS),
            asyncio.Semaphore(LOCK_CONNECTIONS - GROUP_LOCK_TURNS),
        )

    @asynccontextmanager
    async def _held_lock(self, key: tuple[str, int], update_id: int | None) -> AsyncIterator[None]:
        kind, number = key
        arguments: tuple[Any, ...] = (
            (number,) if kind == "chat" else (UPDATE_LOCKS, number & 0x7FFFFFFF)
        )
        marks = ", ".join(["%s"] * len(arguments))
        lock = f"SELECT pg_advisory_lock({marks})"
        unlock = f"SELECT pg_advisory_unlock({marks})"
        ahead = (number, update_id) if kind == "chat" and update_id is not None else None
        try:
            # Mostly the lock is free: taken at once, without a thread to wait in.
            taken = self._take_if_free(
                f"SELECT pg_try_advisory_lock({marks})", unlock, arguments, ahead
            )
        except Errors as error:
            raise StorageError(
                f"cannot lock {kind} {number} in {self.where}: {error}", is_transient(error)
            ) from None
        if taken is None:
            loop = asyncio.get_running_loop()
            waiting = loop.run_in_executor(
                self._lock_waiters, self._acquire, lock, unlock, arguments, ahead
            )
            try:
                async with WHILE_LOCKED_OUT.get()():  # another instance holds it
                    taken = await asyncio.shield(waiting)
            except asyncio.CancelledError:
                # The wait goes on in its thread: whatever it gets is handed straight back.
                waiting.add_done_callback(
                    lambda done: self._let_go_abandoned(done, unlock, arguments)
                )
                raise
            except Errors as error:
                raise StorageError(
                    f"cannot lock {kind} {number} in {self.where}: {error}", is_transient(error)
                ) from None
        db, row = taken
        try:  # from here the lock is held: whatever fails, it is let go
            if ahead is not None and row is not None:
                self._states_ahead[number] = decode_state(number, row[0])
                self._seen_ahead[ahead[1]] = bool(row[1])
                self._versions_ahead[number] = row[2]
            yield
        finally:
            if ahead is not None:
                self._states_ahead.pop(number, None)
                self._seen_ahead.pop(ahead[1], None)
                self._versions_ahead.pop(number, None)
            self._let_go(db, unlock, arguments)

    def _take_if_free(
        self, try_lock: str, unlock: str, arguments: tuple, ahead: tuple[int, int] | None
    ) -> tuple[psycopg.Connection, tuple | None] | None:
        """The lock, if it is free now and a lock connection is idle, as `_acquire` takes it;
        None if not (then a thread waits for it)."""
        if not self._lock_pool.get_stats().get("pool_available"):
            return None  # none idle: the loop would wait for one to be made or let go
        try:
            db = self._lock_pool.getconn(timeout=IDLE_LOCK_WAIT)
        except PoolTimeout:  # a thread took it meanwhile
            return None
        held = False
        try:
            held = db.execute(try_lock, arguments).fetchone() == (True,)
            if held:
                return db, self._read_ahead(db, ahead)
        except BaseException as error:
            self._give_back(db, error, unlock if held else None, arguments)
            raise
        self._lock_pool.putconn(db)
        return None

    @staticmethod
    def _read_ahead(db: psycopg.Connection, ahead: tuple[int, int] | None) -> tuple | None:
        return db.execute(READ_AHEAD, (*ahead, CHANGED_KEY)).fetchone() if ahead else None

    def _acquire(
        self, lock: str, unlock: str, arguments: tuple, ahead: tuple[int, int] | None
    ) -> tuple[psycopg.Connection, tuple | None]:
        """In a thread: the lock, on a connection of the lock pool; then, with `ahead`
        (chat, update), the chat's stored state and whether the update was handled, read
        once the lock is held (so that nothing another holder committed is missed)."""
        db = self._lock_pool.getconn()
        held = False
        try:
            db.execute(lock, arguments)
            held = True
            row = self._read_ahead(db, ahead)
        except BaseException as error:
            self._give_back(db, error, unlock if held else None, arguments)
            raise
        return db, row

    def _give_back(
        self, db: psycopg.Connection, error: BaseException, unlock: str | None, arguments: tuple
    ) -> None:
        """A lock connection after a failure; with `unlock`, one that holds the lock (the
        read-ahead after it failed): a connection back in the pool still holding it would
        keep the chat locked, for every instance, until that connection closed. Without, the
        lock statement itself failed or was interrupted, and the server may have granted it
        all the same: the connection is closed (the lock goes with it) and replaced."""
        if unlock is not None:
            self._let_go(db, unlock, arguments)
        else:
            db.close()
            self._lock_pool.putconn(db)
        if isinstance(error, psycopg.OperationalError):
            self._lock_pool.check()  # as in _connection: no dead connection fails twice

    def _let_go(self, db: psycopg.Connection, unlock: str, arguments: tuple) -> None:
        try:
            if db.execute(unlock, arguments).fetchone() != (True,):
                db.close()  # not ours to let go, or unknown: leave the pool nothing in doubt
        except psycopg.Error:
            db.close()  # broken, or in doubt: the lock goes with the connection
        except BaseException:
            db.close()  # interrupted: in doubt too
            raise
        finally:
            self._lock_pool.putconn(db)  # a closed connection is replaced, not reused

    def _let_go_abandoned(self, done: asyncio.Future, unlock: str, arguments: tuple) -> None:
        if not done.cancelled() and done.exception() is None:
            self._let_go(done.result()[0], unlock, arguments)


# The chat's state and whether the update was handled, read under the chat's lock.
READ_AHEAD = (
    "SELECT (SELECT state FROM chats WHERE chat_id = %s),"
    " EXISTS (SELECT 1 FROM handled_updates WHERE update_id = %s),"
    " (SELECT value FROM meta WHERE key = %s)"
)

# What sent messages leave to remember (`note_sent`), in one statement: the keyboards bound,
# the questions noted, and with %(chat)s, the chat's questions of ended pranks forgotten
# (those still noted but one of the newest QUESTIONS_KEPT: the older ones dropped). The CTEs
# share one snapshot, so the newest message counts the ones noted here too, and the questions
# noted here are left to their own CTE (no row is changed twice).
NOTE_SENT = """
WITH bound AS (
    INSERT INTO buttons (token, chat_id, message_id, expires)
    SELECT * FROM unnest(%(tokens)s::text[], %(button_chats)s::bigint[],
                         %(button_messages)s::bigint[], %(expires)s::float8[])
    ON CONFLICT (token) DO UPDATE SET chat_id = excluded.chat_id,
        message_id = excluded.message_id, expires = excluded.expires
), asked AS (
    INSERT INTO questions (chat_id, message_id, ticket)
    SELECT * FROM unnest(%(question_chats)s::bigint[], %(question_messages)s::bigint[],
                         %(tickets)s::text[])
    ON CONFLICT (chat_id, message_id) DO UPDATE SET ticket = excluded.ticket
), noted AS (
    SELECT message_id FROM unnest(%(question_chats)s::bigint[], %(question_messages)s::bigint[])
        AS q(chat_id, message_id)
    WHERE chat_id = %(chat)s::bigint
), newest AS (
    SELECT greatest((SELECT max(message_id) FROM questions WHERE chat_id = %(chat)s::bigint),
                    (SELECT max(message_id) FROM noted)) - %(kept)s AS cutoff
), cleared AS (
    UPDATE questions SET ticket = '' FROM newest
    WHERE chat_id = %(chat)s::bigint AND ticket <> '' AND NOT (ticket = ANY(%(keep)s::text[]))
    AND message_id >= newest.cutoff AND message_id NOT IN (SELECT message_id FROM noted)
), pruned AS (
    DELETE FROM questions USING newest
    WHERE chat_id = %(chat)s::bigint AND message_id < newest.cutoff
)
SELECT 1
"""


SAVE_CHAT = """
WITH saved AS (
    INSERT INTO chats (chat_id, state, touched) VALUES (%(chat)s, %(state)s, %(now)s)
    ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, touched = excluded.touched
), gone AS (
    DELETE FROM deadlines WHERE chat_id = %(chat)s AND NOT (ticket = ANY(%(tickets)s::text[]))
), due AS (
    INSERT INTO deadlines (chat_id, ticket, due)
    SELECT %(chat)s, ticket, due FROM unnest(%(tickets)s::text[], %(dues)s::float8[]) AS d(ticket, due)
    ON CONFLICT (chat_id, ticket) DO UPDATE
    SET due = excluded.due, lease_until = NULL WHERE deadlines.due <> excluded.due
), marked AS (
    INSERT INTO handled_updates (update_id, handled_at)
    SELECT %(update)s::bigint, %(now)s WHERE %(update)s::bigint IS NOT NULL
    ON CONFLICT DO NOTHING
)
SELECT 1
"""


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)
