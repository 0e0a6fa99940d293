"""Round twenty-four's should-fixes on the bot side (redteam23, newuser23).

A group that becomes a supergroup while the bot runs on several instances: the move of the
group's state into the supergroup's takes the supergroup's lock, after the group's, the one
order every path takes two chats' locks in (`Storage.chat_lock`, `lock_order`); and a merge
of two chats keeps every waiting prank, past the caps, one per starter on an answerer.
"""

from __future__ import annotations

import asyncio
import random
from contextlib import AsyncExitStack
from pathlib import Path

from telegram import Update

from bot.application.services import Services
from bot.application.turn import ChatMovedError, Send, Sent, Turns, merged
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import MAX_GROUP_PRANKS, PRANKS_PER_STARTER, Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.catalogue import say
from bot.storage import Storage, lock_order
from bot.telegram.webhook import locked_chats
from tests.test_turn import RecordingOutbox

ALICE = Person(1, "Alice", "alice", "zh-hans")
BOB = Person(2, "Bob", "bob", "zh-hans")
CAROL = Person(3, "Carol", "carol", "zh-hans")
GROUP = -4_012_345_678  # a basic group's id
SUPERGROUP = -1_004_012_345_678  # the supergroup it became


def _instances(database: str | Path) -> tuple[Storage, Storage]:
    """Two instances' storages on one database: PostgreSQL serves several processes; SQLite
    serves one, whose two turns share its storage."""
    one = Storage(database)
    return one, (Storage(database) if isinstance(database, str) else one)


def _turns(storage: Storage, corpus: Corpus) -> Turns:
    return Turns(Services(corpus, storage, random.Random(1)), storage)


def _routines(state: ChatState) -> list[tuple[str | None, str | None]]:
    """Who pranks whom in a state (usernames), in ticket order."""
    return [
        (prank.by.username, prank.target.username if prank.target else None)
        for _, prank in sorted(state.pranks.items(), key=lambda item: int(item[0]))
    ]


class HeldSend(RecordingOutbox):
    """Its first send to the group waits until `go` is set, then finds the group moved."""

    def __init__(self) -> None:
        super().__init__()
        self.reached = asyncio.Event()
        self.go = asyncio.Event()

    async def send(self, chat_id: int, message: Send) -> Sent:
        if chat_id == GROUP:
            self.reached.set()
            await self.go.wait()
            raise ChatMovedError(SUPERGROUP)
        return await super().send(chat_id, message)


def test_a_group_is_locked_before_the_supergroup_it_became() -> None:
    assert lock_order([SUPERGROUP, GROUP]) == [GROUP, SUPERGROUP]
    assert lock_order([GROUP, SUPERGROUP, GROUP]) == [GROUP, SUPERGROUP]
    word = Update.de_json(_moved_from_update(), None)  # type: ignore[arg-type]
    assert locked_chats(word) == [GROUP, SUPERGROUP]
    chatter = Update.de_json(_chatter_update(), None)  # type: ignore[arg-type]
    assert locked_chats(chatter) == [SUPERGROUP]


async def test_a_task_holding_a_chats_lock_takes_it_again_and_others_still_wait(
    tmp_path: Path,
) -> None:
    storage = Storage(tmp_path / "bot.sqlite3")
    async with storage.chat_lock(GROUP):
        other = asyncio.create_task(_held(storage.chat_lock(GROUP)))
        async with asyncio.timeout(1):  # in this task, which holds it: at once
            await _held(storage.chat_lock(GROUP))
        await asyncio.sleep(0.05)
        assert not other.done()  # the inner exit let nothing go
    await asyncio.wait_for(other, 5)


async def test_a_group_found_moved_waits_for_a_turn_of_the_supergroup(
    database: str | Path, corpus: Corpus
) -> None:
    """redteam23: the turn of the group that found it moved read the supergroup's state and
    wrote it merged without the supergroup's lock; a turn there on another instance, between
    its read and its write, wrote over the merge, and the group's pranks were gone."""
    one, two = _instances(database)
    group = _turns(one, corpus)
    await group.take(_said(ALICE, "/prank ten-knives @bob", 1.0, GROUP), RecordingOutbox())
    engine = Engine(corpus, random.Random(2))
    outbox = RecordingOutbox(moved={GROUP: SUPERGROUP})
    async with two.chat_lock(SUPERGROUP):  # another instance's turn in the supergroup
        seen = two.load_chat(SUPERGROUP)
        moving = asyncio.create_task(
            group.take(_said(BOB, "/prank ten-knives @carol", 20.0, GROUP), outbox)
        )
        await asyncio.sleep(0.3)  # the group's turn goes as far as it may
        response = await engine.handle(seen, _said(CAROL, "/prank ten-knives @alice", 21.0))
        two.save_chat(SUPERGROUP, response.chat)
    await asyncio.wait_for(moving, 10)
    assert sorted(_routines(one.load_chat(SUPERGROUP))) == [
        ("alice", "bob"),
        ("bob", "carol"),
        ("carol", "alice"),
    ]
    assert outbox.sent and outbox.sent[-1][0] == SUPERGROUP  # Bob's question went there


