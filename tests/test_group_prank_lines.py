"""Group prank lines a new player met (ux15b): a question aimed by a reply reads as one aimed
by @username (the target named first); /cancel of someone else's prank says whose it is and
that only its starter may cancel it; the starter answering their own question is told it is
theirs, not to stop cutting in. In zh, zh-hant, zh-hk and en."""

from __future__ import annotations

import pytest

from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent

LANGS = ("zh", "zh-hant", "zh-hk", "en")
ROUTINE = "ten-knives"


def people(lang: str) -> tuple[Person, Person, Person]:
    return (
        Person(41, "Alice", "alice", lang),
        Person(42, "Bob", "bob", lang),
        Person(43, "Carol", "carol", lang),
    )


def in_group(engine: Engine, chat: ChatState, who: Person, text: str, **extra: object) -> Response:
    return sent(engine, chat, who, text, in_group=True, chat_id=-100, **extra)


def started(engine: Engine, lang: str, by_reply: bool) -> tuple[Response, str]:
    alice, bob, _ = people(lang)
    chat = ChatState(lang=lang)
    if by_reply:
        asked = in_group(engine, chat, alice, f"/prank {ROUTINE} anyway", replied=bob)
    else:
        asked = in_group(engine, chat, alice, f"/prank @bob {ROUTINE} anyway")
    (ticket,) = asked.chat.pranks
    return asked, ticket


@pytest.mark.parametrize("lang", LANGS)
def test_both_ways_of_aiming_a_prank_read_the_same(engine: Engine, lang: str) -> None:
    by_mention, _ = started(engine, lang, by_reply=False)
    by_reply, _ = started(engine, lang, by_reply=True)
    question = engine.corpus.routines[ROUTINE].states["ask"].say.in_(lang)
    assert [r.text for r in by_mention.replies] == [f"@bob {question}"]
    assert [r.text for r in by_reply.replies] == [f"@bob {question}"]


def test_a_target_without_a_username_is_named_by_their_name(engine: Engine) -> None:
    alice, _, _ = people("en")
    dan = Person(44, "Dan", None, "en")
    asked = in_group(engine, ChatState(lang="en"), alice, f"/prank {ROUTINE} anyway", replied=dan)
    assert asked.replies[0].text.startswith("Dan ")


@pytest.mark.parametrize("lang", LANGS)
def test_cancelling_someone_elses_prank_says_whose_it_is(engine: Engine, lang: str) -> None:
    _, bob, carol = people(lang)
    asked, ticket = started(engine, lang, by_reply=True)
    for who in (carol, bob):
        for extra in ({}, {"ticket": ticket}):
            refused = in_group(engine, asked.chat, who, "/cancel", **extra)
            assert [r.text for r in refused.replies] == [
                say("cancel_not_yours", lang, starter="@alice")
            ]
            assert refused.chat.pranks == asked.chat.pranks and not refused.endings
    nothing = in_group(engine, ChatState(lang=lang), carol, "/cancel")
    assert [r.text for r in nothing.replies] == [say("nothing_to_cancel", lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_the_starter_answering_their_own_prank_is_told_it_is_theirs(
    engine: Engine, lang: str
) -> None:
    alice, _, carol = people(lang)
    asked, ticket = started(engine, lang, by_reply=True)
    own = in_group(engine, asked.chat, alice, "八把", ticket=ticket)
    assert [r.text for r in own.replies] == [say("not_for_the_starter", lang, target="@bob")]
    other = in_group(engine, asked.chat, carol, "八把", ticket=ticket)
    assert [r.text for r in other.replies] == [say("not_for_you", lang, target="@bob")]
