"""What the bot keeps, and for how long: a sweep deletes what is past keeping.

- prank links: deleted when they expire (LINK_DAYS after they were made; a stale code then
  gets the same friendly line as an unknown one); a person has at most MAX_LIVE_LINKS live;
- inline plays (where each posted inline message stands): PLAYS_DAYS after their last tap
  (a button on an older message is "this button has expired");
- chats with no waiting prank, no score and no network, untouched for CHATS_DAYS (what goes
  is a chosen language and the no-repeat decks);
- networks not used (trained, shown or asked) for NETWORKS_DAYS;
- handled update ids: two days (bot/storage/interface.py, UPDATES_KEPT_SECONDS).

The sweep runs at start and every SWEEP_SECONDS, on every instance (deleting twice is
harmless); README's data section and docs/retention.md say the same.
"""

from __future__ import annotations

import logging

from bot.application.links import LINK_SECONDS
from bot.storage import Cutoffs, Storage

log = logging.getLogger(__name__)

DAY = 24 * 3600
PLAYS_DAYS = 30
CHATS_DAYS = 90
NETWORKS_DAYS = 90
SWEEP_SECONDS = 3600.0


def cutoffs(now: float) -> Cutoffs:
    return Cutoffs(
        links=now - LINK_SECONDS,
        plays=now - PLAYS_DAYS * DAY,
        chats=now - CHATS_DAYS * DAY,
        networks=now - NETWORKS_DAYS * DAY,
    )


def sweep(storage: Storage, now: float) -> dict[str, int]:
    """Delete what is past keeping; how many rows of each kind went (logged when any)."""
    gone = storage.prune(cutoffs(now))
    if any(gone.values()):
        log.info("retention: deleted %s", ", ".join(f"{n} {kind}" for kind, n in gone.items()))
    return gone
