"""Prank links end to end: made by /link, opened through t.me/<bot>?start=CODE, the owner told
how it went; expiry, the play cap and unknown codes. On Telegram and in the playground."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.application.links import LINK_SECONDS, MAX_PLAYS
from bot.config import PROJECT_ROOT
from bot.storage import LinkRecord, Storage
from tests.support.emulator import Emulator
from tests.support.lines import fixed, say
from tests.support.telegram_fixtures import ALICE, BOB, private, running_bot, sends, wait_for

pytestmark = pytest.mark.slow  # a bot against the emulator, and the playground as a process

CAROL = {"id": 1003, "is_bot": False, "first_name": "Carol", "language_code": "en"}


async def test_a_link_pranks_whoever_opens_it_and_tells_its_owner(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        emulator.user_message(private(ALICE), ALICE, "/link ten knives")
        made = await wait_for(emulator, sends(ALICE["id"], "https://t.me/TaoluBot?start="))
        code = re.search(r"start=([\w-]+)", made["params"]["text"]).group(1)
        assert len(code) >= 16  # 96 random bits
        emulator.user_message(private(BOB), BOB, f"/start {code}")
        await wait_for(emulator, sends(BOB["id"], "还剩几把"))
        emulator.user_message(private(BOB), BOB, "还剩八把吧")
        await wait_for(emulator, sends(BOB["id"], "儿子"))
        told = await wait_for(emulator, sends(ALICE["id"], fixed("link_result_fell", "en")))
        assert (
            "Bob &lt;&amp;&gt;" in told["params"]["text"] and "还剩八把吧" in told["params"]["text"]
        )
        emulator.user_message(private(ALICE), ALICE, "/links")
        listed = await wait_for(emulator, sends(ALICE["id"], say("links_title", "en")))
        assert f"opened 1 of {MAX_PLAYS} times" in listed["params"]["text"]
        assert fixed("link_result_fell", "en") in listed["params"]["text"]
        # Someone who answers right saw through it, and the owner hears that instead.
        emulator.user_message(private(ALICE), ALICE, "/link one-and-three")
        made = await wait_for(emulator, sends(ALICE["id"], "Between one and three"))
        code = re.search(r"start=([\w-]+)", made["params"]["text"]).group(1)
        emulator.user_message(private(CAROL), CAROL, f"/start {code}")
        await wait_for(emulator, sends(CAROL["id"], "between"))
        emulator.user_message(private(CAROL), CAROL, "it's and lol")
        await wait_for(emulator, sends(ALICE["id"], "Carol answered “it's and lol” and saw"))
    assert emulator.rejected == []


async def test_stale_capped_and_unknown_links_get_a_clear_line_and_start_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    now = time.time()
    storage.create_link(LinkRecord("old-link-code-0001", ALICE["id"], "en", "ten-knives",
                                   now - LINK_SECONDS - 60))  # fmt: skip
    storage.create_link(LinkRecord("full-link-code-001", ALICE["id"], "en", "ten-knives", now))
    for _ in range(MAX_PLAYS):
        storage.count_link_play("full-link-code-001", MAX_PLAYS)
    storage.close()
    async with running_bot(emulator, db):
        for n, code in enumerate(["old-link-code-0001", "full-link-code-001", "no-such-code-123"]):
            person = {**CAROL, "id": 2000 + n}
            emulator.user_message(private(person), person, f"/start {code}")
            stale = await wait_for(emulator, sends(person["id"], say("link_stale", "en")))
            assert stale
            # nothing started (fair11): a word after it is no answer, it gets the nudge
            emulator.user_message(private(person), person, "hello")
            nudged = await wait_for(emulator, sends(person["id"], say("nudge", "en")))
            assert nudged
            texts = emulator.sent_texts(person["id"])
            assert texts == [stale["params"]["text"], nudged["params"]["text"]], texts
    assert Storage(db).get_link("full-link-code-001").plays == MAX_PLAYS
    assert not any(fixed("link_result_fell", "en") in t for t in emulator.sent_texts(ALICE["id"]))


def test_a_link_in_the_playground(tmp_path: Path) -> None:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "BOT_DATA_DIR": str(tmp_path),
                   "LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8",
                   "PYTHONPATH": str(PROJECT_ROOT)}  # fmt: skip
    unknown = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="/as bob\n/open NOTACODE12345\n",
        capture_output=True, text=True, timeout=60, cwd=tmp_path, env=environment,
    )  # fmt: skip
    assert say("link_stale", "zh") in unknown.stdout  # a clear line, and nothing started
    played = subprocess.run(
        [sys.executable, "-c", PLAY_IN_ONE_SESSION],
        capture_output=True, text=True, timeout=60, cwd=tmp_path, env=environment,
    )  # fmt: skip
    assert f"({say('playground_as_private_theirs', 'zh', name='bob')})" in played.stdout
    assert "一和三的中间" in played.stdout
    assert (
        say("playground_told", "zh", name="you") in played.stdout
        and "bob 答了“二”，中招了" in played.stdout
    )


# One playground session that makes a link, reads its code from its own output, and opens it
# as bob: what a person does by copying the code from the screen.
PLAY_IN_ONE_SESSION = """
import re, subprocess, sys
p = subprocess.Popen([sys.executable, "-m", "bot", "chat"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
p.stdin.write("/link one-and-three\\n"); p.stdin.flush()
line = ""
while "start=" not in line:
    line = p.stdout.readline()
code = re.search(r"start=([\\w-]+)", line).group(1)
out, _ = p.communicate(f"/as bob\\n/open {code}\\n二\\n", timeout=60)
print(line + out)
"""
