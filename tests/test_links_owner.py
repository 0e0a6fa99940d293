"""A link's owner opening it to try it: played, but no play of the link and no result."""

from __future__ import annotations

import time
from pathlib import Path

from bot.application.links import MAX_PLAYS, Links
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import LinkRecord, Storage
from tests.support.conversation import handled

OWNER = Person(21, "Owner", "owner", "en")
FRIEND = Person(22, "Friend", "friend", "en")
CODE = "owner-link-code-01"


def test_the_owner_opening_their_own_link_is_no_play(engine: Engine, tmp_path: Path) -> None:
    storage = Storage(tmp_path / "links.sqlite3")
    try:
        storage.create_link(LinkRecord(CODE, OWNER.id or 0, "en", "ten-knives", time.time()))
        links = Links(storage, engine)
        own = links.opened(CODE, OWNER.id)
        assert own.routine == "ten-knives" and own.own
        assert storage.get_link(CODE).plays == 0  # /links: not 1/50 with no result listed
        tried = handled(engine, ChatState(), Incoming(OWNER, f"/start {CODE}", 0.0, link=own))
        (prank,) = tried.chat.pranks.values()
        assert prank.link is None  # its ending is not reported to the owner as a result
        played = links.opened(CODE, FRIEND.id)
        # not yet a play: counted when its prank starts (the turn's, redteam24)
        assert not played.own and storage.get_link(CODE).plays == 0 < MAX_PLAYS
        # a Chinese routine, opened in English: offered first, then played with "anyway"
        # (ops24), the link's play either way
        offered = handled(engine, ChatState(), Incoming(FRIEND, f"/start {CODE}", 0.0, link=played))
        assert not offered.chat.pranks
        anyway = Incoming(FRIEND, f"/start {CODE} anyway", 0.0, link=played)
        friend = handled(engine, ChatState(), anyway)
        assert [p.link for p in friend.chat.pranks.values()] == [CODE]
    finally:
        storage.close()
