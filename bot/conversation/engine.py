"""The conversation engine: (chat state, incoming message) → (replies, new chat state).

Pure: no I/O, no clock, no global randomness. The application layer (bot/application/turn.py)
loads a chat's state, hands each message to `handle` and saves and delivers the `Response`.
`route` answers a text, refuses a command that may not run here, and hands every other
command on as `Response.call`, with the chat to run it on; `handle` is `route` with the
conversation's own commands run too, through the one command protocol
(bot/conversation/commands.py), so that their answer is the response. Any other command comes
back as the call, which the application layer runs after the turn, through the same protocol.
"""

from __future__ import annotations

import builtins
import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.content.corpus import (
    ASKS_AGAIN,
    CALLED_OFF,
    DOTS_ONLY,
    EMOJI_ONLY,
    FELL,
    PUT_OFF,
    SAW_THROUGH,
    TIMED_OUT,
    Answer,
    Corpus,
    Item,
    Routine,
)
from bot.content.titles import EXACT, WORDS, Found
from bot.conversation import buttons
from bot.conversation.authored import PREFIX, Authored, NoAuthored
from bot.conversation.buttons import Keyboard
from bot.conversation.commands import (
    CommandRequest,
    ParsedCommand,
    Registered,
    Registry,
    command,
    parse_command,
)
from bot.conversation.deck import new_deck
from bot.conversation.records import Record
from bot.conversation.state import (
    ChatState,
    Person,
    Prank,
    Score,
    clean_name,
    distinct_labels,
    isolate,
)
from bot.i18n.catalogue import say
from bot.i18n.language import (
    ENGLISH,
    SIMPLIFIED,
    Text,
    language_for,
    language_named,
)

MAX_GROUP_PRANKS = 20
PRANKS_PER_STARTER = 3  # in a group: one member cannot take every slot
PRANK_COOLDOWN = 10.0  # seconds a group member waits after asking a prank before the next
# Waits in a row on answers that say nothing yet (an emoji alone, a put-off, "huh"): the
# question is asked again this many times, its deadline never pushed back; the next such
# answer is met as one the bot did not understand (the hint, then the reveal): one member
# cannot have a group's question asked again and again (see Engine._answer).
MAX_IDLE_WAITS = 3
STATS_ROWS = 5
MAX_CHOICES = 5  # routines listed when a name fits several
ANYWAY = frozenset({"anyway", "照玩"})  # /prank ten-knives anyway: play it in any language
# The chat's decks, under short names: they are stored with every waiting prank.
PRANK_DECKS = {SIMPLIFIED: "pz", ENGLISH: "pe"}
# One-liners and dialogues: a deck per language, of the items that play in it.
JOKE_DECKS = {SIMPLIFIED: "j", ENGLISH: "je"}
STORY_DECKS = {SIMPLIFIED: "s", ENGLISH: "se"}

Quote = Literal["incoming", "replied", "question"]
# The line the bot waits with, by why an answer said nothing yet (RoutineState.not_answered_yet):
# a reason without a line is a KeyError, not "let me ask again".
WAITING_LINES: dict[str, str] = {
    EMOJI_ONLY: "words_please",
    DOTS_ONLY: "dots_please",
    PUT_OFF: "put_off",
    ASKS_AGAIN: "asked_again",
}
# How far a prank got before something other than an answer ended it (Engine.progress).
Progress = Literal["unanswered", "partway", "fell"]
# The line a prank ended by a timeout or dropped for a new one starts with, by how far it got.
_LEFT_LINES: dict[str, dict[Progress, str]] = {
    "timeout": {
        "unanswered": "timeout",
        "partway": "timeout_partway",
        "fell": "timeout_fell",
    },
    "dropped": {
        "unanswered": "previous_dropped",
        "partway": "previous_dropped_partway",
        "fell": "previous_dropped_fell",
    },
}
NOT_A_QUESTION = ""  # the ticket of a reply to a bot message that asked nothing


@dataclass(frozen=True)
class LinkOpened:
    """A prank link someone opened: its code, and its routine (None: unknown or stale)."""

    code: str
    routine: str | None
    own: bool = False  # opened by its owner, to try it: no play, and no result to tell


# Built on every answer (an Ending, a Reply, a Response): plain dataclasses with slots, never
# changed once made. Frozen, each field is set through object.__setattr__: ~0.6 µs more each,
# ~3 µs of a ~40 µs answer step. An answer's own (`_wait`, `_land`) are built with positional
# arguments: a class called with keywords packs them into a dict first (~0.3 µs a call).
@dataclass(slots=True)
class Ending:
    """How a prank ended, the one account of it that the scoreboard, a link owner's report
    and the metrics all read. `outcome` is one of bot.content.corpus.OUTCOMES (fell,
    saw_through, refused, called_off, timed_out); `answer` is what the victim said, None when
    nothing came in time; `player` is who answered (or was aimed at)."""

    ticket: str
    prank: Prank
    outcome: str
    player: Person
    answer: str | None = None
    reopened: bool = False  # dropped because its player opened the same prank link again


@dataclass(frozen=True)
class Incoming:
    """A text from someone in a chat.

    `reply_to` is the message this one replies to (`reply_to_bot`: one of the bot's), whose
    prank the turn looks up as `ticket`; `replied` is the author of a message by someone else
    that this one replies to (the target of a group /prank); `words` is False for a sticker, a
    photo, a voice note;
    `admin` says the sender may use the bot's admin commands; `chat_admin` that they administer
    this group (front ends find out for the commands that ask, `Command.asks_chat_admins`).
    """

    sender: Person
    text: str
    now: float
    in_group: bool = False
    ticket: str | None = None
    replied: Person | None = None
    admin: bool = False
    chat_id: int = 0
    chat_admin: bool = False
    link: LinkOpened | None = None  # /start CODE: the prank link it opened, as looked up
    record: Record | None = None  # a private /stats: the sender's record, as looked up
    message_id: int | None = None
    reply_to: int | None = None
    reply_to_bot: bool = False
    words: bool = True
    # The command the text is, parsed once when the message is made (None: plain text).
    command: ParsedCommand | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.command is None and self.text.startswith("/"):
            object.__setattr__(self, "command", parse_command(self.text))


