"""The network commands' arguments: what /train and /predict accept, parsed and checked.

Pure functions; a `UsageError` carries the catalogue line (and its values) that says what
would have been accepted, so each front end shows it in the chat's language.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from bot.i18n.catalogue import say
from bot.lab.gates import DEFAULT_EPOCHS, DEFAULT_HIDDEN, DEFAULT_LEARNING_RATE, GATES

ACTIVATION_NAMES = ("tanh", "sigmoid", "relu", "linear")  # linear: no bend, to see why
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


def train_usage(max_epochs: int = EPOCHS_RANGE[1]) -> list[tuple[str, dict]]:
    """/train's usage: what it accepts, then what each setting means in plain words."""
    ranges = {
        "gates": ", ".join(GATES),
        "epochs": f"{EPOCHS_RANGE[0]}–{max_epochs}",
        "lr": "–".join(_plain(v) for v in LEARNING_RATE_RANGE),
        "hidden": "–".join(map(str, HIDDEN_RANGE)),
    }
    return [("train_usage", {**ranges}), ("lab_terms", {})]


def _plain(value: float) -> str:
    """1e-4 as "0.0001" and 100000000 as "100000000", not in exponent form."""
    return str(int(value)) if float(value).is_integer() else f"{value:f}".rstrip("0")


@dataclass(frozen=True)
class TrainSpec:
    gate: str = "xor"
    epochs: int = DEFAULT_EPOCHS
    learning_rate: float = DEFAULT_LEARNING_RATE
    hidden: int = DEFAULT_HIDDEN
    activation: str = "tanh"

    def to_json(self) -> dict:
        return asdict(self)


MAX_NUMBER_LENGTH = 32  # no value in range is written longer; a longer one is not read at all


def _number(text: str, low: float, high: float, name: str, integer: bool, max_epochs: int) -> float:
    # Whatever the text, a value out of range or unreadable is the usage line, never an
    # exception: int("9" * 400) is fine but too large for a float, and int() of thousands of
    # digits is refused (or slow), so a long text is not parsed at all.
    value = math.nan
    if len(text) <= MAX_NUMBER_LENGTH:
        try:
            value = float(int(text)) if integer else float(text)
        except (ValueError, OverflowError):
            value = math.nan
    if not math.isfinite(value) or not low <= value <= high:
        shown = {"name": name, "value": text[:20], "low": _plain(low), "high": _plain(high)}
        raise UsageError([("train_bad_value", shown), *train_usage(max_epochs)])
    return value


def parse_train(args: list[str], max_epochs: int = EPOCHS_RANGE[1]) -> TrainSpec:
    """TrainSpec from /train's words; UsageError naming the allowed range otherwise
    (and, for /train help or /train ?, the usage alone)."""
    if [a.lower() for a in args] in (["help"], ["?"]):
        raise UsageError(train_usage(max_epochs))
    values: dict = {}
    for arg in args:
        key, sep, value = arg.lower().partition("=")
        if not sep and key in GATES:
            values["gate"] = key
        elif key == "epochs":
            low = EPOCHS_RANGE[0]
            epochs = _number(value, low, max_epochs, "epochs", True, max_epochs)
            values["epochs"] = int(epochs)
        elif key in ("lr", "learning_rate"):
            lr = _number(value, *LEARNING_RATE_RANGE, "lr", False, max_epochs)
            values["learning_rate"] = lr
        elif key == "hidden":
            values["hidden"] = int(_number(value, *HIDDEN_RANGE, "hidden", True, max_epochs))
        elif key == "activation" and value in ACTIVATION_NAMES:
            values["activation"] = value
        else:
            unknown = ("train_unknown_word", {"word": arg[:30]})
            raise UsageError([unknown, *train_usage(max_epochs)])
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
