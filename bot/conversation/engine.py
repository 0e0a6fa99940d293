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
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from bot.content.corpus import (
    CALLED_OFF,
    TIMED_OUT,
    Corpus,
    Item,
    Routine,
)
from bot.content.titles import EXACT, QUESTION, WORDS, Found, title_key
from bot.conversation import buttons
from bot.conversation.answering import (
    OFFERED,
    Call,
    Ending,
    Incoming,
    LinkOpened,
    Reply,
    Response,
    answer,
    boarded,
    courtesy,
    drop_unknown,
    ended_unanswered,
    fell_by_trying,
    line_reply,
    not_for_you,
    step,
    ticket_for,
    wait,
)
from bot.conversation.authored import PREFIX, Authored, NoAuthored
from bot.conversation.buttons import Keyboard
from bot.conversation.commands import (
    Registry,
    command,
)
from bot.conversation.deck import new_deck
from bot.conversation.records import Record
from bot.conversation.state import (
    ChatState,
    Offer,
    Person,
    Prank,
    clean_name,
    distinct_labels,
    echoed,
    is_username,
    isolate,
    same_answerer,
)
from bot.i18n.catalogue import say
from bot.i18n.language import (
    ENGLISH,
    LANGUAGES,
    SIMPLIFIED,
    Text,
    language_for,
    language_named,
)

MAX_GROUP_PRANKS = 20
PRANKS_PER_STARTER = 3  # in a group: one member cannot take every slot
PRANK_COOLDOWN = 10.0  # seconds a group member waits after asking a prank before the next
STATS_ROWS = 5
MAX_CHOICES = 5  # routines listed when a name fits several
LIST_NAME_LIMIT = 32  # characters of the word shown back in "/list WORD"
# The word that plays a routine in any language (/prank ten-knives anyway), and the words of
# assent typed before it (/prank ten-knives ok 照玩), are the lexicon's: anyway_words,
# anyway_leads; so is what may close the word, as closing a sentence (照玩吧, "anyway!":
# anyway_marks, particles_zh) or only a word of assent (好、照玩: anyway_lead_marks)...
# ...and what may close it as a tone, not a word: emoji, symbols, marks (anyway‼️, 照玩 👍)
_TONE_MARKS = frozenset(("So", "Sk", "Po", "Mn", "Me", "Cf"))
# Seconds an offer to play a routine all the same waits for a bare "照玩" or "anyway" (Offer)
OFFER_SECONDS = 300.0
# The chat's decks, under short names: they are stored with every waiting prank.
PRANK_DECKS = {SIMPLIFIED: "pz", ENGLISH: "pe"}
# One-liners and dialogues: a deck per language, of the items that play in it.
JOKE_DECKS = {SIMPLIFIED: "j", ENGLISH: "je"}
STORY_DECKS = {SIMPLIFIED: "s", ENGLISH: "se"}

