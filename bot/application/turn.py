"""One turn: a message, or a prank's deadline, from the adapter to the outbox and back.

    adapter ──Incoming──▶ Turns.take ──(chat, message)──▶ Engine.handle: Engine.route, and
                              │                            a conversation command's
                              │                            Registered.run(request) → Answered
                              │ ◀──── Response (another command: its Call) ───┘
                              ├─ save the chat (the update marked handled in the same transaction)
                              ├─ Outbox.send each reply ─▶ remember which message asks what
                              ├─ forget the questions of the pranks that ended
                              ├─ Outbox.tell a link's owner how their prank went
                              ├─ Outbox.set_timers to the chat's deadlines
                              └─ any other command: Outbox.start(Registered.run(request), its
                                 events shown one by one)

Every command is run the same way, through the one protocol of bot/conversation/commands.py
(`Registered.run`: a `CommandRequest` in, what it says out); the conversation's, which change
the chat's state, are run before the save, the others after it, in the background.

A tap on a button under one of the bot's messages (`tap`) is checked (signed by this bot, not
expired, live on the message tapped: bot/application/buttons.py) and then taken as the command
it stands for, from whoever tapped; a /list page tap edits that message's keyboard instead.

`expire_due` is the same path for a deadline: claim it, load the chat, `Engine.expire`, and
the same delivery. The chat's state is loaded once per turn and saved once, before anything is
sent, so a crash after sending never leaves a prank the bot forgot. Adapters implement
`Outbox` (send and return the message's id, show a command's event, tell another chat, run in
the background, keep timers) and never touch a chat's state.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator, Coroutine, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from bot import metrics
from bot.application.buttons import ButtonSigner, Keys, Tap
from bot.application.services import Services
from bot.application.throttle import Throttle, Verdict
from bot.config import DEFAULT_SWEEP_SECONDS
from bot.conversation.answering import OFFERED, Call, Ending, Incoming, Reply, Response, unboarded
from bot.conversation.buttons import LIST
from bot.conversation.commands import Event, Tell
from bot.conversation.engine import NOT_A_QUESTION
from bot.conversation.records import tallies, withdrawn
from bot.conversation.state import ChatState, Prank, isolate
from bot.i18n.catalogue import say
from bot.i18n.language import language_for
from bot.storage import Storage, StorageError

log = logging.getLogger(__name__)

# A timeout's reveal that never left (Telegram could not be reached) is tried again after
# the sweep's interval, then after twice as long each time (`retry_wait`), at most after
# this many doublings: with the 5 s sweep, 5, 10, 20 … 320 s (five minutes and a bit), so
# an hour's outage costs a chat a dozen tries, not one every sweep (review21).
REVEAL_RETRY_DOUBLINGS = 6


# The rest of a turn whose later reply certainly never left (`Unsaid`) is tried again as a
# timeout's reveal is (`retry_wait`), this many times at most (with the 5 s sweep, some
# forty minutes), then given up and logged: a turn's lines said an hour late answer nothing.
UNSAID_TRIES = 12


def retry_wait(first: float, unsent_reveals: int) -> float:
    """How long a put-back reveal waits before it is tried again, its reveal having never
    left `unsent_reveals` times (1 the first time): `first`, doubled each time after, up to
    REVEAL_RETRY_DOUBLINGS times."""
    return first * (1 << min(max(unsent_reveals - 1, 0), REVEAL_RETRY_DOUBLINGS))


class ChatMovedError(Exception):
    """Raised by `Outbox.send`: the group became a supergroup; its messages go to the new id."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(new_chat_id)
        self.new_chat_id = new_chat_id


class UndeliverableError(Exception):
    """Raised by `Outbox.send`: the chat cannot be reached (the bot was blocked or removed)."""


class UnconfirmedError(Exception):
    """Raised by `Outbox.send`: the message may have reached the chat, but no answer came
    back (a timeout, a connection lost mid-call): whether the chat saw it is unknown."""


class NeverSentError(Exception):
    """Raised by `Outbox.send`: the message was certainly never said (no connection was
    made: nothing went out; or Telegram answered that it failed: a 5xx, flood control past
    the retries), so the chat never saw it and it may be tried again."""


class TurnUnsaidError(NeverSentError):
    """Raised by `Turns._apply`: a turn's first reply certainly never left, so nothing of the
    turn was said; the turn is taken back (`Turns.take`), and the chat's apology asks for the
    message again (carry30b)."""


@dataclass(frozen=True)
class Send:
    """A reply as the outbox sends it: the message it answers (`quote`), whether the addressee's
    client should be asked to reply (a question aimed at someone in a group), and the prank a
    private question may be shared as (`share`: routine id and language); `keys`: the reply's
    buttons, signed."""

    reply: Reply
    quote: int | None = None
    force_reply: bool = False
    share: tuple[str, str] | None = None
    keys: Keys = ()


@dataclass(frozen=True)
class UnsaidReply:
    """A reply of a turn one of whose replies left and this one certainly did not (Telegram
    answered that it failed); `ticket`: its prank's ticket in the chat; `after`, `message`:
    the turn's state and message, as it is sent with (`Turns._send`)."""

    reply: Reply
    ticket: str | None
    after: ChatState
    message: Incoming


