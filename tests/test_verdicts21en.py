"""Round twenty-one's English kinds (verdicts21en), from round twenty's final set
(content/eval/tuning/round20_final/README.md, "What went wrong, by kind"), its dev set and round
twenty-one's tuning writers: a don't-know, then a question back ("dunno, how far?"),
don't-knows outside the lists in plain and dialect words, the last answer after a correction
read by the second opinion too, Geordie "us" for me in seeing through ("ye'll not get us"),
"one" after a word judging the question ("tricky one, second") a pronoun, and a real adverb
("typically") no -ly of its adjective. Every answer here was written for this file, not copied
from the eval rows, in varied English (British, American, Indian, African,
Caribbean, Australian); each kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached

# -- a don't-know, then a question back ------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dog-into-woods/ask", "no idea mate, how far is it?"),
        ("dog-into-woods/ask", "beats me, how deep are the woods?"),
        ("dog-into-woods/ask", "dunno o, how far sef?"),
        ("dog-into-woods/ask", "I don't know, how far do the woods go?"),
        ("dog-into-woods/ask", "not sure bhai, how far?"),
        ("dog-into-woods/ask", "no clue, where's the middle?"),
        ("dog-into-woods/ask", "idk man... how far??"),
    ],
)
def test_a_question_back_after_a_dont_know_guesses_nothing(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "dont_know"


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a guess, unsure, beside the don't-know: the don't-know hedges it
        ("dog-into-woods/ask", "dunno, 2 miles?", "guesses"),
        ("dog-into-woods/ask", "no idea, a mile?", "guesses"),
        # the question back alone still answers nothing
        ("dog-into-woods/ask", "how far?", None),
        # "how about…?" suggests
        ("tallest-mountain/ask", "no idea, how about everest?", "everest"),
    ],
)
def test_a_guess_beside_a_dont_know_still_stands(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- don't-knows outside the lists -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "couldn't say",
        "i nor know o",
        "haven't got the faintest",
        "that one's beyond me",
        "i aint know that",
        "ion kno bruh",
        "no idea whatsoever",
        "ive no clue lol",
        "I've got no clue, love",
    ],
)
def test_dont_knows_in_more_words(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "july-fourth-england/ask", said) == "dont_know"


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "nah they don't", "says_no"),
        ("july-fourth-england/ask", "yeah course they do", "says_yes"),
        ("dog-into-woods/ask", "beyond the halfway point it's running out", "halfway"),
    ],
)
def test_answers_beside_the_new_dont_knows_keep_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- the last answer counts, for the second opinion too -----------------------------------------


def verdict_of(corpus: Corpus, where: str, said: str) -> str | None:
    """The branch the bot acts on at `where`: the rules' reading, with the second opinion's
    veto (learned from the shipped tuning sets)."""
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(said).branch_id


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("race-second-place/second", "second, no wait, first place", "first"),
        ("race-second-place/second", "second, nah actually first", "first"),
        ("race-second-place/second", "2nd, scratch that, 1st", "first"),
        ("race-second-place/second", "second place. wait no, first", "first"),
        ("race-second-place/second", "second? no no first", "first"),
        ("race-second-place/second", "Second init... no wait, first", "first"),
    ],
)
def test_a_short_answer_after_a_correction_is_what_the_second_opinion_reads(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert verdict_of(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a story after the marker is read whole: the veto of a first guess stands
        (
            "race-second-place/last",
            "first! hang on how would I be behind the last bloke, no way",
            None,
        ),
        # taken back the other way: the last answer still counts
        ("race-second-place/second", "first... no wait, second", "second"),
        ("race-second-place/second", "first! sorry I mean second", "second"),
        ("feathers-steel/kilo", "steel lah... wait no, same same", "same"),
    ],
)
def test_a_long_story_after_a_correction_is_read_whole(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert verdict_of(corpus, where, said) == branch


# -- seeing through in Geordie and Northern words ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ye'll not get us with that one",
        "you'll not catch us out, pet",
        "ye'll not have us",
        "heard this'un at the club",
        "ah've heard that'un before",
    ],
)
def test_us_for_me_and_thisun_see_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "rooster-roof-egg/ask", said) == "saw_through"


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "have me" doing something is no "won't fool me"
        ("one-and-three/ask", "Is it 'and'? Naw, ye'll not have me overthinkin it. Two", "two"),
        ("months-28-days/ask", "all twelve, ye'll not catch us", "twelve"),
    ],
)
def test_an_answer_beside_us_for_me_keeps_its_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- "one" after a word judging the question is a pronoun -----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("race-second-place/second", "tricky one, second", "second"),
        ("race-second-place/second", "good one. second", "second"),
        ("race-second-place/second", "old one this, second place", "second"),
        ("race-second-place/second", "second, easy one", "second"),
        ("apples-take-away/ask", "easy one, 4", "four"),
        ("apples-take-away/ask", "classic one innit, 4 obviously", "four"),
        ("sheep-all-but-nine/ask", "sneaky one eh, 9", "nine"),
    ],
)
def test_one_after_a_word_judging_the_question_is_no_number(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("race-second-place/second", "one", "first"),
        ("race-second-place/second", "number one baby", "first"),
        ("race-second-place/second", "easy, one", "first"),
        ("birds-on-tree/ask", "just the one", "one_left"),
    ],
)
def test_one_said_as_a_number_stays_a_number(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a real adverb is its own word ---------------------------------------------------------------


def test_a_real_adverb_is_not_read_as_its_adjective(corpus: Corpus) -> None:
    # "typically" is no "typical": the trick named here is "trick question", not "typical trick"
    why = explained(
        corpus,
        "race-second-place/second",
        "typically trick questions have first as the answer, so second",
    )
    assert "'typical trick'" not in why
    assert "'trick question'" in why


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # inflections that are no common adverb are still read by their stem
        ("imagine-chase/ask", "runnin like mad", "run"),
        ("race-second-place/second", "typically first", "first"),
        ("play-water/ask", "hardly", "no"),
    ],
)
def test_inflections_and_adverbs_beside_answers_keep_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch
