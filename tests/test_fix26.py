"""After round twenty-six's final run (branch fix26): the one rule "a refusal with a reason of its
own" (unify26) took a negated verb with its object, a give-away of the trick (唔做狗: "I won't be
the dog"), for a refusal of the act asked, so 唔做狗 冇時間 reached the refusal's punchline (the bot
makes the victim bark) where the trick was seen (review26's report). Pinned with answers written
for this file through the shipped corpus and lexicon and the real matcher (no mocks)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize("answer", ["唔做狗 冇時間", "唔做狗 我好忙", "唔做狗，攰"])
def test_a_role_refused_beside_a_reason_still_sees_through(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "bark-for-you/ask", answer) not in ("no", "yes")


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a bare negated verb (particles aside) beside a reason still stops the game
        ("follow-me-baba/third", "不打了，累", None),
        ("reverse-baba/baba", "不念，太长", None),
    ],
)
def test_a_bare_refusal_beside_a_reason_still_stops(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
