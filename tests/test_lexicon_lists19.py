"""Word lists that were sets in the matcher's code, now lexicon data (speed19): rules "cannot
even afford it" (cannot_afford_leads_zh, cannot_afford_zh) and "a question about the asker"
(oneself_zh) read them from content/lexicon.yaml, so a lexicon with other words reads others."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import DEFAULT_LEXICON, Corpus, load_corpus, parse_lexicon
from tests.support.understanding import reached


@pytest.fixture(scope="module")
def reworded() -> Corpus:
    """The shipped corpus with a lexicon whose lists name other words: 不了 for 不起, 本人 for
    自己, 还 for 也."""
    text = DEFAULT_LEXICON.read_text(encoding="utf-8")
    for old, new in (
        ("cannot_afford_zh: [不起]", "cannot_afford_zh: [不了]"),
        ('cannot_afford_leads_zh: "都也"', 'cannot_afford_leads_zh: "都还"'),
        ("oneself_zh: [自己]", "oneself_zh: [本人]"),
        # (the words rule "a question about the asker" reads between 你 and the don't-know)
        ('askers_own_zh: "自己也都还真就"', 'askers_own_zh: "自己本人也都还真就"'),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return load_corpus(DEFAULT_CONTENT, lexicon=parse_lexicon(text))


@pytest.mark.parametrize(
    ("answer", "shipped", "with_other_words"),
    [
        # out of reach with the shipped words; with 不了 and 还 instead, a guess
        ("买甚地，房子都买不起", None, "names_land"),
        ("买啥地啊 车位也买不起", None, "names_land"),
        # ...and the other way round
        ("买啥地啊 车位还买不了", "names_land", None),
        # the thing alone is a guess with either
        ("房子", "names_land", "names_land"),
    ],
)
def test_cannot_even_afford_reads_the_lexicon(
    corpus: Corpus, reworded: Corpus, answer: str, shipped: str | None, with_other_words: str | None
) -> None:
    assert reached(corpus, "buy-land/ask", answer) == shipped
    assert reached(reworded, "buy-land/ask", answer) == with_other_words


@pytest.mark.parametrize(
    ("answer", "shipped", "with_other_words"),
    [
        # 你自己 names the asker the subject: the don't-know is the asker's, no answer
        ("你自己不知道问我干撒", None, "dont_know"),
        ("你本人不知道问我干撒", "dont_know", None),
        # the victim's own don't-know is one with either
        ("不知道", "dont_know", "dont_know"),
    ],
)
def test_the_asker_as_subject_reads_the_lexicon(
    corpus: Corpus, reworded: Corpus, answer: str, shipped: str | None, with_other_words: str | None
) -> None:
    assert reached(corpus, "my-flaw/guess", answer) == shipped
    assert reached(reworded, "my-flaw/guess", answer) == with_other_words
