"""Round twelve's third English pass (rules21en): what the Birmingham tuning writer
(`eval/tuning/round12_writers3/bm21.tsv`) still got wrong, fixed by kind (content/README.md).
Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- Brummie words as a class: yow (you), yow're, yower, ar (yes), dint, summat, yella, bostin -


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/genius", "yowre an idiot mate", "flips_it"),
        ("opposite-genius/genius", "yower an idiot", "flips_it"),
        ("gullible-ceiling/ceiling", "ar, i see it now", "sees_it"),
        ("gullible-ceiling/dict", "ar, on the news it was", "heard_it"),
        ("joke-yolk/ask", "the yolks the yella bit", "saw_through"),
        ("compliment-game/ask", "that shirt looks bostin on yow", "compliment"),
    ],
)
def test_brummie_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "a question about the thing" leaves the trick's own branch: the trick asked back ---


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("pig-ran-away/ask", "you calling me a pig now?", "saw_through"),
        ("pig-ran-away/ask", "is it hiding in the barn?", None),
    ],
)
def test_the_trick_asked_back_still_names_it(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- mention frames: the asker's next line foreseen, the build-up named with its word --------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        (
            "opposite-genius/up",
            "down. once you say im a genius i still wont say idiot",
            "saw_through",
        ),
        ("joke-yolk/ask", "i can tell youre leading up to yolk", "saw_through"),
    ],
)
def test_the_next_line_foreseen(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- don't-knows: never having thought of it, "aint a clue" ---------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "never thought of it tbh", "dont_know"),
        ("tallest-mountain/ask", "aint a clue mate", "dont_know"),
    ],
)
def test_never_thought_of_it(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- boo-who: "not saying it" refuses at boo; "not to cry" names the punchline ---------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("boo-who/boo", "sorry, not saying it", "refuses"),
        ("boo-who/boo", "so you can tell me not to cry? no", "saw_through"),
    ],
)
def test_boo_refused_or_seen(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the trick tried and failed, in the past: "you didnt get me", "didnt catch me out" --------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/ask", "toaster haha, you didnt catch me", "saw_through"),
        ("toast-toaster/ask", "bread, didnt get me with that one", "bread"),
    ],
)
def test_the_trick_failed(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the joke known by its plot: "this is the one where …" -----------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "this is the one where you get called daddy innit", "saw_through"),
        ("toast-toaster/ask", "is this the one where i say toast", "saw_through"),
    ],
)
def test_the_joke_known_by_its_plot(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
