"""The network commands' arguments: what /train and /predict accept, parsed and checked.

Pure functions; a `UsageError` carries the catalogue line (and its values) that says what
would have been accepted, so each front end shows it in the chat's language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from bot.conversation.state import clean_name, isolate
from bot.i18n.catalogue import say
from bot.lab.gates import DEFAULT_EPOCHS, DEFAULT_HIDDEN, DEFAULT_LEARNING_RATE, GATES
from understanding.text import UNREADABLE, chinese_numeral

ACTIVATION_NAMES = ("tanh", "sigmoid", "relu", "linear")  # linear: no bend, to see why
EPOCHS_RANGE = (1, 20_000)
LEARNING_RATE_RANGE = (1e-4, 10.0)
HIDDEN_RANGE = (1, 64)
INPUT_RANGE = (-100.0, 100.0)
# /train's problems said at most (a setting's meaning beside its bad value aside): every
# bad setting is said, and there are four of them; a word past them is no setting either
PROBLEMS_SAID = 6


@dataclass
class UsageError(ValueError):
    """Input that does not fit: catalogue lines (key, values) that say what would."""

    lines: list[tuple[str, dict]] = field(default_factory=list)

    def text(self, lang: str) -> str:
        return "\n".join(_line(key, lang, values) for key, values in self.lines)


# A value "_line" picks one line of a many-line text: its index, or the line starting with a
# word (a setting's line of lab_terms: every language starts it with the setting's name).
LINE = "_line"


def _line(key: str, lang: str, values: dict) -> str:
    shown = {k: v for k, v in values.items() if k != LINE}
    text = say(key, lang, **shown)
    if LINE not in values:
        return text
    lines, which = text.split("\n"), values[LINE]
    if isinstance(which, int):
        return lines[which]
    return next((line for line in lines if line.startswith(which)), text)


def train_usage(max_epochs: int = EPOCHS_RANGE[1]) -> list[tuple[str, dict]]:
    """/train's usage: what it accepts, then what each setting means in plain words."""
    ranges = {
        "gates": ", ".join(GATES),
        "epochs": f"{EPOCHS_RANGE[0]}–{max_epochs}",
        "lr": "–".join(_plain(v) for v in LEARNING_RATE_RANGE),
        "hidden": "–".join(map(str, HIDDEN_RANGE)),
    }
    return [("train_usage", {**ranges}), ("lab_terms", {})]


def _usage_line(max_epochs: int) -> tuple[str, dict]:
    """The one line of /train's usage that shows its form (the word not understood)."""
    key, values = train_usage(max_epochs)[0]
    return key, {**values, LINE: 0}


# Each setting's line of lab_terms starts with its name (epoch, not epochs).
_TERM = {"epochs": "epoch", "lr": "lr", "hidden": "hidden", "activation": "activation"}
# The settings by the words that name them.
SETTINGS = {
    "epochs": "epochs",
    "lr": "lr",
    "learning_rate": "lr",
    "hidden": "hidden",
    "activation": "activation",
}


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


def _shown(typed: str) -> str:
    """What was typed, quoted back in a usage line as a name is shown (redteam27): at most
    30 characters, no invisible or direction-changing ones (a right-to-left override typed in
    /train turned the rest of the bot's line round), a right-to-left script isolated."""
    return isolate(clean_name(typed[:30]))


def _number(text: str, low: float, high: float, name: str, integer: bool, typed: str) -> float:
    # Whatever the text, a value out of range or unreadable is the usage line, never an
    # exception: int("9" * 400) is fine but too large for a float, and int() of thousands of
    # digits is refused (or slow), so a long text is not parsed at all. A decimal comma is a
    # point (lr=0,5); commas between thousands are dropped (1,000), in every setting: lr=1,000
    # is a thousand (refused), never a silent 1 beside epochs=1,000 read as 1000.
    value = math.nan
    if re.fullmatch(r"\d{1,3}(,\d{3})+", text) and (integer or unicodedata.digit(text[0]) != 0):
        text = text.replace(",", "")
    elif not integer and re.fullmatch(r"\d*,\d+", text):
        text = text.replace(",", ".")
    if len(text) <= MAX_NUMBER_LENGTH:
        try:
            value = float(int(text)) if integer else float(text)
        except (ValueError, OverflowError):
            value = math.nan
    if not math.isfinite(value) or not low <= value <= high:
        shown = {"name": name, "typed": _shown(typed), "low": _plain(low), "high": _plain(high)}
        raise UsageError([("train_bad_value", shown), ("lab_terms", {LINE: _TERM[name]})])
    return value


