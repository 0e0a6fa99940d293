"""Round thirteen's Cantonese tuning writer (mk22, a Mong Kok phone-shop salesman) and the
Cantonese misses of round twelve's and round eleven's final sets, tuned on by kind
(rules22yue). Each said in words written for this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the punchline predicted with Cantonese 話 (say): every 说 mention frame has its 话 twin --


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "I answer don't know, then you say …" (我答…你就話…)
        ("you-and-pig/ask", "我答唔知 你就話差唔多"),
        ("forget-pig/ask", "我講咗你就話我蠢"),
        # "are you going to say again that …" (係咪又話…)
        ("gained-weight/ask", "係咪又話我喺你心入面重咗"),
        ("gained-weight/ask", "你係咪又話我喺你心中好重"),
    ],
)
def test_the_punchline_predicted_with_wa(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"
