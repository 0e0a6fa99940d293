"""The labelled answers the second opinions learn from (the tuning sets beside a corpus file,
bot/content/corpus.py's LabelledAnswers): a row that cannot be used is refused as a problem
in the corpus is (FILE:LINE, one line, no traceback), at start, by `bot check` and on
/reload, and a /reload learns from the files as they are then."""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import DEFAULT_EVAL, main
from bot.application.services import Admin
from bot.config import DEFAULT_CONTENT, PROJECT_ROOT
from bot.content.corpus import DEFAULT_TUNING, CorpusError, load_corpus, tuning_for
from bot.content.evaluation import COLUMNS, read_rows
from bot.conversation.answering import Incoming
from bot.conversation.commands import CommandRequest, Say
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.webhook_fixtures import free_port
from tests.test_start_up import run_bot

HEADER = "\t".join(COLUMNS) + "\n"
QUICK = """routines:
  - id: quick
    title: {zh: 快, en: Quick}
    states:
      ask:
        say: {zh: 快答？, en: Quick?}
        answers:
          - id: fast
            match: [fast, 快]
            reply: {zh: 对，快。, en: Fast it is.}
        otherwise:
          reveal: {zh: 答案是快。, en: Quick it is.}
"""
# To "what's between one and three?": about something else, holding the branch's words
# (tests/test_second_opinion.py): the rules reach "and", a second opinion learned from the
# routine's labelled answers withholds it.
ABOUT_SOMETHING_ELSE = "Between one and three is my salary and my EMI :("
ADMIN = Person(1, "Alice", "alice", "en-GB")


def _quick(tmp_path: Path, rows: str) -> Path:
    """A corpus file of one routine, and one file of labelled answers beside it."""
    corpus = tmp_path / "jokes.yaml"
    corpus.write_text(QUICK, encoding="utf-8")
    tuning = tuning_for(corpus)
    tuning.mkdir(parents=True)
    (tuning / "rows.tsv").write_text(HEADER + rows, encoding="utf-8")
    return corpus


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("quick\task\ten\tfast", "expected 5 tab-separated columns"),
        ("quick\task\ten\tfast\tfast\textra", "found 6"),
        ("gone\task\ten\tfast\tfast", "unknown routine 'gone'"),
        ("quick\tagain\ten\tfast\tfast", "routine 'quick' has no state 'again'"),
        ("quick\task\ten\tfast\tslow", "quick/ask has no branch 'slow'"),
        ("quick\task\tfr\tvite\tfast", "unknown language 'fr'"),
    ],
)
def test_a_row_that_cannot_be_used_is_a_corpus_error_naming_its_line(
    tmp_path: Path, row: str, problem: str
) -> None:
    corpus = load_corpus(_quick(tmp_path, f"quick\task\ten\tfast!\tfast\n{row}\n"))
    with pytest.raises(CorpusError) as caught:
        corpus.learn_opinions()
    where = tuning_for(corpus.source) / "rows.tsv"
    assert str(caught.value).startswith(f"{where}:3: ")
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_every_bad_row_of_every_file_is_named(tmp_path: Path) -> None:
    corpus = _quick(tmp_path, "gone\task\ten\tx\tfast\nquick\task\tfr\tx\tfast\n")
    (tuning_for(corpus) / "more.tsv").write_text(HEADER + "quick\tnope\ten\tx\tfast\n")
    with pytest.raises(CorpusError) as caught:
        load_corpus(corpus).learn_opinions()
    lines = str(caught.value).splitlines()
    assert [line.split(": ", 1)[0].rsplit("/", 1)[1] for line in lines] == [
        "more.tsv:2",
        "rows.tsv:2",
        "rows.tsv:3",
    ]


def test_the_bot_refuses_to_start_in_one_line_and_check_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _quick(tmp_path, "quick\task\ten\tfast\tslow\n")
    said = f"{tuning_for(corpus) / 'rows.tsv'}:2: quick/ask has no branch 'slow'"
    monkeypatch.setenv("BOT_CONTENT", str(corpus))
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    assert main(["chat"]) == 1
    errors = capsys.readouterr().err
    assert errors.splitlines() == [
        "The corpus has problems, so the bot will not start:",
        f"{said} (known: fast, otherwise, saw_through)",
    ]
    assert main(["check", str(corpus)]) == 1
    assert said in capsys.readouterr().err
    assert main(["eval", str(tuning_for(corpus) / "rows.tsv")]) == 1
    assert said in capsys.readouterr().err


def test_check_says_how_many_labelled_answers_it_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _quick(tmp_path, "quick\task\ten\tfast!\tfast\nquick\task\tzh-hans\t慢\totherwise\n")
    assert main(["check", str(corpus)]) == 0
    assert f"{tuning_for(corpus)}: OK: 2 labelled answers, for 1 states" in capsys.readouterr().out


