"""Round twenty-five's plain-English kinds (verdicts25enplain), from every English miss over the
tuning sets: answers said in plain words no list held. The typing refused with "not" ("I'm not
typin that"), the rhetorical don't-know with "on earth" or "the feck" and British "couldn't tell
yer", running said as gone ("I'd be off"), the writing seen with no yes ("I can see it"), praise
the list lacked (taste, a way with words, "ur alright for a bot"), a distance in words ("couple
k's"), "one" after an ordinal in digits ("2nd one"), the pig trick denied by a question back or
weight lost, the working of a sum left without its result, and the ease or one's wits said after
an answer ("S-H-O-P easy", "I'm not daft").
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the typing refused with "not", as "aint typing that" was
        ("silk-milk/repeat", "im not typing that ten times on a bus", "refuses"),
        ("toast-toaster/repeat", "sorry love, not typing it, my nails are wet", "refuses"),
        ("joke-yolk/repeat", "Not typin that, my phone's on 2 percent", "refuses"),
        # one more knock-knock refused as seen too often
        ("boo-who/knock", "not this again mate", "refuses"),
        # the rhetorical don't-know, with "on earth" or "the feck" inside it
        ("bear-colour/ask", "how on earth would i know that", "dont_know"),
        ("tallest-mountain/ask", "how the feck would I know, ask a teacher", "dont_know"),
        ("five-daughters/ask", "couldn't tell yer, love", "dont_know"),
    ],
)
def test_a_refusal_or_a_dont_know_in_plain_words_is_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "nice try" beside the refused typing still sees through
        ("silk-milk/repeat", "nice try, im not typing that", "saw_through"),
        # typing said done is no refusal
        ("silk-milk/repeat", "silk silk silk silk silk", "said_it"),
    ],
)
def test_the_typing_refused_leaves_the_trick_seen_and_the_typing_done(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # running said as gone
        ("imagine-chase/ask", "I'd be off down the street before he blinked", "run"),
        ("imagine-chase/ask", "id be gone, no question", "run"),
        ("imagine-chase/ask", "straight out the back door and into the car park", "run"),
        # the writing seen with no yes before it
        ("gullible-ceiling/ceiling", "ooh I can see it, who put that there", "sees_it"),
        ("gullible-ceiling/ceiling", "oh i see it, thats weird", "sees_it"),
        # praise the list lacked
        ("compliment-game/ask", "you've got good taste in music i'll give you that", "compliment"),
        ("compliment-game/ask", "you have a way with words, pal", "compliment"),
        ("compliment-game/ask", "ur alright for a robot i suppose", "compliment"),
        # a distance in words
        ("dog-into-woods/ask", "couple mile or so", "guesses"),
        ("dog-into-woods/ask", "few k's maybe", "guesses"),
    ],
)
def test_an_answer_in_plain_words_reaches_its_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a plain no to the ceiling stays a no
        ("gullible-ceiling/ceiling", "no, can't see it", "says_no"),
        # the writing seen coming is the trick seen, not the writing seen
        ("gullible-ceiling/ceiling", "i see it coming, not looking up", "wise"),
        # "good taste" said of oneself is the give-away
        ("compliment-game/ask", "you'll just say i have good taste", "saw_through"),
        # "you're alright" to the offer to bark is a no, as before
        ("bark-for-you/ask", "nah you're alright", "no"),
    ],
)
def test_the_plain_words_leave_the_other_readings(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "one" after an ordinal in digits is a pronoun
        ("yolk-is-are/ask", "2nd one", "picks_are"),
        ("yolk-is-are/ask", "2nd one i think", "picks_are"),
        # the pig trick denied by a question back or by weight lost
        ("forget-pig/ask", "who is a pig?? rude", "deny"),
        ("forget-pig/ask", "what pig, mate", "deny"),
        ("forget-pig/ask", "excuse me?? the cheek", "deny"),
        ("forget-pig/ask", "I've lost three stone this year I'll have you know", "deny"),
        # the working of a sum typed without its result
        ("hole-dirt/ask", "2 times 3 times 1... hang on", "calculates"),
        ("hole-dirt/ask", "two by three by one is... um", "calculates"),
    ],
)
def test_a_number_a_denial_or_a_place_in_plain_words_is_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the working with its 6 is six
        ("hole-dirt/ask", "2 x 3 x 1 so 6", "six"),
        ("hole-dirt/ask", "two by three by one, six", "six"),
        # a count of one stays one
        ("months-28-days/ask", "just the one", "one"),
    ],
)
def test_the_numbers_said_as_answers_stay(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # rule "answered, then scorned": the ease said after the answer agrees to nothing
        ("shop-green-light/spell", "s h o p easy", "spelled"),
        ("shop-green-light/spell", "Shop. Easy, next", "spelled"),
        # and one's wits said plainly after it name no trick
        ("shop-green-light/spell", "s h o p mate, im not daft", "spelled"),
        ("imagine-chase/ask", "leg it, im not daft", "run"),
    ],
)
def test_the_answer_then_its_ease_is_the_answer(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the ease alone, or after a yes, agrees
        ("shop-green-light/spell", "easy", "agrees"),
        ("shop-green-light/spell", "yeah too easy", "agrees"),
        # said first, the ease is the answer, and the question's word after it an echo
        ("shop-green-light/spell", "easy. shop", "agrees"),
    ],
)
def test_the_ease_alone_or_first_keeps_its_reading(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
