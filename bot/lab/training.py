"""One training run of a chat's gate network, with its result and its picture.

Runs wherever it is called: inline in the playground, in a worker process for Telegram.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from bot.lab.gates import INPUTS, learned, train_gate
from bot.lab.spec import TrainSpec
from nn.network import Network

HISTORY_POINTS = 200  # the loss curve kept with a network, downsampled


@dataclass(frozen=True)
class TrainResult:
    spec: TrainSpec
    epochs_run: int
    history: list[float]
    model: bytes | None = None  # None when stopped or diverged
    outputs: list[float] | None = None
    learned: bool = False
    stopped: bool = False
    diverged: bool = False
    picture: bytes | None = None
    timed_out: bool = False  # stopped because it ran past the trainer's time limit
    seconds: float = 0.0  # how long it held a worker, set by the trainer

    @property
    def final_error(self) -> float:
        return self.history[-1] if self.history else float("nan")

    def summary(self) -> dict:
        return {
            "spec": self.spec.to_json(),
            "history": downsample(self.history),
            "learned": self.learned,
        }


def downsample(values: list[float], points: int = HISTORY_POINTS) -> list[float]:
    if len(values) <= points:
        return list(values)
    index = np.linspace(0, len(values) - 1, points).round().astype(int)
    return [values[i] for i in index]


def train(
    spec: TrainSpec,
    keep_going: Callable[[int, float], bool] = lambda epoch, error: True,
    picture: bool = True,
    seed: int | None = None,
) -> TrainResult:
    """Train; `keep_going(epoch, error)` is asked after each epoch (False stops)."""
    state = {"stopped": False, "diverged": False}

    def on_epoch(epoch: int, error: float) -> bool:
        if not math.isfinite(error):
            state["diverged"] = True
            return False
        if not keep_going(epoch, error):
            state["stopped"] = True
            return False
        return True

    net, history = train_gate(
        spec.gate, spec.epochs, spec.learning_rate, spec.hidden, spec.activation, seed, on_epoch
    )
    if state["stopped"] or state["diverged"]:
        return TrainResult(
            spec, len(history), history, stopped=state["stopped"], diverged=state["diverged"]
        )
    return finish(spec, net, history, picture)


def finish(
    spec: TrainSpec, net: Network, history: list[float], picture: bool = True
) -> TrainResult:
    outputs = [float(v) for v in net.predict(INPUTS).ravel()]
    png = None
    if picture:
        from bot.lab.plot import render

        png = render(net, history, spec.gate)
    return TrainResult(
        spec, len(history), history, net.to_bytes(), outputs, learned(net, spec.gate), picture=png
    )
