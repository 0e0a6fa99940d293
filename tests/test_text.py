from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.text import chinese_to_int, normalise, same_answer


@pytest.mark.parametrize("typed", ["八", "8", "八把", "8把", "８把", " 八 把！", "eight", "EIGHT."])
def test_ways_of_typing_eight_match_eight_knives(typed: str) -> None:
    assert same_answer(normalise(typed), normalise("八把"))


@pytest.mark.parametrize("typed", ["六", "6把", "十八", "八百", "爸"])
def test_other_numbers_do_not_match_eight_knives(typed: str) -> None:
    assert not same_answer(normalise(typed), normalise("八把"))


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("八", 8),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("一百零五", 105),
        ("三千", 3000),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert chinese_to_int(numeral) == value


def test_thousands_of_numerals_are_read_without_int_limits() -> None:
    assert normalise("八" * 5000) == "8" * 5000


def test_width_case_spacing_punctuation_and_particles_are_folded() -> None:
    assert normalise("ＨＥＬＬＯ， World!") == "helloworld"
    assert normalise("喜欢呀~") == normalise("喜欢")
    assert normalise("I don't know") == normalise("idontknow")


@given(st.text(max_size=200))
def test_normalise_never_raises_and_drops_spaces(text: str) -> None:
    result = normalise(text)
    assert isinstance(result, str)
    assert " " not in result
