"""A negator before "gonna" (folded to "going to"): the future's two words count as none in the
three a negator may stand back, so "not gonna say milk" refuses the punchline as "not saying
milk" does (found playing the console, round thirteen)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def reached(corpus: Corpus, where: str, said: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(said).branch_id


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the punchline refused, in the future
        ("silk-milk/ask", "lol not gonna say milk", "saw_through"),
        ("silk-milk/ask", "im not going to say milk", "saw_through"),
        # a warm-up's word declined, in the future: a refusal
        ("toast-toaster/repeat", "im not gonna type toast", "refuses"),
        # no negator, or one that governs something else: the answer stands
        ("silk-milk/ask", "im gonna say milk", "milk"),
        ("silk-milk/ask", "not going to lie, milk", "milk"),
    ],
)
def test_a_negator_reaches_past_gonna(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
