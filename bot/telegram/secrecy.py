"""Keeping the token out of every output: log records, formatted tracebacks, crashes.

Request URLs contain the token: httpx logs them, python-telegram-bot logs its base URL at
DEBUG, and some of its errors quote the token (a rejected token, a malformed URL). Three
layers catch them: a record factory rewrites each record's message before any handler sees
it; a formatter scrubs what it prints, tracebacks included; and the process's exception
hooks scrub a crash's traceback before it reaches stderr.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

MASK = "<token>"


def scrub(text: str, token: str) -> str:
    return text.replace(token, MASK) if token else text


class ScrubbingFormatter(logging.Formatter):
    def __init__(self, token: str, fmt: str) -> None:
        super().__init__(fmt)
        self.token = token

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record), self.token)


def redact(token: str) -> None:
    """Replace the token in every log record this process creates, whatever the handler."""
    if not token:
        return
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "redacts", None) == token:
        return

    def redacting_factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        message = record.getMessage()
        if token in message:
            record.msg, record.args = scrub(message, token), None
        return record

    # an attribute on a function object, which mypy does not model: the ignore says so
    redacting_factory.redacts = token  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)


def configure_logging(level: str, token: str) -> None:
    """Log to stderr through a scrubbing formatter, and scrub crashes too."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        ScrubbingFormatter(token, "%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL at INFO; nobody needs that, and it carries the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    redact(token)
    guard_crashes(token)


def guard_crashes(token: str) -> None:
    """An uncaught exception, in any thread, prints its traceback with the token masked."""
    if not token:
        return

    def print_scrubbed(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        sys.stderr.write(scrub(text, token))

    sys.excepthook = print_scrubbed
    threading.excepthook = lambda args: print_scrubbed(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
