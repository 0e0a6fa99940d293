"""The playground shows the headline flow: every message has a number, people's too, so
replying to a friend's message with /prank can be tried as on Telegram."""

from __future__ import annotations

import asyncio
import io
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.config import PROJECT_ROOT
from bot.console.playground import Playground, person_named
from bot.conversation.answering import Incoming
from bot.i18n.catalogue import say

pytestmark = pytest.mark.slow  # the playground as a real process


class Recorder:
    """Turns that only note what they were given."""

    def __init__(self) -> None:
        self.seen: list[Incoming] = []

    async def take(self, incoming: Incoming, outbox: object) -> SimpleNamespace:
        self.seen.append(incoming)
        return SimpleNamespace(handled=True, call=None)

    def lang_for(self, chat_id: int, code: str | None) -> str:
        return "en"


def test_a_reply_to_a_persons_message_names_its_author_and_number(tmp_path: Path) -> None:
    turns, out = Recorder(), io.StringIO()
    playground = Playground(turns, out, tmp_path, language_code="zh-hant")  # type: ignore[arg-type]

    async def script() -> None:
        for line in ("/group", "/as bob", "hi", "/as alice", "/reply 1 /prank", ">1 /prank"):
            await playground.feed(line)

    asyncio.run(script())
    added, hi, by_reply, by_arrow = turns.seen  # /group: you add the bot (ux19), no number
    assert added.bot_added and added.message_id is None and added.sender.name == "you"
    bob = person_named("bob", "zh-hant")
    assert hi.sender == bob and hi.message_id == 1 and hi.reply_to is None
    assert by_reply.sender == person_named("alice", "zh-hant") and by_reply.text == "/prank"
    assert by_reply.replied == bob and by_reply.reply_to == 1 and not by_reply.reply_to_bot
    assert by_reply.message_id == 2 and by_reply.in_group
    assert by_arrow.replied == bob and by_arrow.reply_to == 1
    lines = out.getvalue().splitlines()
    assert "[1] bob: hi" in lines and "[2] alice (re [1]): /prank" in lines


@pytest.mark.parametrize(
    ("locale", "question", "punchline", "got", "lang"),
    [
        ("zh_CN.UTF-8", "一和三的中间", "明明是“和”", "@alice 套路了 @bob", "zh"),
        ("zh_TW.UTF-8", "一和三的中間", "明明是「和」", "@alice 整到 @bob", "zh-hant"),
        ("en_US.UTF-8", 'what\'s between "one"', 'it\'s "and"', "@alice got @bob", "en"),
    ],
)
def test_replying_to_a_friends_message_with_prank_pranks_them(
    locale: str, question: str, punchline: str, got: str, lang: str
) -> None:
    script = "/group\n/as bob\nhi\n/as alice\n/reply 2 /prank one-and-three\n/as bob\n>4 two\n"
    script = script.replace("two", "二" if locale.startswith("zh") else "two")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": "",
            "LC_ALL": "",
            "LC_MESSAGES": "",
            "LANG": locale,
        },
        cwd=PROJECT_ROOT,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr
    # the group, new, is greeted first (ux19): the bot's message [1]
    assert "🎭 [1] " + say("group_hello", lang).split("\n")[0] in out
    assert "[2] bob: hi" in out and "[3] alice (re [2]): /prank one-and-three" in out
    asked = re.search(r"🎭 \[4\] @bob (.*)", out)  # the bot asks bob, not alice
    assert asked and question in asked.group(1).casefold(), out
    assert "[5] bob (re [4]): " in out
    assert punchline in out and got in out, out
