"""Bot benchmark: updates per second through the whole stack, and reply latency.

Run: .venv/bin/python -m bench.bot [--quick] [--scale-out-only]
Both bots run against the Bot API emulator of the tests, over real HTTP on 127.0.0.1, with
Telegram's limits off (in the rate limiter and in the emulator) but the retries on:
  - baseline: a bare python-telegram-bot echo bot (one MessageHandler, no storage);
both receive the same messages (a /joke, a /prank, its answer, over and over):
  - Taolu: the real Application of bot/telegram/app.py, with SQLite in a temp dir.

Then the scale-out comparison, in one run: the same messages by webhook (the emulator as
Telegram and round-robin load balancer) to one instance on SQLite, one on PostgreSQL and two
on PostgreSQL, each instance a process of its own. It needs a PostgreSQL server where it may
create databases, named by TEST_DATABASE_URL:
  .ci/with-postgres .venv/bin/python -m bench.bot --scale-out-only
"""

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    MessageHandler,
    filters,
)

from bench.common import machine, table
from bot.config import DEFAULT_CONTENT, PROJECT_ROOT, Settings
from bot.content.corpus import load_corpus
from bot.storage import Storage
from bot.telegram.app import build_application
from bot.telegram.secrecy import configure_logging
from bot.telegram.webhook import run_webhook
from tests.support.databases import postgres_database
from tests.support.emulator import TOKEN, Emulator
from tests.support.telegram_fixtures import polling, settings_for
from tests.support.webhook_fixtures import free_port


def unlimited() -> AIORateLimiter:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=5)


def unlimited_emulator() -> Emulator:
    """The emulator without Telegram's 30 messages a second: the bench measures the bot."""
    return Emulator(limits=False).start()


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(update.effective_message.text)


def echo_bot_at(base_url: str) -> Application:
    app = ApplicationBuilder().token(TOKEN).base_url(base_url).rate_limiter(unlimited()).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


def users(count: int) -> list[dict]:
    return [
        {"id": 5000 + i, "is_bot": False, "first_name": f"User {i}", "language_code": "zh"}
        for i in range(count)
    ]


def replies_to(emulator: Emulator, mark: int) -> int:
    with emulator.lock:
        return sum(1 for c in emulator.sent[mark:] if c["method"] == "sendMessage")


async def throughput(emulator: Emulator, texts: Callable[[int], str], updates: int) -> float:
    """Push `updates` messages from 50 users at once; updates per second until all replied."""
    people = users(50)
    mark = emulator.mark()
    start = time.perf_counter()
    for i in range(updates):
        person = people[i % len(people)]
        emulator.user_message(
            {"id": person["id"], "type": "private", "first_name": person["first_name"]},
            person,
            texts(i),
        )
    await asyncio.to_thread(emulator.wait_for_count, "sendMessage", updates, mark, 120)
    return updates / (time.perf_counter() - start)


async def latencies(emulator: Emulator, texts: Callable[[int], str], samples: int) -> list[float]:
    """One message at a time: seconds from the update being offered to its reply arriving."""
    person = users(1)[0]
    chat = {"id": person["id"], "type": "private", "first_name": person["first_name"]}
    result = []
    for i in range(samples):
        mark = emulator.mark()
        emulator.user_message(chat, person, texts(i))
        update_id = max(emulator.offered)
        call = await asyncio.to_thread(
            emulator.wait_for,
            lambda c: c["method"] == "sendMessage" and int(c["params"]["chat_id"]) == chat["id"],
            30,
            mark,
        )
        result.append(call["at"] - emulator.offered[update_id])
    return result


def taolu_texts(i: int) -> str:
    # A mix a chat sees: a joke, a prank question, its answer.
    return ("/joke", "/prank ten-knives", "八把")[i % 3]


def serve_polling(which: str) -> int:
    """One bot of the comparison (`-m bench.bot --polling echo|taolu`), long-polling the
    emulator named by the environment, in a process of its own: Telegram's servers are
    another machine, and an emulator's threads in the bot's process would fight it for the
    GIL the more the bot does at once."""
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.token or "")
    if which == "echo":
        application = echo_bot_at(settings.base_url or "")
    else:
        storage = Storage(settings.database)
        corpus = load_corpus(settings.content)
        application = build_application(settings, corpus, storage, unlimited(), random.Random(0))
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


