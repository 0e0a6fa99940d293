"""What speed15 (round 15) computes once instead of on every answer must read as the per-answer
reading it replaced: a routine's `written_in` (found once per routine, from its states'
questions), and a match's `hit_of` / `dropped_of` (the give-away's hit, read by compiled
loops). Each test compares the shortcut with the reading it stands for, over the shipped
corpus."""

from __future__ import annotations

from bot.content.corpus import Corpus
from bot.i18n.language import LANGUAGES
from understanding.matcher import Hit, Match


def test_written_in_is_every_states_question(corpus: Corpus) -> None:
    # Routine.written_in keeps two answers (English, Chinese): red if Text.written_in comes
    # to tell Chinese varieties apart, or a routine's states change after it is built
    for routine in corpus.routines.values():
        for lang in LANGUAGES:
            expected = all(state.say.written_in(lang) for state in routine.states.values())
            assert routine.written_in(lang) == expected, (routine.id, lang)


def test_hit_of_and_dropped_of_read_as_the_loops() -> None:
    hits = (Hit(0, "phrase", "a"), Hit(2, "phrase", "b"), Hit(2, "phrase", "c"))
    dropped = (Hit(2, "phrase", "x", why_not="no"), Hit(None, "intent", "y", why_not="no"))
    found = Match(0, "zero", hits[0], hits, dropped)
    for branch in (0, 1, 2):
        first = next((h for h in hits if h.branch == branch), None)
        assert found.hit_of(branch) is first
        assert found.dropped_of(branch) == [h for h in dropped if h.branch == branch]
