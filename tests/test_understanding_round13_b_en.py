"""Round thirteen's second English pass (rules23en): what the Johannesburg mechanic
(`eval/tuning/round13_writers/jb23.tsv`) and the East London student (`ld24.tsv`) got wrong,
fixed by kind (content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- "you mean X?": a clarifying question back asks the asker, it answers nothing -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("capital-of-paris/paris", "hang on, u mean the capital city of france?", None),
        ("race-second-place/second", "you mean i passed the one in second?", None),
        ("capital-of-paris/paris", "france", "france"),
    ],
)
def test_you_mean_asks_back(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the attempt turned away: "don't even try", "try that on me" name the trick ---------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "ha dont try me pal", "saw_through"),
        ("silent-love/ask", "dont you even try it with the dad line", "saw_through"),
        ("gullible-ceiling/ceiling", "dont try it on with me", "wise"),
    ],
)
def test_attempt_turned_away(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the asker called a joke: a taunt (insult), not the word typed ----------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "lol youre a joke", None),
        ("joke-yolk/repeat", "you are the joke here lol", None),
        ("joke-yolk/repeat", "joke joke joke joke joke", "said_it"),
    ],
)
def test_asker_called_a_joke(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a count beside where the apples are: "N in my hand" is that count, no give-away ----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("apples-take-away/ask", "i got 2 in my hand i think", "two"),
        ("apples-take-away/ask", "zero in my hand bro", "none"),
        ("apples-take-away/ask", "theyre in my hand obviously", "saw_through"),
    ],
)
def test_count_in_my_hand(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the routine named a known riddle, or its question a decoy --------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("months-28-days/ask", "ah same riddle as last week innit", "saw_through"),
        ("yolk-is-are/ask", "lol the is or are bit is a decoy", "saw_through"),
        ("race-second-place/last", "old riddle this one", "saw_through"),
    ],
)
def test_known_riddle_or_decoy(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
