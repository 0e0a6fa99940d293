"""Lines a new user found wrong (round 15): each in the chat's own words, nothing doubled."""

from __future__ import annotations

import random

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.lab.spec import parse_train
from tests.support.conversation import handled


def test_training_progress_says_error_in_the_chats_language() -> None:
    line = {"gate": "OR", "epoch": 1, "epochs": 5000, "error": 0.25, "bar": ""}
    assert "误差 0.250000" in say("training", "zh", **line)
    assert "誤差 0.250000" in say("training", "zh-hk", **line)
    assert "誤差 0.250000" in say("training", "zh-hant", **line)
    assert "error=" not in say("training", "zh", **line) + say("training", "zh-hk", **line)


def test_train_takes_the_gates_chinese_names() -> None:
    for name, gate in (
        ("異或", "xor"),
        ("异或", "xor"),
        ("與", "and"),
        ("或", "or"),
        ("与非", "nand"),
    ):
        assert parse_train([name]).gate == gate, name


def test_edit_shows_what_was_there_without_doubled_punctuation() -> None:
    for lang in ("zh", "zh-hant", "zh-hk", "en"):
        shown = say("edit_now", lang, now="你知道什么动物最爱问为什么？")
        assert "？。" not in shown and "？." not in shown, shown


def test_the_answer_count_needs_no_plural_s() -> None:
    assert "(s)" not in say("new_ask_more", "en", count=1)


def test_a_member_is_told_the_groups_admins_change_its_language(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(1))
    member = Person(5, "Bob", "bob", "en")
    said = handled(engine, ChatState(lang="en"), Incoming(member, "/lang zh", 0.0, True))
    assert [r.text for r in said.replies] == [
        "Only this group's admins can change its language. To switch to Simplified Chinese, "
        "ask one of them to send /lang zh."
    ]
