"""A person's own record across chats, and what one turn's ended pranks add to it.

Kept per person (by Telegram user id), not per chat: pranks they pulled that someone fell
for, times they fell, times they saw through one, and their current and best streak of
seeing through. Falling ends a streak; a refusal, a prank called off or one that timed out
leaves it as it was. The title /stats shows follows the rule at TITLES.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.content.corpus import FELL, SAW_THROUGH

if TYPE_CHECKING:
    from bot.conversation.answering import Ending

# The titles /stats shows, highest first. One rule, read off the record as a person sees it
# there (times seen through, times fallen for, the streak), the first that holds:
# - rank_unfoolable (🛡): the current streak is 10 or more: ten pranks seen through in a row;
# - rank_sharp (🦅): seen through 3 or more, and at least as often as fallen for;
# - rank_wise (👀): seen through at least one;
# - rank_fresh (🐣): none seen through yet.
# So more seen through never lowers a title, and a fall lowers it only where the falls
# outnumber the saw-throughs (sharp) or end a streak of ten (unfoolable): 5 seen through and
# 3 fallen for is sharp, 1 and 1 getting wise, 0 and 3 fresh.
UNFOOLABLE_STREAK, SHARP_SAW_THROUGH = 10, 3
# (catalogue key, who earns it), highest first: a record's title is the first it earns
TITLES: tuple[tuple[str, Callable[[Record], bool]], ...] = (
    ("rank_unfoolable", lambda r: r.streak >= UNFOOLABLE_STREAK),
    ("rank_sharp", lambda r: r.saw_through >= SHARP_SAW_THROUGH and r.saw_through >= r.fell),
    ("rank_wise", lambda r: r.saw_through > 0),
    ("rank_fresh", lambda r: True),
)


@dataclass(frozen=True)
class Record:
    pulled: int = 0
    fell: int = 0
    saw_through: int = 0
    streak: int = 0
    best: int = 0

    @property
    def title(self) -> str:
        """The catalogue key of the title the record earns (the rule at TITLES)."""
        return next(key for key, earns in TITLES if earns(self))


@dataclass(frozen=True)
class Tally:
    """What one turn adds to a person's record. `reset`: they fell, so the streak starts again
    from `streak` (the saw-throughs after the fall); otherwise `streak` is added to it."""

    user_id: int
    pulled: int = 0
    fell: int = 0
    saw_through: int = 0
    streak: int = 0
    reset: bool = False

    def applied(self, record: Record) -> Record:
        """`record` with this tally added (as both databases compute it)."""
        streak = self.streak if self.reset else record.streak + self.streak
        return Record(
            record.pulled + self.pulled,
            record.fell + self.fell,
            record.saw_through + self.saw_through,
            streak,
            max(record.best, streak),
        )


def withdrawn(tallies: Iterable[Tally]) -> list[Tally]:
    """What takes `tallies`' counts back off people's records: a timeout's whose reveal
    certainly never left, its prank put back for a later sweep that reveals and counts it
    again (carry30: each try that never left added its fall once more). A fall's streak
    reset stays taken: the fall comes back with the reveal, resetting it again."""
    return [
        Tally(t.user_id, -t.pulled, -t.fell, -t.saw_through, 0 if t.reset else -t.streak)
        for t in tallies
    ]


def tallies(endings: Iterable[Ending], link_owner: Callable[[str], int | None]) -> list[Tally]:
    """The tallies of a turn's ended pranks, in the order they ended. The one who answered
    falls or sees through; whoever started a prank someone else fell for pulled it (for a
    prank link, the link's owner: `link_owner(code)`). As on a group's board
    (answering.boarded), a starter's answer to her own group prank counts for nothing (a
    private prank is the bot's on whoever asked for it: it counts), and a chat speaking (an
    anonymous admin, a channel: `Person.is_chat`) is nobody to count."""
    changes: dict[int, Tally] = {}

    def add(user_id: int | None, **change: int) -> None:
        if user_id is None:
            return
        old = changes.get(user_id, Tally(user_id))
        if change.get("fell"):
            old = Tally(user_id, old.pulled, old.fell + 1, old.saw_through, 0, reset=True)
        else:
            old = Tally(
                user_id,
                old.pulled + change.get("pulled", 0),
                old.fell,
                old.saw_through + change.get("saw_through", 0),
                old.streak + change.get("saw_through", 0),
                old.reset,
            )
        changes[user_id] = old

    for ending in endings:
        prank = ending.prank
        if prank.in_group and prank.by.is_same(ending.player):
            continue  # one's own prank is no fall, nor a sharp eye: as on the board (ops29)
        player = None if ending.player.is_chat else ending.player.id
        if ending.outcome == FELL:
            add(player, fell=1)
            starter = None if prank.by.is_chat else prank.by.id
            if prank.link is not None:
                starter = link_owner(prank.link)
            if starter is not None and starter != player:
                add(starter, pulled=1)
        elif ending.outcome == SAW_THROUGH:
            add(player, saw_through=1)
    return list(changes.values())
