"""The database schema, one for SQLite and PostgreSQL, and the steps that build it.

Version 1 is the schema the first SQLite files have (PRAGMA user_version 1, no version
table). Each later version is one step, applied at start in a transaction and recorded in
the `schema_version` table, so a database of any earlier version is upgraded in place.
Column types are written once: `{int}` holds 64-bit ids, `{real}` seconds since the epoch,
`{blob}` bytes, `{serial}` a row id the database numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from bot.conversation.records import Tally

LATEST = 6

VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"

_STEPS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE IF NOT EXISTS chats (chat_id {int} PRIMARY KEY, state TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS questions (chat_id {int} NOT NULL, message_id {int} NOT NULL,"
        " ticket TEXT NOT NULL, PRIMARY KEY (chat_id, message_id))",
        "CREATE INDEX IF NOT EXISTS questions_by_ticket ON questions (chat_id, ticket)",
        "CREATE TABLE IF NOT EXISTS networks (chat_id {int} PRIMARY KEY, model {blob} NOT NULL,"
        " summary TEXT NOT NULL, picture {blob})",
        "CREATE TABLE IF NOT EXISTS inline_plays (play TEXT PRIMARY KEY, state TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ],
    # Several instances on one database: each waiting prank's deadline as a row an instance
    # can claim, and the ids of handled updates (a high-water mark is not enough once two
    # instances handle updates side by side).
    2: [
        "CREATE TABLE deadlines (chat_id {int} NOT NULL, ticket TEXT NOT NULL,"
        " due {real} NOT NULL, lease_until {real}, PRIMARY KEY (chat_id, ticket))",
        "CREATE INDEX deadlines_by_due ON deadlines (due)",
        "CREATE TABLE handled_updates (update_id {int} PRIMARY KEY, handled_at {real} NOT NULL)",
        "CREATE INDEX handled_updates_by_age ON handled_updates (handled_at)",
    ],
    # Prank links: who made each, for which routine, how often it was played, how it went.
    3: [
        "CREATE TABLE links (code TEXT PRIMARY KEY, owner_id {int} NOT NULL,"
        " owner_lang TEXT NOT NULL, routine TEXT NOT NULL, created {real} NOT NULL,"
        " plays INTEGER NOT NULL DEFAULT 0, results TEXT NOT NULL DEFAULT '[]')",
        "CREATE INDEX links_by_owner ON links (owner_id, created)",
    ],
    # Each person's own record across chats (a private /stats), and which message the
    # buttons under the bot's messages were sent on (a tap on another message is refused).
    4: [
        "CREATE TABLE people (user_id {int} PRIMARY KEY,"
        " pulled INTEGER NOT NULL DEFAULT 0, fell INTEGER NOT NULL DEFAULT 0,"
        " saw_through INTEGER NOT NULL DEFAULT 0, streak INTEGER NOT NULL DEFAULT 0,"
        " best INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE buttons (token TEXT PRIMARY KEY, chat_id {int} NOT NULL,"
        " message_id {int} NOT NULL, expires {real} NOT NULL)",
        "CREATE INDEX buttons_by_expiry ON buttons (expires)",
    ],
    # Retention (bot/application/retention.py): when a chat, a network and an inline play
    # were last used, so that what nobody uses any more can be deleted; rows kept from
    # before are taken as used at the upgrade (TOUCH_ALL).
    5: [
        "ALTER TABLE chats ADD COLUMN touched {real}",
        "ALTER TABLE networks ADD COLUMN touched {real}",
        "ALTER TABLE inline_plays ADD COLUMN touched {real}",
        "CREATE INDEX links_by_created ON links (created)",
        "CREATE INDEX chats_by_touched ON chats (touched)",
        "CREATE INDEX inline_plays_by_touched ON inline_plays (touched)",
    ],
    # Routines written by the people who play them (/new): the drafts being written, the
    # routines kept (what the author wrote, as JSON), groups' packs, reports on public ones,
    # and which bot message asked which of them (for /report as a reply).
    6: [
        "CREATE TABLE authored (id {serial}, owner_id {int} NOT NULL, owner_name TEXT NOT NULL,"
        " title_key TEXT NOT NULL, lang TEXT NOT NULL, draft TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'private', reason TEXT, created {real} NOT NULL,"
        " updated {real} NOT NULL)",
        "CREATE INDEX authored_by_owner ON authored (owner_id, title_key)",
        "CREATE INDEX authored_by_status ON authored (status, lang)",
        "CREATE TABLE drafts (user_id {int} PRIMARY KEY, draft TEXT NOT NULL,"
        " updated {real} NOT NULL)",
        "CREATE TABLE packs (chat_id {int} NOT NULL, routine {int} NOT NULL,"
        " added_by {int} NOT NULL, PRIMARY KEY (chat_id, routine))",
        "CREATE INDEX packs_by_routine ON packs (routine)",
        "CREATE TABLE reports (routine {int} NOT NULL, reporter {int} NOT NULL,"
        " created {real} NOT NULL, PRIMARY KEY (routine, reporter))",
        "CREATE TABLE authored_asked (chat_id {int} NOT NULL, message_id {int} NOT NULL,"
        " routine {int} NOT NULL, PRIMARY KEY (chat_id, message_id))",
        "CREATE INDEX authored_asked_by_routine ON authored_asked (routine)",
    ],
}

# Two branches each numbered their step 4 before they were merged: main's (people, buttons)
# is 4 here and prod2's (the touched columns) is 5. A database prod2's bot upgraded says 4,
# has step 5's columns and lacks step 4's tables: it is given those and becomes version 5.
SWAPPED_VERSION = 4

# A turn's tally added to a person's record (bot.conversation.records.Tally.applied): `{p}`
# is the database's placeholder, `{greatest}` its two-argument maximum. The streak starts
# again after a fall (`reset`), else grows.
RECORD_UPSERT = (
    "INSERT INTO people (user_id, pulled, fell, saw_through, streak, best)"
    " VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (user_id) DO UPDATE SET"
    " pulled = people.pulled + excluded.pulled, fell = people.fell + excluded.fell,"
    " saw_through = people.saw_through + excluded.saw_through,"
    " streak = CASE WHEN {p} THEN excluded.streak ELSE people.streak + excluded.streak END,"
    " best = {greatest}(people.best,"
    " CASE WHEN {p} THEN excluded.streak ELSE people.streak + excluded.streak END)"
)


def record_rows(tallies: Iterable[Tally]) -> list[tuple]:
    """RECORD_UPSERT's parameters, one row per tally."""
    return [
        (t.user_id, t.pulled, t.fell, t.saw_through, t.streak, t.streak, t.reset, t.reset)
        for t in tallies
    ]


