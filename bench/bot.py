"""Bot benchmark: updates per second through the whole stack, and reply latency.

Run: .venv/bin/python -m bench.bot [--quick]
Both bots run against the Bot API emulator of the tests, over real HTTP on 127.0.0.1, with
the rate limiter's Telegram limits off (the emulator has none) but its retries on:
  - baseline: a bare python-telegram-bot echo bot (one MessageHandler, no storage);
both receive the same messages (a /joke, a /prank, its answer, over and over):
  - Taolu: the real Application of bot/telegram/app.py, with SQLite in a temp dir.
"""

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Callable
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
from bot.config import DEFAULT_CONTENT
from bot.engine.corpus import load_corpus
from bot.storage import Storage
from bot.telegram.app import build_application
from tests.emulator import TOKEN, Emulator
from tests.telegram_fixtures import polling, settings_for


def unlimited() -> AIORateLimiter:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=5)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(update.effective_message.text)


def echo_bot(emulator: Emulator) -> Application:
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(emulator.base_url)
        .rate_limiter(unlimited())
        .build()
    )
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


async def measure(quick: bool) -> None:
    """Both bots run side by side, each on its own emulator; their runs alternate, so that
    whatever else the machine does falls on both alike."""
    updates = 300 if quick else 1500
    samples = 100 if quick else 400
    with tempfile.TemporaryDirectory() as folder:
        emulators = {
            "echo": Emulator(limits=False).start(),
            "taolu": Emulator(limits=False).start(),
        }
        db = Path(folder) / "bench.sqlite3"
        settings = settings_for(emulators["taolu"], db, DEFAULT_CONTENT)
        apps = {
            "echo": (echo_bot(emulators["echo"]), taolu_texts),
            "taolu": (
                build_application(
                    settings,
                    load_corpus(DEFAULT_CONTENT),
                    Storage(db),
                    unlimited(),
                    random.Random(0),
                ),
                taolu_texts,
            ),
        }
        rates: dict[str, list[float]] = {"echo": [], "taolu": []}
        delays: dict[str, list[float]] = {}
        try:
            async with polling(apps["echo"][0]), polling(apps["taolu"][0]):
                for name, (_, texts) in apps.items():
                    await throughput(emulators[name], texts, 60)  # warm-up
                for _ in range(3 if quick else 11):
                    for name, (_, texts) in apps.items():
                        rates[name].append(await throughput(emulators[name], texts, updates))
                for name, (_, texts) in apps.items():
                    delays[name] = sorted(await latencies(emulators[name], texts, samples))
        finally:
            for emulator in emulators.values():
                emulator.stop()
    echo, taolu = statistics.median(rates["echo"]), statistics.median(rates["taolu"])
    # Each Taolu run against the echo run just before it: drift in the machine cancels out.
    paired = statistics.median(t / e for e, t in zip(rates["echo"], rates["taolu"], strict=True))
    table(
        f"Updates per second through the whole stack (median of {len(rates['echo'])} alternating runs, "
        f"{updates} updates from 50 chats each)",
        ["bot", "updates/s", "ratio"],
        [
            ["bare PTB echo bot (baseline)", f"{echo:.0f}", "1.00"],
            [
                "Taolu (engine + SQLite + handlers)",
                f"{taolu:.0f}",
                f"{taolu / echo:.2f} (paired runs: {paired:.2f}; target ≥ 0.8)",
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
        emulator = Emulator(limits=False).start()
        db = Path(folder) / "bench.sqlite3"
        settings = settings_for(emulator, db, DEFAULT_CONTENT)
        app = build_application(
            settings, load_corpus(DEFAULT_CONTENT), Storage(db), unlimited(), random.Random(0)
        )
        trainer = app.bot_data["core"].lab.trainer
        try:
            async with polling(app):
                await trainer.warm_up()
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
                running = len(trainer._jobs)
                for person in trainers:
                    await trainer.stop(person["id"])
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
                    chat = {"id": person["id"], "type": "private", "first_name": "p"}
                    while time.perf_counter() - start < flood_seconds:
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
    args = parser.parse_args()
    print(f"Machine: {machine()}")
    asyncio.run(measure(args.quick))
    asyncio.run(joke_while_training(args.quick))
    asyncio.run(help_while_a_group_floods(args.quick))


if __name__ == "__main__":
    main()
