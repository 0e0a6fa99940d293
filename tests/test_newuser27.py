"""Round twenty-seven's new-user fixes (newuser27): what a new user met playing the console.

Each pins a behaviour with real answers through the real corpus and the console playground
(the real core, SQLite in memory); no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played

# -- 1. /prank by the word a new user calls a routine ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("en", "chicken", "rooster-roof-egg"),  # found nothing
        ("en", "hen", "rooster-roof-egg"),
        ("en", "math", "divide-by-half"),  # read as a typo of "match": the dark cabin
        ("en", "maths", "divide-by-half"),
        ("en", "dictionary", "gullible-ceiling"),  # found nothing
        ("zh", "嫦娥", "houyi-moon"),  # found nothing
        ("zh", "土味情话", "favourite-god"),  # offered 翻译一句话
        ("zh-hant", "土味情話", "favourite-god"),
        ("zh-hk", "土味情話", "favourite-god"),
        ("zh", "算术", "nine-by-three"),  # offered 变个魔术
    ],
)
def test_a_routine_is_found_by_the_word_a_new_user_calls_it(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    found = corpus.routines[routine]
    assert found.states[found.start].say.in_(lang) in shown, shown
