"""Shared fixtures: the real corpus, loaded once, and databases in temporary places."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, load_corpus
from bot.conversation.engine import Engine
from tests.support.databases import postgres_database

POSTGRES_MISSING = (
    "PostgreSQL half skipped ({count} tests): set TEST_DATABASE_URL=postgresql://user@host:port/db "
    "(a server where that user may create databases), or run .ci/run, which starts a "
    "throwaway PostgreSQL from the machine's server binaries"
)
_LEFT_OUT = pytest.StashKey[int]()


def needs_postgres(item: pytest.Item) -> bool:
    params = getattr(getattr(item, "callspec", None), "params", {})
    return "postgres" in getattr(item, "fixturenames", ()) or params.get("database") == "postgres"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a PostgreSQL server, its half of the suite is left out, said in one line.
    A test that uses it must say so with the `postgres` mark, for `-m "not postgres"`."""
    unmarked = [
        i.nodeid for i in items if needs_postgres(i) and not i.get_closest_marker("postgres")
    ]
    if unmarked:
        raise pytest.UsageError(f"these use PostgreSQL: mark them postgres: {unmarked}")
    if os.environ.get("TEST_DATABASE_URL"):
        return
    left_out = [item for item in items if needs_postgres(item)]
    if left_out:
        items[:] = [item for item in items if not needs_postgres(item)]
        config.hook.pytest_deselected(items=left_out)
        config.stash[_LEFT_OUT] = len(left_out)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    count = terminalreporter.config.stash.get(_LEFT_OUT, 0)
    if count:
        terminalreporter.write_line(POSTGRES_MISSING.format(count=count), yellow=True)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(DEFAULT_CONTENT)


@pytest.fixture
def engine(corpus: Corpus) -> Engine:
    return Engine(corpus, random.Random(1234))


@pytest.fixture
def emulator():
    from tests.support.emulator import Emulator

    server = Emulator().start()
    yield server
    server.stop()


@pytest.fixture
def postgres() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    with postgres_database(os.environ["TEST_DATABASE_URL"]) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a Storage opens, once for each database: a SQLite file or a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "t.sqlite3"
    return request.getfixturevalue("postgres")
