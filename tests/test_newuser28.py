"""newuser28: what a new user met in the console playground.

1. `/prank 谜语` (a kind, a topic: a word that fits many routines) lists five and said "/list
   shows them all", but /list listed every routine, the word forgotten, and `/list 谜语` did
   the same. Now the line names `/list WORD`, and /list with a word lists the routines that
   word fits (each as the /prank that plays it), a page number still turning /list's pages.

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite; no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played, said_after

KIND = {"zh": "谜语", "zh-hant": "謎語", "zh-hk": "謎語", "en": "riddle"}


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_a_word_that_fits_many_routines_points_to_the_list_of_them(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """/prank 谜语 shows five and the /list that shows the rest: /list 谜语, which lists each
    routine the word fits (the same ones /prank offered, and more), not every routine."""
    word = KIND[lang]
    shown = played(corpus, tmp_path, f"/lang {lang}", f"/prank {word}", f"/list {word}")
    offered = said_after(shown, f"/prank {word}")
    assert f"/list {word}" in offered, offered
    listed = said_after(shown, f"/list {word}")
    picks = [line.split()[1] for line in offered.splitlines() if line.strip().startswith("/prank")]
    assert len(picks) == 5, offered
    for rid in picks:
        assert f"/prank {rid} — " in listed, listed
    assert listed.count("/prank ") > 5, listed
    assert "reverse-baba" not in listed and "gained-weight" not in listed, listed  # no riddles


@pytest.mark.parametrize("typed", ["/list 2", "/list zzzqqq"])
def test_a_list_page_or_a_word_nothing_fits_is_the_whole_list(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    """/list 2 turns the keyboard's page, as before: a number is not a word to look up; a
    word no routine fits lists them all, as before."""
    listed = said_after(played(corpus, tmp_path, typed), typed)
    assert "apples-take-away" in listed and "zodiac-belong" in listed, listed
    assert "/prank apples-take-away" not in listed, listed  # ids alone, as /list shows them


ANIMAL = {"zh": "动物", "zh-hant": "動物", "zh-hk": "動物", "en": "animal"}


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_the_word_animal_offers_the_routines_about_animals(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """/prank 动物 (a kind in content/jokes.yaml): the routines whose question is about an
    animal, to choose from; it offered the two whose titles say 动物, and /prank animal played
    lost-deer, a Chinese pun, in an English chat."""
    word = ANIMAL[lang]
    shown = played(corpus, tmp_path, f"/lang {lang}", f"/prank {word}", f"/list {word}")
    offered = said_after(shown, f"/prank {word}")
    assert f"/list {word}" in offered, offered
    listed = said_after(shown, f"/list {word}")
    # those that play in the chat's language (ops29: the bear in English, the deer in Chinese)
    here = ("pig-ran-away", "bear-colour") if lang == "en" else ("pig-ran-away", "lost-deer")
    elsewhere = "lost-deer" if lang == "en" else "bear-colour"
    for rid in here:
        assert f"/prank {rid} — " in listed, listed
    assert f"/prank {elsewhere} — " not in listed, listed
    assert "/prank ten-knives" not in listed, listed
