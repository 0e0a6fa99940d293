"""understanding/'s compiled build (understanding/native.py): a stale build is never imported,
and the compiled modules reach the same verdicts as the pure ones."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import understanding.matcher
from tests.support.subprocesses import run_python
from understanding import native

IMPORT_SOUNDS = "import understanding.sounds as s; print(s.__file__, getattr(s, 'EDITED', False))"


def _copy_with_a_fake_build(tmp_path: Path) -> Path:
    """The package's sources in tmp_path, with a file in each place of a build (each compiled
    module's and the shared library's) that is no extension module: importing one fails."""
    package = tmp_path / "understanding"
    package.mkdir()
    for source in native.HERE.glob("*.py"):
        shutil.copy(source, package / source.name)
    for path in native.extensions():
        if path.name.endswith(EXTENSION_SUFFIXES[0]):
            (package / path.name).write_bytes(b"not a build")
    return package


def test_a_build_without_a_stamp_or_older_than_its_sources_is_not_imported(
    tmp_path: Path,
) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    unstamped = run_python(IMPORT_SOUNDS, tmp_path)
    assert unstamped.returncode == 0, unstamped.stderr
    assert unstamped.stdout.split() == [str(package / "sounds.py"), "False"]
    assert "stale (it has no stamp)" in unstamped.stderr

    # Stamped as made from these sources: the extension is what Python imports (and this
    # one is no extension module).
    stamp = run_python("from understanding import native; print(native.digest())", tmp_path)
    (package / "native.stamp").write_text(stamp.stdout, encoding="ascii")
    current = run_python(IMPORT_SOUNDS, tmp_path)
    assert current.returncode != 0
    assert f"sounds{EXTENSION_SUFFIXES[0]}" in current.stderr

    # A source edited after the build: the edited source runs, and says why, once.
    with (package / "sounds.py").open("a", encoding="utf-8") as source:
        source.write("\nEDITED = True\n")
    edited = run_python(IMPORT_SOUNDS + "; import understanding.text", tmp_path)
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.split() == [str(package / "sounds.py"), "True"]
    assert edited.stderr.count("the sources changed since the build") == 1


def test_a_current_build_missing_its_shared_library_is_not_imported(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    stamp = run_python("from understanding import native; print(native.digest())", tmp_path)
    (package / "native.stamp").write_text(stamp.stdout, encoding="ascii")
    next(package.glob(f"native__mypyc{EXTENSION_SUFFIXES[0]}")).unlink()
    imported = run_python(IMPORT_SOUNDS, tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == [str(package / "sounds.py"), "False"]
    assert "stale (a file of it is missing)" in imported.stderr


def test_asked_for_the_pure_modules_they_run_without_a_word(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    pure = run_python(IMPORT_SOUNDS, tmp_path, **{native.PURE: "1"})
    assert pure.returncode == 0, pure.stderr
    assert pure.stdout.split() == [str(package / "sounds.py"), "False"]
    assert "stale" not in pure.stderr


# Each tuning answer's verdict by the rules (`understand`) and the one the bot acts on
# (`verdict`: the rules, or otherwise where the second opinion vetoes, with its P and n-grams).
# The tuning sets only: never a sealed final set beside them.
VERDICTS = """
import understanding.matcher
import understanding.second_opinion
from bot.config import DEFAULT_CONTENT
from bot.content.corpus import DEFAULT_TUNING, load_corpus
from bot.content.evaluation import read_rows
print(understanding.matcher.__file__, understanding.second_opinion.__file__)
corpus = load_corpus(DEFAULT_CONTENT)
for path in sorted(DEFAULT_TUNING.rglob("*.tsv")):
    for row in read_rows(path):
        state = corpus.routines[row.routine].states[row.state]
        rules, acted = state.understand(row.answer), state.verdict(row.answer)
        where = path.relative_to(DEFAULT_TUNING)
        print(where, row.line, rules.branch_id, acted.branch_id, repr(acted.explain()))
