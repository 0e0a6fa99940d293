"""Round ten's Traditional Chinese rows tuned on again (rules17hant: Taipei, a Tainan caretaker's
Hokkien, Hong Kong Cantonese, Hsinchu, an old Hong Kong minibus driver), by kind: the trap named
as the asker's own (中汝的計), the asker's aim named (扮爺爺, 自稱爺爺, 想我答錯), an old riddle or
a trap (這題超老, 國小就聽過, 文字陷阱) as trick words; Cantonese "thinking I'll call you" (諗住我
叫你) and Hokkien "if I say", "you mean to say" (我若講, 汝是欲講, 汝想欲我家己講) as mention
frames; a Hokkien "what did you say / didn't hear" (汝講啥, 聽無); dialect words folded (兜暈,
貧惰, 大箍, 倒爿, 忝, 啥人, 想袂起來, 冇諗法); routines' punchlines predicted or turned back
(豬都係咁講, 豬唔會問呢啲蠢問題, 喜酒, 認你做媽, grandson, you love me, 你咪傻瓜囉); "which one?"
asked back after a don't-know (唔知喎 邊隻？). Each said in words written for this file, not the
writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached

# -- the trap named as the asker's own, the asker's aim named (trick words) -----------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("forget-pig/ask", "我講毋是豬 就中汝的計矣 莫啦"),
        ("forget-pig/ask", "唔係豬 但係我知答咗就中你嘅計"),
        ("monkey-name/surname", "又嚟 你想扮爺爺呀"),
        ("monkey-name/surname", "我唔講 講咗你又自稱爺爺"),
        ("dad-in-english/grandpa", "頭先扮老豆 今次又扮爺爺"),
        ("houyi-moon/ask", "月亮? 你想我答錯啫"),
    ],
)
def test_the_trap_or_the_askers_aim_named_sees_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) in ("saw_through", "sees_through", "sun"), explained(
        corpus, where, said
    )


def test_the_moon_said_alone_still_falls(corpus: Corpus) -> None:
    assert reached(corpus, "houyi-moon/ask", "月亮啦") == "moon"


# -- 兜暈 (make dizzy) folded to 绕晕: the give-away 想绕晕我 -------------------------------


@pytest.mark.parametrize("said", ["太陽 五次月亮係想兜暈我咋", "月亮？想兜暈我咩"])
def test_make_me_dizzy_in_cantonese_sees_through(corpus: Corpus, said: str) -> None:
    where = "houyi-moon/ask"
    assert reached(corpus, where, said) in ("saw_through", "sun"), explained(corpus, where, said)


# -- mention frames: Cantonese 諗住我叫你, Hokkien 我若講 --------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dad-in-english/grandpa", "你咪諗住我叫你grandpa"),
        ("dad-in-english/grandpa", "還想著我叫你grandpa喔"),
    ],
)
def test_thinking_ill_call_you_mentions_the_word(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) != "fell", explained(corpus, where, said)


def test_grandpa_said_plainly_still_falls(corpus: Corpus) -> None:
    assert reached(corpus, "dad-in-english/grandpa", "grandpa 啦") == "fell"


def test_if_i_say_in_hokkien_mentions_the_answer(corpus: Corpus) -> None:
    where, said = "forget-pig/ask", "我若講毋是豬 汝就笑我"
    assert reached(corpus, where, said) != "deny", explained(corpus, where, said)


# -- "what did you say / didn't hear" in Hokkien: the safe path ------------------------------


@pytest.mark.parametrize("said", ["我的啥 汝講啥", "我的? 聽無啦", "我的… 沒聽清楚"])
def test_what_did_you_say_in_hokkien_types_nothing(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/second"
    assert reached(corpus, where, said) is None, explained(corpus, where, said)


def test_my_typed_plainly_still_types(corpus: Corpus) -> None:
    assert reached(corpus, "follow-me-baba/second", "我的") == "typed"


# -- you-and-pig: its punchline predicted, its question turned back --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "隨便我講乜 你都會話豬都係咁講",
        "我說啥你都說豬也是這麼說的 懶得答",
        "我講啥汝攏講豬嘛按呢講",
    ],
)
def test_the_pig_says_so_too_predicted_sees_through(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/explain"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


@pytest.mark.parametrize("said", ["豬都唔會問呢啲無聊問題 你就會", "豬才不會問這麼笨的問題"])
def test_the_question_turned_back_with_a_word_between_flips_it(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/explain"
    assert reached(corpus, where, said) == "flips_it", explained(corpus, where, said)


def test_pigs_cannot_ask_questions_still_explains(corpus: Corpus) -> None:
    assert reached(corpus, "you-and-pig/explain", "豬不會問問題 我會") == "explains"


# -- want-drink: the Cantonese twist's own punchline (喜酒) seen -------------------------------


@pytest.mark.parametrize("said", ["係咪想飲我哋嘅喜酒呀", "喜酒呀 老套"])
def test_the_wedding_wine_named_sees_through(corpus: Corpus, said: str) -> None:
    where = "want-drink/ask"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


def test_a_beer_still_names_a_drink(corpus: Corpus) -> None:
    assert reached(corpus, "want-drink/ask", "凍啤酒") == "names_drink"


# -- Taiwan Hokkien everyday words folded (貧惰, 大箍, 倒爿, 忝, 啥人, 想袂起來) ------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("my-flaw/guess", "足貧惰的啦", "names_flaw"),
        ("my-flaw/guess", "大箍 食傷濟", "names_flaw"),
        ("heart-side/ask", "佇倒爿啦", "names_side"),
        ("running-all-day/ask", "有夠忝", "tired"),
        ("running-all-day/ask", "足忝的", "tired"),
    ],
)
def test_hokkien_everyday_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch, explained(corpus, where, said)


@pytest.mark.parametrize("said", ["啥人知影", "想袂起來矣"])
def test_hokkien_who_knows_and_cannot_recall_do_not_know(corpus: Corpus, said: str) -> None:
    where = "my-flaw/guess"
    assert reached(corpus, where, said) == "dont_know", explained(corpus, where, said)


# -- worn out to a degree (攰到癲, 累到趴) -----------------------------------------------------


@pytest.mark.parametrize("said", ["今日攰到癲", "累到趴"])
def test_tired_to_a_degree_is_tired(corpus: Corpus, said: str) -> None:
    where = "running-all-day/ask"
    assert reached(corpus, where, said) == "tired", explained(corpus, where, said)


# -- an old riddle, met as a child, a trap, a series known (trick words) ---------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("xiaoming-third-son/ask", "這題好老 三毛啦"),
        ("xiaoming-third-son/ask", "三毛 我國小就聽過"),
        ("one-and-three/ask", "二 我細個就被騙過了"),
        ("one-and-three/ask", "2 文字陷阱嚟㗎"),
        ("elephant-fridge/fridge", "兩步 這個系列我知道"),
    ],
)
def test_an_old_riddle_or_a_trap_named_sees_through(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


# -- won't read it (唔讀, 不唸): a refusal; "you love me" turns it back ------------------------


@pytest.mark.parametrize("said", ["唔讀呀", "不讀啦"])
def test_wont_read_it_refuses(corpus: Corpus, said: str) -> None:
    where = "reverse-baba/love"
    assert reached(corpus, where, said) == "refuses", explained(corpus, where, said)


@pytest.mark.parametrize("said", ["u love me 咁先啱", "You love me 🙂"])
def test_you_love_me_turns_it_back(corpus: Corpus, said: str) -> None:
    where = "i-love-you-english/whole"
    assert reached(corpus, where, said) == "sees_through", explained(corpus, where, said)


def test_i_love_you_read_out_still_falls(corpus: Corpus) -> None:
    assert reached(corpus, "i-love-you-english/whole", "i love you") == "fell"


# -- no water, in Hokkien (無水) ---------------------------------------------------------------


def test_no_water_in_hokkien_is_a_dry_river(corpus: Corpus) -> None:
    where, said = "dry-hair/ask", "彼條溪無水啦"
    assert reached(corpus, where, said) == "dry_river", explained(corpus, where, said)


# -- Hokkien "you mean to say", "you want me to say myself" (汝是欲講, 汝想欲我家己講) -------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("you-and-pig/ask", "汝是欲講阮兩個仝款喔"),
        ("fool-in-english/ask", "汝想欲我家己講我是傻瓜喔"),
        ("monkey-name/ask", "汝是欲叫我喊孫仔喔"),
    ],
)
def test_you_mean_me_to_say_in_hokkien_sees_through(corpus: Corpus, where: str, said: str) -> None:
    got = reached(corpus, where, said)
    assert got in ("saw_through", "sees_through"), explained(corpus, where, said)


# -- the asker's aim named in mama-song (認你做媽, 自稱媽); grandson handed back ----------------


@pytest.mark.parametrize("said", ["下一句你就要自稱媽 哼", "唱完你就自稱媽咪 我知"])
def test_the_askers_aim_named_in_mama_song_sees_through(corpus: Corpus, said: str) -> None:
    where = "mama-song/ask"
    got = reached(corpus, where, said)
    assert got in ("saw_through", "sees_through"), explained(corpus, where, said)


@pytest.mark.parametrize("said", ["grandson 啦 你", "你是grandson喔"])
def test_grandson_handed_back_sees_through(corpus: Corpus, said: str) -> None:
    where = "dad-in-english/grandpa"
    assert reached(corpus, where, said) == "sees_through", explained(corpus, where, said)


# -- no such character, with Hokkien or Cantonese 無 --------------------------------------------


@pytest.mark.parametrize("said", ["根本無這款字", "無呢個字喎"])
def test_no_such_character_with_mou_written_wu(corpus: Corpus, said: str) -> None:
    where = "misread-char/ask"
    assert reached(corpus, where, said) == "no_such", explained(corpus, where, said)


# -- no idea in Cantonese (冇諗法: folded 没有想法) --------------------------------------------


def test_no_idea_in_cantonese_does_not_know(corpus: Corpus) -> None:
    where, said = "ice-to-water/ask", "真係冇諗法"
    assert reached(corpus, where, said) == "dont_know", explained(corpus, where, said)


# -- which one? asked back after a don't-know (唔知喎 邊隻？): no guess, the don't-know counts ----


@pytest.mark.parametrize("said", ["唔知 邊隻呀？", "不知道欸 哪隻？"])
def test_which_one_asked_back_after_a_dont_know_is_no_guess(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/meeting"
    assert reached(corpus, where, said) == "dont_know", explained(corpus, where, said)


def test_a_guess_after_a_dont_know_still_hedges(corpus: Corpus) -> None:
    assert reached(corpus, "elephant-fridge/meeting", "唔知 烏龜行得慢？") is None


# -- Cantonese "you're the fool" (你咪傻瓜囉) turned back in inedible-melon ---------------------


@pytest.mark.parametrize("said", ["你咪傻瓜囉 仲問", "你咪就係傻瓜"])
def test_youre_the_fool_in_cantonese_turns_it_back(corpus: Corpus, said: str) -> None:
    where = "inedible-melon/retry"
    assert reached(corpus, where, said) == "sees_through", explained(corpus, where, said)


def test_fool_said_plainly_still_falls(corpus: Corpus) -> None:
    assert reached(corpus, "inedible-melon/retry", "傻瓜囉") == "fool"
