"""nn benchmark: W1 XOR, W2 dense digits epoch, W3 convolutional training step.

Run from the repository's root: .venv/bin/python -m bench.network [--quick]
PyTorch (CPU) is the baseline for W2 and W3 when installed (`pip install torch==2.13.0`);
it is never a dependency of the project. Each timing is a median of several runs.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.common import machine, median_seconds, seconds, table
from bot.lab.gates import GATES, INPUTS, learned, train_gate
from nn import (
    SGD,
    ActivationLayer,
    ConvLayer,
    FCLayer,
    FlattenLayer,
    MaxPoolingLayer,
    Network,
    softmax_cross_entropy,
    softmax_cross_entropy_prime,
)
from nn.runtime import reuse_freed_memory
from tests.support.article import article_network

ROOT = Path(__file__).resolve().parent.parent

try:
    import torch
except ImportError:  # the baseline is optional
    torch = None


def w1_xor(seeds: int) -> None:
    xor = GATES["xor"]

    def article_fit(seed: int, batch_size: int) -> Network:
        net = article_network(seed)
        net.fit(INPUTS, xor, 1000, 0.1, batch_size=batch_size, verbose=False)
        return net

    per_sample = median_seconds(lambda: article_fit(0, 1), runs=5)
    full_batch = median_seconds(lambda: article_fit(0, 4), runs=5)
    ours = median_seconds(lambda: train_gate("xor", seed=0), runs=9)
    article_ok = sum(learned(article_fit(s, 1), "xor") for s in range(seeds))
    ours_ok = sum(learned(train_gate("xor", seed=s)[0], "xor") for s in range(seeds))
    table(
        "W1: XOR",
        ["set-up", "ms per fit", "vs per-sample", f"converged (of {seeds} seeds)"],
        [
            [
                "article: 2-3-1 tanh, SGD 0.1, 1000 epochs, batch 1 (baseline)",
                f"{per_sample * 1e3:.1f}",
                "1.00×",
                article_ok,
            ],
            [
                "article set-up, full batch (4)",
                f"{full_batch * 1e3:.1f}",
                f"{full_batch / per_sample:.2f}×",
                "—",
            ],
            [
                "ours (bot.lab.gates): 2-8-1 tanh/sigmoid, BCE, Adam 0.1, 100 epochs, full batch",
                f"{ours * 1e3:.1f}",
                f"{ours / per_sample:.2f}×",
                ours_ok,
            ],
        ],
    )


def digits_data() -> tuple[np.ndarray, np.ndarray]:
    from examples import digits  # here: it imports scikit-learn, which only W2 needs

    x_train, y_train, _, _ = digits.split()
    return x_train.reshape(len(x_train), -1).astype(np.float32), y_train.astype(np.float32)


def w2_dense(runs: int) -> None:
    x, y = digits_data()
    rng = np.random.default_rng(0)
    net = Network(dtype=np.float32)
    net.add(FCLayer(64, 128, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(FCLayer(128, 10, init="xavier", rng=rng))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime, optimizer=SGD())
    ours = median_seconds(
        lambda: net.fit(x, y, 1, 0.1, batch_size=32, verbose=False, seed=rng), runs=runs
    )
    rows = [["nn (ours)", f"{ours * 1e3:.2f}"]]
    rows.append(["hand-written numpy loop", f"{numpy_dense_epoch(x, y, runs) * 1e3:.2f}"])
    if torch is not None:
        baseline = torch_dense_epoch(x, y, runs)
        rows = [[*r, f"{float(r[1]) / (baseline * 1e3):.2f}×"] for r in rows]
        rows.append(["PyTorch CPU (baseline)", f"{baseline * 1e3:.2f}", "1.00×"])
        header = ["implementation", "ms per epoch", "vs PyTorch (target ≤ 0.35× for ours)"]
    else:
        header = ["implementation", "ms per epoch"]
    table("W2: digits, dense 64-128-10, ReLU, softmax CE, SGD 0.1, batch 32, float32", header, rows)


def numpy_dense_epoch(x: np.ndarray, y: np.ndarray, runs: int) -> float:
    rng = np.random.default_rng(0)
    w1 = (rng.normal(size=(64, 128)) * np.sqrt(2 / 64)).astype(np.float32)
    b1 = np.zeros(128, np.float32)
    w2 = (rng.normal(size=(128, 10)) * 0.1).astype(np.float32)
    b2 = np.zeros(10, np.float32)

    def epoch() -> None:
        order = rng.permutation(len(x))
        xs, ys = x[order], y[order]
        for start in range(0, len(xs), 32):
            xb, yb = xs[start : start + 32], ys[start : start + 32]
            h = np.maximum(xb @ w1 + b1, 0)
            z = h @ w2 + b2
            e = np.exp(z - z.max(1, keepdims=True))
            g = (e / e.sum(1, keepdims=True) - yb) / len(xb)
            gh = (g @ w2.T) * (h > 0)
            np.subtract(w2, 0.1 * h.T @ g, out=w2)
            np.subtract(b2, 0.1 * g.sum(0), out=b2)
            np.subtract(w1, 0.1 * xb.T @ gh, out=w1)
            np.subtract(b1, 0.1 * gh.sum(0), out=b1)

    return median_seconds(epoch, runs=runs)


def torch_dense_epoch(x: np.ndarray, y: np.ndarray, runs: int) -> float:
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    xt, labels = torch.from_numpy(x), torch.from_numpy(y.argmax(1))
    loss_fn = torch.nn.CrossEntropyLoss()

    def epoch() -> None:
        order = torch.randperm(len(xt))
        for start in range(0, len(xt), 32):
            index = order[start : start + 32]
            optimizer.zero_grad()
            loss_fn(model(xt[index]), labels[index]).backward()
            optimizer.step()

    return median_seconds(epoch, runs=runs)


W3_CONTENDERS = {
    # name: (implementation, threads, nn.runtime.reuse_freed_memory() first)
    "nn (ours), one thread, glibc's malloc defaults": ("nn", 1, False),
    "nn (ours), one thread, reuse_freed_memory()": ("nn", 1, True),
    "nn (ours), fit(threads=2) (turns reuse_freed_memory() on)": ("nn", 2, True),
    "PyTorch CPU, glibc's malloc defaults (baseline)": ("torch", 0, False),
    "PyTorch CPU, reuse_freed_memory()": ("torch", 0, True),
}


def w3_conv(rounds: int, steps: int) -> None:
    """Every contender in a fresh process of its own, the processes in turns: thread pools
    that spin after their work (OpenBLAS's, PyTorch's OpenMP) and the malloc setting would
    otherwise carry over from one contender to the next, and turns spread the machine's
    slow and fast spells over all of them."""
    names = [n for n, (impl, _, _) in W3_CONTENDERS.items() if impl == "nn" or torch is not None]
    times: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        for name in names:
            times[name] += w3_in_fresh_process(name, steps)
    medians = {name: statistics.median(t) for name, t in times.items()}
    title = (
        "W3: one step, batch 64 of 28×28×1: conv 3×3×16, ReLU, pool 2, conv 3×3×32, ReLU, "
        "pool 2, flatten, dense 10, softmax CE, SGD, float32"
    )
    note = f"\n({rounds} rounds; each round starts every contender in turn, {steps} steps each.)"
    if torch is None:
        table(
            title,
            ["implementation", "ms per step"],
            [[n, f"{m * 1e3:.2f}"] for n, m in medians.items()],
        )
        print(note)
        return
    plain, tuned = (medians[n] for n in names[3:5])
    rows = [
        [name, f"{m * 1e3:.2f}", f"{m / plain:.2f}×", f"{m / tuned:.2f}×"]
        for name, m in medians.items()
    ]
    header = [
        "implementation",
        "ms per step",
        "vs PyTorch, malloc defaults (target ≤ 1.0×)",
        "vs PyTorch, reuse_freed_memory()",
    ]
    table(title, header, rows)
    print(note)


def w3_in_fresh_process(name: str, steps: int) -> list[float]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.network", "--w3-contender", name, "--w3-steps", str(steps)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def w3_contender(name: str, steps: int) -> None:
    """Time `steps` W3 steps of one contender (after five untimed) and print them as JSON."""
    implementation, threads, tuned = W3_CONTENDERS[name]
    if tuned:
        reuse_freed_memory()
    rng = np.random.default_rng(0)
    x = rng.random((64, 28, 28, 1), dtype=np.float32)
    y = np.eye(10, dtype=np.float32)[rng.integers(0, 10, 64)]
    if implementation == "torch":
        step = torch_conv_step(x, y)
    else:
        net = conv_network()

        def step() -> None:
            net.fit(x, y, 1, 0.01, batch_size=64, verbose=False, seed=0, threads=threads)

    print(json.dumps(seconds(step, runs=steps, warmup=5)))


def conv_network() -> Network:
    rng = np.random.default_rng(0)
    net = Network(dtype=np.float32)
    net.add(ConvLayer((28, 28, 1), (3, 3), 16, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(MaxPoolingLayer(2))
    net.add(ConvLayer((13, 13, 16), (3, 3), 32, init="he", rng=rng))
    net.add(ActivationLayer("relu"))
    net.add(MaxPoolingLayer(2))
    net.add(FlattenLayer())
    net.add(FCLayer(5 * 5 * 32, 10, init="xavier", rng=rng))
    net.use(softmax_cross_entropy, softmax_cross_entropy_prime)
    return net


def torch_conv_step(x: np.ndarray, y: np.ndarray) -> Callable[[], None]:
    torch.manual_seed(0)
    model = torch.nn.Sequential(
        torch.nn.Conv2d(1, 16, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(16, 32, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Flatten(), torch.nn.Linear(5 * 5 * 32, 10),
    )  # fmt: skip
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    xt = torch.from_numpy(np.ascontiguousarray(x.transpose(0, 3, 1, 2)))
    labels = torch.from_numpy(y.argmax(1))
    loss_fn = torch.nn.CrossEntropyLoss()

    def step() -> None:
        optimizer.zero_grad()
        loss_fn(model(xt), labels).backward()
        optimizer.step()

    return step


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer seeds and runs")
    parser.add_argument(
        "--plain-malloc", action="store_true", help="skip nn.runtime.reuse_freed_memory()"
    )
    parser.add_argument("--w3-contender", help=argparse.SUPPRESS)
    parser.add_argument("--w3-steps", type=int, default=30, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.w3_contender:
        w3_contender(args.w3_contender, args.w3_steps)
        return
    print(f"Machine: {machine()}")
    if not args.plain_malloc:
        print(f"nn.runtime.reuse_freed_memory(): {reuse_freed_memory()}")
    if torch is not None:
        print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads")
    else:
        print("PyTorch is not installed: W2 and W3 run without their baseline.")
    started = time.perf_counter()
    w1_xor(seeds=20 if args.quick else 100)
    w2_dense(runs=5 if args.quick else 15)
    w3_conv(rounds=2 if args.quick else 7, steps=20 if args.quick else 40)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
