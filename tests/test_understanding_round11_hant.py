"""Round ten's Traditional Chinese rows tuned on again (rules17hant: Taipei, a Tainan caretaker's
Hokkien, Hong Kong Cantonese, Hsinchu, an old Hong Kong minibus driver), by kind: the trap named
as the asker's own (中汝的計), the asker's aim named (扮爺爺, 自稱爺爺, 想我答錯), Cantonese
"thinking I'll call you" (諗住我叫你) and Hokkien "if I say" (我若講) as mention frames, a
Hokkien "what did you say / didn't hear" (汝講啥, 聽無), 兜暈 (make dizzy) folded, you-and-pig's
punchline predicted (豬都係咁講) and its question turned back with a word between (豬唔會問呢啲
蠢問題), want-drink's Cantonese twist (喜酒) seen. Each said in words written for this file, not
the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def _picks(corpus: Corpus, where: str, said: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(said).branch_id


def _explained(corpus: Corpus, where: str, said: str) -> str:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(said).explain()


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
    assert _picks(corpus, where, said) in ("saw_through", "sees_through", "sun"), _explained(
        corpus, where, said
    )


def test_the_moon_said_alone_still_falls(corpus: Corpus) -> None:
    assert _picks(corpus, "houyi-moon/ask", "月亮啦") == "moon"


# -- 兜暈 (make dizzy) folded to 绕晕: the give-away 想绕晕我 -------------------------------


@pytest.mark.parametrize("said", ["太陽 五次月亮係想兜暈我咋", "月亮？想兜暈我咩"])
def test_make_me_dizzy_in_cantonese_sees_through(corpus: Corpus, said: str) -> None:
    where = "houyi-moon/ask"
    assert _picks(corpus, where, said) in ("saw_through", "sun"), _explained(corpus, where, said)


# -- mention frames: Cantonese 諗住我叫你, Hokkien 我若講 --------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dad-in-english/grandpa", "你咪諗住我叫你grandpa"),
        ("dad-in-english/grandpa", "還想著我叫你grandpa喔"),
    ],
)
def test_thinking_ill_call_you_mentions_the_word(corpus: Corpus, where: str, said: str) -> None:
    assert _picks(corpus, where, said) != "fell", _explained(corpus, where, said)


def test_grandpa_said_plainly_still_falls(corpus: Corpus) -> None:
    assert _picks(corpus, "dad-in-english/grandpa", "grandpa 啦") == "fell"


def test_if_i_say_in_hokkien_mentions_the_answer(corpus: Corpus) -> None:
    where, said = "forget-pig/ask", "我若講毋是豬 汝就笑我"
    assert _picks(corpus, where, said) != "deny", _explained(corpus, where, said)


# -- "what did you say / didn't hear" in Hokkien: the safe path ------------------------------


@pytest.mark.parametrize("said", ["我的啥 汝講啥", "我的? 聽無啦", "我的… 沒聽清楚"])
def test_what_did_you_say_in_hokkien_types_nothing(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/second"
    assert _picks(corpus, where, said) is None, _explained(corpus, where, said)


def test_my_typed_plainly_still_types(corpus: Corpus) -> None:
    assert _picks(corpus, "follow-me-baba/second", "我的") == "typed"


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
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["豬都唔會問呢啲無聊問題 你就會", "豬才不會問這麼笨的問題"])
def test_the_question_turned_back_with_a_word_between_flips_it(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/explain"
    assert _picks(corpus, where, said) == "flips_it", _explained(corpus, where, said)


def test_pigs_cannot_ask_questions_still_explains(corpus: Corpus) -> None:
    assert _picks(corpus, "you-and-pig/explain", "豬不會問問題 我會") == "explains"


# -- want-drink: the Cantonese twist's own punchline (喜酒) seen -------------------------------


@pytest.mark.parametrize("said", ["係咪想飲我哋嘅喜酒呀", "喜酒呀 老套"])
def test_the_wedding_wine_named_sees_through(corpus: Corpus, said: str) -> None:
    where = "want-drink/ask"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


def test_a_beer_still_names_a_drink(corpus: Corpus) -> None:
    assert _picks(corpus, "want-drink/ask", "凍啤酒") == "names_drink"
