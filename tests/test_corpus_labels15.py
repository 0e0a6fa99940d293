"""Labels against the corpus (round fifteen): where writers who never saw the corpus, round after
round, judged an answer otherwise than the branch listing its words, and the branch's meaning
sides with them, the branch lost the words. The victim or their kin named as the animal with no
sense of direction is no animal (the hint asks again); 迷路 said of oneself is the verb, not the
pun said; sourdough, brioche and ciabatta are the fancy breads. Each said in words written for
this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    "said",
    ["我啦 每次坐地铁都坐反", "我老婆囉 哈哈", "我老公 逛个超市都会迷路", "我 一出门就迷路"],
)
def test_the_victim_or_kin_is_no_animal(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "lost-deer/ask", said) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("猪吧", "other_animal"),
        ("鸽子", "other_animal"),
        ("麋鹿", "milu"),
    ],
)
def test_animals_and_the_deer_still_answer(corpus: Corpus, said: str, expected: str) -> None:
    assert reached(corpus, "lost-deer/ask", said) == expected


@pytest.mark.parametrize("said", ["sourdough", "brioche", "ciabatta probably"])
def test_the_fancy_breads(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "toast-toaster/ask", said) == "fancy_bread"


def test_plain_bread_is_still_bread(corpus: Corpus) -> None:
    assert reached(corpus, "toast-toaster/ask", "white bread") == "bread"
