"""Round twenty-three's red team, through the real Application over HTTP against the emulator:
what a group found moved (ops23: merged into the supergroup's state) and hostile /prank
arguments (ops23: a word of a routine's opening question) do, each seen red before its fix."""

from __future__ import annotations

import asyncio
import unicodedata
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import BOT, Emulator, parse_html
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for

slow = pytest.mark.slow  # a bot against the Telegram emulator

CORPUS: list[Corpus] = []


@pytest.fixture(autouse=True)
def _the_corpus(corpus: Corpus) -> None:
    CORPUS[:] = [corpus]


OLD_GROUP = {"id": -502, "type": "group", "title": "Before the upgrade"}
SUPERGROUP = {"id": -100702, "type": "supergroup", "title": "After the upgrade"}


def waiting_in(group: dict, starter: Person, routine: str) -> ChatState:
    """`starter`'s prank of `routine` waiting in `group`, started far in the future (not due)."""
    started = Incoming(starter, f"/prank {routine}", 4e9, True, chat_id=group["id"])
    chat = handled(Engine(CORPUS[0]), ChatState(lang="en"), started).chat
    assert [p.routine for p in chat.pranks.values()] == [routine]
    return chat


async def until_faults_spent(emulator: Emulator, timeout: float = 15, settle: float = 1.0) -> None:
    """Wait until every injected fault was met, then a moment more for the turn to end."""
    deadline = asyncio.get_running_loop().time() + timeout
    while any(emulator.faults.values()):
        assert asyncio.get_running_loop().time() < deadline, emulator.faults
        await asyncio.sleep(0.05)
    await asyncio.sleep(settle)


# -- a greeting that fails after its group was found moved ---------------------------------


@slow
async def test_a_greeting_that_fails_in_the_supergroup_keeps_the_supergroups_pranks(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Bo's prank waits in a supergroup; Alice adds the bot to the group it was upgraded
    from (the bot never told). The greeting is refused in the old group (moved), and its
    send to the supergroup fails (a 500: never said). The group stays ungreeted, and Bo's
    prank still waits in the supergroup. Breakage (ops23, reported unfixed): Turns.take
    saved the old group's state from before the turn over the supergroup's, its pranks lost."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        storage.save_chat(
            SUPERGROUP["id"], waiting_in(SUPERGROUP, Person(1004, "Bo"), "one-and-three")
        )
    finally:
        storage.close()
    emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
    emulator.inject("sendMessage", "500", chat_id=SUPERGROUP["id"])
    async with running_bot(emulator, db):
        emulator.user_message(OLD_GROUP, ALICE, new_chat_members=[BOT])
        await until_faults_spent(emulator)
    after = Storage(db)
    try:
        left = after.load_chat(SUPERGROUP["id"]).pranks.values()
        assert [p.routine for p in left] == ["one-and-three"], left
        assert after.load_chat(OLD_GROUP["id"]) == ChatState()
    finally:
        after.close()


# -- what /prank echoes of its argument changes no direction of the bot's line -------------

# Direction overrides and marks, and a right-to-left word, in what /prank names: echoed as
# typed, a right-to-left override turned the rest of the bot's line around ("Send /list…"
# shown backwards), as a display name's would (names are cleaned and isolated: state.py).
SPOOFED_ARGUMENTS = [
    ("/prank \u202eabc", "unknown_routine"),
    # pig: two routines that play in English (dad's other one plays in Chinese: ops29)
    ("/prank \u202epig\u2067", "routine_choices"),
    ("/prank \u05e9\u05dc\u05d5\u05dd", "unknown_routine"),  # Hebrew: right to left
    ("/lang \u202exx", "lang_unknown"),
]


def direction_spills(text: str) -> bool:
    """Whether a direction control in `text` is left open: an override or embedding (LRE, RLE,
    LRO, RLO) or a mark, or right-to-left letters outside an isolate (FSI … PDI)."""
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(0, depth - 1)
        elif ch in "\u202a\u202b\u202d\u202e\u200e\u200f\u061c" or (
            depth == 0 and unicodedata.bidirectional(ch) in ("R", "AL")
        ):
            return True
    return False


@pytest.mark.parametrize(("typed", "line"), SPOOFED_ARGUMENTS, ids=lambda v: ascii(v))
def test_an_echoed_argument_changes_no_direction_of_the_bots_line(typed: str, line: str) -> None:
    """/prank or /lang echoes what was typed ("There is no routine called “…”"): no direction
    control is left in it, and right-to-left words are isolated. Breakage: the argument
    echoed as typed (seen red: U+202E in the reply)."""
    message = Incoming(Person(1001, "Alice", "alice"), typed, 1000.0, True, chat_id=-100)
    (reply,) = handled(Engine(CORPUS[0]), ChatState(lang="en"), message).replies
    assert reply.text.startswith(say(line, "en", name="\0").split("\0")[0]), reply.text
    assert not direction_spills(reply.text), ascii(reply.text)


