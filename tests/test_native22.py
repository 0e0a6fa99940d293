"""Round 22's new user-facing lines read by native readers (native22): the group reveal that
names the one a prank was aimed at, and hole-dirt's reply to a six. Each was read in its own
language, played in the console and kept; these pin what made it right, so a later edit that
falls back on converted mainland text, or English that contradicts the player, goes red."""

from __future__ import annotations

from bot.content.corpus import Corpus
from bot.i18n.catalogue import CATALOGUE, say
from bot.i18n.language import to_traditional
from tests.support.understanding import reached


def test_the_aimed_reveal_is_written_for_each_place_not_converted() -> None:
    """Taiwan's line is Taiwan's own (整人問題, as the unaimed reveal says), not the mainland's
    套路 converted; Hong Kong's is written Cantonese (出畀…嘅)."""
    line = CATALOGUE["timeout_whose_for"]
    values = {"by": "A", "target": "B", "question": "Q"}
    taiwan = say("timeout_whose_for", "zh-hant", by="A", target="B", question="Q")
    hong_kong = say("timeout_whose_for", "zh-hk", by="A", target="B", question="Q")
    assert taiwan != to_traditional(line.zh, "zh-hant").format(**values)
    assert taiwan == "（A 給 B 出的整人問題：Q）"
    assert hong_kong != to_traditional(line.zh, "zh-hk").format(**values)
    assert hong_kong == "（A 出畀 B 嘅整蠱題：Q）"
    # the mainland's says the bot's own name, 套路, as the unaimed reveal does
    assert (
        say("timeout_whose_for", "zh", by="A", target="B", question="Q") == "（A 给 B 下的套路：Q）"
    )
    assert say("timeout_whose", "zh", by="A", question="Q") == "（A 的套路：Q）"


def test_the_reply_to_a_six_is_said_only_to_a_six_in_the_questions_unit(corpus: Corpus) -> None:
    """The six reply says "cubic metres", the question's unit: a six in metres, or bare, reaches
    it; a six in another unit is torn or working (the safe path or `calculates`), so the reply
    never corrects the unit a player chose."""
    ask = corpus.routines["hole-dirt"].states["ask"]
    (six,) = [answer for answer in ask.answers if answer.id == "six"]
    assert six.reply is not None and "cubic metres" in six.reply.in_("en")
    assert "metres" in ask.say.in_("en")
    for answer in ("6", "six", "6 cubic meters", "2x3x1 = 6", "6m3"):
        assert reached(corpus, "hole-dirt/ask", answer) == "six", answer
    for answer in ("6 cubic feet", "about 6 cubic yards", "6 tonnes"):
        assert reached(corpus, "hole-dirt/ask", answer) != "six", answer