# How far a prank got before something other than an answer ended it (Engine.progress).
Progress = Literal["unanswered", "partway", "fell", "tried"]
# The lines a prank that no answer ended is ended with (`Engine.left_line`, the one place they
# are chosen), said one after the other: by how it ended ("timeout", "cancel", or "dropped" for
# a new /prank), how far it got (`Engine.progress`) and whether whoever fell is another than
# the one the line is said to (in a group, the starter's /cancel or /prank after a fall on the
# way: "of another", True; a hinted guess's is "that guess", its faller named by the board's
# line). Each is given the same values: {reveal}, what a hinted guess fell for; {target}, who
# fell on the way. A timeout's reveal follows its line
# (`Engine.expire`); a /cancel's and a new /prank's tell it where a guess fell for it (ops29:
# the timeout's came from a table, the others were written out case by case).
_LEFT_LINES: dict[tuple[str, Progress, bool], tuple[str, ...]] = {
    ("timeout", "unanswered", False): ("timeout",),
    ("timeout", "partway", False): ("timeout_partway",),
    ("timeout", "fell", False): ("timeout_fell",),
    ("timeout", "tried", False): ("timeout_tried",),
    ("cancel", "unanswered", False): ("cancelled",),
    ("cancel", "partway", False): ("cancelled",),
    # a fall on the way stands: the starter cannot take it back
    ("cancel", "fell", False): ("cancelled", "fall_stands_you"),
    ("cancel", "fell", True): ("cancelled", "fall_stands"),
    ("cancel", "tried", False): ("cancelled", "tried_stands"),
    ("dropped", "unanswered", False): ("previous_dropped",),
    ("dropped", "partway", False): ("previous_dropped_partway",),
    ("dropped", "fell", False): ("previous_dropped_fell",),
    # the new question is put to the same answerer (`same_answerer`: the one who fell), named
    # at its head: "@mei (@mei already fell…)" named them twice
    ("dropped", "fell", True): ("fall_stands_you", "previous_dropped_partway"),
    # "that guess", whoever made it: in a group the board's line names them, at the head
    # ("🎭 @alice got @mei!"), said once (ops30: a line of its own named them again, "@mei's
    # guess walked right into it"); "your guess" was nobody's in an open prank (redteam28)
    ("dropped", "tried", False): ("previous_dropped_tried",),
}
# The line a /prank naming the routine that waits asks it again with (`Engine._asked_again`),
# by how far it got and whether it is said to the friend it waits for, named (in a group)
_ASKED_AGAIN: dict[tuple[Progress, bool], str] = {
    ("unanswered", False): "same_one_waiting",
    ("unanswered", True): "same_one_waiting_for",
    ("tried", False): "same_one_open",
    ("tried", True): "same_one_open_for",
}
NOT_A_QUESTION = ""  # the ticket of a reply to a bot message that asked nothing


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
        if message.bot_added:
            return self.added(chat, message)
        if message.in_group and chat.lang is None:
            chat = group_language(chat, message)
        parsed = message.command
        if parsed is None and message.words:
            answered = answer(self.corpus, chat, message)  # compiled, the most common message
            return _spoken_since_offer(answered)
        if not message.words:  # a sticker, a photo: asked for words, the offer no longer last
            return _spoken_since_offer(self.not_text(chat, message))
        assert parsed is not None
        chat = self.drop_unknown(chat)
        if chat.offer is not None and parsed.name != "lang":
            # a command moves on from an offer: it answered none; /lang may (`lang`)
            chat = replace(chat, offer=None)
        lang = language_for(message.sender.language_code, chat.lang)
        name, args = parsed.name, parsed.args
        found = self.commands.get(name)
        if found is None:
            if message.in_group:
                return Response([], chat, handled=False)
            meant = self.commands.nearest(name[:64], in_group=message.in_group)
            # quoted as a name is shown (redteam27: a right-to-left override in it, echoed
            # raw, turned the rest of the line round)
            shown = isolate(clean_name(f"/{name[:64]}"))
            text = (
                say("unknown_command_meant", lang, command=shown, meant=f"/{meant}")
                if meant
                else say("unknown_command", lang, command=shown)
            )
            return Response([Reply(text, quote="incoming")], chat)
        if found.command.admin and not message.admin:
            return self._say(chat, "not_admin", lang)
        if not found.command.works_in(message.in_group):
            return self._say(chat, "private_only" if message.in_group else "group_only", lang)
        return Response([], chat, call=Call(found, args, lang, chat))

    def added(self, chat: ChatState, message: Incoming) -> Response:
        """The bot added to a group by the message's sender, a person (a front end says so of
        no other add: an anonymous admin's, sent as the group, has no one to take a language
        from, and is a turn with no words). A group the bot has no state for (never in it, or
        forgotten: bot/application/retention.py) is greeted, once: what the bot does, how to
        prank a friend, /help; else it learns what it can do only when someone happens to
        send /start. The greeting is in the group's language, the adder's (`group_language`),
        English for an adder with none, and sets it: the same add again, or a re-add to a
        group the bot knows, finds the group known and says nothing. A known group whose
        language is still open takes the adder's, as from anyone first speaking there."""
        if not message.in_group:
            return Response([], chat, handled=False)
        known = chat != ChatState()
        if chat.lang is None:
            chat = group_language(chat, message)
        if known:
            return Response([], chat, handled=False)
        lang = language_for(message.sender.language_code, chat.lang)
        return Response([Reply(say("group_hello", lang))], replace(chat, lang=lang))

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
            return not_for_you(chat, message.ticket, message, lang)
        return courtesy(chat, message.ticket, message, "text_please", lang)

    def expire(self, chat: ChatState, now: float) -> Response:
        """Reveal every prank whose time is up. For a prank started in a group (Prank.in_group),
        where several may wait and the reveal comes minutes after the question, it says whose
        prank it was and (briefly) which question it answers."""
        chat = self.drop_unknown(chat)
        replies, endings = [], []
        for ticket, prank in sorted(chat.pranks.items()):
            if prank.until <= now:
                routine = self.corpus.routines[prank.routine]
                revealed, _ = step(routine, prank.state, None, prank.lang)
                chat, ending, left, noted = self._left(chat, ticket, "timeout", prank.lang, None)
                if prank.in_group:
                    asked = routine.states[prank.state].say.in_(prank.lang)
                    asked = asked if len(asked) <= 40 else asked[:39] + "…"
                    left += "\n" + self._whose(prank, asked)
                text = "\n".join([left, *revealed, *noted])
                replies.append(Reply(text, ticket=ticket, quote="question"))
                endings.append(ending)
        return Response(replies, chat, endings=endings)

    @staticmethod
    def _whose(prank: Prank, asked: str) -> str:
        """A group's reveal's line of whose prank it was, of the question `asked`, naming
        the one it was aimed at (who wandered off), as the question named them: by their
        label (a @username mentions them), isolated (ops22: the reveal of a prank aimed at
        someone who wandered off named only its starter)."""
        by = isolate(prank.by.label)
        victim = prank.target
        if victim is None or victim.is_same(prank.by):  # anyone's to answer: nobody named
            return say("timeout_whose", prank.lang, by=by, question=asked)
        target = isolate(victim.label)
        return say("timeout_whose_for", prank.lang, by=by, target=target, question=asked)

    def drop_unknown(self, chat: ChatState) -> ChatState:
        """Forget pranks whose routine or state left the corpus (e.g. after an edit)."""
        return drop_unknown(self.corpus, chat)

    def validate(self, chat: ChatState) -> None:
        """Raise ValueError unless `chat` is consistent with this corpus and survives JSON."""
        ChatState.from_json(json.loads(json.dumps(chat.to_json())))
        for prank in chat.pranks.values():
            routine = self.corpus.routines.get(prank.routine)
            if routine is None or prank.state not in routine.states:
                raise ValueError(f"prank in unknown routine/state {prank.routine}/{prank.state}")

    def help_text(self, lang: str, in_group: bool | None = None, lab: bool = True) -> str:
        """Every command a user may call, with its line of help, and how groups work; with
        `lab`, what the network's settings mean and why a prank bot has one."""
        lines = [say("help_title", lang)]
        lines += [f"/{name} — {text}" for name, text in self.commands.menu(lang, in_group)]
        lines.append(say("group_howto", lang))
        if lab and "xor" in self.commands:
            lines += [say(key, lang) for key in ("gate_explained", "lab_terms", "lab_origin")]
        return "\n".join(lines)

    # -- commands -----------------------------------------------------------------------------

    @command("start", Text("开始", "Start"))
    def start(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        """Welcome; or, through a prank link (t.me/bot?start=CODE), straight into its prank."""
        if message.link is not None and not message.in_group:
            return self._open_link(chat, message, message.link, lang, args[1:])
        # The commands, without the network's glossary: a first hello ended on epochs,
        # learning rates and activations, eight lines no prank needs (newuser27); /help and
        # /train help say them
        text = say("welcome", lang) + "\n\n" + self.help_text(lang, message.in_group, lab=False)
        return Response([Reply(text)], chat)

    def _open_link(
        self,
        chat: ChatState,
        message: Incoming,
        link: LinkOpened,
        lang: str,
        after: list[str] | None = None,
    ) -> Response:
        """The link's prank, played with whoever opened it. A stale or unknown link gets a
        clear line and starts nothing: a prank it started would drop the one waiting in this
        chat (a link's too, whose owner would hear "never answered" of someone who had no
        chance to). A routine that plays only in another language than the opener's is
        offered as /prank offers it, with /start CODE anyway, which opens the link again (its
        owner's own try plays it: they chose it) (newuser23: a Chinese pun was played to an English
        chat, its question in Chinese, with no word of why); `after`: the words after the
        link's code (/start CODE anyway plays it)."""
        if link.routine is None or link.routine not in self.corpus.routines:
            return Response([Reply(say("link_stale", lang))], chat)
        routine = self.corpus.routines[link.routine]
        if not (link.own or routine.plays_in(lang) or self._without_anyway(after or [])[1]):
            other, title = self._played_elsewhere(routine, lang)
            chat = self._offered(chat, message, f"/start {link.code}")
            return self._say(chat, f"link_plays_only_{other}", lang, title=title, code=link.code)
        started = self._play(chat, message, routine, None, lang)
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
        mentions = [a[1:] for a in args if a.startswith("@") and is_username(a[1:])]
        aimed = any(a.startswith("@") for a in args)
        names, anyway = self._without_anyway(names)
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
                name = echoed(named, 32)
                return self._say(chat, "prank_not_username", lang, name=name)
            if target is None:
                return self._say(chat, "prank_who", lang)  # a bare @: whom was it meant for?
        if mentions:
            target = Person(None, "@" + mentions[0], mentions[0])
        refused = self._no_target(chat, message, mentions, target, lang)
        if refused is not None:
            return refused
        if not names:
            return self._play(chat, message, None, target, lang)
        # The author's own written routines first (in a group, the group's pack too), then
        # the corpus's by id or title, then the public written ones, then the corpus's by a
        # word, a part, a typo or a word of its question (did you mean).
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
            # a joke or a story asked of /prank (/prank 笑话): the command that tells one
            words = self.corpus.words
            if _asks_for(" ".join(names), words.prank_asks_joke, words.prank_asks_around):
                pointed = self._say(chat, "prank_asks_joke", lang)
                return self._still_waiting(pointed, message, lang)
            if _asks_for(" ".join(names), words.prank_asks_story, words.prank_asks_around):
                pointed = self._say(chat, "prank_asks_story", lang)
                return self._still_waiting(pointed, message, lang)
        mentioned = bool(mentions) or any(a.startswith("@") for a in args)
        if (
            message.in_group
            and not mentioned
            and len(names) == 1
            and is_username(names[0])
            and found.how not in (EXACT, WORDS)
        ):  # a lone word that may be a username, not a routine's word: a friend, @ forgotten
            return self._say(chat, "did_you_mean", lang, name=names[0][:64])
        # Only what plays in the chat's language is offered there (ops29: /prank love line in
        # an English chat listed thirteen Chinese ones); one routine a name fits is still
        # named, with the language it needs (plays_only_*), as a name asks for that one.
        here = tuple(r for r in found.routines if anyway or r.plays_in(lang))
        routine = found.one if found.how != QUESTION else None
        if (found.how == QUESTION or not found.own) and len(here) <= 1:
            # a word only its question holds is offered, not played: 猫 is in the pig's
            # question, no name of it (ops29); the words people name it by are `also_called`.
            # So is a part or a typo of an other name's word, or a typo of a short word
            # (`Found.own`: horse for square house's "house", goat for "got": ops30c)
            unknown = self._unknown(chat, " ".join(names), mentions, lang, here)
            return self._still_waiting(unknown, message, lang)
        if routine is None and len(here) == 1:
            routine = here[0]
        elif routine is None and here:
            choices = self._choices(
                chat, message, " ".join(names), here, mentions, lang, anyway=anyway
            )
            return self._still_waiting(choices, message, lang)
        elif routine is None and found.routines:
            other = ENGLISH if lang != ENGLISH else SIMPLIFIED
            elsewhere = self._say(
                chat, f"named_plays_only_{other}", lang, name=echoed(" ".join(names))
            )
            return self._still_waiting(elsewhere, message, lang)
        if routine is None:
            unknown = self._unknown(chat, " ".join(names), mentions, lang)
            return self._still_waiting(unknown, message, lang)
        if not routine.plays_in(lang) and not anyway:
            other, title = self._played_elsewhere(routine, lang)
            tail = "".join(f" @{m[:32]}" for m in mentions[:1])
            chat = self._offered(chat, message, f"/prank {routine.id}{tail}")
            offer = self._say(
                chat, f"plays_only_{other}", lang, title=title, id=routine.id, tail=tail
            )
            # its message noted as the offer's: a yes replying to it takes the offer
            offer.replies[0].ticket = OFFERED
            return self._still_waiting(offer, message, lang)
        again = self._asked_again(chat, message, routine, target, lang)
        if again is not None:
            return again
        return self._play(chat, message, routine, target, lang)

    def _asked_again(
        self, chat: ChatState, message: Incoming, routine: Routine, target: Person | None, lang: str
    ) -> Response | None:
        """A /prank in a private chat naming the routine whose first question waits there,
        unanswered, in the chat's language, or in a group the sender's own such prank on the
        friend it names again: that question once more, saying it is still open (to the
        friend, in a group), or None. Called off and asked anew, it read as a slip ("(That
        leaves the last one unanswered. New one:)" over the same question: newuser27,
        /prank 属相 then /prank 生肖; ops28, /prank @bob moses twice in a group). So is one whose
        guess got the hint, still open (`_ASKED_AGAIN`): its hint and that guess kept, nothing
        ended (ops29: it told the punchline, scored the guess's fall, then asked the same
        question anew, as if the punchline were still to come). Its waits on
        answers that said nothing go on counting (MAX_IDLE_WAITS in a row), and its deadline
        is set anew, as the /prank asked anew would have set it, after a wait too (carry27:
        `wait` keeps the deadline of a wait on an answer that said nothing, so one "let me
        think" before it kept the old one). (One aimed at someone is not asked here: in
        private, `_play` refuses it; in a group, one aimed at nobody and unanswered is asked
        anew, as its question names nobody to say it waits for; one a friend's guess got the
        hint in is still going, said to anyone.)"""
        if message.in_group:
            if message.sender.is_chat:  # a chat speaking is nobody: see _play
                return None
            waiting = [
                (ticket, prank)
                for ticket, prank in chat.pranks.items()
                if prank.by.is_same(message.sender) and same_answerer(prank.target, target)
            ]
            named = target is not None
            if target is None and any(self.progress(p) != "tried" for _, p in waiting):
                return None
        elif target is None:
            waiting = list(chat.pranks.items())
            named = False
        else:
            return None
        if len(waiting) != 1:
            return None
        ticket, prank = waiting[0]
        progress = self.progress(prank)
        if (
            prank.routine != routine.id
            or prank.lang != lang
            or progress not in ("unanswered", "tried")
        ):
            return None
        said = [say(_ASKED_AGAIN[progress, named], lang), routine.states[prank.state].say.in_(lang)]
        renewed = replace(prank, until=message.now + routine.timeout)  # kept by `wait` as set
        return wait(chat, ticket, renewed, routine, message, said, idle=prank.idle)

    def _still_waiting(self, started_nothing: Response, message: Incoming, lang: str) -> Response:
        """A /prank in a private chat that started nothing (no routine of that name, several,
        or an offer to play one in another language), while the last prank waits: the reply
        names its question, since the next words answer it (newuser25: "/prank 生肖" found
        nothing, then "我属猴" got the elephant routine's punchline, for a question the player
        thought gone, as a /prank that starts one calls the last one off; "yes" to the offer
        got the waiting riddle's hint, "anyway" its answer)."""
        chat = started_nothing.chat
        if message.in_group or not chat.pranks:
            return started_nothing  # in a group, the starter's pranks wait for others
        prank = chat.pranks[max(chat.pranks, key=int)]
        routine = self.corpus.routines.get(prank.routine)
        if routine is None or prank.state not in routine.states:
            return started_nothing
        question = routine.states[prank.state].say.in_(prank.lang)
        first, *rest = started_nothing.replies
        text = first.text + "\n" + say("still_waiting", lang, question=question)
        return replace(started_nothing, replies=[replace(first, text=text), *rest])

    @staticmethod
    def _played_elsewhere(routine: Routine, lang: str) -> tuple[str, str]:
        """For the offer to play a routine all the same: the language it plays in (zh or en),
        and its title as the offer names it to a reader of `lang`."""
        other = ENGLISH if ENGLISH in routine.plays else SIMPLIFIED
        if routine.title.written_in(lang):
            return other, say("quoted_title", lang, title=routine.title.in_(lang))
        return other, say("untitled_routine", lang)  # no English title to a Chinese reader

    @staticmethod
    def _offered(chat: ChatState, message: Incoming, command: str) -> ChatState:
        """`chat` remembering the offer just made to the sender: `command` (with "anyway",
        as the offer writes it) plays it, for OFFER_SECONDS (`offer_taken`)."""
        offer = Offer(f"{command} anyway", message.sender.key, message.now + OFFER_SECONDS)
        return replace(chat, offer=offer)

    def offer_taken(self, chat: ChatState, message: Incoming) -> Incoming:
        """`message`, or, where it takes the chat's offer, the command the offer said to send
        (`Offer`): a bare "照玩" or "anyway" (with a word of assent before it, a particle or
        a mark after it, as the command's word is read: `_without_anyway`), or a plain yes
        to it, words of assent alone (the lexicon's anyway_leads: "yes", "ok", "sure", 好啊,
        可以, 得: ops26, "Play it anyway?" was answered so and not taken), from whoever it was
        offered to, before it lapses, answering no waiting prank's question, said to nobody
        else (a reply to a friend's message is theirs: `_said_to_another`). A plain yes is
        never taken where a prank's question waits for its sender's answer (`ticket_for`):
        there it is an answer. Asked by the turn before it looks up what a command refers to
        (the prank link a /start CODE opens), so the offer plays as the command it stands
        for does."""
        offer = chat.offer
        if (
            offer is None
            or message.command is not None
            or not message.words
            or message.now > offer.until
            or message.sender.key != offer.to
            or message.ticket in chat.pranks
            or _said_to_another(message)
        ):
            return message
        # a mark that may close a word of assent parts it from the next, as a space does
        # (newuser26: 好啊，来 and 好，可以 were one word, no word of assent, and not taken)
        lexicon = self.corpus.words
        marks = "".join(sorted(lexicon.anyway_marks | lexicon.anyway_lead_marks))
        words = _without_tone(message.text.translate(_spaced(marks)).split())
        if not words or len(words) > 3:  # "ok 照玩", "好吧 照玩 啦": never a sentence
            return message
        rest, anyway = self._without_anyway(words)
        leads, closers = lexicon.anyway_leads, lexicon.anyway_lead_closers
        said = [said for word in rest if (said := word.casefold().rstrip(closers))]
        if any(word not in leads for word in said):
            return message
        if not anyway and (
            not said
            or (
                message.ticket != OFFERED
                and not offer.last
                and ticket_for(chat, message) is not None
            )
        ):
            # a plain yes: an answer to the question that waits for it, unless it replies
            # to the offer's own message or comes right after the offer, the bot's last
            # message in the chat (ops28b: about the offer, as a friend hears it)
            return message
        return replace(message, text=offer.command, command=None)

    def _without_anyway(self, names: list[str]) -> tuple[list[str], bool]:
        """A /prank's names without the word that plays a routine in any language (the
        lexicon's anyway_words), and whether it was there: the last word, as the offer writes it, or as people type
        it after the offer (newuser23): closed by a particle or a mark (照玩吧, 照玩啦,
        "anyway!"), after a word of assent (ok 照玩), or glued to the name (十把刀照玩,
        ten-knives照玩). Read as part of the name, each found no routine. Read as shown, its
        invisible marks gone (`clean_name`): a joiner or a right-to-left mark in it left it
        unread, and the name echoed without the mark (redteam24)."""
        said = _without_tone(names)
        if not said:
            return names, False
        lexicon = self.corpus.words
        closers = lexicon.anyway_closers
        shown = clean_name(said[-1])
        last = shown.casefold().rstrip(closers)
        if last in lexicon.anyway_words:
            rest = said[:-1]
        else:
            glued = next(
                (w for w in lexicon.anyway_words if last.endswith(w) and len(last) > len(w)),
                None,
            )
            if glued is None:
                return names, False
            rest = [*said[:-1], shown[: len(last) - len(glued)]]
        if rest:  # the assent before it, a word of its own or glued (好，照玩)
            before = rest[-1].casefold().rstrip(lexicon.anyway_lead_closers)
            if not before or (len(rest) > 1 and before in lexicon.anyway_leads):
                rest = rest[:-1]
        return rest, True

    def _no_target(
        self,
        chat: ChatState,
        message: Incoming,
        mentions: list[str],
        target: Person | None,
        lang: str,
    ) -> Response | None:
        """The one check of whom a /prank is aimed at (the @mention, else the message it
        replies to): the line refusing it, or None. Nobody pranks the bot (@TaoluBot, or
        /prank replying to one of its messages: no one would be its target, and anyone's
        "huh" was taken as an answer) nor themselves (/prank @me, or replying to one's own
        message): the line refusing it says how to prank a friend. Nor a chat (a reply to a
        message an anonymous admin sent as the group, or a channel posted: `Person.is_chat`),
        which is nobody in particular: any admin could answer it as the group (ops29)."""
        bot = any(m.casefold() == self.own_username.casefold() for m in mentions)
        if bot or (not mentions and message.reply_to_bot and message.in_group):
            return self._say(chat, "prank_the_bot", lang, name="@" + self.own_username)
        if target is not None and message.in_group and target.is_same(message.sender):
            return self._say(chat, "prank_yourself", lang)
        if target is not None and target.is_chat:  # a message sent as the group: nobody's
            return self._say(chat, "prank_not_a_person", lang)
        return None

    def _play(
        self,
        chat: ChatState,
        message: Incoming,
        routine: Routine | None,
        target: Person | None,
        lang: str,
    ) -> Response:
        """Ask `routine` (None: the next of the chat's deck), aimed at `target` in a group.

        A new /prank calls off the one it would stand beside, and its question says so:
        in a private chat, whichever waits (one routine at a time); in a group, the
        sender's own waiting prank for the same answerer (the same target, or both aimed at
        nobody), as a friend who asks again means "another one" (newuser19: it waited on,
        unsaid, to be revealed minutes later). Someone else's prank is never called off by
        it: friends prank each other at once in a group, each question answered by a reply
        to it, and nobody's prank is taken from them by another's /prank.

        Nor is one by an anonymous admin, who writes as the group itself: Telegram names no
        one, every anonymous admin is the same sender, and "their own" waiting prank may be
        another admin's. Theirs wait on side by side, as before newuser19: one more question
        waiting (and revealed at its timeout) is a smaller wrong than a prank someone set up
        called off by someone else. They share one starter's share and cooldown, as the one
        sender they appear to be; /cancel, asked for in so many words, still ends theirs."""
        dropped: list[Ending] = []
        if not message.in_group:
            if target is not None:
                return self._say(chat, "private_target", lang)
            replaced = sorted(chat.pranks, key=int)
        else:
            anonymous = message.sender.is_chat  # the group itself, a channel: who is unknown
            replaced = sorted(  # by number, as started: "10" after "9" (the last says `left`)
                (
                    ticket
                    for ticket, prank in chat.pranks.items()
                    if not anonymous
                    and prank.by.is_same(message.sender)
                    and same_answerer(prank.target, target)
                ),
                key=int,
            )
            if len(chat.pranks) - len(replaced) >= MAX_GROUP_PRANKS:
                return self._say(chat, "too_many", lang)
            refusal = self._starter_refusal(chat, message, lang, len(replaced))
            if refusal is not None:
                return refusal
        noted: list[str] = []
        left = ""
        for ticket in replaced:
            chat, ending, left, board_lines = self._left(chat, ticket, "dropped", lang, message)
            dropped.append(ending)
            noted += board_lines
        # Drawn only now: a refused /prank does not use up a card. One played by its name is
        # dealt out of turn, so the next random /prank does not deal it again soon. The
        # deck holds the written routines the chat may be dealt too (bot/conversation/authored.py).
        pool = self._pool(message, lang)
        deck = PRANK_DECKS[ENGLISH if lang == ENGLISH else SIMPLIFIED]
        if routine is None:
            routine_id, chat = self._draw(chat, deck, pool)
            routine = self.corpus.routines[routine_id]
        elif routine.id in pool:
            dealt = (chat.decks.get(deck) or new_deck(self.rng)).deal(routine.id, pool)
            chat = replace(chat, decks={**chat.decks, deck: dealt})
        ticket = str(chat.next_ticket)
        prank = Prank(
            routine.id,
            routine.start,
            message.sender,
            0.0,
            target,
            lang=lang,
            in_group=message.in_group,
        )
        chat = replace(chat, next_ticket=chat.next_ticket + 1)
        said = [routine.states[routine.start].say.in_(lang)]
        if dropped:
            # the board's line heads the ending it reports, as a fall's does ("🎭 @alice got
            # @mei!"): after the line that tells it, it stood between the English "New one:"
            # and the new question (ops29); and it heads the message, before the new
            # prank's @mention, which is the new question's (ops30b); the line is the last
            # dropped one's
            said = [left, *said]
        asked = wait(
            chat, ticket, prank, routine, message, said, opening=True, heading=tuple(noted)
        )
        return replace(asked, endings=dropped) if dropped else asked

    def _pool(self, message: Incoming, lang: str) -> list[str]:
        """What a random /prank deals from here: the corpus's routines that play in `lang`,
        and the written ones the chat may be dealt (bot/conversation/authored.py)."""
        written = self.authored.pool(message.chat_id, lang, message.in_group)
        return [*self.corpus.playable(lang), *written] or sorted(self.corpus.routines)

    def routines_named(self, name: str) -> Found:
        """The routines a name fits: an id, a title in any language, a word or a part of
        them, a typo, a word of the opening question (bot/content/titles.py), by the index
        compiled with the corpus."""
        if name.strip().lower().startswith(PREFIX):  # a written routine's id: not by id
            return Found()
        return self.corpus.titles.find(name)

    def routine_named(self, name: str) -> Routine | None:
        """The one routine a name fits ("ten-knives", "十把刀", "knives"), or None."""
        return self.routines_named(name).one

    def _choices(
        self,
        chat: ChatState,
        message: Incoming,
        name: str,
        fits: Sequence[Routine],
        mentions: list[str],
        lang: str,
        anyway: bool = False,
    ) -> Response:
        """Several routines that play here fit (`anyway`: in any language): which one? A fair
        sample of a kind, where the first five by id were listed every time (ops29: /prank
        riddle): those this chat has not been dealt this round first, then those its deck
        never deals (told only by id), then the dealt, each part shuffled afresh: in the
        deck's own order they foretold what a random /prank deals next, to a friend who
        would see through it (redteam29: ten chats of ten). The rest are /list WORD's, with
        "anyway" where it was typed: /list WORD alone lists what plays here (redteam29: 28
        more promised, 23 listed in all)."""
        deck = PRANK_DECKS[ENGLISH if lang == ENGLISH else SIMPLIFIED]
        current = chat.decks.get(deck) or new_deck(self.rng)
        chat = replace(chat, decks={**chat.decks, deck: current})  # the deck /prank deals from
        order = list(current.order(self._pool(message, lang)))
        dealt = {
            rid for n, rid in enumerate(order) if n < current.position or current.skip >> n & 1
        }
        in_deck = set(order)  # not: told only by id, never dealt, so never marked dealt
        ranked = sorted(fits, key=lambda r: r.id)
        self.rng.shuffle(ranked)
        ranked.sort(key=lambda r: (r.id in dealt, r.id not in in_deck))  # stable: shuffled
        lines = [say("routine_choices", lang, name=echoed(name))]
        lines += self._listed(ranked[:MAX_CHOICES], mentions, lang)
        if len(ranked) > MAX_CHOICES:
            more = len(ranked) - MAX_CHOICES
            command = f"/list {echoed(name, LIST_NAME_LIMIT)}" + (" anyway" if anyway else "")
            lines.append(say("routine_choices_more", lang, count=more, command=command))
        return Response([Reply("\n".join(lines), quote="incoming")], chat)

    @staticmethod
    def _ranked(found: Found, lang: str) -> list[Routine]:
        """The routines a name fits, those played in the chat's language first."""
        return sorted(found.routines, key=lambda r: (not r.plays_in(lang), r.id))

    def _unknown(
        self,
        chat: ChatState,
        name: str,
        mentions: list[str],
        lang: str,
        near: Sequence[Routine] | None = None,
    ) -> Response:
        """No routine is named so: the closest ones that play here, if any are close
        (`TitleIndex.near`: /prank 岁数 lists guess-my-age; or `near`, the one whose question
        holds the word), and /list."""
        if near is None:
            near = self.corpus.titles.near(name, lang)
        if not near:
            return self._say(chat, "unknown_routine", lang, name=echoed(name))
        lines = [say("unknown_routine_near", lang, name=echoed(name))]
        lines += self._listed(near, mentions, lang)
        lines.append(say("unknown_routine_list", lang))
        return Response([Reply("\n".join(lines), quote="incoming")], chat)

    @staticmethod
    def _listed(routines: Sequence[Routine], mentions: list[str], lang: str) -> list[str]:
        """A line per routine to pick from: the /prank that plays it (on the @friend named),
        and its title, in the chat's language where it plays there, else in English."""
        tail = "".join(f" @{m[:32]}" for m in mentions[:1])
        lines = []
        for routine in routines:
            shown = lang if routine.plays_in(lang) or not routine.title.en else ENGLISH
            lines.append(f"  /prank {routine.id}{tail} — {routine.title.in_(shown)}")
        return lines

    def _draw(self, chat: ChatState, deck: str, ids: Sequence[str]) -> tuple[str, ChatState]:
        """The next of `ids` from the chat's deck `deck`: each comes once before any repeats."""
        current = chat.decks.get(deck) or new_deck(self.rng)
        chosen, after = current.draw(ids, self.rng)
        return chosen, replace(chat, decks={**chat.decks, deck: after})

    def _starter_refusal(
        self, chat: ChatState, message: Incoming, lang: str, replacing: int
    ) -> Response | None:
        """In a group, one member may run a few pranks at a time (`replacing` of theirs are
        called off by this one), a few seconds apart."""
        mine = [p for p in chat.pranks.values() if p.by.is_same(message.sender)]
        if len(mine) - replacing >= PRANKS_PER_STARTER:
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
        keyboard of the routines, a page at a time (`/list N`: page N), whose tap plays one.
        `/list WORD`: the routines the word fits, as /prank offers them (`routines_named`),
        all of them where /prank shows five (`/list WORD anyway`: in any language, as /prank
        WORD anyway offers them); a word nothing fits (a page number too) gets the whole
        list, as before."""
        words, anyway = self._without_anyway(args)
        name = " ".join(words)
        found = self.routines_named(name) if words and not words[0].isdecimal() else Found()
        if found.routines:
            lines = [say("list_named", lang, name=echoed(name))]
            ranked = self._ranked(found, lang)
            # what /prank WORD's "more" counts (or /prank WORD anyway's)
            here = [r for r in ranked if anyway or r.plays_in(lang)]
            lines += self._listed(here or ranked, [], lang)
            return Response([Reply("\n".join(lines), quote="incoming")], chat)
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
            return self._say(chat, "lang_unknown", lang, name=echoed(named, 32))
        if wanted is None:
            current = say(f"lang_name_{lang}", lang)
            return self._say(chat, "lang_usage", lang, current=current)
        if message.in_group and not message.chat_admin:
            # who can, and how to ask them for the language this member wanted
            name = say(f"lang_name_{wanted}", lang)
            return self._say(chat, "lang_admins_only", lang, name=name, code=wanted)
        name = say(f"lang_name_{wanted}", wanted)
        lines = [say("lang_set", wanted, name=name)]
        offer = chat.offer
        if (
            offer is not None
            and offer.to == message.sender.key
            and message.now <= offer.until
            and (wanted == ENGLISH) != (lang == ENGLISH)
        ):
            # the routine offered plays only in the other of Chinese and English: switched to
            # it, the offer's command plays it without "anyway" (newuser26: a reader of Chinese
            # offered "Play it anyway?" switched with /lang zh, and heard nothing of it)
            command = offer.command.removesuffix(" anyway")
            lines.append(say("lang_offer_plays", wanted, command=command))
        pranks, told = self._switched(chat, wanted, name)
        lines += told
        switched = replace(chat, lang=wanted, offer=None, pranks=pranks)
        return Response([Reply("\n".join(lines))], switched)

    def _switched(
        self, chat: ChatState, wanted: str, name: str
    ) -> tuple[dict[str, Prank], list[str]]:
        """The chat's open pranks after /lang `wanted`, and the line that says what became of
        them (ops30b: a prank asked before /lang revealed at its timeout in the old language).
        Each whose routine is written in `wanted` carries on in it, its own lines and the
        bot's; one with no text in it (mama-song, Chinese only, after /lang en) keeps its own
        lines in the variety it was asked in (`answering.answer`), said so."""
        pranks: dict[str, Prank] = {}
        stays: str | None = None
        for ticket, prank in chat.pranks.items():
            if self.corpus.routines[prank.routine].written_in(wanted):
                prank = replace(prank, lang=wanted)
            else:
                stays = prank.lang
            pranks[ticket] = prank
        if not pranks:
            return pranks, []
        if stays is not None:
            other = say(f"lang_name_{stays}", wanted)
            return pranks, [say("lang_open_stays", wanted, name=name, other=other)]
        return pranks, [say("lang_open_follows", wanted, name=name)]

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
        chat, ending, left, noted = self._left(chat, ticket, "cancel", lang, message)
        reply = Reply("\n".join([left, *noted]), ticket=ticket, quote="incoming")
        return Response([reply], chat, endings=[ending])

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
                    say(
                        "stats_row",
                        lang,
                        rank=i,
                        name=isolate(names[k]),
                        count=getattr(s, attribute),
                    )
                    for i, (k, s) in enumerate(ranked, 1)
                ]
        return Response([Reply("\n".join(lines))], chat)

    @command("help", Text("帮助", "Help", zh_hant="說明"))
    def show_help(self, chat: ChatState, message: Incoming, args: list[str], lang: str) -> Response:
        return Response([Reply(self.help_text(lang, message.in_group))], chat)

    # -- routines -----------------------------------------------------------------------------

    def progress(self, prank: Prank) -> Progress:
        """How far `prank` got: "fell" (a fall on the way, which stands), "tried" (a real
        attempt hinted where the reveal is the prank: a fall once it ends, `fell_by_trying`),
        "partway" (an earlier question answered: it is past its first state) or
        "unanswered"."""
        if prank.fell:
            return "fell"
        routine = self.corpus.routines.get(prank.routine)
        if (
            routine is not None
            and prank.state in routine.states
            and fell_by_trying(routine, prank) is not None
        ):
            return "tried"
        if routine is not None and prank.state != routine.start:
            return "partway"
        return "unanswered"

    def left_line(self, prank: Prank, how: str, lang: str, message: Incoming | None) -> str:
        """The line a prank that no answer ended is ended with, by how far it got (`progress`):
        `how` is "cancel" (a /cancel, `message`), "dropped" (a new /prank, `message`) or
        "timeout". A fall on the way is said to stand, of whoever fell (in a group, the
        target, not the starter told: as "you" where the new question is put to them); a prank
        answered partway is not said to be unanswered; a hinted guess's fall is told with the
        punchline it fell for. The lines are `_LEFT_LINES`'s."""
        progress = self.progress(prank)
        victim = prank.target or prank.by
        # whose hinted guess fell is the board's line's to say, in a group ("that guess" here)
        of_another = (
            message is not None and message.in_group and progress == "fell"
        ) and not victim.is_same(message.sender)
        reveal = ""
        if progress == "tried":
            reveal = self.corpus.routines[prank.routine].states[prank.state].reveal.in_(prank.lang)
        values = {"reveal": reveal, "target": isolate(victim.label)}
        return "\n".join(say(key, lang, **values) for key in _LEFT_LINES[how, progress, of_another])

    def _left(
        self, chat: ChatState, ticket: str, how: str, lang: str, message: Incoming | None
    ) -> tuple[ChatState, Ending, str, list[str]]:
        """The one path of a prank that no answer ended (`how`: "timeout", "cancel", or
        "dropped" for a new /prank beside which it would stand): the chat without it, its
        ending (`_ending`: a fall on the way or a hinted guess's fall kept), its line
        (`left_line`) and, started in a group, the board's line after it (`boarded`): the
        fall said once, there, by name. (ops30: the three ends each built their own, and a
        new /prank's named the guesser twice, on the board and in its line.)"""
        prank = chat.pranks[ticket]
        ending = self._ending(ticket, prank, TIMED_OUT if how == "timeout" else CALLED_OFF)
        line = self.left_line(prank, how, lang, message)
        chat = chat.with_prank(ticket, None)
        noted: list[str] = []
        if prank.in_group if message is None else message.in_group:
            chat, noted = boarded(chat, ending, lang)
        return chat, ending, line, noted

    def _ending(self, ticket: str, prank: Prank, outcome: str) -> Ending:
        """How a prank ends that no answer ended (a /cancel, a new /prank, a timeout): as
        `outcome`, unless someone has fallen: on the way, or by a hinted attempt where the
        reveal is the prank (`ended_unanswered`, the one rule an answer's noise follows too)."""
        routine = self.corpus.routines[prank.routine]
        return ended_unanswered(routine, ticket, prank, outcome, prank.target or prank.by)

    # -- helpers ------------------------------------------------------------------------------

    _say = staticmethod(line_reply)

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


def _spoken_since_offer(response: Response) -> Response:
    """The bot said something after its offer: a plain yes is no longer about it (`Offer.last`).
    Whatever the bot answered: a text, a sticker or a photo (ops29: "text please" to a sticker
    left the offer last). A command, a button's tap among them, moves on from an offer at once
    (`route`)."""
    offer = response.chat.offer
    if offer is not None and offer.last and response.replies:
        response.chat = replace(response.chat, offer=replace(offer, last=False))
    return response


def _with_buttons(response: Response, keyboard: Keyboard) -> Response:
    """`response` with `keyboard` under its last reply (none if it says nothing)."""
    if not response.replies:
        return response
    *before, last = response.replies
    return replace(response, replies=[*before, replace(last, buttons=keyboard)])


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


def group_language(chat: ChatState, message: Incoming) -> ChatState:
    """A group's language, the first time anyone there speaks to the bot: the Telegram
    language of whoever did (newuser18: a group answered each member in their own app's
    language, so one group read in several, and what it says to no member, an apology, in
    English). One language for a group, whose members read each other's pranks; /lang
    changes it. A sender without one (an anonymous admin, a channel) leaves it to the next
    who has one. Whoever adds the bot and chose a language with /lang in their private chat
    with it gives the group that one (`Incoming.chosen_in_private`): what they chose to read
    the bot in, over what their app happens to be set to."""
    code, chosen = message.sender.language_code, message.chosen_in_private
    if chosen in LANGUAGES or code:
        return replace(chat, lang=language_for(code, chosen))
    return chat


def _said_to_another(message: Incoming) -> bool:
    """Whether a message replies to someone else's message (not the bot's, not the sender's
    own): in a group, words said to that friend ("ok" to "lunch?"), no answer to the bot
    (redteam26: a plain yes to the offer, replying to a friend, started the prank)."""
    return message.replied is not None and not message.replied.is_same(message.sender)


@cache
def _spaced(marks: str) -> dict[int, str]:
    """A table turning each of `marks` into a space: built once per lexicon's marks."""
    return str.maketrans(dict.fromkeys(marks, " "))


def _without_tone(words: list[str]) -> list[str]:
    """`words` with the emoji, symbols and marks that close the last of them taken off, and
    words of nothing else dropped from the end ("anyway‼️", "照玩 👍", "ok anyway 🙃"): they
    give the word a tone, not a meaning (redteam25: the offer was not taken with them). A word
    with letters between its marks is left as typed."""
    kept = list(words)
    while kept:
        last = kept[-1]
        end = len(last)
        while end and unicodedata.category(last[end - 1]) in _TONE_MARKS:
            end -= 1
        if end:
            kept[-1] = last[:end]
            return kept
        kept.pop()
    return kept


def _asks_for(name: str, words: frozenset[str], around: frozenset[str]) -> bool:
    """Whether `name` is one of a lexicon list's entries, compared whole as a title is, once
    the words `around` a request are taken off either end, longest first (the lexicon's
    prank_asks_joke, prank_asks_story and prank_asks_around: /prank 笑话, 给我讲个笑话吧,
    講個笑話嚟聽吓, "can you tell me a joke please")."""
    key = title_key(name)
    wanted = _keys_of(words)
    arounds = _longest_first(around)
    while key not in wanted:
        shorter = next(
            (
                key[len(word) :] if key.startswith(word) else key[: -len(word)]
                for word in arounds
                if len(word) < len(key) and (key.startswith(word) or key.endswith(word))
            ),
            None,
        )
        if shorter is None:
            return False
        key = shorter
    return True


@cache
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    """A lexicon list's entries as names are compared (`title_key`), longest first, built once."""
    return tuple(sorted(_keys_of(words), key=lambda word: (-len(word), word)))


@cache
def _keys_of(words: frozenset[str]) -> frozenset[str]:
    """A lexicon list's entries as names are compared whole (`title_key`), built once a list."""
    return frozenset(title_key(word) for word in words)
