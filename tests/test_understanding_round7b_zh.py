"""Round seven's second Chinese pass (issue 18; the Changsha and Hong Kong teen tuning
writers): the structural kinds the first pass left, each said in words written for this file,
in Simplified Mandarin, Taiwan Mandarin and written Cantonese: the trick turned back with 才,
a dialect verb of saying in a frame naming the trick, "are you all right today?" asked after
the asker, and the start of an answer said before the rest was forgotten."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- the trick turned back with 才: no denial ------------------------------------------------

SAME = matching(
    [
        Branch("claims", ("知道",)),
        Branch("says_no", intents=("no",)),
        Branch("sees", ("你是猪",), intents=("trick",)),
    ],
    ["你知道你和猪有什么区别吗？"],
)
PLAIN = matching([Branch("says_no", intents=("no",)), Branch("sees", ("你是猪",))])


@pytest.mark.parametrize(
    "said", ["你和猪才没有区别", "你跟豬才沒區別啦", "你同豬先冇分別", "你才冇分别"]
)
def test_no_difference_turned_back_with_cai_denies_nothing(said: str) -> None:
    assert picks(SAME, said) != "says_no", SAME.match(said).explain()


def test_no_difference_said_plainly_still_says_no() -> None:
    for said in ("我跟猪没有区别", "冇分別"):
        assert picks(PLAIN, said) == "says_no", PLAIN.match(said).explain()


# -- a dialect verb of saying in a frame naming the trick -----------------------------------

BELONG = matching(
    [Branch("belongs", ("属于你", "我属于你")), Branch("sees", intents=("trick",))],
    ["你属什么？"],
)


@pytest.mark.parametrize(
    "said",
    [
        "你想港我属于你咯",
        "是不是要港我属于你",
        "你係咪想我話我屬於你",
        "想我噏我屬於你呀",
        "你要我話屬於你？",
    ],
)
def test_the_trick_named_with_a_dialect_verb_of_saying_sees_through(said: str) -> None:
    assert picks(BELONG, said) == "sees", BELONG.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("你港咯", "你说咯"),
        ("莫港了", "别说了"),
        ("香港我好熟", "香港我好熟"),
        ("佢噏乜", "他说乜"),
    ],
)
def test_gang_and_ngap_are_say_where_they_ask_for_saying(said: str, read: str) -> None:
    assert "".join(units(said)) == read


def test_saying_it_plainly_still_answers() -> None:
    assert picks(BELONG, "我属于你") == "belongs"


# -- "are you all right today?" asks after the asker -----------------------------------------

LIKE = matching(
    [Branch("yes", ("喜欢",), intents=("yes",)), Branch("no", ("不喜欢",), intents=("no",))],
    ["你喜欢我吗？"],
)


@pytest.mark.parametrize(
    "said", ["??? 你今日冇嘢嘛", "你冇事嘛", "吓？你今日冇事吖嘛", "你而家冇嘢呀嘛"]
)
def test_are_you_all_right_today_says_no_no(said: str) -> None:
    assert picks(LIKE, said) is None, LIKE.match(said).explain()


def test_nothing_said_alone_still_says_no() -> None:
    assert picks(LIKE, "冇") == "no"


# -- the start said, the rest forgotten -------------------------------------------------------

SONG = matching(
    [Branch("fell", ("有妈的孩子",)), Branch("dont_know", intents=("dont_know",))],
    ["世上只有妈妈好，下一句？"],
)


@pytest.mark.parametrize(
    "said",
    [
        "有妈的孩子… 后面忘了",
        "有媽的孩子 下面不記得了",
        "有媽嘅孩子... 下一句唔記得",
        "有妈的孩子 后边想不起来",
    ],
)
def test_the_start_said_then_the_rest_forgotten_stands(said: str) -> None:
    matched = SONG.match(said)
    assert matched.branch_id == "fell", matched.explain()
    assert "the rest forgotten" in matched.explain()


@pytest.mark.parametrize("said", ["有妈的孩子 不记得了", "有媽的孩子… 唔記得喇"])
def test_a_guess_then_a_plain_dont_know_is_still_taken_back(said: str) -> None:
    assert picks(SONG, said) == "dont_know", SONG.match(said).explain()


# -- don't-knows of Hunan and everyday speech ------------------------------------------------


@pytest.mark.parametrize("said", ["搞不清", "还是冇想出来…", "忘记哒", "我真係搞不清"])
def test_more_dont_knows(said: str) -> None:
    assert picks(SONG, said) == "dont_know", SONG.match(said).explain()


# -- Cantonese 估到 and Kongish m ------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("我估到", "我猜到"),
        ("估唔到", "猜不到"),
        ("m知 😂", "不知😂"),
        ("m知道", "不知道"),
        ("m係啦", "不是啦"),
    ],
)
def test_guessed_and_kongish_m_read_as_their_mandarin(said: str, read: str) -> None:
    assert "".join(units(said)) == read


# -- so-so, then now and then: a yes and a no, each bare, each a clause: the safe path ------

SWIM = matching(
    [
        Branch("yes", ("喜欢",), intents=("yes",)),
        Branch("no", ("不喜欢", "一般般"), intents=("no",)),
    ],
    ["你喜欢游泳吗？"],
)


@pytest.mark.parametrize("said", ["麻麻地 間中啦", "一般般吧，偶尔", "一般般啦 有時候"])
def test_so_so_then_now_and_then_is_torn(said: str) -> None:
    matched = SWIM.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "so-so, then now and then" in matched.explain()


@pytest.mark.parametrize(
    ("said", "picked"), [("麻麻地", "no"), ("間中啦", "yes"), ("一般般 不太喜欢", "no")]
)
def test_so_so_or_now_and_then_alone_still_answers(said: str, picked: str) -> None:
    assert picks(SWIM, said) == picked, SWIM.match(said).explain()
