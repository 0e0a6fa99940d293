"""Settings for the database and the webhook: what they select, and one clear line when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DB_NAME, DEFAULT_DATA_DIR, Settings, SettingsError

SECRET = "s3cret_-TOKEN"


def test_unset_means_sqlite_and_long_polling() -> None:
    settings = Settings.from_env({})
    assert settings.database == DEFAULT_DATA_DIR / DB_NAME and settings.database_url is None
    assert settings.webhook is None
    assert Settings.from_env({"BOT_DB_PATH": "x/y.sqlite3"}).database == Path("x/y.sqlite3")


def test_database_url_selects_postgresql_and_is_never_repeated() -> None:
    url = "postgresql://taolu:pa55word@db:5432/taolu"
    settings = Settings.from_env({"DATABASE_URL": url, "BOT_DB_PATH": "ignored.sqlite3"})
    assert settings.database == url
    assert "pa55word" not in repr(settings)
    with pytest.raises(SettingsError, match="DATABASE_URL must be a PostgreSQL URL") as wrong:
        Settings.from_env({"DATABASE_URL": "mysql://root:pa55word@db/taolu"})
    assert "pa55word" not in str(wrong.value)


def test_webhook_url_switches_to_a_webhook_served_at_its_path() -> None:
    settings = Settings.from_env(
        {
            "WEBHOOK_URL": "https://bot.example.com/telegram/updates",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1:8443",
        }
    )
    webhook = settings.webhook
    assert webhook is not None
    assert (webhook.url, webhook.secret) == ("https://bot.example.com/telegram/updates", SECRET)
    assert (webhook.host, webhook.port, webhook.path) == ("127.0.0.1", 8443, "/telegram/updates")
    assert SECRET not in repr(settings)
    listening = Settings.from_env({"WEBHOOK_URL": "https://h:8443", "WEBHOOK_SECRET": SECRET})
    assert (listening.webhook.host, listening.webhook.port) == ("0.0.0.0", 8080)
    assert listening.webhook.path == "/"
    six = {"WEBHOOK_URL": "https://h/x", "WEBHOOK_SECRET": SECRET, "WEBHOOK_LISTEN": "[::]:80"}
    assert Settings.from_env(six).webhook.host == "::"


@pytest.mark.parametrize(
    ("environ", "words"),
    [
        ({"WEBHOOK_URL": "https://h/x"}, "WEBHOOK_SECRET is required"),
        ({"WEBHOOK_URL": "https://h/x", "WEBHOOK_SECRET": "has space"}, "WEBHOOK_SECRET"),
        ({"WEBHOOK_URL": "http://h/x", "WEBHOOK_SECRET": SECRET}, "https://host/path"),
        ({"WEBHOOK_URL": "https://h:8080/x", "WEBHOOK_SECRET": SECRET}, "443, 80, 88 or 8443"),
        ({"WEBHOOK_URL": "https://h/metrics", "WEBHOOK_SECRET": SECRET}, "must not be /metrics"),
        ({"WEBHOOK_URL": "https://h/x?a=1", "WEBHOOK_SECRET": SECRET}, "query"),
        (
            {"WEBHOOK_URL": "https://h/x", "WEBHOOK_SECRET": SECRET, "WEBHOOK_LISTEN": "8080"},
            "WEBHOOK_LISTEN must be host:port",
        ),
        ({"BOT_SWEEP_SECONDS": "0"}, "BOT_SWEEP_SECONDS must be a number of seconds above 0"),
    ],
)
def test_a_wrong_webhook_setting_is_one_clear_error(environ: dict, words: str) -> None:
    with pytest.raises(SettingsError, match=words) as wrong:
        Settings.from_env(environ)
    assert "has space" not in str(wrong.value)


def test_a_local_bot_api_server_takes_any_webhook_url() -> None:
    settings = Settings.from_env(
        {
            "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot",
            "WEBHOOK_URL": "http://127.0.0.1:9000/hook",
            "WEBHOOK_SECRET": SECRET,
            "BOT_SWEEP_SECONDS": "0.2",
        }
    )
    assert settings.webhook.path == "/hook" and settings.sweep_seconds == 0.2
