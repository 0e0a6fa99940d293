"""Nothing lost: restarts, kills, rate limits, broken connections, errors, and the token."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.storage import Storage
from bot.telegram.secrecy import redact
from tests.support.emulator import TOKEN, Emulator
from tests.support.lines import opening, say
from tests.support.telegram_fixtures import (
    ADMIN_ID,
    ALICE,
    BOB,
    GROUP,
    private,
    running_bot,
    sends,
    wait_for,
)

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP


def start_bot_process(emulator: Emulator, db: Path) -> subprocess.Popen[str]:
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": emulator.base_url,
        "BOT_DB_PATH": str(db),
        "LOG_LEVEL": "DEBUG",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot"],
        env=environment,
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def test_killed_mid_prank_a_new_process_finishes_it(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    first = start_bot_process(emulator, db)
    try:
        bobs = emulator.user_message(GROUP, BOB, "hello")
        emulator.user_message(GROUP, ALICE, "/prank ten-knives anyway", reply_to=bobs)
        # the group's language: Bob's, the first to speak there
        question = await wait_for(emulator, sends(GROUP["id"], "十把刀"), timeout=60)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
    second = start_bot_process(emulator, db)
    try:
        mark = emulator.mark()
        emulator.user_message(GROUP, BOB, "八把", reply_to=asked)
        await wait_for(emulator, sends(GROUP["id"], "儿子"), after=mark, timeout=60)
    finally:
        second.send_signal(signal.SIGTERM)
        _, stderr = second.communicate(timeout=30)
    assert second.returncode == 0, stderr
    assert TOKEN not in stderr and "Traceback" not in stderr
    assert "<token>" in stderr  # logged at DEBUG, and redacted
    # The prank is over and stored as over.
    assert Storage(db).load_chat(GROUP["id"]).pranks == {}, emulator.sent_texts(GROUP["id"])


async def test_sigterm_stops_cleanly_and_keeps_the_state(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    process = start_bot_process(emulator, db)
    try:
        emulator.user_message(private(ALICE), ALICE, "/prank ten-knives anyway")
        await wait_for(emulator, sends(ALICE["id"], "ten knives"), timeout=60)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert TOKEN not in stderr
    assert list(Storage(db).load_chat(ALICE["id"]).pranks) == ["1"]


async def test_429_delays_a_reply_and_never_drops_it(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.inject("sendMessage", "429", retry_after=1)
        emulator.user_message(private(ALICE), ALICE, "/prank ten-knives anyway")
        pushed = emulator.offered[max(emulator.offered)]
        reply = await wait_for(emulator, sends(ALICE["id"], "ten knives"))
        assert emulator.faults["sendMessage"] == []  # the 429 was served, then the retry won
        assert reply["at"] - pushed >= 1.0  # and the retry waited retry_after


async def test_dropped_connection_during_polling_is_survived(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.inject("getUpdates", "drop")
        emulator.inject("getUpdates", "500")
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"], "/prank"), timeout=30)
        assert emulator.faults["getUpdates"] == []


async def test_a_failing_reply_is_logged_with_the_update_id_and_the_chat_told(
    emulator: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.inject("sendMessage", "500")
        emulator.user_message(private(ALICE), ALICE, "/help")
        update_id = max(emulator.offered)
        await wait_for(emulator, sends(ALICE["id"], say("oops", "en")))
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(f"update {update_id} failed" in r.getMessage() for r in errors)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


async def test_a_handled_update_is_not_handled_again_after_a_restart(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        prank = emulator.user_message(private(ALICE), ALICE, "/prank ten-knives anyway")
        prank_update_id = max(emulator.offered)
        await wait_for(emulator, sends(ALICE["id"], "ten knives"))
    handled = Storage(db)
    last = handled.last_update_id()
    handled.close()
    assert last == prank_update_id  # the update was stored as handled
    async with running_bot(emulator, db):
        mark = emulator.mark()
        # Telegram redelivers an update the bot handled but had not confirmed when it died.
        with emulator.lock:
            emulator.updates.append({"update_id": last, "message": prank})
            emulator.lock.notify_all()
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"], "/prank"), after=mark)
        texts = [c["params"]["text"] for c in emulator.sent[mark:] if c["method"] == "sendMessage"]
    assert not any("ten knives" in t for t in texts), texts


async def test_reload_is_for_admins_only(emulator: Emulator, tmp_path: Path) -> None:
    admin = {"id": ADMIN_ID, "is_bot": False, "first_name": "Root", "language_code": "en"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(ALICE), ALICE, "/reload")
        await wait_for(emulator, sends(ALICE["id"], say("not_admin", "en")))
        emulator.user_message(private(admin), admin, "/reload")
        await wait_for(emulator, sends(ADMIN_ID, opening("reloaded", "en")))


def test_the_token_never_reaches_a_log_record(caplog: pytest.LogCaptureFixture) -> None:
    redact(TOKEN)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("telegram.ext.ExtBot").debug("Set Bot API URL: http://x/bot%s", TOKEN)
    logging.getLogger("httpx").warning("HTTP Request: POST https://x/bot%s/getMe", TOKEN)
    assert len(caplog.records) == 2
    assert all(TOKEN not in r.getMessage() and "<token>" in r.getMessage() for r in caplog.records)


def call_emulator(emulator: Emulator, method: str, **params: object) -> tuple[int, dict]:
    data = json.dumps(params).encode()
    request = urllib.request.Request(
        f"{emulator.base_url}{TOKEN}/{method}",
        data=data,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.mark.parametrize(
    ("method", "params", "words"),
    [
        ("sendMesage", {"chat_id": 1, "text": "hi"}, "unknown method"),
        ("sendMessage", {"chat_id": 1}, 'parameter "text" is required'),
        ("sendMessage", {"chat_id": 1, "text": "x" * 4097}, "too long"),
        (
            "sendMessage",
            {"chat_id": 1, "text": "<b>bold", "parse_mode": "HTML"},
            "can't parse entities",
        ),
        (
            "sendMessage",
            {"chat_id": 1, "text": "a & b", "parse_mode": "HTML"},
            "can't parse entities",
        ),
        (
            "sendMessage",
            {"chat_id": 1, "text": "<script>", "parse_mode": "HTML"},
            "can't parse entities",
        ),
        (
            "sendMessage",
            {
                "chat_id": 1,
                "text": "hi",
                "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "x" * 65}]]},
            },
            "BUTTON_DATA_INVALID",
        ),
    ],
)
def test_the_emulator_is_strict_like_telegram(
    emulator: Emulator, method: str, params: dict, words: str
) -> None:
    status, body = call_emulator(emulator, method, **params)
    assert status == 400 and body["ok"] is False and body["error_code"] == 400
    assert words in body["description"]


def test_the_emulator_accepts_what_telegram_accepts(emulator: Emulator) -> None:
    text = "<b>bold</b> &lt;tag&gt; &amp; " + "x" * 4000
    status, body = call_emulator(emulator, "sendMessage", chat_id=1, text=text, parse_mode="HTML")
    assert status == 200 and body["result"]["text"].startswith("bold <tag> & ")


async def test_the_bot_runs_on_when_the_command_menu_cannot_be_published(
    emulator: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.inject("setMyCommands", "500")
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"], "/prank"))
    assert any("could not publish the zh command menu" in r.getMessage() for r in caplog.records)
