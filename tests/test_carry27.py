"""carry27: the round's scoring change (ops27, redteam27) read as the one who carries it.

Each test drives the real engine through the real corpus (no mocks of our code)."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import Corpus
from bot.content.reading import MAX_ATTEMPT_CHARS
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent


def _answered(corpus: Corpus, lang: str, routine: str, typed: str) -> tuple[str, str | None]:
    """The bot's first line to `typed` as the first answer, and the outcome if it ended."""
    engine = Engine(corpus, random.Random(27))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, f"/prank {routine} anyway")
    answered = sent(engine, asked.chat, mei, typed, 5.0)
    outcome = answered.endings[0].outcome if answered.endings else None
    return answered.replies[0].text, outcome


@pytest.mark.parametrize(
    ("lang", "routine", "unit"),
    [
        ("en", "how-many-birthdays", "ab"),  # no one word said over and over: length alone
        ("zh", "blood-type", "天气"),
    ],
)
def test_the_wall_of_text_starts_just_past_max_attempt_chars(
    corpus: Corpus, lang: str, routine: str, unit: str
) -> None:
    """reading.py's comment said 400 characters where MAX_ATTEMPT_CHARS is 280: the constant is
    the rule. 280 characters of something is an attempt (it falls); 282 are a wall (asked
    again, saying why, no ending)."""
    at_limit = unit * (MAX_ATTEMPT_CHARS // len(unit))
    past = at_limit + unit
    assert len(at_limit) == MAX_ATTEMPT_CHARS
    line, outcome = _answered(corpus, lang, routine, at_limit)
    assert outcome == "fell", line
    line, outcome = _answered(corpus, lang, routine, past)
    assert outcome is None
    assert say("no_attempt_nonsense", lang) in line, line
