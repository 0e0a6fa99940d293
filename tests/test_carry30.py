"""carry30: round thirty's scoring change (ops30) carried by one who must maintain it.

1. A timeout's reveal that never left (Telegram down) puts its prank back to be revealed on a
   later sweep; since ops28 a timeout after a hinted guess is that guess's fall (and a fall
   on the way stands at a timeout too), scored on the group's board and the faller's record.
   Each try that never left scored it again: three tries, three falls on the board and the
   record for one prank, where the metrics and the link report (which skip a reveal that
   never left) counted one.

Each pins a behaviour with real answers through the real corpus: the real Application over
HTTP against the emulator with its SQLite, or the engine; no mock of our code."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE, WILD_GUESS, handled, hinted_reveal
from tests.support.emulator import Emulator
from tests.support.slow_clients import wait_until
from tests.support.telegram_fixtures import ALICE, BOB, GROUP, running_bot, sends, wait_for

slow = pytest.mark.slow  # a bot against the Telegram emulator


# -- 1. a reveal put back scores its fall once ----------------------------------------------------


def hinted_and_overdue(corpus: Corpus) -> ChatState:
    """Alice's open prank in GROUP, started at the epoch (long past its time), and Bob's wild
    guess at it answered with the hint: if it ends now, Bob's guess fell."""
    engine = Engine(corpus)
    alice = Person(ALICE["id"], ALICE["first_name"], ALICE.get("username"), "en")
    bob = Person(BOB["id"], BOB["first_name"], None, "en")
    group = {"in_group": True, "chat_id": GROUP["id"]}
    routine = HINTED_ROUTINE["en"]
    chat = ChatState(lang="en")
    chat = handled(engine, chat, Incoming(alice, f"/prank {routine} anyway", 0.0, **group)).chat
    (ticket,) = chat.pranks
    guess = Incoming(bob, WILD_GUESS["en"], 1.0, ticket=ticket, **group)  # type: ignore[arg-type]
    chat = handled(engine, chat, guess).chat
    tried = chat.pranks[ticket].tried
    assert tried is not None and tried.is_same(bob)  # the hint, not the punchline
    return chat


@slow
async def test_a_reveal_put_back_while_telegram_is_down_scores_its_fall_once(
    emulator: Emulator, tmp_path: Path, corpus: Corpus, caplog: pytest.LogCaptureFixture
) -> None:
    """Bob's hinted guess at Alice's open group prank; the prank comes due while Telegram
    cannot be reached, its reveal tried and put back a few times, then said once Telegram is
    back. The board and Bob's and Alice's records hold one fall, as the reveal says once.
    Breakage: each put-back try's scores kept (seen red: the board and records counted every
    try)."""
    caplog.set_level(logging.WARNING, logger="bot.application.turn")
    never_left = f"chat {GROUP['id']}: a timeout's reveal never left"
    reveal = hinted_reveal(corpus, "en")
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db, sweep_seconds=0.2):
        await asyncio.to_thread(emulator.wait_for_count, "setMyCommands", 1)
        emulator.go_down()
        storage = Storage(db)
        try:
            storage.save_chat(GROUP["id"], hinted_and_overdue(corpus))
        finally:
            storage.close()

        # sweeps meet the outage: the reveal put back and tried again (waited for in the log)
        def put_back_tries() -> int:
            return sum(never_left in record.getMessage() for record in caplog.records)

        await asyncio.to_thread(wait_until, lambda: put_back_tries() >= 2, 15, "two tries")
        tries = put_back_tries()
        emulator.come_back()
        await wait_for(emulator, sends(GROUP["id"], reveal), timeout=30)
        # the prank ends in the store: later sweeps find nothing to say or score again
        await asyncio.to_thread(wait_until, lambda: _ended(db), 10, "the prank ended")
    assert tries >= 2, tries
    stored = Storage(db)
    try:
        chat = stored.load_chat(GROUP["id"])
        bob, alice = stored.load_record(BOB["id"]), stored.load_record(ALICE["id"])
    finally:
        stored.close()
    assert chat.pranks == {}
    fooled = {key: score.fooled for key, score in chat.scores.items() if score.fooled}
    pranked = {key: score.pranked for key, score in chat.scores.items() if score.pranked}
    assert list(fooled.values()) == [1] and list(pranked.values()) == [1], chat.scores
    assert (bob.fell, alice.pulled) == (1, 1), (bob, alice)
    reveals = [t for t in emulator.sent_texts(GROUP["id"]) if reveal in t]
    assert len(reveals) == 1, reveals


def _ended(db: Path) -> bool:
    """Whether the stored group holds no prank any more."""
    storage = Storage(db)
    try:
        return not storage.load_chat(GROUP["id"]).pranks
    finally:
        storage.close()
