"""Round twelve's corpus pass (corpus12): every branch read for the everyday words natives use
for its meaning, in the four voices served (mainland Simplified, Taiwan Traditional, Hong Kong
written Cantonese, everyday English). Each wording here is written for this file, reached
nothing (the safe path) before the pass, and now reaches its branch."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("imagine-chase/ask", "先避开他再说", "run"),
        ("bark-for-you/ask", "你叫几声给我听听", "yes"),
        ("silent-love/ask", "看出来了呀", "yes"),
        ("my-flaw/guess", "太矫情了", "names_flaw"),
        ("my-flaw/guess", "爱抬杠", "names_flaw"),
        ("guess-my-thoughts/guess", "想着晚上去撸串", "guesses_thing"),
        ("inedible-melon/ask", "馊了的瓜", "spoiled"),
        ("elephant-fridge/fridge", "这根本办不到", "impossible"),
        ("favourite-god/ask", "我不拜神的", "atheist"),
    ],
)
def test_mainland_everyday_words(corpus: Corpus, where: str, said: str, expected: str) -> None:
    assert reached(corpus, where, said) == expected


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("guess-my-thoughts/guess", "在想要不要去逛街", "guesses_thing"),
        ("inedible-melon/ask", "臭酸的瓜", "spoiled"),
        ("silent-love/ask", "感覺得到啊", "yes"),
        ("my-flaw/guess", "媽寶吧", "names_flaw"),
    ],
)
def test_taiwan_everyday_words(corpus: Corpus, where: str, said: str, expected: str) -> None:
    assert reached(corpus, where, said) == expected


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("monkey-name/ask", "馬騮王囉", "title"),
        ("bark-for-you/ask", "唔駛喇", "no"),
        ("my-flaw/guess", "論盡囉", "names_flaw"),
        ("silent-love/ask", "睇得出呀", "yes"),
        ("compliment-game/ask", "你好掂呀", "compliment"),
    ],
)
def test_cantonese_everyday_words(corpus: Corpus, where: str, said: str, expected: str) -> None:
    assert reached(corpus, where, said) == expected


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("imagine-chase/ask", "make a break for it obviously", "run"),
        ("play-water/ask", "not a water person tbh", "no"),
        ("compliment-game/ask", "you're so patient with everyone", "compliment"),
        ("compliment-game/ask", "you've got a heart of gold", "compliment"),
        ("last-thing-off/ask", "my nightgown", "clothing"),
        ("bark-for-you/ask", "bring it on", "yes"),
    ],
)
def test_english_everyday_words(corpus: Corpus, where: str, said: str, expected: str) -> None:
    assert reached(corpus, where, said) == expected


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "I'm not angry" to the offer to bark stays the safe path (the corpus's choice).
        ("bark-for-you/ask", "我冇嬲喎 做咩事"),
        ("bark-for-you/ask", "我没生气啊 咋了"),
    ],
)
def test_not_angry_is_still_no_answer(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None
