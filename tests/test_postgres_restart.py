"""PostgreSQL restarted under traffic: the instances reconnect by themselves (psycopg_pool),
no update is lost or handled twice, and no instance needs a restart.

Two bot processes on the throwaway server of .ci/with-postgres, behind the emulator's
round-robin webhook delivery; the server is stopped (`pg_ctl stop -m fast`) while pranks
wait for their answers, the answers come, and it is started again. Updates the database fails meanwhile are answered 503 and delivered again."""

from __future__ import annotations

import asyncio
import os
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import sends, wait_for
from tests.support.webhook_fixtures import SECRET, Instance, start_instance
from tests.test_scale_out import CORPUS, PUNCHLINE, QUESTION, chat_of, person, texts_to

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PEOPLE = 24


def server(action: str) -> None:
    """`pg_ctl stop|start` on the throwaway server, as the user it runs as; it starts with the
    options it last ran with (its postmaster.opts, as `pg_ctl restart` reads them)."""
    data = os.environ.get("TEST_POSTGRES_DATA")
    if not data:
        pytest.skip("needs .ci/with-postgres's own server (TEST_POSTGRES_DATA) to restart it")
    owner = os.environ.get("TEST_POSTGRES_OWNER", "")
    pg_ctl = Path(os.environ["TEST_POSTGRES_BIN"]) / "pg_ctl"
    folder = Path(data).parent
    command = [str(pg_ctl), "-D", data, "-m", "fast", "-w", "-t", "60", "-l",
               str(folder / "server.log"), action]  # fmt: skip
    if action == "start":
        ran_with = shlex.split((Path(data) / "postmaster.opts").read_text())[1:]
        data_at = ran_with.index("-D")
        options = ran_with[:data_at] + ran_with[data_at + 2 :]
        command[1:1] = ["-o", shlex.join(options)]
    if owner:
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, cwd=folder, check=True, capture_output=True, timeout=120)


@pytest.fixture
def instances(emulator: Emulator, postgres: str, tmp_path: Path) -> Iterator[list[Instance]]:
    if not os.environ.get("TEST_POSTGRES_DATA"):
        pytest.skip("needs .ci/with-postgres's own server (TEST_POSTGRES_DATA) to restart it")
    corpus = tmp_path / "scale.yaml"
    corpus.write_text(CORPUS, encoding="utf-8")
    started = [start_instance(emulator, postgres, tmp_path, name, corpus) for name in "ab"]
    try:
        emulator.wait_for_count("setWebhook", 2, timeout=120)
        emulator.deliver_by_webhook([instance.target for instance in started])
        yield started
    finally:
        for instance in started:
            assert instance.process.poll() is None, "an instance died"
            instance.stop()
        for instance in started:
            log = instance.log.read_text()
            assert "Traceback" not in log, log[-3000:]
            assert SECRET not in log


async def test_a_postgres_restart_under_traffic_loses_and_repeats_nothing(
    emulator: Emulator, instances: list[Instance]
) -> None:
    people = [person(n) for n in range(PEOPLE)]
    for p in people:
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "/prank knives")})
    for p in people:
        await wait_for(emulator, sends(p["id"], QUESTION), timeout=60)
    # The server goes down with every prank waiting, and the answers and more come while it is
    # down: a restart racing the traffic could fall between two updates and meet none.
    await asyncio.to_thread(server, "stop")
    chatter = [person(1000 + n) for n in range(6)]
    for p in people:
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "八把")})
    for p in chatter:
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "/joke")})
    await asyncio.to_thread(
        emulator.wait_until, lambda: any(not d["ok"] for d in emulator.deliveries), 60
    )
    await asyncio.to_thread(server, "start")
    with emulator.lock:
        assert any(not d["ok"] for d in emulator.deliveries), "the restart met no traffic"
    for p in chatter:
        await wait_for(emulator, sends(p["id"]), timeout=90)
        assert len(emulator.sent_texts(p["id"])) == 1, p
    for p in people:
        await wait_for(emulator, sends(p["id"], PUNCHLINE), timeout=90)
    # After the restart, without restarting the bot: a new prank on each instance.
    late = [person(100 + n) for n in range(4)]
    for p in late:
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "/prank knives")})
    for p in late:
        await wait_for(emulator, sends(p["id"], QUESTION), timeout=60)
    for p in people:
        assert len(texts_to(emulator, p["id"], QUESTION)) == 1, p  # handled once
        assert len(texts_to(emulator, p["id"], PUNCHLINE)) == 1, p
        assert not texts_to(emulator, p["id"], "Oops") and not texts_to(emulator, p["id"], "出错")
    assert {d["target"] for d in emulator.deliveries if d["ok"]} == {i.target for i in instances}
