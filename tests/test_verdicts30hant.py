"""Round thirty's Traditional Chinese verdicts (branch verdicts30hant): Taiwan Hokkien's common
words as lexicon data, Kongish romanised Cantonese, and answers worded outside the lists by kind
(a flaw, praise, tiredness, running, the pig's explains), each pinned with fresh answers of the
kind (not the tuning sets' rows) beside neighbours it must not change. The shipped corpus and
lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict
from understanding.text import fold


def folded(corpus: Corpus, text: str) -> str:
    assert corpus.lexicon is not None
    return fold(text, corpus.lexicon)


# -- (a) Taiwan Hokkien's common words (lexicon: cantonese) ---------------------------------------


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("囥袂落", "放不下"),
        ("箱仔遐細", "箱仔那麼小"),
        ("毋共你講", "不跟你說"),
        ("昨昏累甲半死", "昨天累到半死"),
        ("拍球拍甲手欲斷去", "打球打到手要斷掉"),
        ("有一屑仔", "有一點點"),
        ("我猜袂著", "我猜不到"),
        ("是你著無", "是你對不對"),
    ],
)
def test_hokkien_words_fold_as_the_mandarin_word(corpus: Corpus, typed: str, plain: str) -> None:
    assert folded(corpus, typed) == folded(corpus, plain)


def test_mandarin_words_holding_the_hokkien_characters_keep_theirs(corpus: Corpus) -> None:
    assert "遐想" in folded(corpus, "引人遐想")
    assert "拍照" in folded(corpus, "拍照")
    assert "甲板" in folded(corpus, "刀插在甲板上")


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("elephant-fridge/fridge", "大象囥袂落啦", "impossible"),
        ("elephant-fridge/fridge", "冰箱遐細 袂囥落", "impossible"),
        ("zodiac-belong/ask", "毋共你講啦", "refuses"),
        ("my-flaw/guess", "你酒量足䆀", "names_flaw"),
        ("running-all-day/ask", "今仔日拍球拍甲腳欲斷去", "tired"),
        ("inedible-melon/ask", "攏會當食", "edible"),
        ("compliment-game/ask", "你歌唱了袂䆀喔", "compliment"),
        ("gained-weight/ask", "有一屑仔啦", "admits"),
        ("guess-my-age/ask", "猜袂著啦", "dont_know"),
        ("imagine-chase/ask", "緊傱啊", "run"),
        ("my-flaw/guess", "你足歹性地", "names_flaw"),
        ("my-flaw/guess", "你真厚話", "names_flaw"),
        ("elephant-fridge/fridge", "大象提袂入去", "impossible"),
        ("zodiac-belong/ask", "毋甲你講", "refuses"),
    ],
)
def test_hokkien_answers_reach_their_branch(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- (b) Kongish: Cantonese in Latin letters -----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("gained-weight/ask", "mou ar", "denies"),
        ("gained-weight/ask", "mou wor 瘦咗添", "denies"),
        ("zodiac-belong/ask", "m gong la", "refuses"),
        ("zodiac-belong/ask", "m講", "refuses"),
        ("play-water/ask", "m wan", "no"),
        ("guess-my-age/ask", "dim zi ar", "dont_know"),
        ("follow-me-baba/first", "ni hei", "typed"),
        ("running-all-day/ask", "gui dou sei", "tired"),
    ],
)
def test_kongish_answers_reach_their_branch(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- (c) answers worded outside the lists, by kind -----------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a capacity called poor, snoring, a soft heart
        ("my-flaw/guess", "你酒量唔好", "names_flaw"),
        ("my-flaw/guess", "瞓覺扯鼻鼾", "names_flaw"),
        ("my-flaw/guess", "你心太軟啦", "names_flaw"),
        # a thing done well praised
        ("compliment-game/ask", "你字寫得幾好", "compliment"),
        # tired by degree or effect
        ("running-all-day/ask", "行到累得要命", "tired"),
        ("running-all-day/ask", "腰痠到不行", "tired"),
        # running in other words
        ("imagine-chase/ask", "當然飛奔走人", "run"),
        # the pig's explains: better at a thing, a thing I can use, the tastier
        ("you-and-pig/explain", "我比較會打字", "explains"),
        ("you-and-pig/explain", "我識用電腦", "explains"),
        ("you-and-pig/explain", "豬好吃過我啦", "explains"),
        # the title turned back a generation
        ("reverse-baba/baba", "你阿爸先係我個仔", "saw_through"),
        # a trader's debts in mind
        ("guess-my-thoughts/guess", "諗緊收租", "guesses_thing"),
        # all melons edible
        ("inedible-melon/ask", "都食得啦", "edible"),
    ],
)
def test_answers_outside_the_lists_reach_their_branch(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    got = verdict(corpus, where, answer)
    assert (got == "sees_through" and branch == "saw_through") or got == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("running-all-day/ask", "唔會累到", "not_tired"),
        ("running-all-day/ask", "還沒累到那種程度", "not_tired"),
        ("you-and-pig/explain", "你比較會", None),
        ("inedible-melon/ask", "都不能吃", None),
        ("my-flaw/guess", "你酒量好好", None),
        ("interrupting-cow/cow", "MOOOOOO", "moo_first"),
    ],
)
def test_neighbours_keep_their_reading(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- (d) seeing through in one's own words -------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # "not your grandson" without its 子
        ("monkey-name/surname", "姓孫 不過阮毋是你孫"),
        ("monkey-name/ask", "孫悟空囉 我唔係你孫㗎"),
        # the next question known, counted by 條 or 題, after the answer
        ("reverse-baba/love", "你愛我 我知你下一條想點"),
        ("reverse-baba/love", "你愛我 下一題想我講爸爸我都知"),
        ("follow-me-baba/second", "你係我嘅 下句我知㗎"),
    ],
)
def test_the_trick_seen_in_ones_own_words(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) in ("saw_through", "sees_through")


def test_the_surname_alone_is_still_the_surname(corpus: Corpus) -> None:
    assert verdict(corpus, "monkey-name/surname", "姓孫囉") == "sun"
