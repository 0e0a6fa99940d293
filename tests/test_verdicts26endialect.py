"""Round twenty-six's English dialect kinds (verdicts26endialect), from round twenty-five's
final set (content/eval/tuning/round25_final/README.md, "What went wrong, by kind": the
Aberdeen writer's Doric, 22 misses and a wrong punchline; MLE, Alabama, Swahili) and every
English miss of the tuning sets:
(a) rule "Doric's f for wh" (understanding/text.py `_doric_questions`: fa, fit, far, fan read
as who, what, where, when only where English cannot read them);
(b) Scots "nae" as not or no, and "na" alone in its clause as no (`_scots`);
(c) dialect spellings of common words (english_shorthand; rule "a dialect's spelling inside a
word", `_respelt`: Scots -icht; Scots and Irish contractions) and dialect phrases ("fit wey",
"an oor", "o the");
(d) Scots numbers (number_words_en: sax, aucht), seen by hole-dirt's working too;
(e) words of the languages spoken beside English (Swahili, Hindi, Bengali, Afrikaans).
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached, units

# -- (a) Doric's f for wh --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("fa did ye see", "who did you see"),
        ("fit are ye daein", "what are you doing"),
        ("och fit is it noo", "och what is it noo"),  # opening, a filler aside
        ("i ken fit ye mean", "i know what you mean"),  # after a verb of knowing
        ("i see fits gaun on", "i see whats gaun on"),  # fit's: its auxiliary inside it
        ("far are ye", "where are you"),
        ("fan did ye get here", "when did you get here"),
    ],
)
def test_doric_question_words_are_read_where_english_cannot_read_them(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("how far is it", "how far is it"),  # English's far, after how
        ("as far as i know", "as far as i know"),
        ("will it fit you", "will it fit you"),  # fit after "it", no verb of knowing
        ("i fit do am", "i can do it"),  # Pidgin's fit (can) after a subject, read before
        ("fa la la", "fa la la"),  # no subject or auxiliary after it
        ("fa cares", "fa cares"),
        ("the fan is on", "the fan is on"),
        ("keep fit", "keep fit"),
    ],
)
def test_english_fa_fit_far_fan_are_left_as_typed(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("forget-pig/ask", "fa ye callin a pig, pal", "deny"),
        ("interrupting-cow/knock", "aye aye fa's there then", "whos_there"),
        ("rooster-roof-egg/ask", "nae idea, fit wey?", "dont_know"),
    ],
)
def test_doric_questions_reach_the_branch_of_the_standard_word(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) Scots nae and na ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("nae a scooby", "not a scooby"),  # before a or an: not
        ("nae really", "not really"),  # before a word of scots_nae_not_before_en
        ("ye're nae funny", "youre not funny"),  # after a subject (ye're: youre)
        ("ye'll no catch me", "youll not catch me"),  # Scots no after you'll
        ("nae chance pal", "no chance pal"),  # before a noun: no
        ("nae bother", "no bother"),
        ("na", "no"),  # na alone in its clause
        ("toast. na. bread", "toast no bread"),
    ],
)
def test_scots_nae_and_na_are_read(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("na you be the pig", "na youre the pig"),  # Pidgin's na: it is
        ("same trick na", "same trick na"),  # Hindi's tag
        ("are? na 'are'", "are ? na are"),  # a quote after it: no clause of its own as typed
    ],
)
def test_na_beside_other_words_is_left(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("rooster-roof-egg/ask", "nae a notion", "dont_know"),
        ("gullible-ceiling/ceiling", "na.", "says_no"),
        ("five-daughters/ask", "nana... na, mary", "mary"),
        ("joke-yolk/repeat", "nae time for yer games", "refuses"),
    ],
)
def test_scots_nae_and_na_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (c) dialect spellings and phrases ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("a slice o the breid", "a slice of the bread"),  # Doric; o before a determiner
        ("jist a gless", "just a glass"),
        ("rin awa", "run away"),
        ("baith o them", "both of them"),
        ("the fite bit", "the white bit"),
        ("this een", "this one"),
        ("at the green licht", "at the green light"),  # Scots -icht: -ight
        ("ye're aricht", "youre alright"),
        ("ah've got it", "ive got it"),
        ("ye've got me", "youve got me"),
        ("half an oor", "half an hour"),  # oor after an article: hour
        ("walk yer dug", "walk your dog"),  # dug after a possessive
    ],
)
def test_dialect_spellings_are_read_as_the_standard_word(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("i dug a hole", "i dug a hole"),  # English's dug
        ("no o", "no o"),  # Pidgin's closing o
        ("oor wullie", "oor wullie"),  # oor (our) not after an article or a number
    ],
)
def test_words_left_out_of_the_spellings(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/ask", "breid ye numpty", "bread"),
        ("greenhouse-bricks/green", "gless min", "glass"),
        ("months-28-days/ask", "aa o them surely", "all_of_them"),
        ("three-pills/ask", "an oor, easy", "an_hour"),
        ("imagine-chase/ask", "rin", "run"),
    ],
)
def test_dialect_spellings_reach_the_branch_of_the_standard_word(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (d) Scots numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("sheep-all-but-nine/ask", "aucht o them", "eight"),
        ("hole-dirt/ask", "2 by 3 by 1, that's sax", "six"),  # the working's result, said in Scots
    ],
)
def test_scots_numbers_are_counted(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- (e) words of the languages spoken beside English -----------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "chini kabisa", "down"),  # Swahili
        ("forget-pig/ask", "mimi si nguruwe, wewe", "deny"),
        ("compliment-game/ask", "your cooking is lekker", "compliment"),  # Afrikaans
        ("greenhouse-bricks/red", "laal bricks", "red_bricks"),  # Hindi, Urdu, Bengali
        ("boo-who/knock", "bas yaar, no more", "refuses"),
        ("sheep-all-but-nine/ask", "tisa", "nine"),  # Swahili numbers
        ("joke-yolk/ask", "nyeupe bana", "white"),  # Swahili colours
    ],
)
def test_words_of_other_languages_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch
