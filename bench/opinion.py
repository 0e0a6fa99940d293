"""The second opinion's cost (understanding/second_opinion.py): the memory its learned models
hold, the full collection they slow, and its time an answer that reaches a branch.

Run: .venv/bin/python -m bench.opinion

Memory and collections are measured in fresh interpreters (RSS is the process's, and a
collection walks every tracked object it holds); the time an answer is `SecondOpinion.doubt`
alone, called as `RoutineState.verdict` calls it, on every labelled answer of the tuning sets
whose rules reach a branch, CPU time.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from bench.common import machine, median_seconds, table

# Run in a fresh interpreter: RSS (VmRSS, kB) and the median full gc.collect() (ms) after the
# load, after learning, and after learning then gc.freeze() (as the bot does at start).
PROBE = """
import gc, statistics, time
from bot.config import DEFAULT_CONTENT
from bot.content.corpus import load_corpus

def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))

def collect():
    times = []
    for _ in range(7):
        start = time.process_time()
        gc.collect()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000

corpus = load_corpus(DEFAULT_CONTENT)
for routine in corpus.routines.values():
    for state in routine.states.values():
        state.matcher
gc.collect()
loaded = (rss(), collect())
start = time.process_time()
corpus.learn_opinions()
took = time.process_time() - start
gc.collect()
learned = (rss(), collect())
gc.freeze()
frozen = (rss(), collect())
print(*loaded, *learned, *frozen, took)
"""


def main() -> None:
    from bot.config import DEFAULT_CONTENT
    from bot.content import reading
    from bot.content.corpus import _OWN_WORDS, DEFAULT_TUNING, LabelledAnswers, load_corpus
    from understanding import native, second_opinion

    print(f"Machine: {machine()}; times are CPU time unless said")
    built = "compiled with mypyc" if native.is_compiled(second_opinion) else "pure Python"
    print(f"understanding/second_opinion.py: {built}")

    runs = [
        [float(x) for x in subprocess.check_output([sys.executable, "-c", PROBE]).split()]
        for _ in range(3)
    ]
    middle = sorted(runs, key=lambda run: run[2])[1]
    table(
        "Memory and a full collection (fresh interpreter, the middle of 3 by RSS learned)",
        ["after", "RSS MB", "gc.collect() ms (median of 7, CPU)"],
        [
            ["load_corpus and every matcher", f"{middle[0] / 1024:.1f}", f"{middle[1]:.2f}"],
            ["learn_opinions()", f"{middle[2] / 1024:.1f}", f"{middle[3]:.2f}"],
            ["learn_opinions(), gc.freeze()", f"{middle[4] / 1024:.1f}", f"{middle[5]:.2f}"],
        ],
    )
    print(f"\nlearning, CPU s: {', '.join(f'{run[6]:.2f}' for run in runs)}")

    corpus = load_corpus(DEFAULT_CONTENT).learn_opinions()
    labelled = LabelledAnswers(DEFAULT_TUNING, corpus.routines)
    calls = []
    for routine in corpus.routines.values():
        for name, state in routine.states.items():
            opinion = state.opinion
            if opinion is None or state.reveal_outcome == "fell":
                continue
            for text, _ in labelled.by_state.get((routine.id, name), ()):
                found = state.understand(text)
                if found.branch_id is None:
                    continue
                hit = found.hit
                own = hit.text if hit is not None and hit.kind in _OWN_WORDS else None
                intent = hit is not None and hit.kind == "intent"
                same = reading.same_as(state, found)
                calls.append((opinion, text, found.branch_id, same, own, intent))

    def doubts() -> None:
        for opinion, text, reached, same, own, intent in calls:
            opinion.doubt(text, reached, same, own, intent)

    vetoes = sum(opinion.doubt(*rest) is not None for opinion, *rest in calls)
    each = [median_seconds(doubts, runs=5, clock=time.process_time) for _ in range(3)]
    table(
        "SecondOpinion.doubt, an answer that reaches a branch (median of 5 passes, 3 times)",
        ["answers", "vetoes", "µs an answer"],
        [[len(calls), vetoes, " / ".join(f"{s / len(calls) * 1e6:.2f}" for s in each)]],
    )
    print(f"\n(median {statistics.median(each) / len(calls) * 1e6:.2f} µs)")


if __name__ == "__main__":
    main()
