"""Round thirteen's Taiwan pass (rules22hant): what the Keelung night-market vendor
(round13_writers/kl22.tsv), round twelve's former final set (tp12, tn12) and the earlier
Traditional writers got a wrong punchline for or missed, fixed by kind: one named rule's reach,
lexicon classes or corpus phrases (content/README.md). Examples written here, not copied from
the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a question about the asker, a question mark typed after its 吗 or 咩 ----------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("heart-side/ask", "你胸口又在痛嗎？快去掛號啦", None),
        ("heart-side/ask", "你心臟還好嗎？", None),
        ("misread-char/ask", "你小時候也常念錯字嗎？", None),
        # a side answered beside it still counts; so does a question about 你 itself
        ("heart-side/ask", "左邊 你不知道嗎？", "names_side"),
        ("heart-side/ask", "在左邊啦", "names_side"),
    ],
)
def test_asker_asked_with_a_mark(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- inside a longer noun: a phrase at the head of 洗碗槽, 心臟科, 游泳池 names the longer thing ------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("heart-side/ask", "我阿公有心臟病 不要亂問", None),
        ("heart-side/ask", "剛從心臟科掛號回來", None),
        ("play-water/ask", "不要 洗碗機壞了 我手洗到脫皮", "no"),
        # the phrase alone, or before a word of its own, still counts
        ("heart-side/ask", "心臟啊 左邊", "names_side"),
        ("play-water/ask", "不要 要我去洗碗喔", "saw_through"),
    ],
)
def test_inside_a_longer_noun(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- said of one's own: a branch's phrase after 我 and kin says what that person does -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("mama-song/ask", "我兒子上幼稚園後就不唱這首了", None),
        ("heart-side/ask", "我阿嬤的心臟上個月才開刀", None),
        ("mama-song/ask", "我老公都說他不唱這種歌", None),
        ("heart-side/ask", "我老爸左邊胸口常常痛", None),
        # the victim's own answer, and kin as the answer, still count
        ("mama-song/ask", "不唱 你又不是我媽", "sees_through"),
        ("heart-side/ask", "左邊 我媽說的", "names_side"),
    ],
)
def test_said_of_ones_own(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- Hokkien's little words as a class: 佮 (and), 仝款 (the same), 佇 (at), 干焦 (only), 爿 (side) --


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("you-and-pig/explain", "阮佮豬無仝款 你佮豬才仝款", "flips_it"),
        ("heart-side/ask", "佇你彼爿啦", "saw_through"),
        ("heart-side/ask", "左爿", "names_side"),
        # 佇立 keeps its own sense
        ("heart-side/ask", "佇立", None),
    ],
)
def test_hokkien_little_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