# Step 5's rows of before are taken as used at the upgrade: these, with the time as parameter.
TOUCH_ALL = [
    f"UPDATE {table} SET touched = {{now}} WHERE touched IS NULL"
    for table in ("chats", "networks", "inline_plays")
]
# A chat's stored state holds this only when someone has a score (ChatState.to_json).
HAS_SCORES = '%"scores":%'


SQLITE_TYPES = {
    "int": "INTEGER",
    "real": "REAL",
    "blob": "BLOB",
    "serial": "INTEGER PRIMARY KEY AUTOINCREMENT",
}
POSTGRES_TYPES = {
    "int": "BIGINT",
    "real": "DOUBLE PRECISION",
    "blob": "BYTEA",
    "serial": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
}

# Version 1 remembered only the last handled update id; every id this far below it had been
# handled too (polling hands updates over in order), so step 2 records them all.
LEGACY_SEEN_WINDOW = 1000


def statements(version: int, types: dict[str, str]) -> list[str]:
    """The DDL of step `version`, in the database's own type names."""
    return [statement.format(**types) for statement in _STEPS[version]]


def deadlines_of(state_json: dict) -> list[tuple[str, float]]:
    """(ticket, deadline) of every waiting prank in a chat state's JSON form: the deadline
    as stored in the state, so the table and the state never disagree by a rounding."""
    return [
        (ticket, float(prank["until"])) for ticket, prank in state_json.get("pranks", {}).items()
    ]


def legacy_deadlines(chats: Iterable[tuple[int, str]]) -> list[tuple[int, str, float]]:
    """Step 2's deadlines rows, from the stored chats; damaged rows have none."""
    rows = []
    for chat_id, text in chats:
        try:
            rows += [(chat_id, t, due) for t, due in deadlines_of(json.loads(text))]
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return rows


def legacy_handled_updates(last_update_id: str | None, now: float) -> list[tuple[int, float]]:
    """Step 2's handled_updates rows, from version 1's high-water mark."""
    if last_update_id is None:
        return []
    last = int(last_update_id)
    return [(i, now) for i in range(max(1, last - LEGACY_SEEN_WINDOW + 1), last + 1)]
