"""Round twenty-three's ops fixes: one table for the operators' words (review22), /prank's
search by a routine's words in any language (newuser22), the playground's message numbers per
chat, and what a Chinese chat is told in its own words. Each seen red without its change."""

from __future__ import annotations

import pytest

from understanding import text

# -- an operator's word: one table, read both ways (review22) -----------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2x3x1...", "2 times 3 times 1..."),
        ("2×3…", "2 times 3…"),
        ("2*3 = um", "2 times 3 = um"),
        ("10÷2 ...", "10 divided by 2 ..."),
        ("10/2…", "10 divided by 2…"),
        ("9 − 2…", "9 minus 2…"),
        ("9-2…", "9 minus 2…"),
        ("1+2...", "1 plus 2..."),
    ],
)
def test_a_sum_still_being_worked_says_its_operators_in_words(typed: str, said: str) -> None:
    """Rule "a sum still being worked": its operators read as words, as before the table
    was made one (review22)."""
    assert text.arithmetic(typed) == said


@pytest.mark.parametrize("symbol", ["+", "-", "−", "*", "x", "×", "/", "÷"])
def test_an_operators_word_reads_back_as_its_symbol(symbol: str) -> None:
    """The word a symbol is said as is one that "working in words" reads as that symbol
    (x, × and ÷, − as the *, / and - they stand for). Breakage: a second table, kept by
    hand beside _EN_OPERATORS, could say a word that table reads otherwise, or none."""
    word = text._OPERATOR_WORDS[symbol]
    stands_for = {"x": "*", "×": "*", "÷": "/", "−": "-"}.get(symbol, symbol)
    assert text.worded_sums(f"3 {word} 2") == f"3{stands_for}2"
