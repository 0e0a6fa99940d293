"""speed19: the worst answer's verdict cut with no verdict changed. The rules read the first
text.CAP (192) characters of an answer folded and the second opinion the first MAX_READ (192)
typed, both down from 256: above every labelled answer (the longest is 184). The second
opinion keeps only the features its model holds (all a verdict reads), not a long answer's
hundreds of others."""

from __future__ import annotations

import pytest

from bench.engine import worst_answers
from bot.content.corpus import DEFAULT_TUNING, GIVE_AWAY, OTHERWISE, Corpus, LabelledAnswers
from bot.content.evaluation import read_rows
from tests.support.opinion_reference import ReferenceOpinion
from tests.support.understanding import LEXICON
from understanding.second_opinion import MAX_READ, SecondOpinion
from understanding.text import CAP, MAX_NUMBERS, clauses, fold, numbers


@pytest.fixture(scope="module")
def labelled(corpus: Corpus) -> dict[tuple[str, str], list[tuple[str, str]]]:
    return LabelledAnswers(DEFAULT_TUNING, corpus.routines).by_state


def test_every_labelled_answer_is_read_whole() -> None:
    """The caps stand above every labelled answer of every tuning set: none is cut, by the
    rules or the opinion (a longer one in a new tuning set asks the caps to be chosen again)."""
    answers = {row.answer for path in DEFAULT_TUNING.rglob("*.tsv") for row in read_rows(path)}
    assert len(answers) > 40_000
    assert max(len(text) for text in answers) < MAX_READ
    assert max(len(fold(text, LEXICON)) for text in answers) < CAP
    # a message past them is read by its start
    assert len(fold("八把" * 2500, LEXICON)) == CAP == 192


@pytest.mark.parametrize(
    "where",
    ["guess-my-age/ask", "you-and-pig/ask", "ten-knives/ask", "play-water/ask", "my-flaw/ask"],
)
def test_a_long_answers_doubt_is_the_first_opinions(
    corpus: Corpus, labelled: dict[tuple[str, str], list[tuple[str, str]]], where: str
) -> None:
    """Reading only the held features doubts as reading them all does, on the bench's worst
    answers and on labelled answers said over and over (tests/support/opinion_reference.py,
    the first representation, reads every feature)."""
    routine, name = where.split("/")
    state = corpus.routines[routine].states[name]
    labels = {OTHERWISE, GIVE_AWAY, *(answer.id for answer in state.answers)}
    pairs = [pair for pair in labelled[(routine, name)] if pair[1] in labels]
    lean, first = SecondOpinion(pairs), ReferenceOpinion(pairs)
    long = list(worst_answers().values())
    long += [(text + " ") * (400 // len(text) + 1) for text, _ in pairs[::25]]
    doubted = 0
    for text in long + [text for text, _ in pairs[::7]]:
        for reached in sorted(labels):
            doubt, was = lean.doubt(text, reached, {reached}), first.doubt(text, reached, {reached})
            assert (doubt is None) == (was is None), (text[:40], reached)
            if doubt is not None and was is not None:
                assert (doubt.label, doubt.confidence, doubt.deciding) == (
                    was.label,
                    was.confidence,
                    was.deciding,
                )
                doubted += 1
    assert doubted > 10


def test_no_labelled_answer_holds_more_numbers_than_are_read() -> None:
    """text.MAX_NUMBERS (16, was 32) stands above every labelled answer's count (at most 7),
    and a message past it is read by its first numbers."""
    answers = {row.answer for path in DEFAULT_TUNING.rglob("*.tsv") for row in read_rows(path)}
    most = max(len(numbers(clauses(fold(text, LEXICON), LEXICON), LEXICON)) for text in answers)
    assert most < MAX_NUMBERS == 16
    spam = "八" + "，八" * 100
    assert len(numbers(clauses(fold(spam, LEXICON), LEXICON), LEXICON)) == MAX_NUMBERS
