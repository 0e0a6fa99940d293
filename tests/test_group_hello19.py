"""What a group meets when it adds the bot (ux19): it said nothing, so a group did not know
what the bot could do until someone happened to send /start. Now a group the bot has never
been in is greeted once, in the group's language: what the bot does, how to prank a friend,
/help. The group's language is the adder's: what they chose with /lang in their private chat
with the bot, else their app's. Not greeted: a group the bot knows (re-added, or the same add
again), others joining, an anonymous admin's add."""

from __future__ import annotations

import asyncio
import io
import random
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.throttle import Throttle
from bot.application.turn import Turns
from bot.console.playground import Playground
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from bot.storage.interface import encode_state
from tests.support.conversation import sent
from tests.support.emulator import BOT, Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    BOB,
    GROUP,
    added_by,
    private,
    running_bot,
    sends,
    wait_for,
)
from tests.test_storage import raw
from tests.test_turn import RecordingOutbox

MEI = Person(1, "Mei", "mei", "zh-hans")


def added(engine: Engine, chat: ChatState, who: Person, **extra: object) -> Response:
    """`who` adds the bot to a group whose state is `chat` (`extra`: more of Incoming's
    fields), as the Telegram handler tells it."""
    fields: dict[str, object] = {"in_group": True, "chat_id": -100, "words": False}
    return sent(engine, chat, who, "", bot_added=True, **{**fields, **extra})


# -- the engine ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "lang"), [("zh-hans", "zh"), ("zh-TW", "zh-hant"), ("zh-HK", "zh-hk"), ("en", "en")]
)
def test_a_new_group_is_greeted_once_in_its_adders_language(
    engine: Engine, code: str, lang: str
) -> None:
    adder = Person(2, "Kit", "kit", code)
    greeted = added(engine, ChatState(), adder)
    assert [reply.text for reply in greeted.replies] == [say("group_hello", lang)]
    assert greeted.chat.lang == lang
    assert added(engine, greeted.chat, adder).replies == []  # the same add again


def test_a_group_the_bot_knows_is_not_greeted_and_an_open_language_is_set(
    engine: Engine,
) -> None:
    assert added(engine, ChatState(lang="en"), MEI).replies == []
    # a group where only an anonymous admin spoke: a prank, no language yet
    anonymous = Person(-100, "The group", None, None)
    chat = sent(engine, ChatState(), anonymous, "/prank ten-knives anyway", in_group=True).chat
    assert chat.pranks and chat.lang is None
    readded = added(engine, chat, MEI)
    assert readded.replies == [] and readded.chat.lang == "zh"


def test_the_adders_choice_in_private_is_the_groups_over_their_apps(engine: Engine) -> None:
    greeted = added(engine, ChatState(), MEI, chosen_in_private="en")
    assert [reply.text for reply in greeted.replies] == [say("group_hello", "en")]
    assert greeted.chat.lang == "en"
    assert added(engine, ChatState(), MEI, chosen_in_private=None).chat.lang == "zh"  # the app's


def test_an_adder_with_no_language_is_greeted_in_english_once(engine: Engine) -> None:
    """Their app sends no code: the greeting is English, and sets it, so the next add finds a
    group the bot knows (left open, every add would greet again)."""
    nobody = Person(3, "Sam", "sam", None)
    greeted = added(engine, ChatState(), nobody)
    assert [reply.text for reply in greeted.replies] == [say("group_hello", "en")]
    assert greeted.chat.lang == "en"
    assert added(engine, greeted.chat, nobody).replies == []


def test_an_add_outside_a_group_says_nothing(engine: Engine) -> None:
    outcome = added(engine, ChatState(), MEI, in_group=False, chat_id=MEI.id)
    assert outcome.replies == [] and outcome.chat == ChatState()


# -- storage: another chat's choice, read from a turn --------------------------------------


def test_a_chats_chosen_language_is_read_as_stored(database: str | Path) -> None:
    storage = Storage(database)
    try:
        storage.save_chat(1001, ChatState(lang="zh-hk"))
        assert storage.chosen_language(1001) == "zh-hk"
        assert storage.chosen_language(1002) is None  # a chat never seen
    finally:
        storage.close()


@pytest.mark.postgres
async def test_reading_a_choice_leaves_the_read_ahead_of_a_turn_holding_that_chat(
    postgres: str,
) -> None:
    """A group's turn reads the adder's private chat while that chat's own turn may hold its
    lock, its state read ahead: the read must leave that alone (load_chat would take it, and
    the turn would read the chat again: here, a row changed behind it)."""
    storage = Storage(postgres)
    try:
        storage.save_chat(1001, ChatState(lang="en"))
        async with storage.chat_lock(1001, update_id=9):
            behind = encode_state(ChatState(lang="zh"))[0]
            raw(postgres, "UPDATE chats SET state = ? WHERE chat_id = ?", (behind, 1001))
            assert storage.chosen_language(1001) == "en"
            assert storage.load_chat(1001) == ChatState(lang="en")  # still the read-ahead
    finally:
        storage.close()


# -- the turn --------------------------------------------------------------------------------


