"""Round twenty-five's red team (redteam25): this round's changes attacked from outside.

ops25's remembered offer (a bare 照玩 / "anyway" takes it, once, for five minutes, from
whoever it was offered to, in the chat it was made in), `/start CODE anyway`, the move of a
group into its supergroup, and newuser25's still-waiting line, fed what a hostile or careless
client sends. Each pins a behaviour with real answers through the real corpus: the console
playground, the engine, or the real Application against the strict Telegram emulator with
real SQLite."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage.interface import KeyedLocks
from bot.telegram.ordering import ChatOrderedProcessor
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, BOB, running_bot, sends, wait_for

TEN_KNIVES_ASKED = "Someone throws ten knives at you"
OFFERED = "only works in Chinese"


# -- 1. the offer is the offered person's, in the chat it was made in --------------------------


def test_an_offer_in_one_chat_is_not_taken_in_another(corpus: Corpus) -> None:
    """An offer is the chat's: Sam's "anyway" in another chat (a group he is in) takes
    nothing there, and the offer waits where it was made."""
    engine = Engine(corpus, random.Random(25))
    sam = Person(7, "Sam", "sam", "en")
    offered = sent(engine, ChatState(), sam, "/prank ten-knives", 100.0, chat_id=7)
    assert offered.chat.offer is not None
    elsewhere = Incoming(sam, "anyway", 101.0, chat_id=-500)
    assert engine.offer_taken(ChatState(), elsewhere) is elsewhere
    here = Incoming(sam, "anyway", 101.0, chat_id=7)
    assert engine.offer_taken(offered.chat, here).text == "/prank ten-knives anyway"


@pytest.mark.parametrize("typed", ["/cancel", "/lang en", "/prank", "/stats"])
def test_an_offer_after_any_command_is_gone(corpus: Corpus, tmp_path: Path, typed: str) -> None:
    """Replayed after another command (a /cancel among them), the bare word starts nothing:
    every command moves on from the offer."""
    lines = played(corpus, tmp_path, "/prank ten-knives", typed, "anyway")
    after = "\n".join(lines[lines.index(next(x for x in lines if x.endswith(f"you: {typed}"))) :])
    assert TEN_KNIVES_ASKED not in after, lines


# -- 2. odd texts into the offer's reading: taken or not, never a traceback ------------------


@pytest.mark.parametrize(
    ("typed", "takes"),
    [
        ("anyway\u200b", True),  # a zero-width space, as phones leave one
        ("\u200f照玩", True),  # a right-to-left mark before it
        ("\x1canyway", True),  # a control character the console reads as a space
        ("ok " * 2_000 + "anyway", False),  # 6,000 characters: a sentence, not the word
        ("anyway" * 700, False),  # 4,200 characters of one "word"
        ("👍 anyway", False),  # an emoji is no word of assent
        ("👨‍👩‍👧‍👦", False),
    ],
)
def test_odd_texts_after_the_offer(corpus: Corpus, tmp_path: Path, typed: str, takes: bool) -> None:
    """Control characters, marks of direction, zero-width characters, 4,096+ characters and
    emoji sequences after the offer: the bot answers each (the offer taken, or the text read
    as chatter), and says nothing of an error."""
    lines = played(corpus, tmp_path, "/prank ten-knives", typed)
    shown = "\n".join(lines)
    assert OFFERED in shown, lines
    assert (TEN_KNIVES_ASKED in shown) is takes, lines
    assert lines[-1].startswith("🎭"), lines  # answered
    assert "Traceback" not in shown and "Oops" not in shown, lines


def test_a_forged_link_code_with_anyway_opens_nothing(corpus: Corpus, tmp_path: Path) -> None:
    """/start with a made-up code, markup in it, or 5,000 characters, with "anyway": no
    prank, the plain "no such link" line, no offer to take after it."""
    for code in ["AbCdEfGh12345678", "<b>x</b>&amp;", "A" * 5_000]:
        lines = played(corpus, tmp_path, f"/start {code} anyway", "anyway")
        shown = "\n".join(lines)
        assert "never existed" in shown, lines
        assert TEN_KNIVES_ASKED not in shown and "Traceback" not in shown, lines
        assert "<b>" not in lines[1], lines  # the code is not echoed


# -- 3. state kept by the last version, read by this one, and back ---------------------------


def test_a_state_kept_before_offers_reads_as_one_without(corpus: Corpus) -> None:
    """A chat saved by round twenty-four (no "offer" key) loads with no offer, and the bare
    word in it is plain chatter; one saved with an offer and read back keeps it, and the
    offer's stored form is what the version before would skip (an unknown key)."""
    engine = Engine(corpus, random.Random(25))
    sam = Person(7, "Sam", "sam", "en")
    offered = sent(engine, ChatState(), sam, "/prank ten-knives", 100.0, chat_id=7)
    stored = json.loads(json.dumps(offered.chat.to_json()))
    old = {key: value for key, value in stored.items() if key != "offer"}
    before = ChatState.from_json(old)
    assert before.offer is None
    typed = Incoming(sam, "anyway", 101.0, chat_id=7)
    assert engine.offer_taken(before, typed) is typed
    assert ChatState.from_json(stored) == offered.chat
    with pytest.raises(ValueError):  # a damaged offer is a damaged row, never a command run
        ChatState.from_json({**stored, "offer": {**stored["offer"], "command": "/admin x"}})


