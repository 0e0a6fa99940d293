"""The console playground: the engine in a terminal, no token needed.

The playground is a pretend group chat in which you can be anyone: `/as bob` switches the
speaker, so a group prank (`/prank @bob`, `/as bob`, an answer) can be tried alone.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from typing import TextIO

from bot.engine.engine import Engine, Incoming, Outcome, Reply
from bot.engine.state import ChatState, Person

BANNER = (
    "套路 Taolu playground. Type /help; /as NAME speaks as someone else; Ctrl-D quits.\n"
    "套路游乐场：发 /help 看看；/as 名字 换人说话；Ctrl-D 退出。"
)


def person_named(name: str) -> Person:
    """A stable pretend user for `name`, so `/as bob` twice is the same bob."""
    return Person(zlib.crc32(name.encode("utf-8")), name, name)


class Playground:
    """Feeds lines to the engine and renders its replies as text."""

    def __init__(self, engine: Engine, out: TextIO, clock: Callable[[], float] = time.time):
        self.engine = engine
        self.out = out
        self.clock = clock
        self.chat = ChatState()
        self.speaker = person_named("you")

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
