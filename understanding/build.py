"""`python -m understanding.build`: compile the package's hot path with mypyc (see native);
`python -m understanding.build --check`: say whether the compiled modules are what imports."""

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

from understanding.native import (
    COMPILED,
    GROUP,
    HERE,
    STAMP,
    digest,
    extensions,
    is_compiled,
    is_current,
)


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


def _remove_build() -> None:
    # Removed, not overwritten: a running process keeps the files it has loaded. A build
    # left behind unstamped would be warned about on every import.
    for path in [STAMP, *extensions()]:
        path.unlink(missing_ok=True)


@contextmanager
def _one_build_at_a_time() -> Iterator[None]:
    """Two builds at once (two `make` runs side by side) would write the same C files, and
    one could overwrite a module the other's process has loaded: the second waits for the
    first, then finds its build current."""
    lock = HERE.parent / "build" / f"{HERE.name}.lock"  # mypyc's own working folder
    lock.parent.mkdir(exist_ok=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield


def build() -> int:
    """Compile `COMPILED` unless the build here is current. 0 also when this machine cannot
    compile or mypyc fails: the `.py` files run, so the bot runs without a compiler; CI and
    the Dockerfile insist on a build with `check`."""
    with _one_build_at_a_time():
        return _build_here()


def _build_here() -> int:
    if is_current():
        print("understanding: the compiled build is current")
        return 0
    _remove_build()
    missing = _compiler()
    if missing is not None:
        print(f"understanding: not compiled, {missing}: the .py files run")
        return 0
    stamp = digest()
    from mypyc.build import mypycify
    from setuptools import setup

    root = HERE.parent  # mypycify reads mypy's configuration (pyproject.toml) from here
    os.chdir(root)
    sources = [str((HERE / f"{name}.py").relative_to(root)) for name in COMPILED]
    try:
        setup(
            name=GROUP,
            ext_modules=mypycify(sources, group_name=GROUP),
            script_args=["--quiet", "build_ext", "--inplace"],
        )
    except SystemExit as error:  # mypy's type errors and the compiler's exit this way
        _remove_build()  # what was linked before the failure
        print(f"understanding: not compiled, mypyc failed ({error}): the .py files run")
        return 0
    STAMP.write_text(stamp + "\n", encoding="ascii")
    print(f"understanding: compiled {', '.join(COMPILED)} ({STAMP.name} written)")
    return 0


def check() -> int:
    """0 when every module of `COMPILED` imports from the build, else 1; says which."""
    package = HERE.name
    modules = [importlib.import_module(f"{package}.{name}") for name in COMPILED]
    pure = [module.__name__ for module in modules if not is_compiled(module)]
    if pure:
        print(f"{package}: not compiled, the .py files run: {', '.join(pure)}")
        return 1
    print(f"{package}: the compiled modules run: {', '.join(COMPILED)}")
    return 0


if __name__ == "__main__":
    sys.exit(check() if sys.argv[1:] == ["--check"] else build())
