"""The bot's compiled group (bot/native.py: the answer's step and the chat state): built and
checked beside understanding/'s by `python -m bot.build`, never imported stale,
and answering as the `.py` files do."""

from __future__ import annotations

import shutil
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import bot.conversation.answering
from bot.native import BUILD
from tests.support.subprocesses import run_python
from understanding import native

ROOT = BUILD.home.parent
IMPORT_ANSWERING = (
    "import bot.conversation.answering as a; print(a.__file__, getattr(a, 'EDITED', False))"
)


def _copy_with_a_fake_build(tmp_path: Path) -> Path:
    """bot/ and understanding/ in tmp_path, sources only, with a file in each place of the
    bot's build that is no extension module: importing one fails."""
    skipped = shutil.ignore_patterns("*.so", "native.stamp", "__pycache__")
    for package in ("bot", "understanding"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=skipped)
    for path in BUILD.extensions():
        if path.name.endswith(EXTENSION_SUFFIXES[0]):
            (tmp_path / path.relative_to(ROOT)).write_bytes(b"not a build")
    return tmp_path / "bot"


def test_a_stale_bot_build_is_not_imported(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    answering = package / "conversation" / "answering.py"
    unstamped = run_python(IMPORT_ANSWERING, tmp_path)
    assert unstamped.returncode == 0, unstamped.stderr
    assert unstamped.stdout.split() == [str(answering), "False"]
    assert "bot: the compiled build is stale (it has no stamp)" in unstamped.stderr

    stamp = run_python("from bot.native import BUILD; print(BUILD.digest())", tmp_path)
    (package / "native.stamp").write_text(stamp.stdout, encoding="ascii")
    current = run_python(IMPORT_ANSWERING, tmp_path)
    assert current.returncode != 0  # the (fake) build is what imports
    assert f"answering{EXTENSION_SUFFIXES[0]}" in current.stderr

    # A source the stamp hashes edited after the build (the corpus, not compiled itself):
    # the .py files run, and say why, once.
    with (package / "content" / "corpus.py").open("a", encoding="utf-8") as source:
        source.write("\nEDITED = True\n")
    edited = run_python(IMPORT_ANSWERING + "; import bot.conversation.state", tmp_path)
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.split() == [str(answering), "False"]
    assert edited.stderr.count("the sources changed since the build") == 1


def test_check_names_each_group_that_runs_its_py_files(tmp_path: Path) -> None:
    _copy_with_a_fake_build(tmp_path)
    for path in tmp_path.rglob(f"*{EXTENSION_SUFFIXES[0]}"):
        path.unlink()
    checked = run_python("from bot.build import check; raise SystemExit(check())", tmp_path)
    assert checked.returncode == 1, checked.stderr
    assert "understanding: not compiled, the .py files run: understanding.text" in checked.stdout
    assert (
        "bot: not compiled, the .py files run: bot.conversation.state,"
        " bot.conversation.answering, bot.content.reading" in checked.stdout
    )


def test_a_build_without_a_compiler_removes_the_bots_stale_build_too(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    built = run_python(
        "from bot.build import build; raise SystemExit(build())",
        tmp_path,
        CC=str(tmp_path / "no-such-cc"),
    )
    assert built.returncode == 0, built.stderr
    assert "bot: not compiled, no C compiler" in built.stdout
    assert not list(package.rglob(f"*{EXTENSION_SUFFIXES[0]}"))


RESPONSES = """
from bot.__main__ import DEFAULT_EVAL
from bot.config import DEFAULT_CONTENT
from bot.content.corpus import load_corpus
from bot.content.evaluation import read_rows
import bot.content.reading
import bot.conversation.answering
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

print(bot.conversation.answering.__file__, bot.content.reading.__file__)
engine = Engine(load_corpus(DEFAULT_CONTENT))
people = [Person(7, "Mei", None, "zh-hans"), Person(8, "Bob", "bob", "en")]
for row in read_rows(DEFAULT_EVAL):
    for who in people:
        for in_group in (False, True):
            start = Incoming(who, f"/prank {row.routine}", 0.0, in_group=in_group)
            chat = handled(engine, ChatState(), start).chat
            said = handled(engine, chat, Incoming(who, row.answer, 1.0, in_group=in_group))
            print(row.line, said.replies, said.chat.to_json(), said.endings, said.handled)
"""


@pytest.mark.slow
@pytest.mark.skipif(
    not native.is_compiled(bot.conversation.answering), reason="the bot's group is not compiled"
)
def test_compiled_and_pure_engines_answer_every_eval_answer_alike() -> None:
    compiled = run_python(RESPONSES, ROOT)
    pure = run_python(RESPONSES, ROOT, **{native.PURE: "1"})
    assert compiled.returncode == 0 and pure.returncode == 0, compiled.stderr + pure.stderr
    compiled_files, *compiled_responses = compiled.stdout.splitlines()
    pure_files, *pure_responses = pure.stdout.splitlines()
    # the step and the state's reading of the answer (bot/content/reading.py) both compiled
    assert all(f.endswith(EXTENSION_SUFFIXES[0]) for f in compiled_files.split())
    assert all(f.endswith(".py") for f in pure_files.split())
    assert len(compiled_responses) > 2000
    assert compiled_responses == pure_responses
