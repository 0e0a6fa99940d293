"""/train with numbers no one should type: the usage line, never "Oops" and a traceback.
End to end: the real Application, polling the emulator over real HTTP."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator

HUGE = "9" * 400  # an int Python reads, but too large for a float
ENDLESS = "9" * 5000  # more digits than int() reads at all


@pytest.mark.parametrize(
    "words",
    [
        f"epochs={HUGE}",
        f"hidden={HUGE}",
        f"lr={HUGE}",
        f"epochs={ENDLESS}",
        f"lr={ENDLESS}",
        "lr=1e999",
        f"epochs=-{HUGE}",
    ],
)
async def test_a_number_too_large_for_anything_gets_the_usage_line(
    emulator: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture, words: str
) -> None:
    caplog.set_level(logging.INFO)
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(ALICE), ALICE, f"/train {words}")
        answer = await wait_for(emulator, sends(ALICE["id"], "won't do"))
    text = answer["params"]["text"]
    assert "/train" in text and "must be a number from" in text, text  # the range, the form
    assert len(text) < 1000  # the value is shown cut short, not 400 digits long
    assert not any("broke" in t for t in emulator.sent_texts(ALICE["id"]))  # no "Oops"
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
