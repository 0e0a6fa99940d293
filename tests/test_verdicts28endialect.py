"""Round twenty-eight's English dialect kinds (verdicts28endialect), from round twenty-seven's
final set (content/eval/tuning/round27_final/README.md, "What went wrong, by kind": the Sri
Lankan writer's "ow", "danne", "boru") and every English dialect miss of the tuning sets:
(a) rule "a word English spells too, where English reads nothing" (understanding/matcher.py
`_said_beside_english`, lexicon english_lookalikes_en): Sinhala "ow" (yes), Caribbean "cole"
and "col" (cold), Swahili "nani" (who), read only where the answer read as English reaches
nothing; never a wince said alone or beside a word of pain;
(b) "lies", "who" and "what" words of the languages spoken beside English as shorthand;
(c) yes, no and don't-know words of those languages in the intents;
(d) Singlish "got" with its particles, "ain't no lawyer" said with a subject (negative
concord), Spanish "negro" and "blanco y negro" (review27's risk).
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached, units

# -- (a) a word English spells too, where English reads nothing ------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "ow ow, every monsoon with my cousins", "yes"),  # Sinhala ow: yes
        ("play-water/ask", "Ow, when I was small I played in the water every day", "yes"),
        ("silk-milk/repeat", "ow I can", "agrees"),
        ("gullible-ceiling/dict", "ow, I heard that in the paper", "heard_it"),
        ("opposite-genius/hot", "cole", "cold"),  # Caribbean cole, col: cold
        ("opposite-genius/hot", "col man", "cold"),
        ("boo-who/knock", "nani??", "whos_there"),  # Swahili nani: who
    ],
)
def test_a_lookalike_is_read_where_english_reads_nothing(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("play-water/ask", "ow"),  # a wince said alone
        ("play-water/ask", "Ow!! ow"),
        ("play-water/ask", "ow that hurt"),  # beside a word of pain
        ("play-water/ask", "ow, rude"),
        ("play-water/ask", "ow stop it"),  # no word of the question after it
        ("play-water/ask", "ow my head"),
        ("pig-ran-away/ask", "ow, pig?"),  # the question's word only asked back
        ("play-water/ask", "io sono"),  # Italian's I, no Tongan yes
        ("play-water/ask", "non stop"),
    ],
)
def test_a_wince_is_no_yes(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


def test_english_reading_first_where_it_fits(corpus: Corpus) -> None:
    """Where the answer is read as English, the lookalike is left as typed: "cole" a name."""
    assert reached(corpus, "opposite-genius/hot", "ask cole, i say freezing") == "cold"
    assert reached(corpus, "play-water/ask", "no, ow") == "no"
    assert " ".join(units("cole slaw")) == "cole slaw"  # no shorthand: the word stays


# -- (b) lies, who and what in the languages beside English -------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("boru!", "lies"),  # Sinhala
        ("uongo huo", "lies huo"),  # Swahili
        ("mentira jaja", "lies jaja"),  # Spanish
        ("siapa", "who"),  # Malay
        ("kauda", "who"),  # Sinhala
        ("mokakda", "what"),
    ],
)
def test_other_languages_words_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("gullible-ceiling/dict", "boru boru, nobody does that", "skeptic"),
        ("gullible-ceiling/dict", "uongo! 😂", "skeptic"),
        ("boo-who/knock", "siapa?", "whos_there"),
        ("boo-who/knock", "kauda", "whos_there"),
    ],
)
def test_other_languages_words_reach_the_branch_of_the_english(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (c) yes, no and don't-know words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("rooster-roof-egg/ask", "danne bro, which way?", "dont_know"),  # Sinhala
        ("electric-train/ask", "mata danne", "dont_know"),
        ("electric-train/ask", "chais pas moi", "dont_know"),  # French
        ("electric-train/ask", "m pa konnen", "dont_know"),  # Haitian
        ("electric-train/ask", "pata ni yaar", "dont_know"),  # Punjabi
        ("play-water/ask", "naha", "no"),  # Sinhala
        ("play-water/ask", "mais non", "no"),  # French
        ("play-water/ask", "oui", "yes"),
        ("play-water/ask", "owu", "yes"),  # Sinhala
        ("play-water/ask", "aamam", "yes"),  # Tamil
    ],
)
def test_yes_no_and_dont_know_of_the_languages_beside_english(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (d) Singlish "got" with its particles; "ain't no lawyer" with a subject; "blanco y negro" ------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "got leh", "says_yes"),  # Singlish got: there is
        ("widow-sister/ask", "we aint no lawyers here", "dont_know"),  # negative concord
        ("widow-sister/ask", "I ain't no solicitor mate", "dont_know"),
        ("bear-colour/ask", "negro", "other_colour"),  # Spanish negro: black
    ],
)
def test_dialect_words_and_grammar_reach_the_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_spanish_black_and_white_is_no_white_bear(corpus: Corpus) -> None:
    """review27's risk: "blanco y negro" (black and white, a panda) read "white" alone."""
    assert reached(corpus, "bear-colour/ask", "blanco y negro") != "white"
