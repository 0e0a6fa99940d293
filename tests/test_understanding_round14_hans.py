"""Round fourteen's Simplified Mandarin pass (rules24hans; tuned on round thirteen's former final
set's Chongqing and Qingdao files and round thirteen's writers, Wuhan and Shenyang held out):
wrong punchlines by kind. Each kind is said in words written for this file, none copied from the
eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from understanding.text import fold

# -- a trick word inside an everyday idiom (做梦都想, 别想太多) is no seeing through ----------


@pytest.mark.parametrize(
    "said",
    [
        "财神爷 大家做梦都想有钱",
        "观音菩萨 我奶奶做梦也想见她",
        "土地公 昨晚做梦梦到他了",
        "别想太多 就是财神",
    ],
)
def test_a_trick_word_inside_an_idiom_keeps_the_answer(corpus: Corpus, said: str) -> None:
    found = corpus.routines["favourite-god"].states["ask"].understand(said)
    assert found.branch_id == "names_god", found.explain()


@pytest.mark.parametrize("said", ["做梦去吧", "财神 你做梦"])
def test_the_trick_word_alone_still_sees_through(corpus: Corpus, said: str) -> None:
    found = corpus.routines["favourite-god"].states["ask"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- "whatever I say, you'll say …", the asker as 您 or Shandong/Henan 恁 ---------------------


@pytest.mark.parametrize(
    "said",
    [
        "我回答啥你都说我属于你",
        "我讲什么您都会说我属于您",
        "俺答啥恁都说俺属于恁",
        "猴 俺说了恁就说俺属于恁",
    ],
)
def test_whatever_i_say_you_will_say_names_the_trick(corpus: Corpus, said: str) -> None:
    found = corpus.routines["zodiac-belong"].states["ask"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


def test_what_the_asker_always_says_is_no_frame(corpus: Corpus) -> None:
    found = corpus.routines["favourite-god"].states["ask"].understand("财神 你都说他最灵")
    assert found.branch_id == "names_god", found.explain()


def test_the_shandong_you_is_you_inside_a_phrase(corpus: Corpus) -> None:
    # (pig-ran-away's give-away, 你才是猪: at forget-pig the retort quite alone denies, wp27)
    found = corpus.routines["pig-ran-away"].states["ask"].understand("恁才是猪")
    assert found.branch_id == "saw_through", found.explain()


# -- groups apart by spaces: a finished don't-know is no half of a phrase across them ------------


@pytest.mark.parametrize(
    "said", ["谁知道 为什么", "鬼知道 为什么啊", "我哪晓得 为什么", "天知道 为啥子"]
)
def test_a_dont_know_then_a_why_is_no_phrase_across_the_space(corpus: Corpus, said: str) -> None:
    found = corpus.routines["pig-ran-away"].states["ask"].understand(said)
    assert found.branch_id == "dont_know", found.explain()


@pytest.mark.parametrize(("said", "meant"), [("我知道 为什么", "know"), ("你是 我的 爸爸", "fell")])
def test_groups_spelling_a_phrase_still_join(corpus: Corpus, said: str, meant: str) -> None:
    routine, state = ("pig-ran-away", "ask") if meant == "know" else ("follow-me-baba", "third")
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == meant, found.explain()


# -- the question's pieces said back, then a remark on them: no answer --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "你是九我是三 我凭啥比你小",
        "我是三你是九 我不跟你除",
        "恁是九俺是三 俺不服",
        "您是九我是三 不公平",
    ],
)
def test_the_pieces_said_then_a_remark_answer_nothing(corpus: Corpus, said: str) -> None:
    found = corpus.routines["nine-by-three"].states["ask"].understand(said)
    assert found.branch_id is None, found.explain()


@pytest.mark.parametrize("said", ["你是九我是三 那就等于三", "三 你是九我是三", "你是九我是三"])
def test_the_pieces_with_an_answer_or_alone_still_answer(corpus: Corpus, said: str) -> None:
    found = corpus.routines["nine-by-three"].states["ask"].understand(said)
    assert found.branch_id == "three", found.explain()


# -- the pieces joined, in other words than 连起来 (凑一块, 凑一起, 串起来): the trick seen ---------


@pytest.mark.parametrize(
    ("state", "said"),
    [
        ("ni", "油 凑一块儿就是那句话吧"),
        ("ai", "爱 串起来就是那句话"),
        ("wo", "I 凑在一起就是那句了"),
    ],
)
def test_the_pieces_joined_in_other_words_see_through(
    corpus: Corpus, state: str, said: str
) -> None:
    found = corpus.routines["i-love-you-english"].states[state].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- the role turned back on the asker: "your turn to be it" (换你当, 轮到你做) ---------------------


@pytest.mark.parametrize("said", ["孙 轮到你做孙子了", "姓孙呗 该你当孙子", "姓孙 这次你当孙子"])
def test_your_turn_to_be_it_names_the_trick(corpus: Corpus, said: str) -> None:
    found = corpus.routines["monkey-name"].states["surname"].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- a story of one's own home goes on in a clause with no subject (我家有条狗 天天叫) ----------------


@pytest.mark.parametrize(
    "said", ["我家楼下有只狗 每天叫", "我们家那只鹦鹉 成天叫个不停", "我家小区的狗 整天叫"]
)
def test_a_habit_after_a_story_of_ones_home_answers_nothing(corpus: Corpus, said: str) -> None:
    found = corpus.routines["bark-for-you"].states["ask"].understand(said)
    assert found.branch_id is None, found.explain()


@pytest.mark.parametrize("said", ["天天叫", "好 叫就叫"])
def test_a_habit_or_a_bark_alone_still_answers(corpus: Corpus, said: str) -> None:
    found = corpus.routines["bark-for-you"].states["ask"].understand(said)
    assert found.branch_id == "yes", found.explain()


# -- fell, then dismay said after the trick's words (糟了, 惨了, 被骗): a fall, not seen coming ------


@pytest.mark.parametrize(
    "said",
    ["爸爸 咦 你是我的爸爸 糟了", "爸爸 哎呀你是我的爸爸 惨了惨了", "爸爸 你是我的爸爸 又被骗"],
)
def test_dismay_after_the_fall_is_a_fall(corpus: Corpus, said: str) -> None:
    found = corpus.routines["follow-me-baba"].states["third"].understand(said)
    assert found.branch_id == "fell", found.explain()


def test_nearly_fooled_still_sees_through(corpus: Corpus) -> None:
    found = corpus.routines["follow-me-baba"].states["third"].understand("你是我的爸爸 差点被骗")
    assert found.branch_id == "sees_through", found.explain()


# -- the net's and the north's 木 for 没 in set words: 木事; not 木门, a wooden door (review14) --


def test_mu_shi_is_nothing_the_matter_but_mu_men_is_a_door(corpus: Corpus) -> None:
    assert fold("木事", corpus.lexicon) == "没事"
    assert fold("木门", corpus.lexicon) == "木门"
