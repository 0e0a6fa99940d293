"""Round fifteen's Traditional Chinese pass (rules25hant): what the Tung Chung ground-staff worker
and the Kinmen liquor-shop owner (round15_writers/tc27.tsv, km27.tsv) got a wrong punchline or a
miss for, fixed by kind. Examples written here, not copied from the eval rows; each was seen red
with its change taken out."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- Cantonese 啱啱 is "just now", never "right, right": no yes -------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("play-water/ask", "唔得閒呀 啱啱收工 好攰"),
        ("play-water/ask", "我啱啱先沖完涼"),
        ("gained-weight/ask", "啱啱食完飯 等陣先磅"),
    ],
)
def test_just_now_says_no_yes(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


def test_right_alone_is_still_a_yes(corpus: Corpus) -> None:
    # the one-character 啱 (right) keeps folding to 对
    assert reached(corpus, "play-water/ask", "啱") == "yes"


# -- "the next line is …" typed with 系 for 係 (下句系): a prediction, seeing through ----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("mama-song/ask", "下句系投進媽媽的懷抱 我識唱", "sees_through"),
        ("mama-song/ask", "下句系我識唱架 有媽的孩子像塊寶", "sees_through"),
    ],
)
def test_next_line_foretold_with_xi(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- got by the asker, named after the punchline (被你騙, 俾你呃): fell, no seeing through ------


@pytest.mark.parametrize(
    "said",
    ["爸爸 哎呀 合起來是你是我的爸爸 被你騙了", "爸爸，原來是你是我的爸爸，又被你耍"],
)
def test_fooled_by_you_after_the_punchline_is_a_fall(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "follow-me-baba/third", said) == "fell"


def test_fooled_by_you_before_it_still_sees_through(corpus: Corpus) -> None:
    # said in the warm-up the trick is still ahead: seen coming, as with 被你套路
    assert reached(corpus, "follow-me-baba/third", "被你骗过一次了 你是我的爸爸吧") in {
        "sees_through",
        "saw_through",
    }


# -- the thing, then "I dare not" (X我不敢): the branch's words declined, no answer -----------


@pytest.mark.parametrize(
    "said", ["走過去我不敢啦 太恐怖", "直接游我不敢 我等人來救", "游泳阮不敢 會被咬"]
)
def test_the_thing_then_i_dare_not(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "elephant-fridge/river", said) is None


def test_dare_is_still_a_swim(corpus: Corpus) -> None:
    assert reached(corpus, "elephant-fridge/river", "游過去我敢") == "swim"


# -- the retort beside an answer: "I'm no pig, YOU are" denies; the question's insult turned
# -- back is what anyone denying it says, no sign of knowing the trick ---------------------


@pytest.mark.parametrize(
    "said",
    ["我才不是豬 你才是豬啦", "誰是豬 你才是豬 哼", "我又唔係豬 你先係豬囉", "我哪是豬 你才是豬啦"],
)
def test_the_retort_beside_a_denial_denies(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "forget-pig/ask", said) == "deny"


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # alone, the retort still sees through (older writers, all of them)
        ("forget-pig/ask", "你先係豬 嘻嘻"),
        # beside a trick word it knows the trick
        ("forget-pig/ask", "我不是豬 你才是豬 這招我聽過"),
        # the punchline's word turned back (not the question's) knows the punchline
        ("ten-knives/ask", "八把啦 你才是兒子"),
    ],
)
def test_the_retort_that_knows_the_trick_still_sees_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- someone else's act: a branch's one-character verb with 他 (佢) as its subject -----------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("imagine-chase/ask", "我大叫一聲 佢就會走"),
        ("imagine-chase/ask", "報警 等他自己逃"),
        ("bark-for-you/ask", "佢成日都叫 煩死"),
    ],
)
def test_his_act_answers_nothing(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize("said", ["佢嚟我就跑", "他追過來 我先跑"])
def test_my_act_after_his_still_answers(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "imagine-chase/ask", said) == "run"


# -- the trick named in everyday words: admitting being the pig, played as a kid, can't make me
# -- dizzy, old as teeth; Taiwan's 賣 for 袂 (cannot) ------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("forget-pig/ask", "答了不就承認自己是豬 我才不要", "saw_through"),
        ("forget-pig/ask", "講準備好咪即係承認我係豬", "saw_through"),
        ("follow-me-baba/third", "呢個遊戲細個已經玩過啦", "sees_through"),
        ("cow-tail/ask", "轉嚟轉去都兜唔暈我嘅", "saw_through"),
        ("xiaoming-third-son/ask", "條題目老到甩牙啦", "saw_through"),
        ("my-flaw/guess", "想賣起來啦", "dont_know"),
        ("you-and-pig/explain", "我講賣出來", "dont_know"),
    ],
)
def test_trick_named_and_cannot_in_everyday_words(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_played_as_a_kid_alone_names_no_trick(corpus: Corpus) -> None:
    # 細個玩過 alone is about the thing played (review13b: 小时候玩过水): a yes, no trick
    assert reached(corpus, "play-water/ask", "細個玩過 好好玩") == "yes"


def test_sold_out_is_no_cannot(corpus: Corpus) -> None:
    # 賣出去, 賣完 (sold) keep their sense: no don't-know
    assert reached(corpus, "my-flaw/guess", "高粱都賣完了") != "dont_know"


# -- knowing, then telling: "I know" alone, then the answer to the question still ahead ------


@pytest.mark.parametrize("said", ["知道 你好懶", "我知道呀 你脾氣差", "知啊，你成日遲到"])
def test_knowing_then_telling_tells(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "my-flaw/ask", said) == "names_flaw"


@pytest.mark.parametrize(
    ("where", "said", "not_branch"),
    [
        # a don't-know's words after it give nothing up: no punchline for giving up
        ("guess-my-thoughts/ask", "知道呀 我識讀心術", "dont_know"),
        ("my-flaw/ask", "你好懶 知道", "claims_to_know"),
    ],
)
def test_knowing_then_telling_narrowly(
    corpus: Corpus, where: str, said: str, not_branch: str
) -> None:
    assert reached(corpus, where, said) != not_branch


# -- you-and-pig turned back: "you say first what's between you and the pig", "you two are
# -- about the same" ---------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["你先講你同豬有咩分別啦", "哈 我睇你哋都差唔多", "你俩差不多吧"])
def test_the_difference_turned_back(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "you-and-pig/ask", said) == "saw_through"
