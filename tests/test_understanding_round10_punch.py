"""Round ten's wrong punchlines by structural kind (punch16): what the tuning writers of
content/eval/tuning/round10_writers/ and round eight's final set still got a wrong punchline
for, fixed by class-wide named rules (content/README.md lists them). Examples written here, not
copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- said again, asked ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/ask", "sorry was pouring some milk for the kids, what did u say?", None),
        ("silk-milk/ask", "one sec mi a boil water... wah yuh seh?", None),
        ("silk-milk/ask", "wait i was drinking milk, come again?", None),
        ("imagine-chase/ask", "刚在跑呢 你刚才说什么？", None),
        ("want-drink/ask", "等下我在喝可乐 你刚刚说啥", None),
        # a clause that only starts with the words, or no such clause: the answer stands
        ("silk-milk/ask", "water. what did you say before was easy", "water"),
        ("silk-milk/ask", "water", "water"),
    ],
)
def test_said_again_asked_answers_nothing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the question's words said on ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("one-and-three/ask", "my shift is between one and three so make it quick", None),
        ("one-and-three/ask", "i nap between one and three every day lol", None),
        # the word alone, or said apart from the question's words, still counts
        ("one-and-three/ask", "and", "and"),
        ("one-and-three/ask", "between one and three is and", "and"),
        ("one-and-three/ask", "two", "two"),
    ],
)
def test_the_questions_words_said_on_answer_nothing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- wavered, then a don't-know -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("electric-train/ask", "north… no wait south? no clue", "dont_know"),
        ("electric-train/ask", "east... nah, west?? dunno honestly", "dont_know"),
        ("electric-train/ask", "北边吧…不对 是南边？唉 不知道", "dont_know"),
        # where no branch takes the don't-know: the safe path
        ("silk-milk/ask", "milk... no wait water? dunno tbh", None),
        # one guess beside a don't-know only hedges it; a correction alone still counts
        ("electric-train/ask", "north, no wait, south", "picks_way"),
    ],
)
def test_wavered_then_a_dont_know_is_the_dont_know(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the set-up seen ahead ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "down. ur setting me up for the last one", "saw_through"),
        ("opposite-genius/up", "down lol, smell a trap for the next question", "saw_through"),
        ("elephant-fridge/fridge", "三步，你在给下一题挖坑吧", "saw_through"),
        ("elephant-fridge/fridge", "三步 下一题是套路吧", "saw_through"),
        # a trick word naming only the kind of joke: the warm-up answered goes on
        ("opposite-genius/up", "down, nice try", "down"),
        ("elephant-fridge/fridge", "三步啦 老梗了", "three"),
    ],
)
def test_the_set_up_seen_ahead_sees_through(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- away from me -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("imagine-chase/ask", "with a bat in my hand they better run from me", None),
        ("imagine-chase/ask", "im the scary one here, let them hide from us", None),
        ("imagine-chase/ask", "我拿着刀 该他们躲开我才对", None),
        ("imagine-chase/ask", "他们会跑离我", None),
        # the speaker running, from anything else, still runs
        ("imagine-chase/ask", "run away from it", "run"),
        ("imagine-chase/ask", "躲开", "run"),
    ],
)
def test_away_from_me_is_someone_elses(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a habit of one's own -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("race-second-place/last", "haha i always finish in last place at sports day", None),
        ("race-second-place/last", "me? i usually come last place in everything", None),
        ("misread-char/ask", "我考试老是写错字", None),
        ("misread-char/ask", "我听写经常写错", None),
        # the answer without a habit, or a habit that is not the speaker's, still counts
        ("race-second-place/last", "last place", "places_self"),
        ("misread-char/ask", "错字", "cuo"),
    ],
)
def test_a_habit_of_ones_own_answers_nothing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- said back at the asker, in Chinese ----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("ten-knives/ask", "又来 八把你自己数", None),
        ("ten-knives/ask", "哼 八你自个儿说", None),
        ("one-and-three/ask", "二你自己说去", None),
        # said, then a remark of its own after it: the number stands
        ("ten-knives/ask", "八把", "eight"),
        ("ten-knives/ask", "八把吧 你自己数数看", "eight"),
    ],
)
def test_handed_back_to_the_asker_is_not_said(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- said of the asker's --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "ur whole plan is a joke", None),
        ("joke-yolk/repeat", "lol your cooking is such a joke", None),
        ("misread-char/ask", "你的普通话就是个错", None),
        # the word said, or said of oneself: it counts
        ("joke-yolk/repeat", "joke joke joke joke joke", "said_it"),
        ("misread-char/ask", "错", "cuo"),
    ],
)
def test_said_of_the_askers_is_no_answer(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- ok, then a remark ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "ok that's creepy", None),
        ("silent-love/ask", "okay u are being so weird rn", None),
        # a yes, then an insult apart, or ok and the insult alone: still a yes
        ("silent-love/ask", "yes, ur creepy", "yes"),
        ("silent-love/ask", "ok weirdo", "yes"),
        ("silent-love/ask", "ok", "yes"),
    ],
)
def test_ok_then_a_remark_says_no_yes(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a lean of one's own --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "not sure tbh, i've never been over there", "dont_know"),
        ("july-fourth-england/ask", "no clue, i never went to the uk", "dont_know"),
        ("july-fourth-england/ask", "im not sure, i never visited england", "dont_know"),
        ("july-fourth-england/ask", "dunno man i never travelled there", "dont_know"),
        # a lean about the question still leans; a never alone is a no
        ("july-fourth-england/ask", "not sure, i dont think so", "says_no"),
        ("july-fourth-england/ask", "not sure, never heard of it there", "says_no"),
        ("july-fourth-england/ask", "never", "says_no"),
    ],
)
def test_a_lean_of_ones_own_leaves_the_dont_know(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
