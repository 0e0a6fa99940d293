"""Engine benchmark: answer steps per second, waiting state size, corpus load time.

Run: .venv/bin/python bench/engine.py
"""

import json
from pathlib import Path

import yaml

from bench.common import machine, median_seconds, table
from bot.config import DEFAULT_CONTENT
from bot.engine.corpus import load_corpus
from bot.engine.engine import Engine, Incoming
from bot.engine.state import ChatState, Person

STEPS = 20_000


def main() -> None:
    print(f"Machine: {machine()}")
    corpus = load_corpus(DEFAULT_CONTENT)
    engine = Engine(corpus)
    user = Person(123456789, "Mei", "mei_2024", "zh-hans")
    waiting = engine.handle(ChatState(), Incoming(user, "/prank ten-knives", 0.0)).chat
    hint = Incoming(user, "六把!", 1.0)
    land = Incoming(user, "８ 把", 1.0)
    patterns = {"8把": "儿子"}

    def steps(message: Incoming) -> None:
        for _ in range(STEPS):
            engine.handle(waiting, message)

    def baseline() -> None:  # the least any step can do: one dict lookup on folded text
        for _ in range(STEPS):
            patterns.get(land.text.casefold().replace(" ", ""))

    base = median_seconds(baseline)
    rows = []
    for name, message in (("wrong answer → hint", hint), ("right answer → punchline", land)):
        seconds = median_seconds(lambda m=message: steps(m))
        rows.append([name, f"{STEPS / seconds:,.0f}", f"{seconds / base:.1f}×", "≥ 50,000"])
    rows.append(["baseline: dict lookup of casefolded text", f"{STEPS / base:,.0f}", "1.0×", ""])
    table("Answer steps on one core", ["step", "steps/s", "time vs baseline", "target"], rows)

    sizes = []
    for name in ("Mei", "名" * 64):
        person = Person(123456789012, name, None, "zh")
        for rid in corpus.routines:
            chat = engine.handle(ChatState(), Incoming(person, f"/prank {rid}", 1.8e9)).chat
            sizes.append(len(json.dumps(chat.to_json(), ensure_ascii=False).encode("utf-8")))
    table(
        "Stored state of a waiting private conversation (JSON, UTF-8 bytes)",
        ["case", "bytes", "target"],
        [["largest over all routines, 64-char CJK name", max(sizes), "≤ 256"]],
    )

    text = Path(DEFAULT_CONTENT).read_text(encoding="utf-8")
    load = median_seconds(lambda: load_corpus(DEFAULT_CONTENT))
    plain = median_seconds(lambda: yaml.safe_load(text))
    table(
        "Loading and validating the corpus",
        ["what", "ms", "vs baseline", "target"],
        [
            [
                "load_corpus (parse + validate)",
                f"{load * 1000:.1f}",
                f"{load / plain:.2f}×",
                "≤ 50 ms",
            ],
            ["baseline: yaml.safe_load alone", f"{plain * 1000:.1f}", "1.00×", ""],
        ],
    )


if __name__ == "__main__":
    main()
