"""Round thirteen's second Traditional pass (rules23hant): what the Sai Kung fisherman, the
Taichung nail technician and the Tai Po mother (round13_writers/sk23.tsv, tz24.tsv, tp24.tsv) got
a wrong punchline for or missed, fixed by kind: lexicon classes or one named rule's reach
(content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the insult named as said by a detour, and the playground's bounce-back (反彈) -------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("inedible-melon/retry", "笨蛋啦 你在拐個彎罵我對吧", "sees_through"),
        ("inedible-melon/retry", "傻瓜囉 你兜個圈鬧我咋", "sees_through"),
        ("inedible-melon/retry", "傻瓜 你這是指桑罵槐", "sees_through"),
        ("follow-me-baba/third", "你阿公啦 反彈反彈", "sees_through"),
        # the answer alone still falls
        ("follow-me-baba/third", "爸爸", "fell"),
        ("inedible-melon/retry", "傻瓜", "fool"),
    ],
)
def test_insult_named_or_bounced(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the joke known, verb first (我聽過呢條), and the riddle's age exaggerated -------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("birds-on-tree/ask", "呢題老到長鬍子啦", "saw_through"),
        ("birds-on-tree/ask", "哈 我聽過呢題", "saw_through"),
        # not 小時候玩過 alone (review13b): 小时候玩过水 is about water, so this reads nothing
        ("misread-char/ask", "呢個我小時候玩過啦", None),
        # an answer alone still answers
        ("birds-on-tree/ask", "一隻都冇", "none_left"),
    ],
)
def test_joke_known_verb_first(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
