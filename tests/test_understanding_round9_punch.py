"""Fewer wrong punchlines, by structural kind (issue 18, round nine): where an answer's words
belong to a branch but the answer says something else with them, no punchline is told (the
safe path), and where the answer does answer, it still does."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching
from understanding.matcher import Branch, Matcher

# A question that gives the asker and the victim numbers: 9 and 3 are its pieces.
DIVIDED = matching(
    [Branch("three", number="3")], ["出一道数学题：我是九，你是三，九除以三等于几？"]
)


@pytest.mark.parametrize(
    "said",
    [
        "我是三你是九 这是啥题啊",
        "你是9我是3 然后呢？",
        "我係三你係九 乜嚟㗎",
        "你係9我係3 點解要除？",
    ],
)
def test_the_questions_numbers_said_then_asked_about_answer_nothing(said: str) -> None:
    matched = DIVIDED.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "the question's pieces said, then asked about" in matched.explain()


@pytest.mark.parametrize(
    "said",
    [
        "三",
        "三 我是九你是三 对吧？",
        "我是九你是三 等于三 没错吧？",
        "你係九我係三，答案係三啦",
    ],
)
def test_the_questions_numbers_beside_an_answer_of_its_own_still_answer(said: str) -> None:
    assert DIVIDED.match(said).branch_id == "three", DIVIDED.match(said).explain()


# A game of following the asker's words, which ends in calling them dad.
FOLLOW = matching(
    [
        Branch("typed", ("你是",), lands=True),
        Branch("refuses", ("不跟", "不打", "不说")),
        Branch("knew", intents=("trick",)),
    ],
    ["跟我打：你是"],
)


@pytest.mark.parametrize(
    "said",
    [
        "不跟啦 再跟下去我就得喊你爹了",
        "不打了，再打就变成你孙子啦",
        "不说 再说我就成你儿子了吧",
        "唔跟喇 再跟落去就要叫你老豆",
        "唔講 再講我就變你個仔",
    ],
)
def test_a_refusal_then_what_going_on_would_make_one_sees_through(said: str) -> None:
    matched = FOLLOW.match(said)
    assert matched.branch_id == "knew", matched.explain()
    assert "going on would land it" in matched.explain()


@pytest.mark.parametrize(
    "said",
    [
        "不跟了 再跟就天黑了",
        "不打 再打我就睡着了",
        "唔跟 再跟落去好悶",
    ],
)
def test_a_refusal_then_going_on_that_makes_one_nothing_still_refuses(said: str) -> None:
    assert FOLLOW.match(said).branch_id == "refuses", FOLLOW.match(said).explain()


# The question gives 28; an answer may say what else a month has beside its count.
MONTHS = matching(
    [
        Branch("twelve", ("all of them",), number="12"),
        Branch("one", number="1"),
        Branch("february", ("february", "feb", "二月")),
    ],
    ["Some months have 31 days, some 30. How many have 28 days?", "一年里几个月有28天？"],
)


@pytest.mark.parametrize(
    ("said", "means"),
    [
        ("twelve, each has at least 28 or 29", "twelve"),
        ("just the one, february has 28 or 29", "one"),
        ("12 of them... 29 or 28 depending", "twelve"),
        ("12个，每个月都有28或者30天", "twelve"),
        ("12個啊 最少28或者31日", "twelve"),
    ],
)
def test_a_number_joined_by_or_to_the_questions_is_no_second_answer(said: str, means: str) -> None:
    matched = MONTHS.match(said)
    assert matched.branch_id == means, matched.explain()
    assert "the question's number, or another" in matched.explain()


def test_two_answers_joined_by_or_stay_torn() -> None:
    assert MONTHS.match("12 or 1?").branch_id is None


APPLES = matching(
    [Branch("two", number="2"), Branch("four", number="4"), Branch("six", number="6")],
    ["There are six apples in a bowl, and you take away four. How many apples do you have?"],
)
KNIVES = matching(
    [Branch("eight", number="8"), Branch("five", number="5")],
    ["十把刀，砍了两把，还剩几把？"],
)


@pytest.mark.parametrize(
    ("matcher", "said", "means"),
    [
        # (verdicts27enplain: "because the other 4 went with you" reaches two as well, its 4
        # set aside first as "the other N", a number of something else)
        (APPLES, "two left in there, because 4 went with you", "two"),
        (APPLES, "4 cuz the bowl still has 2", "four"),
        (APPLES, "six, because 4 plus the 2", "six"),
        (KNIVES, "八把，因为我数了五遍", "eight"),
        (KNIVES, "八把 因為我數過五次", "eight"),
    ],
)
def test_a_number_in_the_reason_after_an_answer_is_no_second_answer(
    matcher: Matcher, said: str, means: str
) -> None:
    matched = matcher.match(said)
    assert matched.branch_id == means, matched.explain()
    assert "in the reason for the answer before it" in matched.explain()


@pytest.mark.parametrize("said", ["because you took 4, i have 2", "2 or 4, because idk"])
def test_numbers_with_no_answer_before_the_reason_stay_torn(said: str) -> None:
    assert APPLES.match(said).branch_id is None, APPLES.match(said).explain()


@pytest.mark.parametrize("said", ["爹地", "係爹哋啦", "達迪囉", "达地吧"])
def test_daddy_written_in_chinese_sounds_answers_dad_in_english(corpus: Corpus, said: str) -> None:
    """ "How do you say 爸爸 in English?": daddy said in Chinese sounds is daddy said."""
    state = corpus.routines["dad-in-english"].states["dad"]
    assert state.understand(said).branch_id == "fell", state.understand(said).explain()


SWIM = matching(
    [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))],
    ["Fancy a swim later?"],
)


@pytest.mark.parametrize(
    "said", ["sorry im in class all afternoon", "im in bed already lol", "i'm in the car rn"]
)
def test_in_a_place_is_not_joining(said: str) -> None:
    matched = SWIM.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "in a place" in matched.explain()


@pytest.mark.parametrize("said", ["im in", "i'm in too", "count me in mate", "im in lol"])
def test_im_in_alone_or_with_a_tail_joins(said: str) -> None:
    assert SWIM.match(said).branch_id == "yes", SWIM.match(said).explain()


GREEN = matching(
    [
        Branch("stop", ("stop", "you stop", "i stop", "brake", "pull over"), lands=True),
        Branch("knew", intents=("trick",)),
    ],
    ["What do you do when the light turns green?"],
)
FOOL = matching(
    [
        Branch("said", ("im a fool", "fool"), lands=True),
        Branch("knew", intents=("trick",)),
    ],
    ["Type this: I'm a ...?"],
)


@pytest.mark.parametrize("said", ["you brake?", "u pull over", "you brake lol"])
def test_the_generic_you_of_a_branch_that_takes_you_answers(said: str) -> None:
    assert GREEN.match(said).branch_id == "stop", GREEN.match(said).explain()


@pytest.mark.parametrize("said", ["ur the fool", "you fool"])
def test_you_before_a_branch_without_you_is_still_turned_back(said: str) -> None:
    assert FOOL.match(said).branch_id == "knew", FOOL.match(said).explain()


LAND = matching(
    [Branch("names_land", ("沙地", "草地")), Branch("dont_know", intents=("dont_know",))],
    ["你有钱了，想买块什么地？"],
)


@pytest.mark.parametrize("said", ["啥地啊", "啥地？说清楚点", "啥地喔 聽無"])
def test_a_question_word_is_no_slip_of_a_branch_word(said: str) -> None:
    matched = LAND.match(said)
    assert matched.branch_id is None, matched.explain()


def test_a_slip_of_a_plain_character_is_still_read() -> None:
    assert LAND.match("纱地吧").branch_id == "names_land", LAND.match("纱地吧").explain()


@pytest.mark.parametrize(
    ("said", "reached"),
    [
        ("two, cos you took them", "two"),
        ("2 because u took four of them", "two"),
        ("4, the ones I took", "four"),
        ("four, i took them didn't i", "four"),
    ],
)
def test_the_apples_you_took_blame_the_asker_and_give_nothing_away(
    corpus: Corpus, said: str, reached: str
) -> None:
    """A new user's "two, cos you took them" was told they saw through it: the victim is the
    one who took the apples, so "you took them" in their mouth gives nothing away."""
    found = corpus.routines["apples-take-away"].states["ask"].understand(said)
    assert found.branch_id == reached, found.explain()
