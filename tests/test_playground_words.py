"""The playground's own lines read as English: "your private chat", never "you's"."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

from bot.console.playground import Playground
from tests.test_playground_flow import Recorder


def test_back_in_private_it_says_whose_chat_in_plain_english(tmp_path: Path) -> None:
    out = io.StringIO()
    playground = Playground(Recorder(), out, tmp_path)  # type: ignore[arg-type]

    async def script() -> None:
        for line in ("/group", "/private", "/as bob", "/group", "/private"):
            await playground.feed(line)

    asyncio.run(script())
    lines = out.getvalue().splitlines()
    assert "(in your private chat with the bot)" in lines
    assert "(in bob's private chat with the bot)" in lines
    assert not any("you's" in line for line in lines)


def test_only_you_are_the_bots_admin_not_whoever_you_speak_as(tmp_path: Path) -> None:
    """The playground made everyone an admin, so /reload worked for anyone and /new took
    links and @mentions from anyone (new user, round 15): you are, /as people are not, and
    the banner says so."""
    from bot.i18n.catalogue import say

    recorder = Recorder()
    playground = Playground(recorder, io.StringIO(), tmp_path)  # type: ignore[arg-type]

    async def script() -> None:
        for line in ("/reload", "/as bob", "/reload", "/group", "/reload"):
            await playground.feed(line)

    asyncio.run(script())
    # /group is bob adding the bot to the group too (its greeting's turn), no admin either
    you, bob, bob_adds_the_bot, bob_in_group = recorder.seen
    assert bob_adds_the_bot.bot_added
    assert you.admin and not bob.admin and not bob_adds_the_bot.admin and not bob_in_group.admin
    assert "admin" in say("playground_banner", "en") and "/as" in say("playground_banner", "en")
