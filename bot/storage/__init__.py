"""Storage: what the bot remembers, in SQLite (one process) or PostgreSQL (several instances).

`Storage(target)` opens it: a `postgresql://` URL opens PostgreSQL (bot.storage.postgres,
psycopg 3 with a connection pool), anything else is a SQLite file (bot.storage.sqlite). One
interface (bot.storage.interface), one schema and its versions (bot.storage.schema).
"""

from bot.storage.interface import (
    WHILE_LOCKED_OUT,
    Cutoffs,
    LinkRecord,
    Storage,
    StorageError,
    lock_order,
)

__all__ = ["WHILE_LOCKED_OUT", "Cutoffs", "LinkRecord", "Storage", "StorageError", "lock_order"]
