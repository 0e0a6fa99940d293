"""Round twenty's red team, through the real Application over HTTP against the emulator: what
a hostile client reaches around ops20's changes (inline queries' own working slot, sends whose
answer never came back), each seen red before its fix."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
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
from tests.support.webhook_fixtures import webhook_bot

slow = pytest.mark.slow  # a bot against the Telegram emulator

TELEGRAMS_CONNECTIONS = 40  # setWebhook's max_connections when none is given


def inline_query(n: int) -> dict:
    user = {"id": 5000 + n, "is_bot": False, "first_name": f"Typist {n}", "language_code": "en"}
    return {"inline_query": {"id": f"flood{n}", "from": user, "query": "knives", "offset": ""}}


def inline_tap(n: int) -> dict:
    """A tap on a button of an inline message (its data as a button's: a stale one here)."""
    user = {"id": 6000 + n, "is_bot": False, "first_name": f"Tapper {n}", "language_code": "en"}
    tap = {"id": f"tap{n}", "from": user, "chat_instance": "ci", "inline_message_id": "IM1"}
    return {"callback_query": {**tap, "data": "play.digest.0.choice.seal"}}


FLOODS = {
    "queries": ("answerInlineQuery", inline_query),
    "taps": ("answerCallbackQuery", inline_tap),
}


@slow
@pytest.mark.parametrize("flood_of", sorted(FLOODS))
async def test_an_inline_flood_holds_no_webhook_connection_a_private_chat_needs(
    emulator: Emulator, tmp_path: Path, flood_of: str
) -> None:
    """Strangers type inline queries (or tap an inline message's buttons) faster than the
    bot's one slot for them answers (Telegram slow to take the answers: held here), as many
    as Telegram's webhook has connections; Alice's private /help comes right behind them.
    Telegram delivers updates of no chat side by side, one a connection, and waits for each
    answer. Breakage: every one waited in the bot for the one inline slot, holding its
    connection, so all forty were taken and Alice's /help was never even delivered while the
    first answer was held."""
    answer, update_of = FLOODS[flood_of]
    async with webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"], TELEGRAMS_CONNECTIONS)
        await wait_for(emulator, lambda c: c["method"] == "setWebhook")
        emulator.hold(answer)
        try:
            mark = emulator.mark()
            flood = [emulator.push(update_of(n)) for n in range(TELEGRAMS_CONNECTIONS)]
            await asyncio.to_thread(emulator.wait_until, lambda: emulator.holding >= 1, 10)
            emulator.user_message(private(ALICE), ALICE, "/help")
            await wait_for(emulator, sends(ALICE["id"], "/prank"), after=mark, timeout=5)
        finally:
            emulator.let_go(answer)
        for update in flood:  # each answered to Telegram (answered or let go), none kept
            await asyncio.to_thread(emulator.wait_delivered, update["update_id"])


@slow
async def test_a_reveal_whose_answer_never_came_leaves_the_next_reveal_said(
    emulator: Emulator, tmp_path: Path, corpus: Corpus
) -> None:
    """Alice's and Bob's pranks in the group are both past their time when the bot starts;
    Telegram carries out the first reveal but its answer is lost (UnconfirmedError). The
    first prank is over (saved so before the send), and the group hears Bob's reveal all the
    same. Breakage: the lost answer ended the reveals' delivery, so Bob's reveal was never
    sent, its prank already taken for revealed: its verdict lost for good."""
    engine, chat = Engine(corpus), ChatState(lang="en")
    for person in (ALICE, BOB):
        starter = Person(person["id"], person["first_name"], person.get("username"), "en")
        started = Incoming(starter, "/prank ten-knives anyway", 0.0, True, chat_id=GROUP["id"])
        chat = handled(engine, chat, started).chat
    assert len(chat.pranks) == 2
    storage = Storage(tmp_path / "bot.sqlite3")
    storage.save_chat(GROUP["id"], chat)
    storage.close()
    emulator.inject("sendMessage", "lost")
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        await asyncio.to_thread(emulator.wait_for_count, "sendMessage", 2, 0, 10)
    reveals = [t for t in emulator.sent_texts(GROUP["id"]) if say("timeout", "en") in t]
    assert len(reveals) == 2, reveals
    assert Storage(tmp_path / "bot.sqlite3").load_chat(GROUP["id"]).pranks == {}


@slow
async def test_a_verdict_whose_answer_never_came_still_reaches_the_links_owner(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Carol opens Alice's prank link and answers; Telegram carries out the verdict to Carol
    but its answer is lost (UnconfirmedError). The prank is over all the same (saved so
    before the send): the link keeps how it went, and Alice is told. Breakage: the lost
    answer ended the turn, the link's result was never kept and Alice never heard."""
    db = tmp_path / "bot.sqlite3"
    async with running_bot(emulator, db):
        emulator.user_message(private(ALICE), ALICE, "/link ten-knives")
        made = await wait_for(emulator, sends(ALICE["id"], "start="))
        code = re.search(r"start=([A-Za-z0-9_-]+)", made["params"]["text"]).group(1)
        mark = emulator.mark()
        emulator.user_message(private(CAROL), CAROL, f"/start {code}")
        await wait_for(emulator, sends(CAROL["id"]), after=mark)
        emulator.inject("sendMessage", "lost")
        mark = emulator.mark()
        emulator.user_message(private(CAROL), CAROL, "八把")
        await wait_for(emulator, sends(ALICE["id"], "@carol"), after=mark, timeout=10)
    storage = Storage(db)
    try:
        assert len(storage.get_link(code).results) == 1
    finally:
        storage.close()
