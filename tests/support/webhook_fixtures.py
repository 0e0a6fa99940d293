"""Bots on a webhook: in this process (one instance), or as processes of their own (several
instances on one PostgreSQL), with the emulator as Telegram and round-robin load balancer."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from bot.config import DEFAULT_CONTENT, PROJECT_ROOT, Webhook
from bot.content.corpus import load_corpus
from bot.storage import Storage
from bot.telegram.app import build_application
from bot.telegram.webhook import WebhookServer, serving
from tests.support.emulator import TOKEN, Emulator
from tests.support.telegram_fixtures import settings_for

SECRET = "test-webhook-secret_0123"
PATH = "/telegram/updates"
PUBLIC_URL = f"https://taolu.example{PATH}"  # the load balancer's, as given to setWebhook


@asynccontextmanager
async def webhook_bot(
    emulator: Emulator,
    database: str | Path,
    content: Path = DEFAULT_CONTENT,
    sweep_seconds: float = 5.0,
    limits: dict | None = None,
    **build: object,
) -> AsyncIterator[WebhookServer]:
    """The real Application on its webhook in this process, on a port of its own, until the
    block ends; the emulator delivers to it. `limits`: Webhook's idle_seconds, body_seconds,
    max_connections."""
    settings = replace(
        settings_for(emulator, Path("unused.sqlite3"), content),
        database_url=str(database) if isinstance(database, str) else None,
        db_path=database if isinstance(database, Path) else Path("unused.sqlite3"),
        webhook=Webhook(PUBLIC_URL, SECRET, "127.0.0.1", 0, PATH, **(limits or {})),
        sweep_seconds=sweep_seconds,
    )
    storage = Storage(settings.database)
    app = build_application(
        settings, load_corpus(settings.content), storage, rng=random.Random(7), **build
    )
    async with serving(app, storage, settings.webhook) as server:
        yield server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Instance:
    """One bot process (`python -m bot`, as deployed) on the webhook."""

    process: subprocess.Popen
    port: int
    log: Path

    @property
    def target(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """SIGKILL: no shutdown, no goodbye; its database connections just break."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)
        return self.process.returncode

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"{self.target}{path}", timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def metric(self, name: str, **labels: str) -> float:
        """A sample from the instance's /metrics; 0 if it has none."""
        status, text = self.get("/metrics")
        assert status == 200, text
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and all(
                    sample.labels.get(k) == v for k, v in labels.items()
                ):
                    return sample.value
        return 0.0


def start_instance(
    emulator: Emulator,
    database_url: str,
    folder: Path,
    name: str,
    content: Path = DEFAULT_CONTENT,
    sweep_seconds: float = 5.0,
) -> Instance:
    port = free_port()
    log = folder / f"{name}.log"
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": emulator.base_url,
        "DATABASE_URL": database_url,
        "WEBHOOK_URL": PUBLIC_URL,
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        "BOT_CONTENT": str(content),
        "BOT_SWEEP_SECONDS": str(sweep_seconds),
        "LOG_LEVEL": "DEBUG",
    }
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            env=environment,
            cwd=PROJECT_ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return Instance(process, port, log)
