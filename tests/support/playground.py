"""The console playground as a user runs it: `python -m bot chat` in a subprocess, fed lines."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.config import PROJECT_ROOT


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
