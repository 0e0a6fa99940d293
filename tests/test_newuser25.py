"""Round twenty-five's new-user play (branch newuser25): what a newcomer met in the console
playground, pinned through the shipped corpus and the real core (`played`, SQLite in memory).

A /prank that starts nothing (no routine of that name, several, an offer to play one in the
other language) leaves the last prank waiting, and the next words answer it: typed as
`/prank 生肖` (nothing: the zodiac routine is 你属什么), then `我属猴`, they got the elephant
routine's punchline "是长颈鹿，它还在冰箱里没出来。". The reply now names the question that waits.
(ops26 made 生肖 a name of the zodiac routine: a name that finds nothing is 火锅 here.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played

ELEPHANT_LAST = "森林里开动物大会，所有动物都到了，只有一只没来。是谁？"
BEAR = "A man builds a square house with all four walls facing south."


@pytest.mark.parametrize(
    ("lang", "still_waiting"),
    [
        ("zh", "（上一题你还没回答呢：" + ELEPHANT_LAST + "）"),
        # ops30b: after /lang, the open prank is asked in the chosen variety
        (
            "zh-hant",
            "（上一題你還沒回答喔：森林裡開動物大會，所有動物都到了，只有一隻沒來。是誰？）",
        ),
        ("zh-hk", "（上一條你仲未答㗎：森林開動物大會，所有動物都到齊，得一隻冇嚟。係邊隻？）"),
        ("en", "(You haven't answered the last one yet: " + ELEPHANT_LAST + ")"),
    ],
)
def test_a_name_that_finds_nothing_names_the_question_still_waiting(
    corpus: Corpus, tmp_path: Path, lang: str, still_waiting: str
) -> None:
    # as typed: the elephant routine's third question waits (asked in Simplified Chinese)
    shown = played(
        corpus, tmp_path, "/lang zh", "/prank 大象", "三步", "四步", f"/lang {lang}", "/prank 火锅"
    )
    at = max(i for i, line in enumerate(shown) if "火锅" in line and "/prank" not in line)
    assert shown[at + 1].strip() == still_waiting


def test_the_offer_and_the_choices_name_it_too(corpus: Corpus, tmp_path: Path) -> None:
    # "yes" to the offer got the bear riddle's hint, "anyway" its answer
    shown = "\n".join(played(corpus, tmp_path, "/prank bear", "/prank ten-knives", "/prank the"))
    waiting = "(You haven't answered the last one yet: " + BEAR
    offer, choices = shown.split("Play it anyway?")[1], shown.split("Which one would you like?")[1]
    assert offer.count(waiting) == 2  # the offer's reply, and the choices' after it
    assert choices.count(waiting) == 1


@pytest.mark.parametrize("lines", [("/prank xyzzy",), ("/prank bear", "/cancel", "/prank xyzzy")])
def test_nothing_waiting_nothing_named(
    corpus: Corpus, tmp_path: Path, lines: tuple[str, ...]
) -> None:
    shown = "\n".join(played(corpus, tmp_path, *lines))
    assert "There is no routine called “xyzzy”." in shown
    assert "haven't answered the last one" not in shown


def test_in_a_group_the_starters_waiting_prank_is_not_named(corpus: Corpus, tmp_path: Path) -> None:
    # a group's waiting pranks are for others to answer, each by a reply to its question
    shown = "\n".join(played(corpus, tmp_path, "/group", "/prank @bob bear", "/prank 火锅"))
    assert "There is no routine called “火锅”. Send /list to see them all." in shown
    assert "haven't answered the last one" not in shown


# -- the group's board counts as the private record does: "老李：1 次", not "老李: 1" ----------


@pytest.mark.parametrize(
    ("lang", "fooled"),
    [
        ("zh", "  1. @bob：1 次"),
        ("zh-hant", "  1. @bob：1 次"),
        ("zh-hk", "  1. @bob：1 次"),
        ("en", "  1. @bob: 1"),
    ],
)
def test_the_boards_rows_count_in_the_chats_language(
    corpus: Corpus, tmp_path: Path, lang: str, fooled: str
) -> None:
    shown = played(
        corpus,
        tmp_path,
        "/group",
        f"/lang {lang}",
        "/prank @bob ten-knives anyway",
        "/as bob",
        "八把",
        "/stats",
    )
    board = shown[max(i for i, line in enumerate(shown) if line.endswith("/stats")) + 1 :]
    assert fooled.strip() in [line.strip() for line in board]
