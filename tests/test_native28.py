"""native28: the lines ops28 added, read as their readers would.

- Hong Kong Cantonese says a fall "still counts" as 一樣計㗎: 照計 reads "by rights"
  (照計佢應該到咗), so 「頭先估嗰下已經中咗伏，照計。」 left the reader waiting for the rest.
- English: a new /prank after a hinted guess said "(That's the last one over. ... and it counts:
  {reveal} New one:)"; now it leaves the last one there, as its sibling lines do, and tells the
  answer as "The answer:".
- Chinese: the same line ran the answer on after a comma (照样算数，答案是：); a full stop, as in
  the cancel's line.

Each line is read where the user reads it: the routine whose reveal is the prank, a guess
hinted, then a /cancel, a timeout or a new /prank, through the real corpus.
"""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import CATALOGUE, say
from tests.support.conversation import HINTED_ROUTINE_28, WILD_GUESS, sent


def _hinted(corpus: Corpus, lang: str) -> tuple[Engine, Response]:
    """Mei's private chat in `lang`: the routine asked, a wild guess hinted."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    asked = sent(engine, chat, mei, f"/prank {HINTED_ROUTINE_28[lang]} anyway", 1.0)
    hinted = sent(engine, asked.chat, mei, WILD_GUESS[lang], 2.0)
    assert not hinted.endings, hinted.replies
    return engine, hinted


def _ended(corpus: Corpus, lang: str, how: str) -> str:
    """What the user reads when the hinted prank ends `how`."""
    engine, hinted = _hinted(corpus, lang)
    if how == "timeout":
        ended = engine.expire(hinted.chat, 10.0**9)
    else:
        mei = Person(9, "Mei", "mei", lang)
        text = {"cancel": "/cancel", "new": "/prank one-and-three"}[how]
        ended = sent(engine, hinted.chat, mei, text, 50.0)
    return "\n".join(reply.text for reply in ended.replies)


@pytest.mark.parametrize(
    ("how", "line"),
    [
        ("cancel", "（頭先估嗰下已經中咗伏，一樣計㗎。答案係："),
        ("timeout", "⏰ 夠鐘喇。頭先估嗰下已經中咗伏，一樣計㗎。答案係："),
        ("new", "（上一個套路唔玩住。頭先估嗰下已經中咗伏，一樣計㗎。答案係："),
    ],
)
def test_cantonese_says_the_guess_still_counts(corpus: Corpus, how: str, line: str) -> None:
    shown = _ended(corpus, "zh-hk", how)
    assert line in shown, shown
    assert "照計" not in shown, shown


def test_english_leaves_the_last_one_there_and_tells_the_answer(corpus: Corpus) -> None:
    shown = _ended(corpus, "en", "new")
    assert shown.startswith(
        "(Leaving the last one there: that guess walked right into it, and it counts."
        " The answer: Fine, I'll go first"
    ), shown
    # native30: the bracket closes on the reveal, then "New one:" (no "New one:)" smiley)
    assert shown.split("\n")[0].endswith(") New one:"), shown


def test_chinese_tells_the_answer_after_a_full_stop(corpus: Corpus) -> None:
    shown = _ended(corpus, "zh", "new")
    assert shown.startswith(
        "（上一个套路先不玩了。刚才那一猜已经中招了，照样算数。答案是：九除以三"
    ), shown


@pytest.mark.parametrize(
    ("key", "line"),
    [
        ("fall_stands", "（@mei 頭先已經中咗伏，嗰下一樣計㗎。）"),
        ("fall_stands_you", "（你頭先已經中咗伏，嗰下一樣計㗎。）"),
        ("timeout_fell", "⏰ 夠鐘喇。半路中伏嗰下一樣計㗎。答案係："),
        ("previous_dropped_fell", "（上一個套路唔玩住，你半路中伏嗰下一樣計㗎。）"),
    ],
)
def test_the_older_fall_lines_say_it_the_same_way(key: str, line: str) -> None:
    """A fall partway is told beside the hinted guess's lines: one way of saying it counts."""
    assert say(key, "zh-hk", target="@mei") == line


def test_no_cantonese_line_says_by_rights_for_it_counts() -> None:
    lines = {key: text.in_("zh-hk") for key, text in CATALOGUE.items()}
    assert not [key for key, line in lines.items() if "照計" in line]


@pytest.mark.parametrize(
    ("lang", "name", "heading"),
    [
        ("zh", "表白", "跟“表白”有关的套路有好几个，你想玩哪个？"),
        ("zh-hant", "謎語", "跟「謎語」有關的套路有好幾個，你想玩哪一個？"),
        ("zh-hk", "估謎語", "同「估謎語」有關嘅套路有幾個，你想玩邊個？"),
        ("en", "riddle", "“riddle” fits more than one routine. Which one would you like?"),
    ],
)
def test_a_kind_s_routines_are_offered_without_doubting_the_name(
    corpus: Corpus, lang: str, name: str, heading: str
) -> None:
    """/prank 表白 names a kind: the offer says these routines go with it, not that the name
    "might be" them (可能是这几个套路) or was a slip ("Did you mean:")."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    offered = sent(engine, chat, mei, f"/prank {name}", 1.0)
    assert offered.replies[0].text.split("\n")[0] == heading, offered.replies[0].text