@dataclass(slots=True)  # not frozen: see "Built on every answer" at Ending
class Reply:
    """Something to send. `asks` marks a question: answers that reply to it belong to `ticket`.

    `address` is who must answer (front ends ask their client to reply); `quote` says which
    message to reply to: the incoming one, the one a command replied to, or the prank's question.
    `buttons`: rows of buttons under the message (bot/conversation/buttons.py).
    """

    text: str
    ticket: str | None = None
    asks: bool = False
    address: Person | None = None
    quote: Quote | None = None
    buttons: Keyboard = ()


@dataclass(frozen=True)
class Call:
    """A command to run, through `Registered.run`, on `chat`: the chat as routed (the pranks
    whose routine left the corpus dropped), not as loaded."""

    command: Registered
    args: list[str]
    lang: str
    chat: ChatState

    def request(self, message: Incoming) -> CommandRequest:
        return CommandRequest(message, self.chat, self.args, self.lang)


@dataclass(slots=True)  # not frozen: see "Built on every answer" at Ending
class Response:
    """The engine's answer to one message: what to say, the chat's new state, whether the
    message was for the bot at all, a command to run, and the linked pranks that ended."""

    replies: list[Reply]
    chat: ChatState
    handled: bool = True  # False: the message was not for the bot (group chatter)
    call: Call | None = None
    endings: list[Ending] = field(default_factory=list)  # the pranks this message ended
    # The replies are a courtesy ("not for you", "words please"), not an answer: the turn may
    # leave them unsaid when the member is sending too fast (bot/application/throttle.py).
    courtesy: bool = False


# Where an answer leads: the lines to say, and the next state (None: the routine ends). A
# pair, not a class: built on every answer and taken apart at once by its caller, and a
# dataclass's interpreted __init__ costs ~1,600 instructions (~1.5% of a typical step).
Step = tuple[list[str], str | None]


def step(routine: Routine, state_id: str, answer: Answer | None, lang: str) -> Step:
    """One move of a routine: a recognised answer says its reply and may go on to the next
    state (whose question follows); no answer (`None`) reveals the state's punchline."""
    state = routine.states[state_id]
    if answer is None:
        return [state.reveal.in_(lang)], None
    said = [answer.reply.in_(lang)] if answer.reply else []
    if answer.give_away and not said:
        said = [say("saw_through", lang)]  # in the bot's own words, not the punchline
    if answer.goto is not None:
        return [*said, routine.states[answer.goto].say.in_(lang)], answer.goto
    return said, None


