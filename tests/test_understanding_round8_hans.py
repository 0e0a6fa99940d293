"""Round eight's second Simplified Mandarin pass (issue 18; the Hangzhou, Guiyang and Harbin
tuning writers): regional Mandarin read as any speaker would, each kind said in words written
for this file: a no said twice, who it is that does not know, "all you know is…", "not X,
then whom?", "how could I still not know", a numeral typed for a sound, a slip beside an
answer, the next one that is no count, saying it named as how the trick works, and the
dialect words for where, think, know, like and "not bad"."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- a no said twice: 莫V莫V repeats the denial, it asks nothing ---------------------------

SING = matching(
    [Branch("sing", ("唱",), intents=("yes",)), Branch("no", intents=("no",))],
    ["我给你唱首歌好不好？"],
)


@pytest.mark.parametrize("said", ["莫唱莫唱", "别唱别唱 我耳朵受不了", "不唱不唱，真的"])
def test_a_negated_verb_said_twice_is_no(said: str) -> None:
    assert picks(SING, said) == "no", SING.match(said).explain()


def test_a_verb_asked_a_not_a_still_denies_nothing() -> None:
    assert picks(SING, "唱不唱都行") != "no", SING.match("唱不唱都行").explain()


# -- another's not knowing: 你不晓得？ is not the speaker's don't-know ----------------------

SIGN = matching(
    [Branch("sign", ("属牛", "牛")), Branch("dont_know", intents=("dont_know",))],
    ["你属什么的？"],
)


@pytest.mark.parametrize(
    "said", ["属牛 咱俩同岁你不晓得？", "属牛呀 这你也不知道", "牛 他都不清楚"]
)
def test_someone_elses_not_knowing_leaves_the_answer(said: str) -> None:
    assert picks(SIGN, said) == "sign", SIGN.match(said).explain()


@pytest.mark.parametrize("said", ["我也不晓得", "不知道", "你问错人了"])
def test_the_speakers_own_dont_know_still_counts(said: str) -> None:
    assert picks(SIGN, said) == "dont_know", SIGN.match(said).explain()


# -- all you know is: 你就知道吃 says what the asker does, it claims nothing ----------------

THOUGHTS = matching(
    [Branch("claims", ("知道", "猜得到")), Branch("dont_know", intents=("dont_know",))],
    ["你知道我在想什么吗？"],
)


@pytest.mark.parametrize("said", ["你就知道睡", "想打游戏吧 你光晓得玩", "你只知道刷手机"])
def test_all_you_know_is_no_claim_to_know(said: str) -> None:
    assert picks(THOUGHTS, said) != "claims", THOUGHTS.match(said).explain()


@pytest.mark.parametrize("said", ["知道啊", "这个我知道", "猜得着 你那点心眼"])
def test_knowing_still_claims_to_know(said: str) -> None:
    assert picks(THOUGHTS, said) == "claims", THOUGHTS.match(said).explain()


# -- how could I still not know: 那还能不知道 -------------------------------------------------


@pytest.mark.parametrize("said", ["那还能不晓得", "我还会不知道？"])
def test_how_could_i_still_not_know_claims_to_know(said: str) -> None:
    assert picks(THOUGHTS, said) == "claims", THOUGHTS.match(said).explain()


# -- not X, then whom?: 不信财神信谁 asserts X ---------------------------------------------

GOD = matching([Branch("god", ("财神", "观音")), Branch("atheist", ("不信",))], ["你信什么神？"])


@pytest.mark.parametrize("said", ["观音菩萨 我不信观音信谁", "财神啊 开店的不信财神还信啥"])
def test_not_x_then_whom_asserts_x(said: str) -> None:
    assert picks(GOD, said) == "god", GOD.match(said).explain()


@pytest.mark.parametrize("said", ["不信", "我啥都不信 信自己"])
def test_not_believing_still_denies(said: str) -> None:
    assert picks(GOD, said) == "atheist", GOD.match(said).explain()


# -- a numeral typed for its sound, where no answer is a number ------------------------------

STONE = matching([Branch("stone", ("石头",)), Branch("wood", ("木头",))], ["什么东西最硬？"])
COUNTED = matching([Branch("stone", ("石头",)), Branch("count", number="3")], ["有几块石头？"])


def test_a_numeral_slips_where_no_answer_is_a_number() -> None:
    assert picks(STONE, "十头") == "stone", STONE.match("十头").explain()


def test_a_numeral_stays_a_number_where_an_answer_is_one() -> None:
    assert picks(COUNTED, "十头") != "stone", COUNTED.match("十头").explain()


# -- a slip beside an answer: read where the rest answers another branch ---------------------

NAME = matching(
    [Branch("name", ("孙悟空", "孙悟空美猴王")), Branch("title", ("美猴王",))],
    ["西游记的猴子叫什么？"],
)
MELON = matching(
    [Branch("fool", ("傻瓜",)), Branch("dont_know", intents=("dont_know",))], ["什么瓜不能吃？"]
)


@pytest.mark.parametrize("said", ["孙悟控 美猴王", "孙五空，美猴王"])
def test_a_name_slipped_beside_its_title_is_the_name(said: str) -> None:
    assert picks(NAME, said) == "name", NAME.match(said).explain()


def test_a_slip_beside_a_dont_know_is_not_read() -> None:
    assert picks(MELON, "不晓得 啥瓜") == "dont_know", MELON.match("不晓得 啥瓜").explain()


# -- the next one, and one each: no count ----------------------------------------------------

KNIVES = matching([Branch("eight", number="8")], ["十把刀接住两把，还剩几把？"])
PANCAKES = matching(
    [Branch("ninety", number="90", unit="minutes"), Branch("three", number="3", unit="minutes")],
    ["九十个小朋友吃九十张饼要几分钟？"],
)


@pytest.mark.parametrize("said", ["八把 下一题", "8把 快出下一道"])
def test_the_next_question_is_no_count(said: str) -> None:
    assert picks(KNIVES, said) == "eight", KNIVES.match(said).explain()


def test_a_minute_each_is_no_duration() -> None:
    said = "九十分钟 一个小孩一分钟"
    assert picks(PANCAKES, said) == "ninety", PANCAKES.match(said).explain()


# -- saying it named as how the trick works ---------------------------------------------------

SURNAME = matching(
    [Branch("sun", ("孙", "姓孙")), Branch("sees", intents=("trick",))], ["孙悟空姓什么？"]
)


@pytest.mark.parametrize("said", ["不讲 讲了你就成我爷爷", "说了你就是我爷爷了 我才不"])
def test_saying_it_named_as_the_trick_sees_through(said: str) -> None:
    assert picks(SURNAME, said) == "sees", SURNAME.match(said).explain()


# -- dialect words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("哪点胖", "哪里胖"),
        ("哪儿胖", "哪里胖"),
        ("我寻思", "我想"),
        ("猜得着", "猜得到"),
        ("找不着", "找不到"),
        ("弗晓得", "不知道"),
        ("欢喜", "喜欢"),
        ("木佬佬", "很"),
        ("搞哪样", "干啥"),
        ("没得头绪", "没有头绪"),
        ("没得说", "没得说"),
        ("不消", "不用"),
        ("不稀得", "懒得"),
        ("告儿你", "告诉你"),
    ],
)
def test_regional_words_fold_to_mandarin(said: str, read: str) -> None:
    assert units(said) == list(read)


WEIGHT = matching([Branch("admits", ("胖了",)), Branch("denies", ("哪里胖",))], ["你是不是胖了？"])


@pytest.mark.parametrize("said", ["哪点胖了嘛？", "我哪儿胖了"])
def test_where_am_i_fat_denies(said: str) -> None:
    assert picks(WEIGHT, said) == "denies", WEIGHT.match(said).explain()


LIKE = matching(
    [Branch("yes", ("喜欢",), intents=("yes",)), Branch("no", intents=("no",))],
    ["你喜欢吃辣吗？"],
)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("木佬佬欢喜的", "yes"),
        ("还中", "yes"),
        ("不赖", "yes"),
        ("昂", "yes"),
        ("嗯哪", "yes"),
        ("弗欢喜", "no"),
        ("不咋地", "no"),
        ("不中", "no"),
    ],
)
def test_regional_yes_and_no(said: str, meant: str) -> None:
    assert picks(LIKE, said) == meant, LIKE.match(said).explain()


@pytest.mark.parametrize(
    "said",
    [
        "我寻思半天寻思不出来",
        "莫得数",
        "说不准",
        "闹不清",
        "看不出来",
        "没得头绪",
        "弗晓得",
        "搞不醒豁",
        "鬼才知道",
        "猜不中",
    ],
)
def test_regional_dont_knows(said: str) -> None:
    assert picks(THOUGHTS, said) == "dont_know", THOUGHTS.match(said).explain()


REFUSE = matching(
    [Branch("sign", ("属牛",)), Branch("refuses", intents=("refuse",))], ["你属什么的？"]
)


@pytest.mark.parametrize("said", ["起开", "不稀得告诉你", "凭啥告诉你", "忙着呢 没工夫"])
def test_regional_refusals(said: str) -> None:
    assert picks(REFUSE, said) == "refuses", REFUSE.match(said).explain()


# -- pinyin typed with the keyboard left unconverted ---------------------------------------


@pytest.mark.parametrize(
    ("said", "meant"), [("zhidao a", "claims"), ("bu zhidao", "dont_know"), ("zhidao的", "claims")]
)
def test_pinyin_typed_unconverted_reads_as_chinese(said: str, meant: str) -> None:
    assert picks(THOUGHTS, said) == meant, THOUGHTS.match(said).explain()


def test_pinyin_syllables_typed_apart_join_and_english_stays() -> None:
    assert units("bu zhidao") == ["不", "知", "道"]
    assert units("but i dunno") == ["but", "i", "dunno"]


# -- the corpus in regional words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("routine", "state", "said", "meant"),
    [
        ("cow-tail", "ask", "往后吧", "direction"),
        ("my-flaw", "guess", "一喝酒就爱显摆", "names_flaw"),
        ("play-water", "ask", "耍水安逸得很", "yes"),
        ("guess-my-thoughts", "guess", "想去水库钓鱼", "guesses_thing"),
        ("imagine-chase", "ask", "钻地窖 谁都找不着我", "run"),
        ("monkey-name", "ask", "孙悟空 美猴王", "sun_wukong"),
        ("you-and-pig", "explain", "区别嘛 猪正在屏幕对面看呢", "flips_it"),
        ("elephant-fridge", "river", "等河面结冰", "detour"),
        ("i-love-you-english", "ni", "不往下说了 再说就连起来了", "saw_through"),
        ("running-all-day", "ask", "今儿个真乏", "tired"),
        ("running-all-day", "ask", "腿酸 累得慌", "tired"),
        ("running-all-day", "ask", "有劲着呢", "not_tired"),
        ("gained-weight", "ask", "冬天长膘了呗", "admits"),
        ("imagine-chase", "ask", "撒丫子就蹽", "run"),
        ("dry-hair", "ask", "人家是秃瓢", "bald"),
    ],
)
def test_routines_own_words_in_regional_voices(
    corpus: Corpus, routine: str, state: str, said: str, meant: str
) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == meant, found.explain()