"""


@pytest.mark.slow
@pytest.mark.skipif(
    not native.is_compiled(understanding.matcher), reason="understanding/ is not compiled here"
)
def test_compiled_and_pure_modules_reach_the_same_verdicts_on_every_eval_answer() -> None:
    root = native.HERE.parent
    compiled = run_python(VERDICTS, root)
    pure = run_python(VERDICTS, root, **{native.PURE: "1"})
    assert compiled.returncode == 0 and pure.returncode == 0, compiled.stderr + pure.stderr
    compiled_files, *compiled_verdicts = compiled.stdout.splitlines()
    pure_files, *pure_verdicts = pure.stdout.splitlines()
    assert all(name.endswith(EXTENSION_SUFFIXES[0]) for name in compiled_files.split())
    assert all(name.endswith(".py") for name in pure_files.split())
    assert len(compiled_verdicts) > 5000
    # the second opinion's veto both fires (the rules reached a branch, the bot acts on
    # otherwise) and holds back, so both halves of `verdict` are compared
    vetoed = [line for line in compiled_verdicts if _vetoed(line)]
    assert 100 < len(vetoed) < len(compiled_verdicts) - 5000
    assert all("second opinion reads" in line for line in vetoed)
    assert compiled_verdicts == pure_verdicts


def _vetoed(line: str) -> bool:
    """Whether a VERDICTS line's verdict is not the rules' (the second opinion's veto)."""
    _, _, rules, acted, _ = line.split(" ", 4)
    return acted != rules


BUILD = "from understanding.build import build; raise SystemExit(build())"


def test_a_machine_without_a_compiler_removes_a_stale_build_and_the_py_files_run_silently(
    tmp_path: Path,
) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    built = run_python(BUILD, tmp_path, CC=str(tmp_path / "no-such-cc"))
    assert built.returncode == 0, built.stderr
    assert "not compiled, no C compiler" in built.stdout
    assert not list(package.glob(f"*{EXTENSION_SUFFIXES[0]}"))
    imported = run_python(IMPORT_SOUNDS, tmp_path)
    assert imported.stdout.split() == [str(package / "sounds.py"), "False"]
    assert "stale" not in imported.stderr


def test_check_says_the_py_files_run_where_nothing_is_compiled(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    for path in package.glob(f"*{EXTENSION_SUFFIXES[0]}"):
        path.unlink()
    checked = run_python(
        "from understanding.build import check; raise SystemExit(check())", tmp_path
    )
    assert checked.returncode == 1, checked.stderr
    assert "not compiled, the .py files run: understanding.text" in checked.stdout


@pytest.mark.slow
def test_a_compile_that_fails_leaves_no_build_and_does_not_stop_the_bot(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    shutil.copy(native.HERE.parent / "pyproject.toml", tmp_path)  # mypy's configuration
    built = run_python(BUILD, tmp_path, CC="/bin/false")
    assert built.returncode == 0, built.stderr
    assert "not compiled, mypyc failed" in built.stdout
    assert not list(package.glob(f"*{EXTENSION_SUFFIXES[0]}"))
    assert not (package / "native.stamp").exists()


def _waits_for_a_lock(pid: int) -> bool:
    # A request blocked on a lock is listed in /proc/locks with "->" before it.
    locks = Path("/proc/locks").read_text(encoding="ascii").splitlines()
    return any("->" in line and f" {pid} " in line for line in locks)


@pytest.mark.skipif(not Path("/proc/locks").is_file(), reason="needs Linux's /proc/locks")
def test_a_build_waits_while_another_is_under_way(tmp_path: Path) -> None:
    package = _copy_with_a_fake_build(tmp_path)
    built = sorted(package.glob(f"*{EXTENSION_SUFFIXES[0]}"))
    lock = tmp_path / "build" / "understanding.lock"
    lock.parent.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "CC": str(tmp_path / "no-such-cc")}
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # the build under way
        waiting = subprocess.Popen(
            [sys.executable, "-c", BUILD], cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(1200):  # a minute at most, were /proc/locks not to list it
            if _waits_for_a_lock(waiting.pid):
                break
            with pytest.raises(subprocess.TimeoutExpired, match="timed out"):
                waiting.wait(timeout=0.05)  # still running: not done without waiting
        else:
            pytest.fail("the build is not listed as waiting for the lock")
        assert sorted(package.glob(f"*{EXTENSION_SUFFIXES[0]}")) == built  # left alone so far
    finished, _ = waiting.communicate(timeout=120)
    assert waiting.returncode == 0 and "not compiled, no C compiler" in finished
    assert not list(package.glob(f"*{EXTENSION_SUFFIXES[0]}"))
