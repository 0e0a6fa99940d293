"""Round thirty-one's plain English answers (verdicts31enplain): Gen Z and texting oaths and
intensifiers (fr, fr fr, ong, istg, lowkey, deadass) around an answer, read by kind as a fair
friend reads them: they say how sure or how honest the answer is, not what it is; and the "so"
of "i dont think so" (a lean's, no conclusion taking the no back for a tag after it). Pinned with
answers written for this file (not the tuning rows the kind was read from) through the shipped
corpus and lexicon and the real matcher, and the verdict the bot acts on (the second opinion's
veto included); no mocks."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def verdict(corpus: Corpus, where: str, said: str) -> str | None:
    """The branch the bot acts on for `said` at `where` ("routine/state"), or None."""
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(said).branch_id


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("capital-of-paris/france", "F fr", "letter_f"),
        ("capital-of-paris/france", "lowkey F", "letter_f"),
        ("capital-of-paris/paris", "P istg", "letter_p"),
        ("capital-of-paris/paris", "deadass P", "letter_p"),
        ("capital-of-paris/paris", "highkey p lol", "letter_p"),
    ],
)
def test_an_intensifier_beside_a_one_letter_answer_is_tone(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    # lexicon fillers_en: the texting intensifiers carry tone around a one-letter answer, as
    # "lol" and "obviously" do
    assert verdict(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    ["i dunno ong", "idk fr fr", "no idea ong", "dunno for real", "not sure on god"],
)
def test_an_oath_after_a_dont_know_swears_to_it(corpus: Corpus, answer: str) -> None:
    # rule "an oath closing an answer": the oath is no yes leaning after the don't-know
    assert verdict(corpus, "july-fourth-england/ask", answer) == "dont_know"


@pytest.mark.parametrize("answer", ["yeah heard that fr", "ya i heard about it for real"])
def test_an_oath_after_a_yes_is_no_surprise(corpus: Corpus, answer: str) -> None:
    # "fr" and "for real" alone are surprise to "did you hear?"; closing a yes they swear to it
    assert verdict(corpus, "gullible-ceiling/dict", answer) == "heard_it"


@pytest.mark.parametrize("answer", ["fr?", "for real?", "nah fr?", "wait fr?"])
def test_an_oath_asked_or_alone_is_still_surprise(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "gullible-ceiling/dict", answer) == "surprised"


@pytest.mark.parametrize("answer", ["ong", "fr fr", "on god"])
def test_an_oath_alone_is_still_a_yes(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "july-fourth-england/ask", answer) == "says_yes"


@pytest.mark.parametrize(
    "answer",
    [
        "I dont think so fr fr",
        "nah i dont think so for real",
        "dont think so ong",
        "i dont think so ok",
    ],
)
def test_a_no_leant_to_keeps_its_so(corpus: Corpus, answer: str) -> None:
    # rule "a lean's so": the "so" of "i dont think so" is what is leant to, no conclusion
    # taking the no back for the oath or the ok after it
    assert verdict(corpus, "july-fourth-england/ask", answer) == "says_no"


@pytest.mark.parametrize("answer", ["i think so fr", "i guess so lol", "i hope so ong"])
def test_a_yes_leant_to_keeps_its_so(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "july-fourth-england/ask", answer) == "says_yes"
