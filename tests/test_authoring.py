"""Routines written by the people who play them, through the turn service (real storage, the
real engine, an outbox that records): /new step by step, keeping and owning them, a group's
pack, publishing through a review, reports, and the limits."""

from __future__ import annotations

import asyncio
import itertools
import random
import re
from collections.abc import Coroutine, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.__main__ import check
from bot.application import authoring
from bot.application.services import Services
from bot.application.turn import Send, Sent, Turns
from bot.content.corpus import Corpus, parse_corpus
from bot.conversation.answering import Incoming
from bot.conversation.commands import Event, Say
from bot.conversation.state import Person
from bot.storage import Storage
from bot.storage.authored import PENDING, PUBLIC, WITHDRAWN
from bot.storage.sqlite import SqliteStorage
from tests.support.lines import fixed, opening, say

YOU = Person(11, "You", "you", "en")
BOB = Person(12, "Bob", "bob", "en")
CAROL = Person(13, "Carol", "carol", "en")
GROUP = -500
ADMINS = frozenset({YOU.id or 0})
UPDATES = itertools.count(1)  # update ids, one series for every instance of a test

KNIVES = [
    "/new",
    "English",
    "Knives of mine",
    "Ten knives thrown, you caught two. How many are left?",
    "eight / 8",
    "Right, son.",
    "/done",
    "made of paper / paper knives",
    "Ha, you have seen these knives before.",
    "Count again?",
    "yes",
]


