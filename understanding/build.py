"""`python -m understanding.build`: compile the package's hot path with mypyc (see native)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import sysconfig
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from understanding.native import COMPILED, GROUP, HERE, STAMP, digest, extensions, is_current


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


def build() -> int:
    """Compile `COMPILED` unless the build here is current; 0 also when this machine cannot
    compile (the `.py` files run), 1 when mypyc fails."""
    if is_current() and all(
        any((HERE / (name + suffix)).exists() for suffix in EXTENSION_SUFFIXES) for name in COMPILED
    ):
        print("understanding: the compiled build is current")
        return 0
    missing = _compiler()
    if missing is not None:
        print(f"understanding: not compiled, {missing}: the pure Python modules run")
        return 0
    # Removed, not overwritten: a running process keeps the files it has loaded. Until the
    # new stamp is written, whatever is here is taken as stale.
    for path in [STAMP, *extensions()]:
        path.unlink(missing_ok=True)
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
        print(f"understanding: mypyc failed ({error}): the pure Python modules run")
        return 1
    STAMP.write_text(stamp + "\n", encoding="ascii")
    print(f"understanding: compiled {', '.join(COMPILED)} ({STAMP.name} written)")
    return 0


if __name__ == "__main__":
    sys.exit(build())