@contextmanager
def polling_process(which: str, emulator: Emulator, folder: Path) -> Iterator[subprocess.Popen]:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "WARNING",
                   "TELEGRAM_BASE_URL": emulator.base_url, "DATABASE_URL": "",
                   "BOT_DB_PATH": str(folder / f"{which}.sqlite3")}  # fmt: skip
    with (folder / f"{which}.log").open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.bot", "--polling", which],
            cwd=PROJECT_ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


async def measure(quick: bool) -> None:
    """Both bots run side by side, each in its own process on its own emulator; their runs
    alternate, so that whatever else the machine does falls on both alike."""
    updates = 300 if quick else 1500
    samples = 100 if quick else 400
    with tempfile.TemporaryDirectory() as folder:
        emulators = {"echo": unlimited_emulator(), "taolu": unlimited_emulator()}
        rates: dict[str, list[float]] = {"echo": [], "taolu": []}
        cpu: dict[str, list[float]] = {"echo": [], "taolu": []}  # ms per update, each run
        delays: dict[str, list[float]] = {}
        try:
            with (
                polling_process("echo", emulators["echo"], Path(folder)) as echo_bot,
                polling_process("taolu", emulators["taolu"], Path(folder)) as taolu_bot,
            ):
                processes = {"echo": echo_bot, "taolu": taolu_bot}
                for name in emulators:
                    await throughput(emulators[name], taolu_texts, 60)  # warm-up
                for _ in range(3 if quick else 11):
                    for name in emulators:
                        before = cpu_seconds(processes[name].pid)
                        rates[name].append(await throughput(emulators[name], taolu_texts, updates))
                        used = cpu_seconds(processes[name].pid) - before
                        cpu[name].append(used * 1e3 / updates)
                for name in emulators:
                    delays[name] = sorted(await latencies(emulators[name], taolu_texts, samples))
        finally:
            for emulator in emulators.values():
                emulator.stop()
    echo, taolu = statistics.median(rates["echo"]), statistics.median(rates["taolu"])
    # Each Taolu run against the echo run just before it: drift in the machine cancels out.
    paired = statistics.median(t / e for e, t in zip(rates["echo"], rates["taolu"], strict=True))
    echo_cpu, taolu_cpu = statistics.median(cpu["echo"]), statistics.median(cpu["taolu"])
    table(
        f"Updates per second through the whole stack (median of {len(rates['echo'])} alternating runs, "
        f"{updates} updates from 50 chats each); each bot's own CPU per update",
        ["bot", "updates/s", "ratio", "CPU ms per update"],
        [
            ["bare PTB echo bot (baseline)", f"{echo:.0f}", "1.00", f"{echo_cpu:.2f}"],
            [
                "Taolu (engine + SQLite + handlers)",
                f"{taolu:.0f}",
                f"{taolu / echo:.2f} (paired runs: {paired:.2f}; target ≥ 0.85)",
                f"{taolu_cpu:.2f} ({taolu_cpu / echo_cpu:.2f}× the echo bot's)",
            ],
        ],
    )
    rows = []
    for name, seconds in delays.items():
        p99 = seconds[min(len(seconds) - 1, int(0.99 * len(seconds)))]
        rows.append([name, f"{statistics.median(seconds) * 1e3:.1f}", f"{p99 * 1e3:.1f}"])
    table(
        f"Time from an update offered to its reply at the emulator ({samples} sequential updates)",
        ["bot", "median ms", "p99 ms"],
        rows,
    )


