"""Round thirty-one's English dialect kinds (verdicts31endialect), from round thirty's final set
(content/eval/tuning/round30_final/README.md, "What went wrong, by kind": the Karachi writer's
Roman Urdu, the Belize City writer's Kriol) and the dialect misses of every tuning set, read as
kinds for the writers not yet seen:
(a) the common words of Urdu and Hindi typed in Latin letters (who, wait, colours, bricks,
glasses, an hour and a half, rooster and eggs, dead) are english_shorthand's, and "nahi wait"
is a firm correction as "no wait" is;
(b) the same words in the other languages spoken beside English (Tok Pisin's colours by -pela,
Spanish, French and Portuguese clothes, Zulu water, Tamil and Sinhala colours);
(c) words a name or English spells too (Urdu "lal", "kala"; Portuguese "nao", which is "now"
in the Creoles and in chat) are english_lookalikes_en's, read only where English reads nothing;
(d) Creole grammar: Kriol's and AAVE's "you da" (youre a), Kriol's "da me" (is me), the
unmarked "who know" (who knows).
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- (a) Roman Urdu and Hindi ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("boo-who/knock", "kon??", "whos_there"),
        ("forget-pig/ask", "kaun pig yaar", "deny"),  # "who pig"
        ("bear-colour/ask", "safaid hoga", "white"),
        ("bear-colour/ask", "kaala", "other_colour"),
        ("greenhouse-bricks/blue", "neele eenten", "blue_bricks"),
        ("last-thing-off/ask", "mera chashma", "clothing"),
        ("three-pills/ask", "dedh ghanta lagega", "hour_and_half"),
        ("widow-sister/ask", "banda to mar gaya hai", "dead"),
        ("bear-colour/ask", "brown.. ruko, north pole hai, white", "white"),  # wait
    ],
)
def test_roman_urdu_and_hindi_words_are_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_nahi_wait_takes_the_answer_before_back_as_no_wait_does(corpus: Corpus) -> None:
    # a firm correction: the green bricks are taken back though what follows is unread
    # ("let me think"), so no punchline for the answer taken back
    assert (
        reached(corpus, "greenhouse-bricks/green", "green bricks... nahi wait, soch ne do") is None
    )
    assert reached(corpus, "greenhouse-bricks/green", "green bricks... nahi wait, glass") == "glass"


# -- (b) the same words in more languages beside English --------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bear-colour/ask", "waitpela", "white"),  # Tok Pisin
        ("bear-colour/ask", "blakpela bear", "other_colour"),
        ("last-thing-off/ask", "mis calcetines", "clothing"),  # Spanish
        ("last-thing-off/ask", "mes lunettes", "clothing"),  # French
        ("bear-colour/ask", "sudu", "white"),  # Sinhala
        ("bear-colour/ask", "karuppu", "other_colour"),  # Tamil
    ],
)
def test_common_words_beside_english_are_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (c) a lookalike only where English reads nothing -----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bark-for-you/ask", "yes, nao he can", "yes"),  # nao: now
        ("bark-for-you/ask", "nao bark for me", "yes"),
        ("bark-for-you/ask", "nao", "no"),  # alone, Portuguese's no
        ("greenhouse-bricks/red", "lal", "red_bricks"),
    ],
)
def test_a_lookalike_is_read_only_where_english_reads_nothing(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (d) Creole grammar ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/genius", "nah yu da idiot lol", "flips_it"),
        ("compliment-game/ask", "yu da good cook fi true", "compliment"),
        ("pig-ran-away/why", "cause di pig da yu", "saw_through"),  # the pig is you: it was here
        ("dog-into-woods/ask", "who know man", "dont_know"),
    ],
)
def test_creole_grammar_is_read(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/genius", "im an idiot", "fell"),
        ("forget-pig/ask", "i aint no pig", "deny"),  # negative concord, no Kriol don't-know
        ("dog-into-woods/ask", "who knows", "dont_know"),
        ("bear-colour/ask", "da white one", "white"),  # "da" for the, as typed
    ],
)
def test_the_english_readings_stand(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
