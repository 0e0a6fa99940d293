"""carry28: ops28's one rule for a hinted attempt (`answering.fell_by_trying`), carried.

1. A refusal after a hinted attempt ("stop", 不玩了, 唔玩喇), where the reveal is the prank: the
   punchline is told, and the attempt's fall stands, as it does when the prank is called off
   by /cancel (it ended "refused" and scored nobody: one ending for "/cancel", another for
   "stop"). Without an attempt, a refusal still scores nobody.
2. A new /prank by the starter of an open group prank, after a friend's hinted guess: the
   line that tells the punchline speaks of "that guess", not "your guess" (said to the
   starter, who guessed nothing; the board's line names who fell).
3. A link's report after a hinted guess, then noise or a refusal: that guess fell for it, not
   "answered “stop” and fell for it" (what fell was the guess: `ended_unanswered` keeps no
   answer for it).

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite (the record every ending adds to), or the engine; no mock of our code."""

from __future__ import annotations

import asyncio
import io
import random
import re
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.turn import Turns
from bot.console.playground import Playground
from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE_28, STOP, WILD_GUESS, sent
from tests.support.playground import played

# -- 1. a refusal after a hinted attempt ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh", "zh-hant", "zh-hk"])
def test_a_refusal_after_a_hinted_attempt_counts_on_the_record(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """Through the console's SQLite: guessed, hinted, then "stop": the punchline, and the fall
    on /stats, as after /cancel."""
    typed = (
        f"/lang {lang}",
        f"/prank {HINTED_ROUTINE_28[lang]} anyway",
        WILD_GUESS[lang],
        STOP[lang],
        "/stats",
    )
    shown = "\n".join(played(corpus, tmp_path, *typed))
    reveal = corpus.routines[HINTED_ROUTINE_28[lang]].states["ask"].reveal.in_(lang)
    assert reveal in shown, shown
    assert say("record_fell", lang, count=1) in shown, shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_refusal_without_an_attempt_still_scores_nobody(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    typed = (f"/lang {lang}", f"/prank {HINTED_ROUTINE_28[lang]} anyway", STOP[lang], "/stats")
    shown = "\n".join(played(corpus, tmp_path, *typed))
    assert say("record_fell", lang, count=1) not in shown, shown


def test_in_an_open_group_prank_a_friend_s_refusal_after_a_hinted_guess_scores_the_guesser(
    corpus: Corpus,
) -> None:
    """Mei guessed and was hinted; Bob says "stop": Mei's fall, on the board (as Bob's noise
    or a /cancel would score it), not a refusal counted for nobody."""
    engine = Engine(corpus, random.Random(28))
    alice, mei, bob = (
        Person(8, "Alice", "alice"),
        Person(9, "Mei", "mei"),
        Person(7, "Bob", "bob"),
    )
    group = {"in_group": True, "chat_id": -5}
    chat = sent(engine, ChatState(), alice, "/prank compliment-game", 1.0, **group).chat
    hinted = sent(engine, chat, mei, WILD_GUESS["en"], 2.0, ticket="1", **group)
    stopped = sent(engine, hinted.chat, bob, "stop", 3.0, ticket="1", **group)
    assert [(e.outcome, e.player.name) for e in stopped.endings] == [("fell", "Mei")]
    board = {score.name: (score.pranked, score.fooled) for score in stopped.chat.scores.values()}
    assert board == {"@alice": (1, 0), "@mei": (0, 1)}, board


# -- 2. the line of a new /prank after a friend's hinted guess ------------------------------------

YOUR_GUESS = {
    "en": "Your guess",
    "zh": "你刚才那一猜",
    "zh-hant": "你剛才那一猜",
    "zh-hk": "你頭先估",
}


@pytest.mark.parametrize("lang", ["en", "zh", "zh-hant", "zh-hk"])
def test_a_new_open_prank_after_a_friend_s_hinted_guess_says_that_guess(
    corpus: Corpus, lang: str
) -> None:
    """Alice's open prank; Mei's guess hinted; Alice's /prank again: the punchline is told and
    Mei's fall counted (the board names her), and Alice is not told of "your guess"."""
    engine = Engine(corpus, random.Random(28))
    engine.prank_cooldown = 0.0  # a second /prank at once, as in the playground
    alice, mei = Person(8, "Alice", "alice", lang), Person(9, "Mei", "mei", lang)
    group = {"in_group": True, "chat_id": -5}
    chat = sent(engine, ChatState(), alice, f"/prank {HINTED_ROUTINE_28[lang]}", 1.0, **group).chat
    hinted = sent(engine, chat, mei, WILD_GUESS[lang], 2.0, ticket="1", **group)
    assert not hinted.endings and hinted.chat.pranks["1"].tried is not None
    again = sent(engine, hinted.chat, alice, "/prank one-and-three", 3.0, **group)
    assert [(e.outcome, e.player.name) for e in again.endings] == [("fell", "Mei")]
    text = again.replies[0].text
    reveal = corpus.routines[HINTED_ROUTINE_28[lang]].states["ask"].reveal.in_(lang)
    assert reveal in text and say("got_you", lang, by="@alice", target="@mei") in text, text
    assert YOUR_GUESS[lang] not in text, text


# -- 3. a link's report after a hinted guess ------------------------------------------------------


def _link_played(corpus: Corpus, tmp_path: Path, *typed: str) -> str:
    """The playground with its SQLite: /link compliment-game, then bob opens it and types
    `typed`; what it shows."""
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(corpus, storage, random.Random(28))
    services.engine.prank_cooldown = 0.0
    out = io.StringIO()
    playground = Playground(Turns(services, storage), out, tmp_path, language_code="en")

    async def script() -> None:
        await playground.feed("/link compliment-game")
        code = re.search(r"start=([\w-]+)", out.getvalue())
        assert code is not None, out.getvalue()
        for line in ("/as bob", f"/open {code.group(1)}", *typed):
            await playground.feed(line)

    try:
        asyncio.run(script())
    finally:
        services.close()
        storage.close()
    return out.getvalue()


@pytest.mark.parametrize("then", ["stop", "blah blah blah blah blah"])
def test_a_link_s_report_after_a_hinted_guess_does_not_quote_what_came_after(
    corpus: Corpus, tmp_path: Path, then: str
) -> None:
    """Bob guesses, is hinted, then says "stop" (or noise): the owner hears that Bob's guess
    fell for it, not that Bob "answered “stop” and fell for it"."""
    shown = _link_played(corpus, tmp_path, WILD_GUESS["en"], then)
    assert say("link_result_fell_tried", "en", who="@bob") in shown, shown
    assert f"“{then}”" not in shown, shown