class Outbox:
    """Numbers every message and keeps its text; runs a command's work when asked."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str, int]] = []
        self.told: list[tuple[int, str]] = []
        self.work: list[Coroutine[Any, Any, None]] = []

    async def send(self, chat_id: int, message: Send) -> Sent:
        self.lines.append((chat_id, message.reply.text, len(self.lines) + 1))
        return Sent(len(self.lines), chat_id < 0)

    async def show(self, chat_id: int, event: Event, reply_to: int | None) -> Sent | None:
        assert isinstance(event, Say)
        self.lines.append((chat_id, event.text, len(self.lines) + 1))
        return Sent(len(self.lines), chat_id < 0)

    async def tell(self, chat_id: int, text: str) -> None:
        self.told.append((chat_id, text))

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        self.work.append(work)

    def set_timers(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        pass


class Chats:
    """People talking to the bot; `said` is what the bot answered the last message."""

    def __init__(self, services: Services, storage: Storage) -> None:
        self.services = services
        services.authoring.clock = lambda: self.now  # one clock for messages and drafts
        self.storage = storage
        self.turns = Turns(services, storage)
        self.outbox = Outbox()
        self.now = 1000.0
        self.said = ""

    async def __call__(
        self,
        who: Person,
        text: str,
        group: bool = False,
        reply_to: int | None = None,
        replied: Person | None = None,
    ) -> str:
        self.now += 20
        before = len(self.outbox.lines)
        message = Incoming(
            who,
            text,
            self.now,
            in_group=group,
            chat_id=GROUP if group else who.id or 0,
            admin=who.id in ADMINS,
            chat_admin=who == YOU,  # YOU runs the group
            reply_to=reply_to,
            reply_to_bot=reply_to is not None,
            replied=replied,
            message_id=int(self.now),
        )
        update_id = next(UPDATES)
        async with self.storage.chat_lock(message.chat_id, update_id):  # as the adapters do
            await self.turns.take(message, self.outbox, update_id)
        while self.outbox.work:
            await self.outbox.work.pop(0)
        self.said = "\n".join(text for _, text, _ in self.outbox.lines[before:])
        return self.said

    def last_number(self) -> int:
        return self.outbox.lines[-1][2]

    async def script(self, who: Person, lines: list[str]) -> str:
        for line in lines:
            await self(who, line)
        return self.said


@pytest.fixture
def chats(corpus: Corpus, tmp_path: Path) -> Iterator[Chats]:
    storage = Storage(tmp_path / "authored.sqlite3")
    services = Services(corpus, storage, random.Random(3), admin_ids=ADMINS)
    yield Chats(services, storage)
    services.close()
    storage.close()


@pytest.fixture
def two_instances(corpus: Corpus, database: str | Path) -> Iterator[tuple[Chats, Chats]]:
    """Two bots on one database (two handles on one SQLite file, or two PostgreSQL
    instances), each with its own memory of what it read."""
    made = []
    for _ in range(2):
        storage = Storage(database)
        made.append(Chats(Services(corpus, storage, random.Random(3), admin_ids=ADMINS), storage))
    yield made[0], made[1]
    for chats in made:
        chats.services.close()
        chats.storage.close()


async def test_new_writes_a_routine_step_by_step_refusing_and_going_back(chats: Chats) -> None:
    said = await chats(YOU, "/new")
    assert say("new_ask_lang", "en") in said
    await chats(YOU, "Klingon")
    assert say("new_err_lang", "en") in chats.said
    await chats(YOU, "English")
    await chats(YOU, "Knives of mine")
    # A waiting line that is not a question is refused, in plain words, and asked again.
    said = await chats(YOU, "Ten knives thrown, you caught two. How many are left.")
    assert say("new_err_question", "en") in said and say("new_ask_question", "en") in said
    await chats(YOU, "Ten knives thrown, you caught two. How many are left?")
    await chats(YOU, "eight / 8")
    await chats(YOU, "Right, son.")
    # The same words again can never be reached: shadowed, refused.
    said = await chats(YOU, "eight")
    assert say("new_err_shadowed", "en") in said
    # /back undoes the punchline; a new one is asked for.
    said = await chats(YOU, "/back")
    assert opening("new_ask_punchline", "en") in said
    await chats(YOU, "Right, my boy.")
    await chats(YOU, "/done")
    await chats(YOU, "/skip")
    said = await chats(YOU, "Count again?")
    assert "Right, my boy." in said and say("new_ask_save", "en") in said  # the preview
    said = await chats(YOU, "yes")
    assert say("new_saved", "en", title="Knives of mine") in said
    assert chats.services.authoring.store.load_draft(YOU.id or 0) is None
    said = await chats(YOU, "/mine")
    assert "Knives of mine (English)" in said
    # Plain text is the prank's again: the private chat's nudge.
    assert say("nudge", "en") in await chats(YOU, "hello")


async def test_cancel_drops_the_draft_and_a_prank_asked_later_gets_its_answers(
    chats: Chats,
) -> None:
    await chats.script(YOU, ["/new", "English", "Half written"])
    said = await chats(YOU, "/cancel")
    assert say("new_cancelled", "en") in said
    assert chats.services.authoring.store.authored_of(YOU.id or 0) == []
    await chats.script(YOU, ["/new", "English"])
    await chats(YOU, "/prank ten-knives anyway")  # a Chinese pun, played in English
    said = await chats(YOU, "eight")  # the prank asked after the draft: the answer is its
    assert opening("new_err_empty", "en") not in said and "son" in said.lower()
    said = await chats(YOU, "Back to writing")  # no prank waits: the draft's title step
    assert say("new_ask_question", "en") in said


async def test_played_on_a_friend_in_a_group_with_the_authors_credit(chats: Chats) -> None:
    await chats.script(YOU, KNIVES)
    said = await chats(YOU, "/prank knives of mine", group=True, replied=BOB)
    assert "How many are left?" in said
    said = await chats(BOB, "eight, obviously", group=True)
    assert "Right, son." in said and say("authored_credit", "en", name="@you") in said
    assert say("got_you", "en", by="@you", target="@bob") in said
    # An answer meaning something else gets the hint; the give-away is seen through.
    await chats(YOU, "/prank knives of mine", group=True, replied=CAROL)
    assert "Count again?" in await chats(CAROL, "a banana", group=True)
    chats.now += 20
    said = await chats(CAROL, "they are made of paper", group=True)
    assert "seen these knives before" in said


async def test_export_gives_yaml_that_bot_check_accepts(chats: Chats, tmp_path: Path) -> None:
    await chats.script(YOU, KNIVES)
    await chats(YOU, "/export Knives of mine")
    exported = chats.outbox.lines[-1][1]
    corpus = parse_corpus(exported)
    assert len(corpus.routines) == 1
    path = tmp_path / "mine.yaml"
    path.write_text(exported, encoding="utf-8")
    assert check(path) == 0


async def test_only_the_owner_edits_or_deletes(chats: Chats) -> None:
    await chats.script(YOU, KNIVES)
    unknown = say("mine_unknown", "en", name="Knives of mine")
    assert unknown in await chats(BOB, "/delete Knives of mine")
    assert unknown in await chats(BOB, "/edit Knives of mine")
    assert unknown in await chats(BOB, "/export Knives of mine")
    # The owner edits one field, keeping the others.
    said = await chats(YOU, "/edit Knives of mine")
    assert say("edit_now", "en", now="Knives of mine") in said
    await chats(YOU, "/keep")
    await chats(YOU, "Twelve knives thrown, you caught two. How many are left?")
    for step in ("/keep", "/keep", "/keep"):  # the answers, the give-away, the hint
        await chats(YOU, step)
    assert "Twelve knives" in chats.said
    await chats(YOU, "yes")
    mine = chats.services.authoring.store.authored_of(YOU.id or 0)
    assert len(mine) == 1 and mine[0].draft["question"].startswith("Twelve")
    assert mine[0].draft["answers"][0]["match"] == ["eight", "8"]
    assert say("deleted", "en", title="Knives of mine") in await chats(
        YOU, "/delete knives of mine"
    )
    assert chats.services.authoring.store.authored_of(YOU.id or 0) == []


async def test_a_groups_pack_by_its_admins_and_its_deck(chats: Chats) -> None:
    await chats.script(BOB, KNIVES)
    assert say("pack_empty", "en") in await chats(BOB, "/pack", group=True)
    refused = await chats(BOB, "/pack add Knives of mine", group=True)
    assert say("chat_admins_only", "en") in refused
    # The admin adds it, replying to its author's message.
    said = await chats(YOU, "/pack add knives of mine", group=True, replied=BOB)
    assert say("pack_added", "en", title="Knives of mine", by="@bob") in said
    assert "Knives of mine — @bob" in await chats(CAROL, "/pack", group=True)
    # Anyone in the group plays it by title; the group's random deck deals it.
    assert "How many are left?" in await chats(CAROL, "/prank knives of mine @you", group=True)
    pool = chats.services.authoring.pool(GROUP, "en", True)
    assert pool == ["u:1"]
    said = await chats(YOU, "/pack remove knives of mine", group=True)
    assert say("pack_removed", "en", title="Knives of mine") in said
    assert chats.services.authoring.pool(GROUP, "en", True) == []


async def test_publish_review_approve_and_anyones_deck_deals_it(chats: Chats) -> None:
    await chats.script(BOB, KNIVES)
    said = await chats(BOB, "/publish knives of mine")
    assert say("publish_queued", "en", title="Knives of mine") in said
    assert say("not_admin", "en") in await chats(CAROL, "/review")
    said = await chats(YOU, "/review")
    assert opening("review_next", "en") in said and "Right, son." in said
    await chats(YOU, "/review approve")
    told = say("review_told_approved", "en", title="Knives of mine")
    assert (BOB.id, told) in chats.outbox.told
    # Carol's random deck deals it within one round of every English routine.
    rounds = len(chats.services.engine.corpus.playable("en")) + 1
    for _ in range(rounds):
        if "Ten knives thrown" in await chats(CAROL, "/prank"):
            break
    else:
        pytest.fail("the public routine was never dealt")
    # Rejected, with a reason that goes back to the author.
    await chats.script(CAROL, [*KNIVES[:2], "Carol's", *KNIVES[3:]])
    await chats(CAROL, "/publish carol's")
    said = await chats(YOU, "/review reject")
    assert say("review_reason_needed", "en") in said
    await chats(YOU, "/review reject too close to ten-knives")
    rejected = say("review_told_rejected", "en", title="Carol's", reason="too close to ten-knives")
    assert (CAROL.id, rejected) in chats.outbox.told
    assert "too close to ten-knives" in await chats(CAROL, "/mine")


async def test_three_reports_withdraw_a_public_routine_until_reviewed(chats: Chats) -> None:
    await chats.script(BOB, KNIVES)
    await chats(BOB, "/publish knives of mine")
    await chats(YOU, "/review approve")
    store = chats.services.authoring.store
    for n, person in enumerate((CAROL, YOU, Person(14, "Dan", "dan", "en"))):
        await chats(person, "/prank knives of mine")
        question = chats.last_number()
        said = await chats(person, "/report", reply_to=question)
        assert say("reported", "en", title="Knives of mine") in said
        assert store.get_authored(1).status == (WITHDRAWN if n == 2 else PUBLIC)
    assert chats.services.authoring.pool(GROUP, "en", False) == []
    assert say("report_what", "en") in await chats(CAROL, "/report")
    assert opening("review_next", "en") in await chats(YOU, "/review")
    await chats(YOU, "/review approve")
    assert store.get_authored(1).status == PUBLIC


async def test_limits_refuse_politely(chats: Chats) -> None:
    await chats.script(BOB, ["/new", "English"])
    what = say("new_what_title", "en")
    assert say("new_err_long", "en", what=what, limit=60, length=61) in await chats(BOB, "x" * 61)
    await chats(BOB, "Limits")
    assert say("new_err_link", "en") in await chats(BOB, "Seen https://example.com?")
    assert say("new_err_mention", "en") in await chats(BOB, "Is @carol there?")
    bot_line = say("unknown_command", "en", command="/x") + "?"
    assert say("new_err_bot_line", "en") in await chats(BOB, bot_line)
    assert say("new_err_full_width", "en") in await chats(BOB, "How many are left？")
    # An admin may put a link in.
    await chats.script(YOU, ["/new", "English", "Admin's"])
    assert say("new_ask_answer", "en") in await chats(YOU, "Seen https://example.com?")
    # Twenty routines at most; three waiting for a review.
    store = chats.services.authoring.store
    draft = {"lang": "en", "title": "t", "question": "q?", "answers": []}
    for n in range(authoring.MAX_ROUTINES):
        store.add_authored(CAROL.id or 0, "@carol", f"t{n}", "en", {**draft, "title": f"t{n}"}, 1)
    limit = say("new_too_many", "en", limit=authoring.MAX_ROUTINES)
    assert limit in await chats(CAROL, "/new")
    for n in range(authoring.MAX_PENDING):
        await chats(CAROL, f"/publish t{n}")
    assert store.get_authored(1).status == PENDING
    too_many = say("publish_too_many", "en", limit=authoring.MAX_PENDING)
    assert too_many in await chats(CAROL, "/publish t5")


async def test_a_routine_in_chinese_is_checked_and_played_in_chinese(chats: Chats) -> None:
    zh = Person(15, "Wen", None, "zh-hans")
    await chats.script(zh, ["/new", "中文", "我的十把刀", "十把刀丢过来，你接住两把，还剩几把"])
    assert say("new_err_question", "zh") in chats.said
    await chats.script(
        zh, ["还剩几把？", "八把 / 8把", "答对了，儿子。", "/done", "/skip", "/skip"]
    )
    assert fixed("preview_answer", "zh") in chats.said
    await chats(zh, "是")
    said = await chats(zh, "/prank 我的十把刀")
    assert "还剩几把？" in said
    assert "答对了，儿子。" in await chats(zh, "八把吧")


def test_the_bots_lines_are_recognised_and_ordinary_questions_are_not() -> None:
    assert authoring.reads_as_the_bot(say("welcome", "en"))
    assert authoring.reads_as_the_bot("🎭 hello?")
    for question in ("How many are left?", "What is between one and three?", "你喜欢玩水吗？"):
        assert not authoring.reads_as_the_bot(question), question


async def test_a_draft_is_kept_between_messages(chats: Chats) -> None:
    await chats.script(YOU, ["/new", "English", "Kept"])
    draft = chats.services.authoring.store.load_draft(YOU.id or 0)
    assert draft is not None and draft["title"] == "Kept" and draft["step"] == "question"
    await asyncio.sleep(0)


async def test_prank_by_name_finds_your_own_then_the_corpus_then_public_ones(chats: Chats) -> None:
    """main's forgiving /prank lookup with authoring's order: the author's own routine by its
    title before the corpus's of the same title, the corpus's language offer for everyone
    else, a public written routine by its title before a looser corpus match, and no written
    routine by its `u:` id."""
    await chats.script(YOU, [*KNIVES[:2], "Ten knives", *KNIVES[3:]])
    assert "Ten knives thrown" in await chats(YOU, "/prank ten knives")
    said = await chats(BOB, "/prank ten knives")
    assert said == say("plays_only_zh", "en", title="“Ten knives”", id="ten-knives", tail="")
    await chats.script(BOB, [*KNIVES[:2], "Knives", *KNIVES[3:]])  # a word of ten-knives' title
    await chats(BOB, "/publish knives")
    await chats(YOU, "/review")
    await chats(YOU, "/review approve")
    assert "Ten knives thrown" in await chats(CAROL, "/prank knives")
    said = await chats(CAROL, "/prank knive")  # no title is that: the corpus's looser match
    offer = say("plays_only_zh", "en", title="“Ten knives”", id="ten-knives", tail="")
    # newuser25: Carol's public one still waits, and the offer says so
    assert said.startswith(offer + "\n(You haven't answered the last one yet: ")
    said = await chats(CAROL, "/prank u:2")
    assert said.startswith(say("unknown_routine", "en", name="u:2") + "\n(You haven't answered")


async def test_what_one_instance_writes_the_other_plays_at_once(
    two_instances: tuple[Chats, Chats],
) -> None:
    """Written, edited, published and deleted on one instance, played on the other right
    after, though the other read the routines before: it never plays what was."""
    one, two = two_instances
    await one.script(YOU, KNIVES)
    assert "Ten knives" in await two(YOU, "/prank knives of mine", group=True, replied=BOB)
    assert "Right, son." in await two(BOB, "eight", group=True)
    await one.script(YOU, ["/edit Knives of mine", "/keep", f"Twelve{KNIVES[3][3:]}"])
    await one.script(YOU, ["/keep", "/keep", "/keep", "yes"])
    said = await two(YOU, "/prank knives of mine", group=True, replied=BOB)
    assert "Twelve knives" in said and "Ten knives" not in said
    assert "Twelve knives" not in await two(CAROL, "/prank knives of mine")  # not public yet
    await one(YOU, "/publish knives of mine")
    await one(YOU, "/review approve")
    assert "Twelve knives" in await two(CAROL, "/prank knives of mine")
    await one(YOU, "/delete knives of mine")
    assert "Twelve knives" not in await two(CAROL, "/prank knives of mine")


async def test_a_draft_begun_on_one_instance_goes_on_on_the_other(
    two_instances: tuple[Chats, Chats],
) -> None:
    one, two = two_instances
    await two(BOB, "hello")  # nothing being written: the other instance knows it
    await one(BOB, "/new")
    assert say("new_ask_title", "en") in await two(BOB, "English")
    draft = one.storage.load_draft(BOB.id or 0)
    assert draft is not None and draft["step"] == "title"


async def test_the_usual_turn_reads_no_routine_nobody_changed(chats: Chats) -> None:
    """Once read, a /prank and a private answer read no authored table (SQLite's own trace of
    the statements) while nothing is written; a write anywhere makes them read again."""
    await chats.script(YOU, KNIVES)
    await chats(BOB, "/prank ten-knives anyway")
    await chats(BOB, "eight")
    statements: list[str] = []
    assert isinstance(chats.storage, SqliteStorage)
    chats.storage.db.set_trace_callback(statements.append)

    def tables_read() -> list[str]:
        read = [re.findall(r"FROM (authored|packs|drafts)\b", sql) for sql in statements]
        statements.clear()
        return [table for tables in read for table in tables]

    await chats(BOB, "/prank ten-knives anyway")
    await chats(BOB, "eight")
    assert tables_read() == []
    await chats(YOU, "/prank knives of mine", group=True, replied=BOB)
    assert tables_read() == ["authored", "packs"]  # YOU's own, the group's pack: new to it
    await chats(BOB, "eight", group=True)  # (a waiting written routine is read by its id)
    tables_read()
    await chats(YOU, "/prank knives of mine", group=True, replied=CAROL)
    assert tables_read() == []
    chats.storage.add_to_pack(GROUP, 1, YOU.id or 0)
    tables_read()
    await chats(BOB, "/prank ten-knives anyway")
    assert tables_read() == ["authored", "authored"]  # BOB's own, the public ones


async def test_a_routine_typed_in_traditional_is_played_in_each_chats_script(
    chats: Chats,
) -> None:
    """Typed in Traditional (a Taiwan chat), played in Simplified in a mainland chat, as
    Simplified typed is converted for Taiwan; the bot's own reveal in each variety's words:
    「」 in Taiwan's and Hong Kong's, Cantonese in Hong Kong's."""
    tw = Person(16, "Mei", None, "zh-tw")
    await chats(tw, "/lang zh-hant")
    steps = ["/new", "中文", "猜水果", "什麼水果最浪漫？", "奇異果", "不對喔，是草莓", "/done"]
    preview = await chats.script(tw, [*steps, "/skip", "/skip"])
    assert "我想聽的是「奇異果」" in preview and "“" not in preview
    await chats(tw, "是")
    for lang, question, reveal in (
        (
            "zh",
            "什么水果最浪漫？",
            "我想听的是“奇异果”。答“奇异果”的人会收到这句：\n不对喔，是草莓",
        ),
        (
            "zh-hant",
            "什麼水果最浪漫？",
            "我想聽的是「奇異果」。答「奇異果」的人會收到這句：\n不對喔，是草莓",
        ),
        (
            "zh-hk",
            "什麼水果最浪漫？",
            "我想聽嘅係「奇異果」。答「奇異果」嘅人會收到呢句：\n不對喔，是草莓",
        ),
    ):
        await chats(tw, f"/lang {lang}")
        assert question in await chats(tw, "/prank 猜水果")
        said = await chats(tw, "蘋果")
        assert reveal in said and say("authored_credit", lang, name="Mei") in said


