"""Round eight's Traditional Chinese pass (issue 18; the Taipei teen and Hong Kong analyst
tuning writers): Taiwan's 注音文 and 火星文 (a zhuyin letter for a syllable, 偶 for 我), and Hong
Kong's Cantonese with English inside it (唔 sure, 點會入得, a drink named in English), each said
in words written for this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, matching, picks, units
from understanding.matcher import Branch
from understanding.text import clauses, fold

ASKED = matching(
    [
        Branch("yes", intents=("yes",)),
        Branch("no", intents=("no",)),
        Branch("dont_know", intents=("dont_know",)),
    ],
    ["你鍾唔鍾意落雨？"],
)

# -- a zhuyin letter is Chinese, even with no Chinese character beside it --------------------


@pytest.mark.parametrize(("said", "folded"), [("5ㄛ", ["5", "喔"]), ("ㄅㄓ", ["不", "知"])])
def test_an_answer_of_zhuyin_alone_is_folded_as_chinese(said: str, folded: list[str]) -> None:
    assert units(said) == folded


def test_a_number_with_a_zhuyin_particle_is_that_number(corpus: Corpus) -> None:
    state = corpus.routines["ten-knives"].states["ask"]
    assert state.understand("8ㄌ").branch_id == "eight", state.understand("8ㄌ").explain()


@pytest.mark.parametrize(
    ("said", "folded"), [("可以ㄅ", "可以吧"), ("ㄅ行", "不行"), ("ㄅ", "不"), ("我偏ㄅ", "我偏不")]
)
def test_bo_closing_a_word_is_ba_and_before_one_is_bu(said: str, folded: str) -> None:
    assert fold(said, LEXICON) == folded


def test_bye_bye_in_zhuyin_is_left_as_typed() -> None:
    assert fold("掰ㄅㄅ", LEXICON) == "掰ㄅㄅ"


@pytest.mark.parametrize("said", ["行ㄅ", "好ㄅ 你叫ㄅ"])
def test_ok_then_with_bo_is_yes(said: str) -> None:
    assert picks(ASKED, said) == "yes", ASKED.match(said).explain()


@pytest.mark.parametrize("said", ["沒ㄝ", "不要ㄟ"])
def test_the_zhuyin_particles_e_close_a_no(said: str) -> None:
    assert picks(ASKED, said) == "no", ASKED.match(said).explain()


def test_a_pause_before_hey_is_a_break() -> None:
    said = fold("你的…ㄟ你想點", LEXICON)
    assert len(clauses(said, LEXICON)) == 2, said


def test_a_pause_inside_a_sentence_still_joins_it() -> None:
    said = fold("我係你嘅…老友", LEXICON)
    assert len(clauses(said, LEXICON)) == 1, said


# -- 偶 for 我, and the words 偶 is part of ------------------------------------------------


@pytest.mark.parametrize("said", ["偶覺得", "別騙偶", "想偶"])
def test_o_alone_is_i(said: str) -> None:
    assert "我" in units(said) and "偶" not in units(said)


@pytest.mark.parametrize("said", ["偶爾啦", "偶然會", "玩偶", "配偶"])
def test_the_words_o_is_part_of_stay(said: str) -> None:
    assert "偶" in units(said) and "我" not in units(said)


def test_now_and_then_is_still_a_hedged_yes() -> None:
    assert picks(ASKED, "偶爾會啦") == "yes", ASKED.match("偶爾會啦").explain()


def test_tricking_o_is_tricking_me(corpus: Corpus) -> None:
    state = corpus.routines["fool-in-english"].states["ask"]
    said = "哼 又想騙偶"
    assert state.understand(said).branch_id == "sees_through", state.understand(said).explain()


# -- don't know, as a Taiwan teen types it -----------------------------------------------


@pytest.mark.parametrize("said", ["步知道欸", "莫宰羊啦", "這題考倒我了", "真係難倒我"])
def test_taiwan_and_hong_kong_ways_of_not_knowing(said: str) -> None:
    assert picks(ASKED, said) == "dont_know", ASKED.match(said).explain()


def test_stumped_me_is_not_the_answer_me(corpus: Corpus) -> None:
    state = corpus.routines["lost-deer"].states["ask"]
    said = "蛤 考倒我啦"
    assert state.understand(said).branch_id is None, state.understand(said).explain()


# -- a Cantonese negator before an English word --------------------------------------------


@pytest.mark.parametrize("said", ["我都唔 sure 喎", "唔sure囉", "真係唔 sure"])
def test_not_sure_in_cantonese_is_dont_know(said: str) -> None:
    assert picks(ASKED, said) == "dont_know", ASKED.match(said).explain()


def test_not_ok_in_cantonese_is_no_yes() -> None:
    assert picks(ASKED, "唔 okay 呀") != "yes", ASKED.match("唔 okay 呀").explain()


def test_no_before_a_noun_is_having_none() -> None:
    assert units("佢冇 plan") == ["他", "没", "有", "plan"]


# -- Hong Kong's rhetorical "how could it fit", with 會 -----------------------------------


def test_how_could_it_get_in_with_wui_cannot() -> None:
    assert "入不到" in fold("點會入得架車", LEXICON)


def test_an_elephant_that_could_never_get_in_is_impossible(corpus: Corpus) -> None:
    state = corpus.routines["elephant-fridge"].states["fridge"]
    said = "隻象點會入得個雪櫃啫"
    assert state.understand(said).branch_id == "impossible", state.understand(said).explain()


# -- a drink named in English or by its emoji, the retort with 我先係 --------------------------


@pytest.mark.parametrize("said", ["收工梗係🍻", "一杯 latte 囉", "iced lemon tea 啦"])
def test_a_drink_named_in_english_or_by_its_emoji(corpus: Corpus, said: str) -> None:
    state = corpus.routines["want-drink"].states["ask"]
    assert state.understand(said).branch_id == "names_drink", state.understand(said).explain()


@pytest.mark.parametrize("said", ["you first 啦", "say it yourself la"])
def test_you_say_it_first_in_english_sees_through(corpus: Corpus, said: str) -> None:
    state = corpus.routines["dad-in-english"].states["dad"]
    assert state.understand(said).branch_id == "sees_through", state.understand(said).explain()


def test_i_am_your_dad_turned_back_sees_through(corpus: Corpus) -> None:
    state = corpus.routines["reverse-baba"].states["baba"]
    said = "哈 我先係你老爸"
    assert state.understand(said).branch_id == "sees_through", state.understand(said).explain()


# -- the pun spelt out ------------------------------------------------------------------------


def test_the_flaw_pun_spelt_out_sees_through(corpus: Corpus) -> None:
    state = corpus.routines["my-flaw"].states["ask"]
    said = "即係缺一點我 哈"
    assert state.understand(said).branch_id == "saw_through", state.understand(said).explain()


# -- an answer's words said in English inside a Chinese chat ----------------------------------


@pytest.mark.parametrize(
    ("routine", "state", "said", "branch"),
    [
        ("heart-side", "ask", "梗係 left side 啦", "names_side"),
        ("houyi-moon", "ask", "射 the sun 囉", "sun"),
        ("running-all-day", "ask", "真係好 exhausted", "tired"),
        ("running-all-day", "ask", "唔 tired 喎", "not_tired"),
        ("cow-tail", "ask", "梗係 downwards 啦", "down"),
        ("favourite-god", "ask", "我 agnostic 嚟", "atheist"),
        ("zodiac-belong", "ask", "屬 tiger 嘅", "names_sign"),
        ("blood-type", "ask", "我係 type B", "names_type"),
        ("dry-hair", "ask", "佢 bald 囉", "bald"),
        ("xiaoming-third-son", "ask", "梗係 Xiao Ming 啦", "xiaoming"),
        ("ice-to-water", "ask", "melt it 咪得囉", "melts_it"),
        ("guess-my-thoughts", "ask", "thinking about me 嘛", "guesses_me"),
        ("elephant-fridge", "meeting", "the elephant 囉 仲喺雪櫃", "elephant"),
    ],
)
def test_an_answer_said_in_english_inside_cantonese(
    corpus: Corpus, routine: str, state: str, said: str, branch: str
) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == branch, found.explain()


def test_tired_to_the_point_of_collapse_is_tired(corpus: Corpus) -> None:
    state = corpus.routines["running-all-day"].states["ask"]
    said = "攰到飛起"
    assert state.understand(said).branch_id == "tired", state.understand(said).explain()


def test_not_ok_is_no() -> None:
    assert picks(ASKED, "not ok 喎") == "no", ASKED.match("not ok 喎").explain()


# -- Taiwan's net slang typed as digits -----------------------------------------------------

EIGHT = matching([Branch("eight", number="8")], ["十把刀掉了两把，还剩几把？"])
EIGHTY_SEVEN = matching([Branch("eighty_seven", number="87")])


@pytest.mark.parametrize("said", ["8把啦 你當偶87喔", "484 8把", "94 8把ㄚ"])
def test_slang_digits_beside_the_number_are_words(said: str) -> None:
    assert picks(EIGHT, said) == "eight", EIGHT.match(said).explain()


def test_a_slang_number_alone_is_still_a_number() -> None:
    assert picks(EIGHTY_SEVEN, "87歲ㄅ") == "eighty_seven", EIGHTY_SEVEN.match("87歲ㄅ").explain()


def test_two_real_numbers_still_do_not_match() -> None:
    assert picks(EIGHT, "8把定12把") is None


# -- fine, so-so and "I don't believe in gods" as a Taiwan teen or Hong Kong analyst says them --


@pytest.mark.parametrize(
    ("routine", "said", "branch"),
    [
        ("running-all-day", "still fine 喎", "not_tired"),
        ("running-all-day", "ok 囉 仲頂得順", "not_tired"),
        ("play-water", "so so 囉", "no"),
        ("favourite-god", "偶沒在信ㄝ", "atheist"),
    ],
)
def test_fine_so_so_and_no_god(corpus: Corpus, routine: str, said: str, branch: str) -> None:
    found = corpus.routines[routine].states["ask"].understand(said)
    assert found.branch_id == branch, found.explain()


# -- the cheesy line named in English, the flaw named in English ------------------------------


@pytest.mark.parametrize(
    ("routine", "state", "said", "branch"),
    [
        ("want-drink", "ask", "又 flirting 呀你", "saw_through"),
        ("zodiac-belong", "ask", "好 cheesy 囉", "saw_through"),
        ("imagine-chase", "ask", "I'm not imagining 囉", "saw_through"),
        ("my-flaw", "guess", "stubborn 囉", "names_flaw"),
        ("running-all-day", "ask", "累到die", "tired"),
    ],
)
def test_said_in_english_inside_a_chinese_chat(
    corpus: Corpus, routine: str, state: str, said: str, branch: str
) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == branch, found.explain()
