"""native29: the lines round twenty-nine added, read as their readers would.

- English: a name whose routines all need Chinese said "The routines for “love line” only
  work in Chinese. /list shows the ones in English." A word "fits" routines in English (as the
  choices line says: "“animal” fits more than one routine"), and "the ones in English" read as
  translated; now "Every routine that fits “love line” only works in Chinese. /list shows the
  ones you can play in English." (and the same for English-only names).
- Hong Kong: the same line for English-only names sent the reader to /list for what plays "用
  廣東話", where /list and every other line of the kind say 中文 (中文套路, 要用中文玩先至好笑).

Each line is read where the user reads it, in the console playground through the real corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from tests.support.playground import played, said_after


@pytest.mark.parametrize("name", ["love line", "表白"])
def test_an_english_chat_hears_which_routines_fit_a_chinese_only_name(
    corpus: Corpus, tmp_path: Path, name: str
) -> None:
    """Breakage: the old line ("The routines for “love line”", "the ones in English")."""
    typed = f"/prank {name}"
    said = said_after(played(corpus, tmp_path, "/lang en", typed), typed)
    assert f"Every routine that fits “{name}” only works in Chinese." in said, said
    assert "/list shows the ones you can play in English." in said, said


def test_the_english_line_for_english_only_names_reads_as_its_sibling() -> None:
    """The line's English for names whose routines all need English, worded as its sibling.
    Breakage: the old line ("The routines for “knock”", "the ones in Chinese")."""
    line = say("named_plays_only_en", "en", name="knock")
    assert line == (
        "Every routine that fits “knock” only works in English. "
        "/list shows the ones you can play in Chinese."
    ), line


def test_hong_kong_is_sent_to_list_for_what_plays_in_chinese(
    corpus: Corpus, tmp_path: Path
) -> None:
    """/prank knock in a Hong Kong chat: every knock-knock joke is English's; /list headers
    what plays there 中文套路, so the line says 中文. Breakage: 用廣東話玩得."""
    typed = "/prank knock"
    said = said_after(played(corpus, tmp_path, "/lang zh-hk", typed), typed)
    assert "同「knock」有關嘅套路淨係得英文版。發 /list 睇吓有邊啲用中文玩得。" in said, said
