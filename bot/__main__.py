"""`python -m bot [run|chat|check PATH|eval FILE|commands]`: the bot, the playground, the corpus
checker, the answer-understanding eval, or the command table (README.md's, from the registry)."""

from __future__ import annotations

import argparse
import os
import random
import sys
from functools import partial
from pathlib import Path

from bot.config import Settings, SettingsError
from bot.content.corpus import (
    DEFAULT_TUNING,
    LEXICON_NAME,
    Corpus,
    CorpusError,
    lexicon_for,
    load_corpus,
    load_lexicon,
)
from bot.memory import settle

DEFAULT_EVAL = DEFAULT_TUNING / "source_routines.tsv"


def _load(path: Path, learn: bool = True) -> Corpus | None:
    """The corpus, its second opinions learned (`learn`) before any chat: none waits on
    learning. The playground learns them while its first lines are read (`_learned`), its
    labelled answers read and checked first all the same (~0.1 of the time): a row that
    cannot be used refuses the start, as the bot's."""
    try:
        corpus = load_corpus(path)
        if learn:
            corpus.learn_opinions()
        elif corpus.labelled is not None:
            corpus.labelled.check()
    except CorpusError as error:
        print(f"The corpus has problems, so the bot will not start:\n{error}", file=sys.stderr)
        return None
    if learn:
        settle()
    return corpus


def _learned(corpus: Corpus) -> None:
    """Learn the corpus's second opinions, then put it out of the collector's reach."""
    corpus.learn_opinions()
    settle()


def check(path: Path) -> int:
    """Validate a corpus and the lexicon it is read with (or a lexicon file alone), and say
    what they hold."""
    try:
        lexicon_path = path if path.name == LEXICON_NAME else lexicon_for(path)
        if path.name == LEXICON_NAME:
            lexicon = load_lexicon(path)
        else:
            corpus = load_corpus(path)
            # States build their matchers on their first answer (RoutineState.matcher): the
            # check builds them all, so a corpus that loads but cannot be matched is refused
            # here, not in a victim's chat.
            for routine in corpus.routines.values():
                for state in routine.states.values():
                    state.matcher  # noqa: B018 (built for its errors)
            print(corpus.summary())
            if corpus.labelled is not None:  # read and checked, not learned from (~1.4 s)
                labelled = corpus.labelled
                states = len(labelled.by_state)
                print(
                    f"{labelled.folder}: OK: {labelled.count:,} labelled answers, for {states} states"
                )
            lexicon = corpus.lexicon
    except CorpusError as error:
        print(error, file=sys.stderr)
        return 1
    if lexicon is not None:
        print(f"{lexicon_path}: OK: {lexicon.summary()}")
    return 0


def evaluate(corpus_path: Path, rows_path: Path, verbose: bool) -> int:
    """Run the victim-answer eval: per language, the share of answers reaching the expected
    branch and the wrong punchlines. 1 on a broken corpus, 2 on rows naming unknown things."""
    from bot.content.evaluation import EvalError, evaluate, read_rows, report

    try:
        corpus = load_corpus(corpus_path)
        if corpus.labelled is not None:  # what the verdicts' second opinions learn from
            corpus.labelled.check()
    except CorpusError as error:
        print(error, file=sys.stderr)
        return 1
    try:
        tallies = evaluate(corpus, read_rows(rows_path))
    except (EvalError, OSError, UnicodeDecodeError) as error:
        print(f"{rows_path}: {error}", file=sys.stderr)
        return 2
    print(report(tallies, verbose))
    return 0


def commands(write: bool) -> int:
    """Print the command table in Markdown, or (`write`) put it in README.md."""
    from bot.application.command_table import markdown, registry, write_readme
    from bot.config import PROJECT_ROOT

    if not write:
        print(markdown(registry()))
        return 0
    readme = PROJECT_ROOT / "README.md"
    try:
        changed = write_readme(readme)
    except (OSError, ValueError) as error:
        print(f"{readme}: {error}", file=sys.stderr)
        return 1
    print(f"{readme}: {'table updated' if changed else 'already up to date'}")
    return 0


def chat(settings: Settings) -> int:
    """The console playground: the same turns as on Telegram, with storage in memory (it
    forgets everything when it ends), in the language of the terminal's locale."""
    from bot.application.services import Services
    from bot.application.throttle import Throttle
    from bot.application.turn import Turns
    from bot.console.playground import run_playground
    from bot.i18n.language import locale_language
    from bot.storage import Storage

    corpus = _load(settings.content, learn=False)  # learned while the first lines are read
    if corpus is None:
        return 1
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(corpus, storage, random.Random(settings.seed))
    # Played alone, one person types for everyone: the group flood limits would only get in
    # the way (the Telegram bot keeps them; tests of them run through the emulator).
    services.engine.prank_cooldown = 0.0
    turns = Turns(services, storage, Throttle(limit=1_000_000))
    lang = locale_language(os.environ)
    return run_playground(
        turns, sys.stdin, sys.stdout, settings.data_dir, lang, partial(_learned, corpus)
    )


def run(settings: Settings) -> int:
    """The Telegram bot when a token is set, else the playground."""
    if not settings.token:
        print("TELEGRAM_BOT_TOKEN is not set: starting the console playground", file=sys.stderr)
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
    check_parser = sub.add_parser("check", help="validate a corpus file (or lexicon.yaml)")
    check_parser.add_argument("path", nargs="?", type=Path)
    eval_parser = sub.add_parser("eval", help="how well answers are understood (a TSV of answers)")
    eval_parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_EVAL)
    eval_parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    commands_parser = sub.add_parser("commands", help="the command table, from the registry")
    commands_parser.add_argument(
        "--markdown", action="store_true", help="as Markdown (the default and only form)"
    )
    commands_parser.add_argument(
        "--write", action="store_true", help="put it in README.md, between its markers"
    )
    args = parser.parse_args(argv)
    if args.command == "commands":  # needs no settings: the table is the same everywhere
        return commands(args.write)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"Bad setting: {error}", file=sys.stderr)
        return 2
    if args.command == "check":
        return check(args.path or settings.content)
    if args.command == "eval":
        return evaluate(settings.content, args.file, args.verbose)
    if args.command == "chat":
        return chat(settings)
    return run(settings)


def _quietly() -> int:
    """`main`, with output piped to a reader that stops early (`bot eval -v | head`) ending
    quietly, as a shell command does, instead of in a BrokenPipeError traceback."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the rest of the output has nowhere to go: point stdout at nothing, so that
        # flushing it at exit does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return code


if __name__ == "__main__":
    sys.exit(_quietly())
