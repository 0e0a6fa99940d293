"""What the Dockerfile's build context holds (.dockerignore): every folder it copies, the
labelled answers the bot learns its second opinions from at start, and never the sealed
final set or this machine's build. Read with Docker's rules: patterns in order, the last one
matching wins, `!` takes back, a pattern matching a folder matches all under it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.content.corpus import DEFAULT_TUNING, load_corpus, tuning_for


def _patterns() -> list[tuple[bool, re.Pattern[str]]]:
    """(kept, pattern) for each line of .dockerignore, in order."""
    found = []
    for line in (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kept = line.startswith("!")
        glob = line.lstrip("!").strip("/")
        parts = re.split(r"(\*\*/?|\*|\?)", glob)
        wild = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
        found.append((kept, re.compile("".join(wild.get(p, re.escape(p)) for p in parts))))
    return found


def in_context(path: str) -> bool:
    """Whether `path` (relative to the project, with /) reaches the build context."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    sent = True
    for kept, pattern in _patterns():
        if any(pattern.fullmatch(prefix) for prefix in prefixes):
            sent = kept
    return sent


def _tracked() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    return listed.stdout.splitlines()


_FINAL = "content/eval/final"


def test_every_folder_the_dockerfile_copies_reaches_it() -> None:
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8")
    copied = [
        source
        for line in dockerfile.splitlines()
        if line.startswith("COPY ") and "--from" not in line
        for source in line.split()[1:-1]
    ]
    assert {"bot", "nn", "understanding", "content", "pyproject.toml"} <= set(copied)
    tracked = _tracked()
    for source in copied:
        under = [path for path in tracked if path == source or path.startswith(source + "/")]
        assert under, source
        # (but the final set, kept out on purpose: the test below)
        left_out = [p for p in under if not in_context(p) and not p.startswith(_FINAL + "/")]
        assert left_out == [], source


def test_the_labelled_answers_reach_it_and_the_sealed_final_set_does_not() -> None:
    tuning = DEFAULT_TUNING.relative_to(PROJECT_ROOT).as_posix()
    labelled = [path for path in _tracked() if path.startswith(tuning + "/")]
    assert len(labelled) > 100 and all(in_context(path) for path in labelled)
    assert not in_context("content/eval/final/all.tsv")
    assert not in_context("content/eval/final")
    # nor this machine's build, which the image's own would be taken for
    assert not in_context("understanding/matcher.cpython-311-x86_64-linux-gnu.so")
    assert not in_context("bot/native.stamp")
    assert not in_context("bot/__pycache__/x.pyc") and not in_context(".venv/bin/python")


def test_the_bot_learns_from_what_reaches_the_image(tmp_path: Path) -> None:
    """The image's content/ (what the context sends of it): the corpus reads every labelled
    answer it reads here, with no final set beside it."""
    content = tmp_path / "content"
    for path in _tracked():
        if path.startswith("content/") and in_context(path):
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(PROJECT_ROOT / path, tmp_path / path)
    assert not (content / "eval" / "final").exists()
    image = load_corpus(content / "jokes.yaml")
    here = load_corpus(PROJECT_ROOT / "content" / "jokes.yaml")
    assert image.labelled is not None and here.labelled is not None
    assert image.labelled.folder == tuning_for(
        image.source
    ) and image.labelled.folder.is_relative_to(content)
    assert image.labelled.count == here.labelled.count > 60_000
