"""After round twenty-six's final run (fix26b): rule "the question's verb refused". 不猜 to
猜猜我是什么血型？ opens the bot's own refusal line (不猜就算了…), yet it was told the punchline and
scored a fall: the matcher reads the question's verb negated as a no, and blood-type has no branch
for a no. Where no branch takes a no, the echoed verb declines to play, as 不告诉你 does: it ends
refused (scoring nobody) with the refusal's line. A plain no word (不是, 不要) is no echo: the
reveal's, as before. Through the real engine, corpus and lexicon (no mocks)."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import sent


def _ended(corpus: Corpus, lang: str, typed: str) -> tuple[str, str]:
    engine = Engine(corpus, random.Random(26))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, "/prank blood-type")
    answered = sent(engine, asked.chat, mei, typed, 5.0)
    (ending,) = answered.endings
    return ending.outcome, answered.replies[0].text


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("zh-hans", "不猜", "不猜就算了"),
        ("zh-hans", "不猜不猜", "不猜就算了"),
        ("zh-hant", "不猜", "不猜就算了"),
        ("zh-hk", "唔估", "唔估就算啦"),
    ],
)
def test_the_questions_verb_refused_ends_refused(
    corpus: Corpus, lang: str, typed: str, line: str
) -> None:
    outcome, reply = _ended(corpus, lang, typed)
    assert outcome == "refused"
    assert reply.startswith(line)


# 不要 (not wanting) left this list in ops28: to a question asking what (什么血型), it declines
# to play (rule "a no to a what": refused, the refusal's line, no fall; tests/test_ops28.py)
@pytest.mark.parametrize("typed", ["不是"])
def test_a_plain_no_still_hears_the_reveal(corpus: Corpus, typed: str) -> None:
    outcome, reply = _ended(corpus, "zh-hans", typed)
    assert outcome == "fell"
    assert "理想型" in reply
