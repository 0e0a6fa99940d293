"""Round twelve's second Simplified Mandarin pass (rules20hans; round twelve's second tuning
writers' su20, a Suzhou shop owner writing Wu-accented Mandarin): Wu words by class (吾 for 我,
则 for 这 before a measure word, 拉能 for 哪能, 不四 for 不是). Each kind is said in words written
for this file, none copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import units

# -- Suzhou and Shanghai Wu words, folded by class --------------------------------------------


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("吾", "我"),
        ("则个", "这个"),
        ("则种", "这种"),
        ("则边", "这边"),
        ("拉能", "哪能"),
        ("不四", "不是"),
    ],
)
def test_wu_forms_fold_to_mandarin(said: str, meant: str) -> None:
    assert units(said) == units(meant)


@pytest.mark.parametrize(("kept", "parts"), [("规则", ["规", "则"]), ("支吾", ["支", "吾"])])
def test_wu_folds_leave_other_words_alone(kept: str, parts: list[str]) -> None:
    assert units(kept) == parts


def test_wu_wu_for_me_guessed(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-thoughts"].states["guess"].understand("肯定在想吾咯")
    assert found.branch_id == "guesses_me", found.explain()


def test_wu_la_neng_xiaode_is_how_would_i_know(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-age"].states["ask"].understand("吾拉能晓得侬几岁")
    assert found.branch_id == "dont_know", found.explain()


def test_wu_bu_si_is_not(corpus: Corpus) -> None:
    found = corpus.routines["forget-pig"].states["ask"].understand("吾不四猪 侬才四")
    assert found.branch_id == "deny", found.explain()


def test_wu_ze_bian_is_this_side(corpus: Corpus) -> None:
    found = corpus.routines["heart-side"].states["ask"].understand("就在吾则边呀 想骗吾讲左边")
    assert found.branch_id == "saw_through", found.explain()


# -- the trick named beside a warm-up's answer, a place among siblings, "can't sing it" ---------


def test_this_kind_of_advantage_not_let_taken_sees_through_the_warm_up(corpus: Corpus) -> None:
    found = corpus.routines["reverse-baba"].states["love"].understand("你爱我嘛 这种便宜不让你占")
    assert found.branch_id == "saw_through", found.explain()


def test_a_place_among_siblings_is_no_count(corpus: Corpus) -> None:
    found = corpus.routines["nine-by-three"].states["ask"].understand("嘿嘿 我在家排行老三")
    assert found.branch_id is None, found.explain()


def test_cannot_sing_it_does_not_know_the_song(corpus: Corpus) -> None:
    found = corpus.routines["mama-song"].states["ask"].understand("这首不会唱 没学过")
    assert found.branch_id == "dont_know", found.explain()


# -- a no said of a thing after 的 (rule "a no of another verb") -------------------------------


def test_a_no_said_of_a_thing_answers_nothing(corpus: Corpus) -> None:
    found = corpus.routines["silent-love"].states["ask"].understand("侬是谁 我通讯录里的号码不对呀")
    assert found.branch_id is None, found.explain()


@pytest.mark.parametrize("said", ["说真的没有", "讲真的 我没有", "真没有"])
def test_a_plain_no_after_de_still_says_no(corpus: Corpus, said: str) -> None:
    found = corpus.routines["silent-love"].states["ask"].understand(said)
    assert found.branch_id == "no", found.explain()


# -- words a branch lacked: Wu praise, "won't answer" -----------------------------------------


def test_wu_praise_dia_de_lai_is_a_compliment(corpus: Corpus) -> None:
    found = corpus.routines["compliment-game"].states["ask"].understand("侬件衣裳嗲得来")
    assert found.branch_id == "compliment", found.explain()


def test_wont_answer_refuses(corpus: Corpus) -> None:
    found = corpus.routines["i-love-you-english"].states["wo"].understand("覅答 考幼儿园小朋友呢")
    assert found.branch_id == "refuses", found.explain()


# -- more Wu words by class: 辰光, 戆大, 十三点 ----------------------------------------------------


def test_wu_dumb_turned_back_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["fool-in-english"].states["ask"].understand("侬才是戆大呀")
    assert found.branch_id == "sees_through", found.explain()


def test_wu_shisandian_silly_is_no_count(corpus: Corpus) -> None:
    found = corpus.routines["ten-knives"].states["ask"].understand("八把呀 侬当我十三点啊")
    assert found.branch_id == "eight", found.explain()


def test_wu_chenguang_is_when(corpus: Corpus) -> None:
    assert units("小辰光") == units("小时候")
