"""newuser29: what a new user found playing the console playground.

1. A don't-know (不知道, 唔知, "no idea") that got the hint is no guess: where the reveal is the
   prank (nine-by-three, compliment-game: `outcome: fell`), a new /prank, a /cancel or a
   refusal after it scored "that guess fell" on the board and the record (a score for what
   was not a fall).

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite (the record and the board every ending adds to); no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from tests.support.playground import played

DONT_KNOW = {"zh": "不知道", "zh-hant": "不知道", "zh-hk": "唔知", "en": "no idea"}
HINT = {"zh": "小学数学哦", "zh-hant": "小學數學", "zh-hk": "小學數學嚟㗎", "en": "The deal is"}
# nine-by-three plays in Chinese only; compliment-game's reveal is the prank too
ROUTINE = {"zh": "nine-by-three", "zh-hant": "nine-by-three", "zh-hk": "nine-by-three"}
ROUTINE["en"] = "compliment-game"


@pytest.mark.parametrize("lang", list(DONT_KNOW))
def test_a_hinted_don_t_know_then_a_new_prank_is_no_fall(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """Bob says he does not know, is hinted, and Alice pranks him anew: nobody fell, the
    board stays empty, and the line says the prank was dropped, not that a guess fell."""
    shown = played(
        corpus,
        tmp_path,
        f"/lang {lang}",
        "/group",
        "/as alice",
        f"/prank @bob {ROUTINE[lang]}",
        "/as bob",
        DONT_KNOW[lang],
        "/as alice",
        "/prank @bob",
        "/stats",
    )
    text = "\n".join(shown)
    assert HINT[lang] in text, shown  # the don't-know met the hint
    assert say("got_you", lang, by="@alice", target="@bob") not in text, shown
    assert say("stats_empty", lang) in text, shown


@pytest.mark.parametrize("lang", list(DONT_KNOW))
def test_a_hinted_don_t_know_then_cancel_is_no_fall_on_the_record(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    shown = played(
        corpus,
        tmp_path,
        f"/lang {lang}",
        f"/prank {ROUTINE[lang]}",
        DONT_KNOW[lang],
        "/cancel",
        "/stats",
    )
    assert say("record_fell", lang, count=0) in "\n".join(shown), shown


def test_a_hinted_guess_then_cancel_still_falls(corpus: Corpus, tmp_path: Path) -> None:
    """A real guess (四) hinted is a fall however it ends (ops28): kept beside the above."""
    shown = played(corpus, tmp_path, "/lang zh", "/prank nine-by-three", "四", "/cancel", "/stats")
    assert say("record_fell", "zh", count=1) in "\n".join(shown), shown
