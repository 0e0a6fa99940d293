"""Whatever anyone types, in any order, the engine answers and its state stays valid."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import load_corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

CORPUS = load_corpus(DEFAULT_CONTENT)
PEOPLE = [
    Person(1, "Alice", "alice", "en"),
    Person(2, "<b>Bob</b> & co", None, "zh-hans"),
    Person(3, "", "carol", None),
    Person(-100123, "Channel", None, None),
]
patterns = [
    p
    for r in CORPUS.routines.values()
    for s in r.states.values()
    for a in s.answers
    for p in a.patterns
]
commands = st.sampled_from(
    [
        "/start",
        "/help",
        "/list",
        "/joke",
        "/story",
        "/stats",
        "/cancel",
        "/lang en",
        "/lang zh",
        "/lang",
        "/prank",
        "/prank @alice",
        "/prank @carol ten-knives",
        "/nope",
        "/prank@TaoluBot monkey-name",
    ]
    + [f"/prank {rid}" for rid in CORPUS.routines]
)
texts = st.one_of(
    commands,
    st.sampled_from(patterns),
    st.text(max_size=50),
    st.sampled_from(["八" * 5000, "8" * 5000, "十" * 5000]),
)
messages = st.lists(
    st.tuples(
        st.integers(0, len(PEOPLE) - 1),
        texts,
        st.one_of(st.none(), st.integers(0, 5).map(str)),  # ticket
        st.one_of(st.none(), st.integers(0, len(PEOPLE) - 1)),  # replied-to person
        st.floats(0, 5000),  # seconds since the last message
    ),
    max_size=25,
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages, st.booleans(), st.integers(0, 2**32))
def test_engine_never_raises_and_state_stays_valid(script, in_group, seed) -> None:
    engine = Engine(CORPUS, random.Random(seed))
    chat, now = ChatState(), 0.0
    for who, text, ticket, replied, pause in script:
        now += pause
        expired = engine.expire(chat, now)
        engine.validate(expired.chat)
        replied_person = None if replied is None else PEOPLE[replied]
        message = Incoming(PEOPLE[who], text, now, in_group, ticket, replied_person)
        outcome = handled(engine, expired.chat, message)
        engine.validate(outcome.chat)
        for reply in outcome.replies:
            assert reply.text.strip()
            assert len(reply.text) <= 4096
        chat = ChatState.from_json(json.loads(json.dumps(outcome.chat.to_json())))
        if not in_group:
            assert len(chat.pranks) <= 1
