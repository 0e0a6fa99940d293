"""`python -m bot.build` (`make build`): compile the bot's two build groups with mypyc,
understanding/'s hot path and the bot's answer step (bot/native.py), each unless its build is
current; `python -m bot.build --check`: say, for each, whether its compiled modules are what
imports (CI and the Dockerfile insist on both). The machinery is understanding/build.py's;
which groups the bot ships is the bot's to know: the library knows nothing of the bot."""

from __future__ import annotations

import sys

from bot.native import BUILD
from understanding import build as builder
from understanding.native import BUILD as UNDERSTANDING

GROUPS = (UNDERSTANDING, BUILD)


def build() -> int:
    """Compile both groups (see understanding.build.build)."""
    return builder.build(GROUPS)


def check() -> int:
    """0 when both groups' compiled modules are what imports, else 1; says which."""
    return builder.check(GROUPS)


if __name__ == "__main__":
    sys.exit(builder.main(sys.argv[1:], GROUPS))
