"""speed27: the compiled groups' functions call one another directly. A group is one C file
built as a shared library, and the compiler, told nothing, must assume another library may
replace any function it exports (semantic interposition): every call between them went
through the PLT and none was inlined. `understanding/build.py` tells it otherwise
(`COMPILE_ARGS`). No verdict moves (the same Python, compiled with another flag: every
tuning row reads the same, compiled and pure); each test fails where its line is broken."""

from __future__ import annotations

import re
import shutil
import subprocess
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from setuptools import Extension

import understanding.matcher
from understanding import build, native
from understanding.native import Group

INTERPOSITION = "-fno-semantic-interposition"


def test_every_extension_is_told_its_functions_are_not_replaced() -> None:
    """The flag comes after mypyc's own (the last of two contradicting flags wins), and each
    extension keeps those it had."""
    extensions = [
        Extension("a", ["a.c"], extra_compile_args=["-O3", "-fsemantic-interposition"]),
        Extension("b", ["b.c"]),
    ]
    assert build.with_compile_args(extensions) is extensions
    assert extensions[0].extra_compile_args == ["-O3", "-fsemantic-interposition", INTERPOSITION]
    assert extensions[1].extra_compile_args == [INTERPOSITION]
    assert build.COMPILE_ARGS == (INTERPOSITION,)


def test_the_build_compiles_with_the_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What `_build_here` hands setuptools: mypyc's extensions, each with COMPILE_ARGS. (mypyc
    and setuptools are stood in for: the compile itself is minutes, see test_native.py.)"""
    if build._compiler() is not None:
        pytest.skip("this machine cannot compile")
    home = tmp_path / "pkg"
    home.mkdir()
    (home / "mod.py").write_text("X = 1\n", encoding="utf-8")
    group = Group("pkg", ("mod",), ("pkg/*.py",), home)
    made: list[Extension] = []

    def mypycify(sources: list[str], group_name: str) -> list[Extension]:
        assert sources == ["pkg/mod.py"] and group_name == "pkg.native"
        made.append(Extension("pkg.native__mypyc", ["build/__native.c"], extra_compile_args=[]))
        return made

    handed: list[list[Extension]] = []
    monkeypatch.setattr("mypyc.build.mypycify", mypycify)
    monkeypatch.setattr("setuptools.setup", lambda **kw: handed.append(kw["ext_modules"]))
    monkeypatch.chdir(tmp_path)  # `_build_here` moves to the group's root
    build._build_here(group)
    assert handed == [made]
    assert made[0].extra_compile_args == [INTERPOSITION]
    assert group.stamp.read_text(encoding="ascii").strip() == group.digest()


def _calls_through_the_plt(library: Path) -> list[str]:
    listing = subprocess.run(
        ["objdump", "-d", "--no-show-raw-insn", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.findall(r"call\s+\S+\s+<(CPyDef_\w+)@plt>", listing)


@pytest.mark.skipif(
    not native.is_compiled(understanding.matcher), reason="understanding/ is not compiled here"
)
@pytest.mark.skipif(shutil.which("objdump") is None, reason="needs objdump")
def test_the_compiled_matcher_calls_its_functions_directly() -> None:
    """The build this checkout imports: no call from one of the group's functions to another
    goes through the PLT (1,807 did, of 3,650, before speed27)."""
    (library,) = native.BUILD.home.glob(f"native__mypyc{EXTENSION_SUFFIXES[0]}")
    assert _calls_through_the_plt(library) == []
