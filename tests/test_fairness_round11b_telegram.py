"""Round eleven's red team, through the real Application against the emulator, in a group,
with each player's private /stats after (see tests/test_fairness_round11b.py for the
engine's side)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.conversation.answering import MAX_IDLE_WAITS
from bot.i18n.catalogue import say
from tests.support.emulator import Emulator
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

pytestmark = pytest.mark.slow


async def said_and_answered(
    emulator: Emulator, chat: dict, user: dict, text: str, reply_to: dict | None = None
) -> dict:
    """`user` sends `text` in `chat` (as a reply to `reply_to`); the bot's next message there."""
    mark = emulator.mark()
    emulator.user_message(chat, user, text, reply_to=reply_to)
    return await wait_for(emulator, sends(chat["id"]), after=mark)


def asked_by(emulator: Emulator, chat: dict, sent: dict) -> dict:
    return emulator.messages[(chat["id"], sent["result"]["message_id"])]


async def records(emulator: Emulator) -> tuple[str, str]:
    """Carol's and Alice's private /stats."""
    carol = await said_and_answered(emulator, private(CAROL), CAROL, "/stats")
    alice = await said_and_answered(emulator, private(ALICE), ALICE, "/stats")
    return carol["params"]["text"], alice["params"]["text"]


async def test_the_starters_own_fall_is_not_charged_to_a_friend_who_sees_through(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        q = await said_and_answered(emulator, GROUP, ALICE, "/prank feathers-steel anyway")
        # Alice answers her own question with the fall: it scores nobody
        went = await said_and_answered(
            emulator, GROUP, ALICE, "steel", reply_to=asked_by(emulator, GROUP, q)
        )
        # Carol answers the second question right
        await said_and_answered(
            emulator, GROUP, CAROL, "feathers", reply_to=asked_by(emulator, GROUP, went)
        )
        carol, alice = await records(emulator)
    assert say("record_fell", "zh", count=0) in carol, carol
    assert say("record_saw_through", "zh", count=1) in carol, carol
    assert say("record_pulled", "en", count=0) in alice, alice


async def test_a_username_target_who_fell_on_the_way_has_it_in_their_record_after_cancel(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        q = await said_and_answered(emulator, GROUP, ALICE, "/prank @carol feathers-steel anyway")
        fell = await said_and_answered(
            emulator, GROUP, CAROL, "steel", reply_to=asked_by(emulator, GROUP, q)
        )
        # in the group's language: Alice's, who spoke to the bot there first (newuser18)
        assert say("got_you", "en", by="@alice", target="@carol") in fell["params"]["text"]
        await said_and_answered(emulator, GROUP, ALICE, "/cancel")
        carol, alice = await records(emulator)
    assert say("record_pulled", "en", count=1) in alice, alice
    assert say("record_fell", "zh", count=1) in carol, carol


async def test_one_member_saying_huh_again_and_again_is_asked_again_three_times_at_most(
    emulator: Emulator, tmp_path: Path
) -> None:
    """play-water's reveal is the prank: "huh" replied to its question is asked again, three
    times; the fourth ends it, called off ("I'll stop asking"); the rest reply to a finished
    prank's question and draw nothing, so a friend's /joke is not held up behind re-asked
    questions."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        q = await said_and_answered(emulator, GROUP, CAROL, "/prank play-water")
        asked = asked_by(emulator, GROUP, q)
        mark = emulator.mark()
        for _ in range(12):
            emulator.user_message(GROUP, CAROL, "huh", reply_to=asked)
        emulator.user_message(GROUP, ALICE, "/joke")
        await wait_for(emulator, sends(GROUP["id"], say("stopped_waiting", "zh")), after=mark)
        prank_lines = (say("asked_again", "zh"), say("stopped_waiting", "zh"))
        joke = await wait_for(
            emulator,
            lambda c: (
                sends(GROUP["id"])(c)
                and not any(line in c["params"]["text"] for line in prank_lines)
            ),
            after=mark,
        )
        to_group = [
            c
            for c in emulator.sent[mark:]
            if c["method"] == "sendMessage" and int(c["params"]["chat_id"]) == GROUP["id"]
        ]
    again = [c for c in to_group if say("asked_again", "zh") in c["params"]["text"]]
    assert len(again) == MAX_IDLE_WAITS, [c["params"]["text"] for c in to_group]
    assert len(to_group) == MAX_IDLE_WAITS + 2, [c["params"]["text"] for c in to_group]
    assert any(say("stopped_waiting", "zh") in c["params"]["text"] for c in to_group)
    assert joke in to_group


async def test_a_link_owner_hears_that_a_player_stopped_partway_not_before_answering(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        made = await said_and_answered(emulator, private(ALICE), ALICE, "/link feathers-steel")
        code = re.search(r"start=([\w-]+)", made["params"]["text"]).group(1)  # type: ignore[union-attr]
        # an English routine, opened in Chinese: offered first (ops24), played with 照玩
        offered = await said_and_answered(emulator, private(BOB), BOB, f"/start {code}")
        assert offered["params"]["text"].endswith(f"/start {code} 照玩")
        await said_and_answered(emulator, private(BOB), BOB, f"/start {code} 照玩")
        went = await said_and_answered(emulator, private(BOB), BOB, "same")  # right, goes on
        assert "pound" in went["params"]["text"]
        mark = emulator.mark()
        emulator.user_message(private(BOB), BOB, "/cancel")
        told = await wait_for(emulator, sends(ALICE["id"]), after=mark)
    text = told["params"]["text"]
    assert say("link_result_partway", "en", who="Bob &lt;&amp;&gt;") in text, text
