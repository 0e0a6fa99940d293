"""Python run in a fresh process on a copy of the sources: what a build's import guard does
is decided at import, once a process, so the native tests each start one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from understanding import native


def run_python(code: str, path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`code` run with `path` first on the import path, warnings shown, the pure switch
    (UNDERSTANDING_PURE) unset unless `env` sets it."""
    clean = {k: v for k, v in os.environ.items() if k != native.PURE}
    return subprocess.run(
        [sys.executable, "-W", "always", "-c", code],
        cwd=path,  # `-c` puts the working directory first on the path
        env={**clean, "PYTHONPATH": str(path), **env},
        capture_output=True,
        text=True,
        check=False,
    )
