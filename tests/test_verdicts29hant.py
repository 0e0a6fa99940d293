"""Round twenty-nine's Traditional Chinese verdicts (branch verdicts29hant): Taiwan and Hong Kong
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


# -- (a) rule "a swear inside a word" (lexicon.swear_infixes_zh) ---------------------------------


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("唔撚知", "唔知"),
        ("唔L知", "唔知"),
        ("唔l知呀", "唔知呀"),
        ("好撚難估", "好難估"),
    ],
)
def test_a_swear_inside_a_word_folds_as_the_word(corpus: Corpus, typed: str, plain: str) -> None:
    assert folded(corpus, typed) == folded(corpus, plain)


@pytest.mark.parametrize("answer", ["唔撚知 你講啦", "真係唔L知", "唔l知呀", "唔撚知囉 你話我知"])
def test_a_dont_know_with_a_swear_inside_is_a_dont_know(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "rooster-roof-egg/ask", answer) == "dont_know"


def test_a_swear_alone_or_by_english_is_left_as_typed(corpus: Corpus) -> None:
    assert "撚" in folded(corpus, "撚")
    assert "l" in folded(corpus, "L 知")  # not between two characters
    assert "鸠" in folded(corpus, "你好戇鳩囉")  # 鳩 is no infix: a word's own character


# -- (b) the asker's title refused as "why should I": the question's own word ------------------


@pytest.mark.parametrize(
    "answer",
    [
        "你邊位呀 我點解要叫你",
        "你係邊個 我做乜要叫你",
        "你誰啊 我為啥要叫你",
        "憑咩叫你 你又唔係長輩",
    ],
)
def test_why_should_i_call_you_sees_through(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "guess-my-age/address", answer) == "sees_through"


@pytest.mark.parametrize(
    "answer", ["你邊個呀我做乜要叫你", "你誰啊我為啥要叫你", "你係邊個我點解要叫你"]
)
def test_why_should_i_after_a_who_in_one_clause(corpus: Corpus, answer: str) -> None:
    # the phrase asks by its own why: the who before it does not make it asked back
    assert verdict(corpus, "guess-my-age/address", answer) == "sees_through"


def test_a_question_word_before_a_branch_word_still_asks_back(corpus: Corpus) -> None:
    # the rule "a question word before a branch's word" stands where the phrase asks nothing
    assert verdict(corpus, "guess-my-age/address", "點解叫你叔叔") != "fell"


# -- (c) zhuyin ㄅㄅ for 爸爸 where the state has just asked for it -------------------------------


def test_zhuyin_baba_follows_the_dad_line(corpus: Corpus) -> None:
    assert verdict(corpus, "follow-me-baba/third", "ㄅㄅ ㄏㄏ") == "fell"
    assert verdict(corpus, "reverse-baba/baba", "ㄅㄅ是你我") == "fell"


def test_zhuyin_baba_is_left_as_typed_elsewhere(corpus: Corpus) -> None:
    assert folded(corpus, "ㄅㄅ") == "ㄅㄅ"


# -- (d) a flaw named as a habit one is too fond of (my-flaw's names_flaw regex) ----------------


@pytest.mark.parametrize(
    "answer", ["很愛熬夜 然後早上叫不醒", "超愛打電動", "太愛買東西", "成日愛打機", "愛亂丟襪子"]
)
@pytest.mark.parametrize("state", ["ask", "guess"])
def test_a_habit_with_ai_names_a_flaw(corpus: Corpus, state: str, answer: str) -> None:
    assert verdict(corpus, f"my-flaw/{state}", answer) == "names_flaw"


@pytest.mark.parametrize("answer", ["你愛我啦", "親愛的 你冇缺點", "你愛不愛我"])
def test_love_for_a_person_names_no_flaw(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "my-flaw/guess", answer) != "names_flaw"


# -- (e) a skill praised as steady ---------------------------------------------------------------


@pytest.mark.parametrize("answer", ["你做嘢好穩陣", "你泊車泊得好穩", "你開車開得超穩"])
def test_steady_praise_is_a_compliment(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == "compliment"


def test_unsteady_is_no_compliment(corpus: Corpus) -> None:
    assert verdict(corpus, "compliment-game/ask", "你拿杯都拿不穩") != "compliment"


# -- (f) rule "还是, then a doubt about oneself" --------------------------------------------------


@pytest.mark.parametrize(
    "answer", ["8把吧？還是我算錯了", "應該係8把? 定係我計錯數", "八把？還是我想太多了"]
)
def test_a_doubt_about_oneself_after_the_answer_keeps_it(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "ten-knives/ask", answer) == "eight"


@pytest.mark.parametrize(
    "answer", ["8把？還是我？", "8把？還是9把？", "8把? 還是我們", "8把？定係我？"]
)
def test_a_second_side_still_asks_back(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "ten-knives/ask", answer) is None


# -- (g) ways and words outside the lists, by their shape ----------------------------------------


@pytest.mark.parametrize("answer", ["放鍋子裡滾一下", "拿去鍋子燒一下", "丟進鍋子"])
def test_taiwans_pot_melts_the_ice(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "ice-to-water/ask", answer) == "melts_it"


@pytest.mark.parametrize("answer", ["你根本沒在拜", "你連過年都不拜拜", "你又沒有在拜 哪有信"])
def test_no_worship_is_believing_in_nothing(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "favourite-god/ask", answer) == "atheist"


def test_a_god_worshipped_is_still_named(corpus: Corpus) -> None:
    assert verdict(corpus, "favourite-god/ask", "媽祖啦 我們都在拜") == "names_god"


@pytest.mark.parametrize("typed", ["一隻都冇晒", "冇哂", "飛哂"])
def test_none_left_in_cantonese_typed_either_way(corpus: Corpus, typed: str) -> None:
    assert "都都" not in folded(corpus, typed)
    assert "哂" not in folded(corpus, typed)


@pytest.mark.parametrize("answer", ["一隻都冇晒喇", "冇哂啦 一開槍全部走哂"])
def test_birds_all_gone_in_cantonese(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "birds-on-tree/ask", answer) == "none_left"


@pytest.mark.parametrize(
    "answer",
    [
        "在想隔壁的狗為什麼一直叫",
        "諗緊颱風幾時走",
        "你在想下個月的房租吧",
        "在想陽台的花要不要澆水",
    ],
)
def test_a_thought_named_after_zai_xiang_guesses_a_thing(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "guess-my-thoughts/guess", answer) == "guesses_thing"


@pytest.mark.parametrize("answer", ["在想我啦 對不對", "諗緊我囉", "在想阮啦"])
def test_a_thought_of_the_speaker_still_guesses_me(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "guess-my-thoughts/guess", answer) == "guesses_me"


def test_a_what_asked_back_guesses_nothing(corpus: Corpus) -> None:
    assert verdict(corpus, "guess-my-thoughts/guess", "在想什麼？") != "guesses_thing"


@pytest.mark.parametrize("answer", ["在想阿嬤啦 對毋對", "在想外婆啦 係咪", "在想奶奶喔"])
def test_the_kin_an_elder_calls_herself_is_no_thing(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "guess-my-thoughts/guess", answer) != "guesses_thing"
