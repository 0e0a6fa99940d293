"""Start-up failures of the real process (`python -m bot`): one clear line each, no
traceback, and no secret (token, database password, webhook secret) anywhere in its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from tests.support.emulator import TOKEN
from tests.support.webhook_fixtures import free_port

pytestmark = pytest.mark.slow  # the bot as a real process

WEBHOOK_SECRET = "start-up-webhook-secret_77"


def run_bot(tmp_path: Path, **env: str) -> tuple[int, str]:
    """Run `python -m bot` to its end; its exit code, and stdout and stderr together."""
    environment = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "WEBHOOK_URL")},
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "BOT_DATA_DIR": str(tmp_path),
        "BOT_DB_PATH": str(tmp_path / "bot.sqlite3"),
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        env=environment,
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout


def problems(output: str) -> list[str]:
    """The lines that say something went wrong (the rest is INFO and DEBUG)."""
    return [
        line
        for line in output.splitlines()
        if line.strip() and " INFO " not in line and " DEBUG " not in line
    ]


@pytest.mark.parametrize(
    ("url", "password", "said"),
    [
        # A % in the password, not written %25: libpq's error quoted the password.
        ("postgresql://taolu:p%zzS3cretPw@127.0.0.1:5432/taolu", "p%zzS3cretPw", "%25"),
        # A typo in an IPv6 host: libpq's error quoted the whole URL.
        ("postgresql://taolu:S3cretPw2@[::1:5432/taolu", "S3cretPw2", "IPv6"),
        # A zone id not percent-encoded, inside the brackets.
        ("postgresql://taolu:S3cretPw3@[fe80::1%eth0]:5432/taolu", "S3cretPw3", "%25"),
        # A / in the password: the URL's host part ends there, the rest became the database
        # name, which the start-up error showed.
        ("postgresql://taolu:S3cret/Pw4@127.0.0.1:5432/taolu", "S3cret/Pw4", "%2F"),
    ],
)
def test_a_bad_database_url_is_one_line_without_the_password(
    tmp_path: Path, url: str, password: str, said: str
) -> None:
    code, output = run_bot(tmp_path, DATABASE_URL=url)
    assert code != 0
    for part in {password, *password.split("/"), password.replace("%", "")}:
        assert part not in output, output
    assert "Traceback" not in output
    (line,) = problems(output)
    assert "DATABASE_URL" in line and said in line, line


def test_a_database_that_refuses_is_one_line_without_the_password(tmp_path: Path) -> None:
    """A URL that reads well, to a server that is not there: the driver's words, masked."""
    url = f"postgresql://taolu:S3cret%25Pw5%40x@127.0.0.1:{free_port()}/taolu"
    code, output = run_bot(tmp_path, DATABASE_URL=url, LOG_LEVEL="DEBUG")
    assert code == 1
    assert "S3cret" not in output and "Pw5" not in output, output
    assert "Traceback" not in output
    (line,) = problems(output)
    assert "cannot use the database" in line and "127.0.0.1" in line, line


@pytest.mark.parametrize("delivery", ["polling", "webhook"])
def test_telegram_unreachable_at_start_is_one_line(tmp_path: Path, delivery: str) -> None:
    """TELEGRAM_BASE_URL at a closed local port: one line, not three chained tracebacks."""
    env = {"TELEGRAM_BASE_URL": f"http://127.0.0.1:{free_port()}/bot", "LOG_LEVEL": "DEBUG"}
    if delivery == "webhook":
        env.update(
            WEBHOOK_URL="http://taolu.example/telegram",
            WEBHOOK_SECRET=WEBHOOK_SECRET,
            WEBHOOK_LISTEN=f"127.0.0.1:{free_port()}",
        )
    code, output = run_bot(tmp_path, **env)
    assert code == 1, output
    assert "Traceback" not in output, output
    (line,) = problems(output)
    assert "Telegram could not be reached" in line, line
    assert TOKEN not in output and WEBHOOK_SECRET not in output
