"""Round twenty's English kinds (verdicts20en), from round nineteen's final set
(content/eval/tuning/round19_final/README.md, "What went wrong, by kind"): a concession before
"but", working numbers beside the answer, and from review Hindi the language, French "tres" and
South African "ja no" and "no ja". Every answer here was written for this file, not copied from the eval rows; each
kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a concession before "but" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/repeat", "i could but i won't", "refuses"),
        ("toast-toaster/repeat", "I can, but I'm not going to", "refuses"),
        ("toast-toaster/repeat", "I can but im not gonna", "refuses"),
        ("silk-milk/repeat", "i could but nah", "refuses"),
        ("joke-yolk/repeat", "sure i can but i wont lol", "refuses"),
        ("shop-green-light/spell", "I could spell it but I'd rather not", "refuses"),
        ("joke-yolk/repeat", "i mean i could, but nah not today", "refuses"),
        ("bark-for-you/ask", "i could but i dont want to", "no"),
        ("play-water/ask", "i could but i dont like it", "no"),
    ],
)
def test_a_no_after_a_concession_is_the_answer(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # what follows the "but" is no no of the speaker's: the yes stands
        ("silk-milk/repeat", "i can but it'll take a sec", "agrees"),
        ("toast-toaster/repeat", "i can but why", "agrees"),
        ("july-fourth-england/ask", "yes but they dont celebrate it", "says_yes"),
        ("play-water/ask", "yes but not in winter", "yes"),
        # someone else's no: no no of the speaker's is made of it
        ("bark-for-you/ask", "i can but they wont let me", None),
    ],
)
def test_a_but_without_the_speakers_no_leaves_the_concession(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- working numbers beside the answer -----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("sheep-all-but-nine/ask", "seventeen take away nine... eight", "eight"),
        ("sheep-all-but-nine/ask", "17 take away 9 = 8", "eight"),
        ("sheep-all-but-nine/ask", "17 less 9 leaves 8", "eight"),
        ("sheep-all-but-nine/ask", "8, 17 take 9", "eight"),
        ("apples-take-away/ask", "6 take away 4 is 2", "two"),
        ("birds-on-tree/ask", "10 take 1 is 9", "nine"),
    ],
)
def test_numbers_either_side_of_take_are_working(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "take" with no number before it is a word: its number may be the answer, or one of many
        ("three-pills/ask", "1 hour, take one every 30", "an_hour"),
        ("three-pills/ask", "take 1 now, 1 in 30, 1 in 60", None),
        ("sheep-all-but-nine/ask", "9 lol, take 8 and you have 9", "nine"),
    ],
)
def test_take_without_a_number_before_it_is_no_working(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- from review: Hindi the language, French "tres", South African "ja no" and "no ja" -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "hindi" after a word naming a language is Hindi, and negates nothing
        ("joke-yolk/ask", "in Hindi it's yolk", "yolk"),
        ("joke-yolk/ask", "my hindi teacher says yolk", "yolk"),
        ("play-water/ask", "i speak hindi and yes i love water", "yes"),
        # Tagalog "hindi" (not) still negates what follows it
        ("joke-yolk/ask", "hindi yolk", None),
        ("joke-yolk/ask", "pero hindi yolk", None),
        ("joke-yolk/ask", "hindi yolk, white po", "white"),
        ("play-water/ask", "hindi", "no"),
    ],
)
def test_hindi_the_language_is_no_tagalog_not(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # French "tres" (very) before an adjective is no three beside the answer
        ("sheep-all-but-nine/ask", "c'est tres facile: eight", "eight"),
        ("sheep-all-but-nine/ask", "Très facile, 8", "eight"),
        ("elephant-fridge/fridge", "c'est tres bien", None),
        # the Spanish-derived Tagalog "tres" stays three
        ("elephant-fridge/fridge", "tres", "three"),
        ("elephant-fridge/fridge", "tres po", "three"),
        ("elephant-fridge/fridge", "tres na lang", "three"),
    ],
)
def test_french_tres_is_very_and_tagalog_tres_three(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # South African: "ja-nee" agrees, and "no" opens an agreeing reply: both alone are yes
        ("play-water/ask", "ja no", "yes"),
        ("play-water/ask", "no ja", "yes"),
        ("play-water/ask", "nee ja", "yes"),
        ("play-water/ask", "ja nee", "yes"),
        # a clause after them says it
        ("play-water/ask", "ja no, not really", "no"),
        # New Zealand's "yeah nah" is read by its last word, as ever
        ("play-water/ask", "yeah nah", "no"),
        ("play-water/ask", "nah yeah", "yes"),
    ],
)
def test_south_african_ja_no_and_no_ja_agree(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch
