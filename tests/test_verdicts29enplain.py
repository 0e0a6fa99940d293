"""Round twenty-nine's plain English answers (verdicts29enplain), read by kind as a fair friend
reads them: the rhetorical don't-know left uninverted ("how I'm supposed to know"), asking how
one is behind the last, making stuff up as disbelief, and review28's left risks: a part said
alive against a kept whole, a part said left after a bare whole, the speaker's own count beside
another's, a name read as a lookalike, and the whole-then-parts sum read by one helper. Pinned
with answers written for this file (not the tuning rows the kinds were read from) through the
shipped corpus and lexicon and the real matcher, and the verdict the bot acts on (the second
opinion's veto included); no mocks."""

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
        "how i'm supposed to know that",
        "how'm I supposed to know lol",
        "how am I to know what colour it is",
        "how in the world am i meant to know",
    ],
)
def test_the_rhetorical_dont_know_left_uninverted(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "bear-colour/ask", answer) == "dont_know"


@pytest.mark.parametrize(
    "answer",
    [
        "how am i behind the last guy??",
        "how'm i behind last place then",
        "how do i get behind last place",
    ],
)
def test_asking_how_one_is_behind_the_last_sees_it(corpus: Corpus, answer: str) -> None:
    # the "last place" inside the question is the question's words, no place claimed; the
    # rules read it (not only the second opinion's fallback)
    assert verdict(corpus, "race-second-place/last", answer) == "impossible"
    assert "hit: phrase 'how " in explained(corpus, "race-second-place/last", answer)


@pytest.mark.parametrize("answer", ["you're making things up again", "ya just make stuff up"])
def test_making_stuff_up_is_disbelief(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "gullible-ceiling/dict", answer) == "skeptic"
    assert "stuff up'" in explained(corpus, "gullible-ceiling/dict", answer) or "things up'" in (
        explained(corpus, "gullible-ceiling/dict", answer)
    )


@pytest.mark.parametrize(
    "answer", ["he still has 17, 9 of them alive", "still seventeen, nine of em living"]
)
def test_a_part_alive_against_a_kept_whole_is_working(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "sheep-all-but-nine/ask", answer) == "seventeen"


@pytest.mark.parametrize("answer", ["17, 9 of them survived", "seventeen, 9 of them still alive"])
def test_a_part_alive_after_a_bare_whole_is_a_second_answer(corpus: Corpus, answer: str) -> None:
    # not "stated, then reasoned": the part alive is an answer of its own, torn with the whole
    # (before, seventeen: a wrong punchline where the speaker meant the nine alive)
    assert verdict(corpus, "sheep-all-but-nine/ask", answer) is None


def test_the_part_gone_is_still_working(corpus: Corpus) -> None:
    said = "he still has 17, just 8 of them are dead"
    assert verdict(corpus, "sheep-all-but-nine/ask", said) == "seventeen"


@pytest.mark.parametrize("answer", ["i have 2, the bowl has 4", "I got two, the bowl has 4"])
def test_the_speakers_own_count_is_no_doubt(corpus: Corpus, answer: str) -> None:
    # the model hears the "I have" of the answers that see through and switched to saw_through,
    # a wrong punchline; the speaker said what they have
    assert verdict(corpus, "apples-take-away/ask", answer) == "two"


def test_a_count_held_with_nothing_dropped_is_no_doubt_either(corpus: Corpus) -> None:
    # (the model reads six on "still in the bowl" and vetoed the none the rules reached)
    said = "0 in my hand, the rest are still in the bowl no?"
    assert verdict(corpus, "apples-take-away/ask", said) == "none"


def test_a_name_is_no_lookalike(corpus: Corpus) -> None:
    assert verdict(corpus, "opposite-genius/hot", "nat king cole") is None
    assert "cole → cold" not in explained(corpus, "opposite-genius/hot", "nat king cole")


@pytest.mark.parametrize("answer", ["cole", "it cole bad", "cole cole"])
def test_the_lookalike_among_read_words_still_reads(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "opposite-genius/hot", answer) == "cold"


@pytest.mark.parametrize(
    "answer", ["6 still, 2 in the bowl and 4 with me", "six? two in the bowl four in my hand"]
)
def test_the_whole_then_its_parts_by_one_sum(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "apples-take-away/ask", answer) == "six"


@pytest.mark.parametrize(
    "answer",
    ["mine would keep going till dark", "till suppertime i reckon", "until the cows come home"],
)
def test_running_till_a_time_of_day_is_a_guess(corpus: Corpus, answer: str) -> None:
    # a distance told in time, as "forever" is
    assert verdict(corpus, "dog-into-woods/ask", answer) == "guesses"
    assert "regex matched" in explained(corpus, "dog-into-woods/ask", answer)
