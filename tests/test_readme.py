"""The README for newcomers: its command table is the registry's (it cannot drift), the
deployment text lives in docs/deploy.md, and `make run` installs only what the bot needs."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from bot.application.command_table import (
    BEGIN,
    END,
    markdown,
    registry,
    table_in,
    with_table,
)
from bot.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
DEPLOY = (PROJECT_ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")


def test_the_readme_command_table_is_the_registrys() -> None:
    table = markdown(registry())
    assert table_in(README) == table, "run `python -m bot commands --write` (make readme)"
    for command in registry():
        assert f"| `/{command.name}` |" in table


def test_the_table_comes_near_the_top_after_how_to_play() -> None:
    headings = [line for line in README.splitlines() if line.startswith("## ")]
    assert headings[:3] == ["## Play it now", "## Commands", "## Running on Telegram"]
    assert README.index(BEGIN) < README.index("## Running on Telegram")


def test_writing_the_table_replaces_only_what_is_between_the_markers() -> None:
    before = f"intro\n{BEGIN}\n| old |\n{END}\nafter\n"
    after = with_table(before, "| new |")
    assert after == f"intro\n{BEGIN}\n| new |\n{END}\nafter\n"
    assert table_in(after) == "| new |"
    with pytest.raises(ValueError):
        with_table("no markers here", "| new |")


def test_python_m_bot_commands_prints_the_table() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "commands", "--markdown"],
        capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == markdown(registry())


def test_deployment_moved_to_docs_deploy() -> None:
    for moved in ("## With Docker Compose", "## Health and metrics", "`WEBHOOK_URL`",
                  "`DATABASE_URL`", "`WEBHOOK_SECRET`", "SKIP LOCKED", "docker compose up"):  # fmt: skip
        assert moved in DEPLOY and moved not in README, moved
    assert "docs/deploy.md" in README
    assert "forgets it\nall when it ends" in README or "forgets it all when it ends" in README


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_run_installs_the_bot_and_make_test_the_test_tools(tmp_path) -> None:
    def dry(target: str) -> str:
        return subprocess.run(
            ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
            capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT, check=True,
        ).stdout  # fmt: skip

    run, test = dry("run"), dry("test")
    assert "pip install --quiet -e '.[native]'\n" in run and "[dev]" not in run
    assert "-e '.[dev]'" in test and "pytest" in test
    # both compile understanding/ and the bot's answer step first (or find them current)
    assert all("-m bot.build\n" in dry_run for dry_run in (run, test))