async def joke_while_training(quick: bool) -> None:
    """p99 time to answer a /joke while 8 other chats train: the loop must not wait on numpy."""
    samples = 60 if quick else 200
    with tempfile.TemporaryDirectory() as folder:
        emulator = unlimited_emulator()
        db = Path(folder) / "bench.sqlite3"
        settings = settings_for(emulator, db, DEFAULT_CONTENT)
        app = build_application(
            settings, load_corpus(DEFAULT_CONTENT), Storage(db), unlimited(), random.Random(0)
        )
        try:
            async with polling(app):
                await app.bot_data["services"].lab.trainer.warm_up()
                idle = sorted(await latencies(emulator, lambda i: "/joke", samples))
                trainers = users(9)[1:]
                for person in trainers:
                    chat = {
                        "id": person["id"],
                        "type": "private",
                        "first_name": person["first_name"],
                    }
                    emulator.user_message(chat, person, "/train xor epochs=20000 hidden=32")
                # Every training chat has its status message (running or queued) before we time.
                await asyncio.to_thread(
                    emulator.wait_for_count, "sendMessage", 8, emulator.mark() - 8, 60
                )
                busy = sorted(await latencies(emulator, lambda i: "/joke", samples))
                running = len(app.bot_data["services"].lab.trainer._jobs)
                for person in trainers:
                    await app.bot_data["services"].lab.trainer.stop(person["id"])
        finally:
            emulator.stop()
    rows = []
    for name, seconds in (
        ("no training", idle),
        (f"8 chats training ({running} jobs still running or queued at the end)", busy),
    ):
        p99 = seconds[min(len(seconds) - 1, int(0.99 * len(seconds)))]
        rows.append([name, f"{statistics.median(seconds) * 1e3:.1f}", f"{p99 * 1e3:.1f}", "≤ 250"])
    table(
        f"/joke from another chat while others train ({samples} sequential /joke)",
        ["situation", "median ms", "p99 ms", "target p99 ms"],
        rows,
    )


# -- scale-out: one instance on SQLite, one on PostgreSQL, two on PostgreSQL -----------------


def serve_instance() -> int:
    """One instance of the comparison (`bench/bot.py --instance`): the bot as `python -m bot`
    runs it on a webhook, configured by the environment, with Telegram's limits off."""
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.token or "")
    storage = Storage(settings.database)
    application = build_application(
        settings, load_corpus(settings.content), storage, unlimited(), random.Random(0)
    )
    return run_webhook(application, storage, settings.webhook)


@contextmanager
def instances(
    database: str | Path, count: int, folder: Path
) -> Iterator[tuple[Emulator, list[subprocess.Popen]]]:
    """`count` instances on `database` behind an emulator that delivers to them in turn."""
    emulator = unlimited_emulator()
    ports = [free_port() for _ in range(count)]
    processes = []
    for port in ports:
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": emulator.base_url,
            "DATABASE_URL": database if isinstance(database, str) else "",
            "BOT_DB_PATH": str(database),
            "WEBHOOK_URL": "https://bench.example/updates",
            "WEBHOOK_SECRET": "bench-secret",
            "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
            "LOG_LEVEL": "WARNING",
        }
        with (folder / f"instance-{port}.log").open("w") as log:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bench.bot", "--instance"],
                    cwd=PROJECT_ROOT,
                    env=environment,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
    try:
        emulator.wait_for_count("setWebhook", count, timeout=120)
        emulator.deliver_by_webhook([f"http://127.0.0.1:{port}" for port in ports])
        yield emulator, processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=60)
        emulator.stop()


async def loaded(
    emulator: Emulator, updates: int, rate: float | None = None
) -> tuple[float, list[float]]:
    """Push `updates` messages from 50 chats, all at once or `rate` a second: updates per
    second until all are answered, and each update's time from offered to its reply (a chat's
    replies come in the order of its updates: Telegram sends a chat's next update once the
    last is answered)."""
    people = users(50)
    mark = emulator.mark()
    pushed: dict[int, list[int]] = {}
    start = time.perf_counter()
    for i in range(updates):
        if rate is not None:
            await asyncio.sleep(max(0.0, start + i / rate - time.perf_counter()))
        person = people[i % len(people)]
        chat = {"id": person["id"], "type": "private", "first_name": person["first_name"]}
        message = emulator.compose_message(chat, person, taolu_texts(i))
        pushed.setdefault(person["id"], []).append(emulator.push({"message": message})["update_id"])
    await asyncio.to_thread(emulator.wait_for_count, "sendMessage", updates, mark, 300)
    elapsed = time.perf_counter() - start
    answered: dict[int, list[float]] = {}
    with emulator.lock:
        for call in emulator.sent[mark:]:
            if call["method"] == "sendMessage":
                answered.setdefault(int(call["params"]["chat_id"]), []).append(call["at"])
    delays = [
        at - emulator.offered[update_id]
        for chat, ids in pushed.items()
        for update_id, at in zip(ids, answered[chat], strict=True)
    ]
    return updates / elapsed, delays


