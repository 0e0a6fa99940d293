"""redteam31: this round's changes attacked from outside (what held, pinned).

1. A question handed back forever (ops31b, rule "the question handed back"): the bot asks
   again at most MAX_IDLE_WAITS times in a row, then the prank ends as unanswered; nobody's
   record counts a fall or a see-through for it (no endless talk, no scored silence).
   Where the step's hint answers a question handed back (compliment-game: "you first" met with
   "The deal is you go first"), that hand-back was taken for a real attempt, hinted: handed
   back past the waits, the prank ended "@alice got @you!", a fall on the board for one who
   never answered. A question handed back is no attempt, hint or not.
2. "Which question" (ops31, two pranks aimed at one member at once) was said to every plain
   message she sent: a victim chatting with her friends in the group ("guys help", "lol")
   heard the bot after each line. She is asked once per set of pranks aimed at her, as every
   courtesy line is said once; a new prank aimed at her asks again; her reply to a question
   still answers it.
3. /prank with hostile words (4,000 characters of request words, RTL and zero-width marks,
   regex metacharacters, control characters, one script repeated): every line the bot says
   stays within Telegram's 4,096 characters, the words are never taken for a routine, and
   the answer is fast.

Each pins a behaviour with real answers through the real corpus: the console playground
through the real core (SQLite in memory); no mock of our code."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import MAX_IDLE_WAITS
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import HINTED_ROUTINE, WILD_GUESS, sent
from tests.support.playground import played, said_after

GROUP = {"in_group": True, "chat_id": -31}
LANGS = ["en", "zh", "zh-hant", "zh-hk"]

# -- 1. a question handed back forever ---------------------------------------------------------


def test_a_question_handed_back_forever_is_asked_again_a_few_times_then_ends_unscored(
    corpus: Corpus, tmp_path: Path
) -> None:
    """Breakage: the waits' cap (answering.MAX_IDLE_WAITS, `may_wait`) lifted (seen red: the
    question asked again on every hand-back)."""
    handed = ["you first"] * (MAX_IDLE_WAITS + 3)
    shown = played(corpus, tmp_path, "/prank moses-ark", *handed, "/stats")
    text = "\n".join(shown)
    assert text.count(say("handed_back", "en")) == MAX_IDLE_WAITS, text
    stats = said_after(shown, "/stats")
    assert "fell for one: 0" in stats and "saw through one: 0" in stats, stats


@pytest.mark.parametrize(
    ("lang", "handed"), [("en", "you first"), ("zh", "你先说"), ("zh-hk", "你講先啦")]
)
def test_a_question_handed_back_past_its_hint_and_the_waits_scores_no_fall(
    corpus: Corpus, lang: str, handed: str
) -> None:
    """In a group, Alice pranks Mei with compliment-game; Mei hands the question back until
    the bot stops asking (the hint first, then the waits): the prank ends and nobody fell.
    Breakage: a hand-back met with the hint counted as a hinted attempt (`Prank.tried`; seen
    red: "@alice got @mei!", Mei's fall on the board)."""
    engine = Engine(corpus, random.Random(31))
    mei, alice = Person(9, "Mei", "mei", lang), Person(1, "Alice", "alice", lang)
    asked = sent(engine, ChatState(), alice, "/prank compliment-game", 0.0, replied=mei, **GROUP)
    ((ticket, _),) = asked.chat.pranks.items()
    chat, said = asked.chat, list[str]()
    for n in range(MAX_IDLE_WAITS + 2):
        back = sent(engine, chat, mei, handed, 1.0 + n, ticket=ticket, **GROUP)
        chat, said = back.chat, [*said, *(reply.text for reply in back.replies)]
    hint = corpus.routines["compliment-game"].states["ask"].hint
    assert hint is not None and hint.in_(lang) in said[0], said
    assert ticket not in chat.pranks, said  # the bot stopped asking
    assert not any(score.fooled or score.pranked for score in chat.scores.values()), said


# -- 2. "which question" said once per set of pranks aimed at her -----------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_which_question_is_asked_once_not_after_every_plain_message(
    corpus: Corpus, lang: str
) -> None:
    """Alice and Bob each aim a prank at Mei; she sends five plain messages: the first is
    asked "which question", the rest hear nothing and change nothing. Carol's new prank at
    her asks once more; Mei's reply to Alice's question still answers Alice's prank alone.
    Breakage: the told-once mark (`WHICH_TOLD`) not kept (seen red: five "which question")."""
    engine = Engine(corpus, random.Random(31))
    engine.prank_cooldown = 0.0
    mei = Person(9, "Mei", "mei", lang)
    alice, bob = Person(1, "Alice", "alice", lang), Person(2, "Bob", "bob", lang)
    carol = Person(3, "Carol", "carol", lang)
    routines = [
        HINTED_ROUTINE[lang],
        *(r for r in corpus.playable(lang) if r != HINTED_ROUTINE[lang]),
    ]
    first = sent(engine, ChatState(), alice, f"/prank {routines[0]}", 0.0, replied=mei, **GROUP)
    (alices,) = first.chat.pranks
    both = sent(engine, first.chat, bob, f"/prank {routines[1]}", 1.0, replied=mei, **GROUP)
    which = say("which_question", lang, count=2)
    chat, heard = both.chat, []
    for n in range(5):
        plain = sent(engine, chat, mei, WILD_GUESS[lang], 2.0 + n, **GROUP)
        heard.append([reply.text for reply in plain.replies])
        assert all(
            plain.chat.pranks[t].state == both.chat.pranks[t].state for t in both.chat.pranks
        )
        chat = plain.chat
    assert heard == [[which], [], [], [], []], heard
    third = sent(engine, chat, carol, f"/prank {routines[2]}", 10.0, replied=mei, **GROUP)
    again = sent(engine, third.chat, mei, WILD_GUESS[lang], 11.0, **GROUP)
    assert [r.text for r in again.replies] == [say("which_question", lang, count=3)]
    replied = sent(engine, again.chat, mei, WILD_GUESS[lang], 12.0, ticket=alices, **GROUP)
    assert replied.chat.pranks.get(alices) != again.chat.pranks[alices]
    assert all(
        replied.chat.pranks[t] == again.chat.pranks[t] for t in again.chat.pranks if t != alices
    )


# -- 3. /prank with hostile words --------------------------------------------------------------

HOSTILE = {
    "request words": "please " * 580 + "joke",
    "rtl and zero-width": "\u202e\u200b\u200f" * 1300,
    "regex metacharacters": ".*+?[](){}|\\^$" * 290,
    "control characters": "a\x00b\x07c\x1b" * 680,
    "one han repeated": "吧" * 4080,
    "every script": "joke笑話ジョーク농담шуткаنكتة" * 170,
}


@pytest.mark.parametrize("words", list(HOSTILE.values()), ids=list(HOSTILE))
def test_prank_with_hostile_words_is_capped_and_fast(
    corpus: Corpus, tmp_path: Path, words: str
) -> None:
    """Breakage: the name echoed uncapped in "no routine called …" (seen red on 4,080
    characters of Han, regex metacharacters and control characters) or a request word list scanned per character."""
    started = time.perf_counter()
    shown = played(corpus, tmp_path, "/prank " + words)
    assert time.perf_counter() - started < 5.0
    reply = shown[-1]
    assert len(reply) <= 4096 and "Traceback" not in reply, reply[:200]
    assert "\x00" not in reply and "\x1b" not in reply, reply[:200]