@pytest.mark.slow
def test_the_bot_process_refuses_a_bad_row_without_a_traceback(tmp_path: Path) -> None:
    corpus = _quick(tmp_path, "quick\task\ten\tfast\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        capture_output=True,
        text=True,
        timeout=120,
        input="",
        cwd=PROJECT_ROOT,
        env={"BOT_CONTENT": str(corpus), "BOT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "rows.tsv:2: expected 5 tab-separated columns" in result.stderr
    assert "Traceback" not in result.stderr


def _one_and_three(tmp_path: Path, relabel: dict[str, str]) -> tuple[Path, int]:
    """A copy of the shipped corpus whose labelled answers are the shipped ones of
    one-and-three, each label `relabel` names changed; and how many there are."""
    for name in ("jokes.yaml", "lexicon.yaml"):
        shutil.copy(DEFAULT_CONTENT.parent / name, tmp_path / name)
    rows = [
        row
        for path in sorted(DEFAULT_TUNING.rglob("*.tsv"))
        if path.name == "all.tsv" or not (path.parent / "all.tsv").exists()
        for row in read_rows(path)
        if row.routine == "one-and-three"
    ]
    assert len(rows) > 1000
    tuning = tuning_for(tmp_path / "jokes.yaml")
    tuning.mkdir(parents=True, exist_ok=True)
    written = [
        "\t".join((r.routine, r.state, r.lang, r.answer, relabel.get(r.expected, r.expected)))
        for r in rows
    ]
    (tuning / "rows.tsv").write_text(HEADER + "\n".join(written) + "\n", encoding="utf-8")
    return tmp_path / "jokes.yaml", len(rows)


def test_a_reload_learns_from_the_labelled_answers_as_they_are_now(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path, rows = _one_and_three(tmp_path, {})
    corpus = load_corpus(path).learn_opinions()
    engine = Engine(corpus)
    state = corpus.routines["one-and-three"].states["ask"]
    assert state.understand(ABOUT_SOMETHING_ELSE).branch_id == "and"
    assert state.verdict(ABOUT_SOMETHING_ELSE).branch_id is None  # the veto fires

    # Those answers about something else now labelled as meaning "and": no veto after /reload
    _one_and_three(tmp_path, {"otherwise": "and"})
    request = CommandRequest(Incoming(ADMIN, "/reload", 0.0), ChatState(), [], "en")

    async def reload() -> list[object]:
        return [event async for event in Admin(engine).reload(request)]

    with caplog.at_level(logging.INFO, logger="bot.application.services"):
        events = asyncio.run(reload())
    reloaded = engine.corpus.routines["one-and-three"].states["ask"]
    assert reloaded.verdict(ABOUT_SOMETHING_ELSE).branch_id == "and"

    # How many learned is the operator's to read, in the log, not the admin's chat's
    assert len(events) == 1 and isinstance(events[0], Say)
    assert events[0].text.startswith("Corpus reloaded: ") and "second opinion" not in events[0].text
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.application.services"]
    assert len(logged) == 1 and logged[0].startswith("corpus reloaded: ")
    assert f"; learned 1 second opinions from {rows:,} labelled answers in " in logged[0]


@pytest.mark.slow
def test_the_start_line_says_what_the_second_opinions_learned_from(tmp_path: Path) -> None:
    corpus = _quick(tmp_path, "quick\task\ten\tfast!\tfast\nquick\task\tzh-hans\t慢\totherwise\n")
    unreachable = f"http://127.0.0.1:{free_port()}/bot"  # the line comes before Telegram's
    code, output = run_bot(tmp_path, BOT_CONTENT=str(corpus), TELEGRAM_BASE_URL=unreachable)
    assert code == 1, output
    (line,) = [line for line in output.splitlines() if "Taolu is running: " in line]
    assert "; learned 1 second opinions from 2 labelled answers in " in line, line


def test_the_tuning_folder_is_named_in_one_place() -> None:
    """It was spelled twice (the corpus's, and bot/__main__.py's for `bot eval` and the
    tests), so the eval could read one folder while the bot learned from another."""
    spelled = [
        path.relative_to(PROJECT_ROOT).as_posix()
        for folder in ("bot", "bench", "tools", "tests")
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py"))
        if re.search(r'"eval"\)? / "tuning"', path.read_text(encoding="utf-8"))
    ]
    assert spelled == ["bot/content/corpus.py"]
    assert DEFAULT_EVAL.parent == DEFAULT_TUNING == tuning_for(DEFAULT_CONTENT)


def test_a_failed_reload_names_the_file_in_the_content_folder_and_logs_its_path(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The admin's chat is told which file and line (relative to the content folder), not
    the server's folders; the operator's log has the full path."""
    path = _quick(tmp_path, "quick\task\ten\tfast!\tfast\n")
    engine = Engine(load_corpus(path).learn_opinions())
    (tuning_for(path) / "rows.tsv").write_text(HEADER + "quick\task\ten\tx\tslow\n")
    (tmp_path / "jokes.yaml").write_text(QUICK, encoding="utf-8")
    request = CommandRequest(Incoming(ADMIN, "/reload", 0.0), ChatState(), [], "en")

    async def reload() -> list[object]:
        return [event async for event in Admin(engine).reload(request)]

    with caplog.at_level(logging.INFO, logger="bot.application.services"):
        (said,) = asyncio.run(reload())
    assert isinstance(said, Say)
    assert "eval/tuning/rows.tsv:2: quick/ask has no branch 'slow'" in said.text, said.text
    assert str(tmp_path) not in said.text
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.application.services"]
    assert any(f"{tuning_for(path) / 'rows.tsv'}:2: " in line for line in logged), logged


def test_learning_the_opinions_builds_every_states_now(tmp_path: Path) -> None:
    """learn_opinions leaves no state's second opinion to its first answer (where a row that
    cannot be used would be a victim's CorpusError): each is built, and kept, by then."""
    corpus = load_corpus(_quick(tmp_path, "quick\task\ten\tfast!\tfast\n"))
    states = [s for r in corpus.routines.values() for s in r.states.values()]
    assert not any("opinion" in vars(state) for state in states)  # built on first use
    corpus.learn_opinions()
    assert all("opinion" in vars(state) for state in states)
    assert corpus.learned is not None and corpus.learned.answers == 1
