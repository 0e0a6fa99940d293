"""Round twenty-nine's red team (redteam29): this round's changes attacked from outside.

ops29b's /prank by words offers only what plays in the chat's language, and counts the rest
for /list WORD, which lists what plays there; /prank WORD anyway offers every routine the word
fits, in any language, and its "…and N more: /list WORD" promised N that /list did not show
(an English chat: "/prank 谜语 anyway", 28 more, /list 谜语 listed 23 in all). Each pins a
behaviour with real answers through the real corpus: the console playground with its SQLite;
no mock of our code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played


def _said_after(shown: list[str], typed: str) -> str:
    """What the playground showed after the line `typed`, up to the next line typed."""
    start = max(n for n, line in enumerate(shown) if line.endswith(f"you: {typed}"))
    rest = shown[start + 1 :]
    end = next((n for n, line in enumerate(rest) if " you: " in line), len(rest))
    return "\n".join(rest[:end])


def _offered(text: str) -> list[str]:
    """The routines listed one a line ("  /prank ID — title"), not a /prank a sentence names."""
    return re.findall(r"^\S*\s+/prank ([a-z0-9-]+)", text, re.MULTILINE)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "/prank 谜语 anyway"),
        ("zh", "/prank riddle anyway"),
        ("zh-hk", "/prank riddle anyway"),
    ],
)
def test_the_list_a_short_list_anyway_points_to_shows_them_all(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str
) -> None:
    """/prank WORD anyway lists five of every routine the word fits, in any language, and
    "…and N more: /list …": that /list shows the five and the N, those that play elsewhere
    too. Breakage: /list not reading "anyway" (seen red: 28 more promised, 23 listed in all,
    or the whole list where "anyway" was read as part of the word)."""
    shown = played(corpus, tmp_path, f"/lang {lang}", typed)
    choices = _said_after(shown, typed)
    (more,) = [line for line in choices.splitlines() if "/list " in line]
    count, listing = re.search(r"\d+", more), re.search(r"/list \S+(?: anyway)?", more)
    assert count is not None and listing is not None, more
    five = _offered(choices)
    assert len(five) == 5, choices
    listed = _offered(
        _said_after(played(corpus, tmp_path, f"/lang {lang}", listing[0]), listing[0])
    )
    assert len(listed) == len(five) + int(count[0]), (choices, listed)
    assert set(five) <= set(listed), (five, listed)
    assert any(not corpus.routines[rid].plays_in(lang) for rid in listed), listed
