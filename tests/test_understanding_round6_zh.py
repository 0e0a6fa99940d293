"""Round six's Chinese kinds of miss (issue 18), each said in words written for this file: Taiwan
Hokkien's 嘸 and everyday words, Cantonese typed with 系 and its "how could it get in" (點入得),
Southwest Mandarin (啷个, 后头, 记不到), and the state's own question asked back."""

from __future__ import annotations

import pytest

from tests.support.understanding import LEXICON, matching, picks
from understanding.matcher import Branch
from understanding.text import fold

# -- Taiwan Hokkien: 嘸 before a verb is 不 (毋), its everyday words -------------------------

PLAY = matching(
    [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))], ["要不要一起去爬山？"]
)
UNSURE = matching([Branch("pine", ("松树",)), Branch("dk", intents=("dont_know",))])
SKY = matching([Branch("moon", ("月亮",)), Branch("sun", ("太阳",))])


@pytest.mark.parametrize("said", ["嘸愛啦", "嘸免啦 阿公自己去", "嘸要", "阮嘸想去"])
def test_hokkien_not_before_a_verb_says_no(said: str) -> None:
    assert picks(PLAY, said) == "no", PLAY.match(said).explain()


@pytest.mark.parametrize("said", ["猜嘸到", "想嘸出來啦", "我嘸知影"])
def test_hokkien_cannot_guess_is_a_dont_know(said: str) -> None:
    assert picks(UNSURE, said) == "dk", UNSURE.match(said).explain()


@pytest.mark.parametrize("said", ["月亮…啊嘸對 是太陽啦", "月亮 嘸對嘸對 太陽", "月亮…唔系 太陽"])
def test_a_hokkien_correction_or_one_typed_with_xi_takes_back_the_first_answer(said: str) -> None:
    assert picks(SKY, said) == "sun", SKY.match(said).explain()


def test_hokkien_everyday_words_fold_to_mandarin() -> None:
    assert fold("攏嘸知", LEXICON) == "都不知道"
    assert fold("按怎講", LEXICON) == "怎么说"
    assert fold("是太陽對嘸", LEXICON) == "是太阳对不对"
    assert fold("阿公嘸閒", LEXICON) == "爷爷没空"
    assert fold("嘸錢", LEXICON) == "没钱"  # 嘸 before what is not a verb stays 没
    assert fold("是按怎", LEXICON) == "为什么"


# -- "how could it get in", Cantonese order ----------------------------------------------------


def test_cantonese_how_could_it_get_in_is_it_cannot() -> None:
    assert "入不到" in fold("隻貓點入得個箱", LEXICON)
    assert "落不到" in fold("咁大點落得", LEXICON)
    assert "放不下" in fold("點放得落", LEXICON)  # the Mandarin order, unchanged
    assert fold("怎么进得去", LEXICON) == "怎么进得去"  # a complement after 得: asks how


BOX = matching([Branch("cannot", ("入不到", "进不去")), Branch("two", ("两步",))])


@pytest.mark.parametrize("said", ["隻貓點入得個箱呀", "點入得㗎 傻咗"])
def test_how_could_it_get_in_reaches_the_cannot_branch(said: str) -> None:
    assert picks(BOX, said) == "cannot", BOX.match(said).explain()


# -- Southwest Mandarin and the closers of a one-character answer ------------------------------


@pytest.mark.parametrize("said", ["我啷个晓得嘛", "记不到了", "點估呀", "勿晓得", "阿拉勿知道呀"])
def test_regional_dont_knows(said: str) -> None:
    assert picks(UNSURE, said) == "dk", UNSURE.match(said).explain()


HUNGRY = matching([Branch("hungry", ("饿",)), Branch("full", ("饱",))], ["饿不饿？"])


@pytest.mark.parametrize("said", ["饿惨了", "饿翻了 一天没吃", "饿成狗"])
def test_a_degree_closer_lets_a_one_character_answer_stand(said: str) -> None:
    assert picks(HUNGRY, said) == "hungry", HUNGRY.match(said).explain()


@pytest.mark.parametrize("said", ["ㄅ知道", "ㄅㄓㄉ啦", "阿嬤ㄅㄓㄉ", "ㄅㄓㄉ"])
def test_zhuyin_bu_is_not(said: str) -> None:
    assert picks(UNSURE, said) == "dk", UNSURE.match(said).explain()


def test_shanghai_and_northeast_words_fold_to_mandarin() -> None:
    assert fold("覅", LEXICON) == "不要"
    assert fold("你嘎哈", LEXICON) == "你干嘛"
    assert fold("靠攏啲", LEXICON) == "靠拢些"  # Mandarin's 拢 is no Hokkien 攏 (都)


def test_a_bold_or_northern_i_is_i() -> None:
    assert fold("老子本来就不是猪", LEXICON) == "我本来就不是猪"
    assert fold("俺们", LEXICON) == "我们"
    assert fold("听你摆龙门阵", LEXICON) == "听你说故事"


