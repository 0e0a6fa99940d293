"""The conversation engine: (chat state, incoming message) → (replies, new chat state).

Pure: no I/O, no clock, no global randomness. Front ends (Telegram, console) turn their events
into `Incoming`, keep `ChatState` wherever they like, and deliver the `Reply`s.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.engine.corpus import Corpus, Routine, State
from bot.engine.language import language_for
from bot.engine.messages import COMMANDS, say
from bot.engine.state import ChatState, Person, Prank, Score

MAX_GROUP_PRANKS = 20
STATS_ROWS = 5

Quote = Literal["incoming", "replied", "question"]


@dataclass(frozen=True)
class Incoming:
    """A text from someone in a chat.

    `ticket` is the prank whose question this message replies to, when the front end knows it;
    `replied` is the author of the message a command replied to (the target of a group /prank).
    """

    sender: Person
    text: str
    now: float
    in_group: bool = False
    ticket: str | None = None
    replied: Person | None = None


@dataclass(frozen=True)
class Reply:
    """Something to send. `asks` marks a question: answers that reply to it belong to `ticket`.

    `address` is who must answer (front ends ask their client to reply); `quote` says which
    message to reply to: the incoming one, the one a command replied to, or the prank's question.
    """

    text: str
    ticket: str | None = None
    asks: bool = False
    address: Person | None = None
    quote: Quote | None = None


@dataclass(frozen=True)
class Outcome:
    replies: list[Reply]
    chat: ChatState
    handled: bool = True  # False: the message was not for the bot (group chatter)


def parse_command(text: str) -> tuple[str, list[str]] | None:
    """("prank", ["ten-knives"]) for "/prank@TaoluBot ten-knives"; None for plain text."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, *args = text.split()
    name = head[1:].split("@", 1)[0].lower()
    return (name, args) if name else None