async def test_the_reveal_never_tells_a_wrong_answer_it_was_right(chats: Chats) -> None:
    """The reveal reaches every answer the bot did not take: "驴" to a routine whose
    punchline for "猪" is "对，就是你这只小猪" must not read as that line said to them; the
    author's line is shown as what the right answer hears, in every variety."""
    author = Person(17, "Lin", None, "zh-hans")
    steps = ["/new", "中文", "猪", "你知道什么动物最爱问为什么？", "猪 / 小猪"]
    await chats.script(author, [*steps, "对，就是你这只小猪", "/done", "/skip", "/skip", "是"])
    for lang, reveal in (
        ("zh", "我想听的是“猪”。答“猪”的人会收到这句：\n对，就是你这只小猪"),
        ("zh-hant", "我想聽的是「豬」。答「豬」的人會收到這句：\n對，就是你這隻小豬"),
        ("zh-hk", "我想聽嘅係「豬」。答「豬」嘅人會收到呢句：\n對，就是你這隻小豬"),
    ):
        await chats(author, f"/lang {lang}")
        await chats(author, "/prank 猪")
        said = await chats(author, "是驴吗")
        assert reveal in said, said
        assert "：对，就是你这只小猪" not in said and "：對，就是你這隻小豬" not in said
    await chats.script(BOB, ["/new", "English", "Drinks", "What do cows drink?", "milk"])
    await chats.script(BOB, ["Right, milk!", "/done", "/skip", "/skip", "yes"])
    await chats(BOB, "/prank Drinks")
    said = await chats(BOB, "a donkey")
    assert 'I was waiting for "milk". Whoever answers "milk" gets this:\nRight, milk!' in said, said


