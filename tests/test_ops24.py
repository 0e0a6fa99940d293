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

import pytest
from telegram import Update

from bot.application.services import Services
from bot.application.turn import ChatMovedError, Send, Sent, Turns, merged
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, LinkOpened, Response
from bot.conversation.engine import MAX_GROUP_PRANKS, PRANKS_PER_STARTER, Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.catalogue import say
from bot.storage import Storage, lock_order
from bot.telegram.webhook import locked_chats
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import BOB as TELEGRAM_BOB
from tests.support.telegram_fixtures import private, running_bot, sends, wait_for
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


# -- newuser23: the offer to play anyway, a hum, a why, a link ----------------------------

SAM = Person(6, "Sam", "samsam", "en")
MEI = Person(5, "Mei", "meimei", "zh-hans")
KIT = Person(7, "Kit", "kit", "zh-hk")


def _routines_played(response: Response) -> list[str]:
    return [prank.routine for prank in response.chat.pranks.values()]


@pytest.mark.parametrize(
    "typed",
    [
        "/prank ten-knives 照玩吧",
        "/prank ten-knives 照玩啦",
        "/prank ten-knives ok 照玩",
        "/prank ten-knives 好，照玩",
        "/prank ten-knives照玩",
        "/prank 十把刀照玩",
        "/prank ten-knives anyway!",
        "/prank ten-knives Anyways",
    ],
)
def test_the_word_to_play_anyway_is_read_as_people_type_it(corpus: Corpus, typed: str) -> None:
    """newuser23: after the offer, 照玩吧, "ok 照玩" or the word glued to the name were read
    as part of the routine's name, which found nothing."""
    engine = Engine(corpus, random.Random(23))
    assert _routines_played(sent(engine, ChatState(), SAM, typed)) == ["ten-knives"]


@pytest.mark.parametrize(
    ("who", "typed", "offered"),
    [
        (SAM, "/prank ten-knives", "/prank ten-knives anyway"),  # no word: the offer
        (MEI, "/prank toast", "/prank toast-toaster 照玩"),
    ],
)
def test_without_the_word_the_offer_stands(
    corpus: Corpus, who: Person, typed: str, offered: str
) -> None:
    engine = Engine(corpus, random.Random(23))
    response = sent(engine, ChatState(), who, typed)
    assert not response.chat.pranks
    assert response.replies[0].text.endswith(offered)


def _asked(corpus: Corpus, who: Person, routine: str, answer: str) -> Response:
    engine = Engine(corpus, random.Random(23))
    chat = sent(engine, ChatState(), who, f"/prank {routine}").chat
    return sent(engine, chat, who, answer, now=1.0)


@pytest.mark.parametrize(
    ("who", "routine", "answer"),
    [
        (MEI, "ten-knives", "嗯"),
        (MEI, "ten-knives", "嗯嗯"),
        (MEI, "ten-knives", "嗯。"),
        (KIT, "ten-knives", "嗯"),
        (SAM, "apples-take-away", "mm"),
        (SAM, "apples-take-away", "hmm"),  # (waited for before: a sound of thinking)
    ],
)
def test_a_hum_alone_that_reaches_no_answer_is_waited_for(
    corpus: Corpus, who: Person, routine: str, answer: str
) -> None:
    """newuser23: 嗯 alone to a question with no yes was met with the hint; it is someone
    thinking, as "hmm" is, and "let me think" is waited for (rule "a put-off")."""
    waited = _asked(corpus, who, routine, answer)
    lang = {MEI: "zh", KIT: "zh-hk", SAM: "en"}[who]
    question = corpus.routines[routine].states["ask"].say.in_(lang)
    assert waited.replies[0].text == f"{say('put_off', lang)}\n{question}"
    [prank] = waited.chat.pranks.values()
    assert (prank.tries_used, prank.idle) == (0, 1)


def test_a_hum_that_is_a_yes_stays_a_yes(corpus: Corpus) -> None:
    """Must not change: where a yes is an answer (silent-love: "have you noticed I love
    you?"), 嗯 reaches it."""
    assert _asked(corpus, MEI, "silent-love", "嗯").endings


