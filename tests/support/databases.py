"""Throwaway PostgreSQL databases, for the tests and the benchmarks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit


@contextmanager
def postgres_database(server: str, prefix: str = "taolu_test") -> Iterator[str]:
    """The URL of a new, empty database on `server` (a URL whose user may create
    databases), dropped afterwards however the block ends."""
    import psycopg  # only where PostgreSQL is used: the SQLite half needs no driver

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(server)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
