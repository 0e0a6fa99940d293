"""Routines written by the people who play them (bot/application/authoring.py): the
drafts being written, the routines kept, groups' packs and the reports on public ones.

The statements are written once, for both databases (`?` marks; PostgreSQL's adapter turns
them into `%s`), and run through the two primitives each backend gives: `_rows` and `_count`.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import Any

# What a kept routine is: only its author sees it (private), waiting for a review (pending),
# in everyone's deck (public), sent back with a reason (rejected), or reported by enough
# people to be taken out of the decks until a bot admin looks at it again (withdrawn).
PRIVATE, PENDING, PUBLIC, REJECTED, WITHDRAWN = (
    "private",
    "pending",
    "public",
    "rejected",
    "withdrawn",
)
ASKED_KEPT = 5_000  # per chat: message ids back from the latest, whose routine is known

# The `meta` row whose value every write to these tables changes (`authored_version`).
CHANGED_KEY = "authored changed"
MARK_CHANGED = (
    "INSERT INTO meta (key, value) VALUES (?, ?)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)

_COLUMNS = "id, owner_id, owner_name, title_key, lang, draft, status, reason, created, updated"


@dataclass(frozen=True)
class AuthoredRecord:
    """A routine someone wrote, as kept: `draft` is what they wrote (its title, question,
    answers…), from which the routine is built (bot.application.authoring.routine_yaml)."""

    id: int
    owner_id: int
    owner_name: str
    title_key: str
    lang: str
    draft: dict[str, Any] = field(default_factory=dict)
    status: str = PRIVATE
    reason: str | None = None
    created: float = 0.0
    updated: float = 0.0

    @property
    def title(self) -> str:
        return str(self.draft.get("title", ""))


def _record(row: tuple) -> AuthoredRecord:
    rid, owner, name, key, lang, draft, status, reason, created, updated = row
    return AuthoredRecord(
        int(rid), owner, name, key, lang, json.loads(draft), status, reason, created, updated
    )


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class AuthoredTables:
    """The authored routines' part of a Storage (mixed into bot.storage.interface.Storage)."""

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Run one statement; the rows it returns (none for most writes)."""
        raise NotImplementedError

    def _count(self, sql: str, params: tuple = ()) -> int:
        """Run one statement; how many rows it changed."""
        raise NotImplementedError

    # -- what changed ---------------------------------------------------------------------

    def authored_version(self, chat_id: int | None = None) -> str | None:
        """A mark that changes whenever a draft, a kept routine or a pack changes, on any
        instance (None before the first change): what was read of these tables while it
        reads the same is still true. With `chat_id`, a back end may answer with the mark
        it read as that chat's lock was taken (no round trip of its own)."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (CHANGED_KEY,))
        return str(rows[0][0]) if rows else None

    def _authored_changed(self) -> None:
        """After a write to these tables (committed): a fresh mark, so that every instance's
        copies of what it read are dropped at its next look."""
        self._count(MARK_CHANGED, (CHANGED_KEY, secrets.token_hex(8)))

    # -- drafts ---------------------------------------------------------------------------

    def load_draft(self, user_id: int) -> dict[str, Any] | None:
        """The routine `user_id` is writing with /new, or None."""
        rows = self._rows("SELECT draft FROM drafts WHERE user_id = ?", (user_id,))
        if not rows:
            return None
        try:
            data = json.loads(rows[0][0])
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def save_draft(self, user_id: int, draft: dict[str, Any], now: float) -> None:
        self._count(
            "INSERT INTO drafts (user_id, draft, updated) VALUES (?, ?, ?) ON CONFLICT (user_id)"
            " DO UPDATE SET draft = excluded.draft, updated = excluded.updated",
            (user_id, _json(draft), now),
        )
        self._authored_changed()

    def drop_draft(self, user_id: int) -> None:
        if self._count("DELETE FROM drafts WHERE user_id = ?", (user_id,)):
            self._authored_changed()

    def forget_old_drafts(self, before: float) -> int:
        """Drop drafts left untouched since `before`; how many."""
        dropped = self._count("DELETE FROM drafts WHERE updated < ?", (before,))
        if dropped:
            self._authored_changed()
        return dropped

    # -- routines -------------------------------------------------------------------------

    def add_authored(
        self, owner_id: int, owner_name: str, title_key: str, lang: str, draft: dict, now: float
    ) -> int:
        rows = self._rows(
            "INSERT INTO authored (owner_id, owner_name, title_key, lang, draft, status,"
            " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (owner_id, owner_name, title_key, lang, _json(draft), PRIVATE, now, now),
        )
        self._authored_changed()
        return int(rows[0][0])

    def update_authored(
        self, rid: int, owner_name: str, title_key: str, lang: str, draft: dict, now: float
    ) -> None:
        """A routine rewritten by its owner: private again (a public one is reviewed anew)."""
        self._count(
            "UPDATE authored SET owner_name = ?, title_key = ?, lang = ?, draft = ?,"
            " status = ?, reason = NULL, updated = ? WHERE id = ?",
            (owner_name, title_key, lang, _json(draft), PRIVATE, now, rid),
        )
        self._count("DELETE FROM reports WHERE routine = ?", (rid,))
        self._authored_changed()

    def get_authored(self, rid: int) -> AuthoredRecord | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM authored WHERE id = ?", (rid,))
        return _record(rows[0]) if rows else None

    def authored_of(self, owner_id: int) -> list[AuthoredRecord]:
        """The owner's routines, oldest first."""
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM authored WHERE owner_id = ? ORDER BY id", (owner_id,)
        )
        return [_record(row) for row in rows]

    def authored_with_status(
        self, status: str, lang: str | None = None, limit: int = 1000
    ) -> list[AuthoredRecord]:
        """Routines in one status (in one language), oldest first."""
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM authored WHERE status = ? AND (CAST(? AS TEXT) IS NULL OR lang = ?)"
            " ORDER BY updated, id LIMIT ?",
            (status, lang, lang, limit),
        )
        return [_record(row) for row in rows]

    def set_authored_status(self, rid: int, status: str, reason: str | None = None) -> None:
        self._count(
            "UPDATE authored SET status = ?, reason = ? WHERE id = ?", (status, reason, rid)
        )
        if status == PUBLIC:
            self._count("DELETE FROM reports WHERE routine = ?", (rid,))
        self._authored_changed()

    def delete_authored(self, rid: int) -> None:
        """A routine, and every pack and report that names it."""
        for table in ("packs", "reports", "authored_asked"):
            self._count(f"DELETE FROM {table} WHERE routine = ?", (rid,))
        self._count("DELETE FROM authored WHERE id = ?", (rid,))
        self._authored_changed()

    # -- groups' packs ----------------------------------------------------------------------

    def add_to_pack(self, chat_id: int, rid: int, added_by: int) -> bool:
        """False when it was in the pack already."""
        added = (
            self._count(
                "INSERT INTO packs (chat_id, routine, added_by) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (chat_id, rid, added_by),
            )
            == 1
        )
        if added:
            self._authored_changed()
        return added

    def remove_from_pack(self, chat_id: int, rid: int) -> bool:
        removed = (
            self._count("DELETE FROM packs WHERE chat_id = ? AND routine = ?", (chat_id, rid)) == 1
        )
        if removed:
            self._authored_changed()
        return removed

    def pack_of(self, chat_id: int) -> list[AuthoredRecord]:
        columns = ", ".join(f"a.{c.strip()}" for c in _COLUMNS.split(","))
        rows = self._rows(
            f"SELECT {columns} FROM packs p JOIN authored a ON a.id = p.routine"
            " WHERE p.chat_id = ? ORDER BY a.id",
            (chat_id,),
        )
        return [_record(row) for row in rows]

    # -- reports --------------------------------------------------------------------------

    def add_report(self, rid: int, reporter_id: int, now: float) -> int:
        """Count one person's report (once per person); how many people reported it."""
        self._count(
            "INSERT INTO reports (routine, reporter, created) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (rid, reporter_id, now),
        )
        rows = self._rows("SELECT count(*) FROM reports WHERE routine = ?", (rid,))
        return int(rows[0][0])

    def note_asked(self, chat_id: int, message_id: int, rid: int) -> None:
        """The bot's message `message_id` asks authored routine `rid` (for /report)."""
        self._count(
            "INSERT INTO authored_asked (chat_id, message_id, routine) VALUES (?, ?, ?)"
            " ON CONFLICT (chat_id, message_id) DO UPDATE SET routine = excluded.routine",
            (chat_id, message_id, rid),
        )
        self._count(
            "DELETE FROM authored_asked WHERE chat_id = ? AND message_id < ?",
            (chat_id, message_id - ASKED_KEPT),
        )

    def asked_by(self, chat_id: int, message_id: int) -> int | None:
        rows = self._rows(
            "SELECT routine FROM authored_asked WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        )
        return int(rows[0][0]) if rows else None
