"""Round twenty's English kinds (verdicts20en), from round nineteen's final set
(content/eval/tuning/round19_final/README.md, "What went wrong, by kind"): a concession before
"but", working numbers beside the answer, a branch's word as what is refused ("not in the mood
for jokes", "no jokes today"), New Zealand "aye" closing a don't-know, the end foretold and the trick called
common, Indian English "not in mood" and Tagalog "talaga", a weight for the dirt in a hole, and from
review Hindi the language, French "tres" and
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


# -- a branch's word as what is refused ----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "not in the mood for jokes rn", "refuses"),
        ("joke-yolk/repeat", "im not in the mood for your jokes", "refuses"),
        ("toast-toaster/repeat", "not in the mood for toast today", "refuses"),
        ("joke-yolk/repeat", "no jokes today mate", "refuses"),
        ("joke-yolk/repeat", "nope, no more jokes for me today", "refuses"),
        ("silk-milk/repeat", "nah, no silly milk games today", "refuses"),
        ("shop-green-light/spell", "nah, no shop spelling today thanks", "refuses"),
        # what is refused beside the answer: "no milk" is not milk
        ("silk-milk/ask", "no milk just water", "water"),
    ],
)
def test_a_branch_word_that_is_refused_is_no_answer(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a no, then the answer: a correction, or a no before a person
        ("shop-green-light/light", "stop, wait no go lol", "go"),
        ("toast-toaster/ask", "toast, no, bread", "bread"),
        ("silk-milk/ask", "milk. no water", "water"),
        ("widow-sister/ask", "no hes dead", "dead"),
        ("boo-who/boo", "no ur not making me cry today", "saw_through"),
        ("play-water/ask", "nope, no", "no"),
    ],
)
def test_a_no_then_the_answer_is_still_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- dialect: New Zealand "aye" (eh) closing a don't-know -----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "no idea aye", "dont_know"),
        ("july-fourth-england/ask", "idk aye lol", "dont_know"),
        ("five-daughters/ask", "no clue aye", "dont_know"),
        ("widow-sister/ask", "dunno aye, never thought about it", "dont_know"),
    ],
)
def test_aye_closing_a_dont_know_is_a_tag(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # Scots and Irish "aye" says yes where no don't-know stands before it, or it leans on
        ("play-water/ask", "i would aye", "yes"),
        ("play-water/ask", "aye", "yes"),
        ("play-water/ask", "dunno, aye probably", "yes"),
        ("july-fourth-england/ask", "dunno... aye they do", "says_yes"),
    ],
)
def test_aye_elsewhere_is_yes(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- seeing through in one's own words: the end foretold, the trick called common -------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "down, and this ends on me saying im an idiot right", "saw_through"),
        ("opposite-genius/hot", 'cold but i know it ends on "im stupid"', "saw_through"),
        ("silent-love/ask", "this is gonna end on thanks dad isnt it", "saw_through"),
        ("tallest-mountain/ask", "typical trick question, they never measured it", "saw_through"),
        ("rooster-roof-egg/ask", "classic riddle mate", "saw_through"),
        ("feathers-steel/pound", "standard trick, pound is a pound", "saw_through"),
    ],
)
def test_the_end_foretold_and_the_trick_called_common_see_through(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # an answer beside them that sees through it, or goes on, keeps its own branch
        ("moses-ark/ask", "standard riddle, noah had the ark", "noah"),
        ("toast-toaster/ask", "the usual one, bread", "bread"),
        # a warm-up answered beside the trick's kind: it goes on, the trick still ahead
        ("opposite-genius/up", "down, classic trick", "down"),
    ],
)
def test_an_answer_beside_the_trick_named_keeps_its_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- answers worded outside the lists: Indian English "not in mood", Tagalog "talaga" ------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "sorry not in mood for jokes yaar", "refuses"),
        ("toast-toaster/repeat", "abhi mood nahi, later", "refuses"),
        ("shop-green-light/spell", "im not in mood, later", "refuses"),
        ("gullible-ceiling/dict", "u serious rn", "surprised"),
        ("gullible-ceiling/dict", "talaga ba? grabe", "surprised"),
        ("gullible-ceiling/dict", "totoo ba yan", "surprised"),
    ],
)
def test_words_from_more_varieties_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a bare "serious" is left alone: "no, be serious" could doubt as well as wonder
        ("gullible-ceiling/dict", "be serious", None),
        # a refusal where the reveal is the prank still ends there, scoring nobody
        ("play-water/ask", "not in mood", None),
    ],
)
def test_words_left_alone(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a weight or the volume's formula for the dirt in a hole: it calculates --------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("hole-dirt/ask", "about 10 ton i'd say", "calculates"),
        ("hole-dirt/ask", "12 tonne give or take", "calculates"),
        ("hole-dirt/ask", "roughly 9000 kg of soil", "calculates"),
        ("hole-dirt/ask", "its length x width x depth innit", "calculates"),
    ],
)
def test_a_weight_or_the_formula_calculates(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("hole-dirt/ask", "none, it's a hole, not a ton of dirt", "none"),
        ("hole-dirt/ask", "6", "six"),
        ("hole-dirt/ask", "6 cubic metres", "six"),
    ],
)
def test_the_volume_and_seeing_through_keep_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    "said", ["kg?", "in kg or tons?", "tons?", "zero kilos", "0 kg", "0 tons", "nothing. 0 kg"]
)
def test_a_unit_with_no_amount_or_none_is_no_working(corpus: Corpus, said: str) -> None:
    """review20: the units alone on the list made a question back ("kg?") and "zero kilos"
    calculate, the fall's punchline to one asking or seeing through."""
    assert reached(corpus, "hole-dirt/ask", said) != "calculates"


@pytest.mark.parametrize("said", ["bout 9 tonne", "a few tons", "like twelve tonnes i reckon"])
def test_an_amount_before_a_unit_calculates(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "hole-dirt/ask", said) == "calculates"


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
        # review20: "say", "said" lead no language: Taglish "say hindi yolk" still negates
        ("joke-yolk/ask", "say hindi yolk", None),
        ("joke-yolk/ask", "i said hindi yolk", None),
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