async def test_the_word_of_the_move_and_a_turn_of_the_group_never_wait_on_each_other(
    database: str | Path, corpus: Corpus
) -> None:
    """The supergroup's word that the group moved (under the locks `locked_chats` names, then
    `on_migrated`'s) while a turn of the group holds the group's lock and finds it moved: in
    opposite orders, each held one lock and waited for the other's (redteam23)."""
    one, two = _instances(database)
    group, supergroup = _turns(one, corpus), _turns(two, corpus)
    await group.take(_said(ALICE, "/prank ten-knives @bob", 1.0, GROUP), RecordingOutbox())
    outbox = HeldSend()

    async def turn_of_the_group() -> None:
        async with one.chat_lock(GROUP, update_id=7):  # as the webhook takes it
            await group.take(_said(BOB, "/prank ten-knives @carol", 20.0, GROUP), outbox, 7)

    async def word_of_the_move() -> None:
        update = Update.de_json(_moved_from_update(), None)  # type: ignore[arg-type]
        async with AsyncExitStack() as locks:
            for chat_id in locked_chats(update):
                await locks.enter_async_context(two.chat_lock(chat_id))
            async with two.chat_lock(GROUP):  # Handlers.on_migrated
                await supergroup.migrate(GROUP, SUPERGROUP, RecordingOutbox())

    turn = asyncio.create_task(turn_of_the_group())
    await asyncio.wait_for(outbox.reached.wait(), 10)
    word = asyncio.create_task(word_of_the_move())
    await asyncio.sleep(0.3)
    outbox.go.set()
    await asyncio.wait_for(asyncio.gather(turn, word), 10)
    assert sorted(_routines(one.load_chat(SUPERGROUP))) == [("alice", "bob"), ("bob", "carol")]
    assert one.load_chat(GROUP) == ChatState()


def _prank(by: Person, target: Person, until: float) -> Prank:
    return Prank("ten-knives", "ask", by, until, target, in_group=True)


def test_a_merge_keeps_every_waiting_prank_past_the_caps_and_one_per_starter_and_answerer() -> None:
    """redteam23: two full groups merged hold twice the cap, which stands for new pranks
    only; a starter's prank on an answerer both chats hold is the supergroup's (newer)."""
    people = [Person(10 + n, f"P{n}", f"p{n}") for n in range(2 * MAX_GROUP_PRANKS)]
    staying = ChatState(
        "zh",
        MAX_GROUP_PRANKS + 1,
        {str(n + 1): _prank(ALICE if n == 0 else people[n], BOB, 500.0) for n in range(20)},
    )
    moving = ChatState(
        "zh",
        MAX_GROUP_PRANKS + 1,
        {str(n + 1): _prank(people[20 + n], CAROL, 400.0) for n in range(20)},
    )
    moving.pranks["1"] = _prank(ALICE, BOB, 300.0)  # Alice on Bob, in both
    moving.pranks["2"] = _prank(ALICE, CAROL, 300.0)  # Alice on Carol, in the group only
    joined = merged(staying, moving)
    assert len(joined.pranks) == 2 * MAX_GROUP_PRANKS - 1
    alices = [p for p in joined.pranks.values() if p.by.is_same(ALICE)]
    assert sorted((p.target.id if p.target else 0, p.until) for p in alices) == [
        (2, 500.0),
        (3, 300.0),
    ]
    assert joined.next_ticket == MAX_GROUP_PRANKS + 1 + len(moving.pranks) - 1
    assert not set(joined.pranks) - {str(t) for t in range(1, joined.next_ticket)}


def test_a_merge_keeps_pranks_of_different_pairs_and_anonymous_admins() -> None:
    """Must not change: pranks of one starter on different answerers, of different starters
    on one answerer, and the anonymous admins' (the group itself starting: each chat's own
    id, never the same sender) all go on."""
    staying = ChatState(
        "zh",
        3,
        {
            "1": _prank(ALICE, BOB, 1.0),
            "2": _prank(Person(SUPERGROUP, "Group", None), BOB, 1.0),
        },
    )
    moving = ChatState(
        "zh",
        4,
        {
            "1": _prank(ALICE, CAROL, 1.0),
            "2": _prank(CAROL, BOB, 1.0),
            "3": _prank(Person(GROUP, "Group", None), BOB, 1.0),
        },
    )
    assert len(merged(staying, moving).pranks) == 5


async def test_new_pranks_are_refused_in_a_merged_chat_over_the_caps(corpus: Corpus) -> None:
    people = [Person(10 + n, f"P{n}", f"p{n}") for n in range(2 * MAX_GROUP_PRANKS)]
    full = ChatState(
        "zh", 41, {str(n + 1): _prank(people[n], BOB, 1e9) for n in range(2 * MAX_GROUP_PRANKS)}
    )
    engine = Engine(corpus, random.Random(1))
    refused = await engine.handle(full, _said(CAROL, "/prank ten-knives @alice", 50.0))
    assert refused.chat.pranks == full.pranks
    assert [r.text for r in refused.replies] == [say("too_many", "zh")]
    mine = {str(n + 1): _prank(ALICE, people[n], 1.0) for n in range(2 * PRANKS_PER_STARTER)}
    hers = await engine.handle(ChatState("zh", 7, mine), _said(ALICE, "/prank ten-knives", 50.0))
    assert hers.chat.pranks == mine
    assert [r.text for r in hers.replies] == [
        say("your_pranks_full", "zh", count=2 * PRANKS_PER_STARTER)
    ]


def _said(person: Person, text: str, now: float, chat_id: int = SUPERGROUP) -> Incoming:
    return Incoming(person, text, now, True, chat_id=chat_id)


def _moved_from_update() -> dict:
    return {
        "update_id": 7,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": SUPERGROUP, "type": "supergroup", "title": "G"},
            "migrate_from_chat_id": GROUP,
        },
    }


def _chatter_update() -> dict:
    return {
        "update_id": 8,
        "message": {
            "message_id": 2,
            "date": 0,
            "chat": {"id": SUPERGROUP, "type": "supergroup", "title": "G"},
            "from": {"id": 1, "is_bot": False, "first_name": "A"},
            "text": "hi",
        },
    }


async def _held(lock: object) -> None:
    async with lock:  # type: ignore[attr-defined]
        pass
