"""Round twenty's wrong punchlines by kind (branch wp20): the kinds that recur across rounds'
new writers, each pinned on the shipped corpus and lexicon through the real matcher with fresh
answers of our own (in no tuning set), and a neighbour each rule must not change."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def reached(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(answer).branch_id


# -- calling you by your name answers what to call you; it sees through only beside the
# generation talked of ----------------------------------------------------------------------

ADDRESS = "guess-my-age/address"


@pytest.mark.parametrize(
    "answer",
    [
        "就叫你名字呗",
        "叫你名字啊 还叫啥呀",
        "直接叫名字不就完了",
        "叫你全名咯",
        "叫你個名囉 唔係咩",
        "我叫你名字就好啦",
        "叫你大名咯 怎么了",
        "叫妳名字呀",
    ],
)
def test_a_bare_name_is_no_seeing_through(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, ADDRESS, answer) is None


@pytest.mark.parametrize(
    "answer",
    [
        "叫你名字 大一辈是你自己封的",
        "谁跟你大一辈 叫你名字就得",
        "叫你個名囉 咩輩份",
        "叫你全名 你又不是我长辈",
        "叫你名字咯 辈分的事免谈",
        "哪来的大一辈 叫您名字",
    ],
)
def test_a_name_beside_the_generation_refused_sees_through(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, ADDRESS, answer) == "sees_through"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [("叫你小朋友", "sees_through"), ("想得美", "sees_through"), ("叫叔叔", "fell")],
)
def test_the_other_ways_to_answer_what_to_call_you_stand(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert reached(corpus, ADDRESS, answer) == branch


# -- rule "a negation is slipped to by its own sound": 还 (hai, rarely fu) is no slip for 不 ------


@pytest.mark.parametrize(
    "answer",
    ["叫你名字啊 还要叫啥", "还要叫什么 叫你名字", "还会叫啥 名字呗", "叫你名字呗 还要叫么"],
)
def test_a_slip_read_by_a_rare_sound_makes_no_negation(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, ADDRESS, answer) is None


@pytest.mark.parametrize("answer", ["部要叫", "步叫"])
def test_a_negation_slipped_by_its_own_sound_is_still_read(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, ADDRESS, answer) == "sees_through"


# -- raw (生的) beside a melon's name says how that melon is not eaten: the melon is the answer --

MELON = "inedible-melon/ask"


@pytest.mark.parametrize(
    "answer",
    [
        "南瓜？生的吃不了",
        "冬瓜吧，生的没法吃",
        "丝瓜 生的不能吃",
        "地瓜 生的不能吃啦",
        "苦瓜？生的太苦了",
    ],
)
def test_raw_beside_a_melons_name_names_that_melon(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, MELON, answer) == "edible"


@pytest.mark.parametrize("answer", ["烂瓜", "坏掉的瓜", "没熟的瓜", "发霉的西瓜不能吃"])
def test_a_spoiled_melon_is_still_spoiled(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, MELON, answer) == "spoiled"


# -- Wuhan and Anhui 么得 is 没得 (没有); 什么得, 怎么得, 这么得 keep their 么 ------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("silent-love/ask", "么得 一点都么得", "no"),
        ("silent-love/ask", "么得发现哦", "no"),
        ("play-water/ask", "么得兴趣", "no"),
        ("dry-hair/ask", "河里头么得水咯", "dry_river"),
    ],
)
def test_me_de_is_a_dialect_no(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer", ["怎么得了 被你发现了", "这么得意 发现啦", "要什么得什么 发现了"]
)
def test_a_me_of_a_question_word_before_de_is_no_no(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "silent-love/ask", answer) == "yes"


# -- a bare no and "can't see it" answers "can you see it?": a no, not a look ------------------

CEILING = "gullible-ceiling/ceiling"


@pytest.mark.parametrize(
    "answer",
    ["nah cant see it", "no mate, can't see it", "nope i dont see it", "no i can't see it"],
)
def test_a_no_and_cant_see_it_says_no(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, CEILING, answer) == "says_no"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("i looked, can't see it", "looked"),
        ("can't see it", "looked"),
        ("no, can't see it, where is it", "looked"),
        ("yeah i can see it", "sees_it"),
    ],
)
def test_seeing_or_looking_still_reads_as_before(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, CEILING, answer) == branch


# -- the trick named beside the answer it wants: 想我冲口讲 X (blurt X out) mentions X ----------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("houyi-moon/ask", "想我脱口而出月亮吧 没那么容易"),
        ("houyi-moon/ask", "想我冲口说月亮 哈哈"),
        ("houyi-moon/ask", "等我脱口说月亮呢"),
        ("ten-knives/ask", "想我衝口講八把 冇咁易"),
        ("ten-knives/ask", "要我脱口说八把 没门"),
    ],
)
def test_wanting_me_to_blurt_it_out_names_the_trick(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) == "saw_through"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [("houyi-moon/ask", "月亮 脱口而出", "moon"), ("ten-knives/ask", "八把", "eight")],
)
def test_the_answer_said_outright_is_still_the_answer(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- a brother's or sister's name (大哥, 姐姐) is the same generation: no fall for an elder's ----


@pytest.mark.parametrize(
    "answer", ["叫你大哥咯", "大哥呗", "叫声大姐得了", "哥哥啊", "叫姐姐就行", "叫你大佬啦"]
)
def test_a_siblings_name_is_no_elders(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, ADDRESS, answer) is None


@pytest.mark.parametrize("answer", ["叫你叔叔", "大叔好", "阿姨", "大哥 不对 叔叔好"])
def test_an_elders_name_still_falls(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, ADDRESS, answer) == "fell"


# -- a bare no and not having heard it answers "did you hear?": a no, not surprise -------------

DICTIONARY = "gullible-ceiling/dict"


@pytest.mark.parametrize(
    "answer",
    [
        "nah never heard of it",
        "no, i never knew that",
        "nope, didn't know",
        "no mate never heard",
        # wp27: not having heard it, bare, answers "did you hear?" as a no does (the tuning
        # sets' two such rows, two writers, are labelled says_no): it was surprise here
        "never heard that",
    ],
)
def test_a_no_and_never_heard_it_says_no(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, DICTIONARY, answer) == "says_no"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("no way really", "surprised"),
        ("yeah i heard", "heard_it"),
    ],
)
def test_surprise_and_having_heard_stand(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, DICTIONARY, answer) == branch


# -- waiting for the crocodiles (等鳄鱼睡着) is no way round the river ---------------------------

RIVER = "elephant-fridge/river"


@pytest.mark.parametrize(
    "answer", ["等鳄鱼睡着了再说", "等鳄鱼吃饱了再过去", "等鳄鱼走了再讲吧", "等鱷魚瞓晒覺先算"]
)
def test_waiting_for_the_crocodiles_is_no_detour(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, RIVER, answer) is None


# (坐飞机 was here: flying over is no way round since corpus21, tests/test_corpus_labels21.py)
@pytest.mark.parametrize("answer", ["绕过去", "扎个竹筏划过去", "等冬天结冰再走"])
def test_going_round_is_still_a_detour(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, RIVER, answer) == "detour"


# -- Cantonese 冇 before studying is "didn't" (冇讀過英文): no refusal, no bare no --------------

WO = "i-love-you-english/wo"


@pytest.mark.parametrize(
    "answer", ["英文冇讀過 唔識", "細個冇讀書 唔識喎", "冇學過英文", "我英文冇读好"]
)
def test_never_having_studied_is_no_refusal(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, WO, answer) is None


@pytest.mark.parametrize(
    ("answer", "branch"), [("唔答", "refuses"), ("冇", "refuses"), ("I", "answered")]
)
def test_a_refusal_and_an_answer_stand(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, WO, answer) == branch


# -- the question's own words said back (头发却一点都没湿: 怎麼會沒溼) guess nothing ----------------

DRY_HAIR = "dry-hair/ask"


@pytest.mark.parametrize(
    "answer",
    ["不晓得 咋就没湿了", "头发没湿？不知道", "没湿？不懂", "不知道 怎么会没湿", "嘸知 哪會沒濕"],
)
def test_the_questions_own_words_said_back_guess_nothing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, DRY_HAIR, answer) == "dont_know"


@pytest.mark.parametrize(
    ("answer", "branch"), [("戴了帽子", "guesses"), ("头冇湿", "guesses"), ("光头", "bald")]
)
def test_a_guess_and_the_bald_head_stand(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, DRY_HAIR, answer) == branch
