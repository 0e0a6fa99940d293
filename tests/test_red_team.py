"""What a hostile client tried and broke: each test is a fault found by attacking the bot
from the outside (a user's commands and taps, or the webhook with absurd bodies), seen
failing before its fix. The real Application over real HTTP against the emulator, or on its
webhook over loopback; never a mock of our code."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.conversation.buttons import LIST_PAGE, list_order
from bot.i18n.catalogue import say
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    private,
    running_bot,
    sends,
    wait_for,
)

pytestmark = pytest.mark.slow  # the Telegram emulator, for real


def keyboard(call: dict) -> list[list[dict]]:
    return call["params"]["reply_markup"]["inline_keyboard"]


# -- commands with absurd arguments --------------------------------------------------------


async def test_list_with_a_digit_int_cannot_read_gets_the_first_page(
    emulator: Emulator, tmp_path: Path, corpus, caplog: pytest.LogCaptureFixture
) -> None:
    """Breakage: `/list ²` (or ①) passed str.isdigit, then int() raised: a traceback in the
    log and "Oops, something broke" in the chat, from any user."""
    first = corpus.routines[list_order(corpus, "en")[0][0]].title.in_("en")
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        for text in ("/list ²", "/list ①", "/list ٢"):
            mark = emulator.mark()
            emulator.user_message(private(ALICE), ALICE, text)
            call = await wait_for(emulator, sends(ALICE["id"]), after=mark)
            assert call["params"]["text"].startswith(say("list_title", "en")), text
            assert keyboard(call)[0][0]["text"] in (
                first,  # ² and ① are no page number: the first page
                corpus.routines[list_order(corpus, "en")[LIST_PAGE][0]].title.in_("en"),  # ٢: 2
            )
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert emulator.rejected == []
