"""`python -m understanding.build`: compile this package's hot path with mypyc (see native);
`python -m understanding.build --check`: say whether its compiled modules are what imports.
`build`, `check` and `main` take any groups: a package beside this one that declares its own
(`native.Group`) builds them all with these, from its own entry point."""

from __future__ import annotations

import fcntl
import importlib
import importlib.util
import os
import shutil
import sys
import sysconfig
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from understanding.native import BUILD, Group, is_compiled

if TYPE_CHECKING:
    from setuptools import Extension


def _compiler() -> str | None:
    """Why this machine cannot compile, or None: mypyc, a C compiler and Python's headers."""
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc is not installed (it ships with mypy)"
    compiler = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    return None


# What the C compiler is told beyond mypyc's own flags (-O3). A group is one C file (its
# modules and mypyc's runtime helpers, #included), built as a shared library (-fPIC), where
# the ELF rules let another library replace any function the group exports (semantic
# interposition): so every call from one of its functions to another went through the PLT,
# and none could be inlined (the matcher's 747 functions, half their 3,650 calls to one
# another; `_meets`, `_has`, `CPyDict_Get` each a call on every clause or phrase). Nothing
# replaces them (a group's functions are reached only from within it and through its own
# capsule), so the compiler is told it may call them directly and inline the small ones
# (speed27; docs/benchmarks.md, round 27). GCC and Clang both take the flag.
COMPILE_ARGS: tuple[str, ...] = ("-fno-semantic-interposition",)


def with_compile_args(extensions: list[Extension]) -> list[Extension]:
    """`extensions` (mypycify's), each told COMPILE_ARGS after its own flags."""
    for extension in extensions:
        extension.extra_compile_args = [*extension.extra_compile_args, *COMPILE_ARGS]
    return extensions


def _remove_build(group: Group) -> None:
    # Removed, not overwritten: a running process keeps the files it has loaded. A build
    # left behind unstamped would be warned about on every import.
    for path in [group.stamp, *group.extensions()]:
        path.unlink(missing_ok=True)


@contextmanager
def _one_build_at_a_time(group: Group) -> Iterator[None]:
    """Two builds at once (two `make` runs side by side) would write the same C files, and
    one could overwrite a module the other's process has loaded: the second waits for the
    first, then finds its build current."""
    lock = group.home.parent / "build" / f"{group.package}.lock"  # mypyc's own working folder
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield


def build(groups: Sequence[Group] = (BUILD,)) -> int:
    """Compile each group unless its build here is current. 0 also when this machine cannot
    compile or mypyc fails: the `.py` files run, so a program runs without a compiler; CI and
    the Dockerfile insist on a build with `check`."""
    for group in groups:
        with _one_build_at_a_time(group):
            _build_here(group)
    return 0


def _build_here(group: Group) -> None:
    package = group.package
    if group.is_current():
        print(f"{package}: the compiled build is current")
        return
    _remove_build(group)
    missing = _compiler()
    if missing is not None:
        print(f"{package}: not compiled, {missing}: the .py files run")
        return
    stamp = group.digest()
    from mypyc.build import mypycify
    from setuptools import setup

    root = group.home.parent  # mypycify reads mypy's configuration (pyproject.toml) from here
    os.chdir(root)
    sources = [str(group.source(name).relative_to(root)) for name in group.modules]
    try:
        setup(
            name=group.name,
            ext_modules=with_compile_args(mypycify(sources, group_name=group.name)),
            script_args=["--quiet", "build_ext", "--inplace"],
        )
    except SystemExit as error:  # mypy's type errors and the compiler's exit this way
        _remove_build(group)  # what was linked before the failure
        print(f"{package}: not compiled, mypyc failed ({error}): the .py files run")
        return
    group.stamp.write_text(stamp + "\n", encoding="ascii")
    print(f"{package}: compiled {', '.join(group.modules)} ({group.stamp.name} written)")


def check(groups: Sequence[Group] = (BUILD,)) -> int:
    """0 when every module of every group imports from its build, else 1; says which."""
    failed = 0
    for group in groups:
        modules = [importlib.import_module(name) for name in group.qualified()]
        pure = [module.__name__ for module in modules if not is_compiled(module)]
        if pure:
            print(f"{group.package}: not compiled, the .py files run: {', '.join(pure)}")
            failed = 1
        else:
            print(f"{group.package}: the compiled modules run: {', '.join(group.modules)}")
    return failed


def main(args: Sequence[str], groups: Sequence[Group] = (BUILD,)) -> int:
    """`--check`: `check` the groups; no arguments: `build` them."""
    if list(args) == ["--check"]:
        return check(groups)
    if args:
        print(f"usage: {sys.argv[0]} [--check]", file=sys.stderr)
        return 2
    return build(groups)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