async def test_a_punchline_that_looks_like_answers_is_questioned_not_taken(chats: Chats) -> None:
    """ "milk / Milk" at the punchline step: asked about, the real punchline then taken
    whole (not refused as an over-long answer); the same line sent again is kept."""
    await chats.script(BOB, ["/new", "English", "Cheese", "What do cows drink?", "milk"])
    said = await chats(BOB, "milk / Milk")
    assert say("new_doubt_answers", "en", answer="milk") in said
    punchline = "Ha! Cows drink water. Milk is what they make."
    assert say("new_ask_more", "en", count=1) in await chats(BOB, punchline)
    preview = await chats.script(BOB, ["/done", "/skip", "/skip"])
    assert f"“milk”: {punchline}" in preview
    await chats.script(CAROL, ["/new", "English", "Tea", "What do cows drink?", "milk"])
    await chats(CAROL, "rain / tea")
    assert say("new_ask_more", "en", count=1) in await chats(CAROL, "rain / tea")


async def test_the_steps_of_new_say_their_true_reasons(chats: Chats) -> None:
    """A limit names what it limits; a phrase with brackets is refused for its punctuation,
    not as an earlier answer; "I don't know" as a see-through is refused as what the stumped
    say, not as the bot's own words; /skip at "another answer?" moves on."""
    await chats.script(BOB, ["/new", "English", "Fruit", "What is the most romantic fruit?"])
    long = await chats(BOB, "x" * 41)
    what = say("new_what_answer", "en")
    assert say("new_err_long", "en", what=what, limit=40, length=41) in long
    await chats.script(BOB, ["kiwi", "Nope, strawberry."])
    assert say("new_ask_give_away", "en") in await chats(BOB, "/skip")
    stumped = await chats(BOB, "I don't know")
    assert say("new_err_give_away_stumped", "en", phrase="I don't know") in stumped
    assert say("new_err_bot_line", "en") not in stumped
    # said of oneself, too (review14)
    assert say("new_err_give_away_stumped", "en", phrase="i dont know") in await chats(
        BOB, "i dont know"
    )
    hk = Person(17, "Ka", None, "zh-hk")
    await chats(hk, "/lang zh-hk")
    steps = ["/new", "中文", "估生果", "咩生果最浪漫？", "奇異果", "唔係喎，係士多啤梨", "/done"]
    await chats.script(hk, steps)
    clauses = await chats(hk, "因為莓（沒）有你不行")
    assert say("new_err_clauses", "zh-hk") in clauses
    assert say("new_err_shadowed", "zh-hk") not in clauses
    await chats.script(hk, ["/skip", "/skip"])
    assert say("new_saved", "zh-hk", title="估生果") in await chats(hk, "得㗎")


