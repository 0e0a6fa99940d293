"""The bot's own lines as the tests expect them: built from the catalogue, so rewording a
line breaks no test, while a wrong key or a wrong language still does.

Where the test cannot know a line's values, `opening` (the text before its first
placeholder) or `fixed` (its longest stretch without one) stands for it.
"""

from __future__ import annotations

import re

from bot.i18n.catalogue import CATALOGUE, say

__all__ = ["fixed", "opening", "say"]


def opening(key: str, lang: str) -> str:
    """The line's text before its first `{placeholder}`."""
    head = CATALOGUE[key].in_(lang).split("{", 1)[0]
    assert head.strip(), f"{key} ({lang}) starts with a placeholder: use fixed()"
    return head


def fixed(key: str, lang: str) -> str:
    """The line's longest stretch of text between placeholders."""
    return max(re.split(r"\{[^{}]*\}", CATALOGUE[key].in_(lang)), key=len)