async def test_the_greeting_is_not_counted_against_the_adders_share(
    corpus: Corpus, tmp_path: Path
) -> None:
    """The greeting is once a group, the bot's: the member who added it still has all their
    commands of the minute (with two, both /help are answered)."""
    storage = Storage(tmp_path / "bot.sqlite3")
    turns = Turns(Services(corpus, storage, random.Random(1)), storage, Throttle(limit=2))
    outbox = RecordingOutbox()
    await turns.take(
        Incoming(MEI, "", 1.0, True, chat_id=-100, words=False, bot_added=True), outbox
    )
    for now in (2.0, 3.0):
        await turns.take(Incoming(MEI, "/help", now, True, chat_id=-100), outbox)
    texts = [send.reply.text for _, send, _ in outbox.sent]
    assert texts[0] == say("group_hello", "zh")
    assert [text.startswith(say("help_title", "zh")) for text in texts[1:]] == [True, True]


# -- through Telegram ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("adder", "chosen", "lang"),
    [(BOB, "en", "en"), (ALICE, "zh", "zh")],
    ids=["a Chinese app, English chosen", "an English app, Chinese chosen"],
)
async def test_through_telegram_the_adders_choice_in_private_greets_the_group(
    emulator: Emulator, tmp_path: Path, adder: dict, chosen: str, lang: str
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(adder), adder, f"/lang {chosen}")
        await wait_for(emulator, sends(adder["id"]))
        hello = await added_by(emulator, GROUP, adder)
        mark = emulator.mark()
        emulator.user_message(GROUP, BOB if adder is ALICE else ALICE, "/help")
        helped = await wait_for(emulator, sends(GROUP["id"], "/prank"), after=mark)
    assert hello["params"]["text"] == say("group_hello", lang)
    assert helped["params"]["text"].startswith(say("help_title", lang))


async def test_through_telegram_the_first_to_speak_is_not_looked_up(
    emulator: Emulator, tmp_path: Path
) -> None:
    """The choice in private is the adder's only: a group whose first word to the bot is
    Bob's /help (the bot added by an anonymous admin) takes his app's Chinese, as before."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(BOB), BOB, "/lang en")
        await wait_for(emulator, sends(BOB["id"]))
        mark = emulator.mark()
        emulator.user_message(GROUP, None, sender_chat=GROUP, new_chat_members=[BOT])
        emulator.user_message(GROUP, BOB, "/help")
        helped = await wait_for(emulator, sends(GROUP["id"]), after=mark)
    assert helped["params"]["text"].startswith(say("help_title", "zh"))


async def test_through_telegram_a_re_add_and_a_join_say_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Alice adds the bot: greeted in English. Someone else joins, Bob (Chinese) adds the bot
    again (removed meanwhile, or his client sent it twice): nothing. Bob's /start: English."""
    newcomer = {"id": 1010, "is_bot": False, "first_name": "Nia", "language_code": "zh-hans"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        await added_by(emulator, GROUP, ALICE)
        emulator.user_message(GROUP, ALICE, new_chat_members=[newcomer])
        emulator.user_message(GROUP, BOB, new_chat_members=[BOT])
        emulator.user_message(GROUP, BOB, "/start")
        await wait_for(emulator, sends(GROUP["id"], say("welcome", "en")))
    hello, welcome = emulator.sent_texts(GROUP["id"])
    assert hello == say("group_hello", "en")
    assert welcome.startswith(say("welcome", "en"))


async def test_through_telegram_many_groups_adding_at_once_are_each_greeted_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    """One client adds the bot to 40 groups at once, each twice, then starts it in each: 80
    messages past Telegram's 30 a second (the emulator refuses more with a 429): the outbox's
    rate limiter paces them, none is lost, no group hears a second greeting, and a private
    chat is still answered."""
    groups = [{**GROUP, "id": -200000 - i, "title": f"G{i}"} for i in range(40)]
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        for group in groups:
            emulator.user_message(group, BOB, new_chat_members=[BOT])
            emulator.user_message(group, BOB, new_chat_members=[BOT])
        for group in groups:
            emulator.user_message(group, BOB, "/start")
        emulator.user_message(private(ALICE), ALICE, "/help")
        await asyncio.to_thread(emulator.wait_for_count, "sendMessage", 81, mark, 60)
    for group in groups:
        hello, welcome = emulator.sent_texts(group["id"])
        assert hello == say("group_hello", "zh")
        assert welcome.startswith(say("welcome", "zh"))
    assert len(emulator.sent_texts(ALICE["id"])) == 1


# -- the playground ----------------------------------------------------------------------------


def test_the_playground_greets_a_pretend_group_it_has_not_been_in(
    corpus: Corpus, tmp_path: Path
) -> None:
    """`/group` is the speaker adding the bot to it, as on Telegram: your /lang choice in
    private greets "friends" in Chinese; back in it, nothing; bob (English, no choice) greets
    "others" in English."""
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(corpus, storage, random.Random(1))
    out = io.StringIO()
    playground = Playground(Turns(services, storage), out, tmp_path, language_code="en")

    async def script() -> None:
        for line in ("/lang zh", "/group", "/private", "/group", "/as bob", "/group others"):
            await playground.feed(line)

    try:
        asyncio.run(script())
    finally:
        services.close()
        storage.close()
    shown = out.getvalue()
    chinese, english = say("group_hello", "zh"), say("group_hello", "en")
    assert shown.count(chinese.split("\n")[0]) == 1 and shown.count(english.split("\n")[0]) == 1
    back = f"({say('playground_private_yours', 'zh')})"  # in Chinese (ops31b)
    assert shown.index(chinese.split("\n")[0]) < shown.index(back)
    assert shown.index("others") < shown.index(english.split("\n")[0])
