"""Nobody pranks themselves or the bot (a new user's finding): `/prank @alice` sent by alice,
/prank replying to one's own message, or /prank replying to one of the bot's messages (which
started a prank with no target, where anyone's "huh" was taken as an answer) get a friendly
line saying how to prank a friend, in the chat's language, and start nothing."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import handled

ALICE = Person(7, "Alice", "alice", "en")
MEI = Person(8, "Mei", "meimei", "zh-hans")
WEN = Person(9, "Wen", "wenwen", "zh-TW")
KA = Person(10, "Ka", "kaming", "zh-HK")
BOB = Person(11, "Bob", "bob", "en")
LANGS = {7: "en", 8: "zh", 9: "zh-hant", 10: "zh-hk"}


def group(engine: Engine, incoming: Incoming) -> Response:
    outcome = handled(engine, ChatState(), incoming)
    engine.validate(outcome.chat)
    return outcome


def text_of(response: Response) -> str:
    return "\n".join(r.text for r in response.replies)


@pytest.mark.parametrize("who", [ALICE, MEI, WEN, KA], ids=lambda p: p.name)
def test_pranking_yourself_by_name_or_by_reply_is_refused_kindly(
    corpus: Corpus, who: Person
) -> None:
    engine = Engine(corpus)
    line = say("prank_yourself", LANGS[who.id or 0])
    named = group(engine, Incoming(who, f"/prank @{who.username}", 0.0, True, chat_id=-1))
    replied = group(engine, Incoming(who, "/prank", 0.0, True, replied=who, chat_id=-1))
    for outcome in (named, replied):
        assert not outcome.chat.pranks
        assert text_of(outcome) == line
        assert "/prank @" in line  # it says how to prank a friend


def test_prank_replying_to_the_bot_is_refused_and_a_friend_still_can_be(corpus: Corpus) -> None:
    engine = Engine(corpus)
    to_bot = Incoming(ALICE, "/prank", 0.0, True, chat_id=-1, reply_to=3, reply_to_bot=True)
    refused = group(engine, to_bot)
    assert not refused.chat.pranks
    assert text_of(refused) == say("prank_the_bot", "en", name="@TaoluBot")
    friend = group(engine, Incoming(ALICE, "/prank", 0.0, True, replied=BOB, chat_id=-1))
    assert friend.chat.pranks
    assert next(iter(friend.chat.pranks.values())).target == BOB
