"""Keeping secrets out of every output: log records, formatted tracebacks, crashes.

The secrets are the bot's token, the database's password and the webhook's secret. Request
URLs contain the token: httpx logs them, python-telegram-bot logs its base URL at DEBUG,
and some of its errors quote the token (a rejected token, a malformed URL); setWebhook's
parameters, the secret among them, are logged at DEBUG; a database driver may quote the
URL it was given, password and all. Three layers catch them: a record factory rewrites each
record's message before any handler sees it; a formatter scrubs what it prints, tracebacks
included; and the process's exception hooks scrub a crash's traceback before it reaches
stderr. Each secret is kept as written and percent-decoded (a URL's password is written
encoded, a driver may say it decoded).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from urllib.parse import unquote

MASK = "<token>"
# Every secret of this process and what it is shown as; longest first when scrubbing, so a
# secret inside another does not leave the rest of the longer one showing.
_SECRETS: dict[str, str] = {}


def keep_secret(secret: str, mask: str) -> None:
    """From now on, `secret` is shown as `mask` in whatever scrub() is given."""
    for form in {secret, unquote(secret)}:
        if form and form not in _SECRETS:
            _SECRETS[form] = mask


def scrub(text: str, token: str = "") -> str:
    if token:
        keep_secret(token, MASK)
    for secret in sorted(_SECRETS, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, _SECRETS[secret])
    return text


class ScrubbingFormatter(logging.Formatter):
    def __init__(self, token: str, fmt: str) -> None:
        super().__init__(fmt)
        keep_secret(token, MASK)

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def redact(token: str, mask: str = MASK) -> None:
    """Replace the secret in every log record this process creates, whatever the handler."""
    if not token:
        return
    keep_secret(token, mask)
    if getattr(logging.getLogRecordFactory(), "redacts", False):
        return  # the factory scrubs every kept secret, this one too
    make_record = logging.getLogRecordFactory()

    def redacting_factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        message = record.getMessage()
        scrubbed = scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        return record

    # an attribute on a function object, which mypy does not model: the ignore says so
    redacting_factory.redacts = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)


def configure_logging(level: str, token: str, *secrets: tuple[str, str]) -> None:
    """Log to stderr through a scrubbing formatter, and scrub crashes too; `secrets` are
    (secret, mask) pairs kept out as the token is."""
    for secret, mask in secrets:
        redact(secret, mask)
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


def guard_crashes(token: str = "") -> None:
    """An uncaught exception, in any thread, prints its traceback with the secrets masked."""
    keep_secret(token, MASK)
    if not _SECRETS:
        return

    def print_scrubbed(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        sys.stderr.write(scrub(text))

    sys.excepthook = print_scrubbed
    threading.excepthook = lambda args: print_scrubbed(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
