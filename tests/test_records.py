"""A personal record: what a private /stats shows after a mix of outcomes, kept per person
across chats in both databases; a group's /stats stays its board."""

from __future__ import annotations

import random
from collections.abc import Coroutine, Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.application.buttons import Keys
from bot.application.services import Services
from bot.application.turn import Send, Sent, Turns
from bot.content.corpus import parse_corpus
from bot.conversation.answering import Incoming
from bot.conversation.commands import Event
from bot.conversation.records import TITLES, Record, Tally
from bot.conversation.state import Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.test_outcomes_played import GAME

pytestmark = pytest.mark.slow  # the Telegram emulator and the playground, for real

ALICE = Person(11, "Alice", "alice", "en")
CAROL = Person(13, "Carol", "carol", "zh-hans")
GROUP = -500


class Recorded:
    """An outbox that keeps what was sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, Send]] = []

    async def send(self, chat_id: int, message: Send) -> Sent:
        self.sent.append((chat_id, message))
        return Sent(len(self.sent), chat_id < 0)

    async def show(self, chat_id: int, event: Event, reply_to: int | None) -> Sent | None:
        return None

    async def tell(self, chat_id: int, text: str) -> None:
        pass

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        work.close()

    def set_timers(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        pass

    async def edit_keys(self, chat_id: int, message_id: int, keys: Keys) -> None:
        pass


async def play_a_mix(target: str | Path) -> tuple[Storage, Turns, Recorded]:
    """Alice pranks Carol in a group and Carol falls for it; then, in her private chat, Carol
    sees through it twice and refuses it once."""
    storage = Storage(target)
    services = Services(parse_corpus("routines:\n" + GAME), storage, random.Random(1))
    turns, outbox = Turns(services, storage), Recorded()
    now = 1000.0

    async def say_(who: Person, text: str, chat: int, reply_to: int | None = None) -> None:
        nonlocal now
        now += 60
        message = Incoming(
            who, text, now, chat < 0, chat_id=chat, reply_to=reply_to, reply_to_bot=True
        )
        await turns.take(message, outbox)

    await say_(ALICE, "/prank game @carol", GROUP)
    await say_(CAROL, "二", GROUP, reply_to=len(outbox.sent))
    for answer in ("知道这个套路", "知道这个套路", "不玩"):
        await say_(CAROL, "/prank game", CAROL.id or 0)
        await say_(CAROL, answer, CAROL.id or 0)
    return storage, turns, outbox


async def check_the_mix(target: str | Path) -> None:
    storage, turns, outbox = await play_a_mix(target)
    try:
        assert storage.load_record(CAROL.id or 0) == Record(0, 1, 2, 2, 2)
        assert storage.load_record(ALICE.id or 0) == Record(pulled=1)
        assert storage.load_record(12345) == Record()
        for lang, code in (("zh", "zh-hans"), ("zh-hant", "zh-TW"), ("en", "en")):
            asker = Person(CAROL.id, "Carol", "carol", code)
            stats = Incoming(asker, "/stats", 9999.0, chat_id=CAROL.id or 0)
            await turns.take(stats, outbox)
            text = outbox.sent[-1][1].reply.text
            assert say("record_title", lang) in text
            assert say("record_fell", lang, count=1) in text
            assert say("record_saw_through", lang, count=2) in text
            assert say("record_streak", lang, count=2, best=2) in text
            assert say("record_rank", lang, title=say("rank_wise", lang)) in text
        # In the group, /stats is still the group's board.
        board = Incoming(ALICE, "/stats", 9999.0, True, chat_id=GROUP)
        await turns.take(board, outbox)
        text = outbox.sent[-1][1].reply.text
        assert say("stats_title", "en") in text and "@alice: 1" in text
        # A fall ends the streak; the best stays.
        storage.save_chat(CAROL.id or 0, storage.load_chat(CAROL.id or 0), None,
                          [Tally(CAROL.id or 0, fell=1, reset=True)])  # fmt: skip
        assert storage.load_record(CAROL.id or 0) == Record(0, 2, 2, 0, 2)
    finally:
        turns.services.close()
        storage.close()


async def test_a_personal_record_after_a_mix_of_outcomes_sqlite(tmp_path: Path) -> None:
    await check_the_mix(tmp_path / "records.sqlite3")


@pytest.mark.postgres
async def test_a_personal_record_after_a_mix_of_outcomes_postgres(postgres: str) -> None:
    await check_the_mix(postgres)


@pytest.mark.parametrize(
    ("saw_through", "fell", "streak", "title"),
    [(0, 0, 0, "rank_fresh"), (0, 3, 0, "rank_fresh"), (1, 0, 1, "rank_wise"),
     (1, 1, 1, "rank_wise"), (1, 1, 0, "rank_wise"), (2, 9, 2, "rank_wise"),
     (3, 0, 3, "rank_sharp"), (5, 3, 0, "rank_sharp"), (5, 3, 2, "rank_sharp"),
     (3, 4, 3, "rank_wise"), (9, 1, 0, "rank_sharp"), (10, 0, 10, "rank_unfoolable"),
     (40, 50, 10, "rank_unfoolable"), (40, 0, 9, "rank_sharp")],
)  # fmt: skip
def test_titles_by_the_record(saw_through: int, fell: int, streak: int, title: str) -> None:
    record = Record(fell=fell, saw_through=saw_through, streak=streak, best=streak)
    assert record.title == title
    for lang in ("zh", "zh-hant", "zh-hk", "en"):
        assert say(title, lang)


def test_a_title_follows_the_record_not_the_last_prank() -> None:
    """Seen through 5, fallen for 3 (the last one a fall) outranks seen through 1, fallen for 1:
    the title follows what the record shows, not only the streak since the last fall."""
    veteran = Record(fell=3, saw_through=5, streak=0, best=4)
    newcomer = Record(fell=1, saw_through=1, streak=1, best=1)
    assert (veteran.title, newcomer.title) == ("rank_sharp", "rank_wise")
    keys = [key for key, _ in TITLES]  # highest first
    assert keys.index(veteran.title) < keys.index(newcomer.title)
