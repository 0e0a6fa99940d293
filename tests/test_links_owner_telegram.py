"""A link's owner exemption (no play, no result) over Telegram's real shapes: only the owner's
own account opening it in their private chat is exempt. A friend forwarding the owner's
"/start CODE", the owner's "/start CODE" in a group, or an edit into one is no way round the
link's plays or its results (red team 14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.storage import Storage
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    GROUP,
    private,
    running_bot,
    sends,
    wait_for,
)

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP


async def test_only_the_owner_s_own_open_is_exempt(emulator: Emulator, tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        emulator.user_message(private(ALICE), ALICE, "/link ten-knives")
        made = await wait_for(emulator, sends(ALICE["id"], "start="))
        code = re.search(r"start=([A-Za-z0-9_-]+)", made["params"]["text"]).group(1)
        # the owner's "/start CODE" in a group: no link is opened there
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE, f"/start {code}")
        await wait_for(emulator, sends(GROUP["id"]), after=mark)
        # the owner's own message edited into "/start CODE": an edit is not a new message
        sent = emulator.compose_message(private(ALICE), ALICE, "hi")
        emulator.push({"edited_message": {**sent, "text": f"/start {code}", "edit_date": 1}})
        # the owner's own try: played, not counted
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, f"/start {code}")
        await wait_for(emulator, sends(ALICE["id"], "knives"), after=mark)
        # Carol forwards the owner's "/start CODE": Carol is who sent it, so it is her play
        origin = {"type": "user", "sender_user": ALICE, "date": 1}
        mark = emulator.mark()
        emulator.user_message(private(CAROL), CAROL, f"/start {code}", forward_origin=origin)
        await wait_for(emulator, sends(CAROL["id"]), after=mark)
        mark = emulator.mark()
        emulator.user_message(private(CAROL), CAROL, "八把")
        await wait_for(emulator, sends(ALICE["id"], "@carol"), after=mark)  # told to the owner
    storage = Storage(db)
    try:
        assert storage.get_link(code).plays == 1  # Carol's alone
    finally:
        storage.close()
    assert emulator.rejected == []
