"""Every way a prank ends, played as people play it: the reply, the scoreboard, /stats and the
metrics agree on one outcome (fell, saw_through, refused, called_off, timed_out).

Through the Telegram emulator (a group, and a private chat) and the console playground."""

from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from bot.config import DEFAULT_CONTENT
from bot.i18n.catalogue import say
from tests.support.corpora import quick_routine
from tests.support.emulator import Emulator
from tests.support.playground import chat
from tests.support.telegram_fixtures import (
    ALICE,
    BOB,
    CAROL,
    GROUP,
    added_by,
    private,
    running_bot,
    sends,
    wait_for,
)

pytestmark = pytest.mark.slow  # the emulator, and the playground in a process of its own

GAME = """  - id: game
    title: {zh: 游戏, en: Game}
    give_away: {zh: [知道这个套路], en: [know this trick]}
    states:
      ask:
        say: {zh: 一加一等于几？, en: What is one plus one?}
        answers:
          - id: two
            match: {zh: [二], en: [two]}
            reply: {zh: 上当了！, en: Gotcha!}
          - id: nope
            intent: refuse
            reply: {zh: 那算了。, en: Fine then.}
        otherwise:
          hint: {zh: 再想想？, en: Think again?}
          tries: 1
          reveal: {zh: 答案是二。, en: It was two.}
"""
CORPUS = "routines:\n" + GAME + quick_routine(0.5)
DAN = {"id": 1004, "is_bot": False, "first_name": "Dan", "username": "dan", "language_code": "en"}
EVE = {"id": 1005, "is_bot": False, "first_name": "Eve", "username": "eve", "language_code": "en"}
ENDED = "taolu_pranks_ended_total"


def ended(outcome: str) -> float:
    return REGISTRY.get_sample_value(ENDED, {"outcome": outcome}) or 0.0


def got_you(by: str) -> str:
    return say("got_you", "zh", by=by, target="@carol")


def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "game.yaml"
    path.write_text(CORPUS, encoding="utf-8")
    return path


async def test_each_outcome_in_a_group_scores_only_what_happened(
    emulator: Emulator, tmp_path: Path
) -> None:
    before = {o: ended(o) for o in ("fell", "saw_through", "refused", "called_off", "timed_out")}
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus_file(tmp_path)):
        await added_by(emulator, GROUP, CAROL)  # the group speaks Carol's Chinese

        async def play(starter: dict, answers: list[str], routine: str = "game") -> str:
            mark = emulator.mark()
            emulator.user_message(GROUP, starter, f"/prank {routine} @carol")
            question = await wait_for(emulator, sends(GROUP["id"], "@carol"), after=mark)
            asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
            reply = None
            for answer in answers:
                mark = emulator.mark()
                emulator.user_message(GROUP, CAROL, answer, reply_to=asked)
                reply = await wait_for(emulator, sends(GROUP["id"]), after=mark)
                asked = emulator.messages[(GROUP["id"], reply["result"]["message_id"])]
            assert reply is not None
            return reply["params"]["text"]

        fell = await play(ALICE, ["二"])
        assert "上当了" in fell and got_you("@alice") in fell
        seen = await play(BOB, ["我知道这个套路啦"])
        assert say("saw_through", "zh") in seen and "🎭" not in seen
        assert say("saw_through_note", "zh", by="Bob &lt;&amp;&gt;", target="@carol") in seen
        refused = await play(DAN, ["不玩"])
        assert "那算了" in refused and "🎭" not in refused and "👀" not in refused
        # the hint, then the reveal: called off ("啥" would be asked again: round fifteen)
        called_off = await play(EVE, ["不知道啊", "还是不知道"])
        assert "答案是二" in called_off and "🎭" not in called_off and "👀" not in called_off
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE | {"id": 1006, "username": "fay"}, "/prank quick @carol")
        # asked and revealed in the group's language (Carol's), not Fay's English
        await wait_for(emulator, sends(GROUP["id"], "是二。"), after=mark, timeout=10)

        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/stats")
        board = (await wait_for(emulator, sends(GROUP["id"]), after=mark))["params"]["text"]
    pranked = board.index(say("stats_pranksters", "zh"))
    fooled = board.index(say("stats_fooled", "zh"))
    sharp = board.index(say("stats_sharp", "zh"))
    assert board[pranked:fooled].count(". ") == 1 and "@alice：1 次" in board[pranked:fooled]
    assert board[fooled:sharp].count(". ") == 1 and "@carol：1 次" in board[fooled:sharp]
    assert board[sharp:].count(". ") == 1 and "@carol：1 次" in board[sharp:]
    for outcome in before:
        assert ended(outcome) == before[outcome] + 1, outcome