@pytest.mark.parametrize(
    ("who", "routine", "answer"),
    [
        (MEI, "ten-knives", "你问这个干嘛"),
        (MEI, "ten-knives", "为什么问这个"),
        (MEI, "ten-knives", "问这个做什么"),
        (KIT, "ten-knives", "點解問我"),
        (KIT, "ten-knives", "你問呢啲做咩"),
        (SAM, "apples-take-away", "why do you ask"),
        (SAM, "apples-take-away", "why?"),
        (MEI, "silent-love", "你问这个干嘛"),  # where the reveal is the prank too
    ],
)
def test_asked_why_is_met_with_a_nudge_not_the_hint(
    corpus: Corpus, who: Person, routine: str, answer: str
) -> None:
    """newuser23: 你问这个干嘛 was met with the hint, as an answer gone wrong; a friend says
    "you'll see" and asks again."""
    nudged = _asked(corpus, who, routine, answer)
    lang = {MEI: "zh", KIT: "zh-hk", SAM: "en"}[who]
    question = corpus.routines[routine].states["ask"].say.in_(lang)
    assert nudged.replies[0].text == f"{say('asked_why', lang)}\n{question}"
    assert not nudged.endings
    [prank] = nudged.chat.pranks.values()
    assert prank.tries_used == 0


@pytest.mark.parametrize("answer", ["不知道", "今日食咗乜？", "五把", "为什么是我先"])
def test_what_is_no_why_still_gets_the_hint(corpus: Corpus, answer: str) -> None:
    hint = corpus.routines["ten-knives"].states["ask"].hint
    assert hint is not None
    assert _asked(corpus, MEI, "ten-knives", answer).replies[0].text == hint.in_("zh")


def test_a_link_to_a_routine_of_another_language_is_offered_as_prank_offers_it(
    corpus: Corpus,
) -> None:
    """newuser23: a link to a Chinese pun opened in an English chat played it, in Chinese,
    with no word of why; now it is offered, as /prank offers it. Must not change: opened in
    Chinese it plays at once; /start CODE anyway plays it."""
    engine = Engine(corpus, random.Random(23))
    link = LinkOpened("abc123", "ten-knives")
    offered = sent(engine, ChatState(), SAM, "/start abc123", link=link)
    assert not offered.chat.pranks
    assert offered.replies[0].text == (
        "“Ten knives” only works in Chinese. Play it anyway? Send /start abc123 anyway"
    )
    played = sent(engine, ChatState(), MEI, "/start abc123", link=link)
    assert _routines_played(played) == ["ten-knives"]
    anyway = sent(engine, ChatState(), SAM, "/start abc123 anyway", link=link)
    assert _routines_played(anyway) == ["ten-knives"]


# -- the same, where people meet it: the console playground and Telegram --------------------


def test_the_playground_nudges_a_why_waits_on_a_hum_and_plays_anyway(
    corpus: Corpus, tmp_path: Path
) -> None:
    lines = played(
        corpus,
        tmp_path,
        "/prank apples-take-away",
        "why do you ask",
        "hmm",
        "/prank ten-knives anyway!",
    )
    shown = "\n".join(lines)
    assert say("asked_why", "en") in shown, lines
    assert say("put_off", "en") in shown, lines
    assert "Someone throws ten knives at you" in shown, lines


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_why_is_nudged_and_the_word_after_the_offer_plays(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application: Bob (zh-hans) is offered the English-only toast routine,
    plays it with 照玩吧, and is nudged when he asks why."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(TELEGRAM_BOB), TELEGRAM_BOB, "/prank toast")
        offered = await wait_for(emulator, sends(TELEGRAM_BOB["id"], "照玩"))
        assert offered["params"]["text"].endswith("/prank toast-toaster 照玩")
        emulator.user_message(private(TELEGRAM_BOB), TELEGRAM_BOB, "/prank toast-toaster 照玩吧")
        await wait_for(emulator, sends(TELEGRAM_BOB["id"], "five times"))
        emulator.user_message(private(TELEGRAM_BOB), TELEGRAM_BOB, "你问这个干嘛")
        nudged = await wait_for(emulator, sends(TELEGRAM_BOB["id"], say("asked_why", "zh")))
    assert "five times" in nudged["params"]["text"]
