"""Prank links: `/link [routine]` makes a t.me link anyone can open to be pranked.

Whoever opens it (`https://t.me/<bot>?start=<code>`, Telegram's deep linking) is pranked in
a private chat with the bot; the link's owner is told, in their own private chat, how it
went. Codes are 96 random bits, expire after LINK_DAYS and can be played MAX_PLAYS times;
`/links` lists the owner's links with their results.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from bot.content.corpus import CALLED_OFF, FELL, REFUSED, SAW_THROUGH, TIMED_OUT
from bot.conversation.answering import Ending, LinkOpened
from bot.conversation.commands import CommandRequest, Event, Say, command
from bot.conversation.engine import Engine
from bot.conversation.state import clean_name, isolate
from bot.i18n.catalogue import say
from bot.i18n.language import Text
from bot.storage import LinkRecord, Storage

LINK_DAYS = 7
LINK_SECONDS = LINK_DAYS * 24 * 3600
MAX_PLAYS = 50
MAX_LIVE_LINKS = 20  # per person: links not yet expired
RESULTS_KEPT = 10  # per link, the newest
LINKS_LISTED = 10


class Links:
    def __init__(
        self, store: Storage, engine: Engine, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.engine = engine  # for routine titles and lookups by title (after /reload too)
        self.clock = clock

    @command(
        "link",
        Text(
            "生成整蛊链接：/link [套路]，谁打开谁中招",
            "Make a prank link: /link [routine]",
            zh_hant="產生惡作劇連結：/link [套路]，誰點開誰中招",
            zh_hk="整條整蠱連結：/link [套路]，邊個撳開就係邊個中伏",
        ),
    )
    async def link(self, request: CommandRequest) -> AsyncIterator[Event]:
        """A new link for a routine (by id or title; a random one by default)."""
        if request.user_id is None:
            return
        name = " ".join(request.args)
        corpus = self.engine.corpus
        routine = self.engine.routine_named(name) if name else None
        if name and routine is None:
            yield Say(say("unknown_routine", request.lang, name=name[:64]))
            return
        if routine is None:
            pool = corpus.playable(request.lang) or sorted(corpus.routines)
            routine = corpus.routines[pool[secrets.randbelow(len(pool))]]
        if self.store.count_links(request.user_id, self.clock() - LINK_SECONDS) >= MAX_LIVE_LINKS:
            yield Say(say("links_full", request.lang, max=MAX_LIVE_LINKS, days=LINK_DAYS))
            return
        code = secrets.token_urlsafe(12)  # 96 bits, 16 characters of [A-Za-z0-9_-]
        record = LinkRecord(code, request.user_id, request.lang, routine.id, self.clock())
        self.store.create_link(record)
        url = f"https://t.me/{self.engine.own_username}?start={code}"
        title = routine.title.in_(request.lang)
        yield Say(
            say("link_made", request.lang, url=url, title=title, days=LINK_DAYS, plays=MAX_PLAYS)
        )

    @command(
        "links",
        Text("我的整蛊链接和战果", "My prank links and how they went", zh_hk="我嘅整蠱連結同戰果"),
    )
    async def links(self, request: CommandRequest) -> AsyncIterator[Event]:
        if request.user_id is None:
            return
        records = self.store.links_of(request.user_id, LINKS_LISTED)
        if not records:
            yield Say(say("no_links", request.lang))
            return
        lines = [say("links_title", request.lang)]
        now = self.clock()
        for record in records:
            routine = self.engine.corpus.routines.get(record.routine)
            if routine is not None:
                title = routine.title.in_(request.lang)
            else:  # gone since (a /reload): its id is no name for a reader
                title = say("links_routine_gone", request.lang)
            state = "links_expired" if now - record.created > LINK_SECONDS else "links_open"
            lines.append(
                say(
                    state,
                    request.lang,
                    title=title,
                    code=record.code,
                    plays=record.plays,
                    max=MAX_PLAYS,
                )
            )
            for result in record.results[-3:]:
                lines.append("   " + _result_line(result, request.lang))
        yield Say("\n".join(lines))

    # -- the engine's side ---------------------------------------------------------------

    def opened(self, code: str, opener: int | None = None) -> LinkOpened:
        """The link behind a /start code; its routine is None when the code is unknown,
        expired, or played out. Not yet counted as played: `played` counts it once its prank
        starts (an offer to play it in another language starts none: redteam24). Its owner
        opening it (`opener`, to try it) is no play: marked `own` (the engine records no
        result for it). So an owner may open their own link past its plays: it reaches only
        their own routine, after the expiry check, and a link opens in a private chat only."""
        record = self.store.get_link(code) if _looks_like_a_code(code) else None
        if record is None or self.clock() - record.created > LINK_SECONDS:
            return LinkOpened(code[:64], None)
        if opener is not None and opener == record.owner_id:
            return LinkOpened(code, record.routine, own=True)
        if record.plays >= MAX_PLAYS:
            return LinkOpened(code, None)
        return LinkOpened(code, record.routine)

    def played(self, code: str) -> bool:
        """Count one play of the link whose prank has just started; False (nothing counted)
        when it was played out meanwhile (two friends opening its last play at once)."""
        return self.store.count_link_play(code, MAX_PLAYS)

    def unplayed(self, code: str) -> None:
        """Take back the play `played` counted, its turn taken back whole (ops31)."""
        self.store.uncount_link_play(code)

    def report(self, endings: list[Ending]) -> list[tuple[int, str]]:
        """Record how each linked prank went; (chat, text) to tell each link's owner."""
        told = []
        for ending in endings:
            code = ending.prank.link
            record = self.store.get_link(code) if code is not None else None
            if code is None or record is None:
                continue
            entry: dict[str, Any] = {
                "who": ending.player.label,
                "answer": ending.answer,
                "how": ending.outcome,
            }
            if ending.reopened:
                entry["again"] = True  # dropped for the same link opened again: not "stopped"
            progress = self.engine.progress(ending.prank) if ending.answer is None else None
            if progress == "partway":
                entry["partway"] = True  # earlier questions answered: not "before answering"
            elif progress == "tried":
                entry["tried"] = True  # a hinted guess, then no other attempt: that guess fell
            self.store.add_link_result(code, entry, RESULTS_KEPT)
            routine = self.engine.corpus.routines.get(record.routine)
            title = routine.title.in_(record.owner_lang) if routine else record.routine
            line = _result_line(entry, record.owner_lang)
            told.append(
                (record.owner_id, say("link_report", record.owner_lang, title=title, line=line))
            )
        return told


