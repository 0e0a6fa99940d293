"""What a stranger can do to the webhook, in this process: the real Application on its
webhook, raw sockets over loopback. A request without the secret is refused before its body
is read; slow clients are dropped after the timeouts; connections beyond the cap are closed
at once; /healthz and /metrics answer while the bot's own loop is busy."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.telegram.webhook import MAX_BODY
from tests.support.emulator import Emulator
from tests.support.slow_clients import closed_within, connect, headers, status_of, timed_get
from tests.support.telegram_fixtures import BOB, private
from tests.support.webhook_fixtures import PATH, SECRET, webhook_bot

pytestmark = pytest.mark.slow  # real sockets and the timeouts they wait out

QUICK = {"idle_seconds": 1.0, "body_seconds": 1.0}


@pytest.mark.parametrize(
    ("secret", "length", "status"),
    [
        (None, MAX_BODY - 1, 401),
        ("wrong", MAX_BODY - 1, 403),
        (SECRET[:-1], MAX_BODY - 1, 403),
        ("wrong", 10 * MAX_BODY, 403),  # the secret first, the size after
    ],
)
async def test_a_request_without_the_secret_is_refused_before_its_body(
    emulator: Emulator, tmp_path: Path, secret: str | None, length: int, status: int
) -> None:
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:

        def refused() -> tuple[int | None, bool]:
            with connect(server.port) as sock:
                sock.sendall(headers(PATH, length, secret))  # and not one byte of the body
                return status_of(sock), closed_within(sock, 5.0)

        assert await asyncio.to_thread(refused) == (status, True)


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("POST", "/healthz", 405), ("POST", "/metrics", 405), ("POST", "/elsewhere", 404)],
)
async def test_a_body_sent_anywhere_else_is_refused_unread(
    emulator: Emulator, tmp_path: Path, method: str, path: str, status: int
) -> None:
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:

        def refused() -> int | None:
            with connect(server.port) as sock:
                sock.sendall(headers(path, MAX_BODY - 1, method=method))
                return status_of(sock)

        assert await asyncio.to_thread(refused) == status
        assert await asyncio.to_thread(timed_get, server.port, "/healthz") == (
            200,
            pytest.approx(0, abs=1),
        )


async def test_slow_clients_are_dropped_after_the_timeouts(
    emulator: Emulator, tmp_path: Path
) -> None:
    update = emulator.new_update(
        {"message": emulator.compose_message(private(BOB), BOB, "/prank ten-knives")}
    )
    body = json.dumps(update).encode()
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3", limits=QUICK) as server:

        def dropped(opening: bytes, trickle: bytes) -> bool:
            with connect(server.port) as sock:
                sock.sendall(opening)
                return closed_within(sock, 10.0, trickle)

        cases = {
            "says nothing": (b"", b""),
            "trickles its headers": (b"POST ", f"{PATH} HTTP/1.1\r\nHost: x\r\n".encode() * 40),
            "trickles its body, with the secret": (
                headers(PATH, len(body) + 1000, SECRET),
                body + b" " * 1000,
            ),
        }
        outcomes = await asyncio.gather(
            *(asyncio.to_thread(dropped, opening, trickle) for opening, trickle in cases.values())
        )
        assert dict(zip(cases, outcomes, strict=True)) == dict.fromkeys(cases, True)
        assert emulator.sent_texts(BOB["id"]) == []  # the trickled update was not handled


async def test_connections_beyond_the_cap_are_closed_at_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    limits = {"idle_seconds": 60.0, "max_connections": 20}
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3", limits=limits) as server:

        def over_the_cap() -> tuple[bool, tuple[int | None, float]]:
            held = [connect(server.port) for _ in range(20)]
            try:
                assert status_of(held[0], 0.5) is None  # held open, not refused
                with connect(server.port) as one_more:
                    shed = closed_within(one_more, 5.0)  # long before the 60 s idle timeout
            finally:
                for sock in held:
                    sock.close()
            deadline = time.monotonic() + 10
            while (health := timed_get(server.port, "/healthz"))[0] != 200:
                assert time.monotonic() < deadline, health  # the held ones, once closed, free room
            return shed, health

        shed, (status, _) = await asyncio.to_thread(over_the_cap)
        assert shed and status == 200


async def test_health_and_metrics_answer_while_the_bot_loop_is_busy(
    emulator: Emulator, tmp_path: Path
) -> None:
    """A database call that blocks the bot's loop (as a PostgreSQL that does not answer
    does) must not block /healthz, /metrics or the refusal of strangers."""
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:

        def probe() -> list[tuple[int | None, float]]:
            answers = [timed_get(server.port, "/healthz"), timed_get(server.port, "/metrics")]
            with connect(server.port) as sock:
                sock.sendall(headers(PATH, 100, "wrong"))
                answers.append((status_of(sock), 0.0))
            return answers

        with ThreadPoolExecutor(1) as prober:
            probing = prober.submit(probe)
            # Meanwhile the bot's loop is blocked, as by a database call, until the probe
            # ends (or a deadline passes).
            deadline = time.monotonic() + 15
            while not probing.done() and time.monotonic() < deadline:
                time.sleep(0.01)
            answers = probing.result()
        assert [status for status, _ in answers] == [200, 200, 403]
        assert all(seconds < 1.0 for _, seconds in answers), answers
