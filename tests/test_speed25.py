"""speed25: the answer step's work that only a few answers need, gated on a cheap test first;
what is built from the lexicon, built once; the clauses an answer was read in, reused. No
verdict moves (every tuning row reads the same, row by row): each test pins what one of these
relies on, through the shipped corpus and lexicon, and fails where that line is broken."""

from __future__ import annotations

import dataclasses

import pytest

from bot.content import reading
from bot.content.corpus import DEFAULT_LEXICON, Corpus, RoutineState, load_lexicon
from tests.support.understanding import reached
from understanding import matcher as matcher_module
from understanding.text import clauses, fold

LEXICON = load_lexicon(DEFAULT_LEXICON)


def _state(corpus: Corpus, where: str) -> RoutineState:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state]


# -- a question back reads the clauses the answer was just read in --------------------------------


def test_a_question_back_reads_the_clauses_the_answer_was_read_in(corpus: Corpus) -> None:
    """`asks_back` is asked right after the answer was recognised: it reads the clauses the
    matcher kept (`Matcher.clauses_read`), where it folded and cut the answer a second time.
    A reading of another text put in their place is what it answers by."""
    state = _state(corpus, "ten-knives/ask")
    said = "你问这个干嘛"
    assert reading.recognise(state, said) is None
    assert reading.asks_back(state, said)
    lexicon = state.matcher.lexicon
    state.matcher._last_read = (said, clauses(fold("八把", lexicon), lexicon))
    try:
        assert not reading.asks_back(state, said)
    finally:
        state.matcher._last_read = None
    assert reading.asks_back(state, said)  # (nothing kept: read anew)


@pytest.mark.parametrize("said", ["why do u ask", "你问这个干嘛", "ok 点解问我", "八把？"])
def test_a_question_back_is_read_after_recognising(corpus: Corpus, said: str) -> None:
    state = _state(corpus, "ten-knives/ask")
    reading.recognise(state, said)
    assert reading.asks_back(state, said)


@pytest.mark.parametrize("said", ["idk lol", "八把", "不知道"])
def test_no_question_back(corpus: Corpus, said: str) -> None:
    state = _state(corpus, "ten-knives/ask")
    reading.recognise(state, said)
    assert not reading.asks_back(state, said)


# -- rule "a word inside an idiom": gated on the hit's first word being an idiom's ---------------


def test_every_word_of_every_idiom_opens_the_gate() -> None:
    words = matcher_module._idiom_words(LEXICON.idioms_en)
    assert words == {word for idiom in LEXICON.idioms_en for word in idiom.split()}


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("greenhouse-bricks/red", "paint the town red"),  # the idiom's last word
        ("greenhouse-bricks/blue", "once in a blue moon"),  # inside it
        ("greenhouse-bricks/green", "green with envy"),  # its first
    ],
)
def test_a_word_inside_an_idiom_anywhere_in_it(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) is None


# -- rule "who it is, asked back": particles and ask closers, joined once -------------------------


def test_an_ask_closed_by_first_still_asks(corpus: Corpus) -> None:
    closing = matcher_module._closing_an_ask(LEXICON.particles_zh, LEXICON.ask_closers_zh)
    assert closing == LEXICON.particles_zh | LEXICON.ask_closers_zh
    assert reached(corpus, "follow-me-baba/second", "你係我嘅乜嘢先") is None
    assert reached(corpus, "follow-me-baba/second", "我嘅") == "typed"


# -- rule "one's own number": the adverbs, longest first, sorted once ----------------------------


def test_ones_own_number_after_the_longer_adverb(corpus: Corpus) -> None:
    # 已经 is read before 已 (whose rest, 经, is no adverb): the writer's own age, no guess
    assert reached(corpus, "guess-my-age/ask", "你先猜我 我已经六十八了") is None
    assert reached(corpus, "guess-my-age/ask", "六十八") == "guesses_number"


# -- rule "asked why": an English clause holds no Chinese why ----------------------------------


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("why do you ask", "asks_why"),
        ("你问这个干嘛", "asks_why"),
        ("你问这个做什么", "asks_why"),
        ("ok lol", None),
    ],
)
def test_asked_why(corpus: Corpus, said: str, why: str | None) -> None:
    state = _state(corpus, "ten-knives/ask")
    assert reading.recognise(state, said) is None
    assert reading.not_answered_yet(state, said) == why


# -- rule "asked again": a clause opening on neither a request nor a particle asks nothing --------


@pytest.mark.parametrize("said", ["蛤", "啊蛤", "你说啥呀", "huh what", "what lol"])
def test_asked_again(corpus: Corpus, said: str) -> None:
    state = _state(corpus, "ten-knives/ask")
    assert state.matcher.asks_again(said)


@pytest.mark.parametrize("said", ["八把", "eight what", "蛤蟆"])
def test_not_asked_again(corpus: Corpus, said: str) -> None:
    state = _state(corpus, "ten-knives/ask")
    assert not state.matcher.asks_again(said)


# -- an answer's seeing through and the give-away's branch: worked out once, not per read -------


def test_seeing_through_is_worked_out_when_the_answer_is_made(corpus: Corpus) -> None:
    seen = 0
    for routine in corpus.routines.values():
        for state in routine.states.values():
            assert state.give_away_branch == len(state.answers)
            for answer in state.answers:
                wary = "trick" in answer.intents and answer.goto is not None
                assert answer.sees_through == (answer.saw_through or wary)
                seen += answer.sees_through
    assert seen > 50
    state = _state(corpus, "ten-knives/ask")
    answer = next(a for a in state.answers if not a.sees_through)
    assert dataclasses.replace(answer, saw_through=True).sees_through
    assert dataclasses.replace(state, answers=state.answers[:1]).give_away_branch == 1
