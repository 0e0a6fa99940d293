"""Settings, read from the environment and from a `.env` file beside where the bot runs."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = PROJECT_ROOT / "content" / "jokes.yaml"
# Where the bot keeps what it makes (the database, the playground's pictures and history):
# beside the code, wherever the bot is started from; BOT_DATA_DIR moves it.
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DB_NAME = "taolu.sqlite3"


class SettingsError(ValueError):
    """A setting that cannot be used; the message names it."""


def _bot_api_url(url: str | None) -> str | None:
    """A Bot API server's URL, to which the token is appended: http(s)://host[:port]/…/bot.

    Checked here, in one line, because a wrong one fails deep inside the library with the
    token in the error."""
    if url is None:
        return None
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise SettingsError("TELEGRAM_BASE_URL has a port that is not a number") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(
            "TELEGRAM_BASE_URL must start with http:// or https:// and name a host, "
            "e.g. http://127.0.0.1:8081/bot"
        )
    if not parts.path.rstrip("/").endswith("/bot") or parts.query or parts.fragment:
        raise SettingsError(
            "TELEGRAM_BASE_URL must end in /bot (the token is appended to it), "
            "e.g. http://127.0.0.1:8081/bot"
        )
    return url


TELEGRAM_WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram delivers to
DEFAULT_LISTEN = "0.0.0.0:8080"
DEFAULT_SWEEP_SECONDS = 5.0
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as a secret_token


@dataclass(frozen=True)
class Webhook:
    """Updates over HTTP instead of long polling."""

    url: str  # the public URL given to Telegram (the load balancer's)
    secret: str  # Telegram sends it back in every request's X-Telegram-Bot-Api-Secret-Token
    host: str  # where this instance listens
    port: int
    path: str  # the URL's path: where updates are served on this instance
    # What a connection may take (bot/telegram/webhook.py): seconds to send a request's
    # headers (or, kept alive, the next request's), seconds to send its body, and how many
    # connections are open at once.
    idle_seconds: float = 5.0
    body_seconds: float = 10.0
    max_connections: int = 256

    def __repr__(self) -> str:  # settings get printed while debugging; the secret must not
        return (
            f"Webhook(url={self.url!r}, host={self.host!r}, port={self.port}, path={self.path!r})"
        )


_NOT_PERCENT_ENCODED = re.compile(r"%(?![0-9A-Fa-f]{2})")
_WHERE_IT_IS_NOT_SAID = "(the URL is not repeated here: it holds the password)"


def _database_url(url: str | None) -> str | None:
    """A PostgreSQL URL, checked here so that the driver never gets one it would quote back
    in an error, password and all; no message repeats it or any part of it."""
    if url is None:
        return None
    if not url.startswith(("postgresql://", "postgres://")):
        raise SettingsError(
            "DATABASE_URL must be a PostgreSQL URL, postgresql://user:password@host:5432/dbname "
            "(leave it empty for SQLite at BOT_DB_PATH)"
        )
    if _NOT_PERCENT_ENCODED.search(url):
        raise SettingsError(
            "DATABASE_URL has a % that is not followed by two hex digits: a % in the password "
            f"is written %25 {_WHERE_IT_IS_NOT_SAID}"
        )
    try:
        parts = urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL": a [ without its ], or the other way round
        raise SettingsError(
            "DATABASE_URL's host is not readable: an IPv6 address goes between [ and ], "
            f"e.g. postgresql://user:password@[::1]:5432/dbname {_WHERE_IT_IS_NOT_SAID}"
        ) from None
    hosts = parts.netloc.rpartition("@")[2]
    if "@" in parts.netloc.rpartition("@")[0] or (
        "," not in hosts and not _port_is_a_number(parts)
    ):
        raise SettingsError(
            "DATABASE_URL's port is not a number, or the user and password are not readable: "
            f"a / ? # or @ in the password is written %2F %3F %23 %40 {_WHERE_IT_IS_NOT_SAID}"
        )
    return url


def _port_is_a_number(parts: SplitResult) -> bool:
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return False
    return True


def database_password(url: str | None) -> list[str]:
    """The password a PostgreSQL URL holds (in its user part, or as ?password=), as written;
    to keep out of every output."""
    if not url:
        return []
    found = []
    userinfo = url.partition("://")[2].partition("/")[0].rpartition("@")[0]
    if ":" in userinfo:
        found.append(userinfo.partition(":")[2])
    query = url.partition("?")[2]
    found += [pair[len("password=") :] for pair in query.split("&") if pair.startswith("password=")]
    return [password for password in found if password]


def _webhook(environ: dict[str, str], local_api: bool) -> Webhook | None:
    url = environ.get("WEBHOOK_URL") or None
    if url is None:
        return None
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise SettingsError("WEBHOOK_URL has a port that is not a number") from None
    # A local Bot API server delivers to any URL; Telegram's own only to HTTPS on four ports.
    if local_api:
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SettingsError("WEBHOOK_URL must be http(s)://host[:port]/path")
    elif parts.scheme != "https" or not parts.hostname or port not in TELEGRAM_WEBHOOK_PORTS:
        raise SettingsError(
            "WEBHOOK_URL must be https://host/path, on port 443, 80, 88 or 8443: "
            "Telegram delivers updates nowhere else"
        )
    if parts.query or parts.fragment:
        raise SettingsError("WEBHOOK_URL must not have a query or a fragment")
    path = parts.path or "/"
    if path in ("/healthz", "/metrics"):
        raise SettingsError(f"WEBHOOK_URL's path must not be {path}: it is served beside updates")
    secret = environ.get("WEBHOOK_SECRET") or ""
    if not _SECRET.fullmatch(secret):
        raise SettingsError(
            "WEBHOOK_SECRET is required with WEBHOOK_URL: 1 to 256 characters of A-Z, a-z, "
            "0-9, _ and -, e.g. from: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    host, listen_port = _host_port(environ.get("WEBHOOK_LISTEN") or DEFAULT_LISTEN)
    return Webhook(url, secret, host, listen_port, path)


def _host_port(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    try:
        number = int(port)
    except ValueError:
        number = -1
    if not host or not 0 <= number <= 65535:
        raise SettingsError(
            f"WEBHOOK_LISTEN must be host:port, e.g. {DEFAULT_LISTEN} or 127.0.0.1:8443, "
            f"not {listen!r}"
        )
    return host.strip("[]"), number


# The longest sweep interval taken: a reveal that never left waits up to 64 intervals before
# its next try (bot.application.turn.retry_wait), which must stay a time ("inf" or 1e308 made
# it infinite: math.ceil raised OverflowError on it; redteam22).
MAX_SWEEP_SECONDS = 86400.0


def _seconds(name: str, text: str | None, default: float, most: float) -> float:
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= most:  # NaN and infinity are neither
        raise SettingsError(
            f"{name} must be a number of seconds above 0 and at most {most:.0f}, not {text!r}"
        )
    return value


@dataclass(frozen=True)
class Settings:
    token: str | None
    base_url: str | None
    db_path: Path
    admin_ids: frozenset[int]
    content: Path
    log_level: str
    seed: int | None = None  # BOT_RANDOM_SEED: the same random pranks and jokes every run
    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str | None = None  # PostgreSQL; None: SQLite at db_path
    webhook: Webhook | None = None  # None: long polling
    sweep_seconds: float = DEFAULT_SWEEP_SECONDS  # how often to look for overdue reveals

    @property
    def database(self) -> str | Path:
        """Where the storage is: the PostgreSQL URL if set, else the SQLite file."""
        return self.database_url or self.db_path

    def secrets(self) -> list[tuple[str, str]]:
        """Besides the token, what no output may show, and what it shows instead."""
        kept = [(password, "<password>") for password in database_password(self.database_url)]
        if self.webhook is not None:
            kept.append((self.webhook.secret, "<webhook secret>"))
        return kept

    def __repr__(self) -> str:  # never the token, the database password or the secret
        return (
            f"Settings(base_url={self.base_url!r}, db_path={str(self.db_path)!r}, "
            f"postgres={self.database_url is not None}, webhook={self.webhook!r}, "
            f"content={str(self.content)!r}, log_level={self.log_level!r})"
        )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Read settings; `.env` fills in what the real environment does not set."""
        if environ is None:
            load_dotenv(override=False)
            environ = dict(os.environ)
        admins = environ.get("BOT_ADMIN_IDS", "").replace(" ", "")
        try:
            admin_ids = frozenset(int(x) for x in admins.split(",") if x)
        except ValueError:
            raise SettingsError(
                f"BOT_ADMIN_IDS must be numeric Telegram user ids separated by commas, "
                f"not {admins!r}"
            ) from None
        seed_text = environ.get("BOT_RANDOM_SEED") or None
        if seed_text is not None and not seed_text.lstrip("-").isdigit():
            raise SettingsError(f"BOT_RANDOM_SEED must be a whole number, not {seed_text!r}")
        data_dir = Path(environ.get("BOT_DATA_DIR") or DEFAULT_DATA_DIR)
        level = environ.get("LOG_LEVEL", "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level!r}")
        base_url = _bot_api_url(environ.get("TELEGRAM_BASE_URL") or None)
        return cls(
            token=environ.get("TELEGRAM_BOT_TOKEN") or None,
            base_url=base_url,
            db_path=Path(environ.get("BOT_DB_PATH") or data_dir / DB_NAME),
            admin_ids=admin_ids,
            content=Path(environ.get("BOT_CONTENT") or DEFAULT_CONTENT),
            log_level=level,
            database_url=_database_url(environ.get("DATABASE_URL") or None),
            webhook=_webhook(environ, local_api=base_url is not None),
            sweep_seconds=_seconds(
                "BOT_SWEEP_SECONDS",
                environ.get("BOT_SWEEP_SECONDS"),
                DEFAULT_SWEEP_SECONDS,
                MAX_SWEEP_SECONDS,
            ),
            seed=int(seed_text) if seed_text is not None else None,
            data_dir=data_dir,
        )
