"""Answer normalisation: compare what people type, not how they type it.

Both the corpus's patterns and the user's answers go through `normalise`, so the
rules only need to be consistent, not linguistically complete.
"""

from __future__ import annotations

import re
import unicodedata

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMERAL_RUN = re.compile(f"[{''.join(_CN_DIGITS)}{''.join(_CN_UNITS)}]+")

_EN_NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_EN_NUMBER_WORD = re.compile(r"\b(" + "|".join(_EN_NUMBERS) + r")\b")

# Sentence-final particles carry tone, not meaning: "喜欢呀" answers like "喜欢".
_TRAILING_PARTICLES = re.compile(r"(?<=.)[呀啊啦吧呢哦嘛喔噢哟呗哈了]+$")
# A number followed by one measure word ("八把", "3个") means the number.
_NUMBER_WITH_MEASURE = re.compile(r"(\d+)[把个只块次位条本张件根头匹]?")


def chinese_to_digits(numeral: str) -> str:
    """A run of Chinese numerals in digits: "八" → "8", "十二" → "12", "一百零五" → "105".

    A run of bare digits ("二零二四") is read digit by digit and never through int(), which
    refuses strings over 4,300 digits: people do paste thousands of "八".
    """
    if all(ch in _CN_DIGITS for ch in numeral):
        return "".join(str(_CN_DIGITS[ch]) for ch in numeral)
    return str(chinese_to_int(numeral))


def chinese_to_int(numeral: str) -> int:
    """Value of a run of Chinese numerals with units: "十二" → 12, "二十" → 20, "一百零五" → 105."""
    total, digit = 0, 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
    return total + digit


def normalise(text: str) -> str:
    """Fold width, case, spacing, punctuation and numerals so equal answers compare equal."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _EN_NUMBER_WORD.sub(lambda m: str(_EN_NUMBERS.index(m.group(1))), text)
    text = _CN_NUMERAL_RUN.sub(lambda m: chinese_to_digits(m.group(0)), text)
    kept = [ch for ch in text if unicodedata.category(ch)[0] not in "PZSC"]
    return _TRAILING_PARTICLES.sub("", "".join(kept))


def numeric_core(normalised: str) -> str | None:
    """The number a normalised answer stands for, if it is only a number (and a measure word)."""
    match = _NUMBER_WITH_MEASURE.fullmatch(normalised)
    return match.group(1) if match else None


def same_answer(normalised_answer: str, normalised_pattern: str) -> bool:
    """True when two normalised strings are the same answer ("8" and "8把" are)."""
    if normalised_answer == normalised_pattern:
        return True
    number = numeric_core(normalised_answer)
    return number is not None and number == numeric_core(normalised_pattern)
