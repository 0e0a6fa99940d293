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


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # an elder's pet name for a grandchild, where the trick is not about being the elder
        ("play-water/ask", "乖孫 你食咗飯未呀", None),
        ("silent-love/ask", "有呀 乖孙最疼奶奶", "yes"),
        ("zodiac-belong/ask", "属猪 乖孙", "names_sign"),
        # where it is (the asker would be grandpa): the trick seen
        ("monkey-name/surname", "姓孙 你又想叫我乖孙", "saw_through"),
        ("dad-in-english/grandpa", "grandpa 系你叫我 乖孙", "saw_through"),
    ],
)
def test_a_pet_name_names_the_trick_only_where_the_trick_is_kin(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
