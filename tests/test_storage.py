"""Storage on real databases, SQLite files and PostgreSQL alike: round trips, cleanup, damage,
versions and upgrades, handled updates, reveal claims, and locks between instances."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.records import Record
from bot.conversation.state import ChatState, Person
from bot.storage import LinkRecord, Storage, StorageError, schema, sqlite
from bot.storage.interface import REVEAL_LEASE_SECONDS, UPDATES_KEPT_SECONDS, is_database_url
from tests.support.conversation import handled

ALICE = Person(1, "Alice", "alice", "en")
BOB = Person(2, "Bob", "bob", "en")


def raw(database: str | Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Run SQL on the database directly, past the storage (to damage or inspect it)."""
    if is_database_url(database):
        import psycopg

        with psycopg.connect(str(database), autocommit=True) as db:
            cursor = db.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []
    with sqlite3.connect(database) as db:
        return db.execute(sql, params).fetchall()


def prank_state(
    engine: Engine, text: str = "/prank ten-knives anyway", now: float = 0.0
) -> ChatState:
    return handled(engine, ChatState(), Incoming(ALICE, text, now, in_group=True)).chat


@pytest.fixture
def opened() -> Iterator[Callable[[str | Path], Storage]]:
    """Storage(target), closed after the test (pools and all) if the test did not."""
    storages: list[Storage] = []

    def open_storage(target: str | Path) -> Storage:
        storages.append(Storage(target))
        return storages[-1]

    yield open_storage
    for storage in storages:
        storage.close()


def test_chat_state_and_questions_survive_a_new_connection(
    engine: Engine, database: str | Path, opened: Callable
) -> None:
    storage = opened(database)
    state = prank_state(engine)
    storage.save_chat(-5, state, update_id=42)
    storage.remember_question(-5, 77, "1")
    storage.close()
    again = opened(database)
    assert again.load_chat(-5).to_json() == state.to_json()
    assert again.ticket_for(-5, 77) == "1" and again.question_for(-5, "1") == 77
    assert again.last_update_id() == 42 and again.seen_update(42)
    if not is_database_url(database):
        assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Saving is only saving: the question is still known until it is forgotten explicitly.
    again.save_chat(-5, ChatState(next_ticket=2))
    assert again.ticket_for(-5, 77) == "1"
    again.forget_questions(-5, keep=again.load_chat(-5).pranks)
    assert again.ticket_for(-5, 77) == ""  # known to ask nothing now: a reply to it is chatter
    assert again.question_for(-5, "1") is None
    assert again.ticket_for(-5, 78) is None  # never noted
    again.close()
    assert opened(database).ticket_for(-5, 77) == ""


def test_what_sent_messages_leave_is_noted_at_once_as_if_one_by_one(
    database: str | Path, opened: Callable
) -> None:
    """Keyboards and questions noted, and the ended pranks' questions forgotten, in one call:
    the same as binding, remembering and forgetting in turn (the newest QUESTIONS_KEPT
    messages kept, counting those noted in the call)."""
    storage = opened(database)
    storage.remember_question(-5, 1, "1")  # old enough to be dropped
    storage.remember_question(-5, 3000, "1")  # of a prank that ends now
    storage.remember_question(-5, 3001, "2")  # of a prank still waiting
    storage.remember_question(-6, 3000, "1")  # another chat's
    storage.note_sent(
        buttons=[("k", -5, 6000, 2e9)],
        questions=[(-5, 6000, "2"), (-5, 6001, "1"), (-5, 6002, "")],
        forget=(-5, ["2"]),
    )
    asked = {m: storage.ticket_for(-5, m) for m in (1, 3000, 3001, 6000, 6001, 6002)}
    assert asked == {1: None, 3000: "", 3001: "2", 6000: "2", 6001: "", 6002: ""}
    assert storage.ticket_for(-6, 3000) == "1"
    assert storage.buttons_bound("k", -5, 6000, now=1.0, use=False)


def test_a_damaged_row_starts_the_chat_afresh(database: str | Path, opened: Callable) -> None:
    opened(database).close()
    raw(database, "INSERT INTO chats (chat_id, state) VALUES (9, '{\"pranks\": 3}')")
    assert opened(database).load_chat(9) == ChatState()


