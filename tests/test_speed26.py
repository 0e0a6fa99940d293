"""speed26: work the answer step did on every answer that only a few need, taken back; what is
built from the corpus, built once per state. No verdict moves (every tuning row reads the
same, row by row): each test pins what one of these relies on, through the shipped corpus and
lexicon, and fails where that line is broken."""

from __future__ import annotations

import dataclasses

import pytest

from bot.content import reading
from bot.content.corpus import DEFAULT_LEXICON, Corpus, RoutineState, load_lexicon
from understanding import matcher as matcher_module
from understanding import second_opinion

LEXICON = load_lexicon(DEFAULT_LEXICON)


def _state(corpus: Corpus, where: str) -> RoutineState:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state]


# -- what a branch means (the veto's `same_as`): one set per answer, built once per state ---------


def test_a_branch_means_itself_a_set_built_once(corpus: Corpus) -> None:
    """`same_as` of a branch that does not see through the trick is the state's set for that
    answer, the same object on every answer (a new frozenset on each was ~1% of a step)."""
    state = _state(corpus, "ten-knives/ask")
    found = state.understand("八把")
    assert found.branch is not None
    answer = state.answers[found.branch]
    assert not answer.sees_through
    same = reading.same_as(state, found)
    assert same == frozenset({answer.id})
    assert same is state.answer_labels[found.branch]
    assert reading.same_as(state, state.understand("8把")) is same


def test_every_answers_set_is_its_own_id(corpus: Corpus) -> None:
    for routine in corpus.routines.values():
        for state in routine.states.values():
            assert state.answer_labels == tuple(frozenset({a.id}) for a in state.answers)
    state = _state(corpus, "ten-knives/ask")
    fewer = dataclasses.replace(state, answers=state.answers[:1])
    assert fewer.answer_labels == (frozenset({state.answers[0].id}),)


def test_seeing_through_still_means_every_sharp_label(corpus: Corpus) -> None:
    states = [s for r in corpus.routines.values() for s in r.states.values()]
    state, sharp = next((s, i) for s in states for i, a in enumerate(s.answers) if a.sees_through)
    found = dataclasses.replace(state.understand("八把"), branch=sharp)
    assert reading.same_as(state, found) is state.sharp_labels


# -- rule "asked again": a clause read until no request reaches further ---------------------------


@pytest.mark.parametrize(
    "said",
    ["huh what", "what lol", "啊蛤", "蛤 蛤", "你说啥呀", "啊 你说啥", "huh? what?", "what what"],
)
def test_requests_and_particles_read_to_the_end(corpus: Corpus, said: str) -> None:
    """The reading stops where no request nor particle read so far reaches: each step that
    reaches further (a particle, a request of several units) must move the stop."""
    state = _state(corpus, "ten-knives/ask")
    assert state.matcher.asks_again(said)


@pytest.mark.parametrize("said", ["huh eight", "啊 八把", "what eight", "你说八把", "蛤 八把 蛤"])
def test_a_unit_nothing_reaches_asks_nothing(corpus: Corpus, said: str) -> None:
    state = _state(corpus, "ten-knives/ask")
    assert not state.matcher.asks_again(said)


def test_the_stop_is_where_the_reading_ends() -> None:
    entries = matcher_module._asks_again_entries(LEXICON)
    skipped = matcher_module._shared(LEXICON).asks_again_skipped
    requests = [units for listed in entries.values() for units, _ in listed if len(units) > 1]
    assert requests  # a request of several units ("huh what", 你说啥) reaches past the next unit
    for units in requests[:40]:
        assert matcher_module._clause_asks_again(list(units), True, entries, skipped)
        assert not matcher_module._clause_asks_again([*units, "八"], True, entries, skipped)


# -- the veto's words guard: a text no longer than its own words and the slack, not counted -------


@pytest.mark.parametrize(
    ("text", "own", "intent"),
    [
        ("八把", "八把", False),
        ("8 把 吧", "8把", False),
        ("no no no", "no", True),  # 8 characters, 6 letters: 4 past "no"
        ("八把!!!!!!!!!!!!!!!", "八把", False),  # longer than the slack, its letters not
    ],
)
def test_own_words_alone_are_not_doubted(corpus: Corpus, text: str, own: str, intent: bool) -> None:
    state = _state(corpus, "ten-knives/ask")
    opinion = state.opinion
    assert opinion is not None
    assert second_opinion._letters(text) <= len(text)  # the bound the guard reads first
    assert opinion.doubt(text, "x", frozenset({"x"}), own, intent) is None


@pytest.mark.parametrize(
    ("own", "doubted"),
    [
        ("发现", True),  # 11 characters, 11 letters: 9 past the branch's own, over the slack
        ("发 现", True),  # its own words' letters count, not their characters: still 9
        ("只发现", False),  # 8 past it: the slack, no doubt
    ],
)
def test_the_guard_reads_own_letters_at_the_slack(corpus: Corpus, own: str, doubted: bool) -> None:
    """A writer's "我只发现你今朝交关无聊" (round25_final, silent-love/ask) reaches yes by 发现,
    and the model reads otherwise: the guard lets it through at one letter past the slack
    (OWN_WORDS_SLACK), and ends it at the slack, counting the letters of the branch's words."""
    state = _state(corpus, "silent-love/ask")
    opinion = state.opinion
    assert opinion is not None
    text = "我只发现你今朝交关无聊"
    assert len(text) == second_opinion._letters(text) == 11
    assert second_opinion.OWN_WORDS_SLACK == 8
    doubt = opinion.doubt(text, "yes", frozenset({"yes"}), own)
    assert (doubt is not None) == doubted
    if doubt is not None:
        assert doubt.label == "otherwise"
