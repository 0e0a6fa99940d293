"""Round thirty's red team (redteam30): this round's changes attacked from outside.

1. A timeout's reveal that never left is put back for a later sweep (ops21), but the fall it
   ended with was already on the group's board and in the people's records (a hinted guess's
   fall, kept by a timeout since ops28 and told through `Engine._left` since ops30; a fall on
   the way too): the later sweep ended it again, and the same fall counted twice.

Each pins a behaviour with real answers through the real corpus: the real Application over
real HTTP against the strict emulator, or the engine; no mock of our code."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE, WILD_GUESS, handled
from tests.support.emulator import Emulator
from tests.support.playground import played, said_after
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    GROUP,
    Logged,
    running_bot,
    sends,
    wait_for,
)

# -- 1. a reveal said late scores its fall once ------------------------------------------------


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_a_timeout_s_reveal_said_on_a_later_sweep_scores_its_fall_once(
    emulator: Emulator, tmp_path: Path, corpus: Corpus
) -> None:
    """Alice's compliment game in the group, Carol's guess hinted, and the prank long past its
    time when Telegram cannot be reached: the sweep's reveal never leaves and the prank is
    put back. Telegram back, a later sweep says it, once, with the board's line: Carol fell
    once, on the board and in her record, and Alice pulled it once. Breakage: the put-back
    prank scored again when it ended again (seen red: the board at two falls, Carol's record
    at two)."""
    engine, state = Engine(corpus), ChatState(lang="en")
    alice = Person(ALICE["id"], ALICE["first_name"], ALICE.get("username"), "en")
    carol = Person(CAROL["id"], CAROL["first_name"], CAROL.get("username"), "en")
    group_id = GROUP["id"]
    assert isinstance(group_id, int)
    started = Incoming(alice, f"/prank {HINTED_ROUTINE['en']}", 0.0, True, chat_id=group_id)
    state = handled(engine, state, started).chat
    guess = Incoming(carol, WILD_GUESS["en"], 1.0, True, ticket="1", chat_id=group_id)
    state = handled(engine, state, guess).chat
    (prank,) = state.pranks.values()
    assert prank.tried is not None and prank.tried.is_same(carol), prank
    never_left = Logged("a timeout's reveal never left")
    logging.getLogger("bot.application.turn").addHandler(never_left)
    db = tmp_path / "bot.sqlite3"
    got = say("got_you", "en", by="@alice", target="@carol")
    try:
        async with running_bot(emulator, db, sweep_seconds=0.3):
            await asyncio.to_thread(emulator.wait_for_count, "setMyCommands", 1)
            emulator.go_down()
            storage = Storage(db)
            try:
                storage.save_chat(group_id, state)  # due since the epoch began
            finally:
                storage.close()
            assert await asyncio.to_thread(never_left.event.wait, 15)
            emulator.come_back()
            await wait_for(emulator, sends(group_id, got), timeout=20)
    finally:
        logging.getLogger("bot.application.turn").removeHandler(never_left)
    said = [text for text in emulator.sent_texts(group_id) if got in text]
    assert len(said) == 1, said
    storage = Storage(db)
    try:
        saved = storage.load_chat(group_id)
        board = {s.name: (s.pranked, s.fooled) for s in saved.scores.values()}
        carol_s, alice_s = storage.load_record(CAROL["id"]), storage.load_record(ALICE["id"])
    finally:
        storage.close()
    assert saved.pranks == {}
    assert board == {"@alice": (1, 0), "@carol": (0, 1)}, board
    assert (carol_s.fell, alice_s.pulled) == (1, 1), (carol_s, alice_s)


# -- 2. /train given a wall of words says a few, and how it is used ----------------------------


@pytest.mark.parametrize(
    ("words", "last"),
    [
        (" ".join(f"r{n}" for n in range(1000)), "/train [gate]"),  # words it does not know
        ("epochs=abc " * 400, "epoch"),  # one bad value, over and over
        (" ".join(f"lr=x{n}" for n in range(500)), "lr"),  # bad values, each its own
    ],
)
def test_train_given_a_wall_of_words_says_a_few_and_how_it_is_used(
    corpus: Corpus, tmp_path: Path, words: str, last: str
) -> None:
    """/train with a message's worth of words it cannot read: the reply names a few of them
    and ends with how /train is used (the usage line, or what the setting means), well
    inside one Telegram message. Breakage: every word said, a line each (seen red: 1,000
    lines, 28,000 characters; Telegram cut the message long before the usage line)."""
    typed = f"/train {words.strip()}"
    answer = said_after(played(corpus, tmp_path, typed), typed)
    assert len(answer) <= 2000, (len(answer), answer[:300])
    assert last in answer.splitlines()[-1], answer[-300:]
