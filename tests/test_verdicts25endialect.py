"""Round twenty-five's English dialect kinds (verdicts25endialect), from round twenty-four's
final set (content/eval/tuning/round24_final/README.md, "What went wrong, by kind": Norfolk
"yew", "hev", "hent", "tharr"; Hawaii Pidgin "dea", "no stay"; Bemba "Nshishibe", "Ee";
Pittsburgh "yinz", "dahn") and every English miss of the tuning sets: (a) dialect spellings of
common words read as the standard word (english_shorthand); (e) yes, no and don't know in the
languages spoken beside English, and Pidgin's "no stay" and "I fit" (lexicon data). Every answer here was written for
this file, not copied from the eval rows; each kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached, units

# -- (a) dialect spellings of common words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("yew hev got me there", "you have got me there"),  # Norfolk
        ("i hent a clue", "i havent a clue"),
        ("thas what i dunt know", "thats what i dont know"),
        ("whass that then", "whats that then"),
        ("what dew yew want bor", "what do you want mate"),
        ("he wunt go agin", "he wouldnt go again"),
        ("yinz are nebby", "you are nosy"),  # Pittsburgh
        ("go dahn the stairs", "go down the stairs"),
        ("plenny fish in dea", "plenty fish in there"),  # Hawaii Pidgin
        ("whae wants twa", "who wants two"),  # Scots
        ("id hafta think", "id have to think"),
    ],
)
def test_dialect_spellings_are_read_as_the_standard_word(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("five-daughters/ask", "hent a notion bor", "dont_know"),
        ("opposite-genius/up", "dahn obviously", "down"),
        ("interrupting-cow/knock", "ok whos dea", "whos_there"),
        ("forget-pig/ask", "who yinz callin pig", "deny"),
    ],
)
def test_dialect_spellings_reach_the_branch_of_the_standard_word(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (e) the languages spoken beside English, Pidgin's no stay and fit ----------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("five-daughters/ask", "nshishibe ba", "dont_know"),  # Bemba
        ("tallest-mountain/ask", "sindikudziwa", "dont_know"),  # Nyanja
        ("gullible-ceiling/ceiling", "ee, i can see it", "sees_it"),  # Bemba, Nyanja, Igbo
        ("forget-pig/ask", "brah i no stay pig", "deny"),  # Hawaii Pidgin
        ("joke-yolk/repeat", "i fit do am, no wahala", "agrees"),  # West African Pidgin
    ],
)
def test_words_of_the_languages_beside_english(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_west_country_ee_is_still_you() -> None:
    assert units("I know 'ee") == ["i", "know", "you"]
