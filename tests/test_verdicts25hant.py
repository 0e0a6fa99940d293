"""Round twenty-five's Traditional Chinese verdicts (branch verdicts25hant): Taiwan Mandarin with
Hokkien, and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind (not the
tuning sets' rows) beside neighbours it must not change. The shipped corpus and lexicon, through
the real matcher (the rules alone, no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- (a) a refusal with a reason of its own -------------------------------------------------------
# (唔讀喇，開工 and 眼睛花了 不打了 累 were read as seeing through, by the refusal the corpus lists:
# writers of every round since ten label a refusal with a reason to stop otherwise)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("reverse-baba/baba", "唔讀喇，要返工", None),
        ("reverse-baba/baba", "不唸了，好累", None),
        ("reverse-baba/baba", "我唔讀，眼花", None),
        ("reverse-baba/baba", "不唸，沒空", None),
        ("follow-me-baba/third", "不打了，手好痛", None),
        ("follow-me-baba/third", "唔跟喇，冇時間", None),
        ("i-love-you-english/whole", "唔讀喇 我要煮飯", None),
        ("i-love-you-english/whole", "不唸 懶得打", None),
        # a state with a refusal of its own takes it there
        ("dad-in-english/dad", "不叫，好累", "refuses"),
    ],
)
def test_a_refusal_with_a_reason_of_its_own_stops_the_game(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("reverse-baba/baba", "唔讀，想佔我便宜", "sees_through"),  # the trick named beside it
        ("reverse-baba/baba", "我唔讀", "sees_through"),  # a bare refusal: writers split, as listed
        ("follow-me-baba/third", "唔跟，連埋就係你係我嘅爸爸", "sees_through"),
        ("follow-me-baba/third", "不打，差點上當，好累", "sees_through"),  # a trick word too
        ("i-love-you-english/whole", "唔讀 想我表白", "sees_through"),
        ("dad-in-english/dad", "不叫，想當我爸", "sees_through"),
    ],
)
def test_a_refusal_beside_the_trick_still_sees_through(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (b) Kongish 5 for 唔 ----------------------------------------------------------------------------
# (5知 was read as 知, "I know": a claim where the writer did not know)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("guess-my-thoughts/ask", "5知喎", "dont_know"),
        ("pig-ran-away/ask", "5知呀", "dont_know"),
        ("elephant-fridge/giraffe", "5知", "dont_know"),
        # a five with its measure is still five
        ("elephant-fridge/giraffe", "5步", "other_steps"),
    ],
)
def test_kongish_five_for_the_cantonese_not(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (c) a rhetorical where ---------------------------------------------------------------------------
# (你哪有信神 and 邊有呢種字 ask "where is there?" to say there is none: they reached nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("favourite-god/ask", "你哪有信神啦 廟都沒去過", "atheist"),
        ("favourite-god/ask", "你邊有信神呀", "atheist"),
        ("misread-char/ask", "哪有那種字 騙肖", "no_such"),
        # a real where, reaching nothing read again, stays the safe path
        ("favourite-god/ask", "哪有廟", None),
        # a 哪有 another rule set aside stays aside (the asker called a machine)
        ("silent-love/ask", "你係機械人 邊有愛", None),
    ],
)
def test_a_rhetorical_where_says_there_is_none(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (d) Taiwan, Min and Cantonese words of a state's answer ------------------------------------------
# (不會 to 累不累, 幾攰下 "quite tired", 無感覺 for 沒感覺 reached nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("running-all-day/ask", "不會啊 剛睡醒", "not_tired"),
        ("running-all-day/ask", "幾攰下", "tired"),
        ("silent-love/ask", "無感覺捏", "no"),
        # neighbours: a tiredness asked back still reads as it did
        ("running-all-day/ask", "好攰", "tired"),
        ("running-all-day/ask", "不累", "not_tired"),
    ],
)
def test_words_of_taiwan_min_and_cantonese(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (e) a don't-know in Cantonese and Hokkien ---------------------------------------------------------
# (唔識呢首 "I don't know this song", 這首阮未曉唱, and 唔支 typed for 唔知 reached nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("mama-song/ask", "唔識呢首喎", "dont_know"),
        ("mama-song/ask", "這首我未曉唱", "dont_know"),
        ("elephant-fridge/meeting", "唔支喎", "dont_know"),
    ],
)
def test_a_dont_know_in_cantonese_and_hokkien(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected
