"""The network commands' words: parsing /train and /predict, and what the bot answers.

Pure functions, shared by the Telegram bot and the console playground.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from bot.engine.corpus import Text
from bot.lab.gates import DEFAULT_EPOCHS, DEFAULT_HIDDEN, DEFAULT_LEARNING_RATE, GATES, INPUTS

ACTIVATIONS = ("tanh", "sigmoid", "relu")
EPOCHS_RANGE = (1, 20_000)
LEARNING_RATE_RANGE = (1e-4, 10.0)
HIDDEN_RANGE = (1, 64)
INPUT_RANGE = (-100.0, 100.0)


class UsageError(ValueError):
    """Input that does not fit; the message (in both languages) says what would."""

    def __init__(self, text: Text):
        super().__init__(text.en)
        self.text = text


@dataclass(frozen=True)
class TrainSpec:
    gate: str = "xor"
    epochs: int = DEFAULT_EPOCHS
    learning_rate: float = DEFAULT_LEARNING_RATE
    hidden: int = DEFAULT_HIDDEN
    activation: str = "tanh"

    def to_json(self) -> dict:
        return asdict(self)


TRAIN_USAGE = Text(
    "用法：/train [门] [epochs=N] [lr=X] [hidden=N] [activation=tanh|sigmoid|relu]\n"
    f"门：{', '.join(GATES)}；epochs {EPOCHS_RANGE[0]}–{EPOCHS_RANGE[1]}，"
    f"lr {LEARNING_RATE_RANGE[0]}–{LEARNING_RATE_RANGE[1]}，hidden {HIDDEN_RANGE[0]}–{HIDDEN_RANGE[1]}。"
    "停止训练：/train stop",
    "Usage: /train [gate] [epochs=N] [lr=X] [hidden=N] [activation=tanh|sigmoid|relu]\n"
    f"Gates: {', '.join(GATES)}; epochs {EPOCHS_RANGE[0]}–{EPOCHS_RANGE[1]}, "
    f"lr {LEARNING_RATE_RANGE[0]}–{LEARNING_RATE_RANGE[1]}, hidden {HIDDEN_RANGE[0]}–{HIDDEN_RANGE[1]}. "
    "To stop: /train stop",
)
PREDICT_USAGE = Text(
    "用法：/predict A B，例如 /predict 1 0（数字在 -100 到 100 之间）",
    "Usage: /predict A B, e.g. /predict 1 0 (numbers from -100 to 100)",
)


def _number(text: str, low: float, high: float, name: str, integer: bool) -> float:
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        raise UsageError(_bad(name, text, low, high)) from None
    if not math.isfinite(value) or not low <= value <= high:
        raise UsageError(_bad(name, text, low, high))
    return value


def _bad(name: str, value: str, low: float, high: float) -> Text:
    return Text(
        f"{name}={value[:20]} 不行：{name} 要在 {low:g} 到 {high:g} 之间。\n{TRAIN_USAGE.zh}",
        f"{name}={value[:20]} won't do: {name} must be from {low:g} to {high:g}.\n{TRAIN_USAGE.en}",
    )


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
        elif key == "activation" and value in ACTIVATIONS:
            values["activation"] = value
        else:
            raise UsageError(
                Text(
                    f"看不懂“{arg[:30]}”。\n{TRAIN_USAGE.zh}",
                    f"I don't understand “{arg[:30]}”.\n{TRAIN_USAGE.en}",
                )
            )
    return TrainSpec(**values)


def parse_predict(args: list[str]) -> tuple[float, float]:
    if len(args) != 2:
        raise UsageError(PREDICT_USAGE)
    try:
        a, b = (float(x) for x in args)
    except ValueError:
        raise UsageError(PREDICT_USAGE) from None
    if not all(math.isfinite(v) and INPUT_RANGE[0] <= v <= INPUT_RANGE[1] for v in (a, b)):
        raise UsageError(PREDICT_USAGE)
    return a, b


SAY: dict[str, Text] = {
    "training": Text(
        "🧠 训练 {gate}：epoch {epoch}/{epochs} error={error:.6f}\n{bar}",
        "🧠 Training {gate}: epoch {epoch}/{epochs} error={error:.6f}\n{bar}",
    ),
    "queued": Text(
        "⏳ 排队中：你是第 {position} 位，轮到时开始训练。",
        "⏳ Queued: you are number {position} in line; training starts on your turn.",
    ),
    "busy": Text(
        "这个聊天已经在训练了，等它完成或发 /train stop。",
        "This chat is already training; wait, or send /train stop.",
    ),
    "stopped": Text(
        "⏹ 训练已停止（epoch {epoch}/{epochs}）。", "⏹ Training stopped (epoch {epoch}/{epochs})."
    ),
    "nothing_to_stop": Text("现在没有在训练。", "Nothing is training right now."),
    "diverged": Text(
        "💥 训练发散了（epoch {epoch} 出现 NaN/inf）。试试更小的学习率，比如 lr=0.05。",
        "💥 Training diverged (NaN/inf at epoch {epoch}). Try a smaller learning rate, e.g. lr=0.05.",
    ),
    "result_title": Text(
        "🧠 {gate} 网络：2-{hidden}-1，{activation}，{epochs} 个 epoch，lr={lr:g}",
        "🧠 {gate} network: 2-{hidden}-1, {activation}, {epochs} epochs, lr={lr:g}",
    ),
    "final_error": Text("最终误差 {error:.6f}，{verdict}", "Final error {error:.6f}: {verdict}"),
    "learned": Text("学会了 ✅", "learned ✅"),
    "not_learned": Text(
        "还没学会 ❌（再训练一次或换个参数）",
        "not learned yet ❌ (train again or change the settings)",
    ),
    "no_network": Text(
        "这个聊天还没有训练好的网络。先发 /xor 或 /train。",
        "This chat has no trained network yet. Send /xor or /train first.",
    ),
    "prediction": Text(
        "{gate} 网络：({a:g}, {b:g}) → {output:.4f}，取整为 {rounded}",
        "{gate} network: ({a:g}, {b:g}) → {output:.4f}, rounded {rounded}",
    ),
    "picture_saved": Text("图已保存：{path}", "Picture saved: {path}"),
}


def say(key: str, lang: str, **values: object) -> str:
    return SAY[key].in_(lang).format(**values)


def progress_bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / max(total, 1))
    return "█" * filled + "░" * (width - filled) + f" {100 * done // max(total, 1)}%"


def result_text(
    spec: TrainSpec, outputs: list[float], error: float, learned: bool, lang: str
) -> str:
    """The truth table with the network's outputs, and the verdict."""
    targets = GATES[spec.gate].ravel()
    lines = [
        say(
            "result_title",
            lang,
            gate=spec.gate.upper(),
            hidden=spec.hidden,
            activation=spec.activation,
            epochs=spec.epochs,
            lr=spec.learning_rate,
        ),
        "A B | target | output",
    ]
    for (a, b), target, output in zip(INPUTS, targets, outputs, strict=True):
        lines.append(f"{a:.0f} {b:.0f} |   {target:.0f}    | {output:.4f}")
    verdict = say("learned" if learned else "not_learned", lang)
    lines.append(say("final_error", lang, error=error, verdict=verdict))
    return "\n".join(lines)
