"""The compiled build of this package, and the guard that keeps a stale one from running.

`python -m understanding.build` compiles `COMPILED` with mypyc (it ships with mypy) into
extension modules beside their sources, and writes `STAMP`: a hash of this package's sources.
Python imports an extension module before the `.py` of the same name, so a build older than
its sources would run old code without a word; on import, `guard` compares the stamp and, if
it is missing or stale, has the `.py` files imported instead and says so once. The pure
modules are the reference: with no build (no compiler), or `UNDERSTANDING_PURE=1`, they run,
with the same verdicts. This module itself is never compiled.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

# The hot path of an answer: folding, clauses and numbers, sounds, matching, the second opinion.
COMPILED = ("text", "sounds", "matcher", "second_opinion")
# mypyc's shared library holding the compiled code: `native__mypyc` beside the modules.
GROUP = f"{__package__}.native"
HERE = Path(__file__).resolve().parent
STAMP = HERE / "native.stamp"
PURE = "UNDERSTANDING_PURE"  # set (to anything but empty): the .py files run


def digest() -> str:
    """A hash of every source of the package: the compiled modules and what they import
    from it (a compiled module checks the types of the values it is given)."""
    hashed = hashlib.sha256()
    for source in sorted(HERE.glob("*.py")):
        hashed.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return hashed.hexdigest()


# A build's files: each compiled module's and the shared library's.
_BUILT = (*COMPILED, GROUP.rpartition(".")[2] + "__mypyc")


def extensions() -> list[Path]:
    """Every path a file of a build may have (one per extension suffix)."""
    return [HERE / (stem + suffix) for stem in _BUILT for suffix in EXTENSION_SUFFIXES]


def why_stale() -> str:
    """Why the build here is not to be imported ("" when it is current): a module importing
    a missing shared library would fail, not fall back."""
    if not STAMP.is_file():
        return "it has no stamp"
    if STAMP.read_text(encoding="ascii").strip() != digest():
        return "the sources changed since the build"
    if not all(any((HERE / (stem + s)).exists() for s in EXTENSION_SUFFIXES) for stem in _BUILT):
        return "a file of it is missing"
    return ""


def is_current() -> bool:
    """Whether every file of a build made from the sources as they are is here."""
    return not why_stale()


def is_compiled(module: ModuleType) -> bool:
    """Whether `module` was imported from an extension module (a build), not its source."""
    return any(str(module.__file__).endswith(suffix) for suffix in EXTENSION_SUFFIXES)


class _Sources:
    """A finder that imports the compiled modules from their `.py` files, and says why the
    first time it does (`stale`: why the build is not used; empty: on purpose)."""

    def __init__(self, stale: str) -> None:
        self.stale = stale

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in COMPILED:
            return None
        if self.stale:
            warnings.warn(
                f"{__package__}: the compiled build is stale ({self.stale}): the .py files"
                f" run; `make build` (or python -m {__package__}.build) compiles them again",
                RuntimeWarning,
                stacklevel=2,
            )
            self.stale = ""
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def guard() -> None:
    """Import the `.py` files unless a current build is here (see the module's docstring):
    called once, by the package's `__init__`, before any compiled module is imported."""
    if not any(path.exists() for path in extensions()):
        return  # no build: nothing to keep out
    if os.environ.get(PURE):
        sys.meta_path.insert(0, _Sources(""))
    elif stale := why_stale():
        sys.meta_path.insert(0, _Sources(stale))
