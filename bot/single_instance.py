"""One bot per SQLite database: a second one would answer every update twice.

Long polling allows one consumer, and two bots on one SQLite file would also fight over its
lock. The first bot holds an exclusive lock on a file beside the database for as long as it
runs; a second is refused at start with a clear message. (The operating system drops the
lock when the process dies, even by SIGKILL: no stale lock to clean up.)
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class AlreadyRunningError(RuntimeError):
    """Another bot process uses this database."""


def hold_database(db_path: Path) -> int:
    """Take the database's lock for the life of this process; its file descriptor."""
    lock_path = Path(f"{db_path}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise AlreadyRunningError(
            f"another Taolu bot is already running on {db_path}; stop it first "
            f"(or give this one its own BOT_DB_PATH)"
        ) from None
    return descriptor
