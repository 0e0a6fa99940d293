"""Review24's should-fixes in the understanding library: word lists moved from code to
content/lexicon.yaml, and helpers that said one thing twice made one. No verdict changes; each
test pins that the rule now reads the data (or the one helper), beside an input it leaves."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, explained, reached
from understanding.matcher import QUESTION_CLAIMED_KNOWN, TRICK, Branch, Matcher
from understanding.text import take_back_at

# -- rule "a why at the asker" reads lexicon.askers_named ------------------------------------

WHY = [Branch("dont_know", ("why",)), Branch("ran", ("ran away", "escaped"))]


def test_the_askers_named_after_a_why_are_the_lexicons() -> None:
    asked = "why u always on about pigs man"  # u folds to you: the asker named
    assert Matcher(WHY, lexicon=LEXICON).match(asked).branch_id is None
    # a lexicon whose askers_named lacks "you" reads the why as the branch's own
    fewer = replace(LEXICON, askers_named=LEXICON.askers_named - {"you"})
    assert Matcher(WHY, lexicon=fewer).match(asked).branch_id == "dont_know"


def test_a_why_with_the_questions_story_stands() -> None:
    # the neighbour: no asker named after the why, whatever the list holds
    assert Matcher(WHY, lexicon=LEXICON).match("why did it run away").branch_id == "dont_know"


# -- rule "a don't-know after, taking it back" tells a Chinese clause by _holds -----------------


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("关公？估唔到", "dont_know"),  # "cannot guess it" after a Chinese guess asked: none made
        ("关公？不知道", "names_god"),  # a bare don't-know only hedges the guess asked
    ],
)
def test_cannot_guess_it_after_a_chinese_guess_asked(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert reached(corpus, "favourite-god/ask", answer) == branch


# -- a pause before a take-back stays a break: text.take_back_at, one check for both readers ---

ACROSS = [Branch("fat", ("胖不是", "胖子")), Branch("late", ("来晚了",))]


def test_the_take_back_after_a_pause_is_texts() -> None:
    assert take_back_at("不对，是衣服缩水", 0, LEXICON) == "不对"
    assert take_back_at("胖了不对", 2, LEXICON) == "不对"
    assert take_back_at("胖了不对", 0, LEXICON) == ""


@pytest.mark.parametrize("answer", ["胖…不是", "长胖…不是啦", "胖…唔係"])
def test_no_phrase_is_read_across_a_pause_before_a_take_back(answer: str) -> None:
    # closed, the pause would run 胖 into the take-back (胖不是): it stays a break
    assert Matcher(ACROSS, lexicon=LEXICON).match(answer).branch_id is None


def test_a_phrase_is_still_read_across_a_pause() -> None:
    assert Matcher(ACROSS, lexicon=LEXICON).match("胖……子").branch_id == "fat"


# -- "one's own wits beside a yes" reads the claim's kind from the hit, not its text -----------


@pytest.mark.parametrize(
    ("answer", "question_known"),
    [("呢條我識", True), ("这题我知道", True), ("呢套我識", False), ("這題我聽過", False)],
)
def test_a_question_claimed_known_is_marked_on_its_hit(
    corpus: Corpus, answer: str, question_known: bool
) -> None:
    understood = corpus.routines["pig-ran-away"].states["ask"].understand(answer)
    read = {h.read_by for h in (*understood.hits, *understood.dropped) if h.intent == TRICK}
    assert (QUESTION_CLAIMED_KNOWN in read) == question_known


@pytest.mark.parametrize(
    ("answer", "branch"),
    [("知，呢條我識", None), ("知道，這題我聽過", "saw_through"), ("呢條我識", "saw_through")],
)
def test_a_yes_beside_a_question_claimed_known_is_torn(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "pig-ran-away/ask", answer) == branch


# -- the question-back rules each name themselves ----------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "rule"),
    [
        ("greenhouse-bricks/blue", "who builds a house out of bricks lol?", "naming a branch word"),
        ("greenhouse-bricks/blue", "who builds a house out of bricks lol", "without its '?'"),
        ("houyi-moon/ask", "谁会射月亮啊 神经", "a question word before a branch's word"),
    ],
)
def test_each_question_back_rule_says_which_fired(
    corpus: Corpus, where: str, answer: str, rule: str
) -> None:
    assert reached(corpus, where, answer) is None
    assert rule in explained(corpus, where, answer)


# -- rule "a guess, then unsure" reads its huh words from lexicon.huh_words ---------------------

UNSURE = [Branch("dont_know", intents=("dont_know",)), Branch("bear", ("black bear",))]


def test_a_huh_before_a_dont_know_is_the_lexicons() -> None:
    assert Matcher(UNSURE, lexicon=LEXICON).match("吓？唔知").branch_id == "dont_know"
    # without 吓 among huh_words, 吓？ is a guess the don't-know hedges: the safe path
    fewer = replace(LEXICON, huh_words=LEXICON.huh_words - {"吓"})
    assert Matcher(UNSURE, lexicon=fewer).match("吓？唔知").branch_id is None


def test_a_guess_asked_before_a_dont_know_still_stands() -> None:
    assert Matcher(UNSURE, lexicon=LEXICON).match("black bear? idk").branch_id == "bear"


# -- rule "ok, then a remark" reads its openers from lexicon.remark_openers_en ------------------

YES_NO = [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))]
BARK = ("shall", "i", "bark")


def test_the_remark_openers_are_the_lexicons() -> None:
    remark = "ok this is getting weird guys"
    assert Matcher(YES_NO, BARK, lexicon=LEXICON).match(remark).branch_id is None
    # without "ok" among remark_openers_en, the ok agrees
    fewer = replace(LEXICON, remark_openers_en=LEXICON.remark_openers_en - {"ok"})
    assert Matcher(YES_NO, BARK, lexicon=fewer).match(remark).branch_id == "yes"


@pytest.mark.parametrize("answer", ["ok", "ok weirdo"])
def test_an_ok_alone_or_calling_names_still_agrees(answer: str) -> None:
    assert Matcher(YES_NO, BARK, lexicon=LEXICON).match(answer).branch_id == "yes"
