"""Round twenty-nine's red team (redteam29): this round's changes attacked from outside.

1. ops29b's /prank by words offers only what plays in the chat's language, and counts the
   rest for /list WORD, which lists what plays there; /prank WORD anyway offers every routine
   the word fits, in any language, and its "…and N more: /list WORD" promised N that /list
   did not show (an English chat: "/prank 谜语 anyway", 28 more; /list 谜语 listed 23 in all).
2. In a group, the starter's own answer scores nothing; after a friend's hinted guess it ended
   the prank as the starter's fall, and the friend's fall was gone (any answer of hers: since
   ops29b, wbzd, or 233 to a sum, too).
Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite, or the engine; no mock of our code."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import played, said_after
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    group_prank_asked,
    running_bot,
    sends,
    wait_for,
)
from tests.support.telegram_fixtures import GROUP as GROUP_CHAT


def _offered(text: str) -> list[str]:
    """The routines listed one a line ("  /prank ID — title"), not a /prank a sentence names."""
    return re.findall(r"^\S*\s+/prank ([a-z0-9-]+)", text, re.MULTILINE)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "/prank 谜语 anyway"),
        ("zh", "/prank riddle anyway"),
        ("zh-hk", "/prank riddle anyway"),
    ],
)
def test_the_list_a_short_list_anyway_points_to_shows_them_all(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str
) -> None:
    """/prank WORD anyway lists five of every routine the word fits, in any language, and
    "…and N more: /list …": that /list shows the five and the N, those that play elsewhere
    too. Breakage: /list not reading "anyway" (seen red: 28 more promised, 23 listed in all,
    or the whole list where "anyway" was read as part of the word)."""
    shown = played(corpus, tmp_path, f"/lang {lang}", typed)
    choices = said_after(shown, typed)
    (more,) = [line for line in choices.splitlines() if "/list " in line]
    count, listing = re.search(r"\d+", more), re.search(r"/list \S+(?: anyway)?", more)
    assert count is not None and listing is not None, more
    five = _offered(choices)
    assert len(five) == 5, choices
    listed = _offered(said_after(played(corpus, tmp_path, f"/lang {lang}", listing[0]), listing[0]))
    assert len(listed) == len(five) + int(count[0]), (choices, listed)
    assert set(five) <= set(listed), (five, listed)
    assert any(not corpus.routines[rid].plays_in(lang) for rid in listed), listed


# -- 2. in a group, the starter cannot answer a victim's fall away ------------------------------

GROUP = {"in_group": True, "chat_id": -5}
MEI = Person(9, "Mei", "mei", "en")


@pytest.mark.parametrize(
    ("lang", "routine", "guess", "own"),
    [
        ("zh", "nine-by-three", "紫色的大象", "我不知道"),
        ("zh", "nine-by-three", "紫色的大象", "wbzd"),  # pinyin initials: words (ops29b)
        ("zh", "nine-by-three", "紫色的大象", "233"),  # to a sum, a guess (ops29b)
        ("zh-hant", "nine-by-three", "紫色的大象", "不知道"),
        ("en", "compliment-game", "purple elephants dance", "no idea"),
    ],
)
def test_the_starter_s_own_guess_does_not_hide_the_victim_s_fall(
    corpus: Corpus, lang: str, routine: str, guess: str, own: str
) -> None:
    """Alice's prank aimed at nobody: Bob guesses and is hinted, then Alice answers her own
    question: her guess is no one's fall (the starter's own answer scores nothing), so Bob's
    still lands as her answer ends the prank (the hint used), on the board. Breakage: any later attempt taking the
    hinted one's place (seen red: Alice 'fell', Bob's fall gone, the board empty)."""
    engine = Engine(corpus, random.Random(28))
    alice = Person(8, "Alice", "alice", lang)
    bob = Person(7, "Bob", "bob", lang)
    chat = sent(engine, ChatState(), alice, f"/lang {lang}", **GROUP).chat
    chat = sent(engine, chat, alice, f"/prank {routine} anyway", 1.0, **GROUP).chat
    hinted = sent(engine, chat, bob, guess, 5.0, ticket="1", **GROUP)
    assert not hinted.endings and hinted.chat.pranks, hinted.replies
    answered = sent(engine, hinted.chat, alice, own, 6.0, ticket="1", **GROUP)
    ended = answered  # her answer ends it, the hint used; else a /cancel does
    if answered.chat.pranks:
        ended = sent(engine, answered.chat, alice, "/cancel", 7.0, ticket="1", **GROUP)
    assert [(e.outcome, e.player.name) for e in ended.endings] == [("fell", "Bob")]
    board = {s.name: (s.pranked, s.fooled) for s in ended.chat.scores.values()}
    assert board == {"@alice": (1, 0), "@bob": (0, 1)}, board


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_on_telegram_the_starter_s_answer_leaves_the_friend_s_fall_on_the_board(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and its SQLite: Alice's compliment game in the group,
    Carol's guess hinted, then Alice's own "no idea" to her question: the group hears that
    Alice got Carol."""
    group_id = GROUP_CHAT["id"]
    assert isinstance(group_id, int)
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        asked, state = await group_prank_asked(emulator, app, ALICE, "compliment-game")
        mark = emulator.mark()
        emulator.user_message(GROUP_CHAT, CAROL, "purple elephants dance", reply_to=asked["result"])
        await wait_for(emulator, sends(group_id, state.hint.in_("en")), after=mark)
        mark = emulator.mark()
        emulator.user_message(GROUP_CHAT, ALICE, "no idea", reply_to=asked["result"])
        got = say("got_you", "en", by="@alice", target="@carol")
        await wait_for(emulator, sends(group_id, got), after=mark)
    assert emulator.rejected == []


# -- 3. a kind's short list does not foretell the deck ------------------------------------------


def test_a_kind_s_short_list_does_not_foretell_the_next_random_prank(corpus: Corpus) -> None:
    """/prank riddle lists five riddles the chat has not been dealt; in a group a friend who
    sends it must not learn which riddle a random /prank deals them next (and see through
    it for a point). Ten chats: the first riddle a random /prank deals is the first one
    listed in a few at most. Breakage: listed in the deck's own order (seen red: ten of ten,
    every riddle dealt in the order listed)."""
    riddles = {r.id for r in Engine(corpus).routines_named("riddle").routines}
    foretold = 0
    for seed in range(10):
        engine = Engine(corpus, random.Random(seed))
        engine.prank_cooldown = 0.0
        chat = sent(engine, ChatState(), MEI, "/lang en").chat
        listing = sent(engine, chat, MEI, "/prank riddle", 1.0)
        listed = re.findall(r"^\s+/prank ([a-z0-9-]+)", listing.replies[0].text, re.MULTILINE)
        chat, dealt = listing.chat, ""
        for turn in range(12):
            chat = sent(engine, chat, MEI, "/prank", 10.0 + 100 * turn).chat
            (prank,) = chat.pranks.values()
            if prank.routine in riddles:
                dealt = prank.routine
                break
            chat = sent(engine, chat, MEI, "/cancel", 11.0 + 100 * turn).chat
        assert dealt, listed
        foretold += dealt == listed[0]
    assert foretold <= 3, foretold
