"""SQLite storage on real files: round trips, cleanup, damage and versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.engine.engine import Engine, Incoming
from bot.engine.state import ChatState, Person
from bot.storage import Storage, StorageError

ALICE = Person(1, "Alice", "alice", "en")


def test_chat_state_and_questions_survive_a_new_connection(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    storage = Storage(path)
    state = engine.handle(
        ChatState(), Incoming(ALICE, "/prank ten-knives", 0.0, in_group=True)
    ).chat
    storage.save_chat(-5, state, update_id=42)
    storage.remember_question(-5, 77, "1")
    storage.close()
    again = Storage(path)
    assert again.load_chat(-5).to_json() == state.to_json()
    assert again.ticket_for(-5, 77) == "1" and again.question_for(-5, "1") == 77
    assert again.last_update_id() == 42
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Saving is only saving: the question is still known until it is forgotten explicitly.
    again.save_chat(-5, ChatState(next_ticket=2))
    assert again.ticket_for(-5, 77) == "1"
    again.forget_questions(-5, keep=again.load_chat(-5).pranks)
    assert again.ticket_for(-5, 77) == ""  # known to ask nothing now: a reply to it is chatter
    assert again.question_for(-5, "1") is None
    assert again.ticket_for(-5, 78) is None  # never noted
    again.close()
    assert Storage(path).ticket_for(-5, 77) == ""


def test_a_damaged_row_starts_the_chat_afresh(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    Storage(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO chats (chat_id, state) VALUES (9, '{\"pranks\": 3}')")
    assert Storage(path).load_chat(9) == ChatState()


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


def test_networks_are_kept_as_bytes_and_json(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "t.sqlite3")
    storage.save_network(3, b"npz bytes", {"spec": {"gate": "or"}}, b"\x89PNG")
    assert storage.load_network(3) == (b"npz bytes", {"spec": {"gate": "or"}}, b"\x89PNG")
    assert storage.load_network(4) is None
