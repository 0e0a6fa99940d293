"""carry30b: a board that counts only falls somebody heard.

1. A turn whose own reply certainly never left (Telegram answered that it failed) raised, and
   the chat is told "Oops… please try again", but the turn's state (its prank ended, a fall on
   the group's board, the records) was saved before the send: the board and /stats counted a
   fall nobody heard, where the metrics and the link report (which skip a turn that raised)
   counted none, and the "try again" met a prank already over. Chosen: the answer is lost, as
   the apology says; the turn is taken back whole (the chat as it was before it, its records'
   tallies withdrawn: `records.withdrawn`, as carry30's put-back reveal takes back its own),
   so the answer given again plays as the first would have.
2. Engine: the prank a /prank that drops several ends with is the last by ticket number
   ("10" after "9"), not by the tickets' strings.

Each pins a behaviour with real answers through the real corpus: the real Application over
HTTP against the emulator with its SQLite, or the engine; no mock of our code."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE
from tests.support.emulator import Emulator
from tests.support.slow_clients import wait_until
from tests.support.telegram_fixtures import ALICE, BOB, GROUP, running_bot, sends, wait_for

slow = pytest.mark.slow  # a bot against the Telegram emulator

COMPLIMENT = "you are so smart"  # compliment-game's compliment branch: the fall


# -- 1. a turn whose reply never left is taken back ------------------------------------------


@slow
async def test_a_fall_whose_punchline_never_left_is_not_on_the_board(
    emulator: Emulator, tmp_path: Path, corpus: Corpus
) -> None:
    """Bob falls for Alice's open group prank, but Telegram answers the punchline with a 500:
    nothing of the turn was said, and the chat is asked to try again. The board and Bob's and
    Alice's records hold no fall, the prank still waits; Bob's answer said again falls once,
    heard. Breakage: the turn's saved state kept (seen red: the board and records counted
    the unheard fall, and the answer given again met no prank)."""
    db = tmp_path / "bot.sqlite3"
    group_id = GROUP["id"]
    assert isinstance(group_id, int)
    async with running_bot(emulator, db) as app:
        app.bot_data["services"].engine.prank_cooldown = 0.0
        state = corpus.routines[HINTED_ROUTINE["en"]].states["ask"]
        emulator.user_message(GROUP, ALICE, f"/prank {HINTED_ROUTINE['en']}")
        asked = await wait_for(emulator, sends(group_id, state.say.in_("en")))
        emulator.inject("sendMessage", "500", chat_id=group_id)
        mark = emulator.mark()
        emulator.user_message(GROUP, BOB, COMPLIMENT, reply_to=asked["result"])
        await wait_for(emulator, sends(group_id, "try again"), after=mark, timeout=10)
        # the take-back is saved beside the apology: waited for in the store, not by the clock
        await asyncio.to_thread(wait_until, lambda: _waiting(db, group_id), 10, "the prank back")
        unheard = Storage(db)
        try:
            chat = unheard.load_chat(group_id)
            bob, alice = unheard.load_record(BOB["id"]), unheard.load_record(ALICE["id"])
        finally:
            unheard.close()
        assert len(chat.pranks) == 1, chat.pranks  # the prank waits for the answer again
        assert not any(score.fooled or score.pranked for score in chat.scores.values())
        assert (bob.fell, alice.pulled) == (0, 0), (bob, alice)
        mark = emulator.mark()
        # said again: it falls, heard
        emulator.user_message(GROUP, BOB, COMPLIMENT, reply_to=asked["result"])
        await wait_for(emulator, sends(group_id, "got"), after=mark, timeout=30)
        await asyncio.to_thread(
            wait_until, lambda: not _waiting(db, group_id), 10, "the prank ended in the store"
        )
    stored = Storage(db)
    try:
        chat = stored.load_chat(group_id)
        bob, alice = stored.load_record(BOB["id"]), stored.load_record(ALICE["id"])
    finally:
        stored.close()
    assert chat.pranks == {}
    fooled = [score.fooled for score in chat.scores.values() if score.fooled]
    pranked = [score.pranked for score in chat.scores.values() if score.pranked]
    assert (fooled, pranked) == ([1], [1]), chat.scores
    assert (bob.fell, alice.pulled) == (1, 1), (bob, alice)


def _waiting(db: Path, chat_id: int) -> bool:
    """Whether the stored chat holds a prank still waiting for its answer."""
    storage = Storage(db)
    try:
        return bool(storage.load_chat(chat_id).pranks)
    finally:
        storage.close()
