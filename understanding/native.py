"""The compiled build of this package, and the guard that keeps a stale one from running.

`python -m understanding.build` compiles `COMPILED` with mypyc (it ships with mypy) into
extension modules beside their sources, and writes `STAMP`: a hash of this package's sources.
Python imports an extension module before the `.py` of the same name, so a build older than
its sources would run old code without a word; on import, `guard` compares the stamp and, if
it is missing or stale, has the `.py` files imported instead and says so once. The pure
modules are the reference: with no build (no compiler), or `UNDERSTANDING_PURE=1`, they run,
with the same verdicts. This module itself is never compiled.

A `Group` is one such build: its modules, the sources its stamp hashes, its guard. This
package's is `BUILD`; another package may declare its own, and build and check it beside this
one with `understanding.build`'s functions, as a group of its own.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

PURE = "UNDERSTANDING_PURE"  # set (to anything but empty): the .py files run, in every group


@dataclass(frozen=True)
class Group:
    """Modules compiled together into one shared library (`{package}/native__mypyc`), beside
    their sources in `home`, the package's folder, with a stamp (`native.stamp`) of the
    sources their compiled code was made from: `sources`, globs under the folder that holds
    the package (understanding/*.py)."""

    package: str
    modules: tuple[str, ...]  # dotted, inside the package: "matcher", "conversation.state"
    sources: tuple[str, ...]
    home: Path

    @property
    def name(self) -> str:
        """mypyc's group name: its shared library is `native__mypyc` in the package."""
        return f"{self.package}.native"

    @property
    def stamp(self) -> Path:
        return self.home / "native.stamp"

    def source(self, module: str) -> Path:
        return self.home.joinpath(*module.split(".")).with_suffix(".py")

    def qualified(self) -> list[str]:
        return [f"{self.package}.{module}" for module in self.modules]

    def digest(self) -> str:
        """A hash of the group's sources: the compiled modules and what they import (a
        compiled module checks the types of the values it is given)."""
        hashed = hashlib.sha256()
        root = self.home.parent
        paths = {path for pattern in self.sources for path in root.glob(pattern)}
        for source in sorted(paths):
            name = source.relative_to(root).as_posix()
            hashed.update(name.encode() + b"\0" + source.read_bytes() + b"\0")
        return hashed.hexdigest()

    def _built(self) -> list[Path]:
        """Each file of a build, without its suffix: each compiled module's, the library's."""
        return [self.source(m).with_suffix("") for m in self.modules] + [
            self.home / (self.name.rpartition(".")[2] + "__mypyc")
        ]

    def extensions(self) -> list[Path]:
        """Every path a file of a build may have (one per extension suffix)."""
        return [Path(f"{stem}{suffix}") for stem in self._built() for suffix in EXTENSION_SUFFIXES]

    def why_stale(self) -> str:
        """Why the build here is not to be imported ("" when it is current): a module
        importing a missing shared library would fail, not fall back."""
        if not self.stamp.is_file():
            return "it has no stamp"
        if self.stamp.read_text(encoding="ascii").strip() != self.digest():
            return "the sources changed since the build"
        if not all(
            any(Path(f"{s}{x}").exists() for x in EXTENSION_SUFFIXES) for s in self._built()
        ):
            return "a file of it is missing"
        return ""

    def is_current(self) -> bool:
        """Whether every file of a build made from the sources as they are is here."""
        return not self.why_stale()

    def guard(self) -> None:
        """Import the `.py` files unless a current build is here (see the module's
        docstring): called once, by the package's `__init__`, before any compiled module of
        the group is imported."""
        if not any(path.exists() for path in self.extensions()):
            return  # no build: nothing to keep out
        if os.environ.get(PURE):
            sys.meta_path.insert(0, _Sources(self, ""))
        elif stale := self.why_stale():
            sys.meta_path.insert(0, _Sources(self, stale))


def is_compiled(module: ModuleType) -> bool:
    """Whether `module` was imported from an extension module (a build), not its source."""
    return any(str(module.__file__).endswith(suffix) for suffix in EXTENSION_SUFFIXES)


class _Sources:
    """A finder that imports a group's compiled modules from their `.py` files, and says why
    the first time it does (`stale`: why the build is not used; empty: on purpose)."""

    def __init__(self, group: Group, stale: str) -> None:
        self.group = group
        self.modules = {f"{group.package}.{m}": m for m in group.modules}
        self.stale = stale

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        module = self.modules.get(fullname)
        if module is None:
            return None
        if self.stale:
            warnings.warn(
                f"{self.group.package}: the compiled build is stale ({self.stale}): the .py"
                " files run; a build (`make build`) compiles them again",
                RuntimeWarning,
                stacklevel=2,
            )
            self.stale = ""
        return importlib.util.spec_from_file_location(fullname, self.group.source(module))


HERE = Path(__file__).resolve().parent
# The hot path of an answer: folding, clauses and numbers, sounds, matching, the second opinion.
BUILD = Group(
    __package__, ("text", "sounds", "matcher", "second_opinion"), (f"{__package__}/*.py",), HERE
)
# This package's build, by the names its tests and tools read.
COMPILED = BUILD.modules
GROUP = BUILD.name
STAMP = BUILD.stamp
digest = BUILD.digest
extensions = BUILD.extensions
why_stale = BUILD.why_stale
is_current = BUILD.is_current
guard = BUILD.guard
