"""What a group meets when it adds the bot (ux19): it said nothing, so a group did not know
what the bot could do until someone happened to send /start. Now a group the bot has never
been in is greeted once, in the group's language: what the bot does, how to prank a friend,
/help. The group's language is the adder's. Not greeted: a group the bot knows (re-added, or the same add
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
    """`/group` is the speaker adding the bot to it, as on Telegram: "friends" is greeted in
    your Chinese; back in it, nothing; bob greets "others" in his (everyone's) Chinese too."""
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(corpus, storage, random.Random(1))
    out = io.StringIO()
    playground = Playground(Turns(services, storage), out, tmp_path, language_code="zh-hans")

    async def script() -> None:
        for line in ("/group", "/private", "/group", "/as bob", "/group others"):
            await playground.feed(line)

    try:
        asyncio.run(script())
    finally:
        services.close()
        storage.close()
    shown = out.getvalue()
    hello = say("group_hello", "zh").split("\n")[0]
    assert shown.count(hello) == 2
    assert shown.index(hello) < shown.index("(in your private chat") < shown.index("others")
    assert shown.index("others") < shown.rindex(hello)
