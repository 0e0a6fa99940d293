"""Written routines end to end: in the playground as a process (and `bot check` on what
/export sends), over Telegram through the emulator (every author string escaped), and the
storage of them in both databases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.storage import Storage
from bot.storage.authored import PUBLIC
from tests.support.emulator import Emulator
from tests.support.lines import say
from tests.support.telegram_fixtures import ALICE, BOB, GROUP, private, running_bot, sends, wait_for

WRITE = (
    "/new\nEnglish\nMy knives\nTen knives, you caught two. How many are left\n"
    "Ten knives, you caught two. How many are left?\n/back\n"
    "Ten knives, you caught two. How many are left?\neight\nRight, son.\n/done\n/skip\n"
    "Count again?\nyes\n"
)


def _environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "",
        "BOT_DATA_DIR": str(tmp_path),
        "PYTHONPATH": str(PROJECT_ROOT),  # run from elsewhere: this checkout's `bot`
        # The playground speaks the terminal locale's language: Chinese here.
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "LANG": "zh_CN.UTF-8",
    }


@pytest.mark.slow
def test_write_play_on_a_friend_and_export_in_the_playground(tmp_path: Path) -> None:
    script = WRITE + (
        "/group\n/prank @bob my knives\n/as bob\neight\n/prank @you my knives\n"
        "/as you\n/prank @bob my knives\n/as bob\nbananas\n/as you\n/private\n/export my knives\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=script, capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env=_environment(tmp_path),
    )  # fmt: skip
    out = result.stdout
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert say("new_err_question", "zh") in out  # the playground speaks zh by default
    assert "@bob Ten knives, you caught two" in out
    assert "Right, son." in out and say("authored_credit", "en", name="@you") in out
    assert say("got_you", "zh", by="@you", target="@bob") in out
    assert "Count again?" in out  # bananas: the hint
    # bob has no routine called "my knives": his /prank finds none of his own, and offers
    # the corpus's closest (ops26: TitleIndex.near), ten-knives by "knives"
    assert say("unknown_routine_near", "zh", name="my knives") + "\n     /prank ten-knives" in out
    exported = out[out.rindex("routines:") :]
    exported = "\n".join(
        line[3:] if line.startswith("   ") else line for line in exported.splitlines()
    )
    path = tmp_path / "mine.yaml"
    path.write_text(exported + "\n", encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(path)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path, env=_environment(tmp_path),
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "OK: 1 routines" in checked.stdout


@pytest.mark.slow
async def test_written_over_telegram_and_played_on_a_friend_escaped(
    emulator: Emulator, tmp_path: Path
) -> None:
    db = tmp_path / "bot.sqlite3"
    steps = [
        "/new", "English", "Knives <b>", "How many are left, <i>friend</i>?", "eight",
        "Right, son & heir.", "/done", "/skip", "/skip", "yes",
    ]  # fmt: skip
    async with running_bot(emulator, db):
        for step in steps:
            mark = emulator.mark()
            emulator.user_message(private(BOB), BOB, step)
            await wait_for(emulator, sends(BOB["id"]), after=mark)
        saved = emulator.sent_texts(BOB["id"])[-1]
        assert "Knives &lt;b&gt;" in saved
        emulator.user_message(GROUP, BOB, "/prank knives <b> @alice")
        asked = await wait_for(emulator, sends(GROUP["id"], "&lt;i&gt;friend&lt;/i&gt;?"))
        assert asked
        emulator.user_message(GROUP, ALICE, "eight, I think")
        punchline = await wait_for(emulator, sends(GROUP["id"], "Right, son &amp; heir."))
        assert "a prank by Bob &lt;&amp;&gt;" in punchline["params"]["text"]
    assert emulator.rejected == []


def test_authored_storage_in_both_databases(database: str | Path) -> None:
    storage = Storage(database)
    try:
        draft = {"lang": "en", "title": "Mine", "question": "q?", "answers": []}
        storage.save_draft(7, {"step": "title"}, 10.0)
        assert storage.load_draft(7) == {"step": "title"}
        assert storage.forget_old_drafts(11.0) == 1 and storage.load_draft(7) is None
        first = storage.add_authored(7, "@seven", "mine", "en", draft, 1.0)
        second = storage.add_authored(7, "@seven", "other", "zh", {**draft, "lang": "zh"}, 2.0)
        assert first != second
        assert [r.title_key for r in storage.authored_of(7)] == ["mine", "other"]
        assert storage.add_to_pack(-5, first, 7) and not storage.add_to_pack(-5, first, 7)
        assert [r.id for r in storage.pack_of(-5)] == [first]
        storage.set_authored_status(first, PUBLIC)
        assert [r.id for r in storage.authored_with_status(PUBLIC, "en")] == [first]
        assert storage.authored_with_status(PUBLIC, "zh") == []
        assert storage.add_report(first, 1, 3.0) == 1 and storage.add_report(first, 1, 3.0) == 1
        assert storage.add_report(first, 2, 3.0) == 2
        storage.note_asked(-5, 40, first)
        assert storage.asked_by(-5, 40) == first and storage.asked_by(-5, 41) is None
        storage.update_authored(first, "@seven", "mine2", "en", {**draft, "title": "Mine2"}, 5.0)
        record = storage.get_authored(first)
        assert record is not None and record.title == "Mine2" and record.status == "private"
        storage.move_chat(-5, -6)
        assert [r.id for r in storage.pack_of(-6)] == [first] and storage.pack_of(-5) == []
        storage.delete_authored(first)
        assert storage.get_authored(first) is None and storage.pack_of(-6) == []
        assert storage.remove_from_pack(-6, first) is False
    finally:
        storage.close()
