"""Round twenty-six's red team (redteam26): this round's changes attacked from outside.

ops26's /prank by any name a routine is called (`also_called`, with close matches listed when
nothing fits) and its plain yes to the offer to play in the other language, fed what a hostile
or careless client sends, and the corpus's names as a careless writer writes them. Each pins a
behaviour with real answers through the real corpus: the console playground, the engine, the
checker, or the real Application against the strict Telegram emulator with real SQLite."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, GROUP, running_bot, sends, wait_for

TEN_KNIVES_ASKED = "Someone throws ten knives at you"

# -- 1. a yes said to someone else in a group is not the offer's --------------------------------


def test_a_yes_replying_to_another_members_message_takes_no_offer(corpus: Corpus) -> None:
    """Alice is offered ten-knives in a group; Carol asks her something and Alice answers her,
    "ok" as a reply to Carol's message: that yes is Carol's, not the bot's (ops26's plain yes
    started the prank on Bob). The same "ok" replying to the bot, or to nobody, takes it."""
    engine = Engine(corpus, random.Random(26))
    engine.prank_cooldown = 0.0
    alice, carol = Person(1, "Alice", "alice", "en"), Person(3, "Carol", "carol", "en")
    group = {"chat_id": -26, "in_group": True}
    offered = sent(engine, ChatState(), alice, "/prank @bob ten-knives", 100.0, **group).chat
    assert offered.offer is not None
    for typed in ("ok", "sure", "照玩", "anyway"):
        to_carol = Incoming(alice, typed, 110.0, replied=carol, reply_to=55, **group)  # type: ignore[arg-type]
        assert engine.offer_taken(offered, to_carol) is to_carol, typed
    to_bot = Incoming(alice, "ok", 110.0, reply_to=54, reply_to_bot=True, **group)  # type: ignore[arg-type]
    assert engine.offer_taken(offered, to_bot).text == "/prank ten-knives @bob anyway"
    alone = Incoming(alice, "ok", 110.0, **group)  # type: ignore[arg-type]
    assert engine.offer_taken(offered, alone).text == "/prank ten-knives @bob anyway"


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_yes_to_a_friend_is_not_a_yes_to_the_offer(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and SQLite: Alice is offered ten-knives in a group, Carol
    asks "lunch?", Alice replies "ok" to her: no prank; then Alice's "ok" to nobody plays it."""
    carol = {"id": 1003, "is_bot": False, "first_name": "Carol", "username": "carol"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        storage = app.bot_data["timeouts"].turns.storage
        emulator.user_message(GROUP, ALICE, "/prank ten-knives @bob")
        await wait_for(emulator, sends(GROUP["id"], "only works in Chinese"))
        lunch = emulator.user_message(GROUP, carol, "lunch?")
        emulator.user_message(GROUP, ALICE, "ok", reply_to=lunch)
        await asyncio.sleep(1.0)
        assert not storage.load_chat(GROUP["id"]).pranks
        assert storage.load_chat(GROUP["id"]).offer is not None
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE, "ok")
        await wait_for(emulator, sends(GROUP["id"], "ten knives"), after=mark)
        assert len(storage.load_chat(GROUP["id"]).pranks) == 1
