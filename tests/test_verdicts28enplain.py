"""Round twenty-eight's plain English answers the bot missed (verdicts28enplain), read by kind
as a fair friend reads them: counts beside the answer's (the whole then its parts, a count held
elsewhere beside the speaker's, a part of the whole before), Genesis' seven of the clean ones,
first as the place claimed, half each side as a place, a peak by its kind word in its own
language, a bread of Sri Lanka, "not especially" as a no, the body that will not type as a
refusal, and a word typed run together that slips on its last time. Pinned with answers written
for this file (not the tuning rows the kinds were read from) through the shipped corpus and
lexicon and the real matcher, and the verdict the bot acts on (the second opinion's veto
included); no mocks."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained


def verdict(corpus: Corpus, where: str, said: str) -> str | None:
    """The branch the bot acts on for `said` at `where` ("routine/state"), or None."""
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(said).branch_id


@pytest.mark.parametrize(
    "answer",
    [
        "6 altogether, 4 in my hand and 2 in the bowl",
        "six total, 2 in the bowl n 4 with me",
    ],
)
def test_the_whole_then_its_parts_says_the_whole(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "apples-take-away/ask", answer) == "six"
    assert "a part of the whole said before it" in explained(corpus, "apples-take-away/ask", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "6? 4 in my hand, 2 in the bowl",
        "six?? two with me and four in the bowl",
    ],
)
def test_a_whole_asked_then_its_parts_is_no_correction(corpus: Corpus, answer: str) -> None:
    # the "?" after the whole takes nothing back where the parts after it add up to it: the
    # count held in the hand is no second thought (a fresh tuning writer's answer of this shape
    # read four, a wrong punchline, once "a count held elsewhere" read the parts alone)
    assert verdict(corpus, "apples-take-away/ask", answer) == "six"


@pytest.mark.parametrize("answer", ["6? no wait, 4", "six? four, two in the bowl and 2 with me"])
def test_a_number_asked_then_another_is_still_a_correction(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "apples-take-away/ask", answer) == "four"


def test_a_whole_thought_again_is_no_whole(corpus: Corpus) -> None:
    # "Six... well," thinks again across a clause of its own: the parts are no working of it
    # (what the answer reaches is other rules' business: "stated, then reasoned" reads six)
    said = "Six... well, two in the bowl, four with me"
    assert "a part of the whole" not in explained(corpus, "apples-take-away/ask", said)


@pytest.mark.parametrize(
    "answer",
    [
        "2 still in the bowl but i have 4",
        "the bowl has 2 and I've got 4",
        "two left in the bowl, I'd have four though",
        "two remain in the bowl, four with me",
    ],
)
def test_a_count_held_elsewhere_beside_mine_says_mine(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "apples-take-away/ask", answer) == "four"
    assert "held elsewhere" in explained(corpus, "apples-take-away/ask", answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # one count alone is the answer, whoever holds it
        ("2 left in the bowl now", "two"),
        # no holder named for the two: both stay answers
        ("two left but I have four", None),
    ],
)
def test_a_count_with_no_other_holder_beside_mine_stays(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert verdict(corpus, "apples-take-away/ask", answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        "he's still got 17, only 8 of them are breathing",
        "17 still, he just buries eight of 'em",
    ],
)
def test_a_part_of_the_whole_before_says_the_whole(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "sheep-all-but-nine/ask", answer) == "seventeen"


def test_counts_in_chinese_are_no_whole_and_parts(corpus: Corpus) -> None:
    # 十把 = 兩把 + 八把 is the sum worked to the answer, not a whole stated with its parts
    assert verdict(corpus, "ten-knives/ask", "十把刀接咗兩把 咪剩八把囉") == "eight"


@pytest.mark.parametrize(
    "answer",
    ["7 of the clean kinds and 2 of the unclean", "seven clean ones, two of the rest"],
)
def test_seven_of_the_clean_ones_is_seven(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "moses-ark/ask", answer) == "seven"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("first, easy", "places_self"),
        ("1st place obviously", "places_self"),
        ("i lost the first race already", None),
        ("first time i ever ran, no idea", None),
    ],
)
def test_first_is_the_place_claimed_where_it_opens_the_answer(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert verdict(corpus, "race-second-place/last", answer) == branch


def test_half_on_either_side_is_a_place(corpus: Corpus) -> None:
    said = "half on either side of the line i guess"
    assert verdict(corpus, "plane-border-survivors/ask", said) == "picks_place"


@pytest.mark.parametrize(
    "answer",
    ["Samanala Kanda 😂", "gunung ledang lol", "Sgurr Alasdair", "sri pada obviously"],
)
def test_a_peak_by_its_kind_word_in_its_own_language_is_another_peak(
    corpus: Corpus, answer: str
) -> None:
    assert verdict(corpus, "tallest-mountain/ask", answer) == "other_peak"


def test_a_sri_lankan_bun_is_a_fancy_bread(corpus: Corpus) -> None:
    assert verdict(corpus, "toast-toaster/ask", "seeni banis with butter") == "fancy_bread"


def test_not_particularly_is_a_no(corpus: Corpus) -> None:
    assert verdict(corpus, "silent-love/ask", "not particularly") == "no"


def test_the_body_that_will_not_type_refuses(corpus: Corpus) -> None:
    assert verdict(corpus, "silk-milk/repeat", "not with these fingers love") == "refuses"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("toast-toaster/repeat", "toasttoasttoasttoasttoats"),
        ("silk-milk/repeat", "silksilksilksilksil"),
    ],
)
def test_a_word_run_together_slipping_on_its_last_time_is_said(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) == "said_it"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("apples-take-away/ask", "4, 100%", "four"),
        ("sheep-all-but-nine/ask", "nine. 100 % sure", "nine"),
    ],
)
def test_a_percent_sign_beside_the_answer_is_no_second_number(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch
