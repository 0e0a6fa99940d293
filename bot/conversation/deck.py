"""Shuffled decks: a chat sees every joke (story, prank) once before any comes back.

A deck is two numbers kept in the chat's state — a seed and a position — so it costs a few
bytes and survives restarts: the order is the items' ids, sorted, shuffled by the seed. When
the position reaches the end, a new seed starts a new round; its first item is never the one
the last round ended on. A routine played by its name is dealt out of turn: its place in the
round is marked (`skip`, a bit per place), so the deck does not deal it again this round.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

SEED_RANGE = 2**20  # a million orders is plenty, and the seed stays short in the state
ORDERS_KEPT = 4096  # shuffles kept in memory: a chat's deck is shuffled alike at each turn


@dataclass(frozen=True)
class Deck:
    seed: int
    position: int = 0
    skip: int = 0  # bit i: order[i] was dealt out of turn (always 0 below `position`)

    def order(self, ids: Sequence[str]) -> Sequence[str]:
        return _shuffled(self.seed, tuple(ids))

    def draw(self, ids: Sequence[str], rng: random.Random) -> tuple[str, Deck]:
        """The next item, and the deck after it. `ids` must not be empty."""
        order = self.order(ids)
        if self.position < len(order):
            return order[self.position], _passed(self.seed, self.position + 1, self.skip)
        deck = new_deck(rng)  # the round is over: a new shuffle, not starting where it ended
        for _ in range(8):
            if len(order) < 2 or deck.order(ids)[0] != order[-1]:
                break
            deck = new_deck(rng)
        return deck.draw(ids, rng)

    def deal(self, item: str, ids: Sequence[str]) -> Deck:
        """The deck after `item` was dealt out of turn (played by its name): it does not come
        again this round. An item already dealt this round, or not in `ids`, changes nothing."""
        order = self.order(ids)
        if item not in order or order.index(item) < self.position:
            return self
        return _passed(self.seed, self.position, self.skip | 1 << order.index(item))


@lru_cache(maxsize=ORDERS_KEPT)
def _shuffled(seed: int, ids: tuple[str, ...]) -> tuple[str, ...]:
    """`ids`, sorted, shuffled by `seed`: the same each time (~12 µs for 40 ids, read again
    at each draw and deal of the chat's deck)."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    return tuple(shuffled)


def _passed(seed: int, position: int, skip: int) -> Deck:
    """The deck at `position`, past the places dealt out of turn that come next."""
    while skip >> position & 1:
        position += 1
    return Deck(seed, position, skip & ~((1 << position) - 1))


def new_deck(rng: random.Random) -> Deck:
    return Deck(rng.randrange(SEED_RANGE))
