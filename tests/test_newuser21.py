"""A new user's console play (newuser21): a short phrase inside a longer one that is negated
is negated with it (不是麋鹿 is no 鹿, so no "right answer"); "A, no wait, B" gives B, it puts
nothing off ("No rush, I'll wait" to an answer)."""

from __future__ import annotations

import pytest

from bot.content.corpus import PUT_OFF, Corpus


def _branch(corpus: Corpus, routine: str, state: str, text: str) -> str:
    answer = corpus.routines[routine].states[state].recognise(text)
    return "otherwise" if answer is None else answer.id


@pytest.mark.parametrize("text", ["不是麋鹿", "肯定不是麋鹿", "應該唔係麋鹿", "不是梅花鹿"])
def test_a_phrase_inside_a_negated_one_is_negated_too(corpus: Corpus, text: str) -> None:
    # the 鹿 (deer) inside 麋鹿 or 梅花鹿: the negator before the longer phrase denies it too
    assert _branch(corpus, "lost-deer", "ask", text) != "milu"


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("麋鹿", "milu"),
        ("鹿", "milu"),
        ("不是猪，是麋鹿", "milu"),
        ("梅花鹿", "other_animal"),
        ("不是麋鹿吗？", "milu"),  # asks "isn't it the milu?": no denial
    ],
)
def test_a_phrase_not_negated_still_counts(corpus: Corpus, text: str, branch: str) -> None:
    assert _branch(corpus, "lost-deer", "ask", text) == branch


@pytest.mark.parametrize(
    "text", ["france? no wait, P", "france, no wait, its P", "法国，不对，是P"]
)
def test_a_correction_with_its_answer_puts_nothing_off(corpus: Corpus, text: str) -> None:
    state = corpus.routines["capital-of-paris"].states["paris"]
    assert state.not_answered_yet(text) != PUT_OFF


@pytest.mark.parametrize("text", ["no wait", "wait", "hold on, let me think", "hmm wait"])
def test_a_wait_with_nothing_after_still_puts_off(corpus: Corpus, text: str) -> None:
    state = corpus.routines["capital-of-paris"].states["paris"]
    assert state.not_answered_yet(text) == PUT_OFF
