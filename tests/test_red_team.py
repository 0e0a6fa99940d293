"""What a hostile client tried and broke: each test is a fault found by attacking the bot
from the outside (a user's commands and taps, or the webhook with absurd bodies), seen
failing before its fix. The real Application over real HTTP against the emulator, or on its
webhook over loopback; never a mock of our code."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import pytest

from bot.conversation.buttons import LIST_PAGE, list_order
from bot.i18n.catalogue import say
from tests.support.emulator import Emulator
from tests.support.slow_clients import connect, headers, status_of
from tests.support.telegram_fixtures import (
    ALICE,
    BOB,
    CAROL,
    GROUP,
    private,
    running_bot,
    sends,
    wait_for,
)
from tests.support.webhook_fixtures import PATH, SECRET, webhook_bot

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


# -- the webhook, with the secret and an absurd body ---------------------------------------


def _post(port: int, body: bytes) -> int | None:
    with connect(port) as sock:
        sock.sendall(headers(PATH, len(body), SECRET) + body)
        return status_of(sock, 30)


async def test_deeply_nested_json_with_the_secret_is_refused_as_no_update(
    emulator: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Breakage: json.loads raises RecursionError (not a ValueError) on a body nested a
    hundred thousand deep: an uncaught exception, a 500 with a traceback, where any other
    body that is no update gets a 400."""
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        for body in (b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 150_000 + b"1" + b"}" * 150_000):
            assert len(body) <= 1 << 20
            assert await asyncio.to_thread(_post, server.port, body) == 400
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_an_inline_query_longer_than_telegrams_is_read_to_telegrams_length(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: the words of an inline query were each looked for in every routine, however
    many: a query of a megabyte (Telegram's are 256 characters at most) held the bot's loop,
    every chat with it, for tens of seconds."""
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"])
        query = "e " * 400_000 + "no-routine-has-this-word"
        emulator.push({"inline_query": {"id": "q", "from": BOB, "query": query, "offset": ""}})
        started = time.monotonic()
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"]), timeout=30)
        assert time.monotonic() - started < 3.0  # another chat is not held up
        answer = await wait_for(emulator, lambda c: c["method"] == "answerInlineQuery")
        assert answer["params"]["results"]  # what lies past 256 characters is not read


# -- buttons -------------------------------------------------------------------------------


async def test_turning_list_pages_in_a_group_is_throttled_like_commands(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: a /list page tap edited the keyboard without the group's per-member
    throttle that every command (and every other tap) goes through. One member turning
    pages as fast as the edits came spent the group's 20 messages a minute, and everyone
    else's replies waited behind the edits (half a minute for thirty turns)."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        emulator.user_message(GROUP, BOB, "/list")
        call = await wait_for(emulator, sends(GROUP["id"]), after=mark)
        message = emulator.messages[(GROUP["id"], call["result"]["message_id"])]
        answers = []
        for n in range(30):
            [*_, nav] = message["reply_markup"]["inline_keyboard"]
            data = nav[-1]["callback_data"] if n % 2 == 0 else nav[0]["callback_data"]
            tap_id = f"turn{n}"
            emulator.push({"callback_query": {"id": tap_id, "from": BOB, "chat_instance": "c",
                                              "message": message, "data": data}})  # fmt: skip
            answer = await wait_for(
                emulator,
                lambda c, tap_id=tap_id: (
                    c["method"] == "answerCallbackQuery"
                    and c["params"]["callback_query_id"] == tap_id
                ),
                timeout=30,
            )
            answers.append(answer["params"].get("text") or "")
        edits = [c for c in emulator.sent[mark:] if c["method"] == "editMessageReplyMarkup"]
        assert len(edits) <= 6  # the throttle's six commands a minute, /list among them
        assert say("slow_down", "zh", name=BOB["first_name"]) in answers  # told, in the toast
        mark, asked = emulator.mark(), time.monotonic()
        emulator.user_message(GROUP, CAROL, "/help")
        await wait_for(emulator, sends(GROUP["id"]), after=mark, timeout=60)
        assert time.monotonic() - asked < 5.0  # Carol is not made to wait behind Bob's pages
    assert emulator.rejected == []
