"""The network in the chat and inline mode, end to end over HTTP."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.lines import fixed, opening, say
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
from tests.test_inline_binding import post

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, training networks

PNG = b"\x89PNG\r\n\x1a\n"
# Epochs for a run that lasts until it is stopped (an hour at least): tests that need a run
# still going when their next message arrives must not rely on how fast the machine is.
LASTING = 100_000_000


def photo_to(chat_id: int):
    return lambda c: c["method"] == "sendPhoto" and int(c["params"]["chat_id"]) == chat_id


def edit_of(message_id: int, containing: str):
    return lambda c: (
        c["method"] == "editMessageText"
        and int(c["params"].get("message_id", 0)) == message_id
        and containing in c["params"]["text"]
    )


async def ask_inline(
    emulator: Emulator, query_id: str, user: dict, query: str, offset: str = ""
) -> dict:
    """Type `@bot query` as `user`; the bot's answerInlineQuery parameters."""
    emulator.push(
        {"inline_query": {"id": query_id, "from": user, "query": query, "offset": offset}}
    )
    answer = await wait_for(
        emulator,
        lambda c: c["method"] == "answerInlineQuery" and c["params"]["inline_query_id"] == query_id,
    )
    return answer["params"]


def routine_of(result: dict) -> str:
    """The routine an inline result posts (its id is the routine's, then its play's)."""
    return result["id"].rpartition(".")[0]


def buttons(markup: dict) -> dict[str, str]:
    """An inline keyboard as {label: callback_data}."""
    return {b["text"]: b["callback_data"] for row in markup["inline_keyboard"] for b in row}


def tap(emulator: Emulator, tap_id: str, user: dict, data: str, message: str = "IM") -> None:
    """`user` taps a button of the inline message `message`."""
    query = {"id": tap_id, "from": user, "chat_instance": "c", "inline_message_id": message}
    emulator.push({"callback_query": {**query, "data": data}})


def outputs_in(text: str) -> list[float]:
    return [float(m) for m in re.findall(r"\|\s+\d\s+\| (\d+\.\d+)", text)]


