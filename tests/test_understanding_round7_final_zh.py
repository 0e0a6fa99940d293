"""Round seven's final set, its Chinese wrong punchlines by kind (tuned on after its one run):
each kind said in words written for this file, in Simplified Mandarin, Taiwan Mandarin and
written Cantonese: a dialect "not right" correcting a guess, the next line predicted with 下句
and a don't-know asking it, the trick's workings named beside a refusal, so-so then not much,
Taiwan Hokkien's 母知 and 三小, who or what a branch word is asked back, a fall then asked
about, "don't I know you?", and a guess doubted."""

from __future__ import annotations

import re

import pytest

from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- a dialect "not right" corrects: the last answer counts ----------------------------------

ARCHER = matching([Branch("moon", ("月亮",)), Branch("sun", ("太阳",))], ["后羿射的是什么？"])


@pytest.mark.parametrize(
    "said", ["月亮，哦勿对，太阳", "月亮…唔啱，太阳啊", "月亮 毋著 是太陽", "月亮 不係 係太陽啊"]
)
def test_a_dialect_not_right_corrects_the_guess(said: str) -> None:
    assert picks(ARCHER, said) == "sun", ARCHER.match(said).explain()


@pytest.mark.parametrize(("said", "read"), [("勿对", "不对"), ("毋著", "不对"), ("毋着", "不对")])
def test_dialect_not_right_folds_to_budui(said: str, read: str) -> None:
    assert "".join(units(said)) == read


def test_the_guess_alone_still_answers() -> None:
    assert picks(ARCHER, "月亮") == "moon"


# -- the next line predicted with 下句; a don't-know asking for it ---------------------------

FOLLOW = matching(
    [Branch("typed", ("我的",)), Branch("sees", intents=("trick",))], ["跟我打：我的"]
)


@pytest.mark.parametrize(
    "said", ["我的，下句是爸爸吧 不打了", "你是我的 下句係老豆嘛 唔打", "我的 下句就说爸爸 不打"]
)
def test_the_next_line_predicted_with_xiaju_sees_through(said: str) -> None:
    assert picks(FOLLOW, said) == "sees", FOLLOW.match(said).explain()


SONG = matching(
    [Branch("fell", ("有妈的孩子",)), Branch("dont_know", intents=("dont_know",))],
    ["世上只有妈妈好，下一句？"],
)


@pytest.mark.parametrize(
    "said", ["不记得了，下句是么事啊", "唔記得 下一句係咩", "忘记了 后面是么事"]
)
def test_a_dont_know_asking_the_next_line_is_a_dont_know(said: str) -> None:
    assert picks(SONG, said) == "dont_know", SONG.match(said).explain()


def test_wuhan_meshi_is_what() -> None:
    assert "".join(units("么事")) == "什么"


# -- the trick's workings named, then a refusal: seeing through ------------------------------

BARK = matching(
    [
        Branch("yes", ("叫",), intents=("yes",)),
        Branch("no", intents=("no", "refuse")),
        Branch("sees", intents=("trick",)),
    ],
    ["我给你学狗叫好不好？"],
)


@pytest.mark.parametrize(
    "said", ["不要，你一叫我就变成狗了", "唔要 你一叫我就成狗", "不用了，一说我就成小狗了"]
)
def test_how_the_trick_works_named_beside_a_no_sees_through(said: str) -> None:
    assert picks(BARK, said) == "sees", BARK.match(said).explain()


def test_a_bare_no_still_says_no() -> None:
    assert picks(BARK, "不要") == "no"


AGE = matching(
    [
        Branch("guess", regex=re.compile("[0-9]")),
        Branch("refuses", intents=("refuse",)),
        Branch("sees", intents=("trick",)),
    ],
    ["猜猜我几岁？"],
)


@pytest.mark.parametrize("said", ["不猜 你下句就说你是我长辈 没门", "唔估 你下句就话大我一辈"])
def test_the_next_line_foretold_beside_a_refusal_sees_through(said: str) -> None:
    assert picks(AGE, said) == "sees", AGE.match(said).explain()


def test_shanghainese_da_is_wash() -> None:
    assert "".join(units("汏衣裳")) == "洗衣裳"


# -- so-so, then not much: the no -------------------------------------------------------------

SWIM = matching(
    [Branch("yes", ("喜欢",), intents=("yes",)), Branch("no", ("不喜欢",), intents=("no",))],
    ["你喜欢游泳吗？"],
)


@pytest.mark.parametrize("said", ["还好啦 不太爱 怕冷", "還好 不怎麼愛", "还行吧，不是很爱"])
def test_so_so_then_not_much_is_no(said: str) -> None:
    matched = SWIM.match(said)
    assert matched.branch_id == "no", matched.explain()
    assert "so-so, then not much" in matched.explain()


