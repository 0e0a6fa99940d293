"""Round fourteen's data-only Traditional pass (data25hant): what the Pingtung mango farmer and
the Hong Kong immigrant in Vancouver (round14_writers/pt25.tsv, vc25.tsv) missed or got a wrong
punchline for, fixed by kind in content/jokes.yaml and content/lexicon.yaml alone (no rule
changed). Examples written here, not copied from the eval rows; each was seen red with its data
line taken out."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the trick named: Taiwan and Hokkien 拐 as 騙, Cantonese 冇咁易 -------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("ten-knives/ask", "哈 你又想拐我", "saw_through"),
        ("bark-for-you/ask", "別想拐我啦 我不會叫", "saw_through"),
        ("bark-for-you/ask", "冇咁易呃我呀 你自己吠啦", "saw_through"),
        ("one-and-three/ask", "冇咁易俾你呃到", "saw_through"),
        # not Mandarin 沒那麼容易: "the sum is not that easy" beside an answer answers
        ("ten-knives/ask", "沒那麼容易 剩八把", "eight"),
        # 拐 of a child taken, not of the asker's trick
        ("houyi-moon/ask", "小時候差點被人拐走 月亮", "moon"),
    ],
)
def test_trick_named_in_dialect(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the trick named as a mention: once I say it I have called you, to make me own it ---------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("monkey-name/ask", "我不說 一說就叫了你阿公啦", "saw_through"),
        ("monkey-name/surname", "你係咪想我自認係你孫", "saw_through"),
        ("monkey-name/surname", "又要我自認孫子 不要", "saw_through"),
        ("monkey-name/ask", "孫悟空", "sun_wukong"),
    ],
)
def test_trick_named_as_a_mention(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a branch's answer in everyday words -------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # flaws: slow, asking too much, always forgetting (成日唔記得 beside a flaw is a flaw, not
        # a don't-know)
        ("my-flaw/guess", "你回訊息超慢的", "names_flaw"),
        ("my-flaw/guess", "你總是忘記帶鑰匙", "names_flaw"),
        ("my-flaw/guess", "成日唔記得熄燈", "names_flaw"),
        ("my-flaw/guess", "你很愛問東問西", "names_flaw"),
        ("my-flaw/guess", "記性不好", "names_flaw"),
        ("my-flaw/ask", "唔知", "dont_know"),
        # compliments: Taiwan 足 as 很, looking slimmer or younger
        ("compliment-game/ask", "你足好人的啦", "compliment"),
        ("compliment-game/ask", "你人足好", "compliment"),
        ("compliment-game/ask", "你最近好似瘦咗好多", "compliment"),
        ("compliment-game/ask", "你變年輕了欸", "compliment"),
        # the song's line in Cantonese words
        # (係 typed as 系)
        ("mama-song/ask", "仔女系塊寶呀", "fell"),
        ("mama-song/ask", "系塊寶", "fell"),
        # "read it yourself": the word not said, the trick seen
        ("dad-in-english/dad", "你自己念啦 我不念", "sees_through"),
        ("dad-in-english/grandpa", "你先讀 我再讀", "sees_through"),
        ("dad-in-english/dad", "daddy", "fell"),
    ],
)
def test_branch_in_everyday_words(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the question set on purpose (故意), and the flip with Cantonese 同 ------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("one-and-three/ask", "你這題故意的吧 我才不講", "saw_through"),
        ("birds-on-tree/ask", "這題故意出的啦", "saw_through"),
        ("you-and-pig/ask", "就好似你同豬嘅分別一樣", "saw_through"),
        ("you-and-pig/ask", "我跟豬的差別 就像你和豬的差別一樣", "saw_through"),
        # one's own 同 is no flip
        ("you-and-pig/explain", "我同豬都鍾意瞓覺", None),
    ],
)
def test_on_purpose_and_flip(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a place in a row is no count; drinks named by chain and kind ------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("one-and-three/ask", "中間係第二行嘅字", None),
        ("one-and-three/ask", "中間就是第二天啊", None),
        # an ordinal of the number itself still counts, and a count beside a row's place
        ("one-and-three/ask", "第二個數字 就是二", "two"),
        ("ten-knives/ask", "第二天就剩八把", "eight"),
        ("want-drink/ask", "一杯 Timmies 的 double double 就好", "names_drink"),
        ("want-drink/ask", "Starbucks 的 flat white", "names_drink"),
        ("want-drink/ask", "熱朱古力呀", "names_drink"),
    ],
)
def test_rows_and_drinks(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the punchline predicted with 這樣 (豬也這樣講), the tail down whichever way (the give-away
# with its answer: down, which sees through) -----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("you-and-pig/explain", "反正你會說豬都是這樣說", "saw_through"),
        ("you-and-pig/explain", "不管我答什麼 豬也會這樣回答啦", "saw_through"),
        ("you-and-pig/explain", "豬不會講話 我會", "explains"),
        ("cow-tail/ask", "關東南西北咩事 向地啦", "down"),
        ("cow-tail/ask", "跟東南西北沒關係 朝地上", "down"),
        ("cow-tail/ask", "尾巴朝北", "direction"),
    ],
)
def test_predicted_and_any_way(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a trap question said as such (陷阱題嚟), not a doubt asked beside an answer --------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("ten-knives/ask", "陷阱題嚟 我唔答", "saw_through"),
        ("nine-by-three/ask", "又是陷阱題喔 不管", "saw_through"),
        ("one-and-three/ask", "呢類陷阱題我見過好多", "saw_through"),
        ("ten-knives/ask", "這是陷阱題嗎? 8把", "eight"),
    ],
)
def test_trap_question_said(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