async def test_xor_trains_answers_with_values_and_a_picture_then_reuses(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        chat = private(ALICE)
        emulator.user_message(chat, ALICE, "/predict 1 0")
        await wait_for(emulator, sends(ALICE["id"], say("no_network", "en")))
        emulator.user_message(chat, ALICE, "/xor")
        photo = await wait_for(emulator, photo_to(ALICE["id"]), timeout=60)
        assert photo["params"]["photo"].startswith(PNG)
        caption = photo["params"]["caption"]
        outputs = outputs_in(caption)
        assert len(outputs) == 4 and [round(v) for v in outputs] == [0, 1, 1, 0], caption
        assert opening("learned", "en") in caption and len(caption) <= 1024

        mark = emulator.mark()
        emulator.user_message(chat, ALICE, "/xor")
        again = await wait_for(emulator, photo_to(ALICE["id"]), after=mark)
        assert outputs_in(again["params"]["caption"]) == outputs  # the same network, not retrained

        emulator.user_message(chat, ALICE, "/predict 1 0")
        prediction = await wait_for(emulator, sends(ALICE["id"], "(1, 0) →"))
        assert "rounded 1" in prediction["params"]["text"]
        emulator.user_message(chat, ALICE, "/predict 1 banana")
        await wait_for(emulator, sends(ALICE["id"], say("predict_usage", "en")))
    assert emulator.rejected == []


async def test_train_shows_progress_and_stops_on_request(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(
        emulator, tmp_path / "bot.sqlite3", progress_interval=0.2, max_epochs=LASTING
    ):
        chat = private(BOB)
        emulator.user_message(chat, BOB, f"/train epochs={LASTING + 1}")
        await wait_for(emulator, sends(BOB["id"], f"epochs 要在 1 到 {LASTING}"))
        emulator.user_message(chat, BOB, f"/train nand epochs={LASTING} hidden=16")
        status = await wait_for(emulator, sends(BOB["id"], "NAND"))
        message_id = status["result"]["message_id"]
        progress = await wait_for(emulator, edit_of(message_id, "epoch "), timeout=60)
        assert f"/{LASTING}" in progress["params"]["text"] and "%" in progress["params"]["text"]
        emulator.user_message(chat, BOB, "/train")
        await wait_for(emulator, sends(BOB["id"], say("busy", "zh")))
        emulator.user_message(chat, BOB, "/train stop")
        await wait_for(emulator, sends(BOB["id"], say("stopping", "zh")))  # at once
        await wait_for(emulator, edit_of(message_id, "停止"), timeout=60)
        mark = emulator.mark()
        emulator.user_message(chat, BOB, "/train stop")
        await wait_for(emulator, sends(BOB["id"], say("nothing_to_stop", "zh")), after=mark)
        assert not any(c["method"] == "sendPhoto" for c in emulator.sent)
    assert emulator.rejected == []


async def test_a_network_survives_a_restart(emulator: Emulator, tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        emulator.user_message(GROUP, CAROL, "/train or")
        await wait_for(emulator, photo_to(GROUP["id"]), timeout=60)
    async with running_bot(emulator, db):
        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/predict 0 0")
        answer = await wait_for(emulator, sends(GROUP["id"], "OR 网络"), after=mark)
        assert "取整为 0" in answer["params"]["text"]


def answered(tap_id: str):
    return lambda c: (
        c["method"] == "answerCallbackQuery" and c["params"]["callback_query_id"] == tap_id
    )


def edited(message: str):
    return lambda c: (
        c["method"] == "editMessageText" and c["params"].get("inline_message_id") == message
    )


async def test_inline_query_lists_routines_and_a_tap_plays_them(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        results = (await ask_inline(emulator, "q1", ALICE, "knives"))["results"]
        assert [routine_of(r) for r in results] == ["ten-knives"]
        keys = buttons(results[0]["reply_markup"])
        assert all(len(data.encode()) <= 64 for data in keys.values())

        # Everything, a page of 50 at a time, the routines played in Bob's Chinese first
        # (10 + 20 of them), then the English-native ones, which are found too.
        everything = await ask_inline(emulator, "q2", BOB, "")
        assert len(everything["results"]) == 50 and everything["next_offset"] == "50"
        chinese = [routine_of(r) for r in everything["results"][:30]]
        assert "ten-knives" in chinese and "reverse-baba" in chinese and "silk-milk" not in chinese
        assert "silk-milk" in [routine_of(r) for r in everything["results"][30:]]
        english = await ask_inline(emulator, "q3", ALICE, "")  # 10 + 22 played in English first
        assert "silk-milk" in {routine_of(r) for r in english["results"][:32]}
        assert "reverse-baba" not in {routine_of(r) for r in english["results"][:32]}

        posted = await post(emulator, tmp_path / "bot.sqlite3", ALICE, results[0])
        tap(emulator, "t1", BOB, keys["eight"], message=posted)
        text = (await wait_for(emulator, edited(posted)))["params"]["text"]
        assert "Bob &lt;&amp;&gt;" in text and "儿子" in text and fixed("inline_got", "zh") in text

        mark = emulator.mark()
        tap(emulator, "t2", BOB, keys["eight"], message=posted)
        repeated = await wait_for(emulator, answered("t2"), after=mark)
        assert say("inline_revealed", "zh") in repeated["params"]["text"]

        tap(emulator, "t3", BOB, "ten-knives|ask|0|AAAAAAAA", message="IM2")
        refused = await wait_for(emulator, answered("t3"), after=mark)
        assert say("button_expired", "zh") in refused["params"]["text"]  # "this button has expired"
        assert not any(c["method"] == "editMessageText" for c in emulator.sent[mark:])
    assert emulator.rejected == []


async def test_inline_multi_step_routine_moves_through_its_states(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        results = (await ask_inline(emulator, "q1", ALICE, "monkey"))["results"]
        king = buttons(results[0]["reply_markup"])["monkey king"]
        posted = await post(emulator, tmp_path / "bot.sqlite3", ALICE, results[0])
        tap(emulator, "t1", ALICE, king, message=posted)
        first = await wait_for(emulator, edited(posted))
        assert "surname" in first["params"]["text"]
        mark = emulator.mark()
        tap(emulator, "t2", ALICE, buttons(first["params"]["reply_markup"])["sun"], posted)
        last = await wait_for(emulator, edited(posted), after=mark)
        assert "grandson" in last["params"]["text"]
        # The first button again, now stale: nothing changes.
        mark = emulator.mark()
        tap(emulator, "t3", ALICE, king, message=posted)
        await wait_for(emulator, answered("t3"), after=mark)
        assert not any(c["method"] == "editMessageText" for c in emulator.sent[mark:])


async def test_inline_results_are_paged_by_fifty(emulator: Emulator, tmp_path: Path) -> None:
    routine = """
  - id: r{i}
    title: {{zh: 第{i}个, en: Number {i}}}
    states:
      ask:
        say: {{zh: 问题{i}？, en: Question {i}?}}
        answers:
          - match: [是]
            reply: {{zh: 好。, en: Good.}}
        otherwise:
          reveal: {{zh: 揭晓。, en: Reveal.}}
"""
    corpus = tmp_path / "many.yaml"
    corpus.write_text(
        "routines:" + "".join(routine.format(i=i) for i in range(60)), encoding="utf-8"
    )
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus):
        first = await ask_inline(emulator, "p1", ALICE, "")
        assert len(first["results"]) == 50 and first["next_offset"] == "50"
        second = await ask_inline(emulator, "p2", ALICE, "", offset="50")
        assert [routine_of(r) for r in second["results"]] == [f"r{i}" for i in range(50, 60)]
    assert emulator.rejected == []


async def test_jobs_beyond_the_bound_wait_in_line_and_are_told_their_place(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(
        emulator,
        tmp_path / "bot.sqlite3",
        training_workers=1,
        progress_interval=0.2,
        max_epochs=LASTING,
    ):
        emulator.user_message(private(ALICE), ALICE, f"/train epochs={LASTING}")
        running = await wait_for(emulator, sends(ALICE["id"], "Training XOR"))
        await wait_for(emulator, edit_of(running["result"]["message_id"], "epoch "), timeout=60)
        emulator.user_message(private(CAROL), CAROL, "/train and epochs=50")
        queued = await wait_for(emulator, sends(CAROL["id"], opening("queued", "zh")))
        assert "第 1 位" in queued["params"]["text"]
        emulator.user_message(private(ALICE), ALICE, "/train stop")
        await wait_for(
            emulator, edit_of(running["result"]["message_id"], opening("stopped", "en")), timeout=60
        )
        # Carol's turn comes: her message turns into the result, and her picture arrives.
        await wait_for(emulator, photo_to(CAROL["id"]), timeout=60)
        await wait_for(emulator, edit_of(queued["result"]["message_id"], "AND 网络"))
