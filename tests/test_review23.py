"""Review of round twenty-three (branch review23): the blockers found in this round's verdict
rules, each pinned with the fresh answers that showed it beside neighbours it must not change.
The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- rule "a dialect's word where the state expects it": 哇 with only particles is "wow" ----------
# (哇呀, Mandarin's "whoa!", was read 我呀 and got "you guessed: me" on guess-my-thoughts)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("guess-my-thoughts/guess", "哇呀"),
        ("guess-my-thoughts/guess", "哇呀！"),
        ("guess-my-thoughts/guess", "哇呀呀"),
        ("guess-my-thoughts/ask", "哇呀"),
    ],
)
def test_wow_with_only_particles_stays_wow(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        # 的 ties 哇 to a word (哇的: Hokkien 我的): no exclamation's particle
        ("follow-me-baba/second", "哇的", "typed"),
        ("follow-me-baba/second", "哇的啦", "typed"),
        ("guess-my-thoughts/guess", "你一定在想哇啦", "guesses_me"),
    ],
)
def test_hokkien_me_beside_particles_still_reads_as_me(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- rule "a pause inside the answer's words": the phrase across the pause closes the words ----
# (缺……我想想, "lacking… let me think", was read 缺我 and got "you guessed: me" on my-flaw)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("my-flaw/guess", "缺……我想想"),
        ("my-flaw/guess", "缺…我再想一下"),
        ("my-flaw/guess", "缺德？缺……我猜猜"),
        ("guess-my-thoughts/ask", "想……我想想"),
        ("guess-my-thoughts/guess", "是……我猜一下"),
        ("guess-my-thoughts/guess", "想……我再想想"),
    ],
)
def test_a_pause_then_more_thinking_is_no_phrase_across_it(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        # the words said slowly are the whole answer, particles aside: still read across
        ("my-flaw/guess", "缺……點我喔", "guesses_me"),
        ("guess-my-thoughts/ask", "想…我喔", "guesses_me"),
        ("i-love-you-english/whole", "I……love……you，好簡單", "fell"),
    ],
)
def test_words_said_slowly_still_read_across_the_pause(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected
