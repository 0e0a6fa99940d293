"""tools/phrase_agreement.py: what decided each tuning row, and whether its writer agreed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import EvalError
from tools.phrase_agreement import HELD_OUT, deciders, tuning_files

HEADER = "routine\tstate\tlang\tanswer\texpected\n"


def test_a_phrase_counts_the_rows_it_decided_and_the_writers_verdicts(
    corpus: Corpus, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    first.write_text(
        HEADER
        + "ten-knives\task\tzh-hans\t爸爸\teight\nten-knives\task\tzh-hans\t爸爸呀\totherwise\n",
        encoding="utf-8",
    )
    second.write_text(HEADER + "ten-knives\task\tzh-hans\t是爸爸\totherwise\n", encoding="utf-8")
    found = {(d.routine, d.state, d.what, d.reached): d for d in deciders(corpus, [first, second])}
    papa = found[("ten-knives", "ask", "phrase '爸爸'", "eight")]
    assert (len(papa.rows), papa.agreed, papa.otherwise, papa.elsewhere) == (3, 1, 2, 0)
    assert papa.files == 2
    assert papa.suspect(min_rows=3, min_files=2)
    assert not papa.suspect(min_rows=3, min_files=3)


def test_a_give_away_is_named_apart_from_a_branchs_phrase(corpus: Corpus, tmp_path: Path) -> None:
    rows = tmp_path / "rows.tsv"
    rows.write_text(
        HEADER + "kids-pancakes\task\tzh-hans\t同时吃呀\tsaw_through\n", encoding="utf-8"
    )
    (decider,) = deciders(corpus, [rows])
    assert decider.what == "give_away '同时吃'" and decider.agreed == 1


def test_rows_are_checked_as_the_eval_checks_them(corpus: Corpus, tmp_path: Path) -> None:
    # a branch the state does not have would be counted as elsewhere, not refused (review16)
    rows = tmp_path / "rows.tsv"
    rows.write_text(HEADER + "ten-knives\task\tzh-hans\t爸爸\tseven\n", encoding="utf-8")
    with pytest.raises(EvalError) as caught:
        deciders(corpus, [rows])
    assert str(rows) in str(caught.value) and "line 2: ten-knives/ask has no branch 'seven'" in (
        str(caught.value)
    )


def test_the_held_out_sets_and_each_sets_all_tsv_are_left_out() -> None:
    deciding = tuning_files(held_out=False)
    held_out = tuning_files(held_out=True)
    assert deciding and held_out
    assert all(path.name != "all.tsv" for path in deciding + held_out)
    assert not any(path.parent.name in HELD_OUT for path in deciding)
    assert {path.parent.name for path in held_out} == set(HELD_OUT)
