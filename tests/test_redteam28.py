"""Round twenty-eight's red team (redteam28): this round's changes attacked from outside.

ops28's one rule for a hinted attempt (it falls however the prank then ends: noise, a timeout,
a /cancel, a new /prank) fed by a victim who would rather not be counted, and by a friend in
a group; /prank by a kind's name (riddle, 表白) fed hostile words. Each pins a behaviour with
real answers through the real corpus: the engine, or the real Application against the strict
Telegram emulator over HTTP; no mock of our code."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import HINTED_ROUTINE_28, WILD_GUESS, sent
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for

MEI = Person(9, "Mei", "mei", "en")

# -- 1. a refusal after a hinted attempt does not hide the fall ---------------------------------


def _hinted(corpus: Corpus, lang: str) -> tuple[Engine, ChatState, Person]:
    """Mei's private chat in `lang`: the routine whose reveal is the prank asked, her real
    guess made and answered with the hint."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    chat = sent(engine, chat, mei, f"/prank {HINTED_ROUTINE_28[lang]} anyway", 1.0).chat
    hinted = sent(engine, chat, mei, WILD_GUESS[lang], 2.0)
    (prank,) = hinted.chat.pranks.values()
    assert not hinted.endings and prank.tried is not None, hinted.replies
    return engine, hinted.chat, mei


@pytest.mark.parametrize(
    ("lang", "refusal"),
    [
        ("en", "I don't want to play"),
        ("en", "stop"),
        ("en", "no thanks"),
        ("zh", "不玩了"),
        ("zh", "算了"),
        ("zh", "不要"),
        ("zh-hk", "唔玩"),
        ("zh-hk", "唔想玩"),
    ],
)
def test_a_refusal_after_a_hinted_attempt_still_falls(
    corpus: Corpus, lang: str, refusal: str
) -> None:
    """Mei guessed and was hinted, then said she would not play: no attempt ended it, so her
    guess fell as it does when she sends /cancel or noise (ops28's one rule); the refusal hid
    it (the reveal told, the punchline heard, no fall counted), and the line says it counts."""
    engine, chat, mei = _hinted(corpus, lang)
    refused = sent(engine, chat, mei, refusal, 3.0)
    assert [(e.outcome, e.player.name) for e in refused.endings] == [("fell", "Mei")]
    said = "\n".join(reply.text for reply in refused.replies)
    reveal = corpus.routines[HINTED_ROUTINE_28[lang]].states["ask"].reveal.in_(lang)
    assert reveal in said, said
    assert say("tried_counts", lang) in said, said


@pytest.mark.parametrize(("lang", "refusal"), [("en", "I don't want to play"), ("zh", "不玩了")])
def test_a_refusal_without_an_attempt_still_scores_nobody(
    corpus: Corpus, lang: str, refusal: str
) -> None:
    """What counts is the hinted attempt: a refusal as the first answer is no fall."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    chat = sent(engine, chat, mei, f"/prank {HINTED_ROUTINE_28[lang]} anyway", 1.0).chat
    refused = sent(engine, chat, mei, refusal, 2.0)
    assert [e.outcome for e in refused.endings] == ["refused"], refused.replies
    assert say("tried_counts", lang) not in refused.replies[0].text


def test_in_a_group_a_friend_s_refusal_after_a_hinted_guess_scores_the_guess(
    corpus: Corpus,
) -> None:
    """Alice's prank aimed at nobody: Bob guesses and is hinted; Carol says "不玩了". The
    prank ends, Bob's guess fell (as a friend's noise scores it), and the board says so;
    Carol, who tried nothing, is not counted."""
    engine = Engine(corpus, random.Random(28))
    alice = Person(8, "Alice", "alice", "zh")
    bob, carol = Person(7, "Bob", "bob", "zh"), Person(6, "Carol", "carol", "zh")
    group = {"in_group": True, "chat_id": -5}
    chat = sent(engine, ChatState(), alice, "/prank nine-by-three", **group).chat
    hinted = sent(engine, chat, bob, WILD_GUESS["zh"], 5.0, ticket="1", **group)
    assert not hinted.endings
    refused = sent(engine, hinted.chat, carol, "不玩了", 6.0, ticket="1", **group)
    assert [(e.outcome, e.player.name) for e in refused.endings] == [("fell", "Bob")]
    assert say("got_you", "zh", by="@alice", target="@bob") in refused.replies[0].text
    board = {s.name: (s.pranked, s.fooled) for s in refused.chat.scores.values()}
    assert board == {"@alice": (1, 0), "@bob": (0, 1)}, board


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_on_telegram_a_refusal_after_a_hinted_guess_is_on_the_record(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and its SQLite: guessed, hinted, "I don't want to play",
    then /stats: the fall is on Alice's record (it was 0)."""
    chat = private(ALICE)
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        app.bot_data["services"].engine.prank_cooldown = 0.0
        corpus = app.bot_data["services"].engine.corpus
        state = corpus.routines["compliment-game"].states["ask"]
        emulator.user_message(chat, ALICE, "/prank compliment-game")
        await wait_for(emulator, sends(chat["id"], state.say.in_("en")))
        mark = emulator.mark()
        emulator.user_message(chat, ALICE, WILD_GUESS["en"])
        assert state.hint is not None
        await wait_for(emulator, sends(chat["id"], state.hint.in_("en")), after=mark)
        mark = emulator.mark()
        emulator.user_message(chat, ALICE, "I don't want to play")
        await wait_for(emulator, sends(chat["id"], say("tried_counts", "en")), after=mark)
        mark = emulator.mark()
        emulator.user_message(chat, ALICE, "/stats")
        fell = say("record_fell", "en", count=1)
        await wait_for(emulator, sends(chat["id"], fell), after=mark)
    assert emulator.rejected == []


