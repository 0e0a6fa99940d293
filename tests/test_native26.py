"""Round twenty-six's lines read as their readers read them (native26): ops26's new lines and
the names /prank finds a routine by, in Simplified, Traditional (Taiwan), Hong Kong Cantonese
and English.

Each pins a behaviour through the console playground (the real core, the real corpus, SQLite
in memory); no mock of our code. The lines are pinned as written, so a rewording back to the
old line fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from tests.support.playground import played

# -- 1. the close-match list's last line reads under one routine as under several -------------


@pytest.mark.parametrize(
    ("lang", "name", "closing", "old"),
    [
        # /prank 属鸡 lists one routine, zodiac-belong: "none of these" (都不是, 都唔係, None
        # of these) is said of several, so under one it reads as a template's line
        ("zh", "属鸡", "想玩别的，就发 /list 看看全部。", "都不是"),
        ("zh-hant", "屬雞", "想玩別的，就傳 /list 看看全部吧。", "都不是"),
        ("zh-hk", "属鸡", "想玩第啲，就發 /list 睇晒全部。", "都唔係"),
        ("en", "heart attack", "Something else? /list shows them all.", "None of these"),
    ],
)
def test_the_close_matches_end_by_offering_something_else(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, closing: str, old: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    near = say("unknown_routine_near", lang, name=name)
    assert near in shown, shown
    listed = shown.split(near)[1]
    assert listed.count("/prank ") == 1, shown  # one routine listed: the case the line is for
    assert closing in listed, shown
    assert old not in listed, shown
