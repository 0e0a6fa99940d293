"""A timeout's reveal in a group names whose prank it was and the question it answers (a new
user's finding: "⏰ 時間到，沒人回答。公布答案：…" minutes later, among other pranks, said
neither); a private chat's reveal is left as it was."""

from __future__ import annotations

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, isolate
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
    in_group = engine.expire(started.chat, 10**9, in_group=True).replies[0].text
    assert in_group.startswith(say("timeout", "zh-hant") + "\n" + whose), in_group
    alone = handled(engine, ChatState(), Incoming(WEN, "/prank ten-knives", 0.0))
    private = engine.expire(alone.chat, 10**9).replies[0].text
    assert whose not in private
