"""A new user's console play (newuser23): "don't fool me" (别耍我, Southwest 莫耍我, Cantonese
唔好耍我) refuses the game, as a fresh writer meant it (round23_writers' gl23t): where the reveal
lands whatever is answered (blood-type) it is no longer scored as a fall."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def _branch(corpus: Corpus, routine: str, state: str, text: str) -> str:
    answer = corpus.routines[routine].states[state].recognise(text)
    return "otherwise" if answer is None else answer.id


@pytest.mark.parametrize(
    ("routine", "text"),
    [
        ("blood-type", "别耍我"),
        ("blood-type", "你别耍我了"),
        ("blood-type", "別耍我"),
        ("blood-type", "唔好耍我"),
        ("guess-my-age", "猜么子猜，莫耍我"),
    ],
)
def test_dont_fool_me_refuses(corpus: Corpus, routine: str, text: str) -> None:
    refusal = _branch(corpus, routine, "ask", "不玩")  # each routine names its refusal branch
    assert refusal != "otherwise"
    assert _branch(corpus, routine, "ask", text) == refusal


@pytest.mark.parametrize(
    ("routine", "text", "branch"),
    [
        ("blood-type", "A型吧，别耍我", "names_type"),  # an answer beside the plea stays the answer
        ("ten-knives", "八把，别耍我", "eight"),
        ("one-and-three", "别耍我，是和", "and"),
        ("blood-type", "又想耍我", "saw_through"),  # the asker's aim named: the trick seen
    ],
)
def test_dont_fool_me_beside_an_answer_keeps_it(
    corpus: Corpus, routine: str, text: str, branch: str
) -> None:
    assert _branch(corpus, routine, "ask", text) == branch
