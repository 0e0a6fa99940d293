"""Names cannot spoof the "X pranked Y" line or /stats.

Breakage: a name with bidi controls (U+202E and friends) or zero-width characters was shown as
given: it could reverse the rest of the line, or pass for another member's name. Now such
characters are stripped where a Person is made, right-to-left names are isolated (FSI…PDI)
where they are interpolated, and two members whose names look alike are told apart by a
short suffix. Through the real Application against the emulator."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import running_bot, sends, wait_for

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP

GROUP = {"id": -100909, "type": "supergroup", "title": "Lookalikes"}
ZH = {"is_bot": False, "language_code": "zh-hans"}  # the group plays in Chinese
BOB = {"id": 2101, **ZH, "first_name": "Bob"}
FAKE_BOB = {"id": 2102, **ZH, "first_name": "B\u200bob", "last_name": "\u2060"}
REVERSER = {"id": 2103, **ZH, "first_name": "\u202eevE", "last_name": "\u200f"}
AVI = {"id": 2104, **ZH, "first_name": "אבי"}
FSI, PDI = "\u2068", "\u2069"


def invisible(text: str) -> set[str]:
    """The format characters in `text` other than the bot's own isolates."""
    return {ch for ch in text if unicodedata.category(ch) == "Cf" and ch not in (FSI, PDI)}


async def prank(emulator: Emulator, by: dict, victim: dict) -> str:
    """`by` pranks `victim` (by replying to their message); the victim falls for it; the
    line that says who got whom."""
    said = emulator.user_message(GROUP, victim, "hello")
    emulator.user_message(GROUP, by, "/prank ten-knives", reply_to=said)
    asked = await wait_for(emulator, sends(GROUP["id"], "十把刀"), after=len(emulator.sent) - 1)
    question = emulator.messages[(GROUP["id"], asked["result"]["message_id"])]
    mark = emulator.mark()
    emulator.user_message(GROUP, victim, "八把", reply_to=question)
    return (await wait_for(emulator, sends(GROUP["id"], "套路了"), after=mark))["params"]["text"]


async def test_names_cannot_spoof_the_prank_line_or_the_stats(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        twins = await prank(emulator, BOB, FAKE_BOB)
        reversed_ = await prank(emulator, REVERSER, AVI)
        emulator.user_message(GROUP, BOB, "/stats")
        board = (await wait_for(emulator, sends(GROUP["id"], "套路榜")))["params"]["text"]
    for text in (twins, reversed_, board):
        assert invisible(text) == set(), text
    # Two members whose names look alike are never shown as one.
    assert "Bob (#2101)" in twins and "Bob (#2102)" in twins
    assert "Bob (#2101)" in board and "Bob (#2102)" in board
    # What was left of the reverser's name shows as written; a right-to-left name is isolated.
    assert "evE" in reversed_ and f"{FSI}אבי{PDI}" in reversed_
    assert f"{FSI}אבי{PDI}" in board
