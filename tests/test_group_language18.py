"""A group's language (newuser18): groups were answered in each member's own app language,
English for most. Whoever adds the bot to a group, or else the first member to speak to it
there, sets it, from their Telegram language (language_code); everyone there is then
answered in it, and /lang changes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.emulator import BOT, Emulator
from tests.support.telegram_fixtures import ALICE, BOB, CAROL, GROUP, running_bot, sends, wait_for

DAVE = {"id": 1005, "is_bot": False, "first_name": "Dave", "language_code": "en"}


def group(engine: Engine, chat: ChatState, who: Person, text: str, **extra: object) -> Response:
    return sent(engine, chat, who, text, in_group=True, chat_id=-100, **extra)


@pytest.mark.parametrize(
    ("code", "lang"), [("zh-hans", "zh"), ("zh-TW", "zh-hant"), ("zh-HK", "zh-hk"), ("en", "en")]
)
def test_the_first_to_speak_sets_the_groups_language(engine: Engine, code: str, lang: str) -> None:
    first, other = Person(1, "Mei", "mei", code), Person(2, "Sam", "sam", "de")
    started = group(engine, ChatState(), first, "/start")
    assert started.chat.lang == lang
    assert started.replies[0].text.startswith(say("welcome", lang))
    # a member whose app speaks another language is answered in the group's
    helped = group(engine, started.chat, other, "/help")
    assert helped.replies[0].text.startswith(say("help_title", lang))
    assert helped.chat.lang == lang


def test_a_plain_message_sets_it_too_and_one_without_a_code_leaves_it(engine: Engine) -> None:
    anonymous = Person(-100, "The group", None, None)  # an anonymous admin: no language
    chat = group(engine, ChatState(), anonymous, "/start").chat
    assert chat.lang is None
    chat = group(engine, chat, Person(3, "Kit", "kit", "zh-HK"), "hello there").chat
    assert chat.lang == "zh-hk"


def test_lang_changes_it_as_before(engine: Engine) -> None:
    admin = Person(1, "Mei", "mei", "zh-TW")
    chat = group(engine, ChatState(), admin, "/start").chat
    changed = group(engine, chat, admin, "/lang en", chat_admin=True)
    assert changed.chat.lang == "en"
    assert (
        group(engine, changed.chat, admin, "/start")
        .replies[0]
        .text.startswith(say("welcome", "en"))
    )


def test_a_private_chat_keeps_following_its_user(engine: Engine) -> None:
    you = Person(5, "You", "you", "zh-TW")
    assert sent(engine, ChatState(), you, "/start").chat.lang is None


async def test_through_telegram_who_adds_the_bot_sets_the_groups_language(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        # Bob (zh-hans) adds the bot; Alice (en) is the first to speak to it there
        emulator.user_message(GROUP, BOB, new_chat_members=[BOT])
        emulator.user_message(GROUP, {**CAROL, "id": 1004}, new_chat_members=[DAVE])  # not the bot
        emulator.user_message(GROUP, ALICE, "/start")
        await wait_for(emulator, sends(GROUP["id"], say("welcome", "zh")), after=mark)
    # the add is greeted in Bob's language (ux19: it said nothing), Dave's join is not
    # greeted, and Alice is welcomed in the group's language, Bob's
    hello, welcome = emulator.sent_texts(GROUP["id"])
    assert hello == say("group_hello", "zh")
    assert welcome.startswith(say("welcome", "zh"))


async def test_odd_and_hostile_adds_greet_once_and_break_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    """The bot-added event faces whoever sends it: an anonymous admin (no sender), a strange
    language code, a list of 200 members with the bot last, the same add five times. Until
    ux19 the bot said nothing to any of them; now it greets a group it has not been in, once,
    and still stays up. An anonymous admin's add says nothing (no one to take a language
    from) and leaves the language to the first who speaks (Alice, English); the other group,
    added five times by one member whose code is 200 x's with the bot last of 200 members,
    is greeted once, in English (what a nonsense code reads), and keeps English for Carol,
    whose app is Chinese."""
    other = {**GROUP, "id": -100600, "title": "Others"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        emulator.user_message(GROUP, None, sender_chat=GROUP, new_chat_members=[BOT])
        crowd = [{**DAVE, "id": 2000 + i} for i in range(199)] + [BOT]
        odd = {**CAROL, "id": 1006, "language_code": "x" * 200}
        for _ in range(5):
            emulator.user_message(other, odd, new_chat_members=crowd)
        emulator.user_message(GROUP, ALICE, "/start")
        emulator.user_message(other, CAROL, "/start")
        # a chat's updates are taken in order: had an add said more, it would be before these
        await wait_for(emulator, sends(GROUP["id"], say("welcome", "en")), after=mark)
        await wait_for(emulator, sends(other["id"], say("welcome", "en")), after=mark)
    (welcome,) = emulator.sent_texts(GROUP["id"])  # the anonymous add: nothing said
    assert welcome.startswith(say("welcome", "en"))
    hello, welcome = emulator.sent_texts(other["id"])  # five adds: one greeting
    assert hello == say("group_hello", "en")
    assert welcome.startswith(say("welcome", "en"))
