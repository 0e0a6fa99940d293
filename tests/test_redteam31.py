"""redteam31: this round's changes attacked from outside (what held, pinned).

1. A question handed back forever (ops31b, rule "the question handed back"): the bot asks
   again at most MAX_IDLE_WAITS times in a row, then the prank ends as unanswered; nobody's
   record counts a fall or a see-through for it (no endless talk, no scored silence).
2. /prank with hostile words (4,000 characters of request words, RTL and zero-width marks,
   regex metacharacters, control characters, one script repeated): every line the bot says
   stays within Telegram's 4,096 characters, the words are never taken for a routine, and
   the answer is fast.

Each pins a behaviour with real answers through the real corpus: the console playground
through the real core (SQLite in memory); no mock of our code."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import MAX_IDLE_WAITS
from bot.i18n.catalogue import say
from tests.support.playground import played, said_after

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


# -- 2. /prank with hostile words --------------------------------------------------------------

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
