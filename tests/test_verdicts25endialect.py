"""Round twenty-five's English dialect kinds (verdicts25endialect), from round twenty-four's
final set (content/eval/tuning/round24_final/README.md, "What went wrong, by kind": Norfolk
"yew", "hev", "hent", "tharr", "spose"; Hawaii Pidgin "dea", "no stay", "slippahs"; Bemba
"Nshishibe", "Ee"; Pittsburgh "yinz", "dahn") and every English miss of the tuning sets:
(a) dialect spellings of common words read as the standard word (english_shorthand);
(b) rule "a word that cannot close its clause" (understanding/text.py `_closing_words`: "whos
their", "couldn't tell yer"); (c) rule "a verb of thinking with its subject dropped"
(`_subject_dropped`: "spose I could"); (d) rule "the r not sounded" (understanding/matcher.py
`_correct`: slippahs, feathas); (e) yes, no and don't know in the languages spoken beside
English, and Pidgin's "no stay" and "I fit" (lexicon data). Every answer here was written for
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
        ("den yuh go ask", "then you go ask"),  # th typed as d
        ("i fink it's nuffink wiv me", "i think its nothing with me"),  # as f and v
    ],
)
def test_dialect_spellings_are_read_as_the_standard_word(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("a dose of it", "a dose of it"),  # "dose" is no "those": a dose
        ("wit and wisdom", "wit and wisdom"),  # nor "wit" with
    ],
)
def test_words_left_out_of_the_spellings(said: str, read: str) -> None:
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


# -- (b) a word that cannot close its clause -------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("interrupting-cow/knock", "ok ok whos their", "whos_there"),
        ("boo-who/knock", "whose their then?", "whos_there"),
        ("interrupting-cow/knock", "who's thier lol", "whos_there"),
        ("tallest-mountain/ask", "couldnt tell yer, sorry", "dont_know"),
    ],
)
def test_a_word_closing_its_clause_is_the_word_it_sounds_like(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("i met their dad", "i met their dad"),  # a determiner before its noun stays
        ("yer dad", "your dad"),  # yer before a noun is your
        ("see yer", "see you"),  # closing, you
        ("is it your", "is it your"),  # in an answer without yer, a "your" typed stays
    ],
)
def test_a_word_before_its_noun_or_typed_standard_is_left(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


# -- (c) a verb of thinking with its subject dropped -----------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("spose we could", "i suppose we could"),
        ("reckon you can", "i reckon you can"),
        ("guess it's toast then", "i guess its toast then"),  # a subject's apostrophe dropped
        ("reckon so", "reckon so"),  # no subject after it: as typed
        ("guess what", "guess what"),
        ("think i was born yesterday", "think i was born yesterday"),  # asked: you think
        ("bet you say toast", "bet you say toast"),
        ("i reckon i can", "i reckon i can"),  # its subject said
    ],
)
def test_a_verb_of_thinking_opening_a_clause_is_said_by_i(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


def test_a_subjectless_spose_agrees(corpus: Corpus) -> None:
    assert reached(corpus, "joke-yolk/repeat", "spose i could, if i tried") == "agrees"


# -- (d) the r not sounded -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("last-thing-off/ask", "da slippahs", "clothing"),
        ("feathers-steel/kilo", "da feathas brah", "feathers"),
    ],
)
def test_er_typed_as_said_without_its_r_is_the_er_word(
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
