"""Round twenty-four's Traditional Chinese verdicts (branch verdicts24hant): Taiwan Mandarin with
Hokkien and Hakka, and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind
(not the tuning sets' rows) beside neighbours it must not change. The shipped corpus and
lexicon, through the real matcher (the rules alone, no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, Corpus, load_lexicon
from understanding.text import fold

LEXICON = load_lexicon(DEFAULT_LEXICON)


def verdict(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(answer).branch_id


# -- (a) a syllable spelt in zhuyin ---------------------------------------------------------------
# (ㄙㄨㄣ啦 and 西ㄍㄨㄚ reached nothing: the letters were no Chinese the branches read)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ㄙㄨㄣ啦", "孙啦"),
        ("ㄋㄧˇ好", "你好"),
        ("ㄒㄧㄍㄨㄚ", "西瓜"),  # a word's syllables: the commonest word of their sounds
        ("ㄒㄧㄝˋㄒㄧㄝˋ", "谢谢"),
        ("ㄒㄧㄝˋ", "谢"),  # the tone mark narrows it: no 写 (xiě)
        ("ㄓㄣ的", "真的"),
    ],
)
def test_a_syllable_spelt_in_zhuyin_is_its_character(typed: str, read: str) -> None:
    assert fold(typed, LEXICON) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ㄅㄧㄢ", "不要"),  # the table's own spellings stay the table's
        ("ㄅㄓㄉ", "不知道"),
        ("ㄏㄏ", "呵呵"),
        ("好ㄚ", "好啊"),  # one letter: a particle
        ("ㄅㄅ", "ㄅㄅ"),  # no syllable
        ("ㄙㄙ", "ㄙㄙ"),  # initials alone spell no word
    ],
)
def test_what_zhuyin_spelling_leaves(typed: str, read: str) -> None:
    assert fold(typed, LEXICON) == read


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("monkey-name/surname", "姓ㄙㄨㄣ啊", "sun"),
        ("monkey-name/surname", "應該是ㄙㄨㄣ吧", "sun"),
        ("monkey-name/surname", "ㄙㄨㄣ 懶得打字", "sun"),
        ("inedible-melon/ask", "西ㄍㄨㄚ吧", "edible"),
        ("inedible-melon/ask", "ㄒㄧㄍㄨㄚ", "edible"),
        ("inedible-melon/ask", "地ㄍㄨㄚ", "edible"),
        ("guess-my-thoughts/ask", "在想ㄨㄛˇ", "guesses_me"),
    ],
)
def test_zhuyin_spelling_reaches_the_branch(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("houyi-moon/repeat", "ㄅㄧㄢˋ", "refuses"),
        ("monkey-name/surname", "ㄏㄏ", None),
        ("guess-my-thoughts/ask", "想ㄋㄧˇ", None),
    ],
)
def test_what_zhuyin_spelling_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (a) Taiwan and Hakka words: 口愛, Hokkien 媠, Hakka 毋使 ---------------------------------------
# (你最口愛了啦, 你足媠ㄟ and 毋使毋使 reached nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("compliment-game/ask", "你好口愛喔", "compliment"),
        ("compliment-game/ask", "口愛爆了", "compliment"),
        ("compliment-game/ask", "你真媠", "compliment"),
        ("compliment-game/ask", "足媠的啦", "compliment"),
        ("bark-for-you/ask", "毋使啦", "no"),
        ("bark-for-you/ask", "毋使吠，𠊎毋愛聽", "no"),
    ],
)
def test_taiwan_and_hakka_words(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("bark-for-you/ask", "好啊 𠊎想聽", "yes"),
        ("compliment-game/ask", "口渴了", None),
    ],
)
def test_what_taiwan_and_hakka_words_do_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (d) 哇 closing a reply or an exclamation is the particle ---------------------------------------
# (是哇？ and 好想哇 guessed "me" on guess-my-thoughts: 是我, 想我; review23's should-fix)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("guess-my-thoughts/ask", "是哇？"),
        ("guess-my-thoughts/ask", "好想哇"),
        ("guess-my-thoughts/ask", "好想哇～"),
        ("guess-my-thoughts/guess", "是哇？再猜一次"),
        ("guess-my-thoughts/guess", "是哇"),
        ("guess-my-thoughts/guess", "超想哇"),
    ],
)
def test_wa_closing_a_reply_is_the_particle(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) != "guesses_me"


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("guess-my-thoughts/ask", "在想哇", "guesses_me"),
        ("guess-my-thoughts/ask", "你在想哇", "guesses_me"),
        ("guess-my-thoughts/ask", "想哇喔 對不對", "guesses_me"),
        ("reverse-baba/baba", "爸爸你是哇", "fell"),
        ("guess-my-thoughts/ask", "對哇", "claims_to_know"),  # the particle, as 對啊
    ],
)
def test_wa_typed_for_me_stays(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected
