"""Round seventeen's English pass (branch verdicts17en): general readings the tuning sets'
writers agree on across sets, each case naming the corpus or lexicon line it relies on; without
it the answer reaches a punchline its writer did not mean. The shipped corpus and lexicon,
through the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # gullible-ceiling's `says_no` regex: a bare no and nothing seen answers "can you see
        # it?" (writers of five sets: "no, nothing there" is a no, not the look that falls)
        ("no, nothing there", "says_no"),
        ("No, I don't see anything", "says_no"),
        ("nah cant see nothing", "says_no"),
        ("nope, nothing up there", "says_no"),
        ("no mate, there's nothing there", "says_no"),
        ("nah nothing at all", "says_no"),
        # telling of looking, or of what is there, is still the look
        ("i looked, nothing there", "looked"),
        ("nothing there", "looked"),
        ("nah nothin there, just had a look", "looked"),
        ("Nope, nothin up there but a water stain", "looked"),
    ],
)
def test_a_bare_no_and_nothing_seen_is_a_no(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "gullible-ceiling/ceiling", answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # english_shorthand wat, wats, wot, wots: texting and British spellings of what
        "wats icup",
        "wots icup",
        "wat is icup",
        # "even" inside the question changes nothing
        "what even is icup",
        "wat even is icup",
    ],
)
def test_what_it_is_asked_back_in_any_spelling(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "spell-icup/ask", answer) is None


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # rule "an aside before the question" (matcher._opening_aside): a filler or a
        # correction marker before "what is" still asks back, it answers nothing
        ("rooster-roof-egg/ask", "wait whats the slope of the roof"),
        ("rooster-roof-egg/ask", "hang on, whats the slope of the roof"),
        ("rooster-roof-egg/ask", "lol what is the roof made of"),
        ("spell-icup/ask", "hmm wats icup"),
        ("spell-icup/ask", "sorry what is icup"),
    ],
)
def test_an_aside_before_a_question_back(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the answer before the aside still stands, and a pause before an answer is no question
        ("rooster-roof-egg/ask", "left side. wait what is the slope?", "picks_side"),
        ("rooster-roof-egg/ask", "hmm the left side", "picks_side"),
    ],
)
def test_an_aside_asks_nothing_by_itself(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # rule "a story beside a don't-know" with the don't-know set aside as a hedge: a tale
        # of one's own dog after "dont know" guesses nothing (round16_final, ld16)
        ("Dont know. Our old Jack Russell went miles.", None),
        ("no idea. my nan's spaniel ran for miles once", None),
        # a guess beside a don't-know is still the guess (a hedge)
        ("dunno, a few miles?", "guesses"),
        ("idk, maybe a mile", "guesses"),
    ],
)
def test_a_story_after_a_dont_know_guesses_nothing(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "dog-into-woods/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # labels against the corpus (greenhouse-bricks' other_stuff: mortar): writers of four
        # sets read "bricks and mortar" as what any house is made of, not the red bricks
        ("greenhouse-bricks/red", "bricks and mortar", "other_stuff"),
        ("greenhouse-bricks/red", "Bricks and mortar same as any house", "other_stuff"),
        ("greenhouse-bricks/blue", "bricks n mortar mate", "other_stuff"),
        ("greenhouse-bricks/red", "red bricks", "red_bricks"),
        # opposite-genius's flips_it: "you're not" answers "I'm a genius?" by turning it back
        ("opposite-genius/genius", "Youre not.", "flips_it"),
        ("opposite-genius/genius", "nah you're not lol", "flips_it"),
        ("opposite-genius/genius", "im not", None),
    ],
)
def test_the_corpus_reads_as_its_writers_do(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the trick intent's "trying it on" (British: attempting a con) sees through it
        ("gullible-ceiling/dict", "Give over. Theyre not. Youre trying it on again.", "skeptic"),
        ("gullible-ceiling/dict", "youre tryin it on mate", "skeptic"),
        # mention_frames "going to end with": the end foretold names the trick
        (
            "silent-love/ask",
            "this is gonna end with 'say thanks dad' isnt it. absolutely not",
            "saw_through",
        ),
        ("opposite-genius/hot", "ur gonna end with some 'im clever' one arent u", "saw_through"),
        # a plain no stays a no
        ("silent-love/ask", "absolutely not", "no"),
    ],
)
def test_the_trick_named_in_british_and_foretold(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # how-many-birthdays' counts_years no longer holds "many", "too many": a sigh at one's
        # own age answers nothing about the average person (five sets' writers agree)
        ("too many at my age", None),
        ("too many pal, dinnae remind me", None),
        # a count, or a count's words, still counts the years
        ("loads, one every year", "counts_years"),
        ("about 80", "counts_years"),
    ],
)
def test_too_many_birthdays_is_a_sigh(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "how-many-birthdays/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # bark-for-you's no: "you're all good" is "no need" (Australian, British), not the
        # trick turned back at the asker as "ur the dog" is
        ("nah ur all good mate", "no"),
        ("you're all good love", "no"),
        ("ur the dog", "saw_through"),
    ],
)
def test_youre_all_good_declines_the_bark(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "bark-for-you/ask", answer) == branch
