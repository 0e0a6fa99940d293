"""Review of round twenty-six's merged verdict work (branch review26): the wrong punchlines its
new data let through, each pinned with real answers through the shipped corpus and lexicon and
the real matcher (no mocks)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


# -- Hokkien 水 (pretty) only where Mandarin's 水 (padded, poor) cannot be meant ----------------
@pytest.mark.parametrize(
    "answer",
    [
        # Mandarin 很水, 真水: padded, second-rate, said of a thing or a skill: a put-down
        "你水平很水",
        "这节目很水",
        "你的系统真水",
        "你很水",
    ],
)
def test_mandarin_watery_is_no_praise(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "compliment-game/ask", answer) is None


@pytest.mark.parametrize(
    "answer",
    [
        # Hokkien's own words of degree (足, 蓋, 閣較) and looks (長得很水) still praise
        "你足水 比阮隔壁攤的西施閣較水",
        "你長得很水 有福氣的臉",
        "你很水啦 跟我種的蝴蝶蘭一樣水",
        "你蓋水",
    ],
)
def test_hokkien_pretty_still_praises(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "compliment-game/ask", answer) == "compliment"


# -- every melon edible: only where it is said to be edible --------------------------------------
@pytest.mark.parametrize("answer", ["所有瓜都不能吃", "所有的瓜都不好吃", "任何瓜我都不吃"])
def test_every_melon_named_is_not_every_melon_edible(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) != "edible"


@pytest.mark.parametrize("answer", ["所有瓜都食得啦", "所有瓜都能恰啊", "什么瓜都能吃"])
def test_every_melon_edible_still_names_each(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) == "edible"


# -- praise by family: a point conceded is no praise of what the asker makes ------------------
@pytest.mark.parametrize(
    "answer",
    ["you make a good point but no", "you make a good point"],
)
def test_a_point_made_is_no_compliment(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "compliment-game/ask", answer) != "compliment"


@pytest.mark.parametrize(
    "answer", ["ok uh you make a mean gumbo", "You make the best pecan pie in three counties"]
)
def test_what_the_asker_makes_well_still_praises(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "compliment-game/ask", answer) == "compliment"


# -- Hokkien 會曉 (can) is no part of Mandarin's 会晓得 (would know) ----------------------------
@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # "how would I know" (Southwest and Hunan Mandarin): 会晓得 is 会 and 晓得, not 会曉 and 得
        ("favourite-god/ask", "我哪会晓得"),
        ("guess-my-age/ask", "我怎么会晓得"),
        ("mama-song/ask", "我怎么会晓得下一句"),
    ],
)
def test_how_would_i_know_still_does_not_know(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "dont_know"


def test_hokkien_can_still_reads_as_can(corpus: Corpus) -> None:
    assert reached(corpus, "mama-song/ask", "這條歌阮袂曉唱 阮干焦會曉唱台語歌") == "dont_know"


# -- a refusal with a reason of its own: not where the refusal names the punchline ------------
@pytest.mark.parametrize(
    "answer",
    [
        # play-water's give-away lists 洗碗 and 不洗碗: the dishes the prank ends on, predicted;
        # a reason beside (懒, 好烦) makes it no refusal of the game (the refusal stand-in, no,
        # would wash the dishes all the same: a wrong punchline)
        "才不洗碗 懒",
        "不洗碗 懒得洗",
    ],
)
def test_the_punchline_refused_is_still_seen(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) == "saw_through"
