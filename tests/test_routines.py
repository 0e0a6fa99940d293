"""Every routine in the shipped corpus, walked with every answer it knows and one it does not."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_CONTENT
from bot.engine.corpus import Routine, load_corpus
from bot.engine.engine import Engine, Incoming
from bot.engine.state import ChatState, Person

CORPUS = load_corpus(DEFAULT_CONTENT)
USER = Person(7, "Mei", "mei", "zh-hans")
NONSENSE = "🙃 完全无关 qwerty"


def paths_to_states(routine: Routine) -> dict[str, list[str]]:
    """For each state, answers that lead there from the start."""
    paths = {routine.start: []}
    todo = [routine.start]
    while todo:
        sid = todo.pop(0)
        for answer in routine.states[sid].answers:
            if answer.goto and answer.goto not in paths:
                paths[answer.goto] = [*paths[sid], answer.patterns[0]]
                todo.append(answer.goto)
    return paths


def play(engine: Engine, chat: ChatState, text: str, lang: str) -> tuple[str, ChatState]:
    sender = Person(USER.id, USER.name, USER.username, lang)
    outcome = engine.handle(chat, Incoming(sender, text, now=1000.0))
    engine.validate(outcome.chat)
    return "\n".join(r.text for r in outcome.replies), outcome.chat


CASES = [
    (routine, sid, answer_index, pattern)
    for routine in CORPUS.routines.values()
    for sid, state in routine.states.items()
    for answer_index, answer in enumerate(state.answers)
    for pattern in answer.patterns
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    ("routine", "sid", "answer_index", "pattern"),
    CASES,
    ids=[f"{r.id}:{s}:{i}:{p}" for r, s, i, p in CASES],
)
def test_each_recognised_answer(
    routine: Routine, sid: str, answer_index: int, pattern: str, lang: str
) -> None:
    engine = Engine(CORPUS)
    chat = ChatState(lang=lang)
    said, chat = play(engine, chat, f"/prank {routine.id}", lang)
    assert routine.states[routine.start].say.in_(lang) in said
    for step in paths_to_states(routine)[sid]:
        said, chat = play(engine, chat, step, lang)
    said, chat = play(engine, chat, pattern, lang)
    answer = routine.states[sid].answers[answer_index]
    if answer.reply:
        assert answer.reply.in_(lang) in said
    if answer.goto:
        assert routine.states[answer.goto].say.in_(lang) in said
        assert next(iter(chat.pranks.values())).state == answer.goto
    else:
        assert chat.pranks == {}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("routine", list(CORPUS.routines.values()), ids=list(CORPUS.routines))
def test_an_unrecognised_answer_gets_hints_then_the_reveal(routine: Routine, lang: str) -> None:
    engine = Engine(CORPUS)
    chat = ChatState(lang=lang)
    _, chat = play(engine, chat, f"/prank {routine.id}", lang)
    start = routine.states[routine.start]
    for _ in range(start.tries):
        said, chat = play(engine, chat, NONSENSE, lang)
        assert start.hint is not None and start.hint.in_(lang) in said
        assert chat.pranks, "a hint keeps the routine waiting"
    said, chat = play(engine, chat, NONSENSE, lang)
    assert start.reveal.in_(lang) in said
    assert chat.pranks == {}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_one_liner_and_dialogue_renders(lang: str) -> None:
    engine = Engine(CORPUS)
    for command, items in (("/joke", CORPUS.jokes), ("/story", CORPUS.stories)):
        for item_id, item in items.items():
            said, _ = play(engine, ChatState(lang=lang), f"{command} {item_id}", lang)
            assert said == item.text.in_(lang)
            assert said.strip()