async def test_a_private_give_away_is_seen_through_not_a_fall(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=corpus_file(tmp_path)):
        emulator.user_message(private(ALICE), ALICE, "/prank game")
        await wait_for(emulator, sends(ALICE["id"], "one plus one"))
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, "lol I know this trick")
        reply = await wait_for(emulator, sends(ALICE["id"]), after=mark)
    assert reply["params"]["text"] == say("saw_through", "en")


def test_the_playground_plays_every_outcome(tmp_path: Path) -> None:
    lines = [
        "/group",
        "/lang en",
        "/prank game @bob",
        "/as bob",
        "two",
        "/as carol",
        "/prank game @bob",
        "/as bob",
        "i know this trick",
        "/as dan",
        "/prank game @bob",
        "/as bob",
        "no thanks",
        "/stats",
    ]
    result = chat("\n".join(lines) + "\n", BOT_CONTENT=str(corpus_file(tmp_path)))
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert say("got_you", "en", by="@you", target="@bob") in out
    assert say("saw_through_note", "en", by="@carol", target="@bob") in out
    assert "Fine then." in out and out.count(say("got_you", "en", by="@dan", target="@bob")) == 0
    board = out[out.index(say("stats_title", "en")) :]
    assert say("stats_sharp", "en") in board and "@bob: 1" in board


def test_a_dont_know_to_a_riddle_is_no_fall_unless_the_trick_lands_anyway() -> None:
    """The shipped routines: "不知道" to dry-hair only hears he is bald (nobody scores); to
    you-and-pig, not telling yourself from a pig is the punchline (a fall)."""
    lines = [
        "/group",
        "/lang zh",
        "/prank dry-hair @bob",
        "/as bob",
        "不知道",
        "/as carol",
        "/prank you-and-pig @bob",
        "/as bob",
        "不知道",
        "/stats",
    ]
    result = chat("\n".join(lines) + "\n", BOT_CONTENT=str(DEFAULT_CONTENT))
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert say("got_you", "zh", by="@you", target="@bob") not in out
    assert out.count(say("got_you", "zh", by="@carol", target="@bob")) == 1
    board = out[out.index(say("stats_title", "zh")) :]
    pranked = board.index(say("stats_pranksters", "zh"))
    fooled = board.index(say("stats_fooled", "zh"))
    assert board[pranked:fooled].count(". ") == 1 and "@carol：1 次" in board[pranked:fooled]
    assert board[fooled:].count(". ") == 1 and "@bob：1 次" in board[fooled:]


LANDS = """routines:
  - id: lands
    title: {zh: 落地, en: Lands}
    states:
      ask:
        say: {zh: 你爱我吗？, en: Do you love me?}
        answers:
          - id: yes
            intent: "yes"
            reply: {zh: 乖。, en: Good.}
        otherwise:
          outcome: fell  # the reveal is the prank
          reveal: {zh: 反正你上当了。, en: Gotcha anyway.}
"""


async def test_a_question_back_is_asked_again_before_a_reveal_that_lands(
    emulator: Emulator, tmp_path: Path
) -> None:
    """ "what?" is no answer: the question comes once more and nothing ends; only what follows
    it meets the reveal, and only then is a fall counted."""
    content = tmp_path / "lands.yaml"
    content.write_text(LANDS, encoding="utf-8")
    fell = ended("fell")
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=content):
        emulator.user_message(private(ALICE), ALICE, "/prank lands")
        await wait_for(emulator, sends(ALICE["id"], "Do you love me?"))
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, "what?")
        again = await wait_for(emulator, sends(ALICE["id"]), after=mark)
        assert again["params"]["text"] == f"{say('asked_again', 'en')}\nDo you love me?"
        assert ended("fell") == fell
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, "my cat is orange")
        revealed = await wait_for(emulator, sends(ALICE["id"]), after=mark)
    assert revealed["params"]["text"].startswith("Gotcha anyway.")
    assert ended("fell") == fell + 1
