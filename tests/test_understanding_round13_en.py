"""Round thirteen's English pass (rules22en): what the Cardiff tuning writer
(`eval/tuning/round13_writers/cf22.tsv`) and round twelve's former final set still got wrong,
fixed by kind (content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the rhetorical "how would I know", its auxiliary dropped or in Scots ---------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("electric-train/ask", "how i know, im a cook not a scientist", "dont_know"),
        ("july-fourth-england/ask", "how wid ah know pal", "dont_know"),
        ("five-daughters/ask", "how i supposed to know their names", "dont_know"),
    ],
)
def test_how_would_i_know_said_short(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the next question foretold: rule "the set-up seen ahead" with the asker's next one ------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "down, and i know what ur last one is, forget it", "saw_through"),
        ("opposite-genius/up", "down. i know whats coming next mate", "saw_through"),
        (
            "feathers-steel/kilo",
            "equal. i know your next one is a pound of feathers",
            "saw_through",
        ),
        ("feathers-steel/kilo", "neither, and the pound one is after this", "saw_through"),
        # no later question named: a trick word beside a warm-up's answer, which goes on (rule 3)
        ("opposite-genius/up", "down, i know whats coming", "down"),
        ("feathers-steel/kilo", "they're equal", "same"),
    ],
)
def test_the_next_question_foretold(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "the asker asked after": "u ok?" asks how the asker is, no yes ---------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("shop-green-light/spell", "what for, you alright?", None),
        ("shop-green-light/spell", "are you ok?", None),
        ("shop-green-light/spell", "ok", "agrees"),
        ("play-water/ask", "ok?", "yes"),
    ],
)
def test_the_asker_asked_after(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "busy doing it": a branch's word as what the speaker is doing right now -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/repeat", "one sec im eating my toast", None),
        ("toast-toaster/repeat", "im just having some toast lol", None),
        ("silk-milk/ask", "hold on am drinking milk", None),
        ("toast-toaster/repeat", "toast toast toast toast toast", "said_it"),
        ("silk-milk/ask", "they drink milk", "milk"),
        ("toast-toaster/ask", "im putting bread in", "bread"),
    ],
)
def test_busy_doing_it(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- words: "trick q" (a trick question, shortened), "full stop" said for emphasis -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("race-second-place/last", "trick q mate, then theyre not last", "saw_through"),
        ("race-second-place/last", "ha trick qn that", "impossible"),
        ("joke-yolk/repeat", "joke x5, full stop", "said_it"),
        ("boo-who/knock", "who's there, end of story", "whos_there"),
        ("joke-yolk/repeat", "stop", "refuses"),
    ],
)
def test_trick_q_and_full_stop(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "the word asked back, then a choice" also takes "is that a…?": what it is, asked ----


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("spell-icup/ask", "icup? is that even english?", None),
        ("toast-toaster/repeat", "toast? is it a drinking game?", None),
        ("spell-icup/ask", "icup? is that it?", "spelled"),
        ("spell-icup/ask", "icup", "spelled"),
    ],
)
def test_the_word_asked_back_then_what_it_is(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- trick words: the asker's trick seen, in the singular ("i see ur trick") -----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/ask", "milk haha, i can see your trick", "saw_through"),
        ("silk-milk/ask", "water, i know your trick", "water"),
    ],
)
def test_the_trick_seen_singular(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- corpus: the compliment as a comparison ("better company", "better than most") -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("compliment-game/ask", "you're better company than my telly", "compliment"),
        ("compliment-game/ask", "ur better than most folk round here", "compliment"),
    ],
)
def test_a_compliment_by_comparison(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- trick words: the sarcastic "and I'm the Pope" (as likely as that) -----------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("gullible-ceiling/dict", "oh aye, and im the tooth fairy", "skeptic"),
        ("gullible-ceiling/dict", "course it is, and am the queen", "skeptic"),
    ],
)
def test_and_im_the_pope(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
