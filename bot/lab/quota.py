"""How much training time a person and a chat may use: token buckets of worker seconds.

Each person and each chat has a bucket of `capacity` seconds of training that refills at
`refill` seconds per second. A run may start when both buckets hold its estimate (or are
full, for a run estimated past a full bucket); the estimate is taken at once, so two quick
starts cannot both spend the same seconds, and when the run ends the bucket is given back
what it did not use, or charged the rest (it may go below zero: the debt is waited off).

Someone who trains, reads the result and trains again is never refused (a default run uses
about a second of a 120-second bucket), while a loop of runs that hit the 60-second cap
gets two in a row and then one every ten minutes.

The buckets live in memory, not in storage: a restart forgets them, which forgives at most
one bucket per person (two minutes of a worker), and the workers are this process's own, so
a quota shared with other processes would bound time that is not theirs to share. Full
buckets are forgotten, so memory holds only who trained in the last twenty minutes.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

CAPACITY_SECONDS = 120.0
REFILL_PER_SECOND = 0.1  # one second of training back every ten seconds


@dataclass
class Quota:
    capacity: float = CAPACITY_SECONDS
    refill: float = REFILL_PER_SECOND
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[Hashable, tuple[float, float]] = field(default_factory=dict)  # level, when
    _sweep_at: int = 1000  # forget full buckets when this many are kept

    def level(self, key: Hashable) -> float:
        """Seconds in `key`'s bucket now."""
        saved = self._buckets.get(key)
        if saved is None:
            return self.capacity
        level, when = saved
        return min(self.capacity, level + (self.clock() - when) * self.refill)

    def wait(self, key: Hashable, seconds: float) -> float:
        """How long until `key` may start a run estimated at `seconds`: 0 if it may now."""
        needed = min(seconds, self.capacity)
        return max(0.0, (needed - self.level(key)) / self.refill)

    def charge(self, key: Hashable, seconds: float) -> None:
        """Take `seconds` from `key`'s bucket (give them back if negative)."""
        level = self.level(key) - seconds
        if level >= self.capacity:
            self._buckets.pop(key, None)
        else:
            self._buckets[key] = (level, self.clock())
        if len(self._buckets) > self._sweep_at:
            for full in [k for k in self._buckets if self.level(k) >= self.capacity]:
                del self._buckets[full]
            self._sweep_at = max(1000, 2 * len(self._buckets))


def whole_seconds(wait: float) -> int:
    """A wait as the chat says it: rounded up, so "in 40 s" is never too early."""
    return max(1, math.ceil(wait))
