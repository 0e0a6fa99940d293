"""Round twenty-four's Traditional Chinese verdicts (branch verdicts24hant): Taiwan Mandarin with
Hokkien and Hakka, and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind
(not the tuning sets' rows) beside neighbours it must not change. The shipped corpus and
lexicon, through the real matcher (the rules alone, no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, Corpus, load_lexicon
from tests.support.understanding import verdict
from understanding.text import fold

LEXICON = load_lexicon(DEFAULT_LEXICON)


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


# -- (b) a skill praised in plain Hong Kong and Taiwan words ----------------------------------------
# (你打字好快 and 你蒸條石斑蒸得好，全西貢第一 reached nothing: no listed word of praise)


@pytest.mark.parametrize(
    "answer",
    [
        "你字寫得好靚",
        "你反應好快喔",
        "你煮嘅糖水全港第一",
        "你唱歌唱得很好",
        "你覆訊息覆得好快",
        "你炒飯炒得好好食",
        "你整嘅蛋撻全區第一",
    ],
)
def test_a_skill_praised_is_a_compliment(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == "compliment"


@pytest.mark.parametrize(
    "answer",
    [
        "你先誇，誇得好我再考慮",  # praise asked for
        "你覺得好唔好",  # 覺得: thinking, no skill
        "你忘得好快",  # losing, no skill
        "你很快就知道",
        "你第一次玩？",
        "你長得好醜",
    ],
)
def test_what_is_no_skill_praised(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) is None


# -- (b) the trick named beside a refusal: the song's 寶, the question handed back ----------------
# (你是要我當你的寶喔 哈哈 才不要 and 你同豬有咩分別先？你答咗先 read only a refusal, or nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("mama-song/ask", "想我做你個寶？唔唱", "sees_through"),
        ("mama-song/ask", "你係咪想我當你的寶 才不要咧", "sees_through"),
        ("you-and-pig/ask", "你先答啦 你同豬有咩分別", "saw_through"),
        ("you-and-pig/ask", "你答先 我再講", "saw_through"),
    ],
)
def test_the_trick_named_beside_a_refusal(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) in (expected, "saw_through")


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("mama-song/ask", "有媽的孩子像塊寶", "fell"),
        ("you-and-pig/ask", "唔知", "dont_know"),
        ("you-and-pig/ask", "知道啊", "claims_to_know"),
    ],
)
def test_what_the_trick_named_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (b) a so-so and an answer ---------------------------------------------------------------------
# (麻麻哋啦，有少少攰 was torn between the so-so, not tired, and a bit tired)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("running-all-day/ask", "一般般吧，有點累", "tired"),
        ("running-all-day/ask", "普普啦 有一點累", "tired"),
        ("running-all-day/ask", "麻麻哋啦，有少少攰囉", "tired"),
        ("play-water/ask", "麻麻哋，不過游水就好鍾意", "yes"),
    ],
)
def test_a_so_so_beside_an_answer_hedges_it(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("running-all-day/ask", "麻麻哋 間中啦", None),  # so-so, then now and then: torn
        ("running-all-day/ask", "一般般", "not_tired"),
        ("running-all-day/ask", "有少少攰", "tired"),
    ],
)
def test_what_a_so_so_beside_an_answer_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (c) working or other numbers beside the answer ------------------------------------------------
# (九除三…三掛 read 33 across the pause; 90分鐘？一個人一分鐘 counted the 1 minute as a second
# answer; 關門…五步吧 was torn between the steps' 關門 and the count)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("nine-by-three/ask", "九除以三……三吧", "three"),
        ("nine-by-three/ask", "九除三…三囉", "three"),
        ("kids-pancakes/ask", "90分鐘？一個人一分鐘", "ninety"),
        ("kids-pancakes/ask", "九十分鐘？一個小朋友一分鐘嘛", "ninety"),
        ("kids-pancakes/ask", "3分鐘？一個人一分鐘", "three"),
        ("elephant-fridge/fridge", "清空冰箱 開門 塞大象 關門…總共五步啦", "other_steps"),
        ("elephant-fridge/fridge", "拿出東西、開門、放大象、關門…四步", "other_steps"),
    ],
)
def test_working_beside_the_answer(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("kids-pancakes/ask", "九十分鐘？每個人一分鐘", "ninety"),
        ("elephant-fridge/fridge", "三步 開門 放入去 關門", "three"),
        ("elephant-fridge/fridge", "開門 放大象 關門", "three"),
    ],
)
def test_what_working_beside_the_answer_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (a), (b) a way round and no time, in Hong Kong's and Taiwan's words ---------------------------
# (兜個大圈搵第二度過 and 沒閒啦 reached nothing: Cantonese 第二度 is "elsewhere", Taiwan's 沒閒 "busy")


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("elephant-fridge/river", "去第二度過咪得囉", "detour"),
        ("elephant-fridge/river", "換個地方過河囉", "detour"),
        ("elephant-fridge/river", "兜大圈過去", "detour"),
        ("houyi-moon/repeat", "沒閒啦 不打", "refuses"),
    ],
)
def test_a_way_round_and_no_time(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("elephant-fridge/river", "直接游過去 冇第二度過", "swim"),
        ("houyi-moon/repeat", "他從早到晚都沒閒著", None),  # Mandarin's "never idle"
    ],
)
def test_what_a_way_round_and_no_time_do_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected
