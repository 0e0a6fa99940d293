"""Round twenty-six's new-user play (branch newuser26): what a newcomer met in the console
playground, pinned through the shipped corpus and the real core (`played`, SQLite in memory).

A /prank name that finds nothing lists the routines closest to it (ops26, `TitleIndex.near`),
and a character of grammar counted as closeness: `/prank 不存在的` ("one that doesn't exist")
offered 是不是胖了, 猜我在想什么 and 我的心在哪边, by 不, 在 and 的; `/prank 有沒有新的`
("any new ones?") offered 頭髮沒溼 and 最沒方向感的動物 by 沒 and 的. Such characters
(`name_fillers_zh` in content/lexicon.yaml) say nothing of which routine was meant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played


@pytest.mark.parametrize(
    ("lang", "typed", "nothing_close"),
    [
        ("zh", "不存在的", "没有叫“不存在的”的套路。发 /list 看看有哪些。"),
        ("zh", "在吗", "没有叫“在吗”的套路。发 /list 看看有哪些。"),
        ("zh-hant", "有沒有新的", "沒有叫「有沒有新的」的套路。傳 /list 看看有哪些吧。"),
        ("zh-hk", "有冇新嘅", "冇一個套路叫「有冇新嘅」。發 /list 睇吓有啲咩。"),
        ("en", "不存在的", "There is no routine called “不存在的”. Send /list to see them all."),
    ],
)
def test_a_character_of_grammar_makes_no_routine_close(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str, nothing_close: str
) -> None:
    shown = played(corpus, tmp_path, f"/lang {lang}", f"/prank {typed}")
    at = max(i for i, line in enumerate(shown) if f"/prank {typed}" in line)
    assert shown[at + 1].split("] ", 1)[1] == nothing_close, shown  # after "🎭 [4] "


@pytest.mark.parametrize(
    ("lang", "typed", "close"),
    [
        # 猜 and 估 ("guess") are what the guessing routines are called by
        ("zh", "猜谜", "/prank guess-my-thoughts — 猜我在想什么"),
        ("zh-hk", "估下", "/prank guess-my-age — 估吓我幾歲"),
        ("zh-hant", "好玩的", "/prank play-water — 玩水"),
    ],
)
def test_a_character_of_meaning_still_offers_the_routines_close(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str, close: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {typed}"))
    assert close in shown, shown


# -- "Play it anyway?" answered as friends say yes: "yes please", "let's go", 来吧, 嚟啦 --------

TEN_KNIVES_ASKED = "Someone throws ten knives at you"
FEATHERS_ASKED = "Which is heavier: a kilo of feathers or a kilo of steel?"


@pytest.mark.parametrize("typed", ["yes please", "ok go", "let's go!", "go", "please"])
def test_a_yes_of_more_words_takes_the_offer_in_english(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    """newuser26: a link's opener, offered "Play it anyway?", answered "yes please" and was
    told "Send /prank to play, or /joke for a one-liner." (ops26 took yes, ok, sure alone)."""
    shown = "\n".join(played(corpus, tmp_path, "/prank ten-knives", typed))
    assert "only works in Chinese" in shown, shown
    assert TEN_KNIVES_ASKED in shown, shown


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("zh", "来吧"), ("zh", "玩"), ("zh", "好啊 来"), ("zh-hant", "來吧"), ("zh-hk", "嚟啦")],
)
def test_come_on_takes_the_offer_in_chinese(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", "/prank feathers", typed))
    assert FEATHERS_ASKED in shown, shown


@pytest.mark.parametrize("typed", ["please don't", "go away", "no please", "来不了"])
def test_a_no_with_those_words_in_it_takes_nothing(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, "/lang zh", "/prank feathers", typed))
    assert FEATHERS_ASKED not in shown, shown


# -- /prank moo: the interrupting cow, not 后羿射什么 by the start of "moon" -------------------


def test_moo_names_the_interrupting_cow(corpus: Corpus, tmp_path: Path) -> None:
    """newuser26: /prank moo asked 后羿射什么's question ("Quick: type 'moon' five times"), by
    rule "part" (moo, the start of its title's "moon"); it is what the knock-knock cow says."""
    shown = "\n".join(played(corpus, tmp_path, "/prank moo"))
    assert "Knock knock! Go on, what do you say?" in shown, shown