def p99(seconds: list[float]) -> float:
    ordered = sorted(seconds)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def cpu_seconds(pid: int) -> float:
    """CPU time a process has used (user and system), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except FileNotFoundError:  # gone meanwhile
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu() -> float:
    """CPU time of the PostgreSQL server's processes (its backends for the instances)."""
    total = 0.0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/comm") as comm:
                if comm.read().strip() == "postgres":
                    total += cpu_seconds(int(pid))
        except FileNotFoundError:
            continue
    return total


def cpu_now(processes: list[subprocess.Popen]) -> tuple[float, float, float]:
    """(the instances', PostgreSQL's, this process's) CPU seconds so far."""
    return (
        sum(cpu_seconds(process.pid) for process in processes),
        postgres_cpu(),
        time.process_time(),
    )


async def scale_out(quick: bool) -> None:
    """The three set-ups side by side, their runs in turns, so that the machine's slow and
    fast spells fall on all three alike: all at once (how many a second), at a steady 100 a
    second (p99 under load), and one at a time (latency alone)."""
    server = os.environ.get("TEST_DATABASE_URL")
    if not server:
        print(
            "\nScale-out comparison skipped: it needs TEST_DATABASE_URL; run "
            "`.ci/with-postgres .venv/bin/python -m bench.bot --scale-out-only`."
        )
        return
    updates = 300 if quick else 1500
    rounds = 3 if quick else 7
    paced = 300 if quick else 1200
    pace = 100.0
    samples = 100 if quick else 300
    names = ["1 instance, SQLite", "1 instance, PostgreSQL", "2 instances, PostgreSQL"]
    with (
        tempfile.TemporaryDirectory() as folder,
        postgres_database(server, "taolu_bench") as one,
        postgres_database(server, "taolu_bench") as two,
        instances(Path(folder) / "bench.sqlite3", 1, Path(folder)) as sqlite,
        instances(one, 1, Path(folder)) as postgres,
        instances(two, 2, Path(folder)) as pair,
    ):
        setups = dict(zip(names, (sqlite, postgres, pair), strict=True))
        for emulator, _ in setups.values():
            await loaded(emulator, 60)  # warm-up
        rates: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [0.0, 0.0, 0.0] for name in names}
        for _ in range(rounds):
            for name, (emulator, processes) in setups.items():
                before = cpu_now(processes)
                rate, _ = await loaded(emulator, updates)
                after = cpu_now(processes)
                rates[name].append(rate)
                cpu[name] = [t + a - b for t, a, b in zip(cpu[name], after, before, strict=True)]
        steady = {name: (await loaded(e, paced, pace))[1] for name, (e, _) in setups.items()}
        alone = {
            name: await latencies(emulator, taolu_texts, samples)
            for name, (emulator, _) in setups.items()
        }
    base = statistics.median(rates[names[0]])
    table(
        f"Scale-out by webhook: updates/s with {updates} updates from 50 chats at once "
        f"(median of {rounds} rounds in turns); latency from an update offered to its reply, "
        f"at a steady {pace:.0f} updates/s ({paced} updates) and one at a time",
        ["set-up", "updates/s", "vs SQLite", f"p99 ms at {pace:.0f}/s", "median / p99 ms alone"],
        [
            [
                name,
                f"{statistics.median(rates[name]):.0f}",
                f"{statistics.median(rates[name]) / base:.2f}",
                f"{p99(steady[name]) * 1e3:.0f}",
                f"{statistics.median(alone[name]) * 1e3:.1f} / {p99(alone[name]) * 1e3:.1f}",
            ]
            for name in names
        ],
    )
    handled = updates * rounds
    table(
        "Where the CPU went, ms per update, in the all-at-once rounds (2 cores: 2000 ms of CPU "
        "a second in all)",
        ["set-up", "bot instances", "PostgreSQL", "emulator and load", "in all"],
        [
            [name, *(f"{seconds * 1e3 / handled:.2f}" for seconds in [*cpu[name], sum(cpu[name])])]
            for name in names
        ],
    )
    spread = {name: f"{min(r):.0f}–{max(r):.0f}" for name, r in rates.items()}
    print(f"\nupdates/s, slowest–fastest round: {spread}")


