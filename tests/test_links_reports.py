"""What a link's owner is told (ux15b): a player who opens the link again mid-play is said to
have opened it again, not to have stopped; /links counts opens and says so; the owner who
opens their own link is told it is theirs and counts for nobody."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.application.links import Links, _result_line
from bot.conversation.answering import Incoming
from bot.conversation.commands import Say
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import LinkRecord, Storage
from tests.support.conversation import handled, private_request

OWNER = Person(31, "Owner", "owner", "en")
CAROL = Person(32, "Carol", "carol", "en")
CODE = "reopened-link-code-1"
LANGS = ("zh", "zh-hant", "zh-hk", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_a_player_who_opens_the_link_again_is_said_to_have_done_so(
    engine: Engine, tmp_path: Path, lang: str
) -> None:
    storage = Storage(tmp_path / "links.sqlite3")
    try:
        storage.create_link(LinkRecord(CODE, OWNER.id or 0, lang, "toast-toaster", time.time()))
        links = Links(storage, engine)
        first = handled(
            engine, ChatState(), Incoming(CAROL, f"/start {CODE}", 0.0, link=links.opened(CODE))
        )
        assert links.played(CODE)  # as the turn counts a play whose prank started
        on = handled(engine, first.chat, Incoming(CAROL, "toast toast toast toast toast", 1.0))
        again = handled(
            engine, on.chat, Incoming(CAROL, f"/start {CODE}", 2.0, link=links.opened(CODE))
        )
        assert links.played(CODE)
        ((owner, text),) = links.report(again.endings)
        assert owner == OWNER.id
        assert say("link_result_again", lang, who="@carol") in text, text
        assert say("link_result_partway", lang, who="@carol") not in text
        # /links: the count is of opens, worded so (one person, two opens)
        said = asyncio.run(_listed(links, lang))
        assert say("links_open", lang, title="", code=CODE, plays=2, max=50)[-12:] in said
        assert say("link_result_again", lang, who="@carol") in said
    finally:
        storage.close()


async def _listed(links: Links, lang: str) -> str:
    request = private_request(OWNER.id or 0, OWNER.id or 0, [], lang)
    return "\n".join([e.text async for e in links.links(request) if isinstance(e, Say)])


def test_the_counts_say_what_they_count() -> None:
    assert "opened 2 of 50 times" in say("links_open", "en", title="t", code="c", plays=2, max=50)
    assert "被打开 2 次" in say("links_open", "zh", title="t", code="c", plays=2, max=50)
    assert "被點開 2 次" in say("links_open", "zh-hant", title="t", code="c", plays=2, max=50)
    assert "撳開咗 2 次" in say("links_open", "zh-hk", title="t", code="c", plays=2, max=50)


def test_stopping_partway_without_opening_again_is_still_stopping() -> None:
    for lang in LANGS:
        result = {"who": "bob", "answer": None, "how": "called_off", "partway": True}
        assert _result_line(result, lang) == say("link_result_partway", lang, who="bob")


@pytest.mark.parametrize("lang", LANGS)
def test_the_owner_opening_their_own_link_is_told_it_is_theirs(
    engine: Engine, tmp_path: Path, lang: str
) -> None:
    storage = Storage(tmp_path / "links.sqlite3")
    try:
        storage.create_link(LinkRecord(CODE, OWNER.id or 0, lang, "toast-toaster", time.time()))
        owner = Person(OWNER.id, "Owner", "owner", lang)
        own = Links(storage, engine).opened(CODE, OWNER.id)
        tried = handled(engine, ChatState(), Incoming(owner, f"/start {CODE}", 0.0, link=own))
        assert tried.replies[0].text == say("link_own", lang)
        assert len(tried.replies) == 2  # and then the routine's question
        friend = Links(storage, engine).opened(CODE, CAROL.id)
        played = handled(engine, ChatState(), Incoming(CAROL, f"/start {CODE}", 0.0, link=friend))
        assert all(r.text != say("link_own", lang) for r in played.replies)
    finally:
        storage.close()