def test_a_newer_schema_or_a_foreign_file_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StorageError, match="schema version 99"):
        Storage(newer)
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="cannot use the database"):
        Storage(foreign)


def test_a_newer_schema_is_refused_in_either_database(
    database: str | Path, opened: Callable
) -> None:
    opened(database).close()
    raw(database, "UPDATE schema_version SET version = 99")
    with pytest.raises(StorageError, match="schema version 99"):
        opened(database)


def test_a_version_4_of_prod2s_numbering_gets_the_tables_it_lacks(
    database: str | Path, opened: Callable, engine: Engine
) -> None:
    """Before the merge, prod2 called its touched columns version 4, as main did its people
    and buttons tables: a database prod2's bot upgraded is given the tables and is version 5."""
    storage = opened(database)
    storage.save_chat(-5, prank_state(engine, now=1000.0))
    storage.close()
    raw(database, "DROP TABLE people")
    raw(database, "DROP TABLE buttons")
    for table in ("authored", "drafts", "packs", "reports", "authored_asked"):  # step 6's
        raw(database, f"DROP TABLE {table}")
    raw(database, "UPDATE schema_version SET version = 4")
    if not is_database_url(database):
        raw(database, "PRAGMA user_version = 4")
    storage = opened(database)
    assert storage.load_chat(-5).pranks
    assert storage.load_record(1) == Record()
    storage.bind_buttons("t", -5, 9, expires=2e9)
    assert storage.buttons_bound("t", -5, 9, now=1000.0, use=False)
    storage.close()
    assert raw(database, "SELECT version FROM schema_version") == [(schema.LATEST,)]
    assert raw(database, "SELECT count(*) FROM chats WHERE touched IS NOT NULL") == [(1,)]


def test_a_version_1_sqlite_file_is_upgraded_in_place(
    engine: Engine, tmp_path: Path, opened: Callable
) -> None:
    """Today's files: PRAGMA user_version 1, no version table, the last update id in meta."""
    path = tmp_path / "old.sqlite3"
    waiting = prank_state(engine, now=1000.0)
    with sqlite3.connect(path) as db:
        db.executescript(VERSION_1_SCHEMA)
        db.execute("INSERT INTO chats VALUES (-5, ?)", (_json(waiting),))
        db.execute("INSERT INTO chats VALUES (7, '{\"next\":1}')")
        db.execute("INSERT INTO questions VALUES (-5, 77, '1')")
        db.execute("INSERT INTO meta VALUES ('last_update_id', '1500')")
        db.execute("PRAGMA user_version = 1")
    storage = opened(path)
    assert storage.load_chat(-5).to_json() == waiting.to_json()
    assert storage.ticket_for(-5, 77) == "1"
    # Version 1's rule: ids up to 1000 below the last were handled; they still count as such.
    assert storage.seen_update(1500) and storage.seen_update(501)
    assert not storage.seen_update(500) and not storage.seen_update(1501)
    assert storage.last_update_id() == 1500
    # The waiting prank's deadline is known, so any instance can reveal it.
    assert storage.claim_reveals(now=10_000.0) == [(-5, "1")]
    assert [c for c, _ in storage.chats_with_pranks()] == [-5]
    storage.close()
    assert raw(path, "SELECT version FROM schema_version") == [(schema.LATEST,)]
    # A bot older than the version table refuses it:
    assert raw(path, "PRAGMA user_version") == [(schema.LATEST,)]


def test_networks_are_kept_as_bytes_and_json(database: str | Path, opened: Callable) -> None:
    storage = opened(database)
    storage.save_network(3, b"npz bytes", {"spec": {"gate": "or"}}, b"\x89PNG")
    assert storage.load_network(3) == (b"npz bytes", {"spec": {"gate": "or"}}, b"\x89PNG")
    storage.save_network(3, b"newer", {"spec": {"gate": "and"}}, None)
    assert storage.load_network(3) == (b"newer", {"spec": {"gate": "and"}}, None)
    assert storage.load_network(4) is None


