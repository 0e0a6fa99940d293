"""Round fourteen's English data pass (data25en): what the Atlanta tuning writer
(`eval/tuning/round14_writers/at25.tsv`) got wrong, fixed by kind in content/jokes.yaml and
content/lexicon.yaml only, no rule changed. Examples written here, not copied from the eval
rows; each seen red with its data line taken out."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the asker's aim named: "you thought I'd …", "…so I'd say X" (mention frames) -------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("divide-by-half/ask", "you thought i would say 15 huh", "saw_through"),
        ("sheep-all-but-nine/ask", "yall thought id say 8", "saw_through"),
        ("one-and-three/ask", "you thought i was gonna say 2", "saw_through"),
        ("silk-milk/ask", "you asked silk again and again just so id say milk", "saw_through"),
        # "so I'd say X" opening its clause is the speaker's own conclusion, an answer
        ("shop-green-light/light", "so id say go", "go"),
        ("months-28-days/ask", "hmm so i'd say 1", "one"),
    ],
)
def test_the_askers_aim_named(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- not falling for it, Southern and AAVE: "you tried it", "you trying me" -------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("shop-green-light/light", "lol you tried it", "saw_through"),
        ("rooster-roof-egg/ask", "yall trying me today", "saw_through"),
        ("silent-love/ask", "dad joke incoming i can smell it", "saw_through"),
        ("one-and-three/ask", "oh this is one of those jokes", "saw_through"),
        ("spell-icup/ask", "nah i know what it sound like when u say it", "saw_through"),
        # one's own trying is no trick word
        ("play-water/ask", "yes i tried it once", "yes"),
    ],
)
def test_not_falling_for_it_in_the_south(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the typing refused, "all that" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "lol aint typing all that rn", "refuses"),
        ("joke-yolk/repeat", "not typing all that on my phone", "refuses"),
    ],
)
def test_the_typing_refused(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a branch's answer in everyday words -------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # pairs said as the song has it, no longer the number two
        ("moses-ark/ask", "they went in 2 by 2", "pairs"),
        ("moses-ark/ask", "two", "two"),
        # the question switched, in everyday words
        ("feathers-steel/pound", "feathers", "feathers"),
        # regional peaks named as the tallest before Everest
        ("tallest-mountain/ask", "pikes peak i reckon", "other_peak"),
        ("tallest-mountain/ask", "kennesaw mountain lol", "other_peak"),
        # compliments in Southern and AAVE slang
        ("compliment-game/ask", "ok fine ur edges stay laid", "compliment"),
        ("compliment-game/ask", "ok ur wig stay snatched", "compliment"),
        ("compliment-game/ask", "yes! you always killin it at work", "compliment"),
    ],
)
def test_a_branchs_answer_in_everyday_words(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
