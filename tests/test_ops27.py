"""Round twenty-seven's fixes on the running bot (ops27): a score that counts only real falls,
and what new users met.

Each pins a behaviour with real answers through the real corpus, the console playground (the
real core, SQLite in memory) or the Telegram emulator and real SQLite; no mock of our code."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.throttle import Throttle
from bot.application.turn import Turns
from bot.config import PROJECT_ROOT
from bot.console.playground import run_playground
from bot.content.corpus import Corpus
from bot.conversation.commands import Say
from bot.i18n.catalogue import say
from bot.lab.gates import train_gate
from bot.lab.service import Lab
from bot.storage import Storage
from tests.support.conversation import private_request
from tests.support.playground import played

# -- 4. the console ends cleanly whatever its stdin --------------------------------------------


def _turns(corpus: Corpus) -> Turns:
    storage = Storage(":memory:")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    return Turns(Services(corpus, storage, random.Random(1)), storage, Throttle(limit=10**6))


def test_the_console_with_no_stdin_ends_cleanly(corpus: Corpus, tmp_path: Path) -> None:
    """Started with fd 0 closed, Python's stdin is None: the playground read it for a terminal
    and died in a traceback. Nothing to read is an input that has ended."""
    screen = io.StringIO()
    assert run_playground(_turns(corpus), None, screen, tmp_path, "en") == 0


def test_the_console_on_a_closed_stdin_ends_cleanly(corpus: Corpus, tmp_path: Path) -> None:
    """A closed file for stdin (ValueError on isatty and on reading, as a descriptor of -1
    gave native26 "ValueError: Invalid file descriptor: -1") ends the run, code 0."""
    closed = io.StringIO("/prank blood-type\n")
    closed.close()
    assert run_playground(_turns(corpus), closed, io.StringIO(), tmp_path, "en") == 0


def test_python_m_bot_chat_with_stdin_closed_exits_without_a_traceback() -> None:
    """`python -m bot chat <&-`, as run in the background with its stdin closed."""
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "TELEGRAM_BOT_TOKEN": ""}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        stdin=None,
        preexec_fn=lambda: os.close(0),  # the child's own fd 0, closed before exec
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=PROJECT_ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr


# -- 3. /predict reads a number written in Chinese -------------------------------------------


@pytest.mark.parametrize(
    ("args", "inputs"),
    [(["1", "一"], (1.0, 1.0)), (["一", "零"], (1.0, 0.0)), (["负一", "〇"], (-1.0, 0.0))],
)
async def test_predict_reads_chinese_numerals(
    tmp_path: Path, args: list[str], inputs: tuple[float, float]
) -> None:
    """newuser: /predict 1 一 got the usage line; a number in Chinese is a number."""
    storage = Storage(tmp_path / "lab.sqlite3")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    net, _ = train_gate("xor", epochs=5, seed=1)
    storage.save_network(5, net.to_bytes(), {"spec": {"gate": "xor"}}, None)
    lab = Lab(storage, workers=1)
    try:
        said = [event async for event in lab.predict(private_request(5, 1, args, "zh"))]
    finally:
        lab.close()
        storage.close()
    assert isinstance(said[0], Say)
    assert say("predict_usage", "zh") not in said[0].text, said
    a, b = inputs
    assert f"({a:g}, {b:g})" in said[0].text, said[0].text


async def test_predict_still_explains_what_it_takes(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "lab.sqlite3")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    net, _ = train_gate("xor", epochs=5, seed=1)
    storage.save_network(5, net.to_bytes(), {"spec": {"gate": "xor"}}, None)
    lab = Lab(storage, workers=1)
    try:
        said = [e async for e in lab.predict(private_request(5, 1, ["一", "香蕉"], "zh-hk"))]
    finally:
        lab.close()
        storage.close()
    assert isinstance(said[0], Say) and said[0].text == say("predict_usage", "zh-hk")


# -- 2. a reply to the offer is about the offer -----------------------------------------------

KNIVES_ASKED = "How many are left?"


@pytest.mark.parametrize(
    ("lang", "waiting", "offered", "yes", "punchline"),
    [
        ("en", "how-many-birthdays", "ten-knives", "yes", "Just one."),
        ("en", "how-many-birthdays", "ten-knives", "ok", "Just one."),
        ("zh", "blood-type", "how-many-birthdays", "好", "理想型"),
        ("zh-hant", "blood-type", "how-many-birthdays", "好啊", "理想型"),
        ("zh-hk", "blood-type", "how-many-birthdays", "得", "理想型"),
    ],
)
def test_a_yes_replying_to_the_offer_takes_it_while_a_prank_waits(
    corpus: Corpus, tmp_path: Path, lang: str, waiting: str, offered: str, yes: str, punchline: str
) -> None:
    """ops27: the offer's message was not noted in a private chat, so "yes" replying to it
    was the waiting prank's answer (its punchline, a fall scored); it plays the offer."""
    lines = played(
        corpus, tmp_path, f"/lang {lang}", f"/prank {waiting}", f"/prank {offered}", f">6 {yes}"
    )
    shown = "\n".join(lines)
    after = shown.split(f"you (re [6]): {yes}", 1)[1]
    asked = corpus.routines[offered].states[corpus.routines[offered].start].say.in_(lang)
    assert asked in after and punchline not in after, shown


def test_an_answer_replying_to_the_offer_still_answers_the_waiting_prank(
    corpus: Corpus, tmp_path: Path
) -> None:
    """The offer names the question that still waits: an answer replying to it is that
    question's answer, as before."""
    shown = "\n".join(
        played(
            corpus, tmp_path, "/lang zh", "/prank blood-type", "/prank how-many-birthdays", ">6 O型"
        )
    )
    assert "理想型" in shown.split("you (re [6]): O型", 1)[1], shown


def test_a_plain_yes_replying_to_nothing_is_still_the_waiting_prank_s_answer(
    corpus: Corpus, tmp_path: Path
) -> None:
    shown = "\n".join(
        played(corpus, tmp_path, "/prank how-many-birthdays", "/prank ten-knives", "yes")
    )
    after = shown.split("you: yes", 1)[1]
    assert KNIVES_ASKED not in after and "Just one." in after, shown
