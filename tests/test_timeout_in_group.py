"""A timeout's reveal in a group names whose prank it was and the question it answers (a new
user's finding: "⏰ 時間到，沒人回答。公布答案：…" minutes later, among other pranks, said
neither); a private chat's reveal is left as it was."""

from __future__ import annotations

import json

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, Prank, isolate
from bot.i18n.catalogue import say
from tests.support.conversation import handled

WEN = Person(8, "Wen", "wenwen", "zh-TW")


def test_a_groups_timeout_names_whose_prank_and_its_question(corpus: Corpus) -> None:
    engine = Engine(corpus)
    started = handled(
        engine, ChatState(), Incoming(WEN, "/prank ten-knives", 0.0, True, chat_id=-5)
    )
    question = corpus.routines["ten-knives"].states["ask"].say.in_("zh-hant")
    shown = question if len(question) <= 40 else question[:39] + "…"
    whose = say("timeout_whose", "zh-hant", by=isolate("@wenwen"), question=shown)
    in_group = engine.expire(started.chat, 10**9).replies[0].text
    assert in_group.startswith(say("timeout", "zh-hant") + "\n" + whose), in_group
    alone = handled(engine, ChatState(), Incoming(WEN, "/prank ten-knives", 0.0))
    private = engine.expire(alone.chat, 10**9).replies[0].text
    assert whose not in private


def test_the_prank_remembers_it_was_started_in_a_group(corpus: Corpus) -> None:
    """Whether a reveal names whose prank it was is the prank's own record (Incoming.in_group
    when it started), kept through storage, not guessed from the chat's id by its caller."""
    engine = Engine(corpus)
    started = handled(engine, ChatState(), Incoming(WEN, "/prank ten-knives", 0.0, True))
    (prank,) = started.chat.pranks.values()
    assert prank.in_group and prank.to_json()["in_group"] is True
    stored = ChatState.from_json(json.loads(json.dumps(started.chat.to_json())))
    whose = say("timeout_whose", "zh-hant", by=isolate("@wenwen"), question="")[:8]
    assert whose in engine.expire(stored, 10**9).replies[0].text
    alone = handled(engine, ChatState(), Incoming(WEN, "/prank ten-knives", 0.0)).chat
    (private,) = alone.pranks.values()
    assert not private.in_group and "in_group" not in private.to_json()  # kept small
    old = {k: v for k, v in prank.to_json().items() if k != "in_group"}  # stored before
    assert not Prank.from_json(old).in_group
    assert whose not in engine.expire(alone, 10**9).replies[0].text
