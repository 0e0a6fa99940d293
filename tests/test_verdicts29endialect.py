"""Round twenty-nine's English dialect kinds (verdicts29endialect), from round twenty-eight's
final set (content/eval/tuning/round28_final/README.md, "What went wrong, by kind": the Nepali
writer's "khai", "ko ho", "rato itta", "tala", "seto", "bhagchu"; the Cajun writer's "cochon" and
"how I'm sposed to know") and every English dialect miss of the tuning sets:
(a) everyday words (colours, up and down, to run, who, the pig, hot and cold, milk) of the
languages spoken beside English (Nepali, French, Portuguese, Spanish, Malay, Tagalog) as
shorthand, each spelt like no English word;
(b) the words English spells too (Tagalog "baba", French "rouge", "blanc", "noir") through rule
"a word English spells too, where English reads nothing": read only where English reads nothing;
(c) Nepali and Malay don't-knows in the intents ("khai", "thaha xaina", "tak tahu");
(d) phrases: Nepali "ko ho" (who is it), and rule "the question not inverted" ("how I'm sposed
to know" is how am I supposed to know);
(e) `_read_through_swaps` takes a reading only where the branch it reaches is reached through a
swapped word.
Every answer here was written for this file, not copied from the eval rows (but those of (e),
which pin a tuning row); each kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- (a) the everyday words of the languages spoken beside English ---------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("greenhouse-bricks/red", "rato", "red_bricks"),  # Nepali rato: red
        ("greenhouse-bricks/blue", "nilo itta haha", "blue_bricks"),  # nilo: blue, itta: brick
        ("joke-yolk/ask", "seto ho", "white"),  # seto: white
        ("opposite-genius/up", "tala hai", "down"),  # tala: down
        ("imagine-chase/ask", "bhagxu dai, fast fast", "run"),  # bhagchu texted with x: I'd run
        ("forget-pig/ask", "who you callin cochon, cher", "deny"),  # French cochon: pig
        ("opposite-genius/hot", "froid", "cold"),  # French froid: cold
        ("joke-yolk/ask", "branco", "white"),  # Portuguese branco: white
        ("joke-yolk/ask", "putih lah", "white"),  # Malay putih: white
        ("forget-pig/ask", "who u calling puerco", "deny"),  # Spanish puerco: pig
    ],
)
def test_a_word_of_a_language_beside_english_is_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) a word English spells too, only where English reads nothing -------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "baba po", "down"),  # Tagalog baba: down
        ("opposite-genius/up", "baba", "down"),
        ("greenhouse-bricks/red", "rouge", "red_bricks"),  # French rouge: red
        ("joke-yolk/ask", "le blanc", "white"),  # French blanc: white
    ],
)
def test_a_lookalike_is_read_where_english_reads_nothing(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_mont_blanc_stays_a_mountain(corpus: Corpus) -> None:
    # "blanc" is English's too: where the answer reads as English ("Mont Blanc", a peak), the
    # lookalike is not swapped for white
    assert reached(corpus, "tallest-mountain/ask", "mont blanc") == "other_peak"


# -- (c) don't-know words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("rooster-roof-egg/ask", "khai, you tell"),  # Nepali khai: who knows
        ("bear-colour/ask", "khoi dai"),
        ("electric-train/ask", "malai thaha xaina"),  # thaha chaina texted with x
        ("electric-train/ask", "gak tau"),  # Indonesian: don't know
    ],
)
def test_a_dont_know_beside_english(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "dont_know"


# -- (d) phrases: "ko ho", the question not inverted --------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("boo-who/knock", "ko ho??", "whos_there"),  # Nepali ko ho: who is it
        ("interrupting-cow/knock", "ok ok ko ho", "whos_there"),
        ("electric-train/ask", "how im sposed to know that", "dont_know"),  # how am I supposed
        ("bear-colour/ask", "now how I'm supposed to know dat", "dont_know"),
    ],
)
def test_a_dialect_phrase_is_read(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- (e) a reading through swapped words counts only through a swapped word --------------------


def test_a_swap_counts_only_where_the_branch_is_reached_through_it(corpus: Corpus) -> None:
    # round22_final's km22 (labelled otherwise): 哇 read as 我 makes 哇是九你是三 "I'm nine,
    # you're three", which reaches the number 3 — but not through the 我 swapped in, so the
    # swap is no reading: the answer stays where English and Mandarin put it, nothing
    assert reached(corpus, "nine-by-three/ask", "哇是九你是三…這啥意思 你在算哇輩份喔") is None