@dataclass
class Unsaid:
    """What is left to say in a chat: the replies of its turns that never left after one of
    the turn's did, in order, said once Telegram takes messages again (`Turns._say_unsaid`),
    tried `tries` times so far. The turn's state is saved and some of it was said: taken back,
    or met with "Oops… try again", it left the chat half a turn (ops31)."""

    replies: list[UnsaidReply]
    tries: int = 0


@dataclass(frozen=True)
class Sent:
    message_id: int
    in_group: bool


class Outbox(Protocol):
    """What a front end does for a turn."""

    async def send(self, chat_id: int, message: Send) -> Sent:
        """Deliver a reply; raise ChatMovedError, UndeliverableError, UnconfirmedError or
        NeverSentError."""
        ...

    async def show(self, chat_id: int, event: Event, reply_to: int | None) -> Sent | None:
        """Deliver an event of a command run after the turn; the new message, if one was sent
        (a status line may edit the one before)."""
        ...

    async def tell(self, chat_id: int, text: str) -> None:
        """A message for another chat; one that cannot be delivered is the outbox's to log."""
        ...

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        """Run `work` in the background: a training run must not hold up the chat."""
        ...

    def set_timers(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        """Make the chat's reveal timers match `deadlines` (prank ticket → when)."""
        ...

    async def edit_keys(self, chat_id: int, message_id: int, keys: Keys) -> None:
        """Replace the buttons under one of the bot's messages (a /list page)."""
        ...


class Turns:
    def __init__(
        self,
        services: Services,
        storage: Storage,
        throttle: Throttle | None = None,
        buttons: ButtonSigner | None = None,
        first_retry: float = DEFAULT_SWEEP_SECONDS,
    ) -> None:
        """`first_retry`: how long a timeout's reveal that never left first waits before it
        is tried again (the sweep's interval: see `retry_wait`)."""
        self.services = services
        self.storage = storage
        self.first_retry = first_retry
        self.throttle = throttle or Throttle()
        self.buttons = buttons or ButtonSigner(storage.secret("chat buttons"), services.engine)
        self.unsaid: dict[int, Unsaid] = {}  # by chat: a turn's rest, said before the next

    # -- a message ------------------------------------------------------------------------

    async def take(
        self, message: Incoming, outbox: Outbox, update_id: int | None = None
    ) -> Response:
        """Answer one message, end to end. The caller holds the chat's lock (one turn of a
        chat at a time, on every instance)."""
        chat = self.storage.load_chat(message.chat_id)
        message = self._resolved(message)
        taken = self.services.engine.offer_taken(chat, message)
        if taken is not message:  # a bare "照玩" taking the chat's offer: the command it stands for
            message = self._resolved(taken)
        response, played = self._link_counted(chat, message, await self._respond(chat, message))
        # Where the chat is, and the state found there before the turn moved into it: a send
        # may find the group moved (`_apply`), merged into the supergroup's state.
        landed = [(message.chat_id, chat)]
        try:
            await self._apply(message.chat_id, chat, response, outbox, message, update_id, landed)
        except UnconfirmedError as error:
            # A reply may have been said, and the turn went on (`_apply`: its state saved
            # before the send, the rest of it done after): no "Oops" follows, which would tell
            # the chat the turn failed after a reply it may have read (redteam20). A group's
            # greeting stays said (saved so before the send): said at most once, since a
            # second one (and an apology after the first) is what a group sees of a bot gone
            # wrong, while a greeting lost this way only leaves the group to find /help.
            if message.bot_added:
                log.info("chat %s: the greeting's delivery is unknown: %s", landed[-1][0], error)
                return response
        except TurnUnsaidError:
            # Nothing of the turn was said, and the chat is told "Oops… please try again":
            # the answer is lost, as the apology says, and the turn taken back whole, as a
            # timeout's reveal that never left takes back what its ending scored (carry30):
            # the chat as it was before it (its prank waiting, the board without the fall)
            # and its records' tallies withdrawn. Kept, the board and /stats counted a fall
            # nobody heard (the metrics and link reports skip a turn that raised), and the
            # answer given again met a prank already over (carry30b).
            # The link's play it counted is taken back with it (ops31): kept, a friend's
            # open that nobody heard used up one of the link's plays.
            taken_back = withdrawn(tallies(response.endings, self._link_owner))
            before = _before_the_moves(chat, landed)
            self.storage.save_chat(landed[-1][0], before, tallies=taken_back)
            if played is not None:
                self.services.links.unplayed(played)
            raise
        except Exception as error:
            if isinstance(error, StorageError) or not (message.bot_added and response.replies):
                raise  # not a send that failed (a database's failure comes again as it is)
            # The greeting did not go out: the group never heard it, so it stays a group the
            # bot has not been in, and the next add greets it (an "Oops… try again" that
            # found the group greeted would say nothing to the add it asks for). Where the
            # greeting was last tried: a group that became a supergroup meanwhile is there,
            # its state as it was before the group moved in, with the group's own (`chat`)
            # merged as the move merged it. Saved as the group's alone, that state was
            # saved over the supergroup's, its waiting pranks lost (ops23, redteam23).
            self.storage.save_chat(landed[-1][0], _before_the_moves(chat, landed))
            if not isinstance(error, UndeliverableError):
                raise
            # shut out as it came (removed at once, or no one may write): no one to tell
            log.info("chat %s: the greeting was not delivered: %s", message.chat_id, error)
            return response
        if response.call is not None:
            self._start(response.call, message, outbox)
        return response

    def _resolved(self, message: Incoming) -> Incoming:
        """What the adapter could not know: the prank a reply to the bot answers (None for a
        message never noted, e.g. a question whose note a crash lost: the engine then takes
        the newest prank), the prank link a /start CODE opens, a private /stats's record,
        and the language chosen in private by whoever adds the bot to a group."""
        if message.reply_to_bot and message.reply_to is not None:
            ticket = self.storage.ticket_for(message.chat_id, message.reply_to)
            message = replace(message, ticket=ticket)
        parsed = message.command
        if parsed is not None and parsed.name == "start" and parsed.args and not message.in_group:
            opened = self.services.links.opened(parsed.args[0], message.sender.id)
            message = replace(message, link=opened)
        sender = message.sender.id
        if parsed is not None and parsed.name == "stats" and not message.in_group and sender:
            message = replace(message, record=self.storage.load_record(sender))
        if message.bot_added and message.in_group and sender is not None and sender > 0:
            # whoever added the bot: what they chose with /lang in their private chat with it
            # (a private chat's id is its user's), for the group's language
            chosen = self.storage.chosen_language(sender)
            message = replace(message, chosen_in_private=chosen)
        return message

    def _link_counted(
        self, chat: ChatState, message: Incoming, response: Response
    ) -> tuple[Response, str | None]:
        """`response`, its prank link's play counted where the link started its prank: not
        where it was only offered in another language (counted then and again at "anyway",
        the owner read two plays of one friend: redteam24), nor at its owner's own try. Played
        out meanwhile, the link is stale and the prank does not start. With the code of the
        link whose play it counted (None when none), for a turn taken back to uncount."""
        link = message.link
        if link is None or link.own or link.routine is None:
            return response, None
        started = any(
            prank.link == link.code
            for ticket, prank in response.chat.pranks.items()
            if ticket not in chat.pranks
        )
        if not started:
            return response, None
        if self.services.links.played(link.code):
            return response, link.code
        lang = language_for(message.sender.language_code, chat.lang)
        return Response([Reply(say("link_stale", lang))], chat), None

    async def _respond(self, chat: ChatState, message: Incoming) -> Response:
        """The engine's response, unless a group member is sending commands too fast. Plain
        messages spend the same share when they draw a line: a courtesy line over the
        member's share is left unsaid, an answer to a prank is only counted."""
        member = message.sender.id or 0
        if message.command is not None and message.in_group:
            verdict = self.throttle.check(message.chat_id, member, message.now)
            if verdict is Verdict.DROP:
                return Response([], chat)
            if verdict is Verdict.TELL:
                lang = language_for(message.sender.language_code, chat.lang)
                text = say("slow_down", lang, name=isolate(message.sender.label))
                return Response([Reply(text, quote="incoming")], chat)
        drafting = self.services.authoring.step_for(chat, message)  # a routine being written
        if drafting is not None:
            return Response([], chat, call=drafting)
        response = await self._answered(chat, message)
        if message.bot_added:  # a group's greeting, once a group: the bot's, no member's draw
            return response
        if message.command is None and message.in_group and response.replies:
            if not response.courtesy:
                self.throttle.note(message.chat_id, member, message.now)
            elif self.throttle.check(message.chat_id, member, message.now) is not Verdict.ALLOW:
                return replace(response, replies=[])
        return response

    async def _answered(self, chat: ChatState, message: Incoming) -> Response:
        """The engine's response to `message`. A command that answers inside the turn (the
        conversation's own) is run by `Engine.handle`, through the protocol, so that its
        answer is saved with the turn; any other comes back as the response's call, to start
        after the save."""
        return await self.services.engine.handle(chat, message)

    def _start(self, call: Call, message: Incoming, outbox: Outbox) -> None:
        """A command that does not answer inside the turn runs in the background; its events
        are shown as they come."""
        if call.command.in_turn:  # `Engine.handle` ran it, and a drafting step never is one
            raise TypeError(f"/{call.command.name} answers inside the turn, not after it")
        outbox.start(self._show(message, call.command.run(call.request(message)), outbox))

    async def _show(self, message: Incoming, events: AsyncIterator[Event], outbox: Outbox) -> None:
        reply_to = message.message_id if message.in_group else None
        async for event in events:
            if isinstance(event, Tell):
                await outbox.tell(event.chat_id, event.text)
                continue
            sent = await outbox.show(message.chat_id, event, reply_to)
            if sent is not None and sent.in_group:  # a reply to it is chatter, not an answer
                self.storage.remember_question(message.chat_id, sent.message_id, NOT_A_QUESTION)

    # -- a tap ----------------------------------------------------------------------------

    async def tap(self, tap: Tap, outbox: Outbox, update_id: int | None = None) -> str | None:
        """Answer a tap on a button under one of the bot's messages. Returns what to tell the
        tapper in a word (the adapter shows it briefly): None when the tap was taken, the
        "expired" line when it was forged, replayed, from another message or too old. The
        caller holds the chat's lock, as for a message."""
        pressed = self.buttons.verify(tap.data, tap.now)
        if pressed is not None and pressed.action == LIST and tap.in_group:
            # A page turn edits a message in the group: throttled as the command it stands
            # for (the other taps are, in take), before the keyboard is used up. Said in the
            # tap's answer, which only the tapper sees.
            verdict = self.throttle.check(tap.chat_id, tap.sender.id or 0, tap.now)
            if verdict is not Verdict.ALLOW:
                lang = self.lang_for(tap.chat_id, tap.sender.language_code)
                return say("slow_down", lang, name=tap.sender.label)
        use = pressed is not None and not pressed.keep
        if pressed is None or not self.storage.buttons_bound(
            pressed.token, tap.chat_id, tap.message_id, tap.now, use
        ):
            return say("button_expired", self.lang_for(tap.chat_id, tap.sender.language_code))
        message = Incoming(
            tap.sender,
            pressed.text,
            tap.now,
            tap.in_group,
            admin=tap.admin,
            chat_id=tap.chat_id,
            message_id=tap.message_id,
        )
        if pressed.action != LIST:
            await self.take(message, outbox, update_id)
            return None
        # A page of /list: the same message, its keyboard turned to the page. The chat is
        # saved as answered (as every turn's is), the update marked handled in the same write.
        response = await self._answered(self.storage.load_chat(tap.chat_id), message)
        self.storage.save_chat(tap.chat_id, response.chat, update_id)
        keyboard = response.replies[0].buttons if response.replies else ()
        signed = self.buttons.sign(keyboard)
        await outbox.edit_keys(tap.chat_id, tap.message_id, signed.keys)
        if signed.token is not None:
            self.storage.bind_buttons(signed.token, tap.chat_id, tap.message_id, signed.expires)
        return None

    # -- a deadline -----------------------------------------------------------------------

    async def expire_due(self, now: float, outbox: Outbox, chat_id: int | None = None) -> None:
        """Reveal the pranks due by `now` (of one chat, or of all) that this instance claims.
        Raises StorageError when nothing could be claimed (the next sweep tries again)."""
        claimed = self.storage.claim_reveals(now, chat_id)
        for chat in sorted({chat for chat, _ in claimed}):
            try:
                await self._expire_chat(chat, now, outbox)
            except StorageError as error:  # the claim lapses after its lease: revealed then
                log.warning("chat %s: a timeout's reveal waits: %s", chat, error)

    async def _expire_chat(self, chat: int, now: float, outbox: Outbox) -> None:
        async with self.storage.chat_lock(chat):
            state = self.storage.load_chat(chat)
            response = self.services.engine.expire(state, now)
            if response.chat == state:
                outbox.set_timers(chat, _deadlines(state))
                return
            try:
                await self._apply(chat, state, response, outbox, None, None, revealed_at=now)
            except UndeliverableError as error:  # the prank ends all the same
                log.warning("chat %s: a timeout's reveal was not sent: %s", chat, error)
                outbox.set_timers(chat, _deadlines(response.chat))

    def rearm(self, outbox: Outbox) -> None:
        """Timers for every waiting prank (at start: the deadlines kept in the database)."""
        for chat_id, state in self.storage.chats_with_pranks():
            outbox.set_timers(chat_id, _deadlines(state))

    # -- other events ---------------------------------------------------------------------

    async def migrate(self, old: int, new: int, outbox: Outbox) -> None:
        """A group became a supergroup: its pranks, scores and network go with it. Safe to
        repeat (the second time there is nothing left to move) and onto a chat that has state
        already (a message of the new chat handled first): the two are merged. Both chats'
        locks are taken here, in the one order (`Storage.chats_locked`), whoever calls it:
        polling's handler as the webhook's, which holds them already."""
        if old == new:
            return
        async with self.storage.chats_locked([old, new]):
            moving = self.storage.load_chat(old)
            if moving != ChatState():
                await self._move(old, new, moving)
            else:
                log.info("chat %s moved to %s", old, new)
                self.storage.move_chat(old, new)
        outbox.set_timers(old, {})
        outbox.set_timers(new, _deadlines(self.storage.load_chat(new)))

    async def _move(
        self, old: int, new: int, moving: ChatState
    ) -> tuple[ChatState, ChatState, dict[str, str]]:
        """The old chat's state `moving` merged into the new chat's, saved there, and the old
        chat moved (`move_chat`): the state the new chat had before, the one it has now, and
        the moving pranks' new tickets by their old ones. Saved even onto an empty state: the
        new chat may have a row all the same (its chatter handled first), which move_chat
        keeps, dropping the old chat's.

        The caller holds the old chat's lock (a turn or a reveal of the group, or the word
        that it moved); the new chat's is taken here, after it, in the one order of
        `chat_lock`. Read and written without it, the supergroup's state could change between
        (a turn there, on another instance), and one of the two writes lost the other's
        pranks (redteam23)."""
        async with self.storage.chat_lock(new):
            staying = self.storage.load_chat(new)
            tickets = new_tickets(staying, moving)
            joined = merged(staying, moving)
            self.storage.save_chat(new, joined)
            log.info("chat %s moved to %s", old, new)
            self.storage.move_chat(old, new)
        return staying, joined, tickets

    def lang_for(self, chat_id: int, code: str | None) -> str:
        """The language to answer someone in this chat in (for lines outside a turn: an
        apology after a failure, the playground's own help)."""
        return language_for(code, self.storage.load_chat(chat_id).lang)

    # -- delivery -------------------------------------------------------------------------

    async def _apply(
        self,
        chat_id: int,
        before: ChatState,
        response: Response,
        outbox: Outbox,
        message: Incoming | None,
        update_id: int | None,
        landed: list[tuple[int, ChatState]] | None = None,
        revealed_at: float = 0.0,
    ) -> None:
        """Save, send, remember what asks what, forget what ended, tell, and keep the timers.
        A chat found moved (a group became a supergroup) is moved, and its new id added to
        `landed` with the state found there before the move, for a caller whose send then
        failed. `revealed_at`: the time timeouts'
        reveals were made at (a reveal that never left is tried again from then)."""
        after = response.chat
        first_chat_id = chat_id  # a group found moved goes on at the supergroup's id
        # A group found moved is merged into the supergroup's state, its pranks under new
        # tickets (`merged`): the later sends quote, and note questions by, the new ones.
        # None until then (every ticket is its own); a prank that ended has none there.
        tickets: dict[str, str] | None = None
        ended = before.pranks.keys() - after.pranks.keys()
        records = tallies(response.endings, self._link_owner) if response.endings else []
        self.storage.save_chat(chat_id, after, update_id, records)
        # What the sent messages leave to remember, written together once they are sent (one
        # transaction, not one per message): their keyboards and the pranks they ask.
        buttons: list[tuple[str, int, int, float]] = []
        questions: list[tuple[int, int, str]] = []
        unconfirmed: UnconfirmedError | None = None
        unsent: set[str] = set()  # the tickets of timeouts' reveals that never left
        said = False  # a reply of this turn left (or may have): no longer taken back
        rest: Unsaid | None = None
        if chat_id in self.unsaid:  # an earlier turn's rest first, in order (ops31)
            await self._say_unsaid(chat_id, outbox, after)
        if chat_id in self.unsaid and message is not None:
            # Telegram refused the earlier rest again: this turn waits behind it, said after
            # it in order by its retry (carry31: sent now, it spoke in between, its line
            # before the question it answered)
            rest = Unsaid(
                [UnsaidReply(reply, reply.ticket, after, message) for reply in response.replies]
            )
        try:
            for index, reply in enumerate(response.replies if rest is None else []):
                signed = self.buttons.sign(reply.buttons) if reply.buttons else None
                ticket = _renumbered(reply.ticket, tickets)
                send = self._send(
                    chat_id, reply, ticket, after, message, signed.keys if signed else ()
                )
                try:
                    # The send to where the group went is inside the same try: its failure
                    # is met as the first send's would be (redteam21: raised past them, a
                    # timeout's reveal Telegram refused was lost with its prank over).
                    try:
                        sent = await outbox.send(chat_id, send)
                    except ChatMovedError as moved:  # the group became a supergroup meanwhile
                        self._note_sent(chat_id, buttons, questions)  # the old chat's
                        buttons, questions = [], []
                        # Both chats' waiting pranks stay (redteam22: move_chat alone kept
                        # the supergroup's state and dropped the old group's other pranks).
                        staying, after, moved_tickets = await self._move(
                            chat_id, moved.new_chat_id, after
                        )
                        if tickets is not None:  # moved twice: the first move's, renumbered
                            moved_tickets = {
                                first: moved_tickets[then]
                                for first, then in tickets.items()
                                if then in moved_tickets
                            }
                        tickets = moved_tickets
                        ticket = _renumbered(reply.ticket, tickets)
                        outbox.set_timers(chat_id, {})
                        chat_id = moved.new_chat_id
                        if landed is not None:
                            landed.append((chat_id, staying))
                        send = self._send(chat_id, reply, ticket, after, message, send.keys)
                        sent = await outbox.send(chat_id, replace(send, quote=None))
                except UnconfirmedError as error:
                    # It may have been said, and is not said twice. What the turn (or the
                    # reveal) leaves to do still follows, its state already saved: the next
                    # replies (a chat's other reveals), the link owners' news and their
                    # records, the timers. Raised at once, all of it was lost for good, the
                    # pranks over (redteam20). A turn's caller is told after it.
                    log.warning("chat %s: a reply's delivery is unknown: %s", chat_id, error)
                    unconfirmed = unconfirmed or error
                    said = True
                    continue
                except NeverSentError as error:
                    if message is not None and not said:  # taken back (`Turns.take`)
                        raise TurnUnsaidError(str(error)) from error
                    if message is not None and chat_id == first_chat_id:
                        # Part of the turn was said: the rest (this reply on) follows, in
                        # order, once Telegram takes messages again; the turn goes on
                        # (its state is saved), and no "Oops" says it failed (ops31)
                        log.warning("chat %s: a turn's later reply never left: %s", chat_id, error)
                        rest = Unsaid(
                            [
                                UnsaidReply(
                                    later, _renumbered(later.ticket, tickets), after, message
                                )
                                for later in response.replies[index:]
                            ]
                        )
                        break
                    if message is not None or reply.ticket not in ended:
                        raise  # a turn's later reply: the turn failed, the rest unsaid
                    # A timeout's reveal that certainly never left: its prank is put back as
                    # it was (`_kept_for_a_later_sweep`), for a later sweep to reveal; one
                    # that may have left (UnconfirmedError) is never sent twice.
                    log.warning("chat %s: a timeout's reveal never left: %s", chat_id, error)
                    unsent.add(reply.ticket)
                    continue
                said = True
                if signed is not None and signed.token is not None:
                    buttons.append((signed.token, chat_id, sent.message_id, signed.expires))
                if reply.asks and ticket is not None:
                    questions.append((chat_id, sent.message_id, ticket))
                    self.services.authoring.asked(chat_id, sent.message_id, after, ticket)
                elif sent.in_group:  # a bot's message in a group: a reply to it is no answer
                    questions.append((chat_id, sent.message_id, NOT_A_QUESTION))
                elif ticket == OFFERED:  # the offer's, in private: a yes replying to it takes it
                    questions.append((chat_id, sent.message_id, OFFERED))
        except BaseException as error:  # what was sent before a send failed is remembered
            self._note_sent(chat_id, buttons, questions)  # the send's failure is the one raised
            if not isinstance(error, TurnUnsaidError):  # a turn taken back started nothing
                metrics.record_started(before, response.chat)  # the chat as the turn left it
            raise
        metrics.record_started(before, response.chat)  # not the state a move merged it into
        if rest is not None and chat_id in self.unsaid:  # after an earlier turn's, still unsaid
            self.unsaid[chat_id].replies += rest.replies
        elif rest is not None:
            self.unsaid[chat_id] = rest
            outbox.start(self._retry_unsaid(chat_id, outbox))
        endings = response.endings
        if unsent:
            moved = chat_id != first_chat_id
            put_back = [ending for ending in endings if ending.ticket in unsent]
            after = await self._kept_for_a_later_sweep(
                chat_id, before, after, put_back, revealed_at, moved
            )
            ended -= unsent
            endings = [ending for ending in endings if ending.ticket not in unsent]
        self._note_sent(chat_id, buttons, questions, (chat_id, after.pranks) if ended else None)
        if endings:
            metrics.record_endings(endings)
            for owner, text in self.services.links.report(endings):
                await outbox.tell(owner, text)
        # a reveal put back has its timer at its retry, as every waiting prank has at its
        # deadline (and a sweep claims it then, if this instance is gone)
        outbox.set_timers(chat_id, _deadlines(after))
        if unconfirmed is not None and message is not None:
            raise unconfirmed  # as before: the turn's caller says what follows (Turns.take)

    async def _retry_unsaid(self, chat_id: int, outbox: Outbox) -> None:
        """Say what is left of the chat's turn (`Unsaid`), under the chat's lock, after each
        wait `retry_wait` gives, until it is said (or a later turn said it first) or tried
        UNSAID_TRIES times."""
        while chat_id in self.unsaid:
            rest = self.unsaid[chat_id]
            if rest.tries >= UNSAID_TRIES:
                del self.unsaid[chat_id]
                log.error("chat %s: gave up %d unsaid replies", chat_id, len(rest.replies))
                return
            rest.tries += 1
            await asyncio.sleep(retry_wait(self.first_retry, rest.tries))
            try:
                async with self.storage.chat_lock(chat_id):
                    if self.unsaid.get(chat_id) is rest:
                        await self._say_unsaid(chat_id, outbox, self.storage.load_chat(chat_id))
            except StorageError as error:  # the database is back by the next try, or given up
                log.warning("chat %s: unsaid replies wait for the database: %s", chat_id, error)

    async def _say_unsaid(self, chat_id: int, outbox: Outbox, now: ChatState) -> None:
        """Send the chat's unsaid replies (`Unsaid`) in order, each once: one that may have
        left (UnconfirmedError) is not sent again; one that certainly did not stops the rest,
        kept for the next try. A question its prank no longer waits on in the chat (`now`: it
        ended, or an answer meanwhile moved it on) is dropped: it would ask what is over. The
        caller holds the chat's lock."""
        entry = self.unsaid[chat_id]
        rest = entry.replies
        buttons: list[tuple[str, int, int, float]] = []
        questions: list[tuple[int, int, str]] = []
        try:
            while rest:
                # Taken off the list before it is sent: a turn of the chat that comes in
                # meanwhile (polling orders a chat's updates by its own lock, not this one)
                # says only what is still left, never this one again
                unsaid = rest.pop(0)
                reply, ticket = unsaid.reply, unsaid.ticket
                if reply.asks and not _still_asks(unsaid, now):
                    continue
                signed = self.buttons.sign(reply.buttons) if reply.buttons else None
                keys = signed.keys if signed else ()
                send = self._send(chat_id, reply, ticket, unsaid.after, unsaid.message, keys)
                try:
                    sent = await outbox.send(chat_id, send)
                except UnconfirmedError as error:  # may have been said: never said twice
                    log.warning(
                        "chat %s: an unsaid reply's delivery is unknown: %s", chat_id, error
                    )
                    continue
                except NeverSentError as error:
                    log.warning("chat %s: unsaid replies wait again: %s", chat_id, error)
                    rest.insert(0, unsaid)
                    self.unsaid.setdefault(chat_id, entry)  # a turn's meanwhile found none left
                    return
                except (UndeliverableError, ChatMovedError) as error:
                    log.warning("chat %s: unsaid replies given up: %r", chat_id, error)
                    rest.clear()
                    return
                if signed is not None and signed.token is not None:
                    buttons.append((signed.token, chat_id, sent.message_id, signed.expires))
                if reply.asks and ticket is not None:
                    questions.append((chat_id, sent.message_id, ticket))
                    self.services.authoring.asked(chat_id, sent.message_id, unsaid.after, ticket)
                elif sent.in_group:
                    questions.append((chat_id, sent.message_id, NOT_A_QUESTION))
                elif ticket == OFFERED:
                    questions.append((chat_id, sent.message_id, OFFERED))
        finally:
            if not rest and self.unsaid.get(chat_id) is entry:
                del self.unsaid[chat_id]
            self._note_sent(chat_id, buttons, questions)

    async def _kept_for_a_later_sweep(
        self,
        chat_id: int,
        before: ChatState,
        after: ChatState,
        unsent: list[Ending],
        now: float,
        moved: bool = False,
    ) -> ChatState:
        """`after` with the pranks of the `unsent` endings put back as they were before their
        timeout, saved, each due again after its wait (`retry_wait`: growing with each reveal
        that never left, counted on the prank, so kept across a restart), when its timer, or
        a sweep, claims and reveals it. Due at once, every sweep tried each of them (up to a
        hundred a sweep) as long as Telegram was down (review21). What their endings scored
        is taken back, on the board (`unboarded`) and the records (`withdrawn`) the turn saved:
        a timeout after a hinted guess is that guess's fall (ops28), scored again by the
        sweep that reveals it (carry30: each try that never left added one more).

        `moved`: the group was found a supergroup on the way (`chat_id` is the supergroup's
        now), whose state may hold pranks of its own (started there before the bot heard of
        the move): the put-back pranks join that state under new tickets, as `merged` joins
        a moving group's. Put back onto the old group's state, that state was saved over the
        supergroup's, its own pranks lost (redteam22); read and written under the
        supergroup's lock, as `_move` writes it (redteam23)."""
        kept: dict[str, Prank] = {}
        taken_back = withdrawn(tallies(unsent, self._link_owner))
        for ticket in sorted({ending.ticket for ending in unsent}):
            prank = before.pranks[ticket]
            tries = prank.unsent_reveals + 1
            # to the tenth above, as the deadline is stored (`Prank.to_json`): a sweep that
            # claims it finds it due in the state it loads (rounded down, the claim came a
            # hair early, found nothing due, and held the prank for the claim's whole lease)
            until = math.ceil((now + retry_wait(self.first_retry, tries)) * 10) / 10
            kept[ticket] = replace(prank, until=until, unsent_reveals=tries)
        if not moved:
            after = unboarded(after, unsent)
            for ticket, prank in kept.items():
                after = after.with_prank(ticket, prank)
            self.storage.save_chat(chat_id, after, tallies=taken_back)
            return after
        async with self.storage.chat_lock(chat_id):
            there = unboarded(self.storage.load_chat(chat_id), unsent)
            after = merged(there, ChatState(pranks=kept))
            self.storage.save_chat(chat_id, after, tallies=taken_back)
        return after

    def _note_sent(
        self,
        chat_id: int,
        buttons: list[tuple[str, int, int, float]],
        questions: list[tuple[int, int, str]],
        forget: tuple[int, Iterable[str]] | None = None,
    ) -> None:
        """What the turn's sent messages leave to remember, written in one go: tried twice (a
        connection the server dropped fails once, the pool's next one works), then given up
        and said, not raised: the messages are out and the update is marked handled, so
        raising would lose the timers and the link owners' news as well, and answer nothing."""
        try:
            self.storage.note_sent(buttons, questions, forget)
            return
        except StorageError as error:
            log.warning("chat %s: sent messages not noted, trying again: %s", chat_id, error)
        try:
            self.storage.note_sent(buttons, questions, forget)
            return
        except StorageError as error:
            failure = error
        # Counts only: a keyboard's token signs its buttons, and is not for the log.
        log.error(
            "chat %s: lost the notes of %d keyboards and %d questions (replies to them are "
            "taken for the newest prank; their buttons say expired): %s",
            chat_id,
            len(buttons),
            len(questions),
            failure,
        )

    def _link_owner(self, code: str) -> int | None:
        link = self.storage.get_link(code)
        return link.owner_id if link is not None else None

    def _send(
        self,
        chat_id: int,
        reply: Reply,
        ticket: str | None,
        after: ChatState,
        message: Incoming | None,
        keys: Keys,
    ) -> Send:
        """How a reply goes out, with its signed `keys`; `ticket`: its prank's ticket in the
        chat it goes to (`reply.ticket`, or the new one of a group found moved). In a private
        chat every message answers the one before, so only a reveal quotes its question; in
        a group a reply quotes what it answers."""
        quote = None
        private = message is not None and not message.in_group
        if reply.quote == "question" and ticket is not None:
            quote = self.storage.question_for(chat_id, ticket)
        elif private or message is None:
            quote = None
        elif reply.quote == "incoming":
            quote = message.message_id
        elif reply.quote == "replied":
            quote = message.reply_to
        prank = after.pranks.get(ticket or "")
        share = None
        if private and reply.asks and prank is not None and reply.address is None:
            share = (prank.routine, prank.lang)
        return Send(reply, quote, force_reply=reply.address is not None, share=share, keys=keys)


def _still_asks(unsaid: UnsaidReply, now: ChatState) -> bool:
    """Whether the question `unsaid` asks is still the one its prank waits on in `now`: the
    prank there, at the step and the try it asked."""
    waiting = now.pranks.get(unsaid.ticket or "")
    asked = unsaid.after.pranks.get(unsaid.ticket or "")
    if waiting is None or asked is None:
        return False
    return (waiting.state, waiting.tries_used) == (asked.state, asked.tries_used)


def _before_the_moves(chat: ChatState, landed: list[tuple[int, ChatState]]) -> ChatState:
    """`chat`, a group's state before a turn, where the turn last found the group
    (`landed[-1]`): merged, move by move, into the state each chat it was found moved to had
    before the move, as `Turns._move` merged the turn's."""
    for _, staying in landed[1:]:
        chat = merged(staying, chat)
    return chat


def new_tickets(staying: ChatState, moving: ChatState) -> dict[str, str]:
    """The tickets `merged` gives the moving chat's pranks, by their old ones: numbered on
    from the staying chat's next ticket, in the order they were started. A moving prank of
    a starter on an answerer the staying chat has a prank of the same starter on gets none:
    the staying one is the newer (`merged`)."""
    ordered = [
        old
        for old in sorted(moving.pranks, key=int)
        if not any(moving.pranks[old].same_pair(prank) for prank in staying.pranks.values())
    ]
    return {old: str(staying.next_ticket + n) for n, old in enumerate(ordered)}


def _renumbered(ticket: str | None, tickets: dict[str, str] | None) -> str | None:
    """`ticket` in the chat a reply goes to: itself, or after a move its new one (None for a
    prank that ended, whose questions stayed in the old chat)."""
    if ticket is None or tickets is None:
        return ticket
    return tickets.get(ticket)


def merged(staying: ChatState, moving: ChatState) -> ChatState:
    """One chat's state from two: the moving chat's language (the group's, chosen with /lang
    or first heard, over the one the new chat's first message set a moment before: review18),
    the staying chat's decks and pranks, the moving chat's pranks under new tickets, and the
    scores added up.

    Every waiting prank goes on, even past the group's caps (MAX_GROUP_PRANKS, and each
    starter's PRANKS_PER_STARTER: two full groups merged hold twice as many): its question
    was asked, and someone may be typing the answer. The caps hold for new pranks, which
    the engine refuses until the merged chat is back under them. One exception: a chat
    holds one prank of a starter on an answerer (a second /prank calls the first off), and
    two chats merged may hold one each; the staying chat's is kept, the moving one's is
    dropped unsaid. The staying chat is the supergroup, whose messages were all written
    after the group's last (Telegram takes none in a group once it moved): its prank is the
    newer, as a second /prank would have been (redteam23)."""
    pranks = dict(staying.pranks)
    tickets = new_tickets(staying, moving)
    for old, ticket in tickets.items():
        pranks[ticket] = moving.pranks[old]
    scores = dict(moving.scores)
    for key, score in staying.scores.items():
        before = scores.get(key)
        if before is not None:
            score = replace(
                score,
                pranked=score.pranked + before.pranked,
                fooled=score.fooled + before.fooled,
                sharp=score.sharp + before.sharp,
            )
        scores[key] = score
    decks = {**moving.decks, **staying.decks}
    next_ticket = staying.next_ticket + len(tickets)
    offer = staying.offer or moving.offer  # the supergroup's own, newer, first
    return ChatState(moving.lang or staying.lang, next_ticket, pranks, scores, decks, offer)


def _deadlines(state: ChatState) -> dict[str, float]:
    return {ticket: prank.until for ticket, prank in state.pranks.items()}
