"""`python -m understanding.build`: compile each build group with mypyc (see native): this
package's hot path, and the groups other packages beside it declare (`GROUPS`);
`python -m understanding.build --check`: say, for each group, whether its compiled modules
are what imports."""

from __future__ import annotations

import fcntl
import importlib
import importlib.util
import os
import shutil
import sys
import sysconfig
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from understanding.native import BUILD, HERE, Group, is_compiled

# The modules declaring a group (as `BUILD`), each compiled where its package sits beside this
# one: the bot's answer step (bot/native.py). Imported only to build or check, never by the
# library: understanding/ knows nothing of the bot.
GROUPS = (f"{HERE.name}.native", "bot.native")


def groups() -> list[Group]:
    """This package's group, and each of `GROUPS` whose package is here, beside it (not one
    installed elsewhere: a copy of this package builds only its own)."""
    found = [BUILD]
    for declared in GROUPS[1:]:
        package = declared.partition(".")[0]
        if not (HERE.parent / package / "native.py").is_file():
            continue
        group: Group = importlib.import_module(declared).BUILD
        if group.home == HERE.parent / package:
            found.append(group)
    return found


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


def build() -> int:
    """Compile each group (`groups`) unless its build here is current. 0 also when this
    machine cannot compile or mypyc fails: the `.py` files run, so the bot runs without a
    compiler; CI and the Dockerfile insist on a build with `check`."""
    for group in groups():
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
            ext_modules=mypycify(sources, group_name=group.name),
            script_args=["--quiet", "build_ext", "--inplace"],
        )
    except SystemExit as error:  # mypy's type errors and the compiler's exit this way
        _remove_build(group)  # what was linked before the failure
        print(f"{package}: not compiled, mypyc failed ({error}): the .py files run")
        return
    group.stamp.write_text(stamp + "\n", encoding="ascii")
    print(f"{package}: compiled {', '.join(group.modules)} ({group.stamp.name} written)")


def check() -> int:
    """0 when every module of every group imports from its build, else 1; says which."""
    failed = 0
    for group in groups():
        modules = [importlib.import_module(name) for name in group.qualified()]
        pure = [module.__name__ for module in modules if not is_compiled(module)]
        if pure:
            print(f"{group.package}: not compiled, the .py files run: {', '.join(pure)}")
            failed = 1
        else:
            print(f"{group.package}: the compiled modules run: {', '.join(group.modules)}")
    return failed


if __name__ == "__main__":
    sys.exit(check() if sys.argv[1:] == ["--check"] else build())
