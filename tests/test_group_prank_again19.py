"""A /prank again in a group, while one waits (newuser19): the sender's own waiting prank for
the same answerer is called off and the new question says so, in the group's language, as in
a private chat; someone else's waiting prank, or one of the sender's for another answerer,
waits on beside the new one."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import PRANK_COOLDOWN, Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.lines import say as line
from tests.support.telegram_fixtures import ALICE, running_bot, sends, wait_for
from tests.support.telegram_fixtures import GROUP as GROUP_CHAT

MEI = Person(7, "Mei", "mei", "zh-hans")
SAM = Person(9, "Sam", "sam", "en-US")
GROUP = -19


def said(engine: Engine, chat: ChatState, who: Person, text: str, now: float) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, now, True, chat_id=GROUP))
    engine.validate(outcome.chat)
    return outcome


def text_of(outcome: Response) -> str:
    return "\n".join(r.text for r in outcome.replies)


def test_a_second_prank_of_ones_own_for_the_same_answerer_calls_the_first_off(
    corpus: Corpus,
) -> None:
    """Breakage: the first waited on, unsaid, beside the second (to be revealed later)."""
    engine = Engine(corpus, random.Random(19))
    chinese = ChatState(lang="zh")  # the group's language: Sam's English is not it
    for aim in ("", " @wen"):  # aimed at nobody, then at the same friend
        first = said(engine, chinese, SAM, "/prank one-and-three" + aim, 0.0)
        assert len(first.chat.pranks) == 1
        again = said(engine, first.chat, SAM, "/prank play-water" + aim, PRANK_COOLDOWN)
        assert line("previous_dropped", "zh") in text_of(again).splitlines()[0], aim
        assert [e.outcome for e in again.endings] == ["called_off"], aim
        assert [p.routine for p in again.chat.pranks.values()] == ["play-water"], aim


def test_a_fall_on_the_way_is_said_to_be_the_targets(corpus: Corpus) -> None:
    """Breakage: "you fell for the last one" said to the starter, who did not fall."""
    engine = Engine(corpus, random.Random(19))
    asked = said(engine, ChatState(lang="en"), SAM, "/prank feathers-steel @mei", 0.0)
    fell = said(engine, asked.chat, MEI, "steel", 5.0).chat
    again = said(engine, fell, SAM, "/prank play-water @mei", 5.0 + PRANK_COOLDOWN)
    told = text_of(again)
    # put to @mei again, the question names her at its head: she is told as "you" (round
    # twenty: "@mei (@mei already fell…)" named her twice)
    assert line("fall_stands_you", "en") in told.splitlines()[0], told
    assert line("fall_stands", "en", target="@mei") not in told
    assert line("previous_dropped_fell", "en") not in told
    assert [e.outcome for e in again.endings] == ["fell"]


def test_others_pranks_and_ones_own_for_another_answerer_wait_on(corpus: Corpus) -> None:
    """What must not change: several pranks at once in a group, none called off."""
    engine = Engine(corpus, random.Random(19))
    meis = said(engine, ChatState(lang="en"), MEI, "/prank toast @wen", 0.0)
    sams = said(engine, meis.chat, SAM, "/prank play-water @wen", 1.0)  # someone else's
    assert sams.endings == [] and len(sams.chat.pranks) == 2
    assert line("previous_dropped", "en") not in text_of(sams)
    other = said(engine, sams.chat, SAM, "/prank toast @lee", 1.0 + PRANK_COOLDOWN)
    open_ = said(engine, other.chat, SAM, "/prank toast", 1.0 + 2 * PRANK_COOLDOWN)
    assert other.endings == [] == open_.endings and len(open_.chat.pranks) == 4
    private = handled(engine, ChatState(), Incoming(SAM, "/prank toast", 0.0))
    again = handled(engine, private.chat, Incoming(SAM, "/prank toast @mei", 1.0))
    assert again.chat == private.chat  # a target in private is refused, nothing called off


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_on_telegram_a_second_prank_of_ones_own_says_the_first_is_off(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        app.bot_data["services"].engine.prank_cooldown = 0.0  # as the playground has it
        emulator.user_message(GROUP_CHAT, ALICE, "/prank one-and-three @carol")
        await wait_for(emulator, sends(GROUP_CHAT["id"], "@carol"))
        mark = emulator.mark()
        # another routine: the same one named again is asked again, still waiting for carol
        # (ops28, tests/test_ops28.py)
        emulator.user_message(GROUP_CHAT, ALICE, "/prank play-water @carol")
        await wait_for(
            emulator, sends(GROUP_CHAT["id"], line("previous_dropped", "en")), after=mark
        )
