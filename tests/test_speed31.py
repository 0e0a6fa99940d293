"""speed31: the lexicon read once per rule, not once per unit of the answer.

A read of the lexicon is a Python-level attribute lookup (`Lexicon` is interpreted: an
instance-dict lookup, ~30 ns compiled), where a read of a local set is none. Five rules read a
lexicon list inside their loop over the answer's units or words; one of them, "a contrast, not
an answer" (`_contrast_tail`), did so for every hit over the whole clause, so a long answer of
hits made it quadratic ("不知道" x 1,700: 9,191 reads of the lexicon for one verdict, 787 now).
Each rule now reads its lists once: how often it reads the lexicon no longer grows with the
answer. No verdict moves (every tuning row diffed before and after); each test fails where
its line is put back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from bot.content.corpus import Corpus
from understanding import matcher, text
from understanding.lexicon import Lexicon
from understanding.matcher import Hit


@contextmanager
def _reads() -> Iterator[list[int]]:
    """How many attributes of any Lexicon are read inside the block (`[count]`)."""
    count = [0]
    read = object.__getattribute__

    def counted(self: Lexicon, name: str) -> Any:
        count[0] += 1
        return read(self, name)

    Lexicon.__getattribute__ = counted  # type: ignore[assignment,method-assign]
    try:
        yield count
    finally:
        del Lexicon.__getattribute__


def _lexicon(corpus: Corpus) -> Lexicon:
    return corpus.words


def _read_by(work: Callable[..., object], *args: Any) -> int:
    """How many attributes of the lexicon `work(*args)` reads."""
    with _reads() as count:
        work(*args)
    return count[0]


def _parts(typed: str, lexicon: Lexicon) -> list[text.Clause]:
    return text.clauses(text.fold(typed, lexicon), lexicon)


def test_a_long_answer_of_dont_knows_reads_the_lexicon_a_bounded_number_of_times(
    corpus: Corpus,
) -> None:
    """The bench's worst "不知道" x 1,700 to guess-my-thoughts: still "I don't know", read
    with under 1,000 reads of the lexicon (9,191 when "a contrast, not an answer" read it per
    unit for every hit)."""
    state = corpus.routines["guess-my-thoughts"].states["ask"]
    state.verdict("x")  # (the matcher built, its lexicon tables compiled)
    object.__setattr__(state, "last_understood", None)  # (frozen: its cache)
    found: list[Any] = []
    reads = _read_by(lambda: found.append(state.verdict("不知道" * 1700)))
    assert found[0].branch_id == "dont_know"
    assert reads < 1000, reads


@pytest.mark.parametrize("units", [1, 10, 60])
def test_a_contrast_tail_reads_the_lexicon_alike_however_long_its_clause(
    corpus: Corpus, units: int
) -> None:
    """Rule "a contrast, not an answer" reads the clause's last three units only: a hit in a
    clause of 2 or 120 words reads the lexicon as often; the tail is still found (我会说话它不会)."""
    lexicon = _lexicon(corpus)
    short = _parts("猪会说话我不会", lexicon)
    long = _parts("不知道" * units + "猪会说话我不会", lexicon)
    hit = Hit(0, "intent", "不会", "no", 0, len(short[0][0]) - 2, 2, 2)
    far = Hit(0, "intent", "不会", "no", 0, len(long[0][0]) - 2, 2, 2)
    assert matcher._contrast_tail(hit, short, lexicon)
    assert matcher._contrast_tail(far, long, lexicon)
    assert _read_by(lambda: matcher._contrast_tail(far, long, lexicon)) == _read_by(
        lambda: matcher._contrast_tail(hit, short, lexicon)
    )


def test_a_negator_looked_for_reads_the_lexicon_alike_however_many_words_back(
    corpus: Corpus,
) -> None:
    """`_negated` reads its stop words and negators once, not once per word it looks back at
    ("i do not like it" negates like; "i really really like it" has no negator to find)."""
    lexicon = _lexicon(corpus)
    negated = _parts("i do not like it", lexicon)[0]
    assert matcher._negated(*negated, negated[0].index("like"), lexicon)
    reads = []
    for words_back in ("i like it", "i really really like it"):
        texts, kinds = _parts(words_back, lexicon)[0]
        assert not matcher._negated(texts, kinds, texts.index("like"), lexicon)
        reads.append(_read_by(matcher._negated, texts, kinds, texts.index("like"), lexicon))
    assert reads[0] == reads[1], reads


def test_a_no_alone_and_counting_aloud_read_the_lexicon_once(corpus: Corpus) -> None:
    """`_only_a_no` (fillers) and `_counting_aloud` (numerals) read their list once for a
    clause of any length."""
    lexicon = _lexicon(corpus)
    for count in (1, 12):
        no_alone = ["nope"] + ["lol"] * count
        assert _read_by(matcher._only_a_no, no_alone, {}, lexicon) == 1
        counting = ["一", "二", "三"] * count
        assert _read_by(matcher._counting_aloud, counting, lexicon) == 1


def test_english_dialects_read_patois_words_once(corpus: Corpus) -> None:
    """`clauses`' English dialect rules read the Patois words once, not once per word of the
    answer: the reads of a long plain English answer are those of a short one."""
    lexicon = _lexicon(corpus)
    short = text.fold("i think it is eight", lexicon)
    long = text.fold("i think it is " + "very " * 30 + "eight", lexicon)
    assert _read_by(lambda: text.clauses(long, lexicon)) == _read_by(
        lambda: text.clauses(short, lexicon)
    )
