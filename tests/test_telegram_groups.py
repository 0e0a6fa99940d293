"""Group pranks on Telegram, end to end over HTTP: targets, strangers, parallel pranks, timeouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.corpora import quick_routine
from tests.support.emulator import Emulator
from tests.support.lines import say
from tests.support.telegram_fixtures import ALICE, BOB, CAROL, GROUP, running_bot, sends, wait_for

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP

FAST_CORPUS = "routines:\n" + quick_routine(0.5)


async def test_group_prank_by_reply_only_the_target_counts(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        bobs = emulator.user_message(GROUP, BOB, "大家好")
        emulator.user_message(GROUP, ALICE, "/prank ten-knives anyway", reply_to=bobs)
        # the group's language: Bob's, the first to speak there (newuser18), not Alice's
        question = await wait_for(emulator, sends(GROUP["id"], "十把刀"))
        params = question["params"]
        assert params["reply_parameters"]["message_id"] == bobs["message_id"]
        assert params["reply_markup"] == {"force_reply": True, "selective": True}
        asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]

        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "八把", reply_to=asked)
        stranger = await wait_for(emulator, sends(GROUP["id"]), after=mark)
        assert "Bob &lt;&amp;&gt;" in stranger["params"]["text"]  # escaped HTML, accepted

        mark = emulator.mark()
        answer = emulator.user_message(GROUP, BOB, "8把", reply_to=asked)
        punchline = await wait_for(emulator, sends(GROUP["id"], "儿子"), after=mark)
        assert punchline["params"]["reply_parameters"]["message_id"] == answer["message_id"]
        assert (
            "@alice" in punchline["params"]["text"]
            and "Bob &lt;&amp;&gt;" in punchline["params"]["text"]
        )

        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/stats")
        board = await wait_for(emulator, sends(GROUP["id"], "@alice：1 次"), after=mark)
        assert "Bob &lt;&amp;&gt;：1 次" in board["params"]["text"]
    assert emulator.rejected == []


async def test_group_prank_by_mention(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(GROUP, ALICE, "/prank@TaoluBot one-and-three @carol")
        question = await wait_for(emulator, sends(GROUP["id"], "@carol"))
        asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
        emulator.user_message(GROUP, CAROL, "二", reply_to=asked)
        # the group's language is Alice's English: she spoke to the bot there first
        await wait_for(emulator, sends(GROUP["id"], "@alice got @carol"))


async def test_two_pranks_at_once_in_one_group(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        bobs = emulator.user_message(GROUP, BOB, "hi")
        emulator.user_message(GROUP, ALICE, "/prank ten-knives anyway", reply_to=bobs)
        first = await wait_for(emulator, sends(GROUP["id"], "十把刀"))  # Bob's, who spoke first
        emulator.user_message(GROUP, CAROL, "/prank one-and-three", reply_to=bobs)
        second = await wait_for(emulator, sends(GROUP["id"], "一和三"))
        ask = {
            n: emulator.messages[(GROUP["id"], q["result"]["message_id"])]
            for n, q in (("1", first), ("2", second))
        }
        emulator.user_message(GROUP, BOB, "二", reply_to=ask["2"])
        await wait_for(emulator, sends(GROUP["id"], "@carol 套路了"))
        emulator.user_message(GROUP, BOB, "八把", reply_to=ask["1"])
        await wait_for(emulator, sends(GROUP["id"], "@alice 套路了"))


async def test_unanswered_prank_is_revealed_after_its_timeout(
    emulator: Emulator, tmp_path: Path
) -> None:
    corpus = tmp_path / "quick.yaml"
    corpus.write_text(FAST_CORPUS, encoding="utf-8")
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus):
        emulator.user_message(GROUP, ALICE, "/prank quick @bob")
        question = await wait_for(emulator, sends(GROUP["id"], "One plus one"))
        reveal = await wait_for(emulator, sends(GROUP["id"], say("timeout", "en")))
        assert "Two." in reveal["params"]["text"]
        assert (
            reveal["params"]["reply_parameters"]["message_id"] == question["result"]["message_id"]
        )


async def test_initiator_cancels(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(GROUP, ALICE, "/prank ten-knives anyway @carol")
        await wait_for(emulator, sends(GROUP["id"], "@carol"))
        emulator.user_message(GROUP, ALICE, "/cancel")
        await wait_for(emulator, sends(GROUP["id"], "cancelled"))


async def test_odd_senders_and_messages_get_sensible_outcomes(
    emulator: Emulator, tmp_path: Path
) -> None:
    from tests.support.telegram_fixtures import private

    channel = {"id": -100777, "type": "channel", "title": "News <b>"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        # An anonymous admin (sent as the group) and a channel can start and answer pranks.
        emulator.user_message(GROUP, {"id": 1087968824, "is_bot": True, "first_name": "Group"},
                              "/prank ten-knives anyway", sender_chat=channel)  # fmt: skip
        question = await wait_for(emulator, sends(GROUP["id"], "ten knives"))  # no code: English
        asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
        # A sticker in reply to the question: asked for words. A photo in the group: ignored.
        emulator.user_message(GROUP, BOB, None, reply_to=asked, sticker={
            "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
            "is_animated": False, "is_video": False})  # fmt: skip
        await wait_for(emulator, sends(GROUP["id"], say("text_please", "zh")))
        # A 4,500-character answer is just a wrong answer.
        emulator.user_message(GROUP, BOB, "八" * 4500, reply_to=asked)
        revealed = await wait_for(emulator, sends(GROUP["id"], "算一算"))
        assert len(revealed["params"]["text"]) < 4096
        # In private: a photo gets a friendly line; an edited message changes nothing.
        emulator.user_message(private(CAROL), CAROL, None, photo=[{
            "file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}])  # fmt: skip
        await wait_for(emulator, sends(CAROL["id"], say("text_please", "zh")))
        mark = emulator.mark()
        edited = {
            "message_id": 4242,
            "date": 0,
            "edit_date": 1,
            "chat": private(CAROL),
            "from": CAROL,
            "text": "/joke",
        }
        emulator.push({"edited_message": edited})
        emulator.user_message(private(CAROL), CAROL, "/help")
        await wait_for(emulator, sends(CAROL["id"], "/prank"), after=mark)
        assert len([c for c in emulator.sent[mark:] if c["method"] == "sendMessage"]) == 1
    assert emulator.rejected == []
