"""Round twelve's Taoyuan line worker (ty19, Taiwan Mandarin with Hakka and Hokkien words) and
round eleven's Taiwan Hokkien rows (tc11, ks11), tuned on by kind (rules19hant): Hakka's 𠊎 (I)
and 麼个 (what), Hokkien's 哩 (you) and 啥米 (what) folded as a class, so the trick named with
them is read as named; "your flaw is..." to a question about the asker's flaw is the answer.
Each said in words written for this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold

# -- Hakka 𠊎 and Hokkien 哩 as the pronouns they are ---------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        # the trick named with Hakka's "I": a mention frame, waiting to be called dad
        ("fool-in-english/ask", "又想騙𠊎講I'm a fool", "sees_through"),
        ("dad-in-english/dad", "你在等𠊎叫你齁", "sees_through"),
        # and with Hokkien's "you"
        ("reverse-baba/love", "哩要阮講你愛我喔 免想", "saw_through"),
        ("inedible-melon/retry", "哩才是傻瓜", "sees_through"),
        ("zodiac-belong/ask", "屬於哩啦", "belongs"),
    ],
)
def test_hakka_and_hokkien_pronouns_are_read(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected


def test_the_pronouns_fold_and_curry_stays() -> None:
    assert fold("𠊎知哩想講啥米", LEXICON) == "我知你想说什么"
    assert fold("麼个東西", LEXICON) == "什么东西"
    assert fold("咖哩飯", LEXICON) == "咖哩饭"


# -- "your flaw is..." answers "what flaw do I have?" ---------------------------------------


@pytest.mark.parametrize("said", ["哩的缺點就是話多", "你的缺點就是小氣啦"])
def test_the_askers_own_flaw_named_is_the_answer(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "my-flaw/ask", said) == "names_flaw"


def test_something_else_of_the_askers_is_still_a_remark(corpus: Corpus) -> None:
    assert reached(corpus, "my-flaw/ask", "哩的人生就是個笑話") is None


# -- a phrase refused: "I can't say nice things" says none -----------------------------------


@pytest.mark.parametrize("said", ["我口才不好 不會說好聽的啦", "𠊎才不講好聽話"])
def test_a_phrase_after_refusing_to_say_it_is_not_said(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) is None


def test_a_compliment_said_is_still_one(corpus: Corpus) -> None:
    assert reached(corpus, "compliment-game/ask", "你很好看") == "compliment"


# -- the thing described: the day's weather is no answer -------------------------------------


@pytest.mark.parametrize("said", ["外面太陽很大耶 曬死了", "中午太陽超毒 不想出門"])
def test_the_sun_described_in_a_remark_is_no_answer(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "houyi-moon/ask", said) is None


@pytest.mark.parametrize("said", ["太陽啦", "是太陽 很簡單"])
def test_the_sun_answered_still_counts(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "houyi-moon/ask", said) == "sun"


# -- a yes word inside a remark: 阿 opening a name, a graded 好的 ------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("play-water/ask", "你認錯人了 我是阿華啦"),
        ("bark-for-you/ask", "今天生意超好的 哪有生氣"),
    ],
)
def test_a_yes_word_inside_a_remark_is_no_yes(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize(
    ("where", "said"), [("play-water/ask", "是阿"), ("bark-for-you/ask", "好的")]
)
def test_the_yes_word_alone_is_still_yes(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "yes"


# -- Taiwan's words for a habit, a question still to come, a correction ----------------------


def test_a_habit_said_with_changchang_is_ones_own(corpus: Corpus) -> None:
    assert reached(corpus, "misread-char/ask", "我常常寫錯字") is None
    assert reached(corpus, "misread-char/ask", "錯字") == "cuo"


def test_the_question_still_to_come_named_with_still(corpus: Corpus) -> None:
    said = "長頸鹿 你等一下還要問鱷魚那條河齁"
    assert reached(corpus, "elephant-fridge/meeting", said) == "saw_through"


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("my-flaw/ask", "不知道耶 喔不 知道啦", "claims_to_know"),
        ("play-water/ask", "不喜歡 喔不 喜歡啦", "yes"),
    ],
)
def test_a_correction_opened_with_taiwans_wo(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected


# -- Taiwan's praise, gods, teas and land, as classes ------------------------------------------


@pytest.mark.parametrize("said", ["你今天粉帥欸", "哩足緣投", "你煮的菜超頂"])
def test_taiwans_praise_words_are_a_compliment(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) == "compliment"


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("favourite-god/ask", "應該是伯公吧", "names_god"),
        ("favourite-god/ask", "三太子啦", "names_god"),
        ("want-drink/ask", "四季春少冰", "names_drink"),
        ("buy-land/ask", "買建地啦", "names_land"),
        ("buy-land/ask", "工業用地吧", "names_land"),
    ],
)
def test_taiwans_gods_teas_and_land_are_named(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected


def test_a_tea_named_with_a_numeral_is_no_number(corpus: Corpus) -> None:
    assert reached(corpus, "ten-knives/ask", "四季春") is None


# -- the trick named: "you'll say … anyway", "you want to hear me say …", "say it myself" ----------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("you-and-pig/explain", "反正你都會說豬也這樣 𠊎不講"),
        ("fool-in-english/ask", "你只是想聽我說我是傻瓜喔"),
        ("fool-in-english/ask", "哩要阮自己講I'm a fool喔 嘜"),
    ],
)
def test_the_line_wanted_named_is_seeing_through(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) in {"saw_through", "sees_through"}


# -- the premise denied: "you're no generation older than me" -----------------------------------


@pytest.mark.parametrize("said", ["你哪有比我大 別鬧", "哩又沒比阮大", "我們同屆的好嗎"])
def test_the_elder_premise_denied_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "guess-my-age/address", said) == "sees_through"


# -- "just kidding" takes the answer before it back -------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("running-all-day/ask", "不累 騙你的 超累", "tired"),
        ("play-water/ask", "喜歡 開玩笑的 不喜歡", "no"),
    ],
)
def test_just_kidding_corrects_the_answer(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected


# -- "how am I a pig" said with Hokkien's 阮 or Hakka's 𠊎 -----------------------------------


@pytest.mark.parametrize("said", ["𠊎哪是豬啦 亂講", "阮哪是豬 黑白講"])
def test_how_am_i_a_pig_denies_in_hakka_and_hokkien(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "forget-pig/ask", said) == "deny"
