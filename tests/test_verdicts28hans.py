"""Round twenty-eight's Simplified Chinese verdicts (branch verdicts28hans), read by kind from
round twenty-seven's final set (content/eval/tuning/round27_final/README.md, "What went wrong, by
kind") and every tuning set's Simplified misses, each kind probed with answers of our own that a
writer from elsewhere might type, beside the sets' rows: the shipped corpus and lexicon through
the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # Min speakers' 无 for 不 and 没 before the verb or adjective it negates...
        ("无要", "不要"),
        ("我本来就无是猪", "我本来就不是猪"),
        ("我无信神", "我不信神"),
        ("无胖啊", "没胖啊"),
        ("无了", "没了"),
        # ...while Mandarin's words that open with the pair keep theirs
        ("一无是处", "一无是处"),
        ("我无要求", "我无要求"),
        ("没有无信号", "没有无信号"),
        ("无了期", "无了期"),
        ("无食欲", "无食欲"),
        ("无聊", "无聊"),
        # 好食 (tasty) in Min and Cantonese, not the idiom 好食懒做
        ("比我还好食", "比我还好吃"),
        ("好食懒做", "好食懒做"),
        # 四 for 是 between two persons
        ("爸爸你四我", "爸爸你是我"),
        ("四不四", "是不是"),
        # Henan's 号 for 好 opening a clause before a particle, not a date or a signal
        ("号啊 叫两声听听", "好啊 叫两声听听"),
        ("行，号嘞", "行,好嘞"),
        ("几号啊", "几号啊"),
        ("5号啊", "5号啊"),
        ("没信号啊", "没信号啊"),
        # the north-east's V不明白 after a verb of doing is "can't do it"; after seeing,
        # Mandarin's "can't make it out"
        ("手指头粗打不明白", "手指头粗打不了"),
        ("我写不明白", "我写不了"),
        ("看不明白", "看不明白"),
    ],
)
def test_dialect_folds_in_their_place(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # round 27's Hainan writer, one answer each
        ("bark-for-you/ask", "无要，吵死人，隔壁还在睡觉", "no"),
        ("forget-pig/ask", "我本来就无是猪！", "deny"),
        ("reverse-baba/love", "无念，一把年纪念这个肉麻", "refuses"),
        ("zodiac-belong/ask", "无讲，私人问题", "refuses"),
        ("favourite-god/ask", "我无信神，我只信我的锅铲", "atheist"),
        ("gained-weight/ask", "无胖啊，还是一百四", "denies"),
        ("compliment-game/ask", "你做的菜比我还好食，这个算夸了吧", "compliment"),
        ("reverse-baba/baba", "爸爸你四我", "fell"),
        # the same kinds from a Teochew or Hokkien writer we have not met
        ("bark-for-you/ask", "我无要叫", "no"),
        ("forget-pig/ask", "哇无是猪啦", "deny"),
        ("gained-weight/ask", "哪有，无肥啊", "denies"),
        # 无 inside a rhetorical question is no refusal to play (三亚人无玩水玩乜: what else
        # would we play), so no key folds 无玩
        ("play-water/ask", "喜欢啊，下班就去大东海游水，三亚人无玩水玩乜", "yes"),
        # Henan's 号啊 and the north-east's 打不明白
        ("bark-for-you/ask", "号啊 叫两声听听", "yes"),
        ("houyi-moon/repeat", "打那玩意儿嘎哈，手指头粗打不明白", "refuses"),
    ],
)
def test_dialect_answers(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the quiz itself asked about before the don't-know is no guess it hedges
        ("这个考我？不懂", "dont_know"),
        ("问我？不知道", "dont_know"),
        ("考我啊？不晓得", "dont_know"),
        # ...while a guess before it stays hedged: no punchline
        ("冰块？不懂", None),
    ],
)
def test_the_quiz_asked_about_before_a_dont_know(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "ice-to-water/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("美猴王……孙行者……算了就孙悟空嘛", "sun_wukong"),
        ("齐天大圣？算了就孙悟空吧", "sun_wukong"),
    ],
)
def test_never_mind_then_this(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "monkey-name/ask", answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        "谁说你比我大一辈了 我不认",
        "叫啥叫，恁比俺小好几岁嘞",
        "誰說你比我大一輩 我不認",
        "你細過我呀",
    ],
)
def test_the_generation_refused_in_ones_own_words(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "guess-my-age/address", answer) == "sees_through"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the walk is on the ice, the bridge or the boat: a way across, no swim
        ("等冬天河冻上了走过去，咱这疙瘩一冻一米厚", "detour"),
        ("搭个桥走过去", "detour"),
        ("等结冰了再走过去", "detour"),
        ("绕到上游走过去", "detour"),
        # ...while a walk alone is the swim
        ("直接走过去", "swim"),
    ],
)
def test_the_going_after_a_way_across(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "elephant-fridge/river", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("you-and-pig/ask", "猪没我能干活", "answers_directly"),
        ("you-and-pig/explain", "猪不如我勤快", "explains"),
        ("inedible-melon/ask", "瓜不都能吃吗", "edible"),
    ],
)
def test_worded_outside_the_lists(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch
