"""`python -m bot [run|chat|check PATH]`: the bot, the playground, or the corpus checker."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from bot.config import Settings, SettingsError
from bot.engine.corpus import Corpus, CorpusError, load_corpus


def _load(path: Path) -> Corpus | None:
    try:
        return load_corpus(path)
    except CorpusError as error:
        print(f"The corpus has problems, so the bot will not start:\n{error}", file=sys.stderr)
        return None


def check(path: Path) -> int:
    """Validate a corpus and say what it holds."""
    try:
        corpus = load_corpus(path)
    except CorpusError as error:
        print(error, file=sys.stderr)
        return 1
    print(corpus.summary())
    return 0


def chat(settings: Settings) -> int:
    """The console playground: the same core as on Telegram, with storage in memory."""
    from bot.console.playground import run_playground
    from bot.core import Core
    from bot.storage import Storage

    corpus = _load(settings.content)
    if corpus is None:
        return 1
    storage = Storage(":memory:")
    core = Core(corpus, storage, random.Random(settings.seed))
    return run_playground(core, storage, sys.stdin, sys.stdout)


def run(settings: Settings) -> int:
    """The Telegram bot when a token is set, else the playground."""
    if not settings.token:
        print("TELEGRAM_BOT_TOKEN is not set: starting the console playground.", file=sys.stderr)
        return chat(settings)
    from bot.telegram.app import run_bot

    corpus = _load(settings.content)
    if corpus is None:
        return 1
    return run_bot(settings, corpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="taolu", description="套路 Taolu, the prank bot.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (Telegram with a token, else the playground)")
    sub.add_parser("chat", help="the console playground")
    check_parser = sub.add_parser("check", help="validate a corpus file")
    check_parser.add_argument("path", nargs="?", type=Path)
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"Bad setting: {error}", file=sys.stderr)
        return 2
    if args.command == "check":
        return check(args.path or settings.content)
    if args.command == "chat":
        return chat(settings)
    return run(settings)


if __name__ == "__main__":
    sys.exit(main())
