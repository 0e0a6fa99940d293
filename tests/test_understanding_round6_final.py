"""The kinds of wrong punchline round six's final set found (content/eval/tuning/round6_final/README.md),
fixed by class-wide lexicon words and rules: a rhetorical don't-know (点会知), "course not",
甭问我 (don't ask me) a refusal, a question asked back ("what did i do", "red car? who has a red
car") answering nothing, the trick turned back with 先 typed 你先系, 不告诉你 a refusal of the
English quiz, the punchline predicted ("soon as i say X you'll say Y", 你肯定又说) seeing
through, and a reason asked then taken back (因为…？不对 …). Examples written here, not copied
from the eval rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import evaluate, read_rows, report
from tests.support.understanding import matching
from understanding.matcher import Branch

# -- a rhetorical don't-know: 点会知 / 點會知 (how would I know) --------------------------------

KNOWING = matching(
    [Branch("knows", ("知", "知道")), Branch("dk", intents=("dont_know",))], ["你猜我在想什么？"]
)


@pytest.mark.parametrize(
    "said", ["我点会知", "我點會知啊", "你问我？我哪会知", "咁我点会知呀", "咋会知嘛", "怎会知"]
)
def test_how_would_i_know_without_its_second_character_is_a_dont_know(said: str) -> None:
    match = KNOWING.match(said)
    assert match.branch_id == "dk", match.explain()
    assert match.hit is not None and match.hit.intent == "dont_know", match.explain()


@pytest.mark.parametrize("said", ["我知", "知道啊 好简单"])
def test_claiming_to_know_still_claims_to_know(said: str) -> None:
    assert KNOWING.match(said).branch_id == "knows", KNOWING.match(said).explain()


# -- "course not" ------------------------------------------------------------------------------

YES_NO = matching(
    [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))], ["Do the Irish celebrate it?"]
)


@pytest.mark.parametrize(
    "said", ["course not", "course not, why would we", "Course not lol", "ofc not mate"]
)
def test_course_not_is_a_no(said: str) -> None:
    match = YES_NO.match(said)
    assert match.branch_id == "no", match.explain()


@pytest.mark.parametrize("said", ["course", "of course we do", "course we do"])
def test_course_alone_stays_a_yes(said: str) -> None:
    assert YES_NO.match(said).branch_id == "yes", YES_NO.match(said).explain()


# -- 甭问我 / 不用问我 / 别问我: don't ask me declines, it answers nothing -----------------------

ASKED = matching(
    [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))], ["你和猪有什么区别？"]
)


@pytest.mark.parametrize(
    "said", ["甭问我", "你自己想 甭问我", "别问我 烦着呢", "不用问我了", "甭问"]
)
def test_dont_ask_me_is_a_refusal_not_a_no(said: str) -> None:
    match = ASKED.match(said)
    assert match.branch_id is None, match.explain()
    assert match.hit is not None and match.hit.intent == "refuse", match.explain()


@pytest.mark.parametrize("said", ["甭了", "不用了"])
def test_plain_beijing_dont_still_answers_no(said: str) -> None:
    assert ASKED.match(said).branch_id == "no", ASKED.match(said).explain()


# -- a question back: "what did I do", "who has a blue house" ---------------------------------

BARK = matching(
    [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))], ["Can you bark for me?"]
)


@pytest.mark.parametrize(
    "said",
    [
        "what did i do now",
        "huh? what did I do",
        "what do I do then",
        "who has time, what have i done",
    ],
)
def test_a_yes_inside_a_question_asked_back_answers_nothing(said: str) -> None:
    match = BARK.match(said)
    assert match.branch_id is None, match.explain()


@pytest.mark.parametrize("said", ["what? yes i do", "i do", "yes i do, what do you want"])
def test_a_yes_outside_the_question_still_answers(said: str) -> None:
    assert BARK.match(said).branch_id == "yes", BARK.match(said).explain()


COLOUR = matching([Branch("green", ("green",)), Branch("red", ("red",))], ["What colour is it?"])


@pytest.mark.parametrize(
    "said", ["red car? who has a red car", "green? who got a green one", "red roof? who have that"]
)
def test_an_echo_asked_before_a_question_back_answers_nothing(said: str) -> None:
    match = COLOUR.match(said)
    assert match.branch_id is None, match.explain()


@pytest.mark.parametrize("said", ["red", "red? i think", "green. who has one anyway"])
def test_a_guess_not_echoed_by_a_question_back_still_counts(said: str) -> None:
    assert COLOUR.match(said).branch_id is not None, COLOUR.match(said).explain()


# -- the trick turned back with 先, 係 typed as its Simplified 系 --------------------------------

MELON = matching(
    [Branch("fool", ("傻瓜",)), Branch("knew", ("你才是",), intents=("trick",))],
    ["你每天照镜子都能看见的是什么瓜？"],
)


@pytest.mark.parametrize("said", ["你先系傻瓜啦", "你才系傻瓜", "哈哈 你先系傻瓜咯"])
def test_you_first_typed_with_the_simplified_copula_turns_the_trick_back(said: str) -> None:
    match = MELON.match(said)
    assert match.branch_id == "knew", match.explain()


@pytest.mark.parametrize("said", ["傻瓜", "系傻瓜", "我谂系傻瓜"])
def test_the_answer_itself_still_falls(said: str) -> None:
    assert MELON.match(said).branch_id == "fool", MELON.match(said).explain()


# -- a refusal is not seeing through: 不告诉你 to "how do you say dad in English" -----------------


@pytest.mark.parametrize("said", ["就不告诉你", "唔话你知啊", "偏偏不告诉你呢"])
def test_not_telling_is_a_refusal_of_the_english_quiz(
    corpus: Corpus, tmp_path: Path, said: str
) -> None:
    rows = tmp_path / "rows.tsv"
    rows.write_text(
        f"routine\tstate\tlang\tanswer\texpected\ndad-in-english\tdad\tzh-hans\t{said}\trefuses\n",
        encoding="utf-8",
    )
    tallies = evaluate(corpus, read_rows(rows))
    assert tallies["zh-hans"].right == 1, report(tallies, verbose=True)


# -- the punchline predicted: "soon as I say X you'll say Y", 不猜 你肯定又说 -------------------

PIG = matching(
    [
        Branch("deny", ("im not a pig", "not a pig")),
        Branch("forgot", intents=("dont_know",)),
        Branch("knew", intents=("trick",)),
    ],
    ["Say 'I'm not a pig'... now what did I ask you to say?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "nope, if i say im not a pig you'll just say i forgot",
        "not falling for it, once I say not a pig youll say I forgot",
        "the second i say im not a pig youre going to say I forgot, nice try",
    ],
)
def test_a_line_said_only_as_a_prediction_sees_through(said: str) -> None:
    match = PIG.match(said)
    assert match.branch_id == "knew", match.explain()


def test_saying_the_line_itself_still_says_it() -> None:
    assert PIG.match("im not a pig").branch_id == "deny", PIG.match("im not a pig").explain()


AGE = matching(
    [
        Branch("number", ("十八", "三十")),
        Branch("refuses", intents=("refuse",)),
        Branch("knew", intents=("trick",)),
    ],
    ["猜猜我今年几岁？"],
)


@pytest.mark.parametrize(
    "said",
    ["不猜 你一定又说比我老", "才不猜 你肯定又会说是我长辈", "不玩 要是我说三十 你就说大我一轮"],
)
def test_a_refusal_then_the_punchline_predicted_sees_through(said: str) -> None:
    match = AGE.match(said)
    assert match.branch_id == "knew", match.explain()


def test_a_plain_refusal_still_refuses() -> None:
    assert AGE.match("不猜").branch_id == "refuses", AGE.match("不猜").explain()


# -- a reason asked, then taken back: 因为…？不对 … ----------------------------------------------

RAN = matching(
    [
        Branch("fast", ("跑得快", "fast")),
        Branch("dk", intents=("dont_know",)),
        Branch("no", intents=("no",)),
    ],
    ["猪为什么跑了？"],
)


@pytest.mark.parametrize(
    "said",
    [
        "因为它饿？不对，它太胖了吧",
        "因为门没关？ 不对 门是关着的",
        "because it was hungry? nah, it was too fat",
    ],
)
def test_a_no_taking_back_a_reason_asked_answers_nothing(said: str) -> None:
    match = RAN.match(said)
    assert match.branch_id is None, match.explain()
    assert any("taken back" in h.why_not for h in match.dropped), match.explain()


@pytest.mark.parametrize("said", ["不对", "因为它跑得快", "因为它饿？不对，它跑得快"])
def test_a_plain_no_or_a_new_reason_still_counts(said: str) -> None:
    assert RAN.match(said).branch_id is not None, RAN.match(said).explain()
