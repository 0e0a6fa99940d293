"""Pranks written by the people who play them: `/new` writes one, step by step, in a private
chat; the author keeps it (`/mine`, `/edit`, `/delete`, `/export`), plays it anywhere with
`/prank <title>`, adds it to a group's pack (`/pack`, a group admin) and can offer it to
everyone (`/publish`), through a bot admin's review (`/review`) and people's reports
(`/report`).

A routine written here has the corpus's shape: the draft (what the author typed, kept as
JSON) is turned into the YAML of one routine (`routine_yaml`) and built by the corpus's own
loader, so `bot check` accepts what `/export` sends, the engine plays it like any other and
the same matcher understands the answers. Every step is checked by building the routine so
far with that loader (`problems`), whose messages are said again in plain words; and by the
rules of a text someone else will be shown (`text_problem`): a length, no link or @mention
unless the author is a bot admin, nothing that reads as the bot's own lines. A punchline
ends with its author's credit, so a written routine never speaks as the bot.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Hashable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

import yaml

from bot.content.corpus import (
    DEFAULT_LEXICON,
    CorpusError,
    Routine,
    load_lexicon,
    parse_corpus,
    reads_as_got_you,
)
from bot.conversation.answering import Call, Incoming
from bot.conversation.authored import authored_id, authored_number
from bot.conversation.commands import (
    GROUP,
    PRIVATE,
    AfterTurn,
    CommandRequest,
    Event,
    Say,
    Tell,
    command,
    declared,
)
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import CATALOGUE, say
from bot.i18n.language import (
    COURTESY_TAIL,
    ENGLISH,
    HONG_KONG,
    SIMPLIFIED,
    TRADITIONAL,
    Text,
    language_for,
    language_said,
)
from bot.storage import Storage
from bot.storage.authored import PENDING, PUBLIC, REJECTED, WITHDRAWN, AuthoredRecord
from understanding.lexicon import Lexicon
from understanding.text import fold, to_simplified

# Limits: per author, and per text.
MAX_ROUTINES = 20
MAX_PENDING = 3  # waiting for a review at once
MAX_ANSWERS = 6
MAX_PHRASES = 8  # ways of saying one answer (or the give-away)
TITLE_LIMIT = 60
LINE_LIMIT = 300  # a question, a punchline, a hint
PHRASE_LIMIT = 40
REPORTS_TO_WITHDRAW = 3  # people who reported a public routine: out of the decks until reviewed
DRAFT_DAYS = 7  # a draft left this long is dropped (Storage.forget_old_drafts)
BACK_KEPT = 40  # steps /back can undo
COMPILED_KEPT = 500  # built routines kept in memory
READS_KEPT = 10_000  # people's (and groups') rows kept in memory while nothing is written
MESSAGE_LIMIT = (
    4000  # UTF-16 units of one message (Telegram cuts at 4,096): longer is sent in pieces
)

# The steps of /new, in order; "more" is "answer" once one answer has its punchline.
LANG, TITLE, QUESTION, ANSWER, PUNCHLINE, MORE, GIVE_AWAY, GIVE_AWAY_REPLY, HINT, CONFIRM = (
    "lang",
    "title",
    "question",
    "answer",
    "punchline",
    "more",
    "give_away",
    "give_away_reply",
    "hint",
    "confirm",
)
OPTIONAL = {GIVE_AWAY, GIVE_AWAY_REPLY, HINT}  # /skip skips them
PHRASE_STEPS = {ANSWER, MORE, GIVE_AWAY}  # ways of saying something, between /
# What each step's text is, as a limit's message names it.
_WHAT = {
    TITLE: "new_what_title",
    QUESTION: "new_what_question",
    ANSWER: "new_what_answer",
    MORE: "new_what_answer",
    PUNCHLINE: "new_what_punchline",
    GIVE_AWAY: "new_what_give_away",
    GIVE_AWAY_REPLY: "new_what_give_away_reply",
    HINT: "new_what_hint",
}
# Commands that belong to the routine being written while a draft is open (not /help-listed).
DRAFT_COMMANDS = frozenset({"back", "cancel", "skip", "done", "keep"})
YES = {
    "yes",
    "y",
    "ok",
    "save",
    "sure",
    "是",
    "好",
    "对",
    "對",
    "要",
    "保存",
    "存",
    "嗯",
    "确定",
    "確定",
    # Hong Kong's yes: 得 (it'll do), 得㗎, 係, 好呀, 可以
    "得",
    "得㗎",
    "得呀",
    "係",
    "好呀",
    "可以",
}
# No, with the no of each yes the prompt offers (不是 to 是, 唔係 to 係)
NO = {
    "no",
    "n",
    "nope",
    "不",
    "不要",
    "否",
    "算了",
    "别",
    "別",
    "唔要",
    "唔好",
    "唔得",
    "不是",
    "唔係",
}

# Read after NFKC (full-width ｅｖｉｌ．ｃｏｍ and ＠ are the ASCII ones): a scheme, or any
# domain (Telegram links every top-level domain; the Latin name may touch Chinese text, so
# no \b), or an at sign and a name, with a space between or not.
_LINK = re.compile(
    r"(?:https?|tg):|www\.|t\.me/|telegram\.(?:me|dog)/"
    r"|(?<![a-z0-9-])[a-z0-9-]+[.。][a-z]{2,24}(?![a-z0-9])",
    re.IGNORECASE | re.ASCII,
)
_MENTION = re.compile(r"@\s*\w{3,}")
# Invisible characters (zero-width, joiners) and direction marks (a right-to-left override
# flips the rest of its line, the author's name after a title in /pack): the "format"
# category, but for the emoji's joiner and tag characters.
_VISIBLE_FORMAT = {"\u200d"}


def _hidden(text: str) -> bool:
    return any(
        unicodedata.category(ch) == "Cf"
        and ch not in _VISIBLE_FORMAT
        and not 0xE0020 <= ord(ch) <= 0xE007F
        for ch in text
    )


_SPLIT = re.compile(r"\s*(?:[/,，、;；|\n])\s*")


def title_key(title: str) -> str:
    """A title as compared: Simplified characters, case, punctuation and spaces ignored (as the
    engine compares the corpus's titles)."""
    return "".join(ch for ch in to_simplified(title).casefold() if ch.isalnum())


def _normal(text: str) -> str:
    return title_key(text)


def _bot_openings() -> list[str]:
    """The start of each of the bot's own lines, in every language, as compared."""
    found = set()
    for line in CATALOGUE.values():
        for lang in ("zh", "en", "zh-hant", "zh-hk"):
            head = _normal(line.in_(lang).split("{", 1)[0])
            if len(head) >= 6:
                found.add(head[:14])
    return sorted(found)


_BOT_OPENINGS: list[str] = []


def reads_as_the_bot(text: str) -> bool:
    """Whether `text` is, or starts like, one of the bot's own lines (or wears its mask)."""
    if "🎭" in text:
        return True
    if not _BOT_OPENINGS:
        _BOT_OPENINGS.extend(_bot_openings())
    normal = _normal(text)
    return len(normal) >= 6 and any(normal.startswith(head) for head in _BOT_OPENINGS)


def text_problem(text: str, limit: int, admin: bool, lang: str, step: str = QUESTION) -> str | None:
    """What keeps `text` out of a routine, in plain words; None if it may go in. `step`: what
    the text is (a title, a question, one way of saying an answer…), named in a limit's
    message. Only what the bot will say must not read as its own lines: an answer's or a
    give-away's phrases are what the victim says ("I don't know")."""
    if not text.strip():
        return say("new_err_empty", lang)
    if len(text) > limit:
        what = say(_WHAT[step], lang)
        return say("new_err_long", lang, what=what, limit=limit, length=len(text))
    if _hidden(text):
        return say("new_err_hidden", lang)
    shown = unicodedata.normalize("NFKC", text)
    if not admin and _LINK.search(shown):
        return say("new_err_link", lang)
    if not admin and _MENTION.search(shown):
        return say("new_err_mention", lang)
    if step not in PHRASE_STEPS and reads_as_the_bot(text):
        return say("new_err_bot_line", lang)
    return None


def phrases_of(text: str) -> list[str]:
    """ "eight / 8 / eight knives": the ways of saying one answer, as the author listed them."""
    return [p for p in (part.strip() for part in _SPLIT.split(text)) if p]


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def pieces(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """`text` as messages Telegram takes whole, cut at line ends: the longest routine's
    preview or YAML is longer than one message, and a cut one would hide its end from the
    reviewer and break the file `/export` sends. Joined by newlines, they are `text`."""
    found: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        while _units(line) > limit:  # a line too long on its own (not written here): cut
            found += ["\n".join(current)] if current else []
            current, size = [], 0
            found.append(line[: limit // 2])
            line = line[limit // 2 :]
        if current and size + 1 + _units(line) > limit:
            found.append("\n".join(current))
            current, size = [], 0
        size += _units(line) + (1 if current else 0)
        current.append(line)
    found += ["\n".join(current)] if current else []
    return found


# -- the routine a draft is -----------------------------------------------------------------


def routine_dict(
    draft: dict[str, Any], rid: str, credit: Callable[[str], str] | None = None
) -> dict[str, Any]:
    """The draft as one routine of the corpus format (content/README.md). Parts not yet
    written are left out, or stand in by placeholders the loader accepts, so a draft can be
    checked at every step. `credit` (the line in a language) ends every line that ends the
    routine.

    Chinese is played in each chat's own script, whichever the author typed: a line typed in
    Traditional is kept as typed for Taiwan and Hong Kong and given in Simplified characters
    to the mainland (`_written`); one typed in Simplified is converted as every text is. A
    line the bot adds (the reveal, the credit) is said in each variety's own words."""
    lang = draft.get("lang") or "en"
    varieties = (ENGLISH,) if lang == ENGLISH else (SIMPLIFIED, TRADITIONAL, HONG_KONG)

    def text(value: str) -> dict[str, str]:
        return _as_yaml(_written(value, lang))

    def ending(value: Text) -> dict[str, str]:
        if credit is None:
            return _as_yaml(value)
        return {v: f"{value.in_(v)}\n{credit(v)}" for v in varieties}

    answers = []
    for i, answer in enumerate(draft.get("answers", [])):
        answers.append(
            {
                "id": f"a{i + 1}",
                "match": {lang: list(answer.get("match", []))},
                "reply": ending(_written(answer.get("reply") or "…", lang)),
            }
        )
    first = draft.get("answers", [{}])[0] if draft.get("answers") else {}
    otherwise: dict[str, Any] = {"reveal": ending(_reveal(first, lang))}
    if draft.get("hint"):
        otherwise["hint"] = text(draft["hint"])
        otherwise["tries"] = 1
    state: dict[str, Any] = {"say": text(draft.get("question") or "?")}
    if answers:
        state["answers"] = answers
    state["otherwise"] = otherwise
    routine: dict[str, Any] = {
        "id": rid,
        "title": text(draft.get("title") or "…"),
        "plays": [lang],
    }
    if draft.get("give_away"):
        routine["give_away"] = {lang: list(draft["give_away"])}
        if draft.get("saw_through_reply"):
            routine["saw_through_reply"] = ending(_written(draft["saw_through_reply"], lang))
    routine["states"] = {"ask": state}
    return routine


def _written(value: str, lang: str) -> Text:
    """A line as its author typed it, in the routine's language: Chinese typed in
    Traditional characters is Taiwan's and Hong Kong's as typed, and Simplified for the
    mainland (to_simplified, the one conversion that way); Simplified is converted for the
    others by `Text` itself."""
    if lang == ENGLISH:
        return Text("", value)
    simplified = to_simplified(value)
    if simplified == value:
        return Text(value, "")
    return Text(simplified, "", zh_hant=value, zh_hk=value)


def _as_yaml(line: Text) -> dict[str, str]:
    """A `Text` as the corpus writes one: each language it has a text of its own in."""
    keys = ((SIMPLIFIED, line.zh), (ENGLISH, line.en))
    keys += ((TRADITIONAL, line.zh_hant or ""), (HONG_KONG, line.zh_hk or ""))
    return {key: value for key, value in keys if value}


def routine_yaml(
    draft: dict[str, Any], rid: str, credit: Callable[[str], str] | None = None
) -> str:
    """A corpus file holding the draft's routine: what `/export` sends, `bot check` reads."""
    document = {"routines": [routine_dict(draft, rid, credit)]}
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)


def problems(draft: dict[str, Any]) -> list[str]:
    """What the corpus's loader says of the draft's routine (no file, no line: one routine)."""
    try:
        corpus = parse_corpus(routine_yaml(draft, "draft"), "draft")
    except CorpusError as error:
        return [p.message for p in error.problems]
    # Built now, as `bot check` does, rather than on a victim's first answer (see
    # RoutineState.matcher): a draft that cannot be matched is refused while it is written.
    for routine in corpus.routines.values():
        for name, state in routine.states.items():
            try:
                state.matcher  # noqa: B018 (built for its errors)
            except ValueError as error:
                return [f"routine '{routine.id}', state '{name}': {error}"]
    return []


def plain(problem: str, lang: str) -> str:
    """A loader's problem in plain words for the author."""
    for needles, key in (
        (("has empty text", "is empty once", "is missing"), "new_err_empty"),
        (("does not end in a question",), "new_err_question"),
        (("full-width punctuation",), "new_err_full_width"),
        # before "can never match", which its message also says
        (("spans two clauses",), "new_err_clauses"),
        (("can never match", "already takes", "is also answer"), "new_err_shadowed"),
        (("holds the number", "hold numbers", "holds a number", "bad number"), "new_err_number"),
    ):
        if any(needle in problem for needle in needles):
            return say(key, lang)
    detail = re.sub(r"^routine '[^']*'(, state '[^']*')?(, answer '[^']*')?: ", "", problem)
    return say("new_err_other", lang, problem=detail)


def build(record: AuthoredRecord, credit: Callable[[str], str]) -> Routine:
    """The playable routine of a kept record, under its authored id."""
    corpus = parse_corpus(routine_yaml(record.draft, f"u{record.id}", credit), f"u{record.id}")
    routine = next(iter(corpus.routines.values()))
    return Routine(
        authored_id(record.id),
        routine.title,
        routine.start,
        routine.states,
        routine.timeout,
        routine.plays,
        routine.give_away,
        routine.saw_through_reply,
    )


Read = TypeVar("Read")


@dataclass
class Reads:
    """What the turns read of the authored tables (for /prank and a private answer) while
    their mark (Storage.authored_version) read `version`: true for as long as it still does,
    on every instance, for every write to them changes it. The usual turn then asks the
    database nothing about routines nobody changed."""

    version: str | None
    drafts: OrderedDict[int, dict[str, Any] | None] = field(default_factory=OrderedDict)
    own: OrderedDict[int, list[AuthoredRecord]] = field(default_factory=OrderedDict)
    packs: OrderedDict[int, list[AuthoredRecord]] = field(default_factory=OrderedDict)
    public: OrderedDict[str, list[AuthoredRecord]] = field(default_factory=OrderedDict)


def remembered(kept: OrderedDict[Any, Read], key: Hashable, read: Callable[[], Read]) -> Read:
    """`kept[key]`, read once (the oldest dropped past READS_KEPT)."""
    if key in kept:
        kept.move_to_end(key)
        return kept[key]
    value = kept[key] = read()
    if len(kept) > READS_KEPT:
        kept.popitem(last=False)
    return value


# -- the conversation that writes one ----------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    """One step's outcome: the new draft (None: the draft is gone) and what to say."""

    draft: dict[str, Any] | None
    lines: list[str]


class Authoring:
    """The routines people write: the guided conversation, their keeping and their review,
    and, for the engine, the routines themselves (bot.conversation.authored.Authored)."""

    def __init__(
        self, store: Storage, engine: Engine, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.engine = engine  # its corpus: the running pranks' timeouts
        self.clock = clock
        self._built: OrderedDict[int, tuple[float, str, Routine]] = OrderedDict()
        self._reads: Reads | None = None
        # What each bot admin's /review last showed (id, version): approve and reject act on
        # that one only, not on another that came first in the queue meanwhile.
        self._shown: dict[int, tuple[int, float]] = {}
        # The draft's own answers, run as /new's (the one declaration, in the registry too).
        self._step = AfterTurn(declared(Authoring.new), self.step)

    # -- the turn's side ------------------------------------------------------------------

    def step_for(self, chat: ChatState, message: Incoming) -> Call | None:
        """A private message that answers the routine its sender is writing, as a call of
        `step`; None for anything else. A prank asked after the draft's last step gets its
        answers first."""
        parsed = message.command
        if message.in_group or message.sender.id is None or not message.words:
            return None
        if parsed is not None and parsed.name not in DRAFT_COMMANDS:
            return None
        sender = message.sender.id
        reads = self._read_as_of(message.chat_id)
        draft = remembered(reads.drafts, sender, lambda: self.store.load_draft(sender))
        if draft is None:
            return None
        routines = self.engine.corpus.routines
        for prank in chat.pranks.values():
            routine = routines.get(prank.routine)
            asked = prank.until - (routine.timeout if routine is not None else 0.0)
            if parsed is None and asked > float(draft.get("at", 0)):
                return None
        lang = language_for(message.sender.language_code, chat.lang)
        return Call(self._step, [message.text], lang, chat)

    def asked(self, chat_id: int, message_id: int, after: ChatState, ticket: str) -> None:
        """The bot asked a question of a prank: remembered when the routine is a written one,
        so that `/report` can reply to it."""
        prank = after.pranks.get(ticket)
        number = authored_number(prank.routine) if prank is not None else None
        if number is not None:
            self.store.note_asked(chat_id, message_id, number)

    # -- the engine's side (Authored) ----------------------------------------------------

    def get(self, routine_id: str) -> Routine | None:
        number = authored_number(routine_id)
        record = self.store.get_authored(number) if number is not None else None
        return self._routine(record) if record is not None else None

    def own(self, name: str, person: Person, chat_id: int, in_group: bool) -> Routine | None:
        key = title_key(name)
        if not key:
            return None
        found = None
        if person.id is not None:
            found = next((r for r in self._own(person.id, chat_id) if r.title_key == key), None)
        if found is None and in_group:
            found = next((r for r in self._pack(chat_id) if r.title_key == key), None)
        return self._routine(found) if found is not None else None

    def public(self, name: str, lang: str, chat_id: int) -> Routine | None:
        key = title_key(name)
        records = self._public(_plays(lang), chat_id)
        found = next((r for r in records if r.title_key == key), None) if key else None
        return self._routine(found) if found is not None else None

    def pool(self, chat_id: int, lang: str, in_group: bool) -> list[str]:
        plays = _plays(lang)
        ids = [authored_id(r.id) for r in self._public(plays, chat_id)]
        if in_group:
            ids += [authored_id(r.id) for r in self._pack(chat_id) if r.lang == plays]
        return sorted(set(ids))

    def _read_as_of(self, chat_id: int) -> Reads:
        """What was read of the authored tables, if nothing changed since; else nothing."""
        version = self.store.authored_version(chat_id)
        if self._reads is None or self._reads.version != version:
            self._reads = Reads(version)
        return self._reads

    def _own(self, person: int, chat_id: int) -> list[AuthoredRecord]:
        reads = self._read_as_of(chat_id)
        return remembered(reads.own, person, lambda: self.store.authored_of(person))

    def _pack(self, chat_id: int) -> list[AuthoredRecord]:
        reads = self._read_as_of(chat_id)
        return remembered(reads.packs, chat_id, lambda: self.store.pack_of(chat_id))

    def _public(self, plays: str, chat_id: int) -> list[AuthoredRecord]:
        reads = self._read_as_of(chat_id)
        return remembered(
            reads.public, plays, lambda: self.store.authored_with_status(PUBLIC, plays)
        )

    def _routine(self, record: AuthoredRecord) -> Routine | None:
        """Built once per version of the record; one that no longer builds is not played."""
        kept = self._built.get(record.id)
        if kept is not None and kept[0] == record.updated and kept[1] == record.owner_name:
            self._built.move_to_end(record.id)
            return kept[2]
        try:
            routine = build(
                record, lambda lang: say("authored_credit", lang, name=record.owner_name)
            )
        except CorpusError:
            return None
        self._built[record.id] = (record.updated, record.owner_name, routine)
        if len(self._built) > COMPILED_KEPT:
            self._built.popitem(last=False)
        return routine

    # -- writing one -----------------------------------------------------------------------

    @command(
        "new",
        Text(
            "自己写一个套路",
            "Write a prank routine of your own",
            zh_hant="自己寫一個套路",
            zh_hk="自己寫個套路",
        ),
        where=frozenset({PRIVATE}),
    )
    async def new(self, request: CommandRequest) -> AsyncIterator[Event]:
        if request.user_id is None:
            return
        mine = self.store.authored_of(request.user_id)
        if len(mine) >= MAX_ROUTINES:
            yield Say(say("new_too_many", request.lang, limit=MAX_ROUTINES))
            return
        self.store.forget_old_drafts(self.clock() - DRAFT_DAYS * 24 * 3600)
        draft: dict[str, Any] = {"step": LANG, "answers": [], "back": []}
        self._save(request.user_id, draft)
        yield Say(say("new_intro", request.lang) + "\n\n" + self._prompt(draft, request.lang))

    @command(
        "edit",
        Text(
            "改写你的套路：/edit 标题",
            "Rewrite one of your routines: /edit title",
            zh_hant="改寫你的套路：/edit 標題",
            zh_hk="改寫你嘅套路：/edit 標題",
        ),
        where=frozenset({PRIVATE}),
    )
    async def edit(self, request: CommandRequest) -> AsyncIterator[Event]:
        record = self._mine(request)
        if record is None:
            yield Say(self._not_yours(request))
            return
        draft = {k: v for k, v in record.draft.items() if k not in ("step", "back", "at")}
        draft.update(step=TITLE, back=[], editing=record.id, was=dict(draft))
        self._save(request.user_id or 0, draft)
        yield Say(say("edit_intro", request.lang, title=record.title))
        yield Say(self._prompt(draft, request.lang))

    async def step(self, request: CommandRequest) -> AsyncIterator[Event]:
        """The author's answer to the step the draft is at (a text, /back, /cancel, /skip,
        /done, /keep)."""
        user = request.user_id
        if user is None:
            return
        draft = self.store.load_draft(user)
        if draft is None:
            return
        text = request.args[0].strip() if request.args else ""
        turn = self._answer(draft, text, request)
        if turn.draft is None:
            self.store.drop_draft(user)
        else:
            self._save(user, turn.draft)
        for piece in pieces("\n\n".join(turn.lines)):
            yield Say(piece)

    def _answer(self, draft: dict[str, Any], text: str, request: CommandRequest) -> Turn:
        lang = request.lang
        word = text.split()[0].lower().lstrip("/").split("@")[0] if text.startswith("/") else ""
        step = draft.get("step", LANG)
        if word == "cancel":
            return Turn(None, [say("new_cancelled", lang)])
        if word == "back":
            back = list(draft.get("back", []))
            if not back:
                return Turn(draft, [say("new_back_start", lang), self._prompt(draft, lang)])
            earlier = {**back.pop(), "back": back}
            return Turn(earlier, [self._prompt(earlier, lang)])
        if word == "keep" and "was" in draft and step not in (PUNCHLINE, CONFIRM):
            return self._accept(draft, self._keep(draft, step), lang)
        if word == "skip" and step in OPTIONAL:
            after = {**draft}
            if step == GIVE_AWAY:
                after.update(give_away=[], saw_through_reply=None, step=HINT)
            else:
                after.update({("hint" if step == HINT else "saw_through_reply"): None})
                after["step"] = CONFIRM if step == HINT else HINT
            return self._accept(draft, after, lang)
        if word in ("done", "skip") and step == MORE:  # no more answers: move on
            return self._accept(draft, {**draft, "step": GIVE_AWAY}, lang)
        if word:
            return Turn(draft, [say("new_step_commands", lang), self._prompt(draft, lang)])
        if step == CONFIRM:
            return self._confirm(draft, text, request)
        if step == PUNCHLINE and _looks_like_answers(text) and draft.get("doubted") != text:
            # "milk / Milk": more ways of saying the answer, not what the bot says back;
            # asked about, not taken (the same line sent again is kept as the punchline)
            answer = " / ".join((draft.get("answers") or [{}])[-1].get("match", []))
            doubt = say("new_doubt_answers", lang, answer=answer)
            return Turn({**draft, "doubted": text}, [doubt])
        after, refusal = self._take(draft, step, text, request)
        if refusal is not None:
            return Turn(draft, [refusal, self._prompt(draft, lang)])
        return self._accept(draft, after, lang)

    def _accept(self, before: dict[str, Any], after: dict[str, Any], lang: str) -> Turn:
        """Move on, remembering where it was for /back."""
        snapshot = {k: v for k, v in before.items() if k not in ("back", "doubted")}
        after = {k: v for k, v in after.items() if k != "doubted"}
        after = {**after, "back": [*before.get("back", []), snapshot][-BACK_KEPT:]}
        lines = [self._prompt(after, lang)]
        if after["step"] == CONFIRM:
            lines.insert(0, self.preview(after, lang))
        return Turn(after, lines)

    def _keep(self, draft: dict[str, Any], step: str) -> dict[str, Any]:
        """Editing: the step's part as it was."""
        was = draft["was"]
        after = {**draft}
        if step in (ANSWER, MORE):
            after.update(answers=was.get("answers", []), step=GIVE_AWAY)
        elif step == GIVE_AWAY:
            after.update(
                give_away=was.get("give_away", []),
                saw_through_reply=was.get("saw_through_reply"),
                step=HINT,
            )
        else:
            name = {LANG: "lang", TITLE: "title", QUESTION: "question", HINT: "hint"}.get(
                step, "saw_through_reply"
            )
            after[name] = was.get(name)
            after["step"] = _NEXT[step]
        return after

    def _take(
        self, draft: dict[str, Any], step: str, text: str, request: CommandRequest
    ) -> tuple[dict[str, Any], str | None]:
        """The draft with `text` as the step's part, or why it cannot be."""
        lang, admin = request.lang, request.admin
        after: dict[str, Any] = {**draft}
        if step == LANG:
            chosen = _language_answer(text)
            if chosen is None:
                return draft, say("new_err_lang", lang)
            after.update(lang=chosen, step=TITLE)
            return after, None
        limit = {TITLE: TITLE_LIMIT}.get(step, LINE_LIMIT)
        if step in (ANSWER, MORE, GIVE_AWAY):
            said = phrases_of(text)
            if not said:
                return draft, say("new_err_empty", lang)
            if len(said) > MAX_PHRASES:
                return draft, say("new_err_phrases", lang, limit=MAX_PHRASES)
            for phrase in said:
                refusal = text_problem(phrase, PHRASE_LIMIT, admin, lang, step)
                if refusal is not None:
                    return draft, refusal
                if step == GIVE_AWAY and _stumped(phrase):
                    return draft, say("new_err_give_away_stumped", lang, phrase=phrase)
            if step == GIVE_AWAY:
                after.update(give_away=said, step=GIVE_AWAY_REPLY)
            else:
                answers = [] if step == ANSWER else list(draft.get("answers", []))
                if len(answers) >= MAX_ANSWERS:
                    return draft, say("new_err_answers", lang, limit=MAX_ANSWERS)
                after.update(answers=[*answers, {"match": said, "reply": None}], step=PUNCHLINE)
        else:
            refusal = text_problem(text, limit, admin, lang, step)
            if refusal is not None:
                return draft, refusal
            if step == TITLE:
                if "\n" in text:
                    return draft, say("new_err_one_line", lang)
                key = title_key(text)
                taken = [
                    r
                    for r in self.store.authored_of(request.user_id or 0)
                    if r.title_key == key and r.id != draft.get("editing")
                ]
                if not key or taken:
                    return draft, say("new_err_title_taken", lang)
                after.update(title=text, step=QUESTION)
            elif step == QUESTION:
                after.update(question=text, step=ANSWER, answers=[])  # new question, new answers
            elif step == PUNCHLINE:
                answers = [dict(a) for a in draft.get("answers", [])]
                answers[-1]["reply"] = text
                after.update(answers=answers, step=MORE)
            elif step == GIVE_AWAY_REPLY:
                after.update(saw_through_reply=text, step=HINT)
            elif step == HINT:
                after.update(hint=text, step=CONFIRM)
        found = problems(after)
        if found:
            return draft, plain(found[0], lang)
        return after, None

    def _confirm(self, draft: dict[str, Any], text: str, request: CommandRequest) -> Turn:
        lang, user = request.lang, request.user_id or 0
        agrees = _agrees(text)
        if agrees is False:
            return Turn(None, [say("new_not_saved", lang)])
        if agrees is None:
            return Turn(draft, [say("new_yes_or_no", lang)])
        kept = {k: v for k, v in draft.items() if k in _KEPT}
        name = request.sender.label
        editing = draft.get("editing")
        now = self.clock()
        if editing is not None and self._owned(editing, user) is not None:
            self.store.update_authored(
                int(editing), name, title_key(kept["title"]), kept["lang"], kept, now
            )
        else:
            if len(self.store.authored_of(user)) >= MAX_ROUTINES:
                return Turn(None, [say("new_too_many", lang, limit=MAX_ROUTINES)])
            self.store.add_authored(user, name, title_key(kept["title"]), kept["lang"], kept, now)
        return Turn(None, [say("new_saved", lang, title=kept["title"])])

    def _prompt(self, draft: dict[str, Any], lang: str) -> str:
        step = draft.get("step", LANG)
        key = {
            LANG: "new_ask_lang",
            TITLE: "new_ask_title",
            QUESTION: "new_ask_question",
            ANSWER: "new_ask_answer",
            PUNCHLINE: "new_ask_punchline",
            MORE: "new_ask_more",
            GIVE_AWAY: "new_ask_give_away",
            GIVE_AWAY_REPLY: "new_ask_give_away_reply",
            HINT: "new_ask_hint",
        }.get(step, "new_ask_save")
        answers = draft.get("answers") or [{}]
        phrase = " / ".join(answers[-1].get("match", []))
        line = say(key, lang, answer=phrase, count=len(draft.get("answers", [])))
        was = draft.get("was")
        if was is not None and step not in (PUNCHLINE, CONFIRM):
            now = _shown_part(was, step)
            if now:
                line += "\n" + say("edit_now", lang, now=now)
        return line

    def preview(self, draft: dict[str, Any], lang: str) -> str:
        """The routine as a victim meets it, for its author to check."""
        plays = draft.get("lang") or "en"
        lines = [
            say("preview_title", lang, title=draft.get("title", "")),
            "",
            draft.get("question", ""),
        ]
        for answer in draft.get("answers", []):
            lines.append(
                say(
                    "preview_answer",
                    lang,
                    answer=" / ".join(answer.get("match", [])),
                    punchline=answer.get("reply") or "",
                )
            )
        if draft.get("hint"):
            lines.append(say("preview_hint", lang, hint=draft["hint"]))
        first = (draft.get("answers") or [{}])[0]
        shown = lang if _plays(lang) == plays else plays  # the author's variety of it
        reveal = _reveal(first, plays).in_(shown)
        lines.append(say("preview_else", lang, reveal=reveal))
        if draft.get("give_away"):
            reply = draft.get("saw_through_reply") or say("saw_through", shown)
            phrases = " / ".join(draft["give_away"])
            lines.append(say("preview_give_away", lang, answer=phrases, reply=reply))
        return "\n".join(lines)

    def _save(self, user: int, draft: dict[str, Any]) -> None:
        self.store.save_draft(user, {**draft, "at": self.clock()}, self.clock())

    # -- keeping them ----------------------------------------------------------------------

    def _mine(self, request: CommandRequest) -> AuthoredRecord | None:
        """The sender's routine the command's words name."""
        key = title_key(" ".join(request.args))
        if request.user_id is None or not key:
            return None
        return next(
            (r for r in self.store.authored_of(request.user_id) if r.title_key == key), None
        )

    def _owned(self, rid: Any, user: int) -> AuthoredRecord | None:
        record = self.store.get_authored(int(rid))
        return record if record is not None and record.owner_id == user else None

    def _not_yours(self, request: CommandRequest) -> str:
        name = " ".join(request.args)[:64]
        return (
            say("mine_unknown", request.lang, name=name)
            if name
            else say("mine_which", request.lang)
        )

    @command(
        "mine",
        Text("我写的套路", "The routines you wrote", zh_hant="我寫的套路", zh_hk="我寫嘅套路"),
    )
    async def mine(self, request: CommandRequest) -> AsyncIterator[Event]:
        if request.user_id is None:
            return
        records = self.store.authored_of(request.user_id)
        if not records:
            yield Say(say("mine_none", request.lang))
            return
        lines = [say("mine_title", request.lang, count=len(records), limit=MAX_ROUTINES)]
        for record in records:
            status = _status_line(record.status, request.lang)
            language = say(f"written_in_{_plays(record.lang)}", request.lang)
            lines.append(
                say("mine_line", request.lang, title=record.title, language=language, status=status)
            )
            if record.status == REJECTED and record.reason:
                lines.append("   " + say("mine_reason", request.lang, reason=record.reason))
        yield Say("\n".join(lines))

    @command(
        "delete",
        Text(
            "删除你写的套路：/delete 标题",
            "Delete a routine you wrote: /delete title",
            zh_hant="刪除你寫的套路：/delete 標題",
            zh_hk="刪除你寫嘅套路：/delete 標題",
        ),
        where=frozenset({PRIVATE}),
    )
    async def delete(self, request: CommandRequest) -> AsyncIterator[Event]:
        record = self._mine(request)
        if record is None:
            yield Say(self._not_yours(request))
            return
        self.store.delete_authored(record.id)
        self._built.pop(record.id, None)
        yield Say(say("deleted", request.lang, title=record.title))

    @command(
        "export",
        Text(
            "把你写的套路导出成 YAML：/export 标题",
            "Your routine as corpus YAML: /export title",
            zh_hant="把你寫的套路匯出成 YAML：/export 標題",
            zh_hk="將你寫嘅套路匯出做 YAML：/export 標題",
        ),
    )
    async def export(self, request: CommandRequest) -> AsyncIterator[Event]:
        record = self._mine(request)
        if record is None:
            yield Say(self._not_yours(request))
            return
        slug = re.sub(r"[^a-z0-9]+", "-", record.title.lower()).strip("-")[:24]
        rid = f"{slug}-{record.id}" if slug and slug[0].isalnum() else f"mine-{record.id}"
        yield Say(say("exported", request.lang, title=record.title))
        for piece in pieces(routine_yaml(record.draft, rid)):
            yield Say(piece)

    # -- groups' packs ---------------------------------------------------------------------

    @command(
        "pack",
        Text(
            "群里自写的套路：/pack、/pack add 标题、/pack remove 标题",
            "The group's own routines: /pack, /pack add title, /pack remove title",
            zh_hant="群組自己的套路：/pack、/pack add 標題、/pack remove 標題",
            zh_hk="群組自己嘅套路：/pack、/pack add 標題、/pack remove 標題",
        ),
        where=frozenset({GROUP}),
        asks_chat_admins=True,
    )
    async def pack(self, request: CommandRequest) -> AsyncIterator[Event]:
        lang = request.lang
        action = request.args[0].lower() if request.args else ""
        pack = self.store.pack_of(request.chat_id)
        if action not in ("add", "remove"):
            if not pack:
                yield Say(say("pack_empty", lang))
                return
            lines = [say("pack_title", lang, count=len(pack))]
            lines += [f"• {r.title} — {r.owner_name}" for r in pack]
            yield Say("\n".join(lines))
            return
        if not request.chat_admin:
            yield Say(say("chat_admins_only", lang))
            return
        key = title_key(" ".join(request.args[1:]))
        name = " ".join(request.args[1:])[:64]
        if action == "remove":
            found = next((r for r in pack if r.title_key == key), None)
            if found is None or not self.store.remove_from_pack(request.chat_id, found.id):
                yield Say(say("pack_not_in", lang, name=name))
                return
            yield Say(say("pack_removed", lang, title=found.title))
            return
        owners = [p.id for p in (request.replied, request.sender) if p is not None and p.id]
        candidates = [r for owner in owners for r in self.store.authored_of(owner)]
        candidates += self.store.authored_with_status(PUBLIC)
        found = next((r for r in candidates if r.title_key == key), None) if key else None
        if found is None:
            yield Say(say("pack_unknown", lang, name=name))
            return
        if not self.store.add_to_pack(request.chat_id, found.id, request.user_id or 0):
            yield Say(say("pack_already", lang, title=found.title))
            return
        yield Say(say("pack_added", lang, title=found.title, by=found.owner_name))

    # -- public, reviewed ------------------------------------------------------------------

    @command(
        "publish",
        Text(
            "把你写的套路给大家玩（先审核）：/publish 标题",
            "Offer your routine to everyone (after a review): /publish title",
            zh_hant="把你寫的套路分享給大家（先審核）：/publish 標題",
            zh_hk="將你寫嘅套路畀大家玩（要審核先）：/publish 標題",
        ),
        where=frozenset({PRIVATE}),
    )
    async def publish(self, request: CommandRequest) -> AsyncIterator[Event]:
        record = self._mine(request)
        if record is None:
            yield Say(self._not_yours(request))
            return
        if record.status in (PENDING, PUBLIC):
            yield Say(say("publish_already", request.lang, title=record.title))
            return
        waiting = [r for r in self.store.authored_of(record.owner_id) if r.status == PENDING]
        if len(waiting) >= MAX_PENDING:
            yield Say(say("publish_too_many", request.lang, limit=MAX_PENDING))
            return
        self.store.set_authored_status(record.id, PENDING)
        yield Say(say("publish_queued", request.lang, title=record.title))

    @command(
        "review",
        Text(
            "审核待公开的套路：/review、/review approve、/review reject 理由",
            "Review routines offered to everyone: /review, /review approve, /review reject why",
            zh_hk="審核等緊公開嘅套路：/review、/review approve、/review reject 理由",
        ),
        admin=True,
    )
    async def review(self, request: CommandRequest) -> AsyncIterator[Event]:
        lang = request.lang
        waiting = self.store.authored_with_status(PENDING, limit=1)
        waiting += self.store.authored_with_status(WITHDRAWN, limit=1)
        if not waiting:
            yield Say(say("review_empty", lang))
            return
        record = waiting[0]
        action = request.args[0].lower() if request.args else ""
        reviewer = request.user_id or 0
        shown = self._shown.get(reviewer)
        if shown is not None and shown != (record.id, record.updated):
            action = ""  # what was shown changed or left the queue: show what waits now
        if action == "approve":
            self.store.set_authored_status(record.id, PUBLIC)
            self._shown.pop(reviewer, None)
            yield Say(say("review_approved", lang, title=record.title))
            yield Tell(
                record.owner_id, say("review_told_approved", record.lang, title=record.title)
            )
        elif action == "reject":
            reason = " ".join(request.args[1:]).strip()[:LINE_LIMIT]
            if not reason:
                yield Say(say("review_reason_needed", lang))
                return
            self.store.set_authored_status(record.id, REJECTED, reason)
            self._shown.pop(reviewer, None)
            yield Say(say("review_rejected", lang, title=record.title))
            told = say("review_told_rejected", record.lang, title=record.title, reason=reason)
            yield Tell(record.owner_id, told)
        else:
            head = say(
                "review_next",
                lang,
                by=record.owner_name,
                status=_status_line(record.status, lang),
                count=len(self.store.authored_with_status(PENDING))
                + len(self.store.authored_with_status(WITHDRAWN)),
            )
            self._shown[reviewer] = (record.id, record.updated)
            text = head + "\n\n" + self.preview(record.draft, lang)
            for piece in pieces(text + "\n\n" + say("review_how", lang)):
                yield Say(piece)
            return
        self._built.pop(record.id, None)

    @command(
        "report",
        Text(
            "举报一个公开的自写套路（回复它的问题）",
            "Report a public written routine (reply to its question)",
            zh_hant="檢舉一個公開的自寫套路（回覆它的問題）",
            zh_hk="舉報一個公開嘅自寫套路（回覆佢嘅問題）",
        ),
    )
    async def report(self, request: CommandRequest) -> AsyncIterator[Event]:
        lang = request.lang
        if request.user_id is None:
            return
        number = None
        if request.reply_to is not None:
            number = self.store.asked_by(request.chat_id, request.reply_to)
        if number is None and request.args:
            found = self.public(" ".join(request.args), lang, request.chat_id)
            number = authored_number(found.id) if found is not None else None
        record = self.store.get_authored(number) if number is not None else None
        if record is None or record.status != PUBLIC:
            yield Say(say("report_what", lang))
            return
        count = self.store.add_report(record.id, request.user_id, self.clock())
        if count >= REPORTS_TO_WITHDRAW:
            self.store.set_authored_status(record.id, WITHDRAWN)
        yield Say(say("reported", lang, title=record.title))


_KEPT = ("lang", "title", "question", "answers", "give_away", "saw_through_reply", "hint")
_NEXT = {
    LANG: TITLE,
    TITLE: QUESTION,
    QUESTION: ANSWER,
    GIVE_AWAY_REPLY: HINT,
    HINT: CONFIRM,
}


def _plays(lang: str) -> str:
    return ENGLISH if lang == ENGLISH else "zh"


def _looks_like_answers(text: str) -> bool:
    """Whether a punchline reads as ways of saying an answer: parts between /, each short
    and none a sentence ("milk / Milk"; not "Yes/no questions are hard.")."""
    parts = [part.strip() for part in re.split(r"[/／]", text)]
    return len(parts) > 1 and all(
        part and len(part) <= PHRASE_LIMIT and not re.search(r"[.!?。！？]", part) for part in parts
    )


def _stumped(phrase: str) -> bool:
    """Whether a give-away phrase is what someone stumped says ("I don't know", 不知道): taken
    as seeing through the trick, every victim who does not know would be told they saw it."""
    lexicon = load_lexicon(DEFAULT_LEXICON)
    said = fold(phrase, lexicon).strip(" .!?~")
    words = _intent_words(lexicon, "dont_know")
    # said of oneself: 我不知道, "i dont know" as much as 不知道
    return any(form in words for form in (said, said.removeprefix("我"), said.removeprefix("i ")))


def _agrees(text: str) -> bool | None:
    """A reply to "save it?": True for a yes (this prompt's own words, 保存 and "save", and
    the lexicon's yes: 好的, 行, "yep", "sure"), False for a no, None for anything else (a
    sentence, a maybe, both): asked again, the draft kept."""
    answer = text.strip().casefold().rstrip("!.。！~～")
    if answer in NO:
        return False
    if answer in YES:
        return True
    if len(answer) > AGREES_MAX:  # a sentence, not a yes or no (and folding it costs)
        return None
    lexicon = load_lexicon(DEFAULT_LEXICON)
    said = fold(answer, lexicon).strip(" .!?~")
    yes, no = _intent_words(lexicon, "yes"), _intent_words(lexicon, "no")
    unclear = _folded_list(lexicon, "graded_yeses") | _folded_list(lexicon, "not_yet_nos")
    for form in dict.fromkeys((said, COURTESY_TAIL.sub("", said).strip(" ,"))):
        if form in unclear:  # 还行, "probably"; 不对, "not yet": asked again
            return None
        if (form in no or form in NO) and form not in yes:
            return False
        if (form in yes or form in YES) and form not in no:
            return True
    return None


AGREES_MAX = 64  # the lexicon's longest yes or no is under 30 characters


@cache
def _intent_words(lexicon: Lexicon, intent: str) -> frozenset[str]:
    return frozenset(fold(word, lexicon) for word in lexicon.intent_words(intent))


@cache
def _folded_list(lexicon: Lexicon, name: str) -> frozenset[str]:
    """A word list of the lexicon's (graded_yeses, not_yet_nos), folded as answers are."""
    words: tuple[str, ...] = getattr(lexicon, name)
    return frozenset(fold(word, lexicon) for word in words)


def _language_answer(text: str) -> str | None:
    word = text.strip().casefold()
    if word == "1":  # the menu's numbers; a language's names are language_named's
        return "zh"
    if word == "2":
        return ENGLISH
    named = language_said(word)
    return None if named is None else _plays(named)


def _shown_part(was: dict[str, Any], step: str) -> str:
    """What an edited routine had at `step`, as shown beside the step's question."""
    if step in (ANSWER, MORE):
        return "; ".join(" / ".join(a.get("match", [])) for a in was.get("answers", []))
    if step == GIVE_AWAY:
        return " / ".join(was.get("give_away", []))
    name = {LANG: "lang", TITLE: "title", QUESTION: "question", HINT: "hint"}.get(
        step, "saw_through_reply"
    )
    return str(was.get(name) or "")


def _status_line(status: str, lang: str) -> str:
    key = {
        PENDING: "status_pending",
        PUBLIC: "status_public",
        REJECTED: "status_rejected",
        WITHDRAWN: "status_withdrawn",
    }.get(status, "status_private")
    return say(key, lang)


def _reveal(first: dict[str, Any], lang: str) -> Text:
    """A written routine's reveal (after the hints, on answers the bot did not understand):
    the first answer and its punchline, unless the punchline reads as one that got the
    victim ("答对了，儿子"): the prank is called off, no one fell, so only the answer. In
    each variety's own words and script (「」 in Taiwan's and Hong Kong's, Cantonese in
    Hong Kong's), around what the author wrote in that script."""
    answer = _written((first.get("match") or ["…"])[0], lang)
    punchline = first.get("reply") or "…"
    got_you = reads_as_got_you(punchline)
    said = _written(punchline, lang)

    def line(variety: str) -> str:
        return say(
            "authored_reveal_answer" if got_you else "authored_reveal",
            variety,
            answer=answer.in_(variety),
            punchline=said.in_(variety),
        )

    if lang == ENGLISH:
        return Text("", line(ENGLISH))
    return Text(line(SIMPLIFIED), "", zh_hant=line(TRADITIONAL), zh_hk=line(HONG_KONG))
