"""speed29b: the answer step and the garbage collector.

What the bot holds for its life (the corpus, its lexicon, matchers and learned opinions) is put
out of the collector's reach once loaded (`bot.memory.settle`, at the bot's start, after a
/reload, and now in `bench.engine`, which timed an unfrozen heap). The step itself makes no
cyclic garbage: everything an answer builds is freed by its reference count when the step ends,
so the step's allocations never add up to a collection (0 collections in 100,000 typical
steps, measured compiled) and a frozen heap does not change its speed. The test keeps it so:
an object left in a reference cycle by every step would add up to collections of the young
generation again, and to full ones walking whatever is not frozen."""

from __future__ import annotations

import gc
import random

from bot.__main__ import DEFAULT_EVAL
from bot.content.corpus import Corpus
from bot.content.evaluation import read_rows
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled


def test_the_typical_step_leaves_no_cyclic_garbage(corpus: Corpus) -> None:
    """The bench's typical answers (the eval set's first-state answers, each in its routine's
    waiting state), read once to fill the caches and again with the collector off: nothing
    the second reading built is left in a reference cycle (a collection finds no garbage)."""
    engine = Engine(corpus, random.Random(29))
    mei = Person(123456789, "Mei", "mei_2024", "zh-hans")
    rows = read_rows(DEFAULT_EVAL)
    chats: dict[str, ChatState] = {}
    for row in rows:
        if row.routine not in chats:
            started = handled(engine, ChatState(), Incoming(mei, f"/prank {row.routine}", 0.0))
            chats[row.routine] = started.chat
    typical = [(chats[r.routine], Incoming(mei, r.answer, 1.0)) for r in rows if r.state == "ask"]
    assert len(typical) > 500
    for chat, message in typical:  # caches (corrections, the states' last readings) filled
        handled(engine, chat, message)
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for chat, message in typical:
            handled(engine, chat, message)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