def _result_line(result: dict[str, Any], lang: str) -> str:
    who = isolate(clean_name(result["who"]))
    how = result.get("how")
    if how == FELL and result.get("answer") is None and result.get("tried"):
        return say("link_result_fell_tried", lang, who=who)  # a hinted guess, no other
    if how == FELL and result.get("answer") is None:  # ended after a fall on the way
        return say("link_result_fell_early", lang, who=who)
    if result.get("again") and result.get("answer") is None:  # opened it again mid-play
        return say("link_result_again", lang, who=who)
    if how in (CALLED_OFF, TIMED_OUT) and result.get("answer") is None and result.get("partway"):
        return say("link_result_partway", lang, who=who)  # stopped after answering some
    if (
        how == CALLED_OFF and result.get("answer") is None
    ):  # cancelled, or dropped for another prank
        return say("link_result_left", lang, who=who)
    if result.get("answer") is None or how == TIMED_OUT:
        return say("link_result_silent", lang, who=who)
    key = {
        FELL: "link_result_fell",
        SAW_THROUGH: "link_result_dodged",
        REFUSED: "link_result_refused",
    }.get(result.get("how", ""), "link_result_other")  # called off, and plays kept before
    return say(key, lang, who=who, answer=isolate(clean_name(result["answer"])))


def _looks_like_a_code(code: str) -> bool:
    return 8 <= len(code) <= 64 and all(c.isascii() and (c.isalnum() or c in "-_") for c in code)
