"""carry31: what the round's engine change (ops31) left to carry, pinned through the Telegram
emulator with real SQLite and the real corpus.

1. A turn arriving while an earlier turn's rest (`Unsaid`) waits for Telegram, which refuses
   the rest again, waits behind it: said after it, in order, never in between.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    CAROL,
    carols_own_link,
    private,
    running_bot,
    sends,
    wait_for,
)

slow = pytest.mark.slow  # a bot against the Telegram emulator

LINK = "carry31linkcode01"


@slow
async def test_a_turn_arriving_while_the_rest_is_refused_again_waits_behind_it(
    emulator: Emulator, tmp_path: Path, corpus: Corpus
) -> None:
    """Carol opens her own prank link: the bot's first line leaves, its question meets a 500
    (the rest kept). She sends /help before the retry; Telegram refuses the question again
    at the start of that turn. The help's line is not said before the question: the
    question, then the help, once each. Breakage: the turn sent at once (seen red: the help
    before the question)."""
    db = tmp_path / "bot.sqlite3"
    carol = CAROL["id"]
    english, own, question = carols_own_link(db, LINK, corpus)
    async with running_bot(emulator, db, sweep_seconds=3):
        emulator.inject("sendMessage", "none", chat_id=carol)
        emulator.inject("sendMessage", "500", chat_id=carol)
        emulator.inject("sendMessage", "500", chat_id=carol)
        mark = emulator.mark()
        emulator.user_message(private(english), english, f"/start {LINK}")
        await wait_for(emulator, sends(carol, own), after=mark, timeout=15)
        emulator.user_message(private(english), english, "/help")
        await wait_for(emulator, sends(carol, question), after=mark, timeout=15)
        await wait_for(
            emulator,
            lambda call: sends(carol)(call) and call["params"]["text"] not in (own, question),
            after=mark,
            timeout=15,
        )
    said = emulator.sent_texts(carol)
    assert said[0] == own, said
    assert said[1] == question, said
    assert len(said) == 3 and question not in said[2], said
