"""Round twenty's Traditional Chinese verdicts (branch verdicts20hant): Taiwan Mandarin with
Hokkien and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind (not the
tuning sets' rows) beside neighbours it must not change. The shipped corpus and lexicon,
through the real matcher and engine."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import FELL, Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled
from tests.support.understanding import verdict
from understanding.text import fold

KA_YAN = Person(520, "Ka Yan", "kayan", "zh-hk")


def said(engine: Engine, chat: ChatState, text: str) -> Response:
    return handled(engine, chat, Incoming(KA_YAN, text, 1.0))


def first_answer(corpus: Corpus, lang: str, routine: str, answer: str) -> Response:
    engine, chat = Engine(corpus, random.Random(5)), ChatState()
    chat = said(engine, chat, f"/lang {lang}").chat
    return said(engine, said(engine, chat, f"/prank {routine}").chat, answer)


# -- a firm correction, then a wait: the answer is still coming ---------------------------------
# (a new user's "三，唔係，等陣先" to the pig that got away ended in the reveal, the prank: the
# 唔係 read as a "no" to "know why?", where 三 was no branch's to take back)


@pytest.mark.parametrize(
    ("lang", "routine", "answer"),
    [
        ("zh-hk", "pig-ran-away", "三，唔係，等陣先"),
        ("zh-hk", "pig-ran-away", "三個，唔係，咪住先"),
        ("zh-hk", "you-and-pig", "四隻腳，唔係，我諗下先"),
        ("zh-hant", "pig-ran-away", "因為牠跑很快，不對，等一下"),
        ("zh-hant", "you-and-pig", "三，不是，讓我想想"),
        ("zh", "pig-ran-away", "三，不对，等一下"),
        ("en", "pig-ran-away", "three, no wait, hold on"),
    ],
)
def test_an_answer_taken_back_for_a_wait_is_waited_for(
    corpus: Corpus, lang: str, routine: str, answer: str
) -> None:
    waited = first_answer(corpus, lang, routine, answer)
    assert waited.endings == []
    assert corpus.routines[routine].states["ask"].say.in_(lang) in waited.replies[-1].text


@pytest.mark.parametrize(
    ("routine", "answer"),
    [
        ("pig-ran-away", "唔知，等陣先"),  # no correction: a don't-know stands, and falls
        ("pig-ran-away", "三，唔係"),  # taken back for nothing coming: the no is an answer
    ],
)
def test_a_no_or_a_dont_know_without_a_wait_still_answers(
    corpus: Corpus, routine: str, answer: str
) -> None:
    assert [e.outcome for e in first_answer(corpus, "zh-hk", routine, answer).endings] == [FELL]


def test_a_branch_answer_after_the_wait_still_counts(corpus: Corpus) -> None:
    assert verdict(corpus, "ten-knives/ask", "八把，唔係，等陣，係八把") == "eight"


# -- a choice of one branch's words answers -----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("i-love-you-english/wo", "I 定 me 呀？", "answered"),
        ("i-love-you-english/wo", "me 還是 I？", "answered"),
        ("i-love-you-english/ai", "luv 定係 love？", "answered"),
        ("follow-me-baba/third", "爸爸定老豆？", "fell"),
    ],
)
def test_a_choice_between_one_branchs_words_gives_it(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [("ten-knives/ask", "八把定九把？"), ("i-love-you-english/wo", "me 定係 you？")],
)
def test_a_choice_between_two_answers_still_answers_nothing(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


# -- counting aloud is working -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("one-and-three/ask", "兩個啦 一二三 數埋就知", "two"),
        ("one-and-three/ask", "二，一二三四，幼稚園程度", "two"),
        ("one-and-three/ask", "一二三 中間梗係二啦", "two"),
        ("ten-knives/ask", "一二三四五六七八，八把", "eight"),
    ],
)
def test_counting_on_the_fingers_beside_the_answer_is_working(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("one-and-three/ask", "一二三", None),  # counting alone answers nothing
        ("guess-my-age/ask", "二十三", "guesses_number"),  # a number, not a count
        ("guess-my-age/ask", "廿三", "guesses_number"),
    ],
)
def test_numbers_that_do_not_count_up_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- it depends, then one case each way ----------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "睇情況，熱就 ok，凍就 no thanks",
        "睇情況，海灘就好，泳池就唔好",
        "要看心情 心情好就玩 心情差就不要",
        "看心情，開心就好啊，不開心就不要",
        "看天氣，熱就去游，凍就唔好啦",
        "depends, if its hot yes, if its cold no",
    ],
)
def test_it_depends_then_both_ways_is_no_answer(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "play-water/ask", answer) is None


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("鍾意，不過睇情況", "yes"),
        ("不喜歡，冬天更加唔鍾意", "no"),
        ("看情況，不過通常都鍾意", "yes"),
    ],
)
def test_one_way_only_keeps_its_answer(corpus: Corpus, answer: str, branch: str) -> None:
    assert verdict(corpus, "play-water/ask", answer) == branch


# -- a shrug beside words is no don't-know -------------------------------------------------------


@pytest.mark.parametrize(
    "answer", ["擺落雪櫃隔籬等佢 🤷", "直接吞落肚 🤷‍♂️", "拿去當冰塊用 🤷‍♀️", "put it in my drink 🤷"]
)
def test_a_shrug_beside_words_the_bot_cannot_read_is_no_dont_know(
    corpus: Corpus, answer: str
) -> None:
    assert verdict(corpus, "ice-to-water/ask", answer) is None


@pytest.mark.parametrize("answer", ["🤷", "唔知 🤷", "嗯 🤷", "不知道啦 🤷‍♀️"])
def test_a_shrug_alone_or_beside_a_dont_know_still_is_one(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "ice-to-water/ask", answer) == "dont_know"


# -- Hokkien as Kaohsiung types it: lexicon data -------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("compliment-game/ask", "你這個人袂䆀啦", "compliment"),  # bē bái: not bad
        ("compliment-game/ask", "你這人袂歹喔", "compliment"),
        ("follow-me-baba/second", "無欲啦 恁爸無閒", "refuses"),  # bô beh: don't want
        ("follow-me-baba/second", "毋欲打", "refuses"),
        ("guess-my-thoughts/guess", "欲食暗頓矣", "guesses_thing"),  # beh: 要; 暗頓: supper
        ("favourite-god/ask", "阮攏無咧信這", "atheist"),  # bô teh: not (believing)
        ("dad-in-english/dad", "你是欲我叫你爸喔", "sees_through"),
    ],
)
def test_hokkien_words_read_as_their_mandarin(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("我欲食飯", "我要吃饭"),
        ("食欲好好", "食欲好好"),  # Mandarin's own words keep their 欲
        ("欲望太多", "欲望太多"),
        ("無欲無求", "无欲无求"),
        ("隨心所欲", "随心所欲"),
        ("佢無欲去", "他不要去"),
    ],
)
def test_hokkien_beh_folds_only_outside_mandarins_own_words(
    corpus: Corpus, written: str, folded: str
) -> None:
    assert corpus.lexicon is not None
    assert fold(written, corpus.lexicon) == folded


# -- 其實 (actually) after an answer: a second thought ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("running-all-day/ask", "還可以啦…其實好攰", "tired"),
        ("running-all-day/ask", "不累，其實有點累", "tired"),
        ("gained-weight/ask", "冇啦…其實重咗兩磅", "admits"),
        ("play-water/ask", "麻麻哋…其實都幾鍾意", "yes"),
    ],
)
def test_actually_after_an_answer_takes_it_back(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("唔攰 其實仲可以跑多陣", "not_tired"),  # 可以 there is "can": the story goes on
        ("不累啊 其實我常常運動", "not_tired"),
        ("其實唔攰", "not_tired"),  # opening the answer, nothing taken back
    ],
)
def test_actually_telling_more_keeps_the_answer(corpus: Corpus, answer: str, branch: str) -> None:
    assert verdict(corpus, "running-all-day/ask", answer) == branch


# -- Cantonese A定係B inside a clause offers a choice ----------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("play-water/ask", "你講邊種水先，游水定係淋花？", None),
        ("play-water/ask", "游泳定係沖涼？", None),
        ("ten-knives/ask", "八把定係十把？", None),
        ("monkey-name/ask", "齊天大聖定係美猴王？", "title"),  # either way one branch
        ("ten-knives/ask", "肯定係八把啦？", "eight"),  # 肯定是: surely, no choice
        ("play-water/ask", "梗係鍾意啦，一定係游水", "yes"),
        ("ten-knives/ask", "我認定係八把？", "eight"),  # 认定是: firmly held, no choice
    ],
)
def test_a_choice_inside_a_clause(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert verdict(corpus, where, answer) == branch