@dataclass
class Engine:
    corpus: Corpus
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    # Every command of the bot, so /help lists them all and the engine can hand on the ones
    # it does not run; on its own, the engine knows its own.
    commands: Registry = field(default_factory=Registry)
    # Seconds a group member waits between asking pranks (the playground, played alone, has 0).
    prank_cooldown: float = PRANK_COOLDOWN
    # Routines people wrote (/new): by title and in the decks (bot/conversation/authored.py).
    authored: Authored = field(default_factory=NoAuthored)
    # The bot's own username, without "@" (a front end sets it once it knows it: Telegram's
    # getMe): "/prank @TaoluBot" names the bot, which cannot be its own victim.
    own_username: str = "TaoluBot"

    def __post_init__(self) -> None:
        if not self.commands.names():
            self.commands = Registry(self)

    # -- entry points -------------------------------------------------------------------------

    async def handle(self, chat: ChatState, message: Incoming) -> Response:
        """Answer one message, the conversation's own commands run through their protocol
        (they never wait); another command comes back as the response's call."""
        response = self.route(chat, message)
        call = response.call
        if call is None or not call.command.in_turn:
            return response
        answered = await anext(call.command.run(call.request(message)))
        return answered.response

    def route(self, chat: ChatState, message: Incoming) -> Response:
        """Answer a text, or refuse a command that may not run here; any other command comes
        back as the response's call."""
        if not message.words:
            return self.not_text(chat, message)
        chat = self.drop_unknown(chat)
        lang = language_for(message.sender.language_code, chat.lang)
        parsed = message.command
        if parsed is None:
            return self._answer(chat, message, lang)
        name, args = parsed.name, parsed.args
        found = self.commands.get(name)
        if found is None:
            if message.in_group:
                return Response([], chat, handled=False)
            meant = self.commands.nearest(name[:64], in_group=message.in_group)
            text = (
                say("unknown_command_meant", lang, command=f"/{name[:64]}", meant=f"/{meant}")
                if meant
                else say("unknown_command", lang, command=f"/{name[:64]}")
            )
            return Response([Reply(text, quote="incoming")], chat)
        if found.command.admin and not message.admin:
            return self._say(chat, "not_admin", lang)
        if not found.command.works_in(message.in_group):
            return self._say(chat, "private_only" if message.in_group else "group_only", lang)
        return Response([], chat, call=Call(found, args, lang, chat))

    def not_text(self, chat: ChatState, message: Incoming) -> Response:
        """A sticker, a photo, a voice note: ask for words in a private chat, and in a group
        only when it answers a waiting question; other group messages are not for the bot."""
        chat = self.drop_unknown(chat)
        lang = language_for(message.sender.language_code, chat.lang)
        if not message.in_group:
            return self._say(chat, "text_please", lang)
        if message.ticket not in chat.pranks:
            return Response([], chat, handled=False)
        prank = chat.pranks[message.ticket]
        if not prank.may_answer(message.sender):
            return self._not_for_you(chat, message.ticket, message, lang)
        return self._courtesy(chat, message.ticket, message, "text_please", lang)

    def expire(self, chat: ChatState, now: float) -> Response:
        """Reveal every prank whose time is up."""
        chat = self.drop_unknown(chat)
        replies, endings = [], []
        for ticket, prank in sorted(chat.pranks.items()):
            if prank.until <= now:
                revealed, _ = step(
                    self.corpus.routines[prank.routine], prank.state, None, prank.lang
                )
                left = self.left_line(prank, "timeout", prank.lang, None)
                text = "\n".join([left, *revealed])
                replies.append(Reply(text, ticket=ticket, quote="question"))
                chat = chat.with_prank(ticket, None)
                endings.append(self._ending(ticket, prank, TIMED_OUT))
        return Response(replies, chat, endings=endings)

    def drop_unknown(self, chat: ChatState) -> ChatState:
        """Forget pranks whose routine or state left the corpus (e.g. after an edit)."""
        for ticket, prank in chat.pranks.items():  # (with_prank copies: no list needed)
            routine = self.corpus.routines.get(prank.routine)
            if routine is None or prank.state not in routine.states:
                chat = chat.with_prank(ticket, None)
        return chat

    def validate(self, chat: ChatState) -> None:
        """Raise ValueError unless `chat` is consistent with this corpus and survives JSON."""
        ChatState.from_json(json.loads(json.dumps(chat.to_json())))
        for prank in chat.pranks.values():
            routine = self.corpus.routines.get(prank.routine)
            if routine is None or prank.state not in routine.states:
                raise ValueError(f"prank in unknown routine/state {prank.routine}/{prank.state}")

    def help_text(self, lang: str, in_group: bool | None = None) -> str:
        """Every command a user may call, with its line of help, and how groups work."""
        lines = [say("help_title", lang)]
        lines += [f"/{name} — {text}" for name, text in self.commands.menu(lang, in_group)]
        lines.append(say("group_howto", lang))
        if "xor" in self.commands:
            lines += [say(key, lang) for key in ("gate_explained", "lab_terms", "lab_origin")]
        return "\n".join(lines)

    # -- commands -----------------------------------------------------------------------------

    @command("start", Text("开始", "Start"))
    def start(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        """Welcome; or, through a prank link (t.me/bot?start=CODE), straight into its prank."""
        if message.link is not None and not message.in_group:
            return self._open_link(chat, message, message.link, lang)
        text = say("welcome", lang) + "\n\n" + self.help_text(lang, message.in_group)
        return Response([Reply(text)], chat)

    def _open_link(
        self, chat: ChatState, message: Incoming, link: LinkOpened, lang: str
    ) -> Response:
        """The link's prank, played with whoever opened it. A stale or unknown link gets a
        clear line and starts nothing: a prank it started would drop the one waiting in this
        chat (a link's too, whose owner would hear "never answered" of someone who had no
        chance to)."""
        if link.routine is None or link.routine not in self.corpus.routines:
            return Response([Reply(say("link_stale", lang))], chat)
        # The link's owner chose the routine: it is played in any language.
        started = self._play(chat, message, self.corpus.routines[link.routine], None, lang)
        ticket = str(chat.next_ticket)
        prank = started.chat.pranks.get(ticket)
        if prank is None:
            return started
        if link.own:  # the owner's own try is theirs: nothing to report, and said so
            return replace(started, replies=[Reply(say("link_own", lang)), *started.replies])
        # The same link opened again mid-play: its owner hears that, not "stopped".
        endings = [
            replace(e, reopened=True) if e.prank.link == link.code else e for e in started.endings
        ]
        return replace(
            started,
            chat=started.chat.with_prank(ticket, replace(prank, link=link.code)),
            endings=endings,
        )

    @command(
        "prank",
        Text(
            "来个套路（可加套路名或 @朋友）",
            "Play a prank (add an id or title, or @friend)",
            zh_hant="來個套路（可加套路名稱或 @朋友）",
            zh_hk="嚟個套路（可以加套路名或者 @朋友）",
        ),
    )
    def prank(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        names = [a for a in args if not a.startswith("@")]
        # Only a Telegram username is a mention: "@", "@@@" or "@<b>" names nobody
        mentions = [a[1:] for a in args if a.startswith("@") and _USERNAME.fullmatch(a[1:])]
        aimed = any(a.startswith("@") for a in args)
        anyway = bool(names) and names[-1].casefold() in ANYWAY
        if anyway:
            names = names[:-1]
        target = message.replied
        if message.in_group and len({m.casefold() for m in mentions}) > 1:
            return self._say(chat, "prank_one_at_a_time", lang, first=mentions[0])
        if aimed and not mentions:
            # "@小明": a name, but no Telegram username (those are ASCII letters, digits and
            # _), so nobody the bot can reach by it, in a group as in private: said plainly
            named = next((a[1:] for a in args if a.startswith("@") and not a[1:].isascii()), "")
            if not message.in_group:
                return self._say(chat, "private_target", lang)  # as "/prank @bob" is
            if named and target is None:
                name = isolate(clean_name(named)[:32])
                return self._say(chat, "prank_not_username", lang, name=name)
            if target is None:
                return self._say(chat, "prank_who", lang)  # a bare @: whom was it meant for?
        if any(m.casefold() == self.own_username.casefold() for m in mentions):
            return self._say(chat, "prank_the_bot", lang, name="@" + self.own_username)
        if mentions:
            target = Person(None, "@" + mentions[0], mentions[0])
        if not names:
            return self._play(chat, message, None, target, lang)
        # The author's own written routines first (in a group, the group's pack too), then
        # the corpus's by id or title, then the public written ones, then the corpus's by a
        # word, a part or a typo (did you mean).
        written = self.authored.own(
            " ".join(names), message.sender, message.chat_id, message.in_group
        )
        if written is not None:  # written in the language its author chose: played as it is
            return self._play(chat, message, written, target, lang)
        found = self.routines_named(" ".join(names))
        if found.how != EXACT:
            public = self.authored.public(" ".join(names), lang, message.chat_id)
            if public is not None:
                return self._play(chat, message, public, target, lang)
        mentioned = bool(mentions) or any(a.startswith("@") for a in args)
        if (
            message.in_group
            and not mentioned
            and len(names) == 1
            and _USERNAME.fullmatch(names[0])
            and found.how not in (EXACT, WORDS)
        ):  # a lone word that may be a username, not a routine's word: a friend, @ forgotten
            return self._say(chat, "did_you_mean", lang, name=names[0][:64])
        routine = found.one
        if routine is None and found.routines:
            return self._choices(chat, " ".join(names), found, mentions, lang)
        if routine is None:
            return self._say(chat, "unknown_routine", lang, name=" ".join(names)[:64])
        if not routine.plays_in(lang) and not anyway:
            other = ENGLISH if ENGLISH in routine.plays else SIMPLIFIED
            tail = "".join(f" @{m[:32]}" for m in mentions[:1])
            title = routine.title.in_(lang)
            return self._say(
                chat, f"plays_only_{other}", lang, title=title, id=routine.id, tail=tail
            )
        return self._play(chat, message, routine, target, lang)

    def _play(
        self,
        chat: ChatState,
        message: Incoming,
        routine: Routine | None,
        target: Person | None,
        lang: str,
    ) -> Response:
        """Ask `routine` (None: the next of the chat's deck), aimed at `target` in a group."""
        dropped: list[Ending] = []
        if not message.in_group:
            if target is not None:
                return self._say(chat, "private_target", lang)
            # One routine at a time in a private chat: the one waiting is called off, and said so.
            dropped = [
                self._ending(ticket, prank, CALLED_OFF)
                for ticket, prank in sorted(chat.pranks.items())
            ]
            chat = replace(chat, pranks={})
        elif len(chat.pranks) >= MAX_GROUP_PRANKS:
            return self._say(chat, "too_many", lang)
        else:
            refusal = self._starter_refusal(chat, message, lang)
            if refusal is not None:
                return refusal
        # Drawn only now: a refused /prank does not use up a card. One played by its name is
        # dealt out of turn, so the next random /prank does not deal it again soon. The
        # deck holds the written routines the chat may be dealt too (bot/conversation/authored.py).
        written = self.authored.pool(message.chat_id, lang, message.in_group)
        pool = [*self.corpus.playable(lang), *written] or sorted(self.corpus.routines)
        deck = PRANK_DECKS[ENGLISH if lang == ENGLISH else SIMPLIFIED]
        if routine is None:
            routine_id, chat = self._draw(chat, deck, pool)
            routine = self.corpus.routines[routine_id]
        elif routine.id in pool:
            dealt = (chat.decks.get(deck) or new_deck(self.rng)).deal(routine.id, pool)
            chat = replace(chat, decks={**chat.decks, deck: dealt})
        ticket = str(chat.next_ticket)
        prank = Prank(routine.id, routine.start, message.sender, 0.0, target, lang=lang)
        chat = replace(chat, next_ticket=chat.next_ticket + 1)
        said = [routine.states[routine.start].say.in_(lang)]
        if dropped:
            said = [self.left_line(dropped[-1].prank, "dropped", lang, message), *said]
        asked = self._wait(chat, ticket, prank, routine, message, said, opening=True)
        return replace(asked, endings=dropped) if dropped else asked

    def routines_named(self, name: str) -> Found:
        """The routines a name fits: an id, a title in any language, a word or a part of
        them, a typo (bot/content/titles.py), by the index compiled with the corpus."""
        if name.strip().lower().startswith(PREFIX):  # a written routine's id: not by id
            return Found()
        return self.corpus.titles.find(name)

    def routine_named(self, name: str) -> Routine | None:
        """The one routine a name fits ("ten-knives", "十把刀", "knives"), or None."""
        return self.routines_named(name).one

    def _choices(
        self, chat: ChatState, name: str, found: Found, mentions: list[str], lang: str
    ) -> Response:
        """Several routines fit: which one? Those played in the chat's language first."""
        ranked = sorted(found.routines, key=lambda r: (not r.plays_in(lang), r.id))
        tail = "".join(f" @{m[:32]}" for m in mentions[:1])
        lines = [say("routine_choices", lang, name=name[:64])]
        for routine in ranked[:MAX_CHOICES]:
            shown = lang if routine.plays_in(lang) or not routine.title.en else ENGLISH
            lines.append(f"  /prank {routine.id}{tail} — {routine.title.in_(shown)}")
        if len(ranked) > MAX_CHOICES:
            lines.append(say("routine_choices_more", lang, count=len(ranked) - MAX_CHOICES))
        return Response([Reply("\n".join(lines), quote="incoming")], chat)

    def _draw(self, chat: ChatState, deck: str, ids: Sequence[str]) -> tuple[str, ChatState]:
        """The next of `ids` from the chat's deck `deck`: each comes once before any repeats."""
        current = chat.decks.get(deck) or new_deck(self.rng)
        chosen, after = current.draw(ids, self.rng)
        return chosen, replace(chat, decks={**chat.decks, deck: after})

    def _starter_refusal(self, chat: ChatState, message: Incoming, lang: str) -> Response | None:
        """In a group, one member may run a few pranks at a time, a few seconds apart."""
        mine = [p for p in chat.pranks.values() if p.by.is_same(message.sender)]
        if len(mine) >= PRANKS_PER_STARTER:
            return self._say(chat, "your_pranks_full", lang, count=len(mine))
        last_asked = max(
            (p.until - self.corpus.routines[p.routine].timeout for p in mine), default=None
        )
        cooldown = self.prank_cooldown
        if last_asked is not None and message.now - last_asked < cooldown:
            wait = int(cooldown - (message.now - last_asked)) + 1
            return self._say(chat, "prank_cooldown", lang, seconds=wait)
        return None

    @command("joke", Text("讲个段子", "Tell a one-liner", zh_hk="講個笑話畀你聽"))
    def joke(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        told = self._tell(chat, JOKE_DECKS, self.corpus.jokes, args, lang)
        return _with_buttons(told, buttons.another(buttons.JOKE, lang))

    @command("story", Text("讲个小故事", "Tell a short dialogue", zh_hk="講個小故事畀你聽"))
    def story(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        told = self._tell(chat, STORY_DECKS, self.corpus.stories, args, lang)
        return _with_buttons(told, buttons.another(buttons.STORY, lang))

    @command("list", Text("列出所有套路", "List the prank routines", zh_hk="睇晒所有套路"))
    def list_routines(
        self, chat: ChatState, message: Incoming, args: list[str], lang: str
    ) -> Response:
        """Titles grouped by the language they play in, the chat's own first; under them, a
        keyboard of the routines, a page at a time (`/list N`: page N), whose tap plays one."""
        groups = [ENGLISH, SIMPLIFIED] if lang == ENGLISH else [SIMPLIFIED, ENGLISH]
        lines = [say("list_title", lang)]
        for group in groups:
            ids = self.corpus.playable(group)
            if ids:
                lines.append(say(f"list_plays_{group}", lang))
                for rid in ids:
                    title = self.corpus.routines[rid].title
                    lines.append(f"  {rid} — {title.in_(lang if group != ENGLISH else ENGLISH)}")
        # isdecimal, not isdigit: int() cannot read ² or ①, which isdigit lets through
        page = int(args[0]) if args and args[0].isdecimal() and len(args[0]) < 4 else 1
        keyboard = buttons.list_keyboard(self.corpus, lang, page)
        return Response([Reply("\n".join(lines), buttons=keyboard)], chat)

    @command(
        "lang",
        asks_chat_admins=True,
        help_line=Text(
            "切换语言：/lang zh、zh-hant（台湾）、zh-hk（粤语）或 en，也可以写名字：/lang 粤语",
            "Switch language: /lang zh, zh-hant (Taiwan), zh-hk (Cantonese) or en, "
            "or by name: /lang cantonese",
            zh_hant="切換語言：/lang zh、zh-hant（台灣）、zh-hk（粵語）或 en，也可以打名字：/lang 台灣",
            zh_hk="揀語言：/lang zh、zh-hant（台灣）、zh-hk（廣東話）或者 en，打名都得：/lang 廣東話",
        ),
    )
    def lang(
        self, chat: ChatState, message: Incoming, args: builtins.list[str], lang: str
    ) -> Response:
        # The first argument ("/lang en thanks"), else all of them: a name may be two words
        # ("/lang hong kong")
        named = " ".join(args)
        wanted = (language_named(args[0]) or language_named(named)) if args else None
        if args and wanted is None:
            return self._say(chat, "lang_unknown", lang, name=named[:32])
        if wanted is None:
            current = say(f"lang_name_{lang}", lang)
            return self._say(chat, "lang_usage", lang, current=current)
        if message.in_group and not message.chat_admin:
            return self._say(chat, "lang_admins_only", lang)
        name = say(f"lang_name_{wanted}", wanted)
        return Response([Reply(say("lang_set", wanted, name=name))], replace(chat, lang=wanted))

    @command(
        "cancel",
        Text("取消你发起的套路", "Cancel the prank you started", zh_hk="取消你開咗嘅套路"),
    )
    def cancel(
        self, chat: ChatState, message: Incoming, args: builtins.list[str], lang: str
    ) -> Response:
        mine = [
            t
            for t, p in chat.pranks.items()
            if not message.in_group or p.by.is_same(message.sender)
        ]
        if message.ticket in mine:
            mine = [message.ticket]
        if not mine and chat.pranks:  # someone else's prank: whose, and who may cancel it
            theirs = chat.pranks.get(message.ticket or "") or chat.pranks[max(chat.pranks, key=int)]
            starter = isolate(theirs.by.label)
            return self._say(chat, "cancel_not_yours", lang, starter=starter)
        if not mine:
            return self._say(chat, "nothing_to_cancel", lang)
        ticket = max(mine, key=int)
        prank = chat.pranks[ticket]
        text = self.left_line(prank, "cancel", lang, message)
        reply = Reply(text, ticket=ticket, quote="incoming")
        ending = self._ending(ticket, prank, CALLED_OFF)
        return Response([reply], chat.with_prank(ticket, None), endings=[ending])

    @command(
        "stats",
        Text(
            "群里谁最会套路、谁最常上当；私聊里看你自己的战绩",
            "In a group: who pranked most, who fell for it; in private: your own record",
            zh_hant="群組裡誰最會整人、誰最常上當；私訊裡看你自己的戰績",
            zh_hk="喺群組睇吓邊個最識整蠱人、邊個最易中伏；喺私訊睇你自己嘅戰績",
        ),
    )
    def stats(
        self, chat: ChatState, message: Incoming, args: builtins.list[str], lang: str
    ) -> Response:
        """In a group, its board; in a private chat, the sender's own record across chats."""
        if not message.in_group:
            return Response([Reply(_record_text(message.record or Record(), lang))], chat)
        if not chat.scores:
            return Response([Reply(say("stats_empty", lang))], chat)
        lines = [say("stats_title", lang)]
        names = distinct_labels((key, score.name) for key, score in chat.scores.items())
        for title, attribute in (
            ("stats_pranksters", "pranked"),
            ("stats_fooled", "fooled"),
            ("stats_sharp", "sharp"),
        ):
            ranked = sorted(chat.scores.items(), key=lambda item: -getattr(item[1], attribute))
            ranked = [(k, s) for k, s in ranked if getattr(s, attribute) > 0][:STATS_ROWS]
            if ranked:
                lines.append(say(title, lang))
                lines += [
                    f"  {i}. {isolate(names[k])}: {getattr(s, attribute)}"
                    for i, (k, s) in enumerate(ranked, 1)
                ]
        return Response([Reply("\n".join(lines))], chat)

    @command("help", Text("帮助", "Help", zh_hant="說明"))
    def show_help(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        return Response([Reply(self.help_text(lang, message.in_group))], chat)

    # -- routines -----------------------------------------------------------------------------

    def _answer(self, chat: ChatState, message: Incoming, lang: str) -> Response:
        ticket = self._ticket_for(chat, message)
        if ticket is None:
            if message.in_group:
                return Response([], chat, handled=False)
            return Response([Reply(say("nudge", lang))], chat)
        prank = chat.pranks[ticket]
        if not prank.may_answer(message.sender):
            return self._not_for_you(chat, ticket, message, lang)
        routine = self.corpus.routines[prank.routine]
        state = routine.states[prank.state]
        # The routine's own lines carry on in the variety the prank was asked in when the
        # chat has since switched to a language the routine has no text in (/lang en in the
        # middle of a Chinese-only routine asked in zh-hk: still Cantonese, never Simplified
        # Mandarin the user did not choose); the bot's own lines follow the new choice.
        spoken = lang if routine.written_in(lang) else prank.lang
        if spoken != prank.lang:
            prank = replace(prank, lang=spoken)  # a timeout reveals in it too
        answer = state.recognise(message.text)
        # Waits on answers that say nothing (below) are MAX_IDLE_WAITS in a row at most, and
        # keep the prank's deadline: past them, the answer is one the bot did not understand.
        idle = prank.idle + 1
        may_wait = answer is None and idle <= MAX_IDLE_WAITS
        if may_wait and (why := state.not_answered_yet(message.text)) is not None:
            # "hold on", "let me think", 等阵先答你, a hum alone (rule "a put-off"); "huh",
            # "what", 什么意思, with or without "?" (rule "asked again"); "🤔" or "……" alone
            # (rule "an emoji is no answer"): nothing said about the question yet. In any
            # state, neither the hint (nobody is stuck yet) nor the reveal (a riddle's answer
            # given away mid-thought; where the reveal is the prank, a fall scored): the bot
            # says why it waits and the question stands, at most MAX_IDLE_WAITS times in a
            # row, the deadline kept
            again = [say(WAITING_LINES[why], lang), state.say.in_(spoken)]
            return self._wait(chat, ticket, prank, routine, message, again, idle=idle)
        if answer is None and prank.misses < state.tries and state.hint is not None:
            hint = [state.hint.in_(spoken)]
            # A hint reached by a wait past the cap ("hmm" a fourth time) keeps the count and
            # the prank's deadline: another "hmm" goes on to the reveal, not to three fresh
            # waits and a new timeout. An answer not understood starts the count again.
            past_cap = not may_wait and state.not_answered_yet(message.text) is not None
            kept = idle if past_cap else 0
            misses = prank.misses + 1
            return self._wait(chat, ticket, prank, routine, message, hint, misses=misses, idle=kept)
        if may_wait and prank.misses == 0 and _asks_back(message.text):
            # "今日食咗乜？": a question back is no answer, so it is not met with the reveal
            # (which, where the reveal is the prank, would score a fall) but with the question
            # once more; what comes after it is judged as any answer is
            again = [say("asked_again", lang), state.say.in_(spoken)]
            return self._wait(chat, ticket, prank, routine, message, again, misses=1, idle=idle)
        if (
            answer is None
            and not may_wait
            and state.reveal_outcome == FELL
            and (_asks_back(message.text) or state.not_answered_yet(message.text) is not None)
        ):
            # Past MAX_IDLE_WAITS such answers the bot gives up: the reveal, where it is the
            # prank, would score a fall on "what?" said a fourth time; called off instead
            outcome = FELL if prank.fell else CALLED_OFF
            ending = Ending(ticket, prank, outcome, message.sender, message.text[:64])
            return self._land(chat, ending, message, lang, [say("stopped_waiting", lang)])
        said, goto = step(routine, prank.state, answer, spoken)
        if goto is not None:
            # A fall nobody can be scored for (the starter answering their own group prank)
            # marks nothing: the prank is still open, and whoever answers next is judged
            # by their own answers, not charged with the starter's fall.
            fell = (
                answer is not None
                and answer.falls_on_the_way
                and (not message.in_group or not prank.by.is_same(message.sender))
            )
            if fell and not prank.fell:
                chat, prank, said = self._fell_on_the_way(chat, prank, message, lang, said)
            return self._wait(
                chat,
                ticket,
                prank,
                routine,
                message,
                said,
                state=goto,
                misses=0,
                fell=fell,
            )
        outcome = state.outcome(answer) or FELL
        if prank.fell:  # a fall at an earlier step stands, whatever the last answer was
            outcome = FELL
        ending = Ending(ticket, prank, outcome, message.sender, message.text[:64])
        return self._land(chat, ending, message, lang, said)

    @staticmethod
    def _fell_on_the_way(
        chat: ChatState, prank: Prank, message: Incoming, lang: str, said: builtins.list[str]
    ) -> tuple[ChatState, Prank, builtins.list[str]]:
        """A fall at an early step ("first" to the race): the prank has landed, and the
        routine goes on. In a group it is announced and scored now, once ("🎭 @alice got
        @bob"), so the board agrees with what was said whatever ends the prank afterwards
        (a /cancel, a timeout): the starter cannot take it back. The rest of the routine is
        for the one who fell, who becomes its target as they are (with their id: a target
        named by @username alone has none, and the ending's player is the target, whose own
        record must count the fall). In private, the ending (a fall, however it comes)
        counts it. The starter's own fall, in a group, never comes here (see `_answer`)."""
        victim, by = message.sender, prank.by
        if not message.in_group or by.is_same(victim):
            return chat, prank, said
        shown = distinct_labels([(by.key, by.label), (victim.key, victim.label)])
        line = say("got_you", lang, by=isolate(shown[by.key]), target=isolate(shown[victim.key]))
        chat = _scored(_scored(chat, by, pranked=1), victim, fooled=1)
        if prank.target is None or prank.target.id is None:
            prank = replace(prank, target=victim)
        return chat, prank, [*said[:-1], line, *said[-1:]]

    def progress(self, prank: Prank) -> Progress:
        """How far `prank` got: "fell" (a fall on the way, which stands), "partway" (an
        earlier question answered: it is past its first state) or "unanswered"."""
        if prank.fell:
            return "fell"
        routine = self.corpus.routines.get(prank.routine)
        if routine is not None and prank.state != routine.start:
            return "partway"
        return "unanswered"

    def left_line(self, prank: Prank, how: str, lang: str, message: Incoming | None) -> str:
        """The line a prank that no answer ended is ended with, by how far it got (`progress`):
        `how` is "cancel" (a /cancel, `message`), "dropped" (a new prank in a private chat)
        or "timeout". A fall on the way is said to stand; a prank answered partway is not
        said to be unanswered. The one place these lines are chosen."""
        progress = self.progress(prank)
        if how != "cancel":
            return say(_LEFT_LINES[how][progress], lang)
        text = say("cancelled", lang)
        if progress == "fell":  # a fall on the way stands: the starter cannot take it back
            victim = prank.target or prank.by
            if message is not None and message.in_group and not victim.is_same(message.sender):
                text += "\n" + say("fall_stands", lang, target=isolate(victim.label))
            else:
                text += "\n" + say("fall_stands_you", lang)
        return text

    @staticmethod
    def _ending(ticket: str, prank: Prank, outcome: str) -> Ending:
        """How a prank ends that no answer ended (a /cancel, a new /prank, a timeout): as
        `outcome`, unless the victim fell for it on the way: that fall stands."""
        return Ending(ticket, prank, FELL if prank.fell else outcome, prank.target or prank.by)

    def _ticket_for(self, chat: ChatState, message: Incoming) -> str | None:
        """The prank this message answers: the one it replies to, else the newest it may answer."""
        if message.ticket in chat.pranks:
            return message.ticket
        if message.ticket is not None:
            return None  # a reply to a finished prank's question is plain chatter
        # The newest (tickets count up) of those aimed at the sender, and of those aimed at
        # nobody: one loop, no lists (this runs on every answer).
        aimed: str | None = None
        unaimed: str | None = None
        for ticket, prank in chat.pranks.items():
            if prank.target is None:
                if unaimed is None or int(ticket) > int(unaimed):
                    unaimed = ticket
            elif prank.target.is_same(message.sender) and (
                aimed is None or int(ticket) > int(aimed)
            ):
                aimed = ticket
        if message.in_group:
            # A group talks about other things too: a message that replies to no question
            # answers only a prank aimed at its sender; one aimed at nobody needs a reply.
            return aimed
        return aimed if aimed is not None else unaimed

    def _wait(
        self,
        chat: ChatState,
        ticket: str,
        prank: Prank,
        routine: Routine,
        message: Incoming,
        said: builtins.list[str],
        opening: bool = False,
        state: str | None = None,
        misses: int | None = None,
        fell: bool = False,
        idle: int = 0,
    ) -> Response:
        """Say `said` as a question and wait for the answer, until the routine's timeout (at
        `state`, with `misses` hints given, where they change: see `Prank.waiting`). A wait on
        an answer that said nothing (`idle`: the how-many-th in a row) keeps the deadline.

        The opening question of a group prank aimed by a reply quotes the message it aimed at;
        every later one quotes the answer it follows."""
        until = prank.until if idle else message.now + routine.timeout
        prank = prank.waiting(until, state, misses, fell, idle)
        text = "\n".join(said)
        address = prank.target if message.in_group else None
        if address is not None:  # named first, whether aimed by @username or by a reply
            # a @username bare, to stay a mention; a display name (cleaned when the Person
            # was made) isolated, so a right-to-left name cannot turn the line round
            name = address.label if address.username else isolate(address.label)
            text = f"{name} {text}"
        quote: Quote = "replied" if opening and message.replied else "incoming"
        question = Reply(text, ticket, True, address, quote)  # positional: see Ending
        return Response([question], chat.with_prank(ticket, prank))

    def _land(
        self, chat: ChatState, ending: Ending, message: Incoming, lang: str, said: list[str]
    ) -> Response:
        """The routine ends on an answer: deliver the punchline and keep the score. Only a
        fall scores for the starter (and counts against the victim); seeing through it counts
        for the victim; a refusal or a prank the bot called off counts for nobody."""
        chat = chat.with_prank(ending.ticket, None)
        victim, by = message.sender, ending.prank.by
        if message.in_group and not by.is_same(victim):
            shown = distinct_labels([(by.key, by.label), (victim.key, victim.label)])
            by_name, target = isolate(shown[by.key]), isolate(shown[victim.key])
            if ending.outcome == FELL and ending.prank.fell:
                pass  # announced and scored when they fell, on the way
            elif ending.outcome == FELL:
                said = [*said, say("got_you", lang, by=by_name, target=target)]
                chat = _scored(chat, by, pranked=1)
                chat = _scored(chat, victim, fooled=1)
            elif ending.outcome == SAW_THROUGH:
                said = [*said, say("saw_through_note", lang, by=by_name, target=target)]
                chat = _scored(chat, victim, sharp=1)
        keyboard: Keyboard = ()
        routine = ending.prank.routine
        if not message.in_group:
            keyboard = buttons.after_private_prank(routine, lang)
        elif ending.outcome == FELL and not by.is_same(victim):
            keyboard = buttons.after_fall(routine, lang)
        # positional (see Ending): text, ticket, asks, address, quote, buttons; and replies,
        # chat, handled, call, endings
        reply = Reply("\n".join(said), ending.ticket, False, None, "incoming", keyboard)
        return Response([reply], chat, True, None, [ending])

    # -- helpers ------------------------------------------------------------------------------

    def _not_for_you(self, chat: ChatState, ticket: str, message: Incoming, lang: str) -> Response:
        prank = chat.pranks[ticket]
        assert prank.target is not None  # may_answer is True for untargeted pranks
        target = isolate(prank.target.label)
        # The starter answering their own question is not cutting in: it is theirs to ask
        key = "not_for_the_starter" if prank.by.is_same(message.sender) else "not_for_you"
        return self._courtesy(chat, ticket, message, key, lang, target=target)

    def _courtesy(
        self, chat: ChatState, ticket: str, message: Incoming, key: str, lang: str, **values: object
    ) -> Response:
        """A line a group member is told at most once per prank (a reply to someone else's
        question, a sticker for an answer): a member who keeps at it hears nothing more."""
        prank = chat.pranks[ticket]
        member = message.sender.key
        if member in prank.told:
            return Response([], chat)
        chat = chat.with_prank(ticket, replace(prank, told=prank.told | {member}))
        return replace(self._say(chat, key, lang, **values), courtesy=True)

    @staticmethod
    def _say(chat: ChatState, key: str, lang: str, **values: object) -> Response:
        """A line of the catalogue, quoting the message it answers; the chat is unchanged."""
        return Response([Reply(say(key, lang, **values), quote="incoming")], chat)

    def _tell(
        self,
        chat: ChatState,
        decks: Mapping[str, str],
        items: Mapping[str, Item],
        args: builtins.list[str],
        lang: str,
    ) -> Response:
        """An item by id (any item, skipped or of another language), or the next of the
        chat's deck for its language: only items that play in it and are not skipped, so an
        English chat is never dealt a translated joke, nor a Chinese chat an English-only one."""
        wanted = args[0].lower() if args else None
        if wanted is None or wanted not in items:
            pool = self.corpus.dealt(items, lang)
            if not pool:
                return Response([Reply(say("nudge", lang))], chat)
            deck = decks[ENGLISH if lang == ENGLISH else SIMPLIFIED]
            wanted, chat = self._draw(chat, deck, pool)
        return Response([Reply(items[wanted].text.in_(lang))], chat)


_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,31}")  # what a Telegram username can be


def _with_buttons(response: Response, keyboard: Keyboard) -> Response:
    """`response` with `keyboard` under its last reply (none if it says nothing)."""
    if not response.replies:
        return response
    *before, last = response.replies
    return replace(response, replies=[*before, replace(last, buttons=keyboard)])


def _asks_back(text: str) -> bool:
    """Whether a message that matched nothing asks something back: it ends with a question
    mark ("what?", "今日食咗乜？", "huh?!")."""
    return text.rstrip().rstrip("!！~～.。…").endswith(("?", "？"))


def _record_text(record: Record, lang: str) -> str:
    """A person's own record, as a private /stats shows it."""
    return "\n".join(
        [
            say("record_title", lang),
            say("record_pulled", lang, count=record.pulled),
            say("record_fell", lang, count=record.fell),
            say("record_saw_through", lang, count=record.saw_through),
            say("record_streak", lang, count=record.streak, best=record.best),
            say("record_rank", lang, title=say(record.title, lang)),
        ]
    )


def _scored(
    chat: ChatState, person: Person, pranked: int = 0, fooled: int = 0, sharp: int = 0
) -> ChatState:
    key = person.key
    old = chat.scores.get(key, Score(person.label))
    new = Score(person.label[:24], old.pranked + pranked, old.fooled + fooled, old.sharp + sharp)
    # built directly, not with dataclasses.replace: this runs on every punchline
    return ChatState(
        chat.lang, chat.next_ticket, chat.pranks, {**chat.scores, key: new}, chat.decks
    )
