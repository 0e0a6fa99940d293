"""Round thirty's wrong punchlines by kind (branch wp30, docs/wp30.md): the second opinion's
fallback breaking the rules' tie between two numbers by nothing but the number words ("two
left but I have four", read as four), 你自己念 handed back read as seeing through the trick
(labelled otherwise by the writers who type it alone), a refusal with Cantonese going to work
beside it (唔讀喇，做嘢) read as seeing through, and one's own blood type beside a don't-know
(我猜唔到，我自家系B型) read as a guess. Each kind is probed with answers of our own
(none from the sets) beside answers it must not change, through the shipped corpus and lexicon
(the fallback's through the state's verdict, the second opinion included)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


def _verdict(corpus: Corpus, where: str, said: str) -> tuple[str | None, str]:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].verdict(said)
    return found.branch_id, found.explain()


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # two numbers said, each an answer: the rules' tie stands, the n-grams of the numbers
        # themselves break nothing
        ("two left and I have four", None),
        ("two left, but I have four", None),
        ("two left but I hold four", None),
        # ...where other words decide ('took'), the fallback still reads the answer
        ("bowl has two but I have the four I took, surely", "four"),
    ],
)
def test_a_tie_between_numbers_is_not_broken_by_the_numbers(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    got, why = _verdict(corpus, "apples-take-away/ask", answer)
    assert got == branch, why


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the line handed back, alone or with a reason: no seeing through
        ("reverse-baba/baba", "唔識讀，你自己讀啦", None),
        ("reverse-baba/baba", "好麻烦 你自己念吧", None),
        ("i-love-you-english/whole", "你自己念咯", None),
        # ...beside the trick named it still sees through
        ("reverse-baba/baba", "想占我便宜？你自己念吧", "sees_through"),
    ],
)
def test_the_line_handed_back_sees_nothing_through(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # a refusal beside going to work: a reason of its own, no trick seen
        ("唔讀喇，開檔", None),
        ("唔讀住 開鋪先", None),
        ("唔讀喇 我去做嘢", None),
        # ...beside the trick named it still sees through
        ("唔讀，想做我老豆", "sees_through"),
    ],
)
def test_a_refusal_to_go_to_work_sees_nothing_through(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    where = "reverse-baba/baba"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # one's own type beside a don't-know: what is known, not a guess at the asker's
        ("猜不到，我自己是O型", None),
        ("猜唔到 我自家係AB型嘅", None),
        # ...a guess after a don't-know is still a guess
        ("不知道，O型吧", "names_type"),
    ],
)
def test_ones_own_trait_beside_a_dont_know_is_no_guess(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    where = "blood-type/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)
