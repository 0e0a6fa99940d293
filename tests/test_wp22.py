"""Round twenty-two's wrong punchlines by kind (branch wp22), read from the "What went wrong, by
kind" sections of rounds 18-21 and the tuning sets' wrong punchlines: an answer holding more than
a clean answer (a condition, a question, the trick's words) makes the bot less sure, never more.
Each kind is probed with answers of our own (none from the sets) beside clean answers it must
not change: the shipped corpus and lexicon through the real matcher (the rules' own verdict: no
second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a bargain, no answer": a yes or no the speaker would give for a deal set on the
        # asker is its price, no answer (xm21 你请我吃饭我就不累, labelled otherwise, reached
        # not_tired; so did round 10's and round 21 dev's). Chinese, Simplified:
        ("running-all-day/ask", "你请我喝奶茶我就不累了", None),
        ("running-all-day/ask", "你背我回家，我就不累", None),
        ("running-all-day/ask", "给我买杯咖啡就不累了", None),
        ("running-all-day/ask", "你陪我睡一觉才不累", None),
        ("running-all-day/ask", "你请客我就不累哈哈", None),
        ("running-all-day/ask", "你帮我捶捶背，我就不累", None),
        # ...Traditional, Taiwan and Hong Kong
        ("running-all-day/ask", "你請我飲杯嘢我就唔攰", None),
        ("running-all-day/ask", "你俾我放假我就唔攰囉", None),
        ("running-all-day/ask", "你請我吃雞排我就不累啦", None),
        ("running-all-day/ask", "你幫我按摩，我就唔攰", None),
        ("running-all-day/ask", "你請客我才不累咧", None),
        # ...English
        ("play-water/ask", "if you buy me a water gun, sure", None),
        ("play-water/ask", "if you're paying for the water park then yes", None),
        ("play-water/ask", "buy me a jet ski and yes", None),
        ("play-water/ask", "only if you buy me an ice cream after, then yeah", None),
        ("silent-love/ask", "if you buy me dinner, yes", None),
        ("silent-love/ask", "get me a kebab and I'll say yes", None),
        ("bark-for-you/ask", "if you give me a tenner, go on then", None),
        ("bark-for-you/ask", "if u pay me a fiver, yeah", None),
        # ...what it buys of a branch that is no yes or no still names it; a clean answer, a
        # yes or no beside a deal in another clause, a condition that is no deal, a question
        # about one, stand
        ("want-drink/ask", "你请客我就喝可乐", "names_drink"),
        ("running-all-day/ask", "累死了", "tired"),
        ("running-all-day/ask", "好攰呀", "tired"),
        ("running-all-day/ask", "唔攰", "not_tired"),
        ("running-all-day/ask", "还好，不累", "not_tired"),
        ("running-all-day/ask", "不累，你请我吃饭我就再跑一天", "not_tired"),
        ("running-all-day/ask", "你請我吃飯？不累啦", "not_tired"),
        ("play-water/ask", "yes if it's hot out", "yes"),
        ("play-water/ask", "yeah love a swim", "yes"),
        ("play-water/ask", "no, hate getting wet", "no"),
        ("silent-love/ask", "yes, and you?", "yes"),
        ("bark-for-you/ask", "go on then", "yes"),
    ],
)
def test_a_bargain_is_no_answer(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_a_bargain_says_why(corpus: Corpus) -> None:
    assert "a bargain" in explained(corpus, "running-all-day/ask", "你请我喝奶茶我就不累了")
