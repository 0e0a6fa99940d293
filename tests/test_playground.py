"""The console playground, run as a user runs it: a subprocess with piped input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time

import pytest

from bot.config import PROJECT_ROOT
from tests.support.lines import opening, say
from tests.support.playground import chat

pytestmark = pytest.mark.slow  # the playground as a process, some of it at a terminal

# The playground speaks the terminal's language: these tests read its Chinese, so they say so.
CHINESE = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"}
# Run from elsewhere (cwd=tmp_path), `python -m bot` must still be this checkout's.
THIS_CHECKOUT = {"PYTHONPATH": str(PROJECT_ROOT)}


def test_piped_prank_prints_question_and_punchline_and_exits_zero() -> None:
    result = chat("/prank ten-knives\n八把\n", **CHINESE)
    assert result.returncode == 0, result.stderr
    assert "还剩几把" in result.stdout and "答对了，儿子。" in result.stdout
    assert result.stderr == ""


def test_group_prank_played_alone_with_as() -> None:
    result = chat("/group\n/prank @bob one-and-three\n/as bob\n二\n/stats\n", **CHINESE)
    lines = result.stdout.splitlines()
    assert any(re.match(r"🎭 \[\d+\] @bob 一和三的中间", line) for line in lines)
    assert "明明是“和”" in result.stdout
    assert "@you 套路了 @bob" in result.stdout
    assert "1. @bob：1 次" in result.stdout


def test_english_and_bad_input_never_crash() -> None:
    result = chat("/lang en\n/prank nope\n/prank ten-knives\n" + "x" * 5000 + "\n\x00\n/cancel\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert opening("unknown_routine", "en") in result.stdout


def test_make_run_without_token_says_it_starts_the_playground() -> None:
    result = chat("/joke\n", command="", BOT_RANDOM_SEED="5")
    assert result.returncode == 0
    assert "console playground" in result.stderr
    assert result.stdout.startswith("[1] you: /joke\n🎭 [2] ")  # people's messages too
    again = chat("/joke\n", command="", BOT_RANDOM_SEED="5")
    assert again.stdout == result.stdout  # the seed makes the random joke the same


def test_network_commands_in_the_playground(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="/predict 1 0\n/xor\n/wait\n/predict 1 0\n/predict one zero\n/train or epochs=0\n"
        "/train stop\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": "",
            "BOT_DATA_DIR": str(tmp_path / "data"),
            **CHINESE,
            **THIS_CHECKOUT,
        },
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index(say("no_network", "zh")) < out.index("XOR 网络")
    assert opening("learned", "zh") in out and "(1, 0) → 0.9" in out and "取整为 1" in out
    too_many = say("train_bad_value", "zh", name="epochs", typed="epochs=0", low=1, high=20000)
    assert say("predict_usage", "zh") in out and too_many in out
    assert say("nothing_to_stop", "zh") in out  # /train stop with nothing running
    pictures = list((tmp_path / "data" / "playground").glob("*.png"))
    assert len(pictures) == 1 and pictures[0].read_bytes().startswith(b"\x89PNG")


def test_it_starts_as_a_private_chat_where_a_new_prank_replaces_the_old() -> None:
    out = chat(
        "/prank ten-knives\n/prank play-water\n喜欢\n哈哈哈好玩\n/frobnicate\n", **CHINESE
    ).stdout
    assert "那你洗碗去" in out
    assert "算一算" not in out  # the forgotten ten-knives does not take the last line
    assert say("nudge", "zh") in out  # a private chat is answered, even chatter
    assert "我不认识 /frobnicate" in out  # and so is an unknown command


def test_replies_by_number_play_two_questions_and_a_bystander() -> None:
    script = (
        "/group\n/prank @bob ten-knives\n/as carol\n/prank @bob one-and-three\n"
        "/as dave\n>3 八把\n/as bob\n/reply 5 二\n>3 8把\n>99 hello\n"
    )  # people's messages are numbered too: [1] the new group's greeting (ux19), [2] you:
    # /prank…, [3] the question, [4] carol…
    out = chat(script, **CHINESE).stdout
    assert re.search(r"\[3\] @bob 对方向你丢了十把刀", out)
    assert re.search(r"\[5\] @bob 一和三的中间", out)
    assert say("not_for_you", "zh", target="@bob") in out  # dave replied to bob's question
    assert out.index("明明是“和”") < out.index("答对了，儿子")  # each answer found its question
    got_bob = [say("got_you", "zh", by=by, target="@bob") for by in ("@carol", "@you")]
    assert all(line in out for line in got_bob)
    assert f"({say('playground_no_message', 'zh', number=99)})" in out  # the chat's language


def test_help_names_the_playground_commands() -> None:
    out = chat("/lang en\n/help\n").stdout
    assert "/prank" in out and say("playground_help", "en") in out


def test_train_stop_stops_a_run_in_the_playground(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="/train epochs=20000\n/train stop\n/wait\n/predict 1 0\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": "",
            "BOT_DATA_DIR": str(tmp_path / "data"),
            **CHINESE,
            **THIS_CHECKOUT,
        },
        cwd=tmp_path,
    )
    assert opening("stopped", "zh") in result.stdout, result.stdout + result.stderr
    assert say("no_network", "zh") in result.stdout  # a stopped run saves nothing


def test_a_timeout_is_revealed_without_waiting_for_input(tmp_path) -> None:
    corpus = tmp_path / "quick.yaml"
    corpus.write_text(
        "routines:\n"
        "  - id: quick\n"
        "    title: {zh: 快, en: Quick}\n"
        "    timeout: 1\n"
        "    states:\n"
        "      ask:\n"
        "        say: {zh: 快答？, en: Quick?}\n"
        "        otherwise:\n"
        "          reveal: {zh: 答案是快。, en: Quick it is.}\n",
        encoding="utf-8",
    )
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "",
        "BOT_CONTENT": str(corpus),
        **CHINESE,
        **THIS_CHECKOUT,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=tmp_path,
    )
    watchdog = threading.Timer(30, process.kill)  # a reveal that never comes fails, not hangs
    watchdog.start()
    try:
        process.stdin.write("/prank quick\n")
        process.stdin.flush()  # and no further line: the reveal must come by itself
        assert process.stdout.readline() == "[1] you: /prank quick\n"
        seen = [process.stdout.readline(), process.stdout.readline()]
        assert (
            "快答？" in seen[0]
            and say("timeout", "zh") in seen[1]
            and "答案是快" in process.stdout.readline()
        )
    finally:
        watchdog.cancel()
        process.stdin.close()
        process.wait(timeout=30)


def test_at_a_terminal_the_up_arrow_recalls_the_last_line_and_ctrl_d_leaves(tmp_path) -> None:
    """Line editing and history, through a real pseudo-terminal (readline)."""
    import pty
    import select

    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "TERM": "xterm", "BOT_RANDOM_SEED": "1",
                   "BOT_DATA_DIR": str(tmp_path / "data"), **CHINESE, **THIS_CHECKOUT}  # fmt: skip
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the playground, at a terminal
        os.chdir(tmp_path)
        os.execvpe(sys.executable, [sys.executable, "-m", "bot", "chat"], environment)
    screen = b""

    def read_until(needle: bytes, count: int = 1, timeout: float = 30) -> None:
        nonlocal screen
        deadline = time.monotonic() + timeout
        while screen.count(needle) < count:
            ready, _, _ = select.select([terminal], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"never saw {needle!r} x{count}: {screen.decode(errors='replace')}"
            screen += os.read(terminal, 4096)

    watchdog = threading.Timer(60, os.kill, (pid, 9))  # a playground that hangs fails the test
    watchdog.start()
    try:
        read_until(b"> ")
        os.write(terminal, b"/prank one-and-three\r")
        read_until("一和三".encode())
        read_until(b"> ", count=2)  # the prompt is back
        os.write(terminal, b"\x1b[A\r")  # the up arrow: the same /prank again, not an answer
        read_until("一和三".encode(), count=2)  # the question once more
        assert "看清楚".encode() not in screen and b"^[[A" not in screen
        read_until(b"> ", count=3)  # waiting for the next line
        os.write(terminal, b"\x04")  # Ctrl-D
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        watchdog.cancel()
        os.close(terminal)
    history = (tmp_path / "data" / "playground_history").read_text(encoding="utf-8")
    assert "/prank one-and-three" in history
