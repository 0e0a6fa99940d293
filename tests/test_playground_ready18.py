"""The playground's first prompt comes at once (newuser18): the second opinions are learned
while the first lines are read (~1.4 s, ~10 s on a loaded machine, which a new user at a
terminal spent before any prompt), and an answer read before they are learned is judged
as it would be after."""

from __future__ import annotations

import io
import random
import threading
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.throttle import Throttle
from bot.application.turn import Turns
from bot.config import DEFAULT_CONTENT
from bot.console.playground import run_playground
from bot.content.corpus import load_corpus
from bot.storage import Storage

pytestmark = pytest.mark.slow  # it learns every second opinion (~1.4 s compiled, ~5 s not)


class Screen(io.StringIO):
    """What the user sees; `shown` is set once `wanted` is on it."""

    def __init__(self, wanted: str) -> None:
        super().__init__()
        self.wanted = wanted
        self.shown = threading.Event()

    def write(self, text: str) -> int:
        written = super().write(text)
        if self.wanted in self.getvalue():
            self.shown.set()
        return written


def test_an_answer_is_judged_before_the_opinions_are_learned(tmp_path: Path) -> None:
    corpus = load_corpus(DEFAULT_CONTENT)  # as the playground loads it: not learned yet
    punchline = corpus.routines["blood-type"].states["ask"].answers[0].reply.in_("zh")
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    turns = Turns(Services(corpus, storage, random.Random(1)), storage, Throttle(limit=10**6))
    screen = Screen(punchline)
    seen_before_learning: list[str] = []
    learned = threading.Event()

    def learn_once_the_answer_is_shown() -> None:
        # a wait on the screen, not on time: the playground that learned first, and read
        # lines only after, never shows the answer here, and this gives up
        screen.shown.wait(timeout=60)
        seen_before_learning.append(screen.getvalue())
        corpus.learn_opinions()
        learned.set()

    lines = io.StringIO("/prank blood-type\nA型\n")
    assert run_playground(turns, lines, screen, tmp_path, "zh", learn_once_the_answer_is_shown) == 0
    assert learned.wait(timeout=120) and corpus.learned is not None
    (before,) = seen_before_learning
    assert "猜猜我是什么血型？" in before and punchline in before
