"""Holding under abuse and faults: floods, quotas, blocked users, migrations, forged buttons.

Each test names the breakage it guards against; all run the real Application over HTTP
against the emulator, which applies Telegram's limits.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT, PROJECT_ROOT
from bot.content.corpus import load_corpus
from bot.lab.pool import MAX_JOBS, Refusal, Trainer
from bot.lab.spec import TrainSpec
from bot.storage import Storage
from bot.telegram.inline import InlineHandlers
from bot.telegram.outbox import fit
from bot.telegram.secrecy import ScrubbingFormatter
from tests.support.emulator import TOKEN, Emulator, parse_html
from tests.support.lines import fixed, opening, say
from tests.support.telegram_fixtures import (
    ALICE,
    BOB,
    CAROL,
    GROUP,
    private,
    running_bot,
    sends,
    wait_for,
)
from tests.test_inline_binding import keys_of, post, tap

pytestmark = pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP

LASTING = 100_000_000  # epochs: a run that goes on until it is stopped (minutes at least)
QUICK = """
routines:
  - id: quick
    title: {zh: 快, en: Quick}
    timeout: %s
    states:
      ask:
        say: {zh: 快答？, en: Quick?}
        answers:
          - match: [快]
            reply: {zh: 对，快。, en: "Right, quick."}
        otherwise:
          reveal: {zh: 答案是快。, en: Quick it is.}
"""


def quick_corpus(tmp_path: Path, timeout: float) -> Path:
    """The shipped corpus plus a routine that times out after `timeout` seconds."""
    shipped = DEFAULT_CONTENT.read_text(encoding="utf-8")
    extra = (QUICK % timeout).split("routines:\n", 1)[1]
    path = tmp_path / "quick.yaml"
    path.write_text(shipped.replace("routines:\n", "routines:\n" + extra, 1), encoding="utf-8")
    return path


def reveals(chat_id: int):
    return sends(chat_id, "Quick it is")


# -- isolation and quotas ------------------------------------------------------------------


async def test_a_group_made_to_wait_never_holds_up_another_chat(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: updates processed one at a time, or a 429 pausing every chat."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.spend_group_share(GROUP["id"])  # its next message waits ~3 s (a 429 first)
        emulator.user_message(GROUP, BOB, "/joke")
        emulator.user_message(private(ALICE), ALICE, "/help")
        asked = max(emulator.offered)
        helped = await wait_for(emulator, sends(ALICE["id"], "/prank"))
        joked = await wait_for(emulator, sends(GROUP["id"]), timeout=30)
    assert emulator.too_many  # the group did hit Telegram's limit
    assert helped["at"] < joked["at"]  # and the private chat did not wait for it
    assert helped["at"] - emulator.offered[asked] < 1.5


async def test_many_chats_at_once_are_all_answered(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: with updates handled at once, a high-water mark of handled ids took an update
    that finished after a later one for a redelivery, and dropped it."""
    people = [{"id": 7000 + i, "is_bot": False, "first_name": f"P{i}"} for i in range(40)]
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        for round_ in range(3):
            for person in people:
                emulator.user_message(private(person), person, ("/joke", "/prank", "/help")[round_])
        await asyncio.to_thread(emulator.wait_for_count, "sendMessage", 120, mark, 60)
    for person in people:
        assert len(emulator.sent_texts(person["id"])) == 3


