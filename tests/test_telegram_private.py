"""The Telegram bot in private chats, end to end: real Application, real HTTP, the emulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.lines import say
from tests.support.telegram_fixtures import ALICE, BOB, private, running_bot, sends, wait_for

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP


async def test_private_prank_question_then_punchline(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        chat = private(ALICE)
        emulator.user_message(chat, ALICE, "/prank ten-knives anyway")
        question = await wait_for(emulator, sends(ALICE["id"], "ten knives"))
        emulator.user_message(chat, ALICE, "eight")
        punchline = await wait_for(emulator, sends(ALICE["id"], "son"))
        assert punchline["result"]["message_id"] > question["result"]["message_id"]
        assert "reply_parameters" not in punchline["params"]  # no quoting in a private chat
        # No ForceReply in a private chat: a button to play the same prank on a friend instead.
        button = question["params"]["reply_markup"]["inline_keyboard"][0][0]
        assert button["switch_inline_query"] == "ten-knives"
    assert emulator.rejected == []


async def test_commands_menu_published_in_both_languages(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        menus = [c["params"] for c in emulator.sent if c["method"] == "setMyCommands"]
    languages = {m.get("language_code") for m in menus}
    assert {"zh", "en"} <= languages
    zh = next(m for m in menus if m.get("language_code") == "zh")
    assert any(c["command"] == "prank" and "套路" in c["description"] for c in zh["commands"])


async def test_language_follows_user_and_lang_is_remembered(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        emulator.user_message(private(BOB), BOB, "/prank ten-knives")
        await wait_for(emulator, sends(BOB["id"], "还剩几把"))
        emulator.user_message(private(BOB), BOB, "/lang en")
        await wait_for(emulator, sends(BOB["id"], "English from now on"))
    async with running_bot(emulator, db):
        mark = emulator.mark()
        emulator.user_message(private(BOB), BOB, "/joke")
        call = await wait_for(emulator, sends(BOB["id"]), after=mark)
        assert all(ord(ch) < 0x3000 for ch in call["params"]["text"] if ch.isalpha())


async def test_a_traditional_chinese_user_gets_traditional_text_end_to_end(
    emulator: Emulator, tmp_path: Path
) -> None:
    wen = {"id": 1010, "is_bot": False, "first_name": "Wen", "language_code": "zh-hant"}
    chat = private(wen)
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(chat, wen, "/help")
        helped = await wait_for(emulator, sends(wen["id"], say("help_title", "zh-hant")))
        assert "來個套路" in helped["params"]["text"]
        emulator.user_message(chat, wen, "/prank 十把刀")
        await wait_for(emulator, sends(wen["id"], "還剩幾把"))
        emulator.user_message(chat, wen, "八把")
        await wait_for(emulator, sends(wen["id"], "兒子"))
        emulator.user_message(chat, wen, "/lang")
        await wait_for(
            emulator,
            sends(
                wen["id"], say("lang_usage", "zh-hant", current=say("lang_name_zh-hant", "zh-hant"))
            ),
        )
    texts = emulator.sent_texts(wen["id"])
    simplified_only = set("这个说还几儿们会么问时")
    assert not any(set(t) & simplified_only for t in texts), texts
