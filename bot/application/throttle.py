"""A per-member throttle for groups: excess commands are dropped, said so once.

Commands, and plain messages that would draw a courtesy line ("that one is not for you",
"words please"), are checked; answers to a prank are counted but never refused.

One member who sends a hundred commands should neither fill the group with answers nor
use up the group's share of Telegram's limits. Each member of a group may send `limit`
commands in any `window` seconds; the first command over that is answered with one line,
the rest are dropped quietly until the window has room again. Kept in memory: after a
restart everyone starts with a clean slate, which costs nothing.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from enum import Enum

MEMBERS_KEPT = 10_000  # past this many members, those idle for a window are forgotten


class Verdict(Enum):
    ALLOW = "allow"
    TELL = "tell"  # drop it, and say once that the member is going too fast
    DROP = "drop"


@dataclass
class Throttle:
    limit: int = 6
    window: float = 60.0
    _recent: dict[tuple[int, int], deque[float]] = field(default_factory=dict)
    _told: set[tuple[int, int]] = field(default_factory=set)

    def check(self, chat_id: int, member_id: int, now: float) -> Verdict:
        if len(self._recent) > MEMBERS_KEPT:
            self.forget_idle(now)
        key = (chat_id, member_id)
        times = self._recent.setdefault(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            self._told.discard(key)
            return Verdict.ALLOW
        if key in self._told:
            return Verdict.DROP
        self._told.add(key)
        return Verdict.TELL

    def note(self, chat_id: int, member_id: int, now: float) -> None:
        """Count a message that drew a line without refusing it (an answer to a prank): it
        spends the member's share all the same."""
        times = self._recent.setdefault((chat_id, member_id), deque())
        times.append(now)
        while len(times) > self.limit:
            times.popleft()

    def forget_idle(self, now: float) -> None:
        """Drop members who sent nothing within the window (keeps memory bounded)."""
        for key in [k for k, t in self._recent.items() if not t or t[-1] <= now - self.window]:
            del self._recent[key]
            self._told.discard(key)
