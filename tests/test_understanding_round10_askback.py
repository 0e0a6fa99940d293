"""Round ten's final set tuned on (askback16): a question asked back about the question's own
words, in dialect, and a word said back at the asker, in English. "What are you?" asked in
Cantonese (你係咩呀, 你係乜) or Wuhan (你是么斯) closes on the ask's own 是: it types no 你係
(rule "who it is, asked back"). Each said in words written for this file, not the writers'
sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- "what are you?" asked back in dialect: no 你係 typed ---------------------------------------


@pytest.mark.parametrize(
    "said",
    ["你係咩啊 我唔明", "你係乜呀？", "你是么斯哦 没听懂"],
)
def test_what_are_you_asked_in_dialect_types_nothing(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "follow-me-baba/first", said) is None


def test_you_are_said_plainly_still_types(corpus: Corpus) -> None:
    assert reached(corpus, "follow-me-baba/first", "你係") == "typed"


# -- asked back in English: who even, why X -----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("tallest-mountain/ask", "who even measured everest"),
        ("tallest-mountain/ask", "what even made everest so famous"),
        ("spell-icup/ask", "why icup of all words?"),
    ],
)
def test_asked_back_in_english_answers_nothing(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


def test_everest_said_plainly_still_answers(corpus: Corpus) -> None:
    assert reached(corpus, "tallest-mountain/ask", "everest obviously") == "everest"


# -- said back at the asker, in English ---------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("boo-who/boo", "boo to thee too"),
        ("boo-who/boo", "well boo to you as well"),
        ("joke-yolk/repeat", "youre the joke 🙄"),
        ("joke-yolk/repeat", "you are the joke"),
    ],
)
def test_said_back_at_the_asker_in_english(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


def test_called_the_x_mid_clause_still_answers(corpus: Corpus) -> None:
    # a compliment goes on past the word: no thing the asker is called
    assert (
        reached(corpus, "compliment-game/ask", "you are the coolest person i know") == "compliment"
    )
