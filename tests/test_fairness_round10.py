"""Round ten's fairness pass: replies a new player met that did not fit what happened, each
fixed by a general rule (see the report on branch fair10). Every test plays the shipped
corpus and lexicon through the real matcher and engine."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus

# -- 1. a question back names this trick only by this routine's own words ---------------------


@pytest.mark.parametrize("said", ["是要我说爸爸吗", "是要我说爸爸吗？", "你是不是想我说爸爸？"])
def test_a_question_back_naming_another_routines_punchline_is_no_seeing_through(
    corpus: Corpus, said: str
) -> None:
    state = corpus.routines["birds-on-tree"].states["ask"]
    found = state.understand(said)
    assert found.branch_id is None, found.explain()
    assert state.recognise(said) is None  # the safe path: the hint, then a called-off reveal
    assert state.hint is not None


@pytest.mark.parametrize(
    ("routine", "state", "said"),
    [
        ("ten-knives", "ask", "是要我说爸爸吗"),  # 爸爸 is this routine's punchline
        ("birds-on-tree", "ask", "是要我说枪声吗"),  # its give-away
        ("monkey-name", "surname", "是要我说孙吗"),  # an answer of the state, mentioned
        ("pig-ran-away", "ask", "wait so i am the pig??"),  # the routine's own lines' word
    ],
)
def test_a_question_back_naming_this_routines_trick_still_sees_through(
    corpus: Corpus, routine: str, state: str, said: str
) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == "saw_through", found.explain()
