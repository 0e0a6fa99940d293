"""speed29: an answer is read by the rules once a step, and the corpus loads with less work.

- The step: an answer that reached nothing was read by the rules a second time in its step
  where the state has a don't-know hint (`reading.gives_up`) or the answer has no words
  (`reading.says_nothing`, which asks `recognise` again); the state keeps the last answer
  `understand` read (`RoutineState.last_understood`), and the second asking is that reading.
- The load: `_colon_in_a_flow` reads a line's quotes and brackets only, and only on a line
  a flow opens in (it walked ~90,000 characters one by one); `title_key` filters with
  `str.isalnum` itself; `_told` walks a mapping with a loop. Each reads what it read.

No verdict moves (every tuning row diffed before and after); each test fails where its line
is broken."""

from __future__ import annotations

import random

from bot.content.corpus import Corpus, _colon_in_a_flow, _told
from bot.content.reading import gives_up
from bot.content.titles import title_key
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import sent


def test_a_dont_know_is_read_once_in_its_step(corpus: Corpus) -> None:
    """不知道 to one-and-three reaches nothing and hears the don't-know hint: `gives_up` asks
    the rules again in the same step, and is given the reading the step made (the same Match,
    not a new one)."""
    state = corpus.routines["one-and-three"].states["ask"]
    engine = Engine(corpus, random.Random(29))
    mei = Person(9, "Mei", "mei", "zh")
    asked = sent(engine, ChatState(), mei, "/prank one-and-three")
    answered = sent(engine, asked.chat, mei, "不知道", 5.0)
    assert state.dont_know_hint is not None
    assert answered.replies[0].text.endswith(state.dont_know_hint.in_("zh"))
    kept = state.last_understood
    assert kept is not None and kept[0] == "不知道"
    assert gives_up(state, "不知道")
    assert state.understand("不知道") is kept[1]  # read once: the step's own reading


def test_another_answer_is_read_anew(corpus: Corpus) -> None:
    """The kept reading is the last answer's only: another text is read by the rules, and
    then the first one again."""
    state = corpus.routines["one-and-three"].states["ask"]
    unsure = state.understand("不知道")
    assert unsure.branch_id is None
    assert state.understand("二").branch_id == "two"
    assert state.understand("是和").branch_id == "and"
    again = state.understand("不知道")
    assert again.branch_id is None and again is not unsure


def test_a_colon_is_in_a_flow_as_before() -> None:
    """`_colon_in_a_flow` reads quotes and brackets only: a tight colon after an opened
    bracket is in a flow, one inside quotes (either kind) or on a line no flow opens in is
    not, and a line opening with one may go on a flow above."""
    assert _colon_in_a_flow("k: [a, b:c]")
    assert _colon_in_a_flow("{:?a}")
    assert _colon_in_a_flow("x: [a\n:?]")
    assert _colon_in_a_flow('k: ["a", b:c]')
    assert _colon_in_a_flow("k: ['it''s', a:b]")
    assert not _colon_in_a_flow('k: ["a:b"]')
    assert not _colon_in_a_flow("k: ['a:b']")
    assert not _colon_in_a_flow('k: "[" x:y')
    assert not _colon_in_a_flow("k: http://example.com")


def test_a_title_key_keeps_letters_digits_and_characters() -> None:
    """A title as compared whole: Simplified, casefolded, letters, digits and characters only."""
    assert title_key("Ten Knives, 10!") == "tenknives10"
    assert title_key("一和三的中間？") == "一和三的中间"
    assert title_key("Mary's Dad") == "marysdad"


def test_told_gathers_every_line_but_the_untold_keys() -> None:
    """`_told`: every string of a routine's YAML, nested in mappings and lists, but the values
    of keys that are no words it says (id, goto, intent…)."""
    raw = {
        "id": "not-told",
        "title": "not told",
        "states": {"ask": {"say": "问题", "answers": [{"id": "x", "match": ["二", "two"]}]}},
    }
    assert sorted(_told(raw)) == sorted(["问题", "二", "two"])
