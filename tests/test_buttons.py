"""Tap to play: the buttons under the bot's messages, through the Telegram emulator (the
markup sent, a tap that works, a replayed, forged or misplaced tap refused, a /list page)
and the console playground (/press)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.application.buttons import LIFETIME, ButtonSigner
from bot.config import PROJECT_ROOT
from bot.content.corpus import Corpus
from bot.conversation.buttons import JOKE, LIST_PAGE, PRANK, Button, list_order
from bot.i18n.catalogue import say
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    BOB,
    CAROL,
    GROUP,
    added_by,
    private,
    running_bot,
    sends,
    wait_for,
)

pytestmark = pytest.mark.slow  # the Telegram emulator and the playground, for real

WEN = {"id": 1006, "is_bot": False, "first_name": "Wen", "language_code": "zh-TW"}
PEOPLE = {"zh": BOB, "zh-hant": WEN, "en": ALICE}


def keyboard(call: dict) -> list[list[dict]]:
    return call["params"]["reply_markup"]["inline_keyboard"]


async def tap(emulator: Emulator, user: dict, message: dict, data: str, tap_id: str) -> dict:
    """Tap a button (its `data`) under `message` as `user`; the bot's answer to the tap."""
    emulator.push({"callback_query": {"id": tap_id, "from": user, "chat_instance": "c",
                                      "message": message, "data": data}})  # fmt: skip
    return await wait_for(
        emulator,
        lambda c: (
            c["method"] == "answerCallbackQuery" and c["params"]["callback_query_id"] == tap_id
        ),
    )


async def said(emulator: Emulator, chat: dict, user: dict, text: str) -> tuple[dict, dict]:
    """`user` says `text` in `chat`; the bot's next message there, as called and as kept."""
    mark = emulator.mark()
    emulator.user_message(chat, user, text)
    call = await wait_for(emulator, sends(chat["id"]), after=mark)
    return call, emulator.messages[(chat["id"], call["result"]["message_id"])]


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "en"])
async def test_another_joke_taps_once_and_refuses_replays_forgeries_and_other_messages(
    emulator: Emulator, tmp_path: Path, lang: str
) -> None:
    user = PEOPLE[lang]
    chat = private(user)
    expired = say("button_expired", lang)
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        first, first_message = await said(emulator, chat, user, "/joke")
        [[button]] = keyboard(first)
        assert button["text"] == say("button_another_joke", lang)
        data = button["callback_data"]
        assert data.startswith("~") and len(data.encode()) <= 64
        second, second_message = await said(emulator, chat, user, "/joke")
        other = keyboard(second)[0][0]["callback_data"]

        # The first joke's button, on the second joke's message: not its message.
        assert (await tap(emulator, user, second_message, data, "a"))["params"]["text"] == expired
        # Forged: one character of the mark changed, or made up.
        forged = data[:-1] + ("A" if data[-1] != "A" else "B")
        assert (await tap(emulator, user, first_message, forged, "b"))["params"]["text"] == expired
        made_up = "~" + "A" * 11 + ".ffffffff.j."
        assert (await tap(emulator, user, first_message, made_up, "c"))["params"]["text"] == expired

        # Its own message: another joke, from whoever tapped, and the tap answered quietly.
        mark = emulator.mark()
        answered = await tap(emulator, user, first_message, data, "d")
        assert not answered["params"].get("text")
        joke = await wait_for(emulator, sends(chat["id"]), after=mark)
        assert keyboard(joke)[0][0]["text"] == say("button_another_joke", lang)

        # Tapped again (a replay): used up.
        assert (await tap(emulator, user, first_message, data, "e"))["params"]["text"] == expired
        # The second joke's button was never used: it still works on its own message.
        mark = emulator.mark()
        assert not (await tap(emulator, user, second_message, other, "f"))["params"].get("text")
        await wait_for(emulator, sends(chat["id"]), after=mark)
    assert emulator.rejected == []