def test_inline_plays_move_once_and_secrets_are_shared(
    database: str | Path, opened: Callable
) -> None:
    one, two = opened(database), opened(database)
    assert one.play_state("p") is None
    assert one.move_play("p", None, "s1") and not two.move_play("p", None, "s1")
    assert two.move_play("p", "s1", "done") and not one.move_play("p", "s1", "done")
    assert one.play_state("p") == "done"
    key = one.secret("buttons")
    assert len(key) == 32 and two.secret("buttons") == key and one.secret("other") != key


def test_handled_updates_are_remembered_and_pruned_by_age(
    database: str | Path, opened: Callable
) -> None:
    storage = opened(database)
    assert not storage.seen_update(10) and storage.last_update_id() == 0
    storage.mark_update(10)
    storage.mark_update(10)  # a second mark changes nothing
    storage.save_chat(1, ChatState(), update_id=7)  # lower than 10: still recorded
    assert storage.seen_update(10) and storage.seen_update(7) and not storage.seen_update(8)
    assert storage.last_update_id() == 10
    storage.forget_old_updates(now=time.time() + UPDATES_KEPT_SECONDS - 60)
    assert storage.seen_update(10)
    storage.forget_old_updates(now=time.time() + UPDATES_KEPT_SECONDS + 60)
    assert not storage.seen_update(10) and not storage.seen_update(7)


def test_due_pranks_are_claimed_once_until_their_lease_ends(
    engine: Engine, database: str | Path, opened: Callable
) -> None:
    one, two = opened(database), opened(database)  # two instances on one database
    state = prank_state(engine, now=1000.0)  # ten-knives waits 600 s: due at 1600
    due = state.pranks["1"].until
    one.save_chat(-5, state)
    one.save_chat(-6, prank_state(engine, now=5000.0))
    assert one.claim_reveals(now=due - 1) == []
    assert one.claim_reveals(now=due) == [(-5, "1")]
    assert two.claim_reveals(now=due + 1) == []  # claimed: not yours
    # The claimant died without revealing: once its lease is over, another takes it.
    assert two.claim_reveals(now=due + REVEAL_LEASE_SECONDS + 1) == [(-5, "1")]
    # A new deadline for the prank (asked again, say) is a new claim.
    later = ChatState.from_json({**state.to_json(), "pranks": {"1": {
        **state.pranks["1"].to_json(), "until": due + 100}}})  # fmt: skip
    one.save_chat(-5, later)
    assert two.claim_reveals(now=due + 100) == [(-5, "1")]
    # Revealed: the state without the prank drops the deadline.
    two.save_chat(-5, ChatState(next_ticket=2))
    assert one.claim_reveals(now=10**9, chat_id=-5) == []
    assert one.claim_reveals(now=10**9) == [(-6, "1")]
    assert [c for c, _ in two.chats_with_pranks()] == [-6]


@pytest.mark.postgres
def test_a_claim_skips_deadlines_another_instance_is_claiming(
    engine: Engine, postgres: str, opened: Callable
) -> None:
    """FOR UPDATE SKIP LOCKED: an instance never queues behind another's claim."""
    import psycopg

    storage = opened(postgres)
    storage.save_chat(-5, prank_state(engine, now=1000.0))
    storage.save_chat(-6, prank_state(engine, now=1001.0))
    with psycopg.connect(postgres) as other, other.transaction():
        other.execute("SELECT * FROM deadlines WHERE chat_id = -5 FOR UPDATE")
        claimed: list = []
        claiming = threading.Thread(target=lambda: claimed.extend(storage.claim_reveals(10**9)))
        claiming.start()
        claiming.join(timeout=10)
        finished = not claiming.is_alive()
    claiming.join()
    assert finished, "the claim waited for the other instance's lock"
    assert claimed == [(-6, "1")]
    assert storage.claim_reveals(10**9) == [(-5, "1")]


@pytest.mark.postgres
async def test_a_chat_lock_excludes_every_other_instance(postgres: str, opened: Callable) -> None:
    one, two = opened(postgres), opened(postgres)
    async with one.chat_lock(-5):
        waiting = asyncio.create_task(_hold(two.chat_lock(-5)))
        await _until(lambda: _advisory_waiters(postgres) == 1)
        assert not waiting.done()
        async with two.chat_lock(-6), two.update_lock(-5):  # other keys are free
            pass
    await asyncio.wait_for(waiting, 10)