async def help_while_a_group_floods(quick: bool) -> None:
    """One group member sends 100 commands in 10 s while 20 other people each ask /help in
    their private chats, with Telegram's limits on in the emulator and in the bot's rate
    limiter: the private chats' p99, what the group received, and that nothing was lost or
    sent twice."""
    flood_seconds, commands = (5.0, 50) if quick else (10.0, 100)
    with tempfile.TemporaryDirectory() as folder:
        emulator = Emulator().start()  # Telegram's limits on: 429 past them
        db = Path(folder) / "bench.sqlite3"
        settings = settings_for(emulator, db, DEFAULT_CONTENT)
        app = build_application(  # the bot's own rate limiter, as in production
            settings, load_corpus(DEFAULT_CONTENT), Storage(db), rng=random.Random(0)
        )
        group = {"id": -100900, "type": "supergroup", "title": "Flood"}
        flooder = users(1)[0]
        askers = users(21)[1:]
        delays: list[float] = []
        try:
            async with polling(app):
                start = time.perf_counter()

                async def flood() -> None:
                    for i in range(commands):
                        emulator.user_message(group, flooder, ("/joke", "/prank", "/help")[i % 3])
                        await asyncio.sleep(flood_seconds / commands)  # the flooder's pace

                async def ask(person: dict) -> None:
                    """A /help a second: 20 chats keep within Telegram's 30 messages a
                    second for the whole bot, which a bot must respect whatever floods it."""
                    chat = {"id": person["id"], "type": "private", "first_name": "p"}
                    await asyncio.sleep(random.random())  # not all in the same instant
                    while time.perf_counter() - start < flood_seconds:
                        asked_at = time.perf_counter()
                        mark = emulator.mark()
                        emulator.user_message(chat, person, "/help")
                        update_id = max(emulator.offered)
                        call = await asyncio.to_thread(
                            emulator.wait_for,
                            lambda c, i=person["id"]: (
                                c["method"] == "sendMessage" and int(c["params"]["chat_id"]) == i
                            ),
                            30,
                            mark,
                        )
                        delays.append(call["at"] - emulator.offered[update_id])
                        await asyncio.sleep(max(0.0, 1.0 - (time.perf_counter() - asked_at)))

                await asyncio.gather(flood(), *(ask(p) for p in askers))
                # Let the group's backlog drain for the rest of the minute.
                await asyncio.sleep(max(0.0, 60 - (time.perf_counter() - start)))
            sent = [c for c in emulator.sent if c["method"] == "sendMessage"]
            to_group = [c for c in sent if int(c["params"]["chat_id"]) == group["id"]]
            per_asker = [sum(int(c["params"]["chat_id"]) == p["id"] for c in sent) for p in askers]
            asked = len(delays)
        finally:
            emulator.stop()
    delays.sort()
    p99 = delays[min(len(delays) - 1, int(0.99 * len(delays)))]
    table(
        f"/help in 20 private chats while one group member sends {commands} commands in "
        f"{flood_seconds:.0f} s (Telegram's limits on)",
        ["measure", "value", "target"],
        [
            ["private /help answered", f"{sum(per_asker)} of {asked}", "all, once each"],
            ["private /help median ms", f"{statistics.median(delays) * 1e3:.1f}", ""],
            ["private /help p99 ms", f"{p99 * 1e3:.1f}", "≤ 250"],
            ["messages the flooding group got in its first minute", f"{len(to_group)}", "≤ 20"],
            ["429s from the emulator", f"{len(emulator.too_many)}", "0"],
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--scale-out-only", action="store_true")
    parser.add_argument("--instance", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--polling", choices=["echo", "taolu"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.instance:
        sys.exit(serve_instance())
    if args.polling:
        sys.exit(serve_polling(args.polling))
    print(f"Machine: {machine()}")
    if not args.scale_out_only:
        asyncio.run(measure(args.quick))
        asyncio.run(joke_while_training(args.quick))
        asyncio.run(help_while_a_group_floods(args.quick))
    asyncio.run(scale_out(args.quick))


if __name__ == "__main__":
    main()
