"""Round twenty-eight's Traditional Chinese verdicts (branch verdicts28hant): Taiwan and Hong Kong
answers by kind, each pinned with fresh answers of the kind (not the tuning sets' rows) beside
neighbours it must not change. The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict
from understanding.text import fold


def folded(corpus: Corpus, text: str) -> str:
    assert corpus.lexicon is not None
    return fold(text, corpus.lexicon)


# -- (a) a place's name and its land (buy-land's regex) --------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "台南的地嗎？很便宜欸",
        "澳門嘅地？冇得賣啦",
        "路環嗰啲地呀",
        "溫哥華嘅地 貴過香港",
        "toronto 嘅地",
        "元朗塊地囉",
    ],
)
def test_a_places_land_names_land(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "buy-land/ask", answer) == "names_land"


@pytest.mark.parametrize(
    "answer",
    [
        "火星的地吧哈哈",  # a land beyond reach: a joke, no land named
        "你的地？",  # the asker's own
        "邊度嘅地？",  # a which asked back
        "哪裡的地？",
        "我哪知道你要買什麼樣的地",
        "台北的地方吧",  # a word 地 opens
        "你要去嘅目的地？",
        "你買塊地做咩",  # the question's own 買塊地
    ],
)
def test_no_land_named_by_the_shape_alone(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "buy-land/ask", answer) != "names_land"


# -- (b) Hong Kong and Taiwan everyday praise ----------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "你煲湯一流",
        "你唱歌一流㗎",
        "你炒嘅飯好好食",
        "你泡嘅檸檬茶好飲過外面",
        "你好有耐性聽我講",
        "你做嘢好有效率",
        "你足巧",
    ],
)
def test_everyday_praise_compliments(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == "compliment"


@pytest.mark.parametrize("answer", ["你吹水一流", "你懶一流", "你煮嘢唔好食", "你做嘢冇效率"])
def test_praise_words_in_a_put_down_do_not_compliment(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) != "compliment"


# -- (c) the declaration named, and the line by its sounds (i-love-you-english) --------------------


@pytest.mark.parametrize("answer", ["表白呀？唔得喎", "告白喔？阮有尪了"])
def test_the_declaration_named_sees_through(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "i-love-you-english/whole", answer) == "sees_through"


def test_the_line_said_then_the_declaration_noticed_is_not_seeing_through(corpus: Corpus) -> None:
    assert (
        verdict(corpus, "i-love-you-english/whole", "I love you…咦，咁即係表白？") != "sees_through"
    )


@pytest.mark.parametrize("answer", ["愛 拉 夫 有", "哎拉福you", "艾勒乎佑"])
def test_the_line_by_its_sounds_falls(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "i-love-you-english/whole", answer) == "fell"


def test_you_mistyped_answers(corpus: Corpus) -> None:
    assert verdict(corpus, "i-love-you-english/ni", "yoi") == "answered"


# -- (d) 掛 typed for the doubting 啩 (rule "a particle typed by its sound") -------------------------


def test_gwaa_closing_a_clause_is_the_particle(corpus: Corpus) -> None:
    assert verdict(corpus, "heart-side/ask", "右邊掛") == "names_side"
    assert verdict(corpus, "gained-weight/ask", "唔係掛 😅") == "denies"
    assert folded(corpus, "唔係掛").endswith("啩")


def test_gwaa_before_a_word_and_alone_stays_the_verb(corpus: Corpus) -> None:
    assert "挂住" in folded(corpus, "好掛住你")
    assert folded(corpus, "掛") == "挂"
    assert folded(corpus, "电话挂") == "电话挂"  # a Simplified writer's 挂 is the verb


# -- (e) the trick's own word scorned, "my foot" ----------------------------------------------------


def test_the_tricks_word_scorned_sees_through(corpus: Corpus) -> None:
    assert verdict(corpus, "follow-me-baba/third", "爸你個頭 走開啦") == "sees_through"
    assert verdict(corpus, "follow-me-baba/third", "爸爸你個頭") == "sees_through"


def test_the_pig_scorned_still_denies(corpus: Corpus) -> None:
    assert verdict(corpus, "forget-pig/ask", "豬你個頭 我唔係豬") == "deny"


# -- (f) the insult turned back beside Cantonese's "where am I one" ---------------------------------


@pytest.mark.parametrize(
    "answer", ["你先係豬啦，我邊度係", "你先至係豬 我邊度系豬", "你先係豬，我邊度似豬呀"]
)
def test_the_insult_turned_back_beside_a_where_denies(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "forget-pig/ask", answer) == "deny"


# -- (g) the pig's days, and the pig fatter (you-and-pig) -------------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["豬成日食，我日日返工", "豬整天睡，我每天要上班", "豬淨係識瞓", "豬比我肥多啦", "我冇佢咁胖"],
)
def test_the_pigs_days_explain(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "you-and-pig/explain", answer) == "explains"


# -- (h) Taiwan's and Hong Kong's flaws in their words (my-flaw) ------------------------------------


@pytest.mark.parametrize("answer", ["你嘴好賤", "好牙擦囉", "太多嘢講啦", "成日碎念"])
def test_flaws_in_local_words_are_named(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "my-flaw/guess", answer) == "names_flaw"


# -- (i) rushing off, rinsing the ice, none left, the generation taken ------------------------------


def test_rushing_off_somewhere_runs(corpus: Corpus) -> None:
    assert verdict(corpus, "imagine-chase/ask", "衝去警察局囉") == "run"
    assert verdict(corpus, "imagine-chase/ask", "報警囉") is None  # calling the police alone


def test_rinsing_in_water_melts_the_ice(corpus: Corpus) -> None:
    assert verdict(corpus, "ice-to-water/ask", "攞去水喉度沖水") == "melts_it"


def test_none_left_closed_with_la(corpus: Corpus) -> None:
    assert verdict(corpus, "birds-on-tree/ask", "一隻都沒啦 嚇跑了") == "none_left"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("dad-in-english/grandpa", "想我講？你輩分自己升級喔"),
        ("guess-my-age/address", "又想佔人輩份便宜"),
    ],
)
def test_the_generation_taken_for_oneself_sees_through(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) in ("sees_through", "saw_through")


# -- (j) the reviewer's left risks: 一點半鐘 and 吾系 ---------------------------------------------------


def test_hokkien_hour_and_a_half_but_the_clock_after_a_time_of_day(corpus: Corpus) -> None:
    assert verdict(corpus, "kids-pancakes/ask", "一點半鐘吧") == "hour_half"
    assert verdict(corpus, "kids-pancakes/ask", "下午一點半鐘開始煎") is None  # half past one


def test_wu_ngu_is_i_and_hong_kongs_ng_hai_is_not(corpus: Corpus) -> None:
    assert folded(corpus, "吾是瓜子脸").startswith("我是")  # Wu 吾 (ngu): I
    assert folded(corpus, "吾系猪").startswith("不是")  # 系 as the copula is Cantonese: 唔係
