"""Round twenty-seven's plain English answers the bot missed (verdicts27enplain), read by kind
as a fair friend reads them: a side named by what it faces, a peak named "Mount X" or "X
Mountain", a don't-know run on into its reason with
"never", a don't-know before a guess asked, "the other N" beside the answer, praise taken
back by a put-down after "but", a no after a no, and a skill praised with its verb. Pinned with answers written for this file (not the tuning rows
the kinds were read from) through the shipped corpus and lexicon and the real matcher, and the
verdict the bot acts on (the second opinion's veto included); no mocks."""

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
        "the side facing the barn door",
        "the side facin the river",
        "de side facing de hills",
        "the sheltered side i reckon",
        "the windy side obviously",
        "the side nearest the road",
    ],
)
def test_a_side_named_by_what_it_faces_picks_a_side(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "rooster-roof-egg/ask", answer) == "picks_side"


@pytest.mark.parametrize(
    "answer",
    [
        "Mount Hotham 😂",
        "mt buller lol",
        "mount wellington? no wait, mount ossa",
        "Grouse Mountain lol",
    ],
)
def test_a_peak_by_name_is_another_peak(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "tallest-mountain/ask", answer) == "other_peak"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("Mount Everest lol", "everest"),
        ("still everest, a mountain doesnt grow when you find it", "everest"),
        ("i dunno, i aint a mountain person", "dont_know"),
    ],
)
def test_everest_and_mountains_in_passing_are_no_other_peak(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert verdict(corpus, "tallest-mountain/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("july-fourth-england/ask", "dunno never looked it up"),
        ("july-fourth-england/ask", "idk never bothered finding out"),
        ("widow-sister/ask", "dunno never studied the law"),
        ("widow-sister/ask", "no idea never read up on it"),
    ],
)
def test_a_dont_know_run_on_into_its_reason_with_never_does_not_know(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) == "dont_know"
    assert "a lean of one's own" in explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("plane-border-survivors/ask", "idk canada?", "picks_place"),
        ("plane-border-survivors/ask", "idk maybe canada?", "picks_place"),
        ("tallest-mountain/ask", "idk kilimanjaro?", "other_peak"),
    ],
)
def test_a_dont_know_before_a_guess_asked_hedges_it(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "guess"),
    [
        # a question word between asks about the branch's word: it guesses nothing
        ("dog-into-woods/ask", "dunno how far?", "guesses"),
        # the don't-know asked itself says what cannot be known
        ("bear-colour/ask", "how would i know the bear colour?", "other_colour"),
        # no question mark after the guess: the don't-know is not read as hedging it
        ("plane-border-survivors/ask", "idk usa", "picks_place"),
    ],
)
def test_a_dont_know_beside_a_word_not_guessed_does_not_hedge_it(
    corpus: Corpus, where: str, answer: str, guess: str
) -> None:
    assert verdict(corpus, where, answer) != guess
    assert "hedges the guess beside it" not in explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("sheep-all-but-nine/ask", "9, feel bad for the other 8 tho", "nine"),
        ("sheep-all-but-nine/ask", "nine and the other 8 are goners", "nine"),
        ("apples-take-away/ask", "4, the other 2 can stay in the bowl", "four"),
    ],
)
def test_the_other_n_beside_the_answer_counts_the_rest(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        "your replies are quick but dumb",
        "your jokes are good but kinda lame",
        "you're clever, but you're a bit annoying",
        "ur smart but ugly",
    ],
)
def test_praise_taken_back_by_a_put_down_after_but_is_no_compliment(
    corpus: Corpus, answer: str
) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) != "compliment"
    assert "put down after the but" in explained(corpus, "compliment-game/ask", answer)


@pytest.mark.parametrize(
    "answer", ["ur lame but your jokes are good", "you're smart but", "your jokes are good"]
)
def test_praise_after_the_put_down_still_compliments(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == "compliment"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("play-water/ask", "not really no, I get enough water at the bus stop every morning"),
        ("play-water/ask", "nope no, I get wet enough at work"),
        ("silent-love/ask", "not really no, you never call me"),
    ],
)
def test_a_no_after_a_no_takes_nothing_back(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) == "no"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("you play a mean piano", "compliment"),
        ("you give good hugs", "compliment"),
        ("you make a good point", None),
        ("you play a good game of darts", "compliment"),
    ],
)
def test_a_skill_praised_with_its_verb_compliments(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == branch
