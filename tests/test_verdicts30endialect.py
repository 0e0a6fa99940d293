"""Round thirty's English dialect kinds (verdicts30endialect), from round twenty-nine's final
set (content/eval/tuning/round29_final/README.md, "What went wrong, by kind": the Suva writer's
Fijian "sega" and "sulu", the Chennai writer's Tamil "illa illa", the Darwin writer's "cant be
stuffed", the Bronx writer's "pan sobao" and "El Yunque") and review29's left risks:
(a) the one-word noes of the languages spoken beside English are english_shorthand's, read as
"no" itself, so every rule of "no" is theirs: a correction said twice ("A... illa illa, B"),
"sega idea" (no idea), a no with its reason ("sega, can't see anything" says no, not looked);
(b) words a name or another language spells too (Nepali rato, seto, tala; French chien) are
english_lookalikes_en's, read only where English reads nothing, and Spanish "un rato" (a while)
and Portuguese "um rato" (a mouse) are no red;
(c) Australian "can't be stuffed" refuses as "can't be bothered";
(d) the corpus: everyday clothes, breads and peaks of those places by their own names.
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- (a) a no of the languages beside English is "no" itself ---------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "sega", "no"),  # Fijian
        ("play-water/ask", "sega, the sea is too cold for me", "no"),
        ("plane-border-survivors/ask", "sega idea mate", "dont_know"),  # "no idea"
        ("gullible-ceiling/ceiling", "sega mate, cant see anything", "says_no"),
        ("gullible-ceiling/ceiling", "hapana, can't see anything", "says_no"),  # Swahili
        ("greenhouse-bricks/green", "green bricks... illa illa, glass", "glass"),  # Tamil
        ("greenhouse-bricks/green", "green... hapana hapana, glass", "glass"),
        ("greenhouse-bricks/green", "green bricks... kaore kaore, glass", "glass"),  # Maori
        ("plane-border-survivors/ask", "au sega ni kila", "dont_know"),  # still a phrase
        # don't-knows of more languages beside English, typed without their marks
        ("plane-border-survivors/ask", "sei la mano", "dont_know"),  # Portuguese
        ("plane-border-survivors/ask", "khong biet luon", "dont_know"),  # Vietnamese
        ("plane-border-survivors/ask", "nggak tau deh", "dont_know"),  # Indonesian
    ],
)
def test_a_no_or_a_dont_know_beside_english_is_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("greenhouse-bricks/green", "green bricks", "green_bricks"),  # nothing to take back
        ("gullible-ceiling/ceiling", "can't see anything", "looked"),  # no no before it
        ("plane-border-survivors/ask", "no idea", "dont_know"),
    ],
)
def test_the_english_readings_stand(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) a word a name or another language spells too --------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("greenhouse-bricks/red", "rato itta", "red_bricks"),  # Nepali, where English reads nothing
        ("joke-yolk/ask", "seto", "white"),
        ("opposite-genius/up", "tala", "down"),
        # the language named: its words beside the lookalike are no name
        ("joke-yolk/ask", "in nepali we say seto bhag", "white"),
    ],
)
def test_a_lookalike_colour_where_english_reads_nothing(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("bear-colour/ask", "un rato"),  # Spanish: a while, no red
        ("bear-colour/ask", "um rato"),  # Portuguese: a mouse
        ("bear-colour/ask", "al rato te digo"),  # review29's: later
        ("joke-yolk/ask", "seto bhag lol"),  # no language named: a name, maybe
    ],
)
def test_rato_after_an_article_and_a_name_are_no_colour(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) is None


# -- (c) "can't be stuffed" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/repeat", "cant be stuffed mate", "refuses"),
        ("toast-toaster/repeat", "nah can't be stuffed", "refuses"),
    ],
)
def test_cant_be_stuffed_refuses(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- (d) the corpus: clothes, breads and peaks by their own names ----------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("last-thing-off/ask", "my sulu of course", "clothing"),  # Fiji
        ("last-thing-off/ask", "the lavalava", "clothing"),  # Samoa
        ("last-thing-off/ask", "my mundu", "clothing"),  # Kerala
        ("toast-toaster/ask", "roti, when there is no loaf", "fancy_bread"),
        ("toast-toaster/ask", "pan de agua from the corner", "fancy_bread"),
        ("toast-toaster/ask", "double roti", "bread"),  # Hindi's sliced loaf stays bread
        ("toast-toaster/ask", "hard dough bread", "bread"),  # Jamaica's everyday loaf
        ("toast-toaster/ask", "toast... ay teka, monay pala", "fancy_bread"),  # corrected to it
        ("tallest-mountain/ask", "el yunque haha", "other_peak"),
        ("tallest-mountain/ask", "Tomanivi I think", "other_peak"),
    ],
)
def test_local_names_reach_their_branch(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
