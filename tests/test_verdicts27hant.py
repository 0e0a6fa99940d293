"""Round twenty-seven's Traditional Chinese verdicts (branch verdicts27hant): Taiwan Hokkien and Hong
Kong Cantonese by kind, each pinned with fresh answers of the kind (not the tuning sets' rows)
beside neighbours it must not change. The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- (a) Taiwan Hokkien in characters (lexicon: cantonese, verdicts27hant) -------------------------
# (閣來, 話傷濟, 愛亂開錢, 一點半鐘, 去揣別位過, 予人刣, 古蘭怕 were read as nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("dad-in-english/grandpa", "閣來喔", "sees_through"),  # 閣來: 又來
        ("dad-in-english/grandpa", "葛蘭趴啦", "fell"),  # grandpa by its sound
        ("dad-in-english/grandpa", "古蘭怕", "fell"),
        ("my-flaw/guess", "你話傷濟啦", "names_flaw"),  # 傷濟: 太多
        ("my-flaw/guess", "你足愛亂開錢", "names_flaw"),  # 開錢: 花錢
        ("kids-pancakes/ask", "一點半鐘吧", "hour_half"),  # 點鐘: an hour
        ("elephant-fridge/river", "去揣別位過河", "detour"),  # 揣別位: 找別處
        ("you-and-pig/explain", "豬會予人刣 我袂", "explains"),  # 予人刣: 給人殺
        ("you-and-pig/explain", "豬會畀人劏嚟食 我唔會", "explains"),
    ],
)
def test_taiwan_hokkien_in_characters_reads(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (b) Hong Kong handwriting and phone input's homophones ---------------------------------------
# (吾系 for 唔係, 野 for 嘢, 姓遜 for 姓孫, 果邊 for 嗰邊; 冇可能; 冇野好讚 was a compliment)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("ten-knives/ask", "九把，吾系，八把", "eight"),  # a correction by 吾系
        ("monkey-name/surname", "姓遜囉", "sun"),
        ("monkey-name/surname", "猻", "sun"),
        ("misread-char/ask", "冇可能㗎", "no_such"),
    ],
)
def test_hong_kong_homophones_read_as_meant(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


def test_nothing_typed_with_ye_for_the_thing_praises_nothing(corpus: Corpus) -> None:
    """冇野 is 冇嘢 (nothing): 冇野可以讚 declines to praise, it is no compliment."""
    assert verdict(corpus, "compliment-game/ask", "冇野可以讚") is None


# -- (c) the generation turned back on guess-my-age/address ----------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["你應該叫番我阿爺", "你應該叫返我阿嫲", "叫你衰仔啦", "叫你囝仔啦", "叫你傻仔啦"],
)
def test_the_elders_title_asked_back_or_a_brats_sees_through(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "guess-my-age/address", answer) == "sees_through"


def test_the_elders_title_given_falls_and_asked_back_sees_through(corpus: Corpus) -> None:
    assert verdict(corpus, "guess-my-age/address", "叫你阿叔") == "fell"
    assert verdict(corpus, "guess-my-age/address", "你叫番我阿公啦") == "sees_through"


# -- (d) the asker's aim named beside a warm-up's answer -------------------------------------------


def test_the_askers_aim_named_beside_a_warm_up_answer_sees_through(corpus: Corpus) -> None:
    assert verdict(corpus, "i-love-you-english/ai", "love 我知你想我講咩") == "saw_through"
    assert verdict(corpus, "i-love-you-english/ai", "love") == "answered"


# -- (e) why ask, and not schooled in the language quizzed -----------------------------------------


def test_a_why_ask_with_no_english_learnt_refuses(corpus: Corpus) -> None:
    assert verdict(corpus, "i-love-you-english/wo", "考這幹嘛 我沒讀過英文") == "refuses"


# -- (f) "can type it" opening the answer, not "typed till sore" -----------------------------------


def test_can_type_it_agrees_and_typed_till_sore_does_not(corpus: Corpus) -> None:
    assert verdict(corpus, "houyi-moon/repeat", "打得到啊") == "agrees"
    assert verdict(corpus, "houyi-moon/repeat", "打到手軟") != "agrees"


# -- (g) the pig close to the asker on you-and-pig/ask ---------------------------------------------


def test_the_pig_close_to_the_asker_sees_through(corpus: Corpus) -> None:
    assert verdict(corpus, "you-and-pig/ask", "你去問豬啦 佢同你熟啲") == "saw_through"


# -- (h) what the pig does that the speaker does not -----------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("you-and-pig/explain", "豬會游水 我唔會", "explains"),
        ("you-and-pig/ask", "猪会打滚，我不会", "answers_directly"),
    ],
)
def test_the_pigs_doing_against_the_speakers_not_doing_it_answers(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (i) the gods of Hong Kong's, Macau's, Kinmen's and Taiwan's temples ---------------------------


@pytest.mark.parametrize("answer", ["北帝囉", "信譚公", "風獅爺", "開漳聖王啦"])
def test_local_gods_are_named_gods(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "favourite-god/ask", answer) == "names_god"
