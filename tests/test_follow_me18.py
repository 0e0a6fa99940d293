"""follow-me-baba, an answer it cannot read (newuser18): like every state, a hint first and
then the reveal, which tells the trick (the three lines, 你是我的爸爸), counting for nobody;
it used to call the round off with the joke untold (算了，这局不算)."""

from __future__ import annotations

import pytest

from bot.content.corpus import CALLED_OFF, Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import sent

TRICK = {"zh": "你是我的爸爸", "zh-hant": "你是我的爸爸", "zh-hk": "你係我嘅爸爸"}


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
@pytest.mark.parametrize("typed_first", [False, True])
def test_an_unreadable_answer_gets_the_hint_then_the_trick_told(
    corpus: Corpus, lang: str, typed_first: bool
) -> None:
    engine = Engine(corpus)
    you = Person(8, "You", "you", lang)
    chat = sent(engine, ChatState(lang=lang), you, "/prank follow-me-baba").chat
    state = "first"
    if typed_first:  # at the second line: 你是 typed, then nothing it can read
        chat = sent(engine, chat, you, "你是").chat
        state = "second"
    # words it cannot read (a keyboard mash, asdfgh, is no answer since ops30b: nudged first)
    hinted = sent(engine, chat, you, "紫色大象")
    hint = corpus.routines["follow-me-baba"].states[state].hint
    assert hint is not None and hinted.replies[0].text == hint.in_(lang)
    assert hinted.replies[0].asks and hinted.endings == []
    told = sent(engine, hinted.chat, you, "紫色大象")
    assert [e.outcome for e in told.endings] == [CALLED_OFF]
    assert TRICK[lang] in told.replies[0].text
    assert "这局不算" not in told.replies[0].text and "呢局唔計" not in told.replies[0].text
