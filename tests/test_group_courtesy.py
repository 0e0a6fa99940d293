"""Replies aimed at someone else's question cannot flood a group.

Breakage: the throttle counted only commands, so a member replying 30 times to a question
aimed at someone else (or sending stickers at it) drew 25 "not for you" lines in 20 s, and the
real target's answer waited 34 s behind Telegram's per-group budget. Now "not for you" and
"words please" go at most once per member per prank, and such lines count in the member's
throttle. Through the real Application against the emulator, with Telegram's limits on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, BOB, CAROL, GROUP, running_bot, sends, wait_for

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP

STICKER = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
           "height": 512, "is_animated": False, "is_video": False}  # fmt: skip


async def test_a_member_spamming_someone_elses_question_draws_one_line(
    emulator: Emulator, tmp_path: Path
) -> None:
    assert emulator.limits  # Telegram's limits: 20 messages a minute in one group
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(GROUP, BOB, "/prank ten-knives @carol")
        asked = await wait_for(emulator, sends(GROUP["id"], "@carol"))
        question = emulator.messages[(GROUP["id"], asked["result"]["message_id"])]
        mark = emulator.mark()
        for n in range(30):
            emulator.user_message(GROUP, ALICE, f"eight {n}", reply_to=question)
            if n % 6 == 0:
                emulator.user_message(GROUP, ALICE, None, reply_to=question, sticker=STICKER)
        # Bob, who asked, cannot answer his own prank at Carol either; told once too.
        for n in range(5):
            emulator.user_message(GROUP, BOB, f"八把 {n}", reply_to=question)
        emulator.user_message(GROUP, CAROL, "八把", reply_to=question)
        answered_at = time.perf_counter()
        punchline = await wait_for(emulator, sends(GROUP["id"], "套路了"), after=mark)
    lines = [c["params"]["text"] for c in emulator.sent[mark:] if c["method"] == "sendMessage"]
    assert punchline["at"] - answered_at < 2.5, "the target's answer waited behind the spam"
    assert sum("@carol" in line and "别抢答" in line for line in lines) <= 2  # Alice, Bob
    assert sum("文字" in line for line in lines) == 0  # stickers of a bystander: no "words"
    assert len(lines) <= 3
    assert emulator.too_many == []
