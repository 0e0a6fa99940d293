"""The console playground: the engine in a terminal, no token needed.

The playground is a pretend group chat in which you can be anyone: `/as bob` switches the
speaker, so a group prank (`/prank @bob`, `/as bob`, an answer) can be tried alone.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.engine.engine import Engine, Incoming, Outcome, Reply, parse_command
from bot.engine.state import ChatState, Person
from bot.lab.commands import TrainSpec, UsageError, parse_predict, parse_train, result_text, say
from bot.lab.training import TrainResult, train
from nn.network import Network

LAB_COMMANDS = ("xor", "train", "predict")
DEFAULT_PICTURE_DIR = Path("data") / "playground"

BANNER = (
    "套路 Taolu playground. Type /help; /as NAME speaks as someone else; Ctrl-D quits.\n"
    "套路游乐场：发 /help 看看；/as 名字 换人说话；Ctrl-D 退出。"
)


def person_named(name: str) -> Person:
    """A stable pretend user for `name`, so `/as bob` twice is the same bob."""
    return Person(zlib.crc32(name.encode("utf-8")), name, name)


class Playground:
    """Feeds lines to the engine and renders its replies as text."""

    def __init__(
        self,
        engine: Engine,
        out: TextIO,
        clock: Callable[[], float] = time.time,
        picture_dir: Path = DEFAULT_PICTURE_DIR,
    ):
        self.engine = engine
        self.out = out
        self.clock = clock
        self.chat = ChatState()
        self.speaker = person_named("you")
        self.lab = ConsoleLab(picture_dir)

    def feed(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        self._show(self.engine.expire(self.chat, self.clock()))
        if line.split()[0] == "/as":
            name = line[3:].strip().lstrip("@")
            if name:
                self.speaker = person_named(name)
            self.out.write(f"(now speaking as {self.speaker.name})\n")
            return
        command = parse_command(line)
        if command is not None and command[0] in LAB_COMMANDS:
            self.out.write(self.lab.handle(*command, self.chat.lang or "zh") + "\n")
            return
        message = Incoming(self.speaker, line, self.clock(), in_group=True)
        outcome = self.engine.handle(self.chat, message)
        if not outcome.handled:
            self.out.write("(no reply: in a group the bot answers commands and its questions)\n")
        self._show(outcome)

    def _show(self, outcome: Outcome) -> None:
        self.chat = outcome.chat
        for reply in outcome.replies:
            self.out.write(render(reply) + "\n")
        self.out.flush()


def render(reply: Reply) -> str:
    prefix = f"→ {reply.address.label}: " if reply.address is not None and reply.asks else ""
    return "🎭 " + prefix + reply.text.replace("\n", "\n   ")


def run_playground(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    """Read lines until end of input; print the bot's replies. Returns the exit code."""
    playground = Playground(engine, stdout)
    if stdin.isatty():
        stdout.write(BANNER + "\n")
    try:
        for line in stdin:
            playground.feed(line)
    except KeyboardInterrupt:
        stdout.write("\n")
    return 0


class ConsoleLab:
    """/xor, /train and /predict in the terminal: training runs right here (it takes
    milliseconds), and the picture is saved as a PNG file."""

    def __init__(self, picture_dir: Path) -> None:
        self.picture_dir = picture_dir
        self.result: TrainResult | None = None

    def handle(self, name: str, args: list[str], lang: str) -> str:
        try:
            if name == "predict":
                return self._predict(args, lang)
            if name == "train" and args == ["stop"]:
                return say("nothing_to_stop", lang)
            if name == "xor" and self.result is not None and self.result.spec.gate == "xor":
                return self._describe(self.result, lang)
            spec = TrainSpec() if name == "xor" else parse_train(args)
        except UsageError as error:
            return error.text.in_(lang)
        result = train(spec)
        if result.diverged:
            return say("diverged", lang, epoch=result.epochs_run)
        self.result = result
        return self._describe(result, lang)

    def _describe(self, result: TrainResult, lang: str) -> str:
        text = result_text(result.spec, result.outputs, result.final_error, result.learned, lang)
        self.picture_dir.mkdir(parents=True, exist_ok=True)
        path = self.picture_dir / f"{result.spec.gate}.png"
        path.write_bytes(result.picture)
        return f"{text}\n{say('picture_saved', lang, path=path)}"

    def _predict(self, args: list[str], lang: str) -> str:
        if self.result is None:
            return say("no_network", lang)
        a, b = parse_predict(args)
        output = float(Network.from_bytes(self.result.model).predict([[a, b]])[0, 0])
        gate = self.result.spec.gate.upper()
        return say(
            "prediction", lang, gate=gate, a=a, b=b, output=output, rounded=int(output > 0.5)
        )
