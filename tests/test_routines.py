"""Every routine in the shipped corpus, walked with every answer it knows and one it does not.

An answer branch is walked with each of its phrases as written, its number (in digits and in
words), and the first words of its intents' lexicons, in both chat languages."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Answer, Routine, load_corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled
from understanding.matcher import REFUSED_ALONE
from understanding.text import clauses, flat, fold

CORPUS = load_corpus(DEFAULT_CONTENT)
USER = Person(7, "Mei", "mei", "zh-hans")
NONSENSE = "🙃 完全无关 qwerty"


NUMBER_WORDS = {"2": ["two", "两", "贰"], "8": ["eight", "八", "捌"]}
# Answers tried on each `regex:` (a regex alone names no example of its own).
# 月亮月亮: houyi-moon's typed is a regex (wp26: 月亮 typed twice or more, or alone)
REGEX_PROBES = [
    "18",
    "五步",
    "2步",
    "all",
    "none",
    "one hour",
    "1.5 hours",
    "人",
    "爸爸 你是我",
    "月亮月亮",
    "我有脑子你没有",  # you-and-pig/ask's flips_it, a regex alone (review30)
]


def examples(answer: Answer) -> list[str]:
    """Ways of giving this answer: its phrases, its number, its intents' first words, and
    the probes its regex finds."""
    found = list(answer.patterns)
    if answer.regex is not None:
        lexicon = CORPUS.lexicon
        found += [
            p for p in REGEX_PROBES if answer.regex.search(flat(clauses(fold(p, lexicon), lexicon)))
        ]
    if answer.number is not None:
        found += [answer.number, *NUMBER_WORDS.get(answer.number, [])]
    for intent in answer.intents:
        words = CORPUS.lexicon.intents[intent]
        found += [*words["zh"][:3], *words["en"][:3]]
    return list(dict.fromkeys(found))


def paths_to_states(routine: Routine) -> dict[str, list[str]]:
    """For each state, answers that lead there from the start."""
    paths = {routine.start: []}
    todo = [routine.start]
    while todo:
        sid = todo.pop(0)
        for answer in routine.states[sid].answers:
            if answer.goto and answer.goto not in paths:
                paths[answer.goto] = [*paths[sid], examples(answer)[0]]
                todo.append(answer.goto)
    return paths


def play(engine: Engine, chat: ChatState, text: str, lang: str) -> tuple[str, ChatState]:
    sender = Person(USER.id, USER.name, USER.username, lang)
    outcome = handled(engine, chat, Incoming(sender, text, now=1000.0))
    engine.validate(outcome.chat)
    return "\n".join(r.text for r in outcome.replies), outcome.chat


def cases(routine: Routine) -> list[tuple[str, int, str]]:
    """Every way of giving every answer of `routine`: (state, answer index, example), but a
    trick branch's phrase that only refuses saying the line (不念, 唔跟), typed alone: rule "a
    refusal with a reason of its own" reads it as the safe path (wp28: writers label it so),
    and the phrase counts beside anything else (不念 有诈)."""
    return [
        (sid, answer_index, pattern)
        for sid, state in routine.states.items()
        for answer_index, answer in enumerate(state.answers)
        for pattern in examples(answer)
        if not any(
            hit.why_not == REFUSED_ALONE
            for hit in state.understand(pattern).dropped_of(answer_index)
        )
    ]


def asked(routine: Routine, lang: str) -> dict[str, ChatState]:
    """The chat waiting in each state of `routine`, reached from /prank by the paths'
    first examples."""
    engine = Engine(CORPUS)
    waiting = {}
    for sid, path in paths_to_states(routine).items():
        said, chat = play(engine, ChatState(lang=lang), f"/prank {routine.id} anyway", lang)
        assert routine.states[routine.start].say.in_(lang) in said  # in both languages
        for step in path:
            said, chat = play(engine, chat, step, lang)
        assert routine.states[sid].say.in_(lang) in said
        waiting[sid] = chat
    return waiting


def reached(routine: Routine, chat: ChatState, sid: str, index: int, pattern: str) -> str:
    """What is wrong when `pattern`, said to `chat` waiting in state `sid`, does not take
    the answer's branch (its reply, then its next question or the prank's end); "" when it
    does."""
    said, chat = play(Engine(CORPUS), chat, pattern, chat.lang)
    answer = routine.states[sid].answers[index]
    lang = chat.lang
    if answer.reply and answer.reply.in_(lang) not in said:
        return f"{sid}: {pattern!r} did not get {answer.id}'s reply, but {said!r}"
    if answer.goto:
        if routine.states[answer.goto].say.in_(lang) not in said:
            return f"{sid}: {pattern!r} did not go on to {answer.goto}"
        if next(iter(chat.pranks.values())).state != answer.goto:
            return f"{sid}: {pattern!r} left the prank elsewhere than {answer.goto}"
    elif chat.pranks:
        return f"{sid}: {pattern!r} did not end the prank"
    return ""


# One test per routine and language, each trying every example of every branch: a test
# per example was 12,700 tests, most of the fast suite's time spent in pytest itself.
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("routine", list(CORPUS.routines.values()), ids=list(CORPUS.routines))
def test_each_recognised_answer(routine: Routine, lang: str) -> None:
    waiting = asked(routine, lang)
    wrong = [
        problem
        for sid, index, pattern in cases(routine)
        if (problem := reached(routine, waiting[sid], sid, index, pattern))
    ]
    assert not wrong, "\n".join(wrong)


def test_every_branch_has_an_id_and_every_routine_plays_in_its_languages() -> None:
    plays = {}
    for routine in CORPUS.routines.values():
        plays[routine.plays] = plays.get(routine.plays, 0) + 1
        for state in routine.states.values():
            ids = [a.id for a in state.answers]
            assert all(not i.startswith("answer-") for i in ids), (routine.id, ids)
            assert len(set(ids)) == len(ids)
            assert all(examples(a) for a in state.answers), routine.id  # each can be walked
    # The seed's ten play in both, but for its two Chinese puns (ten-knives, monkey-name).
    assert plays == {("zh", "en"): 8, ("en",): 33, ("zh",): 32}


def test_the_english_ten_knives_answer_is_no_daddy() -> None:
    state = CORPUS.routines["ten-knives"].states["ask"]
    assert state.recognise("daddy") is None
    assert state.recognise("爸爸") is state.answers[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("routine", list(CORPUS.routines.values()), ids=list(CORPUS.routines))
def test_an_unrecognised_answer_gets_hints_then_the_reveal(routine: Routine, lang: str) -> None:
    engine = Engine(CORPUS)
    chat = ChatState(lang=lang)
    _, chat = play(engine, chat, f"/prank {routine.id} anyway", lang)
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
