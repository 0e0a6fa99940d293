"""Settings, read from the environment and from a `.env` file beside where the bot runs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

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
        return cls(
            token=environ.get("TELEGRAM_BOT_TOKEN") or None,
            base_url=_bot_api_url(environ.get("TELEGRAM_BASE_URL") or None),
            db_path=Path(environ.get("BOT_DB_PATH") or data_dir / DB_NAME),
            admin_ids=admin_ids,
            content=Path(environ.get("BOT_CONTENT") or DEFAULT_CONTENT),
            log_level=level,
            seed=int(seed_text) if seed_text is not None else None,
            data_dir=data_dir,
        )