# -- 4. on Telegram: another member of the group does not take someone's offer ---------------

OLD_ID, NEW_ID = -4_125, -1_000_000_004_125
OLD_GROUP = {"id": OLD_ID, "type": "group", "title": "Old"}
SUPERGROUP = {"id": NEW_ID, "type": "supergroup", "title": "Old"}


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_groups_offer_is_its_askers_across_the_move(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and SQLite: Alice is offered ten-knives in a group; Bob's
    "anyway" there plays nothing (it was not offered to him); the group becomes a supergroup
    (its state, the offer with it, moved); Bob's "anyway" in the supergroup still plays
    nothing, and Alice's plays the routine, once."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        storage = app.bot_data["timeouts"].turns.storage
        emulator.user_message(OLD_GROUP, ALICE, "/prank ten-knives @bob")
        await wait_for(emulator, sends(OLD_ID, OFFERED))
        emulator.user_message(OLD_GROUP, BOB, "anyway")
        await asyncio.sleep(1.0)
        assert not storage.load_chat(OLD_ID).pranks
        assert storage.load_chat(OLD_ID).offer is not None
        with emulator.lock:
            emulator.migrated[OLD_ID] = NEW_ID
        word = emulator.compose_message(OLD_GROUP, ALICE, migrate_to_chat_id=NEW_ID)
        emulator.push({"message": word})
        for _ in range(100):
            if storage.load_chat(NEW_ID).offer is not None:
                break
            await asyncio.sleep(0.1)
        assert storage.load_chat(NEW_ID).offer is not None
        emulator.user_message(SUPERGROUP, BOB, "照玩")
        await asyncio.sleep(1.0)
        assert not storage.load_chat(NEW_ID).pranks
        mark = emulator.mark()
        emulator.user_message(SUPERGROUP, ALICE, "anyway")
        await wait_for(emulator, sends(NEW_ID, "ten knives"), after=mark)
        assert len(storage.load_chat(NEW_ID).pranks) == 1
        assert storage.load_chat(NEW_ID).offer is None
        texts = "\n".join(emulator.sent_texts(NEW_ID) + emulator.sent_texts(OLD_ID))
        assert "Traceback" not in texts and say("nudge", "en") not in texts


# -- 5. a lock just handed to a waiter: the next to ask gives its slot back too --------------


async def test_a_lock_just_handed_on_is_waited_for_without_a_slot() -> None:
    """ops25: a wait for a chat's lock gives the update's slot back (WHILE_LOCKED_OUT), but
    only where the lock was held (`locked()`). Released to a waiter that had not run yet, the
    lock reads free while that waiter still owns the next turn: an update asking for it then
    waited in its slot, and the waiter, the lock its own, waited for that slot: neither went
    on, for ever. Now whoever finds the lock held or awaited gives its slot back."""
    locks = KeyedLocks()
    slots = asyncio.BoundedSemaphore(1)  # one working slot: the groups' two, both taken
    asks = asyncio.Event()
    done: list[str] = []

    async def reveal() -> None:  # a background task: no slot
        async with locks.hold("group"):
            await asyncio.sleep(0.05)  # the first update gives its slot back, the next takes it
            asks.set()  # the next update runs before the waiter wakes: it asks in between

    async def waiter() -> None:
        async with locks.hold("group"):
            done.append("waiter")

    async def next_update() -> None:
        await asks.wait()
        async with locks.hold("group"):
            done.append("next")

    async with asyncio.timeout(5):  # broken, this hangs
        revealing = asyncio.create_task(reveal())
        await asyncio.sleep(0)
        await asyncio.gather(
            revealing,
            ChatOrderedProcessor._in_a_slot(slots, waiter()),
            ChatOrderedProcessor._in_a_slot(slots, next_update()),
        )
    assert done == ["waiter", "next"]