SIDE = matching([Branch("left", ("左",)), Branch("right", ("右",))], ["门在哪边？"])


@pytest.mark.parametrize(("said", "side"), [("右少少", "right"), ("左一点点啦", "left")])
def test_a_little_closes_a_one_character_answer(said: str, side: str) -> None:
    assert picks(SIDE, said) == side, SIDE.match(said).explain()


def test_houtou_is_houmian_so_a_prediction_names_the_trick() -> None:
    follow = matching([Branch("typed", ("我的",)), Branch("knew", intents=("trick",))])
    said = "我的…后头是不是舅舅"
    assert picks(follow, said) == "knew", follow.match(said).explain()


# -- naming the trick: "I knew it long ago", "then I'd be the …" -------------------------------

RIDDLE = matching([Branch("cat", ("猫",)), Branch("knew", intents=("trick",))])


@pytest.mark.parametrize(
    "said",
    [
        "這個阿公早就知啦",
        "又是那個笑話",
        "那我不就成猫了 才不说",
        "我晓得后面怎么讲",
        "下一句我知道",
    ],
)
def test_knowing_it_already_sees_through(said: str) -> None:
    assert picks(RIDDLE, said) == "knew", RIDDLE.match(said).explain()


# -- the question asked back -------------------------------------------------------------------

PANDA_QUESTION = ["快答：熊猫爱吃的是什么？"]
PANDA = [Branch("bamboo", ("竹子",)), Branch("knew", ("熊猫爱吃什么", "熊猫爱吃咩"), ("trick",))]


@pytest.mark.parametrize("said", ["熊猫爱吃什么？", "熊貓愛吃咩呀", "熊猫爱吃什么？？"])
def test_the_state_s_own_question_said_back_names_no_trick(said: str) -> None:
    found = matching(PANDA, PANDA_QUESTION).match(said)
    assert found.branch_id is None, found.explain()
    assert "the question asked back" in found.explain()


def test_the_question_asked_back_beside_an_answer_is_the_answer() -> None:
    assert picks(matching(PANDA, PANDA_QUESTION), "熊猫爱吃什么？竹子啦") == "bamboo"


def test_the_question_inside_a_longer_clause_or_asked_before_its_time_names_the_trick() -> None:
    asked = matching(PANDA, PANDA_QUESTION)
    assert picks(asked, "你等一下就要问熊猫爱吃什么对吧") == "knew"
    warm_up = matching(PANDA, ["先连打五遍“竹子”？"])
    assert picks(warm_up, "熊猫爱吃什么？") == "knew"


# -- Hokkien 會落 and V去, Chongqing 个锤子 --------------------------------------------------


def test_hokkien_forms_fold_to_mandarin() -> None:
    assert "装不下" in fold("箱仔哪裝會落", LEXICON)  # 哪装得下: it cannot
    assert fold("蘋果爛去了", LEXICON) == "苹果烂掉了"
    assert fold("他会落后", LEXICON) == "他会落后"  # no lead asking "how could": untouched


def test_a_chongqing_negating_tail_negates_the_word_before_it() -> None:
    pretty = matching([Branch("pretty", ("好看",)), Branch("ugly", ("丑",))])
    assert picks(pretty, "好看") == "pretty"
    found = pretty.match("好看个锤子")
    assert found.branch_id is None and "negated" in found.explain()


@pytest.mark.parametrize("said", ["字太小 看不清楚", "信号不好 听不清"])
def test_seeing_or_hearing_unclearly_is_no_dont_know(said: str) -> None:
    found = UNSURE.match(said)
    assert found.branch_id is None, found.explain()
    assert picks(UNSURE, "不清楚") == "dk"


# -- a negative question asserts ---------------------------------------------------------------

COUNT = matching([Branch("six", number="6"), Branch("no", ("不对",))], ["还剩几个？"])


@pytest.mark.parametrize("said", ["不是六个吗？", "唔係六個咩", "难道不是六个吗", "这不是六个嘛？"])
def test_a_negative_question_says_what_it_asks(said: str) -> None:
    found = COUNT.match(said)
    assert found.branch_id == "six", found.explain()


@pytest.mark.parametrize("said", ["不是六个", "我觉得不是六个吗", "不是吗？"])
def test_a_plain_denial_or_a_longer_lead_still_denies(said: str) -> None:
    assert picks(COUNT, said) != "six", COUNT.match(said).explain()


def test_scorn_for_not_knowing_is_no_dont_know() -> None:
    found = UNSURE.match("这都不知道？")
    assert found.branch_id is None, found.explain()
    assert picks(UNSURE, "真不知道") == "dk"


# -- a guess after a don't-know: a lexicon word inside it says nothing more ---------------------


def test_a_guess_holding_a_lexicon_word_inside_another_still_only_hedges() -> None:
    found = UNSURE.match("不知道啊，乌龟跑得快？")  # 得 is yes only standing alone
    assert found.branch_id is None, found.explain()
    assert picks(UNSURE, "不知道啊 你有松鼠喔？") == "dk"  # asking the asker back, no guess
