"""Round thirty's plain English answers (verdicts30enplain), read by kind as a fair friend reads
them: working shown on the hole's size that came to another number (still calculating), a
wife's death said as the condition (the widower's yes), an exam passed (no "I pass"), "you're
good people" (praise, not "you're good"), bricks painted the colour, "I don't think it is
allowed" (a no), the riddle said known beside its answer, and a phrase that is itself a question
("boo who?") asked on. Pinned with answers written for this file (not the tuning rows the kinds
were read from) through the shipped corpus and lexicon and the real matcher, and the verdict the
bot acts on (the second opinion's veto included); no mocks."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from understanding.text import fold


def verdict(corpus: Corpus, where: str, said: str) -> str | None:
    """The branch the bot acts on for `said` at `where` ("routine/state"), or None."""
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(said).branch_id


@pytest.mark.parametrize(
    "answer",
    [
        "3 x 2 x 1 = 4",
        "two times three times one, hmm... 8?",
        "3 times 2... errr 7?",
        "ok 1 x 2 x 3 is... 9? i failed maths",
    ],
)
def test_working_to_another_result_still_calculates(corpus: Corpus, answer: str) -> None:
    # rule "working to another result": the product is kept as working, not worked out into a
    # six beside the number said
    assert verdict(corpus, "hole-dirt/ask", answer) == "calculates"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("3x2x1 = 4", "3 times 2 times 1 = 4"),
        ("3 x 2, so 7", "3 times 2, so 7"),
        ("3x2x1 = 6", "6"),  # its own value: worked out as before
        ("30/2=15+10=25", "25"),  # not a product: a chain worked out as before
        ("2x3x1 = 6 m3", "6 m3"),  # a unit's digit is no number said
    ],
)
def test_a_product_said_to_come_to_another_number_is_kept_as_working(
    corpus: Corpus, typed: str, read: str
) -> None:
    lexicon = corpus.routines["hole-dirt"].states["ask"].matcher.lexicon
    assert fold(typed, lexicon) == read


@pytest.mark.parametrize("answer", ["3x2x1 = 6", "6 innit, 3x2x1", "3 x 2 x 1... 6"])
def test_working_to_its_own_value_is_still_six(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "hole-dirt/ask", answer) == "six"


@pytest.mark.parametrize(
    "answer",
    [
        "yes it's legal, if his wife died",
        "Yes, if his wife died then it's allowed",
    ],
)
def test_the_wifes_death_as_the_condition_is_a_yes(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "widow-sister/ask", answer) == "says_yes"


@pytest.mark.parametrize("answer", ["he's dead", "if she's his widow he died already"])
def test_the_mans_death_is_still_seeing_it(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "widow-sister/ask", answer) == "dead"


@pytest.mark.parametrize(
    "answer", ["I don't think it is allowed", "nah, don't reckon it is allowed mate"]
)
def test_it_is_allowed_under_a_no_is_a_no(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "widow-sister/ask", answer) == "says_no"


def test_it_is_allowed_is_a_yes(corpus: Corpus) -> None:
    assert verdict(corpus, "widow-sister/ask", "I reckon it is allowed") == "says_yes"


@pytest.mark.parametrize(
    "answer", ["sure I can, I passed my spelling test", "yes i can, passed english at school"]
)
def test_an_exam_passed_is_no_refusal(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "shop-green-light/spell", answer) == "agrees"


def test_i_pass_still_refuses(corpus: Corpus) -> None:
    assert verdict(corpus, "shop-green-light/spell", "i pass") == "refuses"


@pytest.mark.parametrize("answer", ["you're good people mate", "honestly ur good people"])
def test_youre_good_people_is_praise(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == "compliment"


def test_youre_good_alone_is_still_no_thanks(corpus: Corpus) -> None:
    assert verdict(corpus, "compliment-game/ask", "nah you're good") is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("greenhouse-bricks/red", "bricks painted red obviously", "red_bricks"),
        ("greenhouse-bricks/red", "red painted bricks", "red_bricks"),
        ("greenhouse-bricks/blue", "bricks painted blue mate", "blue_bricks"),
        ("greenhouse-bricks/red", "timber painted red", "other_stuff"),
        ("greenhouse-bricks/blue", "just a shed painted blue", "other_stuff"),
    ],
)
def test_bricks_painted_are_bricks(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        "both a kilo, everyone knows this one",
        "equal. not falling for this one",
        "neither, you think I'm new here?",
    ],
)
def test_the_riddle_said_known_beside_its_answer_sees_it(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "feathers-steel/kilo", answer) == "saw_through"


def test_the_answer_alone_is_still_same(corpus: Corpus) -> None:
    assert verdict(corpus, "feathers-steel/kilo", "they're the same, a kilo is a kilo") == "same"


@pytest.mark.parametrize("answer", ["boo who? is that a ghost?", "Boo who? is it a sheet?"])
def test_a_phrase_that_is_a_question_is_said_not_asked_back(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "boo-who/boo", answer) == "boo_who"