def test_a_plain_argument_is_echoed_as_typed() -> None:
    """What must not change: a name of Latin letters is shown as it was typed."""
    message = Incoming(
        Person(1001, "Alice", "alice"), "/prank zzqx qqzz", 1000.0, True, chat_id=-100
    )
    (reply,) = handled(Engine(CORPUS[0]), ChatState(lang="en"), message).replies
    assert reply.text == say("unknown_routine", "en", name="zzqx qqzz")


# -- hostile /prank arguments over Telegram: answered within its limits, quickly ----------

HOSTILE_PRANKS = [
    "a" * 4090,  # one word as long as a message may be
    "爸" * 4090,  # one run of Chinese characters as long
    " ".join(["dad"] * 1000),  # a thousand words that each fit
    "爸," * 2000,  # two thousand words of one character
    ".*+?[](){}|\\^$",  # regular expressions' metacharacters
    "\u202edad\u2067 \u200f",  # direction overrides and marks
    "d\u200da\u200dd",  # zero-width joiners
    "的",  # one Chinese character, in almost every routine's question
    "%s %d %(x)s {0} {name}",  # format strings'
    "@bob dad",  # a mention
    "/start@TaoluBot",  # a bot command inside
    "<b>x</b> &amp; <a href='x'>",  # HTML
]


