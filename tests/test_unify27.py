"""Round twenty-seven's unification (branch unify27): one rule per overlap and word lists as
data, each behaviour pinned with real answers through the shipped corpus and lexicon and the
real matcher (no mocks)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


# -- one rule "answered, then doubted", said whole its named exception ------------------------
@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # said whole, then the catch asked in English: the answer stands
        ("shop-green-light/spell", "S.H.O.P. whats the catch", "spelled"),
        ("toast-toaster/repeat", "yeah I can. whats the catch", "agrees"),
        # trailing off into the doubt, or in Chinese, the doubt takes the answer back
        ("shop-green-light/spell", "shop… whats the catch", None),
        ("toast-toaster/repeat", "I can... whats the catch tho", None),
    ],
)
def test_an_answer_said_whole_then_doubted_is_one_rule(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_an_answer_trailing_off_into_a_doubt_is_torn_by_the_one_rule(corpus: Corpus) -> None:
    why = explained(corpus, "shop-green-light/spell", "shop… whats the catch")
    assert "(answered, then doubted)" in why, why
