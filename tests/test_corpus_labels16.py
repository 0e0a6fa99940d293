"""Labels against the corpus (round sixteen, tools/phrase_agreement.py): where writers who never
saw the corpus, in three files of three rounds, labelled otherwise an answer a phrase of the
corpus decided, and the routine's meaning sides with them. kids-pancakes' give-away lost 一起吃:
the ninety children pictured eating together is the question retold, no sign of the trick.
Said in words written for this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize("said", ["九十个小孩一起吃饼 太吵了吧", "一百个人一起吃 场面好壮观"])
def test_the_crowd_eating_together_is_no_give_away(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "kids-pancakes/ask", said) is None


@pytest.mark.parametrize("said", ["大家同时吃呀", "各吃各的 时间不变", "大家一起吃 还是那么久"])
def test_eating_at_the_same_time_still_gives_it_away(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "kids-pancakes/ask", said) == GIVE_AWAY
