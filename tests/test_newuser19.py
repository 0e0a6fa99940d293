"""A new user's playground session (branch newuser19): replies that did not fit, each fixed
by its kind and pinned through the shipped corpus beside a neighbour it must not change."""

from __future__ import annotations

import pytest

from bot.content.corpus import REFUSED, Corpus
from tests.support.understanding import verdict

# -- 1. an assent in a clause of its own says how sure, not what ------------------------------


@pytest.mark.parametrize("answer", ["one, obviously", "one, of course", "1", "just the one"])
def test_a_count_with_an_assent_beside_it_keeps_its_branch(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "how-many-birthdays/ask", answer) == "one"


def test_an_assent_inside_the_answer_is_still_letters_beside_it(corpus: Corpus) -> None:
    # "ok" inside the clause is part of what is said: the compliment is read, as its writer
    # labelled it (round4_writers3; the give-away's "good taste in friends" is gone since wp28,
    # where the second opinion's veto once kept it from the give-away's reply)
    assert (
        verdict(corpus, "compliment-game/ask", "ok u got mad good taste in friends") == "compliment"
    )


# -- 2. a refusal anywhere in an answer that reaches no branch declines ------------------------


@pytest.mark.parametrize("answer", ["痴線，唔答", "痴线，不讲", "唔玩"])
def test_a_refusal_after_an_insult_ends_refused(corpus: Corpus, answer: str) -> None:
    taken = corpus.routines["gained-weight"].states["ask"].recognise(answer)
    assert taken is not None and taken.ending == REFUSED


def test_an_insult_alone_is_no_refusal(corpus: Corpus) -> None:
    assert corpus.routines["gained-weight"].states["ask"].recognise("痴線") is None


# -- 3. a firm correction followed by a wait, or by none left, takes the answer back ----------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("nine-by-three/ask", "三，唔係，等陣先，你想點"),
        ("nine-by-three/ask", "三，不对，等等，你想怎样"),
        ("ten-knives/ask", "八把，唔係，等陣"),
        ("ten-knives/ask", "八把，唔係，冇晒喇"),
        ("ten-knives/ask", "八把，不对，一把都没了"),
    ],
)
def test_an_answer_taken_back_for_a_wait_or_none_left_reaches_nothing(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("nine-by-three/ask", "三，等等，你想怎样", "three"),  # a soft wait only thinks aloud
        ("ten-knives/ask", "八把，唔係，係八把", "eight"),
        ("one-and-three/ask", "二啊 不對等等 是「和」啦 差點被騙", "and"),  # waited, then answered
        ("ten-knives/ask", "八把", "eight"),
    ],
)
def test_answers_not_taken_back_keep_their_branch(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- 4. plain praise is no flaw named ----------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "answer"), [("guess", "你很帥 沒缺點ㄚ 😍"), ("ask", "你好靓仔")]
)
def test_plain_praise_is_not_a_flaw_named(corpus: Corpus, state: str, answer: str) -> None:
    assert verdict(corpus, f"my-flaw/{state}", answer) is None


@pytest.mark.parametrize(("state", "answer"), [("ask", "太懒了"), ("ask", "太帥？")])
def test_a_flaw_and_a_boast_named_as_one_are_still_the_flaw(
    corpus: Corpus, state: str, answer: str
) -> None:
    assert verdict(corpus, f"my-flaw/{state}", answer) == "names_flaw"


# -- 5. 廿 and 卅 are tens of their own ------------------------------------------------------


@pytest.mark.parametrize("answer", ["廿幾？", "卅幾", "廿五"])
def test_twenty_and_thirty_something_are_guesses(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "guess-my-age/ask", answer) == "guesses_number"


def test_a_dont_know_is_still_a_dont_know(corpus: Corpus) -> None:
    assert verdict(corpus, "guess-my-age/ask", "唔知") == "dont_know"
