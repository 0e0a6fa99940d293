"""Why a run did not learn, in words a curious non-expert follows, and what to try next.

`diagnose` is pure: it reads the settings a run was given and the error curve it drew, and
returns catalogue lines (key, values), most telling first. The rules follow what the lab's
recipe (bot.lab.gates: a 2-hidden-1 network, sigmoid output, Adam) does when misused:

- XOR and XNOR need two straight lines to fence off their 1s; a hidden layer of one neuron
  draws one, and a linear hidden layer, however wide, still draws one (its neurons add up to
  a single straight line). Neither learns them, whatever the other settings.
- A large learning rate jumps over the answer: the error ends above where it began, or goes
  up on many epochs (lr=10 saturates the output; lr=3 bounces on about half the epochs).
- A tiny learning rate, or too few epochs, leaves the error still falling when training ends
  (and under the recipe's 100 epochs, any fall at all says it was cut short).
- Otherwise the run got stuck where its random start led it (a dead relu, a flat spot):
  training again starts elsewhere.
"""

from __future__ import annotations

import itertools
import math

from bot.lab.gates import DEFAULT_EPOCHS, DEFAULT_LEARNING_RATE
from bot.lab.spec import EPOCHS_RANGE, TrainSpec

Line = tuple[str, dict]

NEEDS_TWO_LINES = ("xor", "xnor")  # gates no single straight line separates
HIGH_LEARNING_RATE = 0.5  # above this the recipe often bounces (it learns at 0.1, often at 1)
LOW_LEARNING_RATE = 0.01
BOUNCING = 0.2  # share of epochs on which the error went up, past which it is bouncing
TAIL = 0.2  # the last fifth of the curve tells whether the error was still falling
STILL_FALLING = 0.05  # the error fell by more than this share over the tail


def diagnose(
    spec: TrainSpec,
    history: list[float],
    *,
    stopped: bool = False,
    timed_out: bool = False,
    diverged: bool = False,
    max_epochs: int = EPOCHS_RANGE[1],
) -> list[Line]:
    """Catalogue lines saying why a run that did not learn failed, and what to try."""
    if timed_out:
        return [("why_timed_out", {})]
    if stopped:
        return [("why_stopped", {})]
    if diverged:  # NaN or inf: the steps were so big the numbers blew up
        return [("why_lr_high", {"lr": spec.learning_rate})]
    gate = spec.gate.upper()
    lines: list[Line] = []
    if spec.gate in NEEDS_TWO_LINES and spec.hidden < 2:
        lines.append(("why_one_neuron", {"gate": gate}))
    if spec.gate in NEEDS_TWO_LINES and spec.activation == "linear":
        lines.append(("why_linear", {"gate": gate}))
    if lines:  # no learning rate or number of epochs would help
        return lines
    if spec.learning_rate > HIGH_LEARNING_RATE and bouncing(history):
        return [("why_lr_high", {"lr": spec.learning_rate})]
    if spec.learning_rate < LOW_LEARNING_RATE and falling(history):
        return [("why_lr_low", {"lr": spec.learning_rate, "good": DEFAULT_LEARNING_RATE})]
    more = min(max(4 * spec.epochs, DEFAULT_EPOCHS), max_epochs)
    short = spec.epochs < DEFAULT_EPOCHS and falling(history)  # the recipe needs ~100
    if (short or still_falling(history)) and more > spec.epochs:
        return [("why_few_epochs", {"epochs": spec.epochs, "more": more})]
    return [("why_stuck", {})]


def bouncing(history: list[float]) -> bool:
    """The error ended no lower than it began, or went up on many epochs."""
    values = [v for v in history if math.isfinite(v)]
    if len(values) < len(history) or len(values) < 2:
        return True  # NaN or inf: it blew up
    if values[-1] >= values[0]:
        return True
    ups = sum(1 for a, b in itertools.pairwise(values) if b > a)
    return ups / (len(values) - 1) >= BOUNCING


def falling(history: list[float]) -> bool:
    """The error ended below where it began, and never blew up."""
    return len(history) >= 2 and all(map(math.isfinite, history)) and history[-1] < history[0]


def still_falling(history: list[float]) -> bool:
    """Over the last fifth of the epochs the error fell by more than a few percent."""
    if len(history) < 2:
        return len(history) == 1  # one epoch: there was no time to fall
    start = history[min(len(history) - 2, int(len(history) * (1 - TAIL)))]
    end = history[-1]
    return math.isfinite(start) and math.isfinite(end) and end < start * (1 - STILL_FALLING)
