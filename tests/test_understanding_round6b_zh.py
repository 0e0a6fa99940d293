"""Round six's second wave of Chinese kinds of miss (issue 18), each said in words written for
this file: "would I not know?" (我會猜不到？), a don't-know's reason from the speaker's own home,
not knowing what is asked, a question back with 哪个, giving up after a guess, and nicknames
holding a numeral (三毛) that are names, not numbers."""

from __future__ import annotations

import pytest

from tests.support.understanding import LEXICON, matching, picks
from understanding.matcher import Branch, compile_phrase

THOUGHTS = matching(
    [Branch("knows", ("知道", "猜到了")), Branch("dk", intents=("dont_know",))],
    ["你知道我在想什么吗？"],
)


@pytest.mark.parametrize("said", ["知道呀 我会想不到？", "我能不知道？", "當然知 我會估唔到咩?"])
def test_would_i_not_know_claims_to_know(said: str) -> None:
    matched = THOUGHTS.match(said)
    assert matched.branch_id != "dk", matched.explain()
    assert "would I not know" in matched.explain()


@pytest.mark.parametrize("said", ["我会想不到", "猜不到", "我猜不到啊"])
def test_a_plain_cannot_guess_stays_a_dont_know(said: str) -> None:
    assert picks(THOUGHTS, said) == "dk", THOUGHTS.match(said).explain()


FRIDGE = matching(
    [
        Branch("impossible", ("放不进", "塞不进", "装不下")),
        Branch("dk", intents=("dont_know",)),
    ],
    ["怎么把长颈鹿放进冰箱？"],
)


@pytest.mark.parametrize(
    "said", ["我哪知道 我家的冰箱连火锅料都放不进", "不知 阮兜冰箱連西瓜都塞不進去"]
)
def test_a_dont_know_then_a_story_of_ones_own_home_is_a_dont_know(said: str) -> None:
    matched = FRIDGE.match(said)
    assert matched.branch_id == "dk", matched.explain()
    assert "their own story" in matched.explain()


def test_a_guess_after_a_dont_know_still_counts() -> None:
    said = "不知道 冰箱太小装不下"
    assert picks(FRIDGE, said) == "impossible", FRIDGE.match(said).explain()


FLAW = matching(
    [
        Branch("names", ("懒", "胖")),
        Branch("knows", ("知道",)),
        Branch("dk", intents=("dont_know",)),
    ],
    ["你猜我最大的缺点是什么？"],
)


@pytest.mark.parametrize("said", ["我怎么知道你在问哪个啦", "唔知你講乜", "不知道你是指什么"])
def test_not_knowing_what_is_asked_answers_nothing(said: str) -> None:
    matched = FLAW.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "does not know what is asked" in matched.explain()


def test_not_knowing_what_the_asker_thinks_stays_a_dont_know() -> None:
    said = "我不知道你在想什么"
    assert picks(FLAW, said) == "dk", FLAW.match(said).explain()


CHARACTER = matching([Branch("wrong", ("错",)), Branch("dk", intents=("dont_know",))])


def test_a_question_back_with_which_after_a_dont_know_is_a_dont_know() -> None:
    said = "唔知 邊個字呀?"
    assert picks(CHARACTER, said) == "dk", CHARACTER.match(said).explain()


SONS = matching(
    [
        Branch("sanmao", ("三毛",)),
        Branch("xiaoming", ("小明",)),
        Branch("dk", intents=("dont_know",)),
    ],
    ["小明的妈妈有三个儿子：老大叫大毛，老二叫二毛，老三叫什么？"],
)


@pytest.mark.parametrize("said", ["我放棄", "五毛? 亂猜的啦 我投降", "唔知 四毛? 我放弃了"])
def test_giving_up_is_a_dont_know(said: str) -> None:
    assert picks(SONS, said) == "dk", SONS.match(said).explain()


@pytest.mark.parametrize("nickname", ["三毛", "二毛", "四毛"])
def test_a_nickname_holding_a_numeral_is_no_number(nickname: str) -> None:
    # an answer whose phrase holds a number matches any answer saying that number (阿三, 3)
    assert compile_phrase(nickname, LEXICON).numbers == ()
    assert compile_phrase("三把", LEXICON).numbers == ("3",)


def test_the_nickname_itself_still_matches() -> None:
    assert picks(SONS, "三毛吧") == "sanmao", SONS.match("三毛吧").explain()


# -- class-wide words: "I won't fall for it", PTT's 梗, predicting frames, Taiwan net spelling --

TRAP = matching([Branch("pig", ("猪",)), Branch("trick", intents=("trick",))], ["你是不是猪？"])


@pytest.mark.parametrize("said", ["我才不會中計", "唔會中伏嘅", "這梗好老了", "爛梗"])
def test_refusing_to_be_caught_and_stale_jokes_see_through(said: str) -> None:
    assert picks(TRAP, said) == "trick", TRAP.match(said).explain()


AGE = matching([Branch("guess", ("三十",)), Branch("trick", intents=("trick",))], ["猜猜我几岁？"])


@pytest.mark.parametrize("said", ["你肯定話我老過你", "你是想接你比我大吧"])
def test_predicting_what_the_asker_will_say_sees_through(said: str) -> None:
    assert picks(AGE, said) == "trick", AGE.match(said).explain()


DENY = matching([Branch("yes", intents=("yes",)), Branch("no", intents=("no",))], ["你是猪吗？"])


@pytest.mark.parametrize("said", ["偶不素啦", "偶又不素 =.="])
def test_taiwan_net_spelling_of_i_and_am(said: str) -> None:
    assert picks(DENY, said) == "no", DENY.match(said).explain()


COUNT = matching([Branch("eight", ("八",)), Branch("dk", intents=("dont_know",))])


@pytest.mark.parametrize("said", ["唔識計呀", "我不会算啦"])
def test_cannot_count_is_a_dont_know(said: str) -> None:
    assert picks(COUNT, said) == "dk", COUNT.match(said).explain()


SWIM = matching(
    [Branch("yes", ("游泳", "玩水"), intents=("yes",)), Branch("no", intents=("no",))],
    ["夏天要不要一起去玩水？"],
)


@pytest.mark.parametrize("said", ["我怕水 游泳都不會", "玩水也不想啦", "游泳都唔想"])
def test_what_one_does_not_do_put_first_is_negated(said: str) -> None:
    matched = SWIM.match(said)
    assert matched.branch_id != "yes", matched.explain()


def test_a_fronted_word_without_a_negation_still_counts() -> None:
    assert picks(SWIM, "游泳也可以") == "yes", SWIM.match("游泳也可以").explain()
