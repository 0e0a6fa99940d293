"""The README's command table, made from the command registry so that it cannot drift:
`python -m bot commands` prints it, `python -m bot commands --write` puts it in README.md
between its markers, and tests/test_readme.py holds the README to it."""

from __future__ import annotations

import re
from pathlib import Path

from bot.conversation.commands import GROUP, PRIVATE, Registry

BEGIN = "<!-- commands: made by `python -m bot commands --write` from the registry -->"
END = "<!-- /commands -->"
_BETWEEN = re.compile(re.escape(BEGIN) + r"\n.*?" + re.escape(END), re.DOTALL)


def registry() -> Registry:
    """Every command the bot has, as `Services` registers them (no corpus, nothing started)."""
    from bot.application.services import Services
    from bot.content.corpus import Corpus
    from bot.storage import Storage

    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(Corpus({}, {}, {}), storage)
    services.close()
    return services.commands


def markdown(commands: Registry) -> str:
    """One row per command: its name, its help line in English and Chinese, where it works."""
    rows = ["| command | what it does | 说明 | where |", "| --- | --- | --- | --- |"]
    for found in commands:
        declared = found.command
        if declared.admin:
            where = "the bot's admins (`BOT_ADMIN_IDS`)"
        elif declared.where == {GROUP}:
            where = "groups"
        elif declared.where == {PRIVATE}:
            where = "private chats"
        else:
            where = "anywhere"
        if declared.asks_chat_admins:
            where += " (in a group, partly for its admins)"
        english, chinese = (_cell(declared.help.in_(lang)) for lang in ("en", "zh"))
        rows.append(f"| `/{found.name}` | {english} | {chinese} | {where} |")
    return "\n".join(rows)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def with_table(readme: str, table: str) -> str:
    """`readme` with `table` between its markers; ValueError when it has none."""
    if not _BETWEEN.search(readme):
        raise ValueError(f"no {BEGIN} … {END} markers")
    return _BETWEEN.sub(lambda _: f"{BEGIN}\n{table}\n{END}", readme, count=1)


def table_in(readme: str) -> str | None:
    """The table between `readme`'s markers, or None."""
    found = _BETWEEN.search(readme)
    return found.group()[len(BEGIN) + 1 : -len(END) - 1] if found else None


def write_readme(path: Path) -> bool:
    """Put the table in the README at `path`; True when that changed it."""
    before = path.read_text(encoding="utf-8")
    after = with_table(before, markdown(registry()))
    if after != before:
        path.write_text(after, encoding="utf-8")
    return after != before