def _words(args: list[str]) -> list[tuple[str, str, str]]:
    """/train's words as (setting or word, value, what was typed): full-width forms as a
    Chinese keyboard types them (epochs＝500) read as ASCII, and "epochs 500", "epochs: 500",
    "epochs= 500", "epochs = 500" as "epochs=500"."""
    words = [unicodedata.normalize("NFKC", arg).lower() for arg in args]
    found: list[tuple[str, str, str]] = []
    i = 0
    while i < len(words):
        key, sep, value = words[i].partition("=")
        if not sep:
            key, sep, value = words[i].partition(":")
        typed = args[i]
        if key in SETTINGS and not value and i + 1 < len(words):
            value, typed = words[i + 1].lstrip("=:"), f"{args[i]} {args[i + 1]}"
            i += 1
            if not value and words[i] in ("=", ":") and i + 1 < len(words):
                value, typed = words[i + 1], f"{typed} {args[i + 1]}"  # "epochs = 500"
                i += 1
        found.append((key if key in SETTINGS else words[i], value, typed))
        i += 1
    return found


# The gates by their Chinese names, in either script: 异或 (XOR), 与 (AND), 或 (OR), 与非
# (NAND), 同或 (XNOR)
GATE_NAMES = {
    "异或": "xor",
    "異或": "xor",
    "与": "and",
    "與": "and",
    "或": "or",
    "与非": "nand",
    "與非": "nand",
    "同或": "xnor",
}


def parse_train(args: list[str], max_epochs: int = EPOCHS_RANGE[1]) -> TrainSpec:
    """TrainSpec from /train's words; UsageError naming the allowed range otherwise
    (and, for /train help or /train ?, the usage alone)."""
    if [a.lower() for a in args] in (["help"], ["?"]):
        raise UsageError(train_usage(max_epochs))
    values: dict = {}
    # Every bad setting is said, not only the first (epochs=99999999999999 lr=abc: both),
    # so one more /train fixes them all; the usage line once, at the end, if a word is unknown
    problems: list[tuple[str, dict]] = []
    usage = False
    for key, value, typed in _words(args):
        setting = SETTINGS.get(key)
        key = GATE_NAMES.get(key, key)
        try:
            if setting is None and key in GATES:
                values["gate"] = key
            elif setting == "epochs":
                low = EPOCHS_RANGE[0]
                values["epochs"] = int(_number(value, low, max_epochs, "epochs", True, typed))
            elif setting == "lr":
                rate = _number(value, *LEARNING_RATE_RANGE, "lr", False, typed)
                values["learning_rate"] = rate
            elif setting == "hidden":
                values["hidden"] = int(_number(value, *HIDDEN_RANGE, "hidden", True, typed))
            elif setting == "activation" and value in ACTIVATION_NAMES:
                values["activation"] = value
            elif setting == "activation":
                bad = ("train_unknown_word", {"word": _shown(typed)})
                raise UsageError([bad, ("lab_terms", {LINE: "activation"})])
            else:
                problems.append(("train_unknown_word", {"word": _shown(typed)}))
                usage = True
        except UsageError as error:
            problems.extend(error.lines)
    if problems:
        said = _first_problems(problems)
        raise UsageError([*said, _usage_line(max_epochs)] if usage else said)
    return TrainSpec(**values)


def _first_problems(problems: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """The problems /train says: each once, and the first PROBLEMS_SAID of them, a setting's
    meaning kept beside its bad value: enough for the next /train to fix (redteam30: a wall
    of words said a line each, 28,000 characters, cut by Telegram before the usage line)."""
    said: list[tuple[str, dict]] = []
    named = 0  # the problems said, a setting's meaning aside
    for problem in problems:
        if problem in said:
            continue
        if problem[0] != "lab_terms":
            if named == PROBLEMS_SAID:
                break
            named += 1
        said.append(problem)
    return said


def _predict_input(typed: str) -> float:
    """A number typed in digits or in Chinese numerals (一, 零, 负一, 〇点五), read as the
    answers' numbers are (understanding.text.chinese_numeral); ValueError: neither."""
    try:
        return float(typed)
    except ValueError:
        read = chinese_numeral(typed)
        if read == UNREADABLE:
            raise
        return float(read)


def parse_predict(args: list[str]) -> tuple[float, float]:
    """Two numbers, as typed: between spaces or a comma (full-width ，too: 1，0), a decimal
    comma read as a point where spaces part them (0,5 1), in digits or in Chinese numerals
    (/predict 1 一, 一 零: newuser27 got the usage line)."""
    usage = UsageError([("predict_usage", {})])
    text = unicodedata.normalize("NFKC", " ".join(args))
    parts = [part.strip(",") for part in text.split() if part.strip(",")]
    if len(parts) == 1 and "," in parts[0]:
        parts = parts[0].split(",")
    parts = [part.replace(",", ".") for part in parts]
    if len(parts) != 2:
        raise usage
    try:
        a, b = (_predict_input(x) for x in parts)
    except ValueError:
        raise usage from None
    if not all(math.isfinite(v) and INPUT_RANGE[0] <= v <= INPUT_RANGE[1] for v in (a, b)):
        raise usage
    return a, b
