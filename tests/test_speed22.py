"""speed22: a typo's candidates are read by their first letter and length (one letter off
keeps the first and the length within one), not by reading the length of every word of the
first letter: the same corrections, fewer strings touched on a verdict with cold caches."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


@pytest.mark.parametrize(
    ("routine", "typed", "read"),
    [
        ("toast-toaster", "brxead", "bread"),  # a letter added: a candidate one shorter
        ("toast-toaster", "toastxer", "toaster"),
        ("toast-toaster", "breaad", "bread"),  # a letter typed twice (before any candidate)
        ("how-many-birthdays", "brthday", "birthday"),  # a letter dropped: one longer
        ("how-many-birthdays", "birthdy", "birthday"),
        ("apples-take-away", "eigth", "eight"),  # two neighbours swapped: the same length
        ("how-many-birthdays", "birthdaz", "birthday"),  # a letter replaced: the same length
        ("apples-take-away", "tow", "two"),
        ("apples-take-away", "qzxv", "qzxv"),  # nothing near: kept as typed
        ("toast-toaster", "bred", "bred"),  # a real word (bread, bed one off): kept
    ],
)
def test_typos_one_letter_off_read_as_before(
    corpus: Corpus, routine: str, typed: str, read: str
) -> None:
    state = next(iter(corpus.routines[routine].states.values()))
    state.matcher.corrections.clear()
    assert state.matcher.correct(typed) == read


def test_the_candidates_by_initial_and_length_are_every_word_of_three_letters_or_more(
    corpus: Corpus,
) -> None:
    matcher = corpus.routines["toast-toaster"].states["ask"].matcher
    for held, words in (
        (matcher.shared_initial_length, matcher.shared_vocabulary),
        (matcher.by_initial_length, matcher.own_words),
    ):
        assert all(
            word[0] == initial and len(word) == length
            for (initial, length), candidates in held.items()
            for word in candidates
        )
        listed = [word for candidates in held.values() for word in candidates]
        assert sorted(listed) == sorted(word for word in words if len(word) >= 3)