@pytest.mark.postgres
async def test_a_dead_instances_chat_lock_is_released_with_its_connection(
    postgres: str, opened: Callable
) -> None:
    one, two = opened(postgres), opened(postgres)
    held = one.chat_lock(-5)
    await held.__aenter__()  # and never leaves it: the instance dies holding the lock
    waiting = asyncio.create_task(_hold(two.chat_lock(-5)))
    await _until(lambda: _advisory_waiters(postgres) == 1)
    raw(
        postgres,
        "SELECT pg_terminate_backend(pid) FROM pg_locks "
        "WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()",
    )
    await asyncio.wait_for(waiting, 10)


@pytest.mark.postgres
async def test_what_a_chat_lock_reads_ahead_is_what_another_instance_left(
    postgres: str, opened: Callable
) -> None:
    """Under a lock taken for an update, the update's handled mark and the chat's state come
    as the other instance committed them before letting the lock go, and never outlive the
    lock, nor the holder's own save."""
    one, two = opened(postgres), opened(postgres)
    first, second, third = ChatState(lang="en"), ChatState(lang="zh"), ChatState(lang="zh-hant")

    async def look() -> tuple[bool, ChatState]:
        async with one.chat_lock(-5, update_id=7):
            return one.seen_update(7), one.load_chat(-5)

    async with two.chat_lock(-5):
        waiting = asyncio.create_task(look())
        await _until(lambda: _advisory_waiters(postgres) == 1)
        two.save_chat(-5, first, update_id=7)  # committed while the other instance waits
    assert await asyncio.wait_for(waiting, 10) == (True, first)
    async with one.chat_lock(-5, update_id=7):
        one.save_chat(-5, second)
        assert one.load_chat(-5) == second  # its own save, not what was read ahead
    async with one.chat_lock(-5, update_id=8):
        assert not one.seen_update(8)
    two.save_chat(-5, third, update_id=8)
    assert one.load_chat(-5) == third and one.seen_update(8)  # nothing kept past the lock


@pytest.mark.postgres
@pytest.mark.parametrize("lock", ["free", "waited for"])
async def test_a_chat_lock_whose_read_ahead_fails_is_let_go(
    postgres: str, opened: Callable, lock: str
) -> None:
    """Breakage: the lock was taken, the read of the chat after it failed, and the connection
    went back to the pool still holding the lock: the chat stayed locked, on every instance,
    until that connection closed ("cannot lock chat" after lock_timeout)."""
    one, two = opened(postgres), opened(postgres)
    away = "ALTER TABLE handled_updates RENAME TO handled_updates_away"
    if lock == "waited for":  # taken in a thread, once the other instance lets go
        async with two.chat_lock(-5):
            attempt = asyncio.create_task(_hold(one.chat_lock(-5, update_id=7)))
            await _until(lambda: _advisory_waiters(postgres) == 1)
            raw(postgres, away)
    else:  # taken at once, on the event loop
        raw(postgres, away)
        attempt = asyncio.create_task(_hold(one.chat_lock(-5, update_id=7)))
    with pytest.raises(StorageError, match="handled_updates"):
        await asyncio.wait_for(attempt, 10)
    raw(postgres, "ALTER TABLE handled_updates_away RENAME TO handled_updates")
    assert _advisory_holders(postgres) == 0
    async with two.chat_lock(-5, update_id=7):  # at once: nobody holds it
        assert not two.seen_update(7)


async def test_one_processes_tasks_take_a_chat_lock_in_turn(
    database: str | Path, opened: Callable
) -> None:
    storage = opened(database)
    inside: list[int] = []
    overlaps: list[bool] = []

    async def handle(number: int) -> None:
        async with storage.chat_lock(-5):
            overlaps.append(bool(inside))
            inside.append(number)
            await asyncio.sleep(0)  # let the others run: they must not get in
            inside.remove(number)

    await asyncio.gather(*(handle(n) for n in range(5)))
    assert overlaps == [False] * 5


