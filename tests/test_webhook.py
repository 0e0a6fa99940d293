"""The webhook of one instance on SQLite, in this process: updates by HTTP POST, the secret,
redeliveries, /healthz and /metrics. (Several instances on PostgreSQL: test_scale_out.py.)"""

from __future__ import annotations

import asyncio
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from bot.telegram.webhook import HANDLED_UPDATES
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, BOB, private, sends, wait_for
from tests.support.webhook_fixtures import PATH, PUBLIC_URL, SECRET, webhook_bot

pytestmark = pytest.mark.slow  # a webhook bot against the Telegram emulator


def get(target: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"{target}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_updates_come_by_webhook_and_the_prank_runs(
    emulator: Emulator, tmp_path: Path
) -> None:
    handled = sample("taolu_updates_handled_total", kind="message")
    started, finished = (
        sample("taolu_pranks_started_total"),
        sample("taolu_pranks_ended_total", outcome="fell"),
    )
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"])
        setting = await wait_for(emulator, lambda c: c["method"] == "setWebhook")
        assert setting["params"]["url"] == PUBLIC_URL
        assert setting["params"]["secret_token"] == SECRET
        assert setting["params"]["allowed_updates"] == list(HANDLED_UPDATES)
        emulator.user_message(private(ALICE), ALICE, "/prank ten-knives anyway")
        await wait_for(emulator, sends(ALICE["id"], "ten knives"))
        emulator.user_message(private(ALICE), ALICE, "eight")
        await wait_for(emulator, sends(ALICE["id"], "Right you are, son"))
        # Answered once handled: the POST of the answer ends with its reply already sent.
        delivered = await asyncio.to_thread(emulator.wait_delivered, max(emulator.offered))
        assert delivered["status"] == 200
    assert not any(c["method"] == "getUpdates" for c in emulator.sent)
    assert sample("taolu_updates_handled_total", kind="message") == handled + 2
    assert sample("taolu_pranks_started_total") == started + 1
    assert sample("taolu_pranks_ended_total", outcome="fell") == finished + 1


async def test_a_post_without_the_secret_is_refused_and_not_handled(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    async with webhook_bot(emulator, db) as server:
        target = f"http://127.0.0.1:{server.port}"
        update = emulator.new_update(
            {"message": emulator.compose_message(private(BOB), BOB, "/prank ten-knives")}
        )

        def post(secret: str | None) -> int | None:
            return emulator.post_update(target, update, secret, PATH)

        assert await asyncio.to_thread(post, None) == 401
        assert await asyncio.to_thread(post, "wrong") == 403
        assert await asyncio.to_thread(post, SECRET[:-1]) == 403
        # Refused means unread: nothing said, nothing recorded, so the real one still counts.
        assert emulator.sent_texts(BOB["id"]) == []
        assert await asyncio.to_thread(post, SECRET) == 200
        assert len(emulator.sent_texts(BOB["id"])) == 1


async def test_an_update_delivered_twice_is_handled_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    redelivered = sample("taolu_updates_redelivered_total")
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        target = f"http://127.0.0.1:{server.port}"
        update = emulator.new_update(
            {"message": emulator.compose_message(private(BOB), BOB, "/prank ten-knives")}
        )
        first, second = await asyncio.gather(
            asyncio.to_thread(emulator.post_update, target, update, SECRET, PATH),
            asyncio.to_thread(emulator.post_update, target, update, SECRET, PATH),
        )
        assert (first, second) == (200, 200)
        assert len(emulator.sent_texts(BOB["id"])) == 1
    assert sample("taolu_updates_redelivered_total") == redelivered + 1


async def test_health_and_metrics_share_the_listener(emulator: Emulator, tmp_path: Path) -> None:
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        target = f"http://127.0.0.1:{server.port}"
        assert await asyncio.to_thread(get, target, "/healthz") == (200, "ok\n")
        status, text = await asyncio.to_thread(get, target, "/metrics")
        assert status == 200
        for name in (
            'taolu_updates_handled_total{kind="message"}',
            "taolu_reply_seconds_bucket",
            "taolu_pranks_started_total",
            'taolu_pranks_ended_total{outcome="fell"}',
            'taolu_pranks_ended_total{outcome="saw_through"}',
            'taolu_pranks_ended_total{outcome="timed_out"}',
            'taolu_training_jobs{state="queued"}',
            'taolu_training_jobs{state="running"}',
            "taolu_errors_total",
        ):
            assert name in text, name
        assert (await asyncio.to_thread(get, target, PATH))[0] == 405  # updates are POSTed
        not_an_update = await asyncio.to_thread(
            emulator.post_update, target, {"not": "an update"}, SECRET, PATH
        )
        assert not_an_update == 400
        server.storage.close()  # the database is gone
        assert (await asyncio.to_thread(get, target, "/healthz"))[0] == 503


async def test_stopping_finishes_the_update_in_hand(emulator: Emulator, tmp_path: Path) -> None:
    """SIGTERM (server.stop) while an update is being handled: it is finished and answered."""
    held = threading.Event()
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        target = f"http://127.0.0.1:{server.port}"
        update = emulator.new_update(
            {"message": emulator.compose_message(private(BOB), BOB, "/prank ten-knives")}
        )
        # Telegram holds the bot's reply until the stop has begun.
        emulator.when(sends(BOB["id"]), held.wait)
        posting = asyncio.create_task(
            asyncio.to_thread(emulator.post_update, target, update, SECRET, PATH)
        )
        await wait_for(emulator, sends(BOB["id"]))
        stopping = asyncio.create_task(server.stop())
        await asyncio.sleep(0)  # the stop begins: it no longer listens, and waits
        held.set()
        await stopping
        assert await posting == 200


@pytest.mark.postgres
async def test_a_database_failure_leaves_the_update_for_telegram_to_redeliver(
    emulator: Emulator, postgres: str
) -> None:
    import psycopg

    async with webhook_bot(emulator, postgres) as server:
        target = f"http://127.0.0.1:{server.port}"
        update = emulator.new_update(
            {"message": emulator.compose_message(private(BOB), BOB, "/prank ten-knives")}
        )
        with psycopg.connect(postgres, autocommit=True) as db:
            db.execute("ALTER TABLE chats RENAME TO chats_away")  # the chats are unreadable
            failed = await asyncio.to_thread(emulator.post_update, target, update, SECRET, PATH)
            db.execute("ALTER TABLE chats_away RENAME TO chats")
        assert failed == 503
        assert not server.storage.seen_update(update["update_id"])
        # Telegram delivers it again, and now it is handled.
        assert await asyncio.to_thread(emulator.post_update, target, update, SECRET, PATH) == 200
        assert any("十把刀" in text or "knives" in text for text in emulator.sent_texts(BOB["id"]))
