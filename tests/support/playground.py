"""The console playground as a user runs it: `python -m bot chat` in a subprocess, fed lines;
or in this process, through the real core (`played`)."""

from __future__ import annotations

import asyncio
import io
import os
import random
import subprocess
import sys
from pathlib import Path

from bot.application.services import Services
from bot.application.turn import Turns
from bot.config import PROJECT_ROOT
from bot.console.playground import Playground
from bot.content.corpus import Corpus
from bot.storage import Storage


def chat(lines: str, command: str = "chat", **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot chat` (or `python -m bot`, with command="") fed `lines`, no token, in
    the language of the locale `env` sets (LANG; English without)."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(PROJECT_ROOT),
        "TELEGRAM_BOT_TOKEN": "",
        "LC_ALL": "",
        "LC_MESSAGES": "",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *([command] if command else [])],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=PROJECT_ROOT,
    )


def played(corpus: Corpus, tmp_path: Path, *lines: str, seed: int = 19) -> list[str]:
    """What the playground shows for `lines`, typed in English, through the real core."""
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(corpus, storage, random.Random(seed))
    services.engine.prank_cooldown = 0.0  # as `python -m bot chat` has it
    out = io.StringIO()
    playground = Playground(Turns(services, storage), out, tmp_path, language_code="en")

    async def script() -> None:
        for line in lines:
            await playground.feed(line)

    try:
        asyncio.run(script())
    finally:
        services.close()
        storage.close()
    return out.getvalue().splitlines()


def said_after(shown: list[str], typed: str) -> str:
    """What the playground showed after the line `typed`, up to the next line typed."""
    start = max(n for n, line in enumerate(shown) if line.endswith(f"you: {typed}"))
    rest = shown[start + 1 :]
    end = next((n for n, line in enumerate(rest) if " you: " in line), len(rest))
    return "\n".join(rest[:end])