def test_a_database_that_does_not_answer_is_a_storage_error(
    tmp_path: Path, opened: Callable
) -> None:
    with pytest.raises(StorageError) as refused:
        Storage("postgresql://taolu:sekrit@127.0.0.1:1/taolu")
    assert "sekrit" not in str(refused.value) and "127.0.0.1:1/taolu" in str(refused.value)
    storage = opened(tmp_path / "t.sqlite3")
    storage.ping()
    storage.close()
    with pytest.raises(StorageError, match="does not answer"):
        storage.ping()


@pytest.mark.postgres
def test_a_postgres_server_that_goes_away_fails_the_ping(postgres: str, opened: Callable) -> None:
    storage = opened(postgres)
    storage.ping()
    name = postgres.rsplit("/", 1)[1]
    server = os.environ["TEST_DATABASE_URL"]
    raw(server, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    raw(server, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    with pytest.raises(StorageError, match="does not answer"):
        storage.ping()
    raw(server, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    storage.ping()  # and answers again once the database does


async def _hold(lock) -> None:
    async with lock:
        pass


async def _until(condition, timeout: float = 10.0) -> None:
    """Wait until `condition()` holds (it asks the database; nothing to be notified by),
    asking every 10 ms; fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(condition):
        assert time.monotonic() < deadline, "the condition never held"
        await asyncio.sleep(0.01)


def _advisory_waiters(url: str) -> int:
    return raw(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")[0][
        0
    ]


def _advisory_holders(url: str) -> int:
    return raw(
        url,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    )[0][0]


def _json(state: ChatState) -> str:
    import json

    return json.dumps(state.to_json(), ensure_ascii=False)


VERSION_1_SCHEMA = """
CREATE TABLE chats (chat_id INTEGER PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE questions (chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL,
    ticket TEXT NOT NULL, PRIMARY KEY (chat_id, message_id));
CREATE INDEX questions_by_ticket ON questions (chat_id, ticket);
CREATE TABLE networks (chat_id INTEGER PRIMARY KEY, model BLOB NOT NULL, summary TEXT NOT NULL,
    picture BLOB);
CREATE TABLE inline_plays (play TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def test_links_count_their_plays_and_keep_the_newest_results(
    database: str | Path, opened: Callable
) -> None:
    storage = opened(database)
    storage.create_link(LinkRecord("code-a", 11, "zh-hant", "ten-knives", 100.0))
    storage.create_link(LinkRecord("code-b", 11, "en", "silent-love", 200.0))
    assert storage.get_link("code-a") == LinkRecord("code-a", 11, "zh-hant", "ten-knives", 100.0)
    assert storage.get_link("nope") is None
    assert [storage.count_link_play("code-a", 2) for _ in range(3)] == [True, True, False]
    for n in range(4):
        storage.add_link_result("code-a", {"who": f"p{n}", "answer": "八把", "fell": True}, 3)
    kept = storage.get_link("code-a")
    assert kept.plays == 2 and [r["who"] for r in kept.results] == ["p1", "p2", "p3"]
    assert [r.code for r in storage.links_of(11, 10)] == ["code-b", "code-a"]
    assert storage.links_of(12, 10) == []


def test_a_migrated_group_keeps_its_state_and_network(
    database: str | Path, opened: Callable, engine: Engine
) -> None:
    storage = opened(database)
    state = handled(
        engine, ChatState(), Incoming(ALICE, "/prank ten-knives anyway", 0.0, True)
    ).chat
    storage.save_chat(-42, state)
    storage.save_network(-42, b"model", {"spec": {"gate": "xor"}}, None)
    storage.remember_question(-42, 7, "1")
    storage.move_chat(-42, -10042)
    assert storage.load_chat(-10042).to_json() == state.to_json()
    assert storage.load_chat(-42) == ChatState()
    assert storage.load_network(-10042) is not None and storage.load_network(-42) is None
    assert storage.ticket_for(-42, 7) is None


def test_sqlite_copies_its_log_back_into_the_file_seldom(tmp_path: Path, opened: Callable) -> None:
    """A checkpoint flushes the disk while every update waits: with SQLite's default one
    would have come (and the log started over) by its 1,000th page."""
    storage = opened(tmp_path / "seldom.sqlite3")
    for chat in range(600):
        storage.save_chat(chat, ChatState(), update_id=chat + 1)
    _, pages_in_the_log, _ = storage.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert 1000 < pages_in_the_log < sqlite.WAL_PAGES
