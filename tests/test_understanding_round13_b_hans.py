"""Round thirteen's second Simplified Mandarin pass (rules23hans; the second wave's hz23, a
Hangzhou tea-farm owner writing Wu-accented Mandarin, and nc24, a Nanchang mahjong-parlour owner
writing Gan-accented Mandarin): answers about something else, by kind. Each kind is said in
words written for this file, none copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus

# -- rule "said ailing": a branch's noun, then how it is and what to do then -------------------


@pytest.mark.parametrize(
    "said",
    [
        "心脏有毛病赶紧去挂个号",
        "我心脏不舒服都好几天了",
        "心脏出问题了得吃药",
    ],
)
def test_a_thing_said_ailing_answers_nothing(corpus: Corpus, said: str) -> None:
    found = corpus.routines["heart-side"].states["ask"].understand(said)
    assert found.branch_id is None, found.explain()


@pytest.mark.parametrize("said", ["心脏在左边", "心脏嘛 左边", "心脏不好说 左边吧"])
def test_a_thing_not_said_ailing_still_answers(corpus: Corpus, said: str) -> None:
    found = corpus.routines["heart-side"].states["ask"].understand(said)
    assert found.branch_id == "names_side", found.explain()


def test_a_flaw_named_ailing_closing_its_clause_still_names_it(corpus: Corpus) -> None:
    found = corpus.routines["my-flaw"].states["guess"].understand("我觉得是脾气不好")
    assert found.branch_id == "names_flaw", found.explain()


# -- rule "all you know is": a time said between 你 and 就/只 -----------------------------------


@pytest.mark.parametrize("said", ["你整天就知道打游戏", "你天天只晓得睡懒觉"])
def test_all_you_know_is_with_a_time_between(corpus: Corpus, said: str) -> None:
    found = corpus.routines["guess-my-thoughts"].states["ask"].understand(said)
    assert found.branch_id is None, found.explain()


def test_you_then_i_know_still_claims_or_sees_it(corpus: Corpus) -> None:
    found = corpus.routines["guess-my-thoughts"].states["ask"].understand("你心里想啥我都知道")
    assert found.branch_id is not None, found.explain()


# -- rule "who it is, asked back": 是哪个/哪位 and a short noun closing the clause -------------


@pytest.mark.parametrize("said", ["你是哪位朋友呀", "你是哪个同学？", "你是哪家亲戚"])
def test_which_one_are_you_asks_back(corpus: Corpus, said: str) -> None:
    found = corpus.routines["follow-me-baba"].states["first"].understand(said)
    assert found.branch_id is None, found.explain()


def test_you_are_typed_alone_still_types(corpus: Corpus) -> None:
    found = corpus.routines["follow-me-baba"].states["first"].understand("你是")
    assert found.branch_id == "typed", found.explain()


# -- rule "busy somewhere": kin, then 在, a place and what they do there -----------------------


@pytest.mark.parametrize("said", ["爸爸在田里插秧呢", "爸爸在厂里上夜班"])
def test_kin_busy_somewhere_answers_nothing(corpus: Corpus, said: str) -> None:
    found = corpus.routines["follow-me-baba"].states["third"].understand(said)
    assert found.branch_id is None, found.explain()


def test_kin_here_still_types_the_word(corpus: Corpus) -> None:
    found = corpus.routines["follow-me-baba"].states["third"].understand("爸爸在这")
    assert found.branch_id == "fell", found.explain()


# -- the pun of 除 said in other words beside the answer -------------------------------------


@pytest.mark.parametrize("said", ["三，你除来除去都是你", "3 除完还是我嘛"])
def test_the_divide_pun_in_other_words_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["nine-by-three"].states["ask"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- the aim named with 要: "then you'd answer to it" ---------------------------------------


def test_then_you_would_answer_sees_through_a_refusal(corpus: Corpus) -> None:
    found = corpus.routines["dad-in-english"].states["dad"].understand("才不说，说了你就要应一声")
    assert found.branch_id == "saw_through", found.explain()


def test_then_you_would_answer_in_the_song(corpus: Corpus) -> None:
    found = corpus.routines["mama-song"].states["ask"].understand("唱完你就要答应了吧")
    # verdicts17zh: a trick word now (the asker's next move foretold), it reaches the state's
    # own seeing-through answer, whose reply and ending are the give-away's
    assert found.branch_id == "sees_through", found.explain()


# -- rule "it would not": the thing named, then 不会, opening and closing its clause -----------


@pytest.mark.parametrize("said", ["乌龟不会吧", "蚂蚁不会的，蚂蚁排队走"])
def test_a_thing_that_would_not_is_no_guess(corpus: Corpus, said: str) -> None:
    found = corpus.routines["lost-deer"].states["ask"].understand(said)
    assert found.branch_id is None, found.explain()


def test_a_thing_named_alone_still_guesses(corpus: Corpus) -> None:
    found = corpus.routines["lost-deer"].states["ask"].understand("蚂蚁吧")
    assert found.branch_id == "other_animal", found.explain()


# -- don't-knows by class: "know my foot", can't remember (Wu 牢), can't say (讲不来) ----------


@pytest.mark.parametrize(
    ("routine", "state", "said"),
    [
        ("elephant-fridge", "giraffe", "知道个屁"),
        ("elephant-fridge", "giraffe", "晓得个头啊"),
        ("mama-song", "ask", "太久了 早记不住了"),
        ("mama-song", "ask", "记不牢咯"),
        ("you-and-pig", "explain", "这个我说不来"),
    ],
)
def test_dont_knows_by_class(corpus: Corpus, routine: str, state: str, said: str) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == "dont_know", found.explain()
