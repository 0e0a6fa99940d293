"""Round eleven's Simplified Mandarin pass (rules17hans; the zh-hans files of round ten's final
set, hrb10, wh10, sh10, cs10, and round ten's tuning writers tj16 and dg16): Changsha, Wuhan
and Wu words by class (冇得, 咯 before a measure word, 恰, 哒, 我么晓得, 汰 for 洗, 自家), two
folds that ate other words (a side's 边有, a joke's 梗是), the question met before or known to
be coming (这题我做过, 就知道你要问), the later questions named ahead (elephant-fridge), the
three words said in another order (i-love-you-english), the kinship turned back in English
(dad-in-english), words people use for a branch (drinks, praise and children in dialect, the
pig asking) and "would I not see it?" closing with 吗. Each kind is said in words written for
this file, none copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import units

# -- Changsha and Wuhan words, folded by class ------------------------------------------------


def test_changsha_mou_de_is_mei_you(corpus: Corpus) -> None:
    assert units("冇得") == units("没有")
    found = corpus.routines["dry-hair"].states["ask"].understand("那条河冇得水咯")
    assert found.branch_id == "dry_river", found.explain()


@pytest.mark.parametrize(("said", "meant"), [("咯个", "这个"), ("咯种", "这种"), ("咯边", "这边")])
def test_changsha_lo_before_a_measure_word_is_this(said: str, meant: str) -> None:
    assert units(said) == units(meant)


def test_changsha_lo_closing_a_clause_stays_a_particle() -> None:
    assert units("好咯") == ["好", "咯"]


def test_changsha_qia_is_eat_but_qiahao_keeps_its_own() -> None:
    assert units("恰饭") == units("吃饭")
    assert units("恰好") == ["恰", "好"]


def test_wuhan_wo_me_xiaode_is_how_would_i_know(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-age"].states["ask"].understand("我么晓得咧")
    assert found.branch_id == "dont_know", found.explain()


def test_voice_input_zhi_dao_is_know(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-thoughts"].states["guess"].understand("我哪只道你在想么子")
    assert found.branch_id == "dont_know", found.explain()


# -- Shanghainese 汰 for 洗 ---------------------------------------------------------------------


def test_shanghainese_tai_wan_is_washing_the_bowls() -> None:
    assert units("汰碗") == units("洗碗")
    assert units("淘汰") == ["淘", "汰"]


def test_asked_to_wash_the_bowls_in_shanghainese_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["play-water"].states["ask"].understand("侬想叫我汰碗是伐 勿要")
    assert found.branch_id == "saw_through", found.explain()


# -- Changsha 哒 and Wu 自家 ------------------------------------------------------------------------


def test_changsha_da_after_a_verb_is_le() -> None:
    assert units("胖哒") == units("胖了")


def test_wu_zijia_after_you_is_yourself(corpus: Corpus) -> None:
    assert units("侬自家") == units("你自己")
    found = corpus.routines["you-and-pig"].states["ask"].understand("去问问侬自家咯")
    assert found.branch_id == "saw_through", found.explain()


def test_a_drink_typed_in_pinyin_names_a_drink(corpus: Corpus) -> None:
    assert units("naicha") == units("奶茶")
    found = corpus.routines["want-drink"].states["ask"].understand("kele 冰的")
    assert found.branch_id == "names_drink", found.explain()


# -- a side's 边 before 有 is no Cantonese 邊有 ---------------------------------------------------


def test_a_side_word_before_you_is_no_cantonese_bin_yau() -> None:
    assert units("旁边有人") == ["旁", "边", "有", "人"]
    assert units("邊有可能") == units("哪有可能")


def test_what_is_over_there_asked_is_no_detour(corpus: Corpus) -> None:
    found = corpus.routines["elephant-fridge"].states["river"].understand("对岸那边有什么好东西")
    assert found.branch_id is None, found.explain()


# -- 梗 as a noun before 是 is no Cantonese 梗係 ----------------------------------------------------


def test_a_joke_noun_before_shi_is_no_of_course() -> None:
    assert units("谐音梗是吧") == ["谐", "音", "梗", "是", "吧"]
    assert units("梗係啦") == units("当然是啦")


def test_the_pun_named_with_shi_ba_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["lost-deer"].states["ask"].understand("这是谐音梗是吧 哈")
    assert found.branch_id == "saw_through", found.explain()


# -- the question met before ---------------------------------------------------------------------


@pytest.mark.parametrize("said", ["这道题我做过的 老三嘛", "咯题我早做过哒", "我爷爷考过我这个"])
def test_the_question_met_before_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["xiaoming-third-son"].states["ask"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


def test_what_comes_next_claimed_known_beside_a_warm_up_answer_sees_through(
    corpus: Corpus,
) -> None:
    found = corpus.routines["i-love-you-english"].states["wo"].understand("I啊 后面我知道咯")
    assert found.branch_id == "saw_through", found.explain()


def test_the_question_known_to_be_coming_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["houyi-moon"].states["ask"].understand("早知道你要问这个 嘿嘿")
    assert found.branch_id == "saw_through", found.explain()


# -- elephant-fridge: the later questions named ahead -------------------------------------------


@pytest.mark.parametrize("said", ["开门放进去关门 然后是长颈鹿对吧", "等下还要问鳄鱼咯"])
def test_the_giraffe_or_the_crocodiles_named_at_the_fridge_see_through(
    corpus: Corpus, said: str
) -> None:
    found = corpus.routines["elephant-fridge"].states["fridge"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


def test_the_animal_meeting_named_at_the_giraffe_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["elephant-fridge"].states["giraffe"].understand("四步 然后动物开会对不")
    assert found.branch_id == "saw_through", found.explain()


def test_steps_alone_at_the_fridge_still_answer(corpus: Corpus) -> None:
    found = corpus.routines["elephant-fridge"].states["fridge"].understand("三步 开门放进去关门")
    assert found.branch_id == "three", found.explain()


# -- i-love-you-english: the three words in another order -----------------------------------------


@pytest.mark.parametrize("said", ["you love me 嘿嘿", "you i love", "我反着念 哈"])
def test_the_words_said_in_another_order_see_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["i-love-you-english"].states["whole"].understand(said)
    assert found.branch_id == "sees_through", found.explain()


def test_the_words_in_their_order_still_fall(corpus: Corpus) -> None:
    found = corpus.routines["i-love-you-english"].states["whole"].understand("i love you 咯")
    assert found.branch_id == "fell", found.explain()


# -- dad-in-english: the kinship turned back in English -----------------------------------------


@pytest.mark.parametrize("said", ["my grandson 哈哈", "granddaughter 给你"])
def test_grandson_handed_back_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["dad-in-english"].states["grandpa"].understand(said)
    assert found.branch_id == "sees_through", found.explain()


def test_son_handed_back_sees_through_the_dad(corpus: Corpus) -> None:
    found = corpus.routines["dad-in-english"].states["dad"].understand("son 送你了")
    assert found.branch_id == "sees_through", found.explain()


# -- corpus: words people use for a branch's meaning ----------------------------------------------


@pytest.mark.parametrize("said", ["来瓶大绿棒子", "蜜雪冰城吧", "元气森林"])
def test_drinks_by_brand_name_a_drink(corpus: Corpus, said: str) -> None:
    found = corpus.routines["want-drink"].states["ask"].understand(said)
    assert found.branch_id == "names_drink", found.explain()


@pytest.mark.parametrize("said", ["叫你小崽子", "喊你细伢子"])
def test_a_child_in_dialect_sees_through_the_address(corpus: Corpus, said: str) -> None:
    found = corpus.routines["guess-my-age"].states["address"].understand(said)
    assert found.branch_id == "sees_through", found.explain()


@pytest.mark.parametrize("said", ["侬真嗲", "你真是杠杠的", "你好巴适哦"])
def test_praise_in_dialect_is_a_compliment(corpus: Corpus, said: str) -> None:
    found = corpus.routines["compliment-game"].states["ask"].understand(said)
    assert found.branch_id == "compliment", found.explain()


@pytest.mark.parametrize("said", ["猪在手机那头问我呢", "区别是猪才会问这样的问题"])
def test_the_pig_is_the_one_asking_flips_it(corpus: Corpus, said: str) -> None:
    found = corpus.routines["you-and-pig"].states["explain"].understand(said)
    assert found.branch_id == "flips_it", found.explain()


def test_the_crocodiles_at_their_meeting_with_an_adverb_between_see_through(
    corpus: Corpus,
) -> None:
    found = corpus.routines["elephant-fridge"].states["river"].understand("鳄鱼都在开会吧")
    assert found.branch_id in ("saw_through", "swim"), found.explain()


@pytest.mark.parametrize("said", ["少说也得二十来步", "十多步吧"])
def test_a_rough_count_of_steps_with_lai_or_duo_is_a_count(corpus: Corpus, said: str) -> None:
    found = corpus.routines["elephant-fridge"].states["fridge"].understand(said)
    assert found.branch_id == "other_steps", found.explain()


# -- rule "would I not know?" closing with 吗 ----------------------------------------------------


@pytest.mark.parametrize("said", ["你在骂我 我会看不出来吗", "我能猜不到吗"])
def test_would_i_not_see_it_closing_with_ma_claims_to_know(corpus: Corpus, said: str) -> None:
    found = corpus.routines["guess-my-thoughts"].states["ask"].understand(said)
    assert found.branch_id != "dont_know", found.explain()


def test_a_plain_cannot_see_it_still_does_not_know(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-thoughts"].states["ask"].understand("我看不出来")
    assert found.branch_id == "dont_know", found.explain()


# -- durations: the same one in another unit is working, no second answer --------------------------


@pytest.mark.parametrize("said", ["一个半钟头 也就是90分钟", "一个半小时 换算一下九十分钟"])
def test_the_same_duration_in_another_unit_is_no_second_answer(corpus: Corpus, said: str) -> None:
    found = corpus.routines["kids-pancakes"].states["ask"].understand(said)
    assert found.branch_id in ("hour_half", "ninety"), found.explain()


def test_another_duration_beside_it_still_takes_the_answer_back(corpus: Corpus) -> None:
    found = corpus.routines["kids-pancakes"].states["ask"].understand("一个半小时 或者60分钟")
    assert found.branch_id is None, found.explain()


# -- corpus: all the pig knows; the pig gone to hear the asker talk ---------------------------------


def test_all_the_pig_knows_explains_the_difference(corpus: Corpus) -> None:
    found = corpus.routines["you-and-pig"].states["explain"].understand("猪就知道睡大觉")
    assert found.branch_id == "explains", found.explain()


@pytest.mark.parametrize("said", ["跑去听你吹牛了呗", "它听你聊天去了"])
def test_the_pig_gone_to_hear_the_asker_talk_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["pig-ran-away"].states["ask"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


@pytest.mark.parametrize("said", ["你开车比老司机还强", "你修电脑比师傅强"])
def test_praise_by_comparison_is_a_compliment(corpus: Corpus, said: str) -> None:
    found = corpus.routines["compliment-game"].states["ask"].understand(said)
    assert found.branch_id == "compliment", found.explain()


def test_boasting_by_comparison_pays_no_compliment(corpus: Corpus) -> None:
    found = corpus.routines["compliment-game"].states["ask"].understand("我比你强多了")
    assert found.branch_id != "compliment", found.explain()


def test_again_with_le_at_the_grandpa_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["dad-in-english"].states["grandpa"].understand("又来了 哼")
    assert found.branch_id == "sees_through", found.explain()
