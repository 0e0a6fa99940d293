"""Round twenty-one's should-fixes (ops21): Chinese numerals and the words of 定 read from the
lexicon as data, not listed in code; the answer reached by a fall taken back in time named
so (`caught_in_time`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON
from understanding.matcher import Branch, Matcher
from understanding.text import fold

# -- numerals and 定 words are the lexicon's -------------------------------------------------


def test_a_word_said_slowly_is_joined_and_numerals_stay_apart() -> None:
    assert "我爱你" in fold("我…爱…你？", LEXICON)
    assert "一二三" not in fold("一…二…三", LEXICON)  # counted one by one


def test_the_numerals_kept_apart_are_the_lexicons() -> None:
    # a lexicon whose numerals_zh lacks 一, 二 and 三 reads 一…二…三 as a word said slowly:
    # the rule reads its numerals from the data, not from a list of its own
    fewer = replace(LEXICON, numerals_zh=LEXICON.numerals_zh - {"一", "二", "三"})
    assert "一二三" in fold("一…二…三", fewer)


TWO = [Branch("two", number="2"), Branch("three", number="3")]


@pytest.mark.parametrize("answer", ["一二三 中間梗係二啦", "二，一二三四，幼稚園程度"])
def test_counting_aloud_is_working_not_a_number(answer: str) -> None:
    assert Matcher(TWO, lexicon=LEXICON).match(answer).branch_id == "two"


def test_counting_down_is_no_counting_aloud() -> None:
    # the neighbour: three numerals that do not count up one by one are a number said
    assert Matcher(TWO, lexicon=LEXICON).match("三二一").branch_id is None


EIGHT = [Branch("eight", number="8"), Branch("ten", number="10")]


@pytest.mark.parametrize("answer", ["肯定係八把啦？", "我認定係八把？"])
def test_a_ding_word_before_shi_offers_no_choice(answer: str) -> None:
    assert Matcher(EIGHT, lexicon=LEXICON).match(answer).branch_id == "eight"


def test_the_ding_words_are_the_lexicons() -> None:
    # without 肯定 among ding_words_zh, 肯定係 is Cantonese 定係 ("or"): a choice asked back
    fewer = replace(LEXICON, ding_words_zh=LEXICON.ding_words_zh - {"肯定"})
    assert Matcher(EIGHT, lexicon=fewer).match("肯定係八把啦？").branch_id is None
    assert Matcher(EIGHT, lexicon=fewer).match("我認定係八把？").branch_id == "eight"


# -- a fall taken back in time --------------------------------------------------------------


def test_a_fall_taken_back_is_marked_caught_in_time(corpus: Corpus) -> None:
    state = corpus.routines["xiaoming-third-son"].states["ask"]
    taken_back = state.recognise("三毛，不对不对，是小明")
    assert taken_back is not None and taken_back.caught_in_time
    at_once = state.recognise("小明")  # the neighbour: seen through at once, nothing taken back
    assert at_once is not None and not at_once.caught_in_time
