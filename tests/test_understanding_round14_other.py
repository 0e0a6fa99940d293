"""Round fourteen's pass by kind (other14): a branch's word inside talk about something else,
looked at across every tuning set's writers, not one writer's sentences. Examples written
here, not copied from the eval rows; each seen red with its change taken out."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a number inside a saying: a cat's nine lives, 三分钟热度 (lexicon: other_measures' `lives`,
# not_numbers_zh's `九条命`, `三分钟热度`) -----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("sheep-all-but-nine/ask", "cats have nine lives not sheep mate", None),
        ("sheep-all-but-nine/ask", "9 lives? wrong animal", None),
        ("birds-on-tree/ask", "猫才有九条命 鸟没有", None),
        ("birds-on-tree/ask", "貓先有九條命 雀仔冇", None),
        ("kids-pancakes/ask", "我这人三分钟热度 算不下去", None),
        ("kids-pancakes/ask", "我三分鐘熱度 唔想計", None),
        # the number said as the answer still counts
        ("sheep-all-but-nine/ask", "nine left", "nine"),
        ("sheep-all-but-nine/ask", "9 are left alive", "nine"),
        ("birds-on-tree/ask", "九只", "nine"),
        ("kids-pancakes/ask", "三分钟", "three"),
        ("kids-pancakes/ask", "三分鐘啦", "three"),
    ],
)
def test_a_number_inside_a_saying(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a no of another verb, its English reach: someone else's doing or having negated --------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "you never bring me flowers tho", None),
        ("play-water/ask", "they never invite me to the pool", None),
        ("play-water/ask", "my flat no hot water this week", None),
        ("opposite-genius/hot", "my shop no fan today", None),
        # one's own no, a no beside an exclamation, a no closing its clause: still a no
        ("play-water/ask", "nah i dont like getting wet", "no"),
        ("silent-love/ask", "nope never noticed", "no"),
        ("bark-for-you/ask", "ah no ur grand", "no"),
        ("silent-love/ask", "nah u never show it", "no"),
        ("opposite-genius/hot", "nah not today", "refuses"),
        # the question's own verb negated, inflected or not, still says no
        ("play-water/ask", "my kids never play with water", "no"),
        ("play-water/ask", "they never playin with water", "no"),
    ],
)
def test_a_no_of_another_verb_in_english(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
