"""The network in the chat and inline mode, end to end over HTTP."""

from __future__ import annotations

import re
from pathlib import Path

from tests.emulator import Emulator
from tests.telegram_fixtures import ALICE, BOB, CAROL, GROUP, private, running_bot, sends, wait_for

PNG = b"\x89PNG\r\n\x1a\n"


def photo_to(chat_id: int):
    return lambda c: c["method"] == "sendPhoto" and int(c["params"]["chat_id"]) == chat_id


def edit_of(message_id: int, containing: str):
    return lambda c: (
        c["method"] == "editMessageText"
        and int(c["params"].get("message_id", 0)) == message_id
        and containing in c["params"]["text"]
    )


def outputs_in(text: str) -> list[float]:
    return [float(m) for m in re.findall(r"\|\s+\d\s+\| (\d+\.\d+)", text)]


async def test_xor_trains_answers_with_values_and_a_picture_then_reuses(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        chat = private(ALICE)
        emulator.user_message(chat, ALICE, "/predict 1 0")
        await wait_for(emulator, sends(ALICE["id"], "no trained network"))
        emulator.user_message(chat, ALICE, "/xor")
        photo = await wait_for(emulator, photo_to(ALICE["id"]), timeout=60)
        assert photo["params"]["photo"].startswith(PNG)
        caption = photo["params"]["caption"]
        outputs = outputs_in(caption)
        assert len(outputs) == 4 and [round(v) for v in outputs] == [0, 1, 1, 0], caption
        assert "learned ✅" in caption and len(caption) <= 1024

        mark = emulator.mark()
        emulator.user_message(chat, ALICE, "/xor")
        again = await wait_for(emulator, photo_to(ALICE["id"]), after=mark)
        assert outputs_in(again["params"]["caption"]) == outputs  # the same network, not retrained

        emulator.user_message(chat, ALICE, "/predict 1 0")
        prediction = await wait_for(emulator, sends(ALICE["id"], "(1, 0) →"))
        assert "rounded 1" in prediction["params"]["text"]
        emulator.user_message(chat, ALICE, "/predict 1 banana")
        await wait_for(emulator, sends(ALICE["id"], "Usage: /predict A B"))
    assert emulator.rejected == []


async def test_train_shows_progress_and_stops_on_request(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3", progress_interval=0.2):
        chat = private(BOB)
        emulator.user_message(chat, BOB, "/train epochs=99999")
        await wait_for(emulator, sends(BOB["id"], "epochs 1–20000"))
        emulator.user_message(chat, BOB, "/train nand epochs=20000 hidden=16")
        status = await wait_for(emulator, sends(BOB["id"], "NAND"))
        message_id = status["result"]["message_id"]
        progress = await wait_for(emulator, edit_of(message_id, "epoch "), timeout=60)
        assert "/20000" in progress["params"]["text"] and "%" in progress["params"]["text"]
        emulator.user_message(chat, BOB, "/train")
        await wait_for(emulator, sends(BOB["id"], "已经在训练"))
        emulator.user_message(chat, BOB, "/train stop")
        await wait_for(emulator, edit_of(message_id, "停止"), timeout=60)
        mark = emulator.mark()
        emulator.user_message(chat, BOB, "/train stop")
        await wait_for(emulator, sends(BOB["id"], "没有在训练"), after=mark)
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


async def test_inline_query_lists_routines_and_a_tap_plays_them(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.push(
            {"inline_query": {"id": "q1", "from": ALICE, "query": "knives", "offset": ""}}
        )
        answer = await wait_for(emulator, lambda c: c["method"] == "answerInlineQuery")
        results = answer["params"]["results"]
        assert [r["id"] for r in results] == ["ten-knives"]
        buttons = [b for row in results[0]["reply_markup"]["inline_keyboard"] for b in row]
        assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
        eight = next(b for b in buttons if b["text"] == "eight")

        emulator.push({"inline_query": {"id": "q2", "from": BOB, "query": "", "offset": ""}})
        everything = await wait_for(
            emulator,
            lambda c: c["method"] == "answerInlineQuery" and c["params"]["inline_query_id"] == "q2",
        )
        assert (
            len(everything["params"]["results"]) == 10
            and everything["params"].get("next_offset", "") == ""
        )

        tap = {
            "id": "t1",
            "from": BOB,
            "chat_instance": "ci",
            "inline_message_id": "IM1",
            "data": eight["callback_data"],
        }
        emulator.push({"callback_query": tap})
        edit = await wait_for(
            emulator,
            lambda c: (
                c["method"] == "editMessageText" and c["params"].get("inline_message_id") == "IM1"
            ),
        )
        text = edit["params"]["text"]
        assert "Bob &lt;&amp;&gt;" in text and "儿子" in text and "被套路了" in text

        mark = emulator.mark()
        emulator.push({"callback_query": {**tap, "id": "t2"}})
        repeated = await wait_for(
            emulator,
            lambda c: (
                c["method"] == "answerCallbackQuery" and c["params"]["callback_query_id"] == "t2"
            ),
            after=mark,
        )
        assert "已经揭晓" in repeated["params"]["text"]

        forged = {
            **tap,
            "id": "t3",
            "inline_message_id": "IM2",
            "data": "ten-knives|ask|0|AAAAAAAA",
        }
        emulator.push({"callback_query": forged})
        refused = await wait_for(
            emulator,
            lambda c: (
                c["method"] == "answerCallbackQuery" and c["params"]["callback_query_id"] == "t3"
            ),
            after=mark,
        )
        assert "不认识" in refused["params"]["text"]
        assert not any(c["method"] == "editMessageText" for c in emulator.sent[mark:])
    assert emulator.rejected == []


async def test_inline_multi_step_routine_moves_through_its_states(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.push(
            {"inline_query": {"id": "q1", "from": ALICE, "query": "monkey", "offset": ""}}
        )
        answer = await wait_for(emulator, lambda c: c["method"] == "answerInlineQuery")
        buttons = [
            b
            for row in answer["params"]["results"][0]["reply_markup"]["inline_keyboard"]
            for b in row
        ]
        king = next(b for b in buttons if b["text"] == "monkey king")
        emulator.push(
            {
                "callback_query": {
                    "id": "t1",
                    "from": ALICE,
                    "chat_instance": "c",
                    "inline_message_id": "IM",
                    "data": king["callback_data"],
                }
            }
        )
        first = await wait_for(emulator, lambda c: c["method"] == "editMessageText")
        assert "surname" in first["params"]["text"]
        step = [b for row in first["params"]["reply_markup"]["inline_keyboard"] for b in row]
        sun = next(b for b in step if b["text"] == "sun")
        mark = emulator.mark()
        emulator.push(
            {
                "callback_query": {
                    "id": "t2",
                    "from": ALICE,
                    "chat_instance": "c",
                    "inline_message_id": "IM",
                    "data": sun["callback_data"],
                }
            }
        )
        last = await wait_for(emulator, lambda c: c["method"] == "editMessageText", after=mark)
        assert "grandson" in last["params"]["text"]
        # The first button again, now stale: nothing changes.
        mark = emulator.mark()
        emulator.push(
            {
                "callback_query": {
                    "id": "t3",
                    "from": ALICE,
                    "chat_instance": "c",
                    "inline_message_id": "IM",
                    "data": king["callback_data"],
                }
            }
        )
        await wait_for(
            emulator,
            lambda c: (
                c["method"] == "answerCallbackQuery" and c["params"]["callback_query_id"] == "t3"
            ),
            after=mark,
        )
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
        emulator.push({"inline_query": {"id": "p1", "from": ALICE, "query": "", "offset": ""}})
        first = await wait_for(emulator, lambda c: c["method"] == "answerInlineQuery")
        assert len(first["params"]["results"]) == 50 and first["params"]["next_offset"] == "50"
        emulator.push({"inline_query": {"id": "p2", "from": ALICE, "query": "", "offset": "50"}})
        second = await wait_for(
            emulator,
            lambda c: c["method"] == "answerInlineQuery" and c["params"]["inline_query_id"] == "p2",
        )
        assert [r["id"] for r in second["params"]["results"]] == [f"r{i}" for i in range(50, 60)]
    assert emulator.rejected == []


async def test_jobs_beyond_the_bound_wait_in_line_and_are_told_their_place(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(
        emulator, tmp_path / "bot.sqlite3", training_workers=1, progress_interval=0.2
    ):
        emulator.user_message(private(ALICE), ALICE, "/train epochs=20000")
        running = await wait_for(emulator, sends(ALICE["id"], "Training XOR"))
        await wait_for(emulator, edit_of(running["result"]["message_id"], "epoch "), timeout=60)
        emulator.user_message(private(CAROL), CAROL, "/train and epochs=50")
        queued = await wait_for(emulator, sends(CAROL["id"], "排队中"))
        assert "第 1 位" in queued["params"]["text"]
        emulator.user_message(private(ALICE), ALICE, "/train stop")
        await wait_for(emulator, edit_of(running["result"]["message_id"], "stopped"), timeout=60)
        # Carol's turn comes: her message turns into the result, and her picture arrives.
        await wait_for(emulator, photo_to(CAROL["id"]), timeout=60)
        await wait_for(emulator, edit_of(queued["result"]["message_id"], "AND 网络"))