async def test_a_no_to_saving_in_the_words_of_the_yes(chats: Chats) -> None:
    """The prompt offers 係 (and 是): their negations 唔係 and 不是 are a no, not "yes or
    no?" again and again (red team 14)."""
    hk = Person(18, "Wing", None, "zh-hk")
    await chats(hk, "/lang zh-hk")
    steps = ["/new", "中文", "估生果", "咩生果最浪漫？", "奇異果", "係士多啤梨", "/done"]
    await chats.script(hk, [*steps, "/skip", "/skip"])
    assert say("new_not_saved", "zh-hk") in await chats(hk, "唔係")
    await chats.script(hk, [*steps, "/skip", "/skip"])
    assert say("new_not_saved", "zh-hk") in await chats(hk, "不是")


def test_a_stumped_give_away_is_caught_said_of_oneself_too() -> None:
    """我不知道 is what the stumped say as much as 不知道 (review14)."""
    from bot.application.authoring import _stumped

    assert _stumped("我不知道") and _stumped("不知道") and _stumped("I don't know")
    assert not _stumped("我知道你想我叫爸爸")


async def test_new_takes_the_natural_forms_of_a_language_and_of_a_yes(chats: Chats) -> None:
    """At the language step 中文吧, "english please", 用中文, 廣東話 name a language; at the
    save step 好的, 好啊, 行, ok, sure, yep save; what is really unclear (a maybe, 还行, a
    sentence) is asked again, the draft kept (new user, round 15)."""
    for said, plays in (
        ("中文吧", "zh"),
        ("english please", "en"),
        ("用中文", "zh"),
        ("廣東話", "zh"),
        ("講廣東話啦", "zh"),
        ("in English", "en"),
    ):
        await chats(YOU, "/new")
        asked = await chats(YOU, said)
        assert say("new_ask_title", "en") in asked, (said, plays, asked)
        await chats(YOU, "/cancel")
    for unclear in ("中文不行", "日文"):
        await chats(YOU, "/new")
        assert say("new_err_lang", "en") in await chats(YOU, unclear)
        await chats(YOU, "/cancel")
    steps = ["/new", "中文", "猜水果", "什么水果最浪漫？", "奇异果", "不对，是草莓", "/done"]
    for n, yes in enumerate(("好的", "好啊", "行", "ok", "sure", "yep")):
        who = Person(40 + n, f"P{n}", None, "zh-hans")
        await chats.script(who, [*steps, "/skip", "/skip"])
        for unclear in ("maybe", "还行", "你好"):
            assert say("new_yes_or_no", "zh") in await chats(who, unclear)
        said = await chats(who, yes)
        assert say("new_saved", "zh", title="猜水果") in said, (yes, said)