async def test_a_flooding_member_is_throttled_and_told_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: no per-member throttle (the group fills, and Telegram's limit is spent)."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        for _ in range(30):
            emulator.user_message(GROUP, BOB, "/joke")
        emulator.user_message(GROUP, CAROL, "/help")  # someone else is still answered
        await wait_for(emulator, sends(GROUP["id"], "/prank"), timeout=30)
        texts = emulator.sent_texts(GROUP["id"])
    told = [t for t in texts if fixed("slow_down", "zh") in t]
    assert len(told) == 1
    assert len(texts) <= 6 + 1 + 1  # six jokes, one notice, Carol's help
    assert emulator.too_many == []  # never over Telegram's limit


async def test_one_member_cannot_take_every_prank_slot(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: no per-starter cap (`/prank @nobodyN` ×20 took the group's 20 slots).
    (The cap of three, with time passing, is in tests/test_engine.py.)"""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        for n in range(5):
            emulator.user_message(GROUP, ALICE, f"/prank ten-knives anyway @nobody{n}")
        # "anyway": the group speaks Alice's English, who spoke first, and ten-knives is a pun
        emulator.user_message(GROUP, CAROL, "/prank ten-knives anyway @bob")
        await wait_for(emulator, sends(GROUP["id"], "@bob"))
    storage = Storage(tmp_path / "bot.sqlite3")
    pranks = storage.load_chat(GROUP["id"]).pranks.values()
    assert sum(p.by.username == "alice" for p in pranks) == 1  # the rest wait for a cooldown
    assert any(p.by.username == "carol" for p in pranks)
    assert any(fixed("prank_cooldown", "en") in t for t in emulator.sent_texts(GROUP["id"]))


async def test_only_admins_change_a_groups_language(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: any member could /lang the group."""
    emulator.admins[GROUP["id"]] = [ALICE]
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(GROUP, BOB, "/lang en")
        await wait_for(
            emulator, sends(GROUP["id"], say("lang_admins_only", "zh", name="英文", code="en"))
        )
        emulator.user_message(GROUP, ALICE, "/lang en")
        await wait_for(emulator, sends(GROUP["id"], "English from now on"))


async def test_a_reply_to_another_bot_message_does_not_answer_a_prank(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: a reply to a joke (or an old question) was taken as an answer."""
    bob = {**BOB, "username": "bob"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(GROUP, CAROL, "/prank ten-knives @bob")
        await wait_for(emulator, sends(GROUP["id"], "十把刀"))
        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/joke")
        joke = await wait_for(emulator, sends(GROUP["id"]), after=mark)
        said = emulator.messages[(GROUP["id"], joke["result"]["message_id"])]
        mark = emulator.mark()
        emulator.user_message(GROUP, bob, "八把", reply_to=said)
        emulator.user_message(GROUP, CAROL, "/help")
        await wait_for(emulator, sends(GROUP["id"], "/prank"), after=mark)
        assert not any("儿子" in t for t in emulator.sent_texts(GROUP["id"]))
        emulator.user_message(GROUP, bob, "八把")  # the prank still waits for its answer
        await wait_for(emulator, sends(GROUP["id"], "儿子"))


async def test_commands_for_another_bot_and_group_photos_get_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakages: commands addressed to another bot answered; group photos always answered."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        emulator.user_message(GROUP, BOB, "/help@OtherBot")
        emulator.user_message(GROUP, BOB, None, photo=[{
            "file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}])  # fmt: skip
        emulator.user_message(GROUP, CAROL, "/joke@taolubot")  # usernames ignore case
        await wait_for(emulator, sends(GROUP["id"]), after=mark)
        sent = [c for c in emulator.sent[mark:] if c["method"] == "sendMessage"]
    assert len(sent) == 1 and "/prank" not in sent[0]["params"]["text"]


# -- faults --------------------------------------------------------------------------------


async def test_a_user_who_blocked_the_bot_does_not_stop_other_timeouts(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: the first failed reveal stopped every later one."""
    corpus = quick_corpus(tmp_path, 1)
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus):
        emulator.user_message(private(ALICE), ALICE, "/prank quick")
        await wait_for(emulator, sends(ALICE["id"], "Quick?"))
        emulator.blocked.add(ALICE["id"])
        emulator.user_message(private(CAROL), CAROL, "/prank quick")
        await wait_for(emulator, sends(CAROL["id"], "快答"))
        await wait_for(emulator, sends(CAROL["id"], "答案是快"))
        emulator.user_message(private(BOB), BOB, "/prank quick")  # armed after the failure
        await wait_for(emulator, sends(BOB["id"], "答案是快"))
    assert any("blocked" in r["error"] for r in emulator.rejected)


async def test_timeouts_come_back_after_a_restart_and_fire_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: timeouts not re-armed after a restart. The sweep every hour, not every few
    seconds: the reveal must come from the timer re-armed at start, not from a sweep."""
    corpus, db = quick_corpus(tmp_path, 3), tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db, content=corpus, sweep_seconds=3600):
        emulator.user_message(private(ALICE), ALICE, "/prank quick")
        await wait_for(emulator, sends(ALICE["id"], "Quick?"))
    assert not any("Quick it is" in t for t in emulator.sent_texts(ALICE["id"]))
    async with running_bot(emulator, db, content=corpus, sweep_seconds=3600):
        await wait_for(emulator, reveals(ALICE["id"]), timeout=15)
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"], "/prank"))
    assert sum("Quick it is" in t for t in emulator.sent_texts(ALICE["id"])) == 1


async def test_a_stopped_bot_leaves_no_reveal_timer_behind(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: the timers of waiting pranks outlived the application, on a loop that ran
    on (a test's, a program embedding the bot): each would have fired into a stopped bot."""
    corpus = quick_corpus(tmp_path, 600)
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus) as app:
        emulator.user_message(private(ALICE), ALICE, "/prank quick")
        await wait_for(emulator, sends(ALICE["id"], "Quick?"))
        emulator.user_message(private(ALICE), ALICE, "/help")  # after the /prank's turn ended
        await wait_for(emulator, sends(ALICE["id"], "/prank"))
        timeouts = app.bot_data["timeouts"]
        armed = timeouts.armed()
        assert len(armed) == 1 and not armed[0].cancelled()
    assert timeouts.armed() == [] and armed[0].cancelled()


async def test_a_group_that_became_a_supergroup_keeps_its_prank(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: a migrated group lost its state; sends to the old id failed."""
    old = {"id": -4242, "type": "group", "title": "Old"}
    new = {"id": -1004242, "type": "supergroup", "title": "Old"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(old, CAROL, "/prank ten-knives @alice")
        await wait_for(emulator, sends(old["id"], "十把刀"))
        # Both service messages, as Telegram sends them: the one in the new chat comes before
        # anything else there (with only the old group's, the answer raced the move).
        emulator.upgrade_group(old, new, ALICE)
        emulator.user_message(new, ALICE, "8 left")  # the target answers in the new chat
        await wait_for(emulator, sends(new["id"], "儿子"))  # the group's language: Carol's
        # A group whose move the bot missed: the send to the old id is redirected.
        other, moved = {"id": -77, "type": "group", "title": "G"}, -10077
        emulator.migrated[other["id"]] = moved
        emulator.user_message(other, ALICE, "/joke")
        await wait_for(emulator, sends(moved))


async def test_a_deleted_question_still_gets_its_reveal(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: a reveal quoting a deleted question was refused."""
    corpus = quick_corpus(tmp_path, 1)
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus):
        emulator.user_message(GROUP, CAROL, "/prank quick")
        question = await wait_for(emulator, sends(GROUP["id"], "快答"))
        with emulator.lock:
            del emulator.messages[(GROUP["id"], question["result"]["message_id"])]
        await wait_for(emulator, sends(GROUP["id"], "答案是快"))
    assert emulator.rejected == []


async def test_an_edited_train_does_not_train_again(emulator: Emulator, tmp_path: Path) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        emulator.push({"edited_message": {"message_id": 9, "date": 0, "edit_date": 1,
                       "chat": private(ALICE), "from": ALICE, "text": "/train"}})  # fmt: skip
        emulator.user_message(private(ALICE), ALICE, "/help")
        await wait_for(emulator, sends(ALICE["id"], "/prank"), after=mark)
        assert not any("Training" in t for t in emulator.sent_texts(ALICE["id"]))


async def test_reload_swaps_the_corpus(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: /reload said it reloaded but kept the old corpus."""
    admin = {"id": 999, "is_bot": False, "first_name": "Root", "language_code": "en"}
    corpus = tmp_path / "corpus.yaml"
    corpus.write_text(DEFAULT_CONTENT.read_text(encoding="utf-8"), encoding="utf-8")
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus):
        corpus.write_text(quick_corpus(tmp_path, 60).read_text(encoding="utf-8"), "utf-8")
        emulator.user_message(private(admin), admin, "/reload")
        await wait_for(emulator, sends(admin["id"], opening("reloaded", "en")))
        emulator.user_message(private(admin), admin, "/prank quick")
        await wait_for(emulator, sends(admin["id"], "Quick?"))


# -- training quotas -----------------------------------------------------------------------


async def test_two_quick_trains_start_one_run(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: the busy check and the registration raced (two runs, then Oops)."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(ALICE), ALICE, "/train")
        emulator.user_message(private(ALICE), ALICE, "/train")
        await wait_for(emulator, sends(ALICE["id"], say("busy", "en")), timeout=30)
        await wait_for(emulator, lambda c: c["method"] == "sendPhoto", timeout=60)
    texts = emulator.sent_texts(ALICE["id"])
    assert sum("Training XOR" in t for t in texts) == 1 and not any(
        say("oops", "en") in t for t in texts
    )


def test_the_training_line_is_bounded() -> None:
    trainer = Trainer(workers=1)
    try:
        assert trainer.reserve(1, user_id=7) is None
        assert trainer.reserve(2, user_id=7) is None  # a quota of seconds, not a cooldown
        for chat in range(3, MAX_JOBS + 1):
            assert trainer.reserve(chat, user_id=1000 + chat) is None
        assert trainer.reserve(10_000, user_id=10_000) is Refusal.QUEUE_FULL
        assert trainer.reserve(3, user_id=3) is Refusal.BUSY
    finally:
        trainer.close()


async def test_only_the_starter_or_an_admin_stops_a_run(emulator: Emulator, tmp_path: Path) -> None:
    """Breakage: anyone could /train stop someone else's run."""
    emulator.admins[GROUP["id"]] = [CAROL]
    async with running_bot(emulator, tmp_path / "bot.sqlite3", max_epochs=LASTING):
        emulator.user_message(GROUP, BOB, f"/train epochs={LASTING}")  # runs until stopped
        status = await wait_for(emulator, sends(GROUP["id"], "训练 XOR"))
        emulator.user_message(GROUP, ALICE, "/train stop")
        # the group's language: Bob's, the first to speak to the bot there
        await wait_for(emulator, sends(GROUP["id"], say("not_your_run", "zh")))
        emulator.user_message(GROUP, CAROL, "/train stop")
        stopped = status["result"]["message_id"]
        await wait_for(emulator, lambda c: c["method"] == "editMessageText"
                       and c["params"]["message_id"] == stopped
                       and "停止" in c["params"]["text"], timeout=30)  # fmt: skip


async def test_a_run_past_its_time_limit_is_stopped() -> None:
    trainer = Trainer(workers=1, max_run_seconds=0.5)
    try:
        assert trainer.reserve(1, user_id=1) is None

        async def progress(epoch: int, error: float) -> None:
            pass

        result = await trainer.train(1, TrainSpec("xor", LASTING, 0.1, 8), progress)
        assert result is not None and result.stopped and result.timed_out
        assert result.epochs_run < LASTING
    finally:
        trainer.close()


# -- buttons -------------------------------------------------------------------------------


async def ask_inline(emulator: Emulator, query_id: str, user: dict, query: str) -> dict:
    emulator.push({"inline_query": {"id": query_id, "from": user, "query": query, "offset": ""}})
    answer = await wait_for(emulator, lambda c: c["method"] == "answerInlineQuery"
                            and c["params"]["inline_query_id"] == query_id)  # fmt: skip
    return answer["params"]


async def test_buttons_are_bound_to_their_message_and_unforgeable(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakages: one play id for every message; a constant key; a short MAC; a replayed
    button rewriting another message; non-ASCII data raising; the answer index unchecked."""
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        results = [
            (await ask_inline(emulator, f"q{n}", ALICE, words))["results"][0]
            for n, words in ((1, "knives"), (2, "knives"), (3, "monkey"))
        ]
        im1, im2, im3 = [await post(emulator, db, ALICE, result) for result in results]
        first, second, monkey = [keys_of(result) for result in results]
        eight, other_eight = first["eight"], second["eight"]
        assert eight != other_eight  # every posted message has a play of its own
        body, tag = eight.rsplit(".", 1)
        assert len(base64.urlsafe_b64decode(tag + "==")) >= 16  # a 128-bit MAC, not 48
        # Two messages of the same routine are played apart.
        assert await tap(emulator, "t1", eight, im1) == ""
        assert await tap(emulator, "t2", other_eight, im2) == ""
        # A button replayed on a message that has a play of its own changes nothing.
        assert await tap(emulator, "t3", monkey["monkey king"], im3) == ""
        mark = emulator.mark()
        assert "失效" in await tap(emulator, "t4", eight, im3)
        # A flipped MAC, non-ASCII data, junk, and an answer the state does not have signed
        # with the bot's own key: all expired, none raises.
        flipped = body + "." + ("A" if tag[0] != "A" else "B") + tag[1:]
        secret = Storage(db).secret("inline buttons")
        signer = InlineHandlers(None, None, secret)  # type: ignore[arg-type]
        routine = load_corpus(DEFAULT_CONTENT).routines["ten-knives"]
        out_of_range = signer.sign(body.split(".")[0], routine, "ask", "7")
        for n, data in enumerate([flipped, "十把刀.ask.0.∞", "x" * 64, out_of_range]):
            assert "失效" in await tap(emulator, f"f{n}", data, "IM9")
        assert not any(c["method"] == "editMessageText" for c in emulator.sent[mark:])
    # The key is random per database, and derived from nothing guessable such as the token.
    assert Storage(tmp_path / "other.sqlite3").secret("inline buttons") != secret
    assert hashlib.sha256(b"taolu inline buttons\0" + TOKEN.encode()).digest() != secret


# -- secrets and input ---------------------------------------------------------------------


def test_a_traceback_that_holds_the_token_is_printed_masked() -> None:
    formatter = ScrubbingFormatter(TOKEN, "%(message)s")
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected by the server.")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    text = formatter.format(record)
    assert "Traceback" in text and TOKEN not in text and "<token>" in text


def start_bot(emulator: Emulator, db: Path, **env: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "BOT_DB_PATH": str(db),
                   "TELEGRAM_BASE_URL": emulator.base_url, **env}  # fmt: skip
    return subprocess.Popen([sys.executable, "-m", "bot"], env=environment, cwd=PROJECT_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


@pytest.mark.parametrize(
    ("path", "says"),
    [("/wrong/bot", "refused the token"), ("", "must end in /bot"), (":x/bot", "port")],
)
def test_a_bad_base_url_fails_in_one_line_without_the_token(
    emulator: Emulator, tmp_path: Path, path: str, says: str
) -> None:
    base = emulator.base_url.removesuffix("/bot") + path
    process = start_bot(emulator, tmp_path / "bot.sqlite3", TELEGRAM_BASE_URL=base)
    out, err = process.communicate(timeout=60)
    assert process.returncode != 0 and says in err, err
    assert TOKEN not in out + err and "Traceback" not in err


def test_a_second_bot_on_the_same_database_is_refused(emulator: Emulator, tmp_path: Path) -> None:
    db = tmp_path / "bot.sqlite3"
    first = start_bot(emulator, db)
    try:
        emulator.wait_for(lambda c: c["method"] == "deleteWebhook", timeout=60)
        second = start_bot(emulator, db)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 1 and "already running" in err
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)


@pytest.mark.parametrize("text", ["<" * 5000, "😀" * 3000, "a&b" * 2000, "x" * 4095 + "<"])
def test_long_text_is_cut_to_telegrams_limit_in_utf16_and_never_inside_an_entity(
    text: str,
) -> None:
    shown = parse_html(fit(text))
    assert len(shown.encode("utf-16-le")) // 2 <= 4096
    assert text.startswith(shown)


def test_training_workers_end_with_the_bot_even_when_it_is_killed(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: worker processes outliving a bot killed with SIGKILL."""
    bot = start_bot(emulator, tmp_path / "bot.sqlite3")
    try:
        emulator.wait_for(lambda c: c["method"] == "deleteWebhook", timeout=60)
        emulator.user_message(private(ALICE), ALICE, "/xor")
        emulator.wait_for(lambda c: c["method"] == "sendPhoto", timeout=60)  # workers are up
        children = Path(f"/proc/{bot.pid}/task/{bot.pid}/children").read_text().split()
        workers = [int(pid) for pid in children]
        assert workers
    finally:
        bot.kill()
        bot.communicate(timeout=30)
    deadline = time.monotonic() + 15  # they notice within a second; the bound fails a test
    while any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "training workers outlived the bot"
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


async def test_the_supergroups_own_migration_message_moves_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Breakage: the supergroup's "migrated from" message, which filters.StatusUpdate.MIGRATE
    takes too, was handled as a move to chat None: a database error and an apology."""
    new = {"id": -1004343, "type": "supergroup", "title": "Old"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(new, CAROL, "/prank ten-knives @alice")
        await wait_for(emulator, sends(new["id"], "十把刀"))
        emulator.user_message(new, ALICE, None, migrate_from_chat_id=-4343)
        emulator.user_message(new, ALICE, "8 left")  # the prank is still there
        await wait_for(emulator, sends(new["id"], "儿子"))  # in the group's language: Carol's
    assert not any(("Oops" in t or "哎呀" in t) for t in emulator.sent_texts(new["id"]))
