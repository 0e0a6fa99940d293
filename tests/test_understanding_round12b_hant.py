"""Round twelve's second Taiwan writer (rules20hant): what a Taipei software engineer writing
PTT forum slang (round12_writers2/pt20.tsv) got a wrong punchline for or missed, fixed by
kind: lexicon classes, corpus phrases a branch lacked, or one named rule's reach
(content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached
from understanding.text import fold

# -- rule "fell, said after": 这套路, 那个套路 names the trick, it admits no fall -----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the trick's word, then "this routine, I know it": seen coming, not fallen for
        ("bark-for-you/ask", "你想叫就叫 但這套路我看過了", "saw_through"),
        ("bark-for-you/ask", "叫完就輪到我對吧 那個套路我早就知道", "saw_through"),
        # the verb still admits a fall after the trick's words
        ("bark-for-you/ask", "叫吧 哈 被你套路了", "yes"),
    ],
)
def test_this_routine_is_no_fall(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- recoiling: "a bit gross / cheesy / weird" is no 有点 (a little: a yes) ----------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "怎樣 突然講這種話 有點肉麻耶", None),
        ("silent-love/ask", "你發什麼瘋 有點怪喔", None),
        ("silent-love/ask", "講這個有點噁欸", None),
        # a little, still a yes
        ("silent-love/ask", "有一點感覺到啦", "yes"),
        ("silent-love/ask", "有點吧", "yes"),
    ],
)
def test_a_bit_gross_is_no_yes(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "owning a thing": a name right before 家 is that family's, no answer ------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("xiaoming-third-son/ask", "小明家很愛取這種名字嗎", None),
        ("xiaoming-third-son/ask", "小明家的人都愛這樣取名", None),
        # the name alone, or said on, still answers
        ("xiaoming-third-son/ask", "小明啊 他媽生的嘛", "xiaoming"),
        ("xiaoming-third-son/ask", "小明家老三就是小明", "xiaoming"),
    ],
)
def test_a_family_is_no_name(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- corpus phrases: PTT praise (温拿, 人生胜利组, 大神), "does it better than me", land of a
# district or city, "I'd never ask such a question" ----------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("compliment-game/ask", "你根本人生勝利組", "compliment"),
        ("compliment-game/ask", "大神 收下我的膝蓋", "compliment"),
        ("compliment-game/ask", "你英文講得比我溜多了", "compliment"),
        ("buy-land/ask", "大安區的地嗎", "names_land"),
        ("buy-land/ask", "台中市的地吧", "names_land"),
        ("you-and-pig/explain", "我才不會問人這種問題 你就會", "flips_it"),
    ],
)
def test_forum_words_and_phrases(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "wavered, then a don't-know": two guesses each unsure, then a don't-know -----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("cow-tail/ask", "南邊? 北邊? 算了我不知道", "dont_know"),
        ("cow-tail/ask", "左? 右? 我路癡啦 不知道", "dont_know"),
        # one guess, then unsure, still only hedges it; two guesses alone still guess
        ("cow-tail/ask", "南邊? 不知道", "direction"),
        ("cow-tail/ask", "南邊? 北邊?", "direction"),
    ],
)
def test_two_unsure_guesses_then_dont_know(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "a question about the asker": the asker's own don't-know (你自己不知道吗) is theirs ---------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("my-flaw/guess", "你自己都不清楚嗎 問我幹嘛", None),
        ("my-flaw/guess", "你也不知道喔？", None),
        # the victim's own still is
        ("my-flaw/guess", "我哪知道", "dont_know"),
    ],
)
def test_the_askers_own_dont_know(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "a guess after a don't-know": a not-yet inside the guess (还没到?) is still a guess ------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("elephant-fridge/meeting", "誰曉得 蝸牛還沒爬到吧?", None),
        ("elephant-fridge/meeting", "不知道耶 兔子還在睡?", None),
        ("elephant-fridge/meeting", "不知道", "dont_know"),
    ],
)
def test_a_not_yet_guess_after_dont_know(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "a don't-know after, taking it back": a guess, a correction, then a don't-know ---------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # (corpus21 took this one out: with no branch taking the river's no, 不對吧 was no
        # live hit; corpus22 reads the correction from the words, and it is back)
        ("elephant-fridge/river", "直接游? 不對吧鱷魚會咬人耶 不知道", "dont_know"),
        ("elephant-fridge/river", "直接游? 不對 不知道", "dont_know"),
        ("elephant-fridge/river", "搭船? 錯了 沒有船啊 不知道耶", "dont_know"),
        # no correction between: the unsure guess still stands
        ("elephant-fridge/river", "直接游? 不知道", "swim"),
    ],
)
def test_a_guess_doubted_then_dont_know(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- the next turn predicted (换我叫, 轮到我汪), a Taiwan engineer's words ------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # bark-for-you's trick is the turn after: "then it's my turn to bark" sees it coming
        ("bark-for-you/ask", "你汪完是不是就輪到我叫 休想", "saw_through"),
        ("bark-for-you/ask", "然後換我當狗嗎 不要", "saw_through"),
        ("compliment-game/ask", "你房間整理得超乾淨", "compliment"),
        ("guess-my-thoughts/guess", "你在想明天要開會吧", "guesses_thing"),
        ("guess-my-thoughts/guess", "想說又要加班了", "guesses_thing"),
        ("you-and-pig/explain", "豬正在和我聊天啊", "flips_it"),
    ],
)
def test_turns_and_work_words(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- Taiwan's 阿 for the particle 啊 (好阿, 愛阿), not the prefix (阿明, 阿公); 愛 is like ----------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("好阿", "好啊"),
        ("愛阿 超愛", "爱啊 超爱"),
        ("我是阿明", "我是阿明"),
        ("阿華來了", "阿华来了"),
    ],
)
def test_a_typed_for_the_particle(corpus: Corpus, typed: str, folded: str) -> None:
    assert fold(typed, corpus.lexicon) == folded


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "愛阿 夏天都去墾丁", "yes"),
        # 是阿明 is a name said, no 是阿 (a yes)
        ("play-water/ask", "你找錯人了 我是阿華", None),
        ("my-flaw/ask", "多到講不完好嗎", "claims_to_know"),
        ("my-flaw/ask", "唉 從哪說起", "claims_to_know"),
    ],
)
def test_taiwan_yes_and_too_many(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the asker's next line predicted: 然后说我…, 就说我… (a prediction verb) names the trick -------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("inedible-melon/ask", "傻瓜啊 接著就說我是傻瓜對吧", "saw_through"),
        ("inedible-melon/ask", "我才不說傻瓜 然後說我承認了齁", "saw_through"),
        # asking what comes next mentions nothing
        ("inedible-melon/ask", "然後說我是什麼", None),
    ],
)
def test_the_next_line_predicted(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
