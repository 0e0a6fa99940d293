"""Round ten's Simplified Mandarin pass (the Tianjin and Dongguan tuning writers, tj16 and dg16):
the asker answering the call named, the trick turned back with 你照镜, trick words said in
Tianjin and Cantonese (就等我这句, 又系这套), "as if I did not know" (当我不知道呢),
"I'm not one, how would I know" (我哪知道 我又不是猪), "who are you?" typing no 你是, a number
refused (我不会答2), and Tianjin's 凭嘛 and 介. Each kind is said in words written for this file."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import units

# -- the asker answering the call named (corpus give-aways) ----------------------------------


@pytest.mark.parametrize(
    "said", ["不说 我说了你就答应了", "一叫你就应声", "我才不讲 讲了你就会答应"]
)
def test_dad_in_english_says_the_asker_would_answer_the_call(corpus: Corpus, said: str) -> None:
    found = corpus.routines["dad-in-english"].states["dad"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


def test_mama_song_says_the_asker_would_answer_the_song(corpus: Corpus) -> None:
    found = corpus.routines["mama-song"].states["ask"].understand("我唱了你就会答应")
    # verdicts17zh: the asker's next move foretold is a trick word, so it reaches the state's
    # own seeing-through answer (the same reply and ending as the give-away)
    assert found.branch_id == "sees_through", found.explain()


# -- the trick turned back: 你照镜 (the asker, not the victim, looks in the mirror) ------------


@pytest.mark.parametrize("said", ["你照镜就知道了", "你去照镜吧"])
def test_the_mirror_turned_on_the_asker_sees_through_the_melon(corpus: Corpus, said: str) -> None:
    found = corpus.routines["inedible-melon"].states["retry"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


def test_the_victim_in_their_own_mirror_sees_through_nothing(corpus: Corpus) -> None:
    found = corpus.routines["inedible-melon"].states["retry"].understand("照镜子的时候没看到瓜")
    assert found.branch_id != "saw_through", found.explain()


@pytest.mark.parametrize("said", ["想当长辈想疯了吧", "你想做长辈啊"])
def test_wanting_to_be_the_elder_named_without_me_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["guess-my-age"].states["address"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- trick words: the line waited for, another brain teaser ----------------------------------


def test_the_line_waited_for_after_a_denial_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["forget-pig"].states["ask"].understand("我才不是猪 你就等我这句吧")
    assert found.branch_id == "saw_through", found.explain()


def test_cantonese_yau_hai_is_again_so_the_same_old_trick_sees_through(corpus: Corpus) -> None:
    assert units("又系") == units("又是")
    found = corpus.routines["one-and-three"].states["ask"].understand("又系这套 二")
    assert found.branch_id == "saw_through", found.explain()


# -- rule "as if I did not know" ----------------------------------------------------------------


@pytest.mark.parametrize("said", ["你以为我不知道？", "当我不知道吗"])
def test_as_if_i_did_not_know_is_no_dont_know(corpus: Corpus, said: str) -> None:
    found = corpus.routines["mama-song"].states["ask"].understand(said)
    assert found.branch_id != "dont_know", found.explain()


@pytest.mark.parametrize("said", ["就当我不知道吧", "算我不知道呢"])
def test_put_me_down_as_not_knowing_still_does_not_know(corpus: Corpus, said: str) -> None:
    found = corpus.routines["mama-song"].states["ask"].understand(said)
    assert found.branch_id == "dont_know", found.explain()


# -- rule "I'm not one, how would I know" ------------------------------------------------------


@pytest.mark.parametrize("said", ["不晓得 我又不是猪", "谁知道呢，我又不是猪"])
def test_not_a_pig_as_the_reason_for_not_knowing_is_a_dont_know(corpus: Corpus, said: str) -> None:
    found = corpus.routines["pig-ran-away"].states["ask"].understand(said)
    assert found.branch_id == "dont_know", found.explain()


def test_not_a_pig_alone_still_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["pig-ran-away"].states["ask"].understand("我又不是猪")
    assert found.branch_id == "saw_through", found.explain()


# -- rule "who it is, asked back": 你是谁 types no 你是 -----------------------------------------


@pytest.mark.parametrize("said", ["你是谁呀", "你是哪位"])
def test_who_are_you_types_no_ni_shi(corpus: Corpus, said: str) -> None:
    found = corpus.routines["follow-me-baba"].states["first"].understand(said)
    assert found.branch is None, found.explain()


def test_ni_shi_typed_still_goes_on(corpus: Corpus) -> None:
    found = corpus.routines["follow-me-baba"].states["first"].understand("你是")
    assert found.branch_id == "typed", found.explain()


# -- Tianjin 凭嘛 and 介 -------------------------------------------------------------------------


def test_tianjin_ping_ma_asks_so_the_pieces_said_answer_nothing(corpus: Corpus) -> None:
    assert units("凭嘛") == units("凭什么")
    found = corpus.routines["nine-by-three"].states["ask"].understand("我是九你是三 凭嘛")
    assert found.branch is None, found.explain()


def test_tianjin_jie_before_a_measure_word_is_zhe(corpus: Corpus) -> None:
    assert units("介种") == units("这种")
    assert units("在介儿") == units("在这儿")
    assert units("介绍") != units("这绍")
    found = corpus.routines["misread-char"].states["ask"].understand("哪有介种字")
    assert found.branch_id == "no_such", found.explain()


# -- rule "a number refused": 我不会答2 will not say it --------------------------------------


@pytest.mark.parametrize("said", ["我不想答二 你自己看", "我唔会答二嘅"])
def test_a_number_refused_is_no_answer(corpus: Corpus, said: str) -> None:
    found = corpus.routines["one-and-three"].states["ask"].understand(said)
    assert found.branch_id != "two", found.explain()


def test_a_number_said_after_saying_is_still_the_answer(corpus: Corpus) -> None:
    found = corpus.routines["one-and-three"].states["ask"].understand("我说二")
    assert found.branch_id == "two", found.explain()


# -- corpus words people use: 缺个我, a nephew or niece, gaming, "what pig?" -------------------


def test_missing_a_me_with_a_measure_word_guesses_me(corpus: Corpus) -> None:
    found = corpus.routines["my-flaw"].states["guess"].understand("就缺个我吧")
    assert found.branch_id == "guesses_me", found.explain()


def test_calling_the_asker_a_niece_turns_the_generations(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-age"].states["address"].understand("那我叫你侄女")
    assert found.branch_id == "sees_through", found.explain()


def test_gaming_all_day_is_a_flaw_named(corpus: Corpus) -> None:
    found = corpus.routines["my-flaw"].states["guess"].understand("天天打游戏")
    assert found.branch_id == "names_flaw", found.explain()


@pytest.mark.parametrize("said", ["啥猪啊 我是帅哥", "什么猪"])
def test_what_pig_or_i_am_handsome_denies_being_the_pig(corpus: Corpus, said: str) -> None:
    found = corpus.routines["forget-pig"].states["ask"].understand(said)
    assert found.branch_id == "deny", found.explain()


def test_knowing_all_the_rest_sees_through_the_elephant(corpus: Corpus) -> None:
    found = corpus.routines["elephant-fridge"].states["river"].understand("不用说了 后面的我都知道")
    assert found.branch_id == "saw_through", found.explain()


def test_saying_it_would_be_a_confession_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["i-love-you-english"].states["ni"].understand("不说 说出来就表白了")
    assert found.branch_id == "saw_through", found.explain()


# -- rule "the side of a place": 左边那条道 is a road's side, not the heart's ------------------


def test_the_side_of_a_road_names_no_side_of_the_heart(corpus: Corpus) -> None:
    found = corpus.routines["heart-side"].states["ask"].understand("右边这条路堵得要命 回头说")
    assert found.branch is None, found.explain()


@pytest.mark.parametrize("said", ["左边", "左边那个", "在左边 那条道堵了"])
def test_a_side_said_still_names_it(corpus: Corpus, said: str) -> None:
    found = corpus.routines["heart-side"].states["ask"].understand(said)
    assert found.branch_id == "names_side", found.explain()
