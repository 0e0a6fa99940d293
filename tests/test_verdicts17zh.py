"""Round seventeen's Chinese verdicts (branch verdicts17zh): general rules for what writers of
every tuning set read otherwise than the rules did, each pinned on the shipped corpus and
lexicon through the real matcher (and, where the engine acts on it, the real engine)."""

from __future__ import annotations

import random

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

LIN = Person(517, "Lin", "lin", "zh")


def reached(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(answer).branch_id


def said(engine: Engine, chat: ChatState, text: str) -> Response:
    return handled(engine, chat, Incoming(LIN, text, 1.0))


# -- a hum trailing off is thinking wherever a yes would land --------------------------------


@pytest.mark.parametrize("where", ["silent-love/ask", "play-water/ask", "bark-for-you/ask"])
@pytest.mark.parametrize("answer", ["嗯……", "嗯⋯⋯", "嗯嗯...", "恩。。。"])
def test_a_hum_trailing_off_after_a_yes_no_question_is_no_yes(
    corpus: Corpus, where: str, answer: str
) -> None:
    routine, state = where.split("/")
    assert reached(corpus, where, answer) is None
    assert corpus.routines[routine].states[state].not_answered_yet(answer) == "put_off"


@pytest.mark.parametrize("answer", ["嗯", "嗯嗯", "嗯……喜欢", "嗯，喜欢"])
def test_a_hum_that_does_not_trail_off_still_says_yes(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) == "yes"


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_the_engine_waits_on_a_hum_trailing_off_to_a_love_question(
    corpus: Corpus, lang: str
) -> None:
    engine, chat = Engine(corpus, random.Random(5)), ChatState()
    chat = said(engine, chat, f"/lang {lang}").chat
    chat = said(engine, chat, "/prank silent-love").chat
    waited = said(engine, chat, "嗯⋯⋯")
    assert waited.endings == []
    assert said(engine, waited.chat, "有").endings != []


# -- a no beside a number of something else: where no branch takes a number -----------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("bark-for-you/ask", "我在爬楼 7楼冇电梯 等下在讲"),  # the floor has no lift
        ("bark-for-you/ask", "住3楼没有电梯"),
        ("play-water/ask", "住5楼没有电梯"),
    ],
)
def test_a_no_of_another_verb_beside_a_number_answers_nothing(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("bark-for-you/ask", "不要 一次都不要", "no"),
        ("play-water/ask", "3岁以后没有", "no"),
    ],
)
def test_a_no_beside_a_number_still_says_no(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- the asker called a machine: the question's premise denied -------------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("guess-my-age/ask", "你是机器人，哪有年龄"),
        ("guess-my-age/ask", "你一个程序，哪有岁数。"),
        ("guess-my-age/ask", "你係bot 冇年齡㗎喎"),
        ("guess-my-age/ask", "你係機器 哪有歲"),
        ("play-water/ask", "你是机器人 不能玩水吧"),
        ("silent-love/ask", "你是个程序 哪有爱"),
    ],
)
def test_a_yes_or_no_beside_the_asker_called_a_machine_answers_nothing(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("favourite-god/ask", "你一个机器还信神？什么神都不信吧。", "atheist"),  # a phrase answers
        ("guess-my-age/ask", "不猜", "refuses"),  # no machine named: the no stands
        ("play-water/ask", "不喜欢 你是机器人吗", "no"),
        ("running-all-day/ask", "你问这个干嘛 我不累", "not_tired"),
    ],
)
def test_a_branch_or_a_plain_no_still_answers_beside_the_asker(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- a contrast, not an answer: 猪会拱地，我不会 --------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("you-and-pig/ask", "猪会拱地，我不会"),  # not "I can't say": a dont_know would land
        ("you-and-pig/ask", "豬會畀人劏 我唔會"),
        ("you-and-pig/explain", "区别就是猪会问这种问题 我不会"),
        ("you-and-pig/explain", "猪会被做成腊肉 我不会"),
    ],
)
def test_a_bare_contrast_clause_is_no_dont_know(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) != "dont_know"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("you-and-pig/ask", "我不会", "dont_know"),  # alone: no clause before to finish
        ("you-and-pig/ask", "不知道，我不会", "dont_know"),
        ("you-and-pig/ask", "我不会，我不会", "dont_know"),  # the same subject: no contrast
    ],
)
def test_a_dont_know_with_no_contrast_still_counts(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- the asker's answer to being called, foretold, is the trick named -----------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("dad-in-english/dad", "讲了你又应 哎 是咩 不讲", "sees_through"),  # not a refusal
        ("dad-in-english/dad", "唔講 講完你又應我😂", "sees_through"),
        ("dad-in-english/dad", "不講 講了你就應我 想得美", "sees_through"),
        ("bark-for-you/ask", "唔好啦，你叫完就話我應你，我識你呢啲把戲", "saw_through"),  # not a no
        ("mama-song/ask", "我唱出来你就应一声是哇 想当我妈", "sees_through"),
    ],
)
def test_foretelling_the_askers_answer_sees_through(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("favourite-god/ask", "你应该什么神都不信吧", "atheist"),  # 应该 is "should"
        ("dad-in-english/dad", "不讲", "refuses"),
    ],
)
def test_should_and_a_plain_refusal_are_no_foretelling(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- the asker's next move foretold: 讲孙悟空你就变孙子 ---------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("monkey-name/ask", "讲孙悟空你就变孙子他爷爷是咩 我不讲", "saw_through"),  # no 孙悟空
        ("mama-song/ask", "我唱了你就喊我寶 想做我阿姆喔", "sees_through"),
        ("you-and-pig/explain", "我講了你又講豬也恁講 毋講了", "saw_through"),
        ("houyi-moon/repeat", "打完你就問后羿射乜嘛", "saw_through"),
    ],
)
def test_naming_the_askers_next_move_sees_through(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("my-flaw/guess", "讲了你又生气", None),  # a reaction foretold: no trick
        ("my-flaw/guess", "说了你又不改，说它干甚。", None),
        ("monkey-name/ask", "我说你就是猴子", None),  # calling names
        ("monkey-name/ask", "孙悟空", "sun_wukong"),
    ],
)
def test_a_reaction_foretold_or_a_name_called_is_no_move(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
