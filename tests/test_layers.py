"""Arrows point inward: the libraries beside the bot (understanding/, nn/) import nothing of
it, not even by name at run time (understanding/build.py once imported bot.native to build
the bot's group: bot/build.py names the bot's groups now)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

_BOT_MODULE = re.compile(r"bot(\.\w+)*")
_BOT_SUBMODULE = re.compile(r"bot(\.\w+)+")  # a string "bot" alone is a word, as in answers


def _named_bot_modules(source: Path) -> list[str]:
    """Each import of the bot in `source`, and each string naming one of its modules (what
    importlib.import_module would be given)."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names if _BOT_MODULE.fullmatch(a.name)]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module] if _BOT_MODULE.fullmatch(node.module or "") else []
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names = [node.value] if _BOT_SUBMODULE.fullmatch(node.value) else []
        else:
            continue
        found += [f"{source.name}:{node.lineno}: {name}" for name in names]
    return found


@pytest.mark.parametrize("library", ["understanding", "nn"])
def test_a_library_knows_nothing_of_the_bot(library: str) -> None:
    sources = sorted((PROJECT_ROOT / library).rglob("*.py"))
    assert sources
    assert [named for source in sources for named in _named_bot_modules(source)] == []
