"""Round thirteen's Simplified Mandarin pass (rules22hans; round thirteen's tuning writer km22, a
Kunming rice-noodle shop owner writing Yunnan Mandarin by voice input, then round twelve's final
set): Southwest Mandarin words by class, and answers about something else. Each kind is said in
words written for this file, none copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import units

# -- the Southwest's 哪样 (what) and its and Wuhan's 克 (去), folded by class -------------------


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("凭哪样", "凭什么"),
        ("喝哪样", "喝什么"),
        ("走克", "走去"),
        ("克哪点", "去哪里"),
    ],
)
def test_southwest_forms_fold_to_mandarin(said: str, meant: str) -> None:
    assert units(said) == units(meant)


def test_na_yang_asks_why_so_a_number_after_it_is_asked_back(corpus: Corpus) -> None:
    found = corpus.routines["nine-by-three"].states["ask"].understand("凭哪样我是三 你是九")
    assert found.branch_id is None, found.explain()


def test_ke_after_a_verb_is_going(corpus: Corpus) -> None:
    found = corpus.routines["imagine-chase"].states["ask"].understand("马上跑克隔壁")
    assert found.branch_id == "run", found.explain()


def test_ke_folded_on_both_sides_keeps_a_name_holding_it(corpus: Corpus) -> None:
    found = corpus.routines["want-drink"].states["ask"].understand("星巴克")
    assert found.branch_id == "names_drink", found.explain()


# -- owning a thing: a name, then the pronoun and its kin (小明他妈…), is someone's kin ----------


def test_a_name_then_his_kin_running_on_is_about_the_kin(corpus: Corpus) -> None:
    found = corpus.routines["xiaoming-third-son"].states["ask"].understand("小明他爸天天加班吧")
    assert found.branch_id is None, found.explain()


def test_a_name_then_her_kin_of_two_characters_running_on(corpus: Corpus) -> None:
    found = corpus.routines["xiaoming-third-son"].states["ask"].understand("小明她奶奶身体还好不")
    assert found.branch_id is None, found.explain()


@pytest.mark.parametrize("said", ["小明他是老三", "小明 他就是老三", "小明他妈"])
def test_a_name_then_the_pronoun_saying_more_still_answers(corpus: Corpus, said: str) -> None:
    found = corpus.routines["xiaoming-third-son"].states["ask"].understand(said)
    assert found.branch_id == "xiaoming", found.explain()


# -- the next line or the question's purpose named beside an answer ------------------------------


def test_jianghuai_a_shi_folds_to_is_it(corpus: Corpus) -> None:
    assert units("阿是") == units("是不是")


def test_the_next_line_asked_with_a_shi_sees_through_the_warm_up(corpus: Corpus) -> None:
    found = corpus.routines["reverse-baba"].states["love"].understand("你爱我 接下来阿是轮到爸爸")
    assert found.branch_id == "saw_through", found.explain()


def test_the_questions_purpose_named_is_a_mention(corpus: Corpus) -> None:
    found = (
        corpus.routines["zodiac-belong"].states["ask"].understand("你问这个不就为了说我属于你嘛")
    )
    assert found.branch_id == "saw_through", found.explain()


# -- heard it so many times: 了 for 过, and an exaggerated count read as "many" -----------------


@pytest.mark.parametrize(
    ("said", "meant"), [("八百次", "好多次"), ("几千遍", "好多遍"), ("n遍", "好多遍")]
)
def test_an_exaggerated_count_is_many_times(said: str, meant: str) -> None:
    assert units(said) == units(meant)


@pytest.mark.parametrize(
    "said", ["你的缺点 对吧 这句都听了一万遍了", "是我咯 对吧 耳朵都听了几百次了"]
)
def test_heard_it_many_times_beside_a_yes_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["my-flaw"].states["ask"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- a guess given up: 算了 (never mind) before a don't-know takes the guess back ----------------


@pytest.mark.parametrize("said", ["财神？算了 想不出来", "关公吧？算了吧 我不知道"])
def test_a_guess_given_up_before_a_dont_know(corpus: Corpus, said: str) -> None:
    found = corpus.routines["favourite-god"].states["ask"].understand(said)
    assert found.branch_id == "dont_know", found.explain()


def test_a_guess_with_a_dont_know_beside_it_still_hedges(corpus: Corpus) -> None:
    found = corpus.routines["favourite-god"].states["ask"].understand("财神？不知道")
    assert found.branch_id == "names_god", found.explain()


# -- asked what for: a branch's phrase after a verb, closing on 干嘛 (提爸爸干嘛), asks why ------


@pytest.mark.parametrize("said", ["好好的喊爸爸干嘛呀", "没事说爸爸搞么斯"])
def test_a_word_asked_what_for_is_no_answer(corpus: Corpus, said: str) -> None:
    found = corpus.routines["follow-me-baba"].states["third"].understand(said)
    assert found.branch_id is None, found.explain()


@pytest.mark.parametrize("said", ["爸爸干嘛", "爸爸 然后干嘛"])
def test_the_word_opening_its_clause_before_what_for_still_counts(
    corpus: Corpus, said: str
) -> None:
    found = corpus.routines["follow-me-baba"].states["third"].understand(said)
    assert found.branch_id == "fell", found.explain()


# -- 肯定是, as 当然是, only leads into the answer after it ------------------------------------------


def test_surely_is_leads_into_the_guess_after_it(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-thoughts"].states["ask"].understand("你肯定是在想我咯")
    assert found.branch_id == "guesses_me", found.explain()


def test_surely_is_alone_is_still_a_yes(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-thoughts"].states["ask"].understand("肯定是")
    assert found.branch_id == "claims_to_know", found.explain()


# -- a place's land: buy-land takes 边的地, 村的地, 镇的地, 乡的地 as it took 区的地 --------------------


@pytest.mark.parametrize("said", ["滇池旁边的地", "山脚下那个镇的地吧"])
def test_a_places_land_names_land(corpus: Corpus, said: str) -> None:
    found = corpus.routines["buy-land"].states["ask"].understand(said)
    assert found.branch_id == "names_land", found.explain()
