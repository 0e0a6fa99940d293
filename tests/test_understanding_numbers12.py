"""Rule "a number of something else" (numbers12): a number right before a word of
lexicon.other_measures (八点, 7岁, 8块, 8 pm, 7 years), or right after one of
other_measures_before (room 8, age 7, 百分之八, $8), counts or measures something other than
what the question asks: a clock time, an age, money, a date, a floor, a route. It is no answer
(the hint, then the reveal) and no second number beside one; unless the question uses that
word. The wordings are written for this file."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, matching, picks, reached
from understanding.matcher import Branch

KNIVES = "ten-knives/ask"  # ten thrown, two caught: how many left? 8 (八把 sounds 爸爸)
BIRDS = "birds-on-tree/ask"  # ten birds, one shot: how many left? (9, 0 or 1)
APPLES = "apples-take-away/ask"  # six apples, you take four: how many have you? (2, 4, 6, 0)
PILLS = "three-pills/ask"  # three pills, one every half hour: how long? (a duration)


@pytest.mark.parametrize(
    "said",
    [
        # Simplified: a clock time, an age, money, a date, a floor, a route, a percent
        "都八点钟了你还不困啊",
        "我闺女才8岁 这题别考她",
        "这种题也就值8块钱",
        "今天8号 发工资了 请你吃饭",
        "我家住8楼 你丢刀上不来",
        "坐8路车回家路上想的",
        "百分之八的人会答错吧",
        # Traditional (Taiwan)
        "都八點半了還在出題",
        "我姪子才八歲耶",
        "這題八元賣你",
        "我家住8樓啦",
    ],
)
def test_a_number_of_something_else_is_no_knives_left(corpus: Corpus, said: str) -> None:
    assert reached(corpus, KNIVES, said) is None, explained(corpus, KNIVES, said)


@pytest.mark.parametrize(
    "said",
    [
        # Cantonese (Hong Kong): a clock time, an age, money, a weight, a bus route, a floor
        "九點喇 仲問埋啲咁嘅嘢",
        "我個仔先九歲 佢都識",
        "呢啲嘢九蚊咋",
        "我啱啱買咗九斤米",
        "我搭緊9號巴士 等陣先",
        "我住九樓 睇唔到棵樹",
    ],
)
def test_a_number_of_something_else_is_no_birds_left(corpus: Corpus, said: str) -> None:
    assert reached(corpus, BIRDS, said) is None, explained(corpus, BIRDS, said)


@pytest.mark.parametrize(
    "said",
    [
        "its 2 o'clock in the morning why are you asking me",
        "its 2 oclock bro",
        "class starts at 2 pm gotta go",
        "my nephew is 4 years old and he'd know this",
        "spent 2 bucks on apples today lol",
        "I paid $2 for these apples",
        "room 4 needs me, later",
        "age 6 and i still hate maths",
    ],
)
def test_an_english_number_of_something_else_is_no_apples(corpus: Corpus, said: str) -> None:
    assert reached(corpus, APPLES, said) is None, explained(corpus, APPLES, said)


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the answer, with the question's own measure (把, 只/隻, "left"), stays the answer
        (KNIVES, "还剩8把", "eight"),
        (KNIVES, "八把", "eight"),
        (KNIVES, "8", "eight"),
        (KNIVES, "10-2=8", "eight"),
        (KNIVES, "8把ㄚ", "eight"),
        (KNIVES, "還剩八把啦", "eight"),
        (BIRDS, "仲有九隻", "nine"),
        (BIRDS, "还剩9只", "nine"),
        (APPLES, "2 left", "two"),
        (APPLES, "2", "two"),
        # the answer beside a number of something else: that one is no second number
        (KNIVES, "八把 不过都快八点了", "eight"),
        (KNIVES, "八把啦，我儿子十岁都会算", "eight"),
        (BIRDS, "九隻 我個女六歲都計到", "nine"),
        (APPLES, "2, my kid is 5 years old and got it", "two"),
        (APPLES, "its 3 am but 2", "two"),
        (PILLS, "90 minutes, its 11 pm here", "ninety"),
    ],
)
def test_the_answer_stays_the_answer(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch, explained(corpus, where, said)


def test_the_questions_own_measure_stays_the_answer() -> None:
    # "how many floors" asks in 楼 and "years": a number in them is the answer there
    floors = matching([Branch("five", number="5")], ["这栋楼有几楼？"])
    assert picks(floors, "5楼") == "five"
    years = matching([Branch("seven", number="7")], ["How many years old is the cat?"])
    assert picks(years, "7 years") == "seven"
    other = matching([Branch("seven", number="7")], ["How many cats?"])
    assert picks(other, "7 years") is None


def test_the_reason_names_the_rule(corpus: Corpus) -> None:
    assert "a number of something else" in explained(corpus, KNIVES, "八点了")
