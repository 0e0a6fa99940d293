"""The network commands' arguments: what /train and /predict accept, parsed and checked.

Pure functions; a `UsageError` carries the catalogue line (and its values) that says what
would have been accepted, so each front end shows it in the chat's language.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from bot.engine.catalogue import say
from bot.lab.gates import DEFAULT_EPOCHS, DEFAULT_HIDDEN, DEFAULT_LEARNING_RATE, GATES

ACTIVATION_NAMES = ("tanh", "sigmoid", "relu")
EPOCHS_RANGE = (1, 20_000)
LEARNING_RATE_RANGE = (1e-4, 10.0)
HIDDEN_RANGE = (1, 64)
INPUT_RANGE = (-100.0, 100.0)


@dataclass
class UsageError(ValueError):
    """Input that does not fit: catalogue lines (key, values) that say what would."""

    lines: list[tuple[str, dict]] = field(default_factory=list)

    def text(self, lang: str) -> str:
        return "\n".join(say(key, lang, **values) for key, values in self.lines)


def _train_usage() -> tuple[str, dict]:
    return (
        "train_usage",
        {
            "gates": ", ".join(GATES),
            "epochs": "–".join(map(str, EPOCHS_RANGE)),
            "lr": "–".join(f"{v:g}" for v in LEARNING_RATE_RANGE),
            "hidden": "–".join(map(str, HIDDEN_RANGE)),
        },
    )


@dataclass(frozen=True)
class TrainSpec:
    gate: str = "xor"
    epochs: int = DEFAULT_EPOCHS
    learning_rate: float = DEFAULT_LEARNING_RATE
    hidden: int = DEFAULT_HIDDEN
    activation: str = "tanh"

    def to_json(self) -> dict:
        return asdict(self)


def _number(text: str, low: float, high: float, name: str, integer: bool) -> float:
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not low <= value <= high:
        bad = (
            "train_bad_value",
            {"name": name, "value": text[:20], "low": f"{low:g}", "high": f"{high:g}"},
        )
        raise UsageError([bad, _train_usage()])
    return value


def parse_train(args: list[str]) -> TrainSpec:
    """TrainSpec from /train's words; UsageError naming the allowed range otherwise."""
    values: dict = {}
    for arg in args:
        key, sep, value = arg.lower().partition("=")
        if not sep and key in GATES:
            values["gate"] = key
        elif key == "epochs":
            values["epochs"] = int(_number(value, *EPOCHS_RANGE, "epochs", integer=True))
        elif key in ("lr", "learning_rate"):
            values["learning_rate"] = _number(value, *LEARNING_RATE_RANGE, "lr", integer=False)
        elif key == "hidden":
            values["hidden"] = int(_number(value, *HIDDEN_RANGE, "hidden", integer=True))
        elif key == "activation" and value in ACTIVATION_NAMES:
            values["activation"] = value
        else:
            raise UsageError([("train_unknown_word", {"word": arg[:30]}), _train_usage()])
    return TrainSpec(**values)


def parse_predict(args: list[str]) -> tuple[float, float]:
    usage = UsageError([("predict_usage", {})])
    if len(args) != 2:
        raise usage
    try:
        a, b = (float(x) for x in args)
    except ValueError:
        raise usage from None
    if not all(math.isfinite(v) and INPUT_RANGE[0] <= v <= INPUT_RANGE[1] for v in (a, b)):
        raise usage
    return a, b
