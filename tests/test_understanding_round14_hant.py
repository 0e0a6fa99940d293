"""Round fourteen's Traditional pass (rules24hant): what round thirteen's former final set
(round13_final/tc13.tsv, mo13.tsv) and round thirteen's writers (round13_writers/kl22, tz24,
mk22, sk23, tp24) got a wrong punchline for or missed, fixed by kind: lexicon classes or one
named rule's reach (content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- whose what, asked back: a branch's phrase closing on the ask's 的 (我嘅乜嘢呀: "my what?") --


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("follow-me-baba/second", "我的什麼啊？", None),
        ("follow-me-baba/second", "我嘅咩呀 你講清楚", None),
        ("follow-me-baba/second", "你是我的啥", None),
        ("follow-me-baba/second", "我的啥呀", None),
        # the word typed alone, or with more after it, is still typed
        ("follow-me-baba/second", "我的", "typed"),
        ("follow-me-baba/second", "我的～", "typed"),
    ],
)
def test_whose_what_asked_back(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