async def test_list_pages_edit_the_keyboard_and_a_routine_tap_plays_it(
    emulator: Emulator, tmp_path: Path, corpus: Corpus
) -> None:
    order = list_order(corpus, "en")
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        call, message = await said(emulator, private(ALICE), ALICE, "/list")
        rows = keyboard(call)
        titles = [b["text"] for row in rows[:-1] for b in row]
        assert titles == [corpus.routines[rid].title.in_(shown) for rid, shown in order[:LIST_PAGE]]
        [forward] = rows[-1]
        assert forward["text"].endswith("▶")

        mark = emulator.mark()
        assert not (await tap(emulator, ALICE, message, forward["callback_data"], "p1"))[
            "params"
        ].get("text")
        edit = await wait_for(
            emulator, lambda c: c["method"] == "editMessageReplyMarkup", after=mark
        )
        page = edit["params"]["reply_markup"]["inline_keyboard"]
        ninth, ninth_shown = order[LIST_PAGE]
        assert page[0][0]["text"] == corpus.routines[ninth].title.in_(ninth_shown)
        assert [b["text"][:1] for b in page[-1]] == ["◀", "3"]
        # The page turned: the first page's keyboard is gone from the message.
        stale = await tap(emulator, ALICE, message, forward["callback_data"], "p2")
        assert stale["params"]["text"] == say("button_expired", "en")

        # A routine on the new page: /prank with its id, from whoever tapped — twice, since
        # a list stays live.
        for tap_id in ("p3", "p4"):
            mark = emulator.mark()
            await tap(emulator, ALICE, message, page[0][0]["callback_data"], tap_id)
            question = await wait_for(emulator, sends(ALICE["id"]), after=mark)
            start = corpus.routines[ninth].start
            asked = corpus.routines[ninth].states[start].say.in_("en")
            # The second asks it again: the same routine still waits, unanswered, in this
            # private chat (newuser27), rather than calling it off for itself.
            before = [say("same_one_waiting", "en")] if tap_id == "p4" else []
            assert question["params"]["text"].split("\n") == [*before, asked]


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "en"])
async def test_after_a_private_prank_another_one_or_a_friend(
    emulator: Emulator, tmp_path: Path, lang: str
) -> None:
    user = PEOPLE[lang]
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        anyway = " anyway" if lang == "en" else ""  # a Chinese pun, played in English on purpose
        await said(emulator, private(user), user, f"/prank ten-knives{anyway}")
        end, message = await said(emulator, private(user), user, "八把" if lang != "en" else "8")
        [[another], [friend]] = keyboard(end)
        assert another["text"] == say("button_another_prank", lang)
        assert friend == {"text": say("share", lang), "switch_inline_query": "ten-knives"}
        mark = emulator.mark()
        await tap(emulator, user, message, another["callback_data"], "t1")
        question = await wait_for(emulator, sends(user["id"]), after=mark)
        [[share]] = keyboard(question)  # a new prank's question, to share as before
        assert share["text"] == say("share", lang) and share["switch_inline_query"] != ""


async def test_a_group_victim_gets_the_prank_to_pass_on(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        await added_by(emulator, GROUP, CAROL)  # the group speaks Carol's Chinese
        _, asked = await said(emulator, GROUP, ALICE, "/prank ten-knives anyway @carol")
        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "八把", reply_to=asked)
        fell = await wait_for(emulator, sends(GROUP["id"], "@carol"), after=mark)
    assert keyboard(fell) == [
        [{"text": say("button_your_turn", "zh"), "switch_inline_query": "ten-knives"}]
    ]


def test_signed_data_expires_after_a_day_and_names_its_routine(corpus: Corpus) -> None:
    class Source:
        pass

    source = Source()
    source.corpus = corpus  # type: ignore[attr-defined]
    now = 1_700_000_000.0
    signer = ButtonSigner(b"k" * 32, source, clock=lambda: now)
    signed = signer.sign(((Button("x", PRANK, ("ten-knives",)), Button("y", JOKE)),))
    data = signed.keys[0][0].data
    assert data is not None and len(data) <= 64
    pressed = signer.verify(data, now + LIFETIME - 60)
    assert pressed is not None and pressed.text == "/prank ten-knives" and not pressed.keep
    assert signer.verify(data, now + LIFETIME + 1) is None
    assert ButtonSigner(b"o" * 32, source).verify(data, now) is None  # another bot's key


def test_press_in_the_playground() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="/joke\n/press 2 1\n/press 2 1\n/list\n/press 5 9\n/press 5 1\n/press 99 9\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TELEGRAM_BOT_TOKEN": "", "LC_ALL": "", "LANG": "zh_CN.UTF-8"},
        cwd=PROJECT_ROOT,
    )  # people's messages are numbered too: [1] you: /joke, [2] the joke, [4] you: /list…
    out = result.stdout
    assert result.returncode == 0, result.stderr
    another = say("button_another_joke", "zh")
    keys = say("playground_keys", "zh")  # the playground's own lines in the chat's language
    assert out.count(f"[{keys}: (1) {another}]") == 2  # the first joke's, and the second's
    assert f"(🔔 {say('button_expired', 'zh')})" in out  # pressed twice
    assert f"({say('playground_keys_change', 'zh', number=5)})" in out and "(9) ◀ 1/" in out
    assert f"({say('playground_no_button', 'zh')})" in out