@slow
async def test_hostile_prank_arguments_are_answered_within_telegrams_limits(
    emulator: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Each hostile /prank in a private chat gets one answer Telegram takes (at most 4096
    UTF-16 code units, valid HTML), no apology and no traceback, and each is found quickly
    (the search reads at most a title's few words: no work growing with the argument's
    square). What they answer: the bot's usual lines (no routine, which one, or a prank)."""
    chat = private(ALICE)
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        for argument in HOSTILE_PRANKS:
            typed = f"/prank {argument}"[:4096]
            mark = emulator.mark()
            started = asyncio.get_running_loop().time()
            emulator.user_message(chat, ALICE, typed)
            answer = await wait_for(emulator, sends(chat["id"]), after=mark)
            took = asyncio.get_running_loop().time() - started
            text = answer["params"]["text"]
            shown = parse_html(text) if answer["params"].get("parse_mode") == "HTML" else text
            assert len(text.encode("utf-16-le")) // 2 <= 4096, ascii(typed[:40])
            assert say("oops", "en") not in shown, ascii(typed[:40])
            assert not direction_spills(shown), ascii(shown)
            assert took < 3.0, (ascii(typed[:40]), took)
    assert emulator.rejected == []
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


# -- a group found moved by a tap on a button: the supergroup's pranks and the new one --------


@slow
async def test_a_tap_that_finds_its_group_moved_plays_in_the_supergroup_beside_its_prank(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Alice sends /list in a group; the group becomes a supergroup (the bot not told yet),
    where Bo's prank waits. Alice taps a routine under the old list: its question is refused
    in the old group (moved) and asked in the supergroup, noted there under the prank's new
    ticket (a reply to it answers it); Bo's prank still waits. Then Telegram's two service
    messages of the upgrade come: moved again, nothing is lost or doubled."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        bo = Person(1004, "Bo")
        storage.save_chat(SUPERGROUP["id"], waiting_in(SUPERGROUP, bo, "one-and-three"))
    finally:
        storage.close()
    async with running_bot(emulator, db):
        mark = emulator.mark()
        emulator.user_message(OLD_GROUP, ALICE, "/list")
        listed = await wait_for(emulator, sends(OLD_GROUP["id"]), after=mark)
        message = emulator.messages[(OLD_GROUP["id"], listed["result"]["message_id"])]
        first = listed["params"]["reply_markup"]["inline_keyboard"][0][0]
        emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
        mark = emulator.mark()
        emulator.push({"callback_query": {"id": "t1", "from": ALICE, "chat_instance": "c",
                                          "message": message, "data": first["callback_data"]}})  # fmt: skip
        asked = await wait_for(emulator, sends(SUPERGROUP["id"]), after=mark)
        emulator.upgrade_group(OLD_GROUP, SUPERGROUP, ALICE)
        mark = emulator.mark()
        emulator.user_message(SUPERGROUP, ALICE, "/start")  # after the service messages
        await wait_for(emulator, sends(SUPERGROUP["id"]), after=mark)
    after = Storage(db)
    try:
        pranks = after.load_chat(SUPERGROUP["id"]).pranks
        assert sorted(p.by.id for p in pranks.values()) == [1001, 1004], pranks
        ticket = after.ticket_for(SUPERGROUP["id"], asked["result"]["message_id"])
        assert ticket is not None and pranks[ticket].by.id == 1001, (ticket, pranks)
        assert after.load_chat(OLD_GROUP["id"]) == ChatState()
    finally:
        after.close()
    assert [r for r in emulator.rejected if int(r["params"]["chat_id"]) != OLD_GROUP["id"]] == []


# -- a turn that failed after its group was found moved: the apology goes where it went ------


@slow
async def test_a_turn_that_fails_after_its_group_moved_says_sorry_in_the_supergroup(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Alice's /prank in a group the bot does not know was upgraded: its question is refused
    in the old group (moved), and Telegram refuses its send to the supergroup (a 500: never
    said). The turn failed, and the members, in the supergroup now, hear "Oops… try again"
    there, in the group's language. Breakage: the apology was sent to the old group only,
    refused (moved), so nobody heard that the /prank was lost."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        storage.save_chat(OLD_GROUP["id"], ChatState(lang="en"))
    finally:
        storage.close()
    emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
    emulator.inject("sendMessage", "500", chat_id=SUPERGROUP["id"])
    async with running_bot(emulator, db):
        emulator.user_message(OLD_GROUP, ALICE, "/prank one-and-three")
        sorry = await wait_for(emulator, sends(SUPERGROUP["id"], say("oops", "en")), timeout=10)
    assert "reply_parameters" not in sorry["params"]  # the message it answers is not there
    assert "TEST-token" not in str(emulator.sent)


# -- a restart between the move and the next sweep ----------------------------------------


@slow
async def test_a_reveal_put_back_in_the_supergroup_is_said_once_after_a_restart(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Alice's prank in a group is overdue and the group was upgraded (the bot not told),
    where Bo's prank waits. The sweep finds the group moved, and the reveal's send to the
    supergroup fails (a 500): put back there. The bot stops before the next sweep and starts
    again: the reveal is said once in the supergroup, and Bo's prank still waits."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        overdue = Incoming(Person(1001, "Alice"), "/prank ten-knives anyway", 0.0, True)
        old = handled(Engine(CORPUS[0]), ChatState(lang="en"), overdue).chat
        storage.save_chat(OLD_GROUP["id"], old)
        storage.save_chat(
            SUPERGROUP["id"], waiting_in(SUPERGROUP, Person(1004, "Bo"), "one-and-three")
        )
    finally:
        storage.close()
    emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
    emulator.inject("sendMessage", "500", chat_id=SUPERGROUP["id"])
    # put back for the sweep interval (2 s), then stopped before it comes
    async with running_bot(emulator, db, sweep_seconds=2.0):
        await until_faults_spent(emulator, settle=0.2)
    assert emulator.sent_texts(SUPERGROUP["id"]) == []
    async with running_bot(emulator, db, sweep_seconds=0.2):
        await wait_for(emulator, sends(SUPERGROUP["id"], say("timeout", "en")), timeout=15)
        await asyncio.sleep(1.0)  # more sweeps: nothing is said twice
    reveals = [t for t in emulator.sent_texts(SUPERGROUP["id"]) if say("timeout", "en") in t]
    assert len(reveals) == 1, reveals
    after = Storage(db)
    try:
        left = after.load_chat(SUPERGROUP["id"]).pranks.values()
        assert [p.routine for p in left] == ["one-and-three"], left
    finally:
        after.close()


# -- a group upgraded between two reveals of one sweep --------------------------------------


@slow
async def test_a_group_upgraded_between_two_reveals_says_each_once_and_keeps_the_supergroups(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Alice's and Carl's pranks in a group are overdue; Bo's waits in the supergroup the
    group becomes right after the first reveal is said (the bot not told). The second reveal
    is refused in the old group (moved) and said in the supergroup: each reveal once, Bo's
    prank still waits there, nothing is left in the old group."""
    db = tmp_path / "bot.sqlite3"
    storage = Storage(db)
    try:
        old = ChatState(lang="en")
        for n, starter in enumerate((Person(1001, "Alice"), Person(1005, "Carl"))):
            overdue = Incoming(starter, "/prank ten-knives anyway", float(n), True)
            old = handled(Engine(CORPUS[0]), old, overdue).chat
        assert len(old.pranks) == 2
        storage.save_chat(OLD_GROUP["id"], old)
        bo = Person(1004, "Bo")
        storage.save_chat(SUPERGROUP["id"], waiting_in(SUPERGROUP, bo, "one-and-three"))
    finally:
        storage.close()

    def upgraded() -> None:
        emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]

    emulator.when(sends(OLD_GROUP["id"], say("timeout", "en")), upgraded)
    async with running_bot(emulator, db, sweep_seconds=0.2):
        await wait_for(emulator, sends(SUPERGROUP["id"], say("timeout", "en")), timeout=15)
        await asyncio.sleep(1.0)  # more sweeps: nothing is said twice
    for chat in (OLD_GROUP, SUPERGROUP):  # the first in the group, the second where it went
        said = emulator.sent_texts(chat["id"])
        assert len([t for t in said if say("timeout", "en") in t]) == 1, (chat, said)
    after = Storage(db)
    try:
        left = after.load_chat(SUPERGROUP["id"]).pranks.values()
        assert [p.routine for p in left] == ["one-and-three"], left
        assert after.load_chat(OLD_GROUP["id"]) == ChatState()
    finally:
        after.close()
