"""Round twenty-nine's Simplified Chinese verdicts (branch verdicts29hans), read by kind from
round twenty-eight's final set (content/eval/tuning/round28_final/README.md, "What went wrong, by
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
        # Jin's 俄 for 我 (typed by voice), before what it does and after what is done to it...
        ("俄爱你", "我爱你"),
        ("俄的", "我的"),
        ("想俄", "想我"),
        ("缺俄呗", "缺我呗"),
        ("你除了俄还是俄", "你除了我还是我"),
        ("俄婆姨", "我婆姨"),
        # ...while the country keeps its name, after a verb or a name it pairs with
        ("我初中学的是俄语", "我初中学的是俄语"),
        ("你爱俄罗斯", "你爱俄罗斯"),
        ("中俄是邻居", "中俄是邻居"),
        ("俄罗斯", "俄罗斯"),
        # 饿 only where hunger cannot be
        ("你爱饿", "你爱我"),
        ("饿爱你", "我爱你"),
        ("饿了", "饿了"),
        ("好饿爱吃面", "好饿爱吃面"),
        ("我爱饿肚子", "我爱饿肚子"),
        # the net's nb after a word of degree or before a particle; not inside Latin words
        ("你打游戏好nb", "你打游戏好牛逼"),
        ("nb啊", "牛逼啊"),
        ("太牛批了", "太牛逼了"),
        ("我喜欢看nba", "我喜欢看nba"),
    ],
)
def test_dialect_folds_in_their_place(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # round 28's Yulin writer, and the same person said other ways
        ("reverse-baba/love", "你爱饿", "ni_ai_wo"),
        ("reverse-baba/love", "俄爱你", "forward"),
        ("follow-me-baba/second", "俄的", "typed"),
        ("guess-my-thoughts/guess", "想俄", "guesses_me"),
        ("guess-my-thoughts/ask", "想俄哩吧，嘿嘿", "guesses_me"),
        ("my-flaw/guess", "缺俄呗", "guesses_me"),
        # the gamer's praise
        ("compliment-game/ask", "你打游戏好nb 带我上分嘛", "compliment"),
        ("compliment-game/ask", "你真的nb", "compliment"),
        # thin said of oneself as one is now
        ("gained-weight/ask", "我瘦得很", "denies"),
        ("gained-weight/ask", "瘦着呢", "denies"),
    ],
)
def test_dialect_answers(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    ["跑啊还能咋办", "跑还能怎么办", "跑呗不然呢", "跑 不然咋整"],
)
def test_what_else_could_one_do_closes_the_answer(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "imagine-chase/ask", answer) == "run"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the pig that would not ask or send this, said back at the asker who did
        ("you-and-pig/ask", "猪不会问这种憨问题 你会", "saw_through"),
        ("you-and-pig/ask", "区别就是猪不会发这种无聊消息，你会", "saw_through"),
        ("you-and-pig/ask", "猪都不会问这个", "saw_through"),
        # what the pig cannot do and the asker can
        ("you-and-pig/explain", "猪不会玩手机，你会，区别就这个。", "flips_it"),
        ("you-and-pig/explain", "差在豬不會打字 你會 其他都一樣", "flips_it"),
        # ...not what the speaker can, nor the asker asked whether they can
        ("you-and-pig/explain", "猪不会说话，我会", "explains"),
        ("you-and-pig/explain", "猪不会上网 你会吗", "explains"),
    ],
)
def test_the_pig_comparison_turned_on_the_asker(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the pig's whole day, or its only doing, beside the speaker's
        ("you-and-pig/explain", "猪一天光吃光睡，俄一天开十几个钟头车", "explains"),
        ("you-and-pig/explain", "猪光吃不干活 俺天天跑车", "explains"),
        ("you-and-pig/explain", "猪一天到晚睡 我一天到晚拉活", "explains"),
        # no such character, in any of its shapes
        ("misread-char/ask", "没这样的字，谁念都念错那还叫字？", "no_such"),
        ("misread-char/ask", "哪有那样的字 念对念错看人呗", "no_such"),
        ("misread-char/ask", "无这样的字", "no_such"),
        # a trade's own god, and the countryside's
        ("favourite-god/ask", "风火仙师吧，我们景德镇做瓷的都拜他", "names_god"),
        ("favourite-god/ask", "俺们开酒坊的都拜杜康", "names_god"),
        ("favourite-god/ask", "泰山奶奶", "names_god"),
    ],
)
def test_answers_worded_outside_the_lists(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the thought told as a plan: what is to be eaten, drunk or played, when and whose first
        ("想你婆姨做的洋芋擦擦", "guesses_thing"),
        ("想晌午吃烩面吧", "guesses_thing"),
        ("想晚上哈啤酒吃嘎啦", "guesses_thing"),
        ("想明天钓大鲤鱼呢", "guesses_thing"),
        # ...not the asker thinking of oneself
        ("想我吧", "guesses_me"),
    ],
)
def test_the_thought_told_as_a_plan(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "guess-my-thoughts/guess", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # an excuse for not typing refuses, beside a why or alone
        ("打这干甚，俄手糙打字慢", "refuses"),
        ("手冷不打", "refuses"),
        ("我打字太慢了", "refuses"),
        # ...not the typing done, nor the speed denied
        ("手很忙 月亮月亮月亮月亮月亮", "typed"),
        ("能啊，我打字不慢", "agrees"),
    ],
)
def test_an_excuse_for_not_typing(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "houyi-moon/repeat", answer) == branch
