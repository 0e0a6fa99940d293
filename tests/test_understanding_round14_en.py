"""Round fourteen's English pass (rules24en): kinds from round thirteen's former final set
(`eval/tuning/round13_final/`: lg13 Lagos, to13 Toronto) and round thirteen's writers (cf22,
jb23, ld24), fixed by kind (content/README.md). Examples written here, not copied from the
eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the asker's hope or plan named in other tenses: "you were hoping I'd say", "waiting for
# me to say", "you were gonna ask", "and then you say", "so you can say" (mention frames) ------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/ask", "bet you're hoping I'll say toast", "saw_through"),
        ("toast-toaster/ask", "you were hoping i'd say toast so you could laugh", "saw_through"),
        ("toast-toaster/ask", "ha you expected me to say toast", "saw_through"),
        ("toast-toaster/ask", "you're just waiting for me to say toast", "saw_through"),
        (
            "greenhouse-bricks/green",
            "i just knew you were gonna ask about the bricks",
            "saw_through",
        ),
        ("forget-pig/ask", "and then you'll say i forgot it already", "saw_through"),
        (
            "toast-toaster/repeat",
            "so you can ask what goes in the toaster? no chance",
            "saw_through",
        ),
        ("joke-yolk/repeat", "next you going to ask me what the white is", "saw_through"),
        # a hope of one's own, no plan of the asker's: the answer stands
        ("toast-toaster/ask", "toast, hoping for jam with it", "toast"),
        ("toast-toaster/ask", "toast", "toast"),
    ],
)
def test_asker_plan_named(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "a degree graded": a hedge (a bit, a little, kinda) after a verb of seeming or being
# and before another word grades that word, it hedges no answer ---------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "you look a little pale today love", None),
        ("silent-love/ask", "are you alright? you seem a bit down", None),
        ("silent-love/ask", "im kinda sleepy tbh", None),
        ("silent-love/ask", "its a little cold in here", None),
        # the hedge as the answer still says yes
        ("silent-love/ask", "a little bit", "yes"),
        ("silent-love/ask", "kinda, yeah", "yes"),
        ("silent-love/ask", "i have, a bit", "yes"),
    ],
)
def test_degree_graded(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "busy doing it" in Pidgin: "i dey", "we dey" before a doing verb is the speaker's own
# doing ("im frying bread"), no answer; "dem dey drink milk" still answers --------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/ask", "abeg we dey make toast for house", None),
        ("toast-toaster/ask", "no wahala, i dey buy bread for market now", None),
        ("silk-milk/ask", "dem dey drink milk na", "milk"),
        ("toast-toaster/ask", "na bread dey go inside", "bread"),
    ],
)
def test_pidgin_busy_doing_it(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "the question's word asked of it": "is this a joke?", "is that a red house?" ask what
# the question is, in its own word; a guess asked ("is it toast?") still answers ---------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "is that some sort of joke??", None),
        ("joke-yolk/repeat", "is it a joke?", None),
        ("greenhouse-bricks/red", "is that a red house?", None),
        ("joke-yolk/repeat", "joke? joke joke joke joke", "said_it"),
        ("toast-toaster/ask", "is it toast?", "toast"),
    ],
)
def test_question_word_asked_of_it(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
