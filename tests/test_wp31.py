"""Round thirty-one's wrong punchlines by kind (branch wp31, docs/wp31.md): a count taken back
by a wait and counted again (剩返八把…咪住，…咁即係十把都喺度啫, read as eight once the second
opinion's veto no longer hid it), and a weight never taken (冇称过, 称都没称过) read as a denial
by its 没有. Each kind is probed with answers of our own (none from the sets) beside answers
it must not change, through the shipped corpus and lexicon."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # a wait after the number, then the count again: the eight is taken back
        ("八把…等等，接住的两把还在手上，那还是十把", None),
        ("八把，咪住，咁即係十把喎", None),
        ("8把…等一下，所以还是十把", None),
        # ...after a firm 唔係, the Cantonese "then still" opens the recount too
        ("八把，唔係，咪仍然係十把", None),
        # a wait with no count after it takes nothing back here; the eight alone stands
        ("八把", "eight"),
        ("八把 等等 係咪八把？", "eight"),
    ],
)
def test_a_count_recounted_after_a_wait_is_taken_back(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    where = "ten-knives/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # never weighed: nothing known, no denial
        ("没称过，谁知道", None),
        ("最近都没有称过", None),
        # ...a plain no, and a weighing that did happen, still deny
        ("没有", "denies"),
        ("没胖，昨天刚称过", "denies"),
    ],
)
def test_a_weight_never_taken_is_no_denial(corpus: Corpus, answer: str, branch: str | None) -> None:
    where = "gained-weight/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # an animal said to know the way is no guess at the one that gets lost
        ("不清楚，蜜蜂都认得路", None),
        ("鸽子方向感很好的，我也不清楚", None),
        ("蚂蚁？不对，蚂蚁都认得路", None),
        # ...another named after it is still the guess, and one named alone still guesses
        ("狗都认路，那就是…乌龟？", "other_animal"),
        ("鸽子吧", "other_animal"),
        ("虾吧，老往后退", "other_animal"),
    ],
)
def test_the_one_that_knows_the_way_is_no_guess(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    where = "lost-deer/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the verb twice round 就 after 想 / 要 / 爱 leaves it to whoever wants: no yes
        ("想打就打咯", None),
        ("你爱打就打，我不管", None),
        # ...the dare taken, 打就打, is still a yes
        ("打就打，谁怕谁", "agrees"),
    ],
)
def test_v_jiu_v_after_wanting_is_no_yes(corpus: Corpus, answer: str, branch: str | None) -> None:
    where = "houyi-moon/repeat"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # can't read it, alone or with a reason: no seeing through (5 writers to none)
        ("reverse-baba/baba", "字太多 不会念", None),
        # ...the trick named beside it still sees through
        ("reverse-baba/baba", "想得美，不会念", "sees_through"),
        # brown bread, as every writer who named it labels it
        ("toast-toaster/ask", "brown bread", "fancy_bread"),
        ("toast-toaster/ask", "white bread", "bread"),
    ],
)
def test_labels_against_the_corpus_counted(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)
