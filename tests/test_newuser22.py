"""A new user's console play (newuser22): the letter said as a sentence ("the capital letter
is P") is the letter P; a P denied in that sentence is not."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def _branch(corpus: Corpus, routine: str, state: str, text: str) -> str:
    answer = corpus.routines[routine].states[state].recognise(text)
    return "otherwise" if answer is None else answer.id


@pytest.mark.parametrize(
    "text", ["the capital letter is P", "the capital letter would be P", "the first letter is p"]
)
def test_the_letter_said_as_a_sentence_is_the_letter(corpus: Corpus, text: str) -> None:
    assert _branch(corpus, "capital-of-paris", "paris", text) == "letter_p"


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("the capital letter is not P, its France", "otherwise"),  # P denied: the safe reveal
        ("France", "france"),
        ("Paris is a city", "no_capital"),
    ],
)
def test_a_sentence_without_the_letter_is_unchanged(corpus: Corpus, text: str, branch: str) -> None:
    assert _branch(corpus, "capital-of-paris", "paris", text) == branch
