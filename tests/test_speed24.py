"""speed24: the labelled answers a corpus learns from are held where a full collection does
not walk them. Each answer was held twice after learning, as a parsed evaluation Row in the
files' cache and as an (answer, label) pair in a list: ~96,000 objects the collector tracked,
walked by every full collection of a process that has not frozen its heap, evicting the
verdict's code and data from the CPU's caches (the bench's worst English answer read 0.95 to
1.06 ms; docs/benchmarks.md, round 24). They are tuples of strings now, which the collector
untracks; what the second opinions learn from, and so every verdict, is the same."""

from __future__ import annotations

import gc
from collections import defaultdict

from bot.content import corpus as corpus_module
from bot.content.corpus import DEFAULT_TUNING, Corpus, LabelledAnswers
from bot.content.evaluation import read_rows


def test_the_labelled_answers_are_not_walked_by_a_full_collection(corpus: Corpus) -> None:
    labelled = LabelledAnswers(DEFAULT_TUNING, corpus.routines)
    by_state = labelled.by_state
    # (twice: a collection untracks a tuple once its items are untracked, and may reach a
    # tuple before its items; the bench and the bot collect many times)
    gc.collect()
    gc.collect()
    assert labelled.count > 60_000
    assert not any(gc.is_tracked(pairs) for pairs in by_state.values())
    held = [corpus_module._LABELLED_READ[path][1][0] for path in labelled.files()]
    assert sum(map(len, held)) >= labelled.count
    assert not any(gc.is_tracked(rows) for rows in held)


def test_the_pairs_learned_from_are_every_row_in_the_files_order(corpus: Corpus) -> None:
    """What the second opinions learn from is what the files say, row by row: the same
    answers, labels and order as the evaluation's own reading of them (`read_rows`)."""
    labelled = LabelledAnswers(DEFAULT_TUNING, corpus.routines)
    expected: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for path in labelled.files():
        for row in read_rows(path):
            expected[(row.routine, row.state)].append((row.answer, row.expected))
    by_state = labelled.by_state
    assert list(by_state) == list(expected)
    assert {key: list(pairs) for key, pairs in by_state.items()} == expected