def test_so_so_alone_is_still_yes() -> None:
    assert picks(SWIM, "还好") == "yes"


# -- Taiwan Hokkien: 母知 does not know, 三小 is what ----------------------------------------

KNOW = matching(
    [Branch("dont_know", intents=("dont_know",)), Branch("know", ("知",), intents=("yes",))],
    ["你知道吗？"],
)


@pytest.mark.parametrize("said", ["母知", "母知啦 誰知道", "母災"])
def test_hokkien_mu_zhi_does_not_know(said: str) -> None:
    assert picks(KNOW, said) == "dont_know", KNOW.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("衝三小", "冲什么"),
        ("講三小啦", "说什么啦"),
        ("三小時", "三小时"),
        ("父母知道", "父母知道"),
    ],
)
def test_sanxiao_is_what_and_hours_and_parents_keep_theirs(said: str, read: str) -> None:
    assert "".join(units(said)) == read


# -- who or what a branch word is, asked back: no answer -------------------------------------

SONS = matching(
    [Branch("xiaoming", ("小明",)), Branch("sanmao", ("三毛",))],
    ["小明的爸爸有三个儿子，老大大毛，老二二毛，老三叫什么？"],
)


@pytest.mark.parametrize("said", ["小明是谁？", "三毛係邊個?", "小明是哪个啊"])
def test_who_a_branch_word_is_asked_back_answers_nothing(said: str) -> None:
    matched = SONS.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "who it is, asked back" in matched.explain()


@pytest.mark.parametrize("said", ["小明", "小明啊 是谁都知道"])
def test_the_name_said_still_answers(said: str) -> None:
    assert picks(SONS, said) == "xiaoming"


PRAISE = matching([Branch("compliment", ("赞", "漂亮", "夸"))], ["你先夸我一句？"])


@pytest.mark.parametrize("said", ["好啊 你想我夸你什么", "你要我讚你咩？"])
def test_what_to_praise_asked_back_pays_no_compliment(said: str) -> None:
    assert picks(PRAISE, said) is None, PRAISE.match(said).explain()


@pytest.mark.parametrize("said", ["你好漂亮", "赞"])
def test_a_compliment_paid_still_counts(said: str) -> None:
    assert picks(PRAISE, said) == "compliment"


# -- fell, then asking if that was it --------------------------------------------------------

MELON = matching(
    [Branch("fool", ("傻瓜",), lands=True), Branch("sees", ("说我傻",), intents=("trick",))],
    ["什么瓜不能吃？"],
)


@pytest.mark.parametrize("said", ["傻瓜咯 哎 你是不是说我傻?", "傻瓜 喂 即是说我傻？"])
def test_the_punchline_said_then_asked_about_fell(said: str) -> None:
    matched = MELON.match(said)
    assert matched.branch_id == "fool", matched.explain()
    assert "fell, then asked if that was it" in matched.explain()


def test_asking_it_without_falling_still_sees_through() -> None:
    assert picks(MELON, "说我傻？") == "sees"


# -- "don't I know you?" claims to know ------------------------------------------------------

GODS = matching(
    [Branch("atheist", ("不信",)), Branch("dont_know", intents=("dont_know",))],
    ["你信什么神？"],
)


@pytest.mark.parametrize("said", ["你什么都不信 我还不了解你吗", "他谁都不信 我还不知道他"])
def test_dont_i_know_you_does_not_take_the_answer_back(said: str) -> None:
    matched = GODS.match(said)
    assert matched.branch_id == "atheist", matched.explain()
    assert "don't I know you?" in matched.explain()


@pytest.mark.parametrize("said", ["我还不知道你叫什么", "不知道"])
def test_a_real_dont_know_still_does_not_know(said: str) -> None:
    assert picks(GODS, said) == "dont_know"


# -- a guess, then doubting it: no answer ----------------------------------------------------

WHY = matching(
    [
        Branch("dont_know", intents=("dont_know", "why", "no")),
        Branch("know", ("知道",), intents=("yes",)),
    ],
    ["你知道为什么吗？"],
)


@pytest.mark.parametrize("said", ["跑得快吧？不对 猪跑不快啊", "它会飞？唔係啩 豬點飛"])
def test_a_guess_then_doubting_it_answers_nothing(said: str) -> None:
    matched = WHY.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "doubts their own guess" in matched.explain()


@pytest.mark.parametrize("said", ["不对", "不对啊"])
def test_a_plain_no_still_answers(said: str) -> None:
    assert picks(WHY, said) == "dont_know"