@dataclass
class Engine:
    corpus: Corpus
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    # -- entry points -------------------------------------------------------------------------

    def handle(self, chat: ChatState, message: Incoming) -> Outcome:
        """Answer one message."""
        chat = self.drop_unknown(chat)
        lang = language_for(message.sender.language_code, chat.lang)
        command = parse_command(message.text)
        if command is not None:
            name, args = command
            handler = getattr(self, f"_cmd_{name}", None)
            if handler is None:
                if message.in_group:
                    return Outcome([], chat, handled=False)
                text = say("unknown_command", lang, command=f"/{name}")
                return Outcome([Reply(text, quote="incoming")], chat)
            return handler(chat, message, args, lang)
        return self._answer(chat, message, lang)

    def expire(self, chat: ChatState, now: float) -> Outcome:
        """Reveal every prank whose time is up."""
        chat = self.drop_unknown(chat)
        replies = []
        for ticket, prank in sorted(chat.pranks.items()):
            if prank.until <= now:
                state = self._state(prank)
                text = f"{say('timeout', prank.lang)}\n{state.reveal.in_(prank.lang)}"
                replies.append(Reply(text, ticket=ticket, quote="question"))
                chat = chat.with_prank(ticket, None)
        return Outcome(replies, chat)

    def drop_unknown(self, chat: ChatState) -> ChatState:
        """Forget pranks whose routine or state left the corpus (e.g. after an edit)."""
        for ticket, prank in list(chat.pranks.items()):
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

    # -- commands -----------------------------------------------------------------------------

    def _cmd_start(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        return Outcome([Reply(say("welcome", lang) + "\n\n" + self._help_text(lang))], chat)

    def _cmd_help(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        return Outcome([Reply(self._help_text(lang))], chat)

    def _cmd_list(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        lines = [say("list_title", lang)]
        lines += [f"{r.id} — {r.title.in_(lang)}" for r in self.corpus.routines.values()]
        return Outcome([Reply("\n".join(lines))], chat)

    def _cmd_joke(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        return self._tell(chat, self.corpus.jokes, args, lang)

    def _cmd_story(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        return self._tell(chat, self.corpus.stories, args, lang)

    def _cmd_lang(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        wanted = args[0].lower() if args else ""
        if wanted not in ("zh", "en"):
            return Outcome([Reply(say("lang_usage", lang), quote="incoming")], chat)
        return Outcome([Reply(say("lang_set", wanted))], replace(chat, lang=wanted))

    def _cmd_prank(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        names = [a for a in args if not a.startswith("@")]
        mentions = [a[1:] for a in args if a.startswith("@") and len(a) > 1]
        if names and names[0].lower() not in self.corpus.routines:
            text = say("unknown_routine", lang, name=names[0][:64])
            return Outcome([Reply(text, quote="incoming")], chat)
        playable = self.corpus.playable(lang) or sorted(self.corpus.routines)
        routine_id = names[0].lower() if names else self.rng.choice(playable)
        routine = self.corpus.routines[routine_id]
        target = message.replied
        if mentions:
            target = Person(None, "@" + mentions[0][:32], mentions[0][:32])
        if not message.in_group:
            if target is not None:
                return Outcome([Reply(say("private_target", lang), quote="incoming")], chat)
            chat = replace(chat, pranks={})  # one routine at a time in a private chat
        elif len(chat.pranks) >= MAX_GROUP_PRANKS:
            return Outcome([Reply(say("too_many", lang), quote="incoming")], chat)
        ticket = str(chat.next_ticket)
        prank = Prank(routine.id, routine.start, message.sender, 0.0, target, lang=lang)
        chat = replace(chat, next_ticket=chat.next_ticket + 1)
        return self._enter(chat, ticket, prank, routine, message, lang, [])

    def _cmd_cancel(
        self, chat: ChatState, message: Incoming, args: list[str], lang: str
    ) -> Outcome:
        mine = [
            t
            for t, p in chat.pranks.items()
            if not message.in_group or p.by.is_same(message.sender)
        ]
        if message.ticket in mine:
            mine = [message.ticket]
        if not mine:
            return Outcome([Reply(say("nothing_to_cancel", lang), quote="incoming")], chat)
        ticket = max(mine, key=int)
        reply = Reply(say("cancelled", lang), ticket=ticket, quote="incoming")
        return Outcome([reply], chat.with_prank(ticket, None))

    def _cmd_stats(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Outcome:
        if not message.in_group:
            return Outcome([Reply(say("stats_group_only", lang))], chat)
        if not chat.scores:
            return Outcome([Reply(say("stats_empty", lang))], chat)
        lines = [say("stats_title", lang)]
        for title, attribute in (("stats_pranksters", "pranked"), ("stats_fooled", "fooled")):
            ranked = sorted(chat.scores.values(), key=lambda s: -getattr(s, attribute))
            ranked = [s for s in ranked if getattr(s, attribute) > 0][:STATS_ROWS]
            if ranked:
                lines.append(say(title, lang))
                lines += [
                    f"  {i}. {s.name}: {getattr(s, attribute)}" for i, s in enumerate(ranked, 1)
                ]
        return Outcome([Reply("\n".join(lines))], chat)

    # -- routines -----------------------------------------------------------------------------

    def _answer(self, chat: ChatState, message: Incoming, lang: str) -> Outcome:
        ticket = self._ticket_for(chat, message)
        if ticket is None:
            if message.in_group:
                return Outcome([], chat, handled=False)
            return Outcome([Reply(say("nudge", lang))], chat)
        prank = chat.pranks[ticket]
        if not prank.may_answer(message.sender):
            assert prank.target is not None  # may_answer is True for untargeted pranks
            text = say("not_for_you", lang, target=prank.target.label)
            return Outcome([Reply(text, quote="incoming")], chat)
        routine = self.corpus.routines[prank.routine]
        state = routine.states[prank.state]
        answer = state.recognise(message.text)
        if answer is not None:
            said = [answer.reply.in_(lang)] if answer.reply else []
            if answer.goto is not None:
                moved = replace(prank, state=answer.goto, misses=0)
                return self._enter(chat, ticket, moved, routine, message, lang, said)
            return self._land(chat, ticket, prank, message, lang, said)
        if prank.misses < state.tries and state.hint is not None:
            chat = chat.with_prank(ticket, replace(prank, misses=prank.misses + 1))
            hint = self._question(ticket, prank, state.hint.in_(lang), message, quote="incoming")
            return Outcome([hint], chat)
        return self._land(chat, ticket, prank, message, lang, [state.reveal.in_(lang)])

    def _ticket_for(self, chat: ChatState, message: Incoming) -> str | None:
        """The prank this message answers: the one it replies to, else the newest it may answer."""
        if message.ticket in chat.pranks:
            return message.ticket
        if message.ticket is not None:
            return None  # a reply to a finished prank's question is plain chatter
        candidates = [t for t, p in chat.pranks.items() if p.may_answer(message.sender)]
        targeted = [t for t in candidates if chat.pranks[t].target is not None]
        pool = targeted or candidates
        return max(pool, key=int) if pool else None

    def _enter(
        self,
        chat: ChatState,
        ticket: str,
        prank: Prank,
        routine: Routine,
        message: Incoming,
        lang: str,
        said: list[str],
    ) -> Outcome:
        """Move `prank` into its current state: say the state's line and wait for an answer."""
        prank = replace(prank, until=message.now + routine.timeout)
        state: State = routine.states[prank.state]
        text = "\n".join([*said, state.say.in_(lang)])
        quote: Quote = "replied" if message.replied and not said else "incoming"
        question = self._question(ticket, prank, text, message, quote=quote)
        return Outcome([question], chat.with_prank(ticket, prank))

    def _question(
        self, ticket: str, prank: Prank, text: str, message: Incoming, quote: Quote
    ) -> Reply:
        address = prank.target if message.in_group else None
        if address is not None and address.id is None and address.username:
            text = f"{address.label} {text}"  # a mention is how a @username target is reached
        return Reply(text, ticket=ticket, asks=True, address=address, quote=quote)

    def _land(
        self,
        chat: ChatState,
        ticket: str,
        prank: Prank,
        message: Incoming,
        lang: str,
        said: list[str],
    ) -> Outcome:
        """The routine ends on an answer: deliver the punchline and keep the score."""
        chat = chat.with_prank(ticket, None)
        victim = message.sender
        if message.in_group and not prank.by.is_same(victim):
            said = [*said, say("got_you", lang, by=prank.by.label, target=victim.label)]
            chat = _scored(chat, prank.by, pranked=1)
            chat = _scored(chat, victim, fooled=1)
        return Outcome([Reply("\n".join(said), ticket=ticket, quote="incoming")], chat)

    # -- helpers ------------------------------------------------------------------------------

    def _state(self, prank: Prank) -> State:
        return self.corpus.routines[prank.routine].states[prank.state]

    def _tell(self, chat: ChatState, items: dict, args: list[str], lang: str) -> Outcome:
        if not items:
            return Outcome([Reply(say("nudge", lang))], chat)
        wanted = args[0].lower() if args else None
        key = wanted if wanted in items else self.rng.choice(sorted(items))
        return Outcome([Reply(items[key].text.in_(lang))], chat)

    def _help_text(self, lang: str) -> str:
        lines = [say("help_title", lang)]
        lines += [f"/{name} — {text.in_(lang)}" for name, text in COMMANDS.items()]
        lines.append(say("group_howto", lang))
        return "\n".join(lines)


def _scored(chat: ChatState, person: Person, pranked: int = 0, fooled: int = 0) -> ChatState:
    key = str(person.id) if person.id is not None else f"@{person.username}"
    old = chat.scores.get(key, Score(person.label))
    new = Score(person.label[:24], old.pranked + pranked, old.fooled + fooled)
    return replace(chat, scores={**chat.scores, key: new})
