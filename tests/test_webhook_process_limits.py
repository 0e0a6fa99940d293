"""The webhook's limits in the real process (`python -m bot`), as the red team hit them: with
an open-files limit of its own, strangers trickling bodies and connections beyond what file
descriptors allow; and a PostgreSQL that stops answering. Loopback only."""

from __future__ import annotations

import os
import re
import resource
import select
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.config import PROJECT_ROOT
from tests.support.cut_proxy import CutProxy
from tests.support.emulator import TOKEN, Emulator
from tests.support.slow_clients import connect, headers, status_of, timed_get, wait_until
from tests.support.webhook_fixtures import PATH, PUBLIC_URL, SECRET, free_port

# The bot holds about 30 files at rest: this leaves it room for about 100 connections, fewer
# than the webhook's cap of 256, so that file descriptors run out first.
OPEN_FILES = 128


@contextmanager
def bot_process(
    emulator: Emulator, folder: Path, open_files: int | None = None, **env: str
) -> Iterator[tuple[int, Path]]:
    """The bot on its webhook, until the block ends: its port, and its log."""
    port = free_port()
    log = folder / "bot.log"
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": emulator.base_url,
        "BOT_DB_PATH": str(folder / "bot.sqlite3"),
        "WEBHOOK_URL": PUBLIC_URL,
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        **env,
    }

    def limit_files() -> None:
        if open_files is not None:
            hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
            resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, hard))

    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            env=environment,
            cwd=PROJECT_ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            preexec_fn=limit_files,
        )
    try:
        wait_until(lambda: timed_get(port, "/healthz", 2)[0] == 200, 60, "the bot answers")
        yield port, log
    finally:
        process.kill()
        process.wait(timeout=30)


@pytest.mark.slow
def test_strangers_trickling_bodies_do_not_exhaust_the_process(
    emulator: Emulator, tmp_path: Path
) -> None:
    """The red team's attack: POST headers without the secret, then a body a byte at a time,
    on ever more connections, three times as many as the process may open files. Each is
    refused when its headers arrive and closed, so none holds a file descriptor, and
    /healthz answers at once all along."""
    with bot_process(emulator, tmp_path, OPEN_FILES) as (port, log):
        attackers = []
        statuses = []
        try:
            for _ in range(3 * OPEN_FILES):
                sock = connect(port)
                attackers.append(sock)
                sock.sendall(headers(PATH, 900_000) + b"{")
                statuses.append(status_of(sock, 5.0))
                for other in attackers[-10:]:
                    with suppress(OSError):  # the trickle goes on, where the server lets it
                        other.sendall(b" ")
            status, seconds = timed_get(port, "/healthz")
        finally:
            for sock in attackers:
                sock.close()
        assert statuses == [401] * len(attackers)
        assert status == 200 and seconds < 1.0
        text = log.read_text()
        assert "Too many open files" not in text and "Traceback" not in text


@pytest.mark.slow
def test_out_of_file_descriptors_the_process_sheds_connections_and_recovers(
    emulator: Emulator, tmp_path: Path
) -> None:
    """More connections than file descriptors: the ones beyond are closed at once (not left
    in the listen queue to spin the accept loop), that is said once, without a traceback, and
    once the connections end, /healthz answers again."""
    with bot_process(emulator, tmp_path, OPEN_FILES) as (port, log):
        # The bot starts its training workers in the background as it comes up: starting a
        # process takes file descriptors too, so the attack waits for that to be done.
        warmed = re.compile(r'Job "warm up training workers[^"]*" executed successfully')
        wait_until(lambda: warmed.search(log.read_text()) is not None, 60, "workers warmed up")
        held = [connect(port) for _ in range(2 * OPEN_FILES)]
        try:
            # Some are closed by the server at once, long before its 5 s idle timeout: those
            # it had no file descriptor for.
            readable, _, _ = select.select(held, [], [], 3.0)
            closed = 0
            for sock in readable:
                try:
                    closed += sock.recv(1) == b""
                except OSError:
                    closed += 1
            assert closed > 0
        finally:
            for sock in held:
                sock.close()
        wait_until(lambda: timed_get(port, "/healthz", 2)[0] == 200, 20, "/healthz answers")
        text = log.read_text()
        assert text.count("Too many open files") == 1, text[-3000:]
        assert "Traceback" not in text


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("cut", ["refuse", "blackhole"])
def test_health_says_503_within_a_second_when_postgresql_is_gone(
    emulator: Emulator, postgres: str, tmp_path: Path, cut: str
) -> None:
    """PostgreSQL stops (connections reset, new ones refused) or hangs (nothing answers):
    /healthz answers 503 within a second each time, and /metrics goes on answering, though
    the bot's own loop waits on the database (its reveal sweep runs every second)."""
    address = urlsplit(postgres)
    proxy = CutProxy(address.port or 5432)
    through_proxy = address._replace(netloc=f"{address.username}@127.0.0.1:{proxy.port}").geturl()
    try:
        with bot_process(emulator, tmp_path, DATABASE_URL=through_proxy, BOT_SWEEP_SECONDS="1") as (
            port,
            _,
        ):
            proxy.cut(cut)
            for _ in range(5):
                health, health_seconds = timed_get(port, "/healthz", 10)
                assert health == 503 and health_seconds < 1.5, (health, health_seconds)
                metrics, metrics_seconds = timed_get(port, "/metrics", 10)
                assert metrics == 200 and metrics_seconds < 1.0, (metrics, metrics_seconds)
    finally:
        proxy.close()
