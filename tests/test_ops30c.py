"""ops30c: /prank by a word plays what the user meant, or offers (newuser30's report).

1. A routine found only by a typo or by part of a word of an other name (`also_called`), or by
   a typo of a title's word shorter than four letters, is offered ("Maybe you meant …"), not
   played: /prank horse and /prank mouse played "What colour is the bear" (a typo of "house",
   of its other name "square house"), /prank goat "The pig got away" ("got"), /prank cat
   ten-knives (the start of "catching knives"). A typo or a part of the routine's own id or
   title still plays (/prank toats, /prank knive, /prank 十把飞刀: pinned since ops2x).
2. /prank asking for a joke or a story (笑话, 講個笑話, 故事, joke, story: the lexicon's
   prank_asks_joke and prank_asks_story) points to /joke and /story, in every chat language;
   笑话 offered 情话 and 一句话 by 话.

Each pins a behaviour with real answers through the real corpus: the console playground
through the real core; no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from tests.support.playground import played, said_after

LANGS = ["zh", "zh-hant", "zh-hk", "en"]


def _after(corpus: Corpus, tmp_path: Path, lang: str, typed: str) -> str:
    return said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)


# -- 1. a typo or a part of an other name's word is offered ------------------------------------


@pytest.mark.parametrize(
    ("name", "rid"),
    [("horse", "bear-colour"), ("mouse", "bear-colour"), ("goat", "pig-ran-away")],
)
def test_a_typo_of_an_other_name_or_a_short_word_is_offered_not_played(
    corpus: Corpus, tmp_path: Path, name: str, rid: str
) -> None:
    """In English, where both play: the offer line and the routine's /prank, not its question.
    Breakage: `Found.own` ignored by Engine.prank (seen red: the bear's question asked)."""
    shown = _after(corpus, tmp_path, "en", f"/prank {name}")
    routine = corpus.routines[rid]
    assert say("unknown_routine_near", "en", name=name) in shown, shown
    assert f"/prank {rid}" in shown, shown
    assert routine.states[routine.start].say.in_("en") not in shown, shown


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_the_start_of_an_other_name_s_word_is_offered_not_played(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """/prank cat: ten-knives by "catching knives" (an other name) is offered. Breakage: other
    names read as the routine's own in `_own` (seen red: the knives' question asked)."""
    shown = _after(corpus, tmp_path, lang, "/prank cat")
    routine = corpus.routines["ten-knives"]
    assert "/prank ten-knives" in shown, shown
    assert routine.states[routine.start].say.in_(lang) not in shown, shown


@pytest.mark.parametrize(
    ("lang", "name", "rid"),
    [
        ("en", "toats", "toast-toaster"),  # a typo of the title's "toast"
        ("zh", "knive", "ten-knives"),  # the start of the title's "knives"
        ("zh-hk", "十把飞刀", "ten-knives"),  # one character from the title 十把刀
    ],
)
def test_a_typo_or_a_part_of_the_routine_s_own_title_still_plays(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, rid: str
) -> None:
    """Breakage: every part and typo offered (seen red: the offer line)."""
    shown = _after(corpus, tmp_path, lang, f"/prank {name}")
    routine = corpus.routines[rid]
    assert routine.states[routine.start].say.in_(lang) in shown, shown


def test_how_a_typo_of_an_other_name_is_found(corpus: Corpus) -> None:
    """The index says a typo of square house's "house" is no typo of the bear's own title."""
    found = corpus.titles.find("horse")
    assert [r.id for r in found.routines] == ["bear-colour"] and not found.own
    assert corpus.titles.find("toats").own


# -- 2. a joke or a story asked of /prank ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["笑话", "講個笑話", "joke", "tell me a joke"])
def test_a_joke_asked_of_prank_points_to_joke(
    corpus: Corpus, tmp_path: Path, lang: str, name: str
) -> None:
    """Breakage: prank_asks_joke out of the lexicon (seen red: 情话 and 一句话 offered by 话,
    joke-yolk played by "joke")."""
    shown = _after(corpus, tmp_path, lang, f"/prank {name}")
    assert shown.strip().endswith(say("prank_asks_joke", lang)), shown
    assert "情话" not in shown and "/prank joke-yolk" not in shown, shown


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["故事", "講個故事", "story"])
def test_a_story_asked_of_prank_points_to_story(
    corpus: Corpus, tmp_path: Path, lang: str, name: str
) -> None:
    shown = _after(corpus, tmp_path, lang, f"/prank {name}")
    assert shown.strip().endswith(say("prank_asks_story", lang)), shown


def test_a_routine_named_by_a_joke_word_whole_still_plays(corpus: Corpus, tmp_path: Path) -> None:
    """Its id typed whole is exact, and plays: the joke words point only where no name is."""
    shown = _after(corpus, tmp_path, "en", "/prank joke-yolk")
    routine = corpus.routines["joke-yolk"]
    assert routine.states[routine.start].say.in_("en") in shown, shown
