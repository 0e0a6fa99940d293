"""Round fifteen's English pass (rules25en): kinds from round fifteen's writers (mc27
Manchester, ct27 Cape Town) and the older tuning sets, fixed by kind (content/README.md).
Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the asker's next question or line foretold: "you're gonna ask about…", "you're gonna
# tell me to…" (mention frames); the attempt dismissed as tried ("u tried"), the trick known
# to be coming ("knew it was coming") (trick words) -------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("joke-yolk/repeat", "you're gonna ask me about the white bit after this", "saw_through"),
        ("silk-milk/repeat", "ur gonna ask what a cow drinks, go on then", "saw_through"),
        ("boo-who/boo", "you're going to tell me not to cry aren't you", "saw_through"),
        ("boo-who/boo", "i bet ur gonna tell me to dry my eyes", "saw_through"),
        ("yolk-is-are/ask", "haha you tried mate", "saw_through"),
        ("greenhouse-bricks/green", "lol knew that was coming", "saw_through"),
        ("greenhouse-bricks/green", "i just knew this was coming", "saw_through"),
        # the words alone, no plan of the asker's: the answer stands
        ("yolk-is-are/ask", "the yolk is white", "picks_is"),
        ("toast-toaster/ask", "toast", "toast"),
    ],
)
def test_next_move_foretold(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- dialect don't-knows as a class: "haven't got a scooby" (scooby: clue) beside "no scooby" -


@pytest.mark.parametrize(
    "said", ["i havent got a scooby mate", "aint got a scooby", "honestly not got a scooby"]
)
def test_scooby(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "electric-train/ask", said) == "dont_know"


# -- rule "what it is, asked back", a word alone: "which X?" asks which is meant ----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("shop-green-light/spell", "which shop do you mean?", None),
        ("shop-green-light/spell", "which shop? the corner one?", None),
        ("imagine-chase/ask", "which way would i run?", None),
        # "which" not opening, or no question: the answer stands
        ("shop-green-light/spell", "shop, which is easy", "spelled"),
        ("shop-green-light/spell", "shop", "spelled"),
    ],
)
def test_which_asked_back(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "said, then denied": the word said, then denied of oneself in a later clause --------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("imagine-chase/ask", "run? with my knees, i dont run for buses even", None),
        # the word again as an object is no denial (review15 B2; tests/test_review15.py)
        ("toast-toaster/ask", "toast? i never eat toast me", "toast"),
        # denied of someone else: a contrast, the answer stands
        ("imagine-chase/ask", "run, he wont run as fast as me", "run"),
        ("imagine-chase/ask", "run", "run"),
    ],
)
def test_said_then_denied(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "so, a yes or no concluded": the answer that lands no punchline before "so", then the
# yes or no drawn from it; death in more Englishes ("six foot under", "popped his clogs") -----


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("he's popped his clogs so no", "dead"),
        ("hed be six foot under so nah", "dead"),
        ("bit the dust didnt he, so no", "dead"),
        # the no alone, or a reason that lands one: the no
        ("its illegal so no", "says_no"),
        ("no", "says_no"),
    ],
)
def test_so_concluded(corpus: Corpus, said: str, branch: str | None) -> None:
    assert reached(corpus, "widow-sister/ask", said) == branch


# -- rule "a lean of one's own", its reach: a don't-know, then a no of the speaker's own life
# ("i havent opened…", "im never off…") is the reason they cannot know, no no -------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "no clue, i dont follow the news much", "dont_know"),
        ("july-fourth-england/ask", "how should i know, im never out of the house", "dont_know"),
        ("gullible-ceiling/dict", "dunno, i havent touched a dictionary in years", "dont_know"),
        # a lean, still: the no
        ("july-fourth-england/ask", "not sure, i dont think so", "says_no"),
        ("july-fourth-england/ask", "idk probably not", "says_no"),
    ],
)
def test_lean_of_ones_own(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- sarcasm spelled in other Englishes: "ja right", "ya right" as "yeah right" -----------------


@pytest.mark.parametrize("said", ["ya right", "ja right, and pigs fly"])
def test_yeah_right_spelled(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "gullible-ceiling/dict", said) == "skeptic"
