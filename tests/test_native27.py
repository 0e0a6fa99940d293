"""Round twenty-seven's lines read as their readers read them (native27): ops27's new lines, in
Simplified, Traditional (Taiwan), Hong Kong Cantonese and English.

Each pins a behaviour through the console playground (the real core, the real corpus, SQLite
in memory); no mock of our code. The lines are pinned as written, so a rewording back to the
old line fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played

# -- 1. an answer that is no attempt: asked again, saying that no answer was found --------------


@pytest.mark.parametrize(
    ("lang", "line", "old"),
    [
        # one question waits: the old line asked which question the text answers (哪道题,
        # 哪一題, 邊條), as if several did; the new one says no answer was found in it
        ("zh", "这一大串里我没看出你的答案。简单答一句就好：", "哪道题"),
        ("zh-hant", "這一大串我看不出你的答案是什麼耶。簡單回一句就好：", "哪一題"),
        ("zh-hk", "你打咗一大堆嘢，我搵唔到你嘅答案喎。簡單答一句就得：", "邊條"),
        ("en", "I can't find an answer in all that. A few words will do:", "which question"),
    ],
)
def test_a_wall_of_words_is_asked_again_saying_no_answer_was_found(
    corpus: Corpus, tmp_path: Path, lang: str, line: str, old: str
) -> None:
    shown = "\n".join(
        played(corpus, tmp_path, f"/lang {lang}", "/prank bark-for-you", " ".join(["blah"] * 6))
    )
    asked_again = shown.split("blah blah")[-1]
    assert line in asked_again, shown
    assert old not in asked_again, shown


# -- 2. a fall partway through stands: said as English says it ----------------------------------


@pytest.mark.parametrize(
    ("leave", "line"),
    [
        # "fell for it on the way" reads as fallen on the way somewhere: partway through the
        # routine (半路) is what the Chinese lines say
        ("/cancel", "(You already fell for it partway through, and that still counts.)"),
        (
            "/prank moses-ark",
            "(You fell for the last one partway through, and that still counts.) New one:",
        ),
    ],
)
def test_a_fall_partway_through_is_said_to_stand_in_plain_english(
    corpus: Corpus, tmp_path: Path, leave: str, line: str
) -> None:
    # "steel" falls for the kilo question; a second question follows it, left unanswered
    shown = "\n".join(played(corpus, tmp_path, "/lang en", "/prank feathers-steel", "steel", leave))
    left = shown.split(leave)[-1]
    assert line in left, shown
    assert "on the way" not in left, shown


# -- 3. the bot's question back is written as a question ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "denial", "line"),
    [
        # "then why are you heavier and heavier in my heart?" asks back: 。 read it flat
        ("zh", "没有", "那怎么在我心里越来越重了？"),
        ("zh-hant", "沒有", "那怎麼在我心裡越來越重了？"),
        ("zh-hk", "冇呀", "咁點解喺我心入面越嚟越重嘅？"),
    ],
)
def test_the_weight_denied_is_asked_back_as_a_question(
    corpus: Corpus, tmp_path: Path, lang: str, denial: str, line: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", "/prank gained-weight", denial))
    assert line in shown.split(denial)[-1], shown


# -- 4. the polar bear's reason, in the order English puts it ----------------------------------


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        (
            "brown",
            "White! Only at the North Pole do all four walls face south, so it's a polar bear.",
        ),
        ("white", "White! Correct. Only at the North Pole do all four walls face south."),
        (
            "no idea",
            "White! Only at the North Pole do all four walls face south. It's a polar bear.",
        ),
    ],
)
def test_the_bear_is_white_because_only_the_north_pole_has_four_south_walls(
    corpus: Corpus, tmp_path: Path, answer: str, line: str
) -> None:
    # "Every wall faces south only at the North Pole" put "only" where it reads as an
    # afterthought; the inverted "Only at ... do" is how the reason is said
    shown = "\n".join(played(corpus, tmp_path, "/lang en", "/prank bear-colour", answer))
    told = shown.split(answer)[-1]
    assert line in told, shown
    assert "faces south only" not in told, shown
