"""carry29: the round's scoring read as the one who must carry it.

1. The starter's own guess at her open group prank, hinted, is no attempt that can fall: it
   scores nothing (ops29: not on the board, not on her record), so nothing may say it counts
   when she then cancels it, starts another or stops ("That guess already walked into it,
   and it still counts" was said over an empty board). A friend's hinted guess still does.

Each pins a behaviour with real answers through the real corpus (the engine); no mock of our
code."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import HINTED_ROUTINE, STOP, WILD_GUESS, sent

GROUP = {"in_group": True, "chat_id": -5}
LANGS = ["en", "zh", "zh-hant", "zh-hk"]


def _hinted(corpus: Corpus, lang: str, guesser: str) -> tuple[Engine, ChatState, Person]:
    """Alice's open group prank in `lang`, `guesser`'s guess (alice's own, or mei's) hinted."""
    engine = Engine(corpus, random.Random(29))
    engine.prank_cooldown = 0.0
    alice, mei = Person(8, "Alice", "alice", lang), Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), alice, f"/lang {lang}", 0.5, **GROUP).chat
    chat = sent(engine, chat, alice, f"/prank {HINTED_ROUTINE[lang]} anyway", 1.0, **GROUP).chat
    who = alice if guesser == "alice" else mei
    hinted = sent(engine, chat, who, WILD_GUESS[lang], 2.0, ticket="1", **GROUP)
    assert hinted.endings == [] and list(hinted.chat.pranks) == ["1"], hinted.replies
    return engine, hinted.chat, alice


def _counts_lines(lang: str) -> list[str]:
    """The start of each line that says a hinted guess fell and counts."""
    lines = [say("tried_counts", lang), say("tried_stands", lang, reveal="")]
    lines.append(say("previous_dropped_tried", lang, reveal=""))
    return [line[:12] for line in lines]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("then", ["/cancel", "/prank one-and-three anyway", "stop"])
def test_the_starter_s_own_hinted_guess_is_never_said_to_count(
    corpus: Corpus, lang: str, then: str
) -> None:
    engine, chat, alice = _hinted(corpus, lang, "alice")
    text = STOP[lang] if then == "stop" else then
    ended = sent(engine, chat, alice, text, 3.0, ticket="1", **GROUP)
    shown = "\n".join(r.text for r in ended.replies)
    assert not any(line in shown for line in _counts_lines(lang)), shown
    assert ended.chat.scores == {}, ended.chat.scores
    assert all(e.outcome != "fell" for e in ended.endings), ended.endings


@pytest.mark.parametrize("lang", LANGS)
def test_a_friend_s_hinted_guess_still_counts_when_the_starter_cancels(
    corpus: Corpus, lang: str
) -> None:
    engine, chat, alice = _hinted(corpus, lang, "mei")
    ended = sent(engine, chat, alice, "/cancel", 3.0, **GROUP)
    shown = "\n".join(r.text for r in ended.replies)
    assert any(line in shown for line in _counts_lines(lang)), shown
    assert [(e.outcome, e.player.username) for e in ended.endings] == [("fell", "mei")]
