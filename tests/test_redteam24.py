"""Red team 24: ops24's outside-facing changes attacked through the strict Telegram emulator
(the real python-telegram-bot Application over real HTTP)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    private,
    running_bot,
    sends,
    wait_for,
)

SAM = Person(6, "Sam", "samsam", "en")
MEI = Person(5, "Mei", "meimei", "zh-hans")


async def _link(emulator: Emulator, owner: dict, routine: str) -> str:
    """A new prank link of `owner`'s for `routine`: its code."""
    emulator.user_message(private(owner), owner, f"/link {routine}")
    made = await wait_for(emulator, sends(owner["id"], "start="))
    return re.search(r"start=([A-Za-z0-9_-]+)", made["params"]["text"]).group(1)


def _plays(db: Path, code: str) -> int:
    storage = Storage(db)
    try:
        return storage.get_link(code).plays
    finally:
        storage.close()


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_a_link_offered_then_played_anyway_is_one_play(
    emulator: Emulator, tmp_path: Path
) -> None:
    """ops24 counted a link's play at the offer ("only in English… /start CODE anyway") and
    again at "anyway": the owner's /links read 2 plays of one friend, and a friend opening it
    three times to read the offer spent three of its 50 plays with nothing played. A play is
    counted when the link's prank starts. Must not change: a link that plays at once is one
    play."""
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        code = await _link(emulator, ALICE, "toast-toaster")  # English only
        for _ in range(3):  # Carol (zh-hans): offered, nothing played
            mark = emulator.mark()
            emulator.user_message(private(CAROL), CAROL, f"/start {code}")
            await wait_for(emulator, sends(CAROL["id"], f"/start {code} 照玩"), after=mark)
        assert _plays(db, code) == 0
        mark = emulator.mark()
        emulator.user_message(private(CAROL), CAROL, f"/start {code} 照玩")
        await wait_for(emulator, sends(CAROL["id"], "five times"), after=mark)
        assert _plays(db, code) == 1
        plain = await _link(emulator, CAROL, "ten-knives")  # Chinese: Carol's link, Alice's play
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, f"/start {plain} anyway")
        await wait_for(emulator, sends(ALICE["id"], "knives"), after=mark)
        assert _plays(db, plain) == 1
    assert emulator.rejected == []


@pytest.mark.parametrize(
    ("who", "typed", "routine"),
    [
        (SAM, "/prank ten-knives anyway\u200f", "ten-knives"),  # a right-to-left mark after
        (SAM, "/prank ten-knives any\u200dway", "ten-knives"),  # a zero-width joiner inside
        (MEI, "/prank toast-toaster 照\u200d玩", "toast-toaster"),
        (MEI, "/prank toast-toaster \u2067照玩\u2069", "toast-toaster"),  # an isolate round it
        (MEI, "/prank toast-toaster 照\u200b玩吧", "toast-toaster"),  # a zero-width space
    ],
)
def test_the_word_to_play_anyway_is_read_through_invisible_marks(
    engine: Engine, who: Person, typed: str, routine: str
) -> None:
    """An invisible mark in or round 照玩 / "anyway" (pasted from a right-to-left chat, or a
    keyboard's joiner) left the word unread, and the line echoed the name without the mark:
    "There is no routine called “ten-knives anyway”", a line that denies what it shows.
    The word is read as shown, its marks gone (`clean_name`, as a name is shown)."""
    response = handled(engine, ChatState(), Incoming(who, typed, 0.0))
    assert [prank.routine for prank in response.chat.pranks.values()] == [routine]


@pytest.mark.parametrize(
    ("who", "typed", "offered"),
    [
        (SAM, "/prank ten-knives", "/prank ten-knives anyway"),
        (SAM, "/prank ten-knives any\u200fway-ish", "no routine"),
        (MEI, "/prank toast-toaster 照\u200d", "没有叫"),
    ],
)
def test_without_the_word_no_invisible_mark_plays_it(
    engine: Engine, who: Person, typed: str, offered: str
) -> None:
    """Must not change: without the whole word the routine is not played."""
    response = handled(engine, ChatState(), Incoming(who, typed, 0.0))
    assert not response.chat.pranks
    assert offered in response.replies[0].text
