"""The bot's Bot API calls go as JSON bodies (bot/telegram/json_request.py): the same strings
a form would carry, and a file still as multipart. httpx's own MockTransport answers."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.request import HTTPXRequest

from bot.telegram.json_request import JsonRequest
from tests.support.emulator import TOKEN

ME = {"id": 1, "is_bot": True, "first_name": "Taolu", "username": "taolu_bot"}
SENT = {"message_id": 5, "date": 0, "chat": {"id": 7, "type": "private"}, "text": "…"}
KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("再来一个", callback_data="~again")]])


async def calls_made(kind: type[HTTPXRequest]) -> list[httpx.Request]:
    """A message with buttons and a photo sent by a Bot on a `kind` request: what went out."""
    seen: list[httpx.Request] = []

    def answer(call: httpx.Request) -> httpx.Response:
        seen.append(call)
        result = ME if call.url.path.endswith("/getMe") else SENT
        return httpx.Response(200, json={"ok": True, "result": result})

    request = kind(httpx_kwargs={"transport": httpx.MockTransport(answer)})
    async with Bot(TOKEN, request=request) as bot:
        await bot.send_message(7, "十把刀，还剩几把？", reply_markup=KEYBOARD)
        await bot.send_photo(7, b"\x89PNG not really", caption="图")
    return seen[1:]


async def test_a_call_goes_as_json_carrying_the_forms_strings_and_a_file_as_multipart() -> None:
    form_message, _ = await calls_made(HTTPXRequest)
    message, photo = await calls_made(JsonRequest)
    assert message.headers["content-type"] == "application/json"
    form = {k: v[0] for k, v in parse_qs(form_message.content.decode()).items()}
    assert json.loads(message.content) == form
    assert photo.headers["content-type"].startswith("multipart/form-data")