# -- 2. /prank by a kind's name: hostile words are capped and fast ------------------------------

HOSTILE = {
    "every script, marks and metacharacters": (
        "riddle 谜语 表白 \u202e\u200b\u200d .*+?[](){}^$|\\ ñ ع א 한 ひ ру " * 80
    ),
    "a kind's name 1,000 times": "riddle " * 1000,
    "表白 3,000 times": "表白" * 3000,
    "control characters": "\x00\x01\x1b[31m riddle \x7f" * 300,
    "regex": ".*" * 3000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_prank_with_hostile_words_is_capped_and_fast(corpus: Corpus, name: str) -> None:
    """4,096+ characters of anything after /prank: one short reply quoting a capped echo, no
    control character said back, well under the answer step's budget (a kind's name is
    looked up whole, as a title is: no walk of every routine per word)."""
    engine = Engine(corpus, random.Random(28))
    chat = sent(engine, ChatState(), MEI, "/lang en").chat
    sent(engine, chat, MEI, "/prank riddle", 1.0)  # the first lookup builds nothing later
    started = time.perf_counter()
    said = sent(engine, chat, MEI, f"/prank {HOSTILE[name]}", 2.0)
    took = time.perf_counter() - started
    (reply,) = said.replies
    assert len(reply.text) < 600, reply.text
    assert not any(c in reply.text for c in "\x00\x01\x1b\x7f\u202e"), reply.text
    assert not said.chat.pranks  # nothing started on a name nobody wrote
    assert took < 0.5, took


@pytest.mark.parametrize("name", ["rid\u200bdle", "\u202eriddle", "表\u200b白", "RIDDLE"])
def test_a_kind_s_name_with_marks_in_it_still_offers_the_kind(corpus: Corpus, name: str) -> None:
    """A zero-width or direction mark pasted into a kind's name, or shouting it, is the same
    name: the kind's routines are offered (several, not one started)."""
    engine = Engine(corpus, random.Random(28))
    # 表白's love lines play in Chinese: offered in a Chinese chat alone (ops29)
    chat = sent(engine, ChatState(), MEI, "/lang zh" if "表" in name else "/lang en").chat
    said = sent(engine, chat, MEI, f"/prank {name}", 1.0)
    assert not said.chat.pranks
    assert said.replies[0].text.count("/prank ") >= 2, said.replies[0].text


# -- 3. in a group, the line of a new /prank names whose guess fell -----------------------------


def test_a_new_prank_over_an_open_one_names_whose_guess_fell(corpus: Corpus) -> None:
    """Alice's prank aimed at nobody: Bob's guess is hinted, then Alice asks another. The
    line over the new question said "Your guess already walked into it" to the group, under
    Alice's /prank: Alice guessed nothing. It names Bob (aimed at Bob, the question is put to
    him, and "your" is his: kept). Since ops29 the board's line heads it ("🎭 @alice got
    @bob!"), and since ops30 that line alone names him: the line over the new question says
    "that guess", once for both aims."""
    engine = Engine(corpus, random.Random(28))
    engine.prank_cooldown = 0.0
    alice, bob = Person(8, "Alice", "alice", "en"), Person(7, "Bob", "bob", "en")
    group = {"in_group": True, "chat_id": -5}
    for aim in ("", " @bob"):
        chat = sent(engine, ChatState(), alice, "/prank compliment-game" + aim, **group).chat
        hinted = sent(engine, chat, bob, WILD_GUESS["en"], 5.0, ticket="1", **group)
        again = sent(engine, hinted.chat, alice, "/prank one-and-three" + aim, 9.0, **group)
        (reply,) = again.replies
        reveal = corpus.routines["compliment-game"].states["ask"].reveal.in_("en")
        assert say("got_you", "en", by="@alice", target="@bob") in reply.text, reply.text
        assert say("previous_dropped_tried", "en", reveal=reveal) in reply.text
        assert [(e.outcome, e.player.name) for e in again.endings] == [("fell", "Bob")]
