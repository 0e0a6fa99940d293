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
    [
        ("zh", "来吧"),
        ("zh", "玩"),
        ("zh", "好啊 来"),
        ("zh-hant", "來吧"),
        ("zh-hk", "嚟啦"),
        # words of assent apart by a comma, not a space, as Chinese is typed
        ("zh", "好啊，来"),
        ("zh", "好，可以"),
        ("zh-hk", "得，嚟啦"),
    ],
)
def test_come_on_takes_the_offer_in_chinese(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", "/prank feathers", typed))
    assert FEATHERS_ASKED in shown, shown


@pytest.mark.parametrize(
    "typed",
    ["please don't", "go away", "no please", "来不了", "好啊，我们开始吧", "好，但是为什么"],
)
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


# -- "Only works in Chinese": /lang zh is an answer to it too ----------------------------------


@pytest.mark.parametrize(
    ("offered", "switch", "now_plays"),
    [
        (
            "/prank ten-knives",
            "/lang zh",
            "好的，以后说简体中文。\n刚才那个套路现在能玩了：发 /prank ten-knives",
        ),
        (
            "/prank 十把刀",
            "/lang zh-hant",
            "好的，以後就說繁體中文（台灣）囉。\n剛才那個套路現在可以玩了：傳 /prank ten-knives",
        ),
        (
            "/prank 十把刀",
            "/lang 粤语",
            "好，之後就同你講廣東話（香港）喇。\n頭先嗰個套路而家玩得喇：發 /prank ten-knives",
        ),
    ],
)
def test_switching_to_the_routines_language_says_how_to_play_it(
    corpus: Corpus, tmp_path: Path, offered: str, switch: str, now_plays: str
) -> None:
    """newuser26: opened in English, a Chinese routine is offered "Play it anyway?"; a reader
    of Chinese switches the language, and the /lang reply said nothing of it."""
    lines = played(corpus, tmp_path, offered, switch, "/prank ten-knives")
    at = max(i for i, line in enumerate(lines) if line.endswith(switch))
    reply = "\n".join(line.strip() for line in lines[at + 1 : at + 3])
    assert reply.split("] ", 1)[1] == now_plays, lines
    assert "两把" in lines[-1] or "兩把" in lines[-1], lines  # then it plays, in Chinese


def test_switching_to_english_says_how_to_play_the_english_one(
    corpus: Corpus, tmp_path: Path
) -> None:
    lines = played(corpus, tmp_path, "/lang zh", "/prank feathers", "/lang en")
    assert [line.strip() for line in lines[-2:]] == [
        "🎭 [6] OK, English from now on.",
        "The one I offered plays in English now: send /prank feathers-steel",
    ], lines


@pytest.mark.parametrize(
    "lines",
    [
        ("/lang zh", "/prank feathers", "/lang zh-hk"),  # Cantonese plays it no more than zh
        ("/prank bear", "/lang zh"),  # nothing was offered
        ("/prank ten-knives", "/help", "/lang zh"),  # another command moved on from it
    ],
)
def test_no_word_of_an_offer_that_still_would_not_play_or_is_gone(
    corpus: Corpus, tmp_path: Path, lines: tuple[str, ...]
) -> None:
    shown = "\n".join(played(corpus, tmp_path, *lines))
    assert "现在能玩" not in shown and "而家玩得" not in shown, shown


# -- /prank 🐘: an emoji names what it stands for (the lexicon's emoji: 🐘 大象, elephant) -----


@pytest.mark.parametrize(
    ("lang", "typed", "asked"),
    [
        ("zh", "🐘", "问你：把一头大象装进冰箱，总共要几步？"),
        ("zh-hk", "🐮", "一隻牛先向北行十米"),
        ("en", "🐻‍❄️", "A man builds a square house with all four walls facing south."),
    ],
)
def test_an_emoji_finds_the_routine_it_stands_for(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str, asked: str
) -> None:
    """newuser26: /prank 🐘 said there is no routine called “🐘”."""
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {typed}"))
    assert asked in shown, shown


def test_an_emoji_finds_nothing_by_a_typo(corpus: Corpus, tmp_path: Path) -> None:
    """🍞 is 面包 and "bread": one letter from "read", of 倒过来念's "Read it backwards"."""
    shown = "\n".join(played(corpus, tmp_path, "/prank 🍞"))
    assert "There is no routine called “🍞”. Send /list to see them all." in shown, shown


def test_an_emoji_of_two_routines_asks_which(corpus: Corpus, tmp_path: Path) -> None:
    shown = "\n".join(played(corpus, tmp_path, "/lang zh", "/prank 🐷"))
    assert "/prank pig-ran-away" in shown and "/prank you-and-pig" in shown, shown
