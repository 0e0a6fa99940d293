"""The console playground, run as a user runs it: a subprocess with piped input."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.config import PROJECT_ROOT


def chat(lines: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=PROJECT_ROOT,
    )


def test_piped_prank_prints_question_and_punchline_and_exits_zero() -> None:
    result = chat("/prank ten-knives\n八把\n")
    assert result.returncode == 0, result.stderr
    assert "还剩几把" in result.stdout and "答对了，儿子。" in result.stdout
    assert result.stderr == ""


def test_group_prank_played_alone_with_as() -> None:
    result = chat("/prank @bob one-and-three\n/as bob\n二\n/stats\n")
    lines = result.stdout.splitlines()
    assert any(line.startswith("🎭 → @bob: ") for line in lines)
    assert "明明是“和”" in result.stdout
    assert "@you 套路了 @bob" in result.stdout
    assert "1. @bob: 1" in result.stdout


def test_english_and_bad_input_never_crash() -> None:
    result = chat("/lang en\n/prank nope\n/prank ten-knives\n" + "x" * 5000 + "\n\x00\n/cancel\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "There is no routine called" in result.stdout


def test_make_run_without_token_says_it_starts_the_playground() -> None:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="/joke\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0
    assert "console playground" in result.stderr
    assert result.stdout.startswith("🎭 ")


def test_network_commands_in_the_playground(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="/predict 1 0\n/xor\n/predict 1 0\n/predict one zero\n/train or epochs=0\n/train stop\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TELEGRAM_BOT_TOKEN": ""},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("还没有训练好的网络") < out.index("XOR 网络")
    assert "学会了 ✅" in out and "(1, 0) → 0.9" in out and "取整为 1" in out
    assert "用法：/predict A B" in out and "epochs 要在 1 到 20000 之间" in out
    assert (tmp_path / "data" / "playground" / "xor.png").read_bytes().startswith(b"\x89PNG")
