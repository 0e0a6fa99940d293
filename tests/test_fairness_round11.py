"""Round eleven's fairness pass: what a new player met that did not fit what happened. Every
test plays the shipped corpus and lexicon through the real matcher and engine."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import REFUSED, Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import sent

MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")
KA = Person(9, "Ka", "ka", "zh-HK")
SAM = Person(10, "Sam", "sam", "en-US")


@pytest.mark.parametrize(
    ("who", "refusal"),
    [(MEI, "不玩"), (WEN, "懶得理你"), (KA, "唔講"), (SAM, "not playing")],
    ids=lambda v: v.language_code if isinstance(v, Person) else "",
)
def test_a_refusal_no_answer_takes_ends_the_prank_at_once_refused(
    corpus: Corpus, who: Person, refusal: str
) -> None:
    """Rule "a refusal scores nobody": "not playing" is not met with the hint ("count
    again?", as if unheard) but ends the prank with the reveal, refused, no got-you line."""
    engine, chat = Engine(corpus, random.Random(5)), ChatState()
    chat = sent(engine, chat, who, "/prank ten-knives anyway").chat
    last = sent(engine, chat, who, refusal)
    assert [e.outcome for e in last.endings] == [REFUSED]
    text = "\n".join(r.text for r in last.replies)
    for got_you in ("乖", "儿子", "兒子", "仔", "son", "good boy"):
        assert got_you not in text.lower(), text
    assert not last.chat.pranks, "the prank is over"
