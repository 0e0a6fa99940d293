"""native30: the lines ops30 put in new places, read as their readers would.

ops30 sends a prank that no answer ended down one path (a /cancel, a timeout, a new /prank),
and a new /prank after a friend's hinted guess now says previous_dropped_tried in a group too,
after the board's line. Played in each chat language:

- English: the new /prank's line closed its bracket after "New one:", so the punchline ran on
  into it ("... You're talking to me, aren't you? New one:)") and ended in a smiley. The bracket
  now closes on the reveal, and "New one:" stands before the new question; so in its three
  siblings ("(That leaves the last one unanswered.) New one:"), one way for the family.
- Taiwan: the four "that guess" lines said 剛才那一猜 ... 照樣算數, the mainland's written line in
  Traditional letters; Taiwan says 剛剛 and 一樣算數喔, as the chat's other lines end on 囉, 喔.

Each line is read where the user reads it, through the real corpus and engine.
"""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import HINTED_ROUTINE_28, STOP, WILD_GUESS, sent

TAIWAN_THAT_GUESS = "剛剛那一猜已經中招了，一樣算數喔。"


def _ended(corpus: Corpus, lang: str, how: str) -> str:
    """Mei's private chat in `lang`: the routine whose reveal is the prank asked, a wild guess
    hinted, then the prank ended `how` (a /cancel, a timeout, a new /prank or a refusal)."""
    engine = Engine(corpus, random.Random(30))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    asked = sent(engine, chat, mei, f"/prank {HINTED_ROUTINE_28[lang]} anyway", 1.0)
    hinted = sent(engine, asked.chat, mei, WILD_GUESS[lang], 2.0)
    assert not hinted.endings, hinted.replies
    if how == "timeout":
        ended = engine.expire(hinted.chat, 10.0**9)
    else:
        text = {"cancel": "/cancel", "new": "/prank one-and-three", "refuse": STOP[lang]}[how]
        ended = sent(engine, hinted.chat, mei, text, 50.0)
    return "\n".join(reply.text for reply in ended.replies)


@pytest.mark.parametrize(
    ("how", "line"),
    [
        ("cancel", f"（{TAIWAN_THAT_GUESS}答案是：九除以三等於三。"),
        ("timeout", f"⏰ 時間到。{TAIWAN_THAT_GUESS}公布答案："),
        ("new", f"（上一個套路先不玩了。{TAIWAN_THAT_GUESS}答案是：九除以三等於三。"),
    ],
)
def test_taiwan_says_that_guess_as_it_talks(corpus: Corpus, how: str, line: str) -> None:
    shown = _ended(corpus, "zh-hant", how)
    assert line in shown, shown
    assert "剛才" not in shown and "照樣算數" not in shown, shown


def test_taiwan_says_it_after_a_refusal_too(corpus: Corpus) -> None:
    shown = _ended(corpus, "zh-hant", "refuse")
    assert f"（{TAIWAN_THAT_GUESS}）" in shown, shown


def test_english_closes_the_bracket_on_the_answer(corpus: Corpus) -> None:
    """The private chat: the punchline ends the bracket, then the new one is announced."""
    first = _ended(corpus, "en", "new").split("\n")[0]
    assert first.startswith(
        "(Leaving the last one there: that guess walked right into it, and it counts."
        " The answer: Fine, I'll go first"
    ), first
    assert first.endswith("aren't you?) New one:"), first
    assert "New one:)" not in first, first


def test_english_group_line_after_the_board_reads_the_same(corpus: Corpus) -> None:
    """Alice's open prank, Mei's hinted guess, Alice's /prank again: the board names Mei, and
    the line after it closes on the answer, no smiley after the punchline's question."""
    engine = Engine(corpus, random.Random(30))
    engine.prank_cooldown = 0.0  # a second /prank at once, as in the playground
    alice, mei = Person(8, "Alice", "alice", "en"), Person(9, "Mei", "mei", "en")
    group = {"in_group": True, "chat_id": -5}
    chat = sent(engine, ChatState(), alice, "/prank compliment-game", 1.0, **group).chat
    hinted = sent(engine, chat, mei, WILD_GUESS["en"], 2.0, ticket="1", **group)
    again = sent(engine, hinted.chat, alice, "/prank one-and-three", 3.0, **group)
    text = again.replies[0].text
    assert "🎭 @alice got @mei!" in text, text
    assert "You're talking to me, aren't you?) New one:" in text, text
    assert "New one:)" not in text, text


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        (None, "(That leaves the last one unanswered.) New one:"),
        ("same", "(That leaves the last one unfinished.) New one:"),
        ("steel", "(You fell for the last one partway through, and that still counts.) New one:"),
    ],
)
def test_english_new_one_stands_outside_the_bracket(
    corpus: Corpus, answer: str | None, line: str
) -> None:
    """The kilo question left unanswered, answered (a second question waiting) or fallen for,
    then another /prank: each sibling line closes its bracket before "New one:", no smiley."""
    engine = Engine(corpus, random.Random(30))
    mei = Person(9, "Mei", "mei", "en")
    chat = sent(engine, ChatState(), mei, "/lang en").chat
    chat = sent(engine, chat, mei, "/prank feathers-steel", 1.0).chat
    if answer is not None:
        chat = sent(engine, chat, mei, answer, 2.0).chat
    again = sent(engine, chat, mei, "/prank moses-ark", 50.0)
    first = again.replies[0].text.split("\n")[0]
    assert first == line, again.replies[0].text
