"""An answer's step: what the engine does with a text that answers a waiting prank, and
the messages and replies it builds on every answer (`Incoming`, `Reply`, `Response`,
`Ending`). Compiled with mypyc, with bot/conversation/state.py (bot/native.py: a build
older than its sources runs these `.py` files); `Engine` (engine.py) keeps its commands,
whose decorator and `async def` are not for a compiled class, and calls these.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.content import reading
from bot.content.corpus import (
    ASKS_AGAIN,
    ASKS_WHY,
    CALLED_OFF,
    DOTS_ONLY,
    EMOJI_ONLY,
    FELL,
    HANDS_BACK,
    NO_WORDS,
    NONSENSE,
    OFF_TOPIC,
    PUT_OFF,
    REFUSED,
    SAW_THROUGH,
    Answer,
    Corpus,
    Routine,
)
from bot.conversation import buttons
from bot.conversation.buttons import Keyboard
from bot.conversation.commands import CommandRequest, ParsedCommand, Registered, parse_command
from bot.conversation.records import Record
from bot.conversation.state import (
    ChatState,
    Person,
    Prank,
    Score,
    distinct_labels,
    isolate,
)
from bot.i18n.catalogue import say
from bot.i18n.language import language_for
from understanding.lexicon import Lexicon

# Waits in a row on answers that say nothing yet (an emoji alone, a put-off, "huh"): the
# question is asked again this many times, its deadline not pushed back by them (the
# starter's /prank naming it again sets it anew: `Engine._asked_again`); the next such answer
# is met as one the bot did not understand (the hint, then the reveal): one member cannot
# have a group's question asked again and again (see `answer`).
MAX_IDLE_WAITS = 3

# The ticket noted for the bot's offer to play a routine all the same (`Engine._offered`): a
# reply to that message is about the offer, so a plain yes there takes it, even where a prank
# waits for its sender's answer (ops27: "yes" replying to the offer in a private chat, its
# message not noted, was the waiting prank's answer). Any other reply to it answers as a
# message replying to nothing does (the offer names the question that still waits).
OFFERED = "offer"

Quote = Literal["incoming", "replied", "question"]
# The line the bot waits with, by why an answer said nothing yet (RoutineState.not_answered_yet):
# a reason without a line is a KeyError, not "let me ask again".
WAITING_LINES: dict[str, str] = {
    EMOJI_ONLY: "words_please",
    DOTS_ONLY: "dots_please",
    PUT_OFF: "put_off",
    ASKS_AGAIN: "asked_again",
    ASKS_WHY: "asked_why",
    HANDS_BACK: "handed_back",
}

# The line the bot asks again with, by why an answer is no attempt at a question whose reveal
# is the prank (RoutineState.no_attempt).
NO_ATTEMPT_LINES: dict[str, str] = {
    NONSENSE: "no_attempt_nonsense",
    NO_WORDS: "no_attempt_no_words",
    OFF_TOPIC: "no_attempt_off_topic",
}


@dataclass(frozen=True)
class LinkOpened:
    """A prank link someone opened: its code, and its routine (None: unknown or stale)."""

    code: str
    routine: str | None
    own: bool = False  # opened by its owner, to try it: no play, and no result to tell


# Built on every answer (an Ending, a Reply, a Response): plain dataclasses with slots, never
# changed once made. Frozen, each field is set through object.__setattr__: ~0.6 µs more each,
# ~3 µs of a ~40 µs answer step. An answer's own (`wait`, `land`) are built with positional
# arguments: a class called with keywords packs them into a dict first (~0.3 µs a call).
# Their __init__ is written out, as understanding.matcher.Hit's: the one @dataclass writes is
# interpreted Python even in a compiled build (a generic attribute write for each field).
@dataclass(slots=True, init=False)
class Ending:
    """How a prank ended, the one account of it that the scoreboard, a link owner's report
    and the metrics all read. `outcome` is one of bot.content.corpus.OUTCOMES (fell,
    saw_through, refused, called_off, timed_out); `answer` is what the victim said, None when
    nothing came in time, or when what fell was their hinted attempt before (`ended_unanswered`);
    `player` is who answered (or was aimed at, or made that attempt)."""

    ticket: str
    prank: Prank
    outcome: str
    player: Person
    answer: str | None = None
    reopened: bool = False  # dropped because its player opened the same prank link again

    def __init__(
        self,
        ticket: str,
        prank: Prank,
        outcome: str,
        player: Person,
        answer: str | None = None,
        reopened: bool = False,
    ) -> None:
        self.ticket = ticket
        self.prank = prank
        self.outcome = outcome
        self.player = player
        self.answer = answer
        self.reopened = reopened


@dataclass(frozen=True)
class Incoming:
    """A text from someone in a chat.

    `reply_to` is the message this one replies to (`reply_to_bot`: one of the bot's), whose
    prank the turn looks up as `ticket`; `replied` is the author of a message by someone else
    that this one replies to (the target of a group /prank); `words` is False for a sticker, a
    photo, a voice note;
    `admin` says the sender may use the bot's admin commands; `chat_admin` that they administer
    this group (front ends find out for the commands that ask, `Command.asks_chat_admins`).
    `bot_added`: no words but Telegram's service message that the sender, a person, added the
    bot to this group (`Engine.added`); `chosen_in_private`: then, the language the sender
    chose with /lang in their private chat with the bot, as looked up (None: none chosen).
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
    bot_added: bool = False
    chosen_in_private: str | None = None
    # The command the text is, parsed once when the message is made (None: plain text).
    command: ParsedCommand | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.command is None and self.text.startswith("/"):
            object.__setattr__(self, "command", parse_command(self.text))


@dataclass(slots=True, init=False)  # not frozen: see "Built on every answer" at Ending
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

    def __init__(
        self,
        text: str,
        ticket: str | None = None,
        asks: bool = False,
        address: Person | None = None,
        quote: Quote | None = None,
        buttons: Keyboard = (),
    ) -> None:
        self.text = text
        self.ticket = ticket
        self.asks = asks
        self.address = address
        self.quote = quote
        self.buttons = buttons


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


@dataclass(slots=True, init=False)  # not frozen: see "Built on every answer" at Ending
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

    def __init__(
        self,
        replies: list[Reply],
        chat: ChatState,
        handled: bool = True,
        call: Call | None = None,
        endings: list[Ending] | None = None,
        courtesy: bool = False,
    ) -> None:
        self.replies = replies
        self.chat = chat
        self.handled = handled
        self.call = call
        self.endings = [] if endings is None else endings
        self.courtesy = courtesy


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
    if answer.caught_in_time:
        said = [say("caught_in_time", lang)]  # a save, not "seen through at a glance"
    if answer.give_away and not said:
        said = [say("saw_through", lang)]  # in the bot's own words, not the punchline
    if answer.goto is not None:
        return [*said, routine.states[answer.goto].say.in_(lang)], answer.goto
    return said, None


def answer(corpus: Corpus, chat: ChatState, message: Incoming) -> Response:
    """A text that is no command (`Engine.route`): the chat's pranks whose routine left the
    corpus dropped, the answer to the prank it answers, in the chat's language."""
    chat = drop_unknown(corpus, chat)
    lang = language_for(message.sender.language_code, chat.lang)
    ticket = ticket_for(chat, message)
    if ticket is None:
        if message.in_group:
            return Response([], chat, handled=False)
        # a laugh at a /joke or a reveal just told is no request to be shown how to play
        # (ops30b: 哈哈 after a /story heard "send /prank to play"): it is laughed along with
        laughed = reading.only_a_laugh(message.text, corpus.words)
        return Response([Reply(say("nudge_laughed" if laughed else "nudge", lang))], chat)
    if message.ticket != ticket and message.in_group:
        # Rule "which question": in a group, a message replying to no question answers the
        # one prank aimed at its sender; where friends aim several at her at once, it answers
        # none. Given to the newest, a victim answering the questions in the order they came
        # crossed them, each prank met with the other's answer and reveal, nobody scored right
        # (ops31). Her reply to a question answers that one; she is asked to reply so.
        aimed = aimed_at(chat, message.sender)
        if aimed > 1:
            return which_question(chat, message.sender, aimed, lang)
    prank = chat.pranks[ticket]
    friend = teased_after_a_try(prank, message, corpus.words)
    if friend is not None:  # the next question is the faller's, or still open to all
        key = "teased_fall" if friend is prank.target else "teased_try"
        return courtesy(chat, ticket, message, key, lang, target=isolate(friend.label))
    if not prank.may_answer(message.sender):
        return not_for_you(chat, ticket, message, lang)
    if message.sender.is_chat:
        # Sent as the group (an anonymous admin) or as a channel: nobody in particular, who
        # could be any admin, is nobody to score; told once, and the prank waits (ops29: its
        # guess on a member's open prank went on the board, as the group)
        return courtesy(chat, ticket, message, "answer_as_yourself", lang)
    answered = _answered(corpus, chat, ticket, prank, message, lang)
    if answers_own_prank(prank, message):
        return own_guess(answered, ticket, prank, message, lang)
    return answered


# In a prank's `told`: its target has been asked "which question" with it among those aimed at
# her (`which_question`). A member's key is a number or a @username, never this.
WHICH_TOLD = "which question"


def which_question(chat: ChatState, sender: Person, aimed: int, lang: str) -> Response:
    """Rule "which question", said once per set of pranks aimed at `sender`: asked after each
    plain message, a victim chatting with friends in the group heard the bot after every
    line (redteam31). Said again only when a prank aimed at her has not been among those she
    was asked about (a new one); otherwise nothing is said and nothing changes."""
    tickets = [
        ticket
        for ticket, prank in chat.pranks.items()
        if prank.target is not None and prank.target.is_same(sender)
    ]
    if all(WHICH_TOLD in chat.pranks[ticket].told for ticket in tickets):
        return Response([], chat)
    for ticket in tickets:
        prank = chat.pranks[ticket]
        chat = chat.with_prank(ticket, replace(prank, told=prank.told | {WHICH_TOLD}))
    asked = line_reply(chat, "which_question", lang, count=aimed)
    return replace(asked, courtesy=True)  # the group's flood share, as any courtesy


# In a prank's `told`: its starter has been told her own guesses neither score nor keep it open
# (`own_guess`). A member's key is a number or a @username, never this.
STARTER_TOLD = "starter"


def own_guess(
    response: Response, ticket: str, prank: Prank, message: Incoming, lang: str
) -> Response:
    """Rule "the starter's own guess": `response` to the starter's guess at her own group
    prank, the prank (still waiting) keeping the deadline it had. Each guess gave it a fresh
    timeout, so she could keep it open for ever by guessing, where none of her guesses can
    score (`answers_own_prank`; ops31). She is told so once per prank, with the first."""
    waiting = response.chat.pranks.get(ticket)
    if waiting is None or not response.replies:  # her answer ended it: nothing kept open
        return response
    told = STARTER_TOLD in waiting.told
    kept = replace(waiting, until=prank.until, told=waiting.told | {STARTER_TOLD})
    replies = response.replies
    if not told:
        last = replies[-1]
        replies = [*replies[:-1], replace(last, text=f"{last.text}\n{say('own_guess', lang)}")]
    return replace(response, replies=replies, chat=response.chat.with_prank(ticket, kept))


def _answered(
    corpus: Corpus, chat: ChatState, ticket: str, prank: Prank, message: Incoming, lang: str
) -> Response:
    """The answer to `prank` (the chat's `ticket`), which `message` may answer."""
    routine = corpus.routines[prank.routine]
    state = routine.states[prank.state]
    # The routine's own lines carry on in the variety the prank was asked in when the
    # chat has since switched to a language the routine has no text in (/lang en in the
    # middle of a Chinese-only routine asked in zh-hk: still Cantonese, never Simplified
    # Mandarin the user did not choose); the bot's own lines follow the new choice.
    spoken = lang if routine.written_in(lang) else prank.lang
    if spoken != prank.lang:
        prank = replace(prank, lang=spoken)  # a timeout reveals in it too
    answer = reading.recognise(state, message.text)
    # Waits on answers that say nothing (below) are MAX_IDLE_WAITS in a row at most, and
    # keep the prank's deadline: past them, the answer is one the bot did not understand.
    idle = prank.idle + 1
    may_wait = answer is None and idle <= MAX_IDLE_WAITS
    why = reading.not_answered_yet(state, message.text) if may_wait else None
    # the step's own hint answers a question handed back ("you first?" to compliment-game:
    # "The deal is you go first"), as it answers one asked back (below): not the wait's line,
    # and no attempt either (redteam31: counted as a hinted one, handed back past the waits
    # it ended "@alice got @mei!", a fall for one who never answered)
    handed_back = why == HANDS_BACK and prank.tries_used < state.tries and state.hint is not None
    if handed_back:
        why = None
    if why is not None:
        # "hold on", "let me think", 等阵先答你, a hum alone (rule "a put-off"); "huh",
        # "what", 什么意思, with or without "?" (rule "asked again"); "🤔" or "……" alone
        # (rule "an emoji is no answer"): nothing said about the question yet. In any
        # state, neither the hint (nobody is stuck yet) nor the reveal (a riddle's answer
        # given away mid-thought; where the reveal is the prank, a fall scored): the bot
        # says why it waits and the question stands, at most MAX_IDLE_WAITS times in a
        # row, the deadline kept
        again = [say(WAITING_LINES[why], lang), state.say.in_(spoken)]
        return wait(chat, ticket, prank, routine, message, again, idle=idle)
    # Rule "only a laugh, a face or a mash", in every state (ops30b: 哈哈 to one-and-three met
    # the hint "is it really what you thought?", questioning a guess nobody made; 哈哈哈 to
    # mama-song met the punchline): a laugh is no answer, so it is nudged as below, and what
    # follows it reads right after one (a don't-know's hint, not one questioning a guess).
    # (reading's own, as recognise and not_answered_yet above: RoutineState.no_attempt
    # imports reading inside, ~2.4 µs of import machinery a call, interpreted)
    tried_nothing = reading.no_attempt(state, message.text, lang) if answer is None else None
    laughed = tried_nothing == NO_WORDS
    if laughed and state.reveal_outcome != FELL and prank.tries_used == 0 and prank.idle == 0:
        again = [say(NO_ATTEMPT_LINES[NO_WORDS], lang), state.say.in_(spoken)]
        return wait(chat, ticket, prank, routine, message, again, idle=idle)
    if tried_nothing is not None and state.reveal_outcome == FELL:
        # Rules "no answer, only noise" and "another question's answer": where the reveal is
        # the prank it lands only on one who tried (ops27: 四步, another routine's answer, to
        # 猜猜我是什么血型？, a wall of text over MAX_ATTEMPT_CHARS, "blah" x300 scored a fall).
        # Asked once more, saying why (the hint would coax a guess nobody tried), the deadline
        # kept: the nudge is a wait on an answer that said nothing (idle), and uses up no try.
        # It is given once, to a question not yet asked again: after a wait (`idle`: the
        # nudge itself, or "let me think", "huh?", whose wait asked the question once more)
        # or a try used (a hint, a question asked back), noise hears the reveal, as a second
        # such answer would (asked a third time, the question coaxes nothing more). The
        # reveal scores only one whose real attempt was hinted (`ended_unanswered`: redteam27,
        # a hinted attempt then "blah" hid the fall; carry27, a question asked back counted
        # as a try then "blah" scored one; in a group's prank aimed at nobody, a friend's
        # noise tries nothing) or who fell on the way.
        if prank.tries_used == 0 and prank.idle == 0:
            again = [say(NO_ATTEMPT_LINES[tried_nothing], lang), state.say.in_(spoken)]
            return wait(chat, ticket, prank, routine, message, again, idle=idle)
        ending = ended_unanswered(routine, ticket, prank, CALLED_OFF, message.sender, message.text)
        return land(chat, ending, message, lang, [state.reveal.in_(spoken)])
    if answer is None and prank.tries_used < state.tries and state.hint is not None:
        # A don't-know (不知道, 唔知, "no idea"), or a laugh past its nudge (ops30b), made no
        # guess for a hint that assumes one ("did it really mean what you thought?": ops28b)
        # to question: the state's own
        # don't-know hint, where it has one
        given = state.hint
        gave_up = laughed or reading.gives_up(state, message.text)
        if state.dont_know_hint is not None and gave_up:
            given = state.dont_know_hint
        hint = [given.in_(spoken)]
        # A hint reached by a wait past the cap ("hmm" a fourth time) keeps the count and
        # the prank's deadline: another "hmm" goes on to the reveal, not to three fresh
        # waits and a new timeout. An answer not understood starts the count again. (Where
        # it may wait, it is not past the cap: not_answered_yet, asked above, is not asked
        # again, ~17,000 instructions an answer that reached nothing.)
        # A question asked back (what is a compliment?, 你先说？) is met with the hint too,
        # which answers it, but it is no attempt: noise after it scores nobody (`Prank.tried`).
        # Nor is a don't-know (newuser29: 不知道 to nine-by-three, hinted, then a new /prank
        # scored "that guess fell" for a guess never made).
        asked = reading.asks_back(state, message.text)
        past_cap = not may_wait and (
            asked or reading.not_answered_yet(state, message.text) is not None
        )
        kept = idle if past_cap else 0
        # The starter's own guess at her group prank is no attempt that can fall either
        # (carry29: it scores nothing, on the board or her record, yet "that guess still
        # counts" was said when she then cancelled it, stopped or started another), and it
        # uses up no try: the hint stays for a friend (ops30: her guess spent it, and the
        # friend's first guess got the punchline). A wait past the cap still spends one, as
        # the cap means: her "huh?" said again and again gets the hint once, then moves on.
        own = answers_own_prank(prank, message)
        no_attempt = past_cap or asked or handed_back or gave_up or own
        # The first real fall stands: a friend's later guess hinted too (a step with tries
        # to spare) does not take it from the one who fell first (ops30: it did, and the
        # first guess's fall was gone), as a fall on the way stands however the rest goes
        tried = prank.tried if no_attempt or prank.tried is not None else message.sender
        return wait(
            chat,
            ticket,
            prank,
            routine,
            message,
            hint,
            tries_used=prank.tries_used if own and not past_cap else prank.tries_used + 1,
            idle=kept,
            tried=tried,
        )
    asked_back = (  # read only where it changes what is said (an answer may reach nothing)
        answer is None
        and (prank.tries_used == 0 or state.reveal_outcome == FELL)
        and reading.asks_back(state, message.text)
    )
    if may_wait and prank.tries_used == 0 and asked_back:
        # "今日食咗乜？", 點解問我: a question back is no answer, so it is not met with the
        # reveal (which, where the reveal is the prank, would score a fall) but with the
        # question once more; what comes after it is judged as any answer is
        again = [say("asked_again", lang), state.say.in_(spoken)]
        used = 0 if answers_own_prank(prank, message) else 1  # the starter's: see the hint's
        return wait(chat, ticket, prank, routine, message, again, tries_used=used, idle=idle)
    if (
        answer is None
        and not may_wait
        and state.reveal_outcome == FELL
        and (asked_back or reading.not_answered_yet(state, message.text) is not None)
    ):
        # Past MAX_IDLE_WAITS such answers the bot gives up: the reveal, where it is the
        # prank, would score a fall on "what?" said a fourth time; called off instead (one
        # whose attempt was hinted has fallen all the same: `ended_unanswered`)
        ending = ended_unanswered(routine, ticket, prank, CALLED_OFF, message.sender, message.text)
        return land(chat, ending, message, lang, [say("stopped_waiting", lang)])
    if asked_back and state.reveal_outcome == FELL:
        # Asked back again, past the question once more (or the hint): a friend tells the
        # line (the reveal), but who never answered has fallen for nothing: it counts for
        # nobody (newuser18: 你问这个干嘛 twice to blood-type scored a fall), as a fall
        # earlier on the way still stands, and so does a hinted attempt (`ended_unanswered`)
        ending = ended_unanswered(routine, ticket, prank, CALLED_OFF, message.sender, message.text)
        return land(chat, ending, message, lang, [state.reveal.in_(spoken)])
    said, goto = step(routine, prank.state, answer, spoken)
    if goto is not None:
        # A fall nobody can be scored for (the starter answering their own group prank)
        # marks nothing: the prank is still open, and whoever answers next is judged
        # by their own answers, not charged with the starter's fall.
        fell = (
            answer is not None and answer.falls_on_the_way and not answers_own_prank(prank, message)
        )
        if fell and not prank.fell:
            chat, prank, said = fell_on_the_way(chat, prank, message, lang, said)
        return wait(
            chat,
            ticket,
            prank,
            routine,
            message,
            said,
            state=goto,
            tries_used=0,
            fell=fell,
        )
    outcome = state.outcome(answer) or FELL
    if outcome in (REFUSED, CALLED_OFF) and fell_by_trying(routine, prank) is not None:
        # A refusal (不玩了, "stop", 唔想玩) or an answer the routine calls off on is no
        # attempt: a hinted guess before it fell, as it does when a /cancel or noise ends
        # the prank (`ended_unanswered`; redteam28: "I don't want to play" after the hint
        # told the punchline and counted nothing, where /cancel counted the fall), and the
        # punchline it fell for is told, saying it counts
        ending = ended_unanswered(routine, ticket, prank, outcome, message.sender, message.text)
        reveal = state.reveal.in_(spoken)
        told = any(reveal in line for line in said)
        counts = say("tried_counts", lang) if told else say("tried_stands", lang, reveal=reveal)
        return land(chat, ending, message, lang, [*said, counts])
    hinted = fell_by_trying(routine, prank)
    if answers_own_prank(prank, message) and hinted is not None and not prank.fell:
        # The starter answering their own group prank after a friend's hinted guess scores
        # nothing (`boarded`): the friend's guess fell, as when a /cancel ends it (redteam29:
        # Alice's "我不知道" to her own prank ended it as her fall, and Bob's was gone)
        ending = ended_unanswered(routine, ticket, prank, outcome, message.sender, message.text)
        return land(chat, ending, message, lang, said)
    if prank.fell:  # a fall at an earlier step stands, whatever the last answer was
        outcome = FELL
    ending = Ending(ticket, prank, outcome, message.sender, message.text[:64])
    guessed = fell_by_trying(routine, prank)
    if guessed is not None and not guessed.is_same(message.sender):
        # In an open group prank, a friend's answer ends it after another's hinted guess:
        # that guess fell as it does however else the prank ends, and stays on the board
        # beside the friend's own ending (ops29: a friend's fall or sharp eye dropped it)
        return land(chat, ending, message, lang, said, Ending(ticket, prank, FELL, guessed))
    return land(chat, ending, message, lang, said)


def answers_own_prank(prank: Prank, message: Incoming) -> bool:
    """Whether `message` is the starter answering her own group prank: nobody can be scored
    for what it falls for (a private prank is the bot's on whoever asked for it: it counts)."""
    return message.in_group and prank.by.is_same(message.sender)


def fell_by_trying(routine: Routine, prank: Prank) -> Person | None:
    """Who has fallen for `prank` if it ends now with no further attempt, their real attempt
    at this step hinted (`Prank.tried`) where the reveal is the prank; None when nobody has.
    A fair friend's rule (ops28): who guessed and was hinted has played along, and the
    punchline lands on them however it then ends: noise, a question asked back past the
    waits, a refusal (carry28), a timeout, a /cancel, a new /prank. (carry27 scored noise
    so, and a timeout or a /cancel as no fall: one ending for the same victim, the other
    for the same silence.)"""
    tried = prank.tried
    if tried is None or routine.states[prank.state].reveal_outcome != FELL:
        return None
    return tried


def ended_unanswered(
    routine: Routine,
    ticket: str,
    prank: Prank,
    outcome: str,
    player: Person,
    answer: str | None = None,
) -> Ending:
    """How a prank ends that no attempt ended (noise, a question asked back past the waits,
    a refusal, a timeout, a /cancel, a new /prank): as `outcome` for `player`, unless
    someone has fallen already: a fall on the way stands (for `player`, whom it made the
    target), and so does a hinted attempt, for whoever made it (`fell_by_trying`), with no
    answer: what fell was that attempt, not `answer` (a friend's noise, a "stop"), which a
    link's report would quote as the answer that fell (carry28). The one account the
    board, a person's record, a link's report and the metrics all read."""
    if prank.fell:
        return Ending(ticket, prank, FELL, player, None if answer is None else answer[:64])
    tried = fell_by_trying(routine, prank)
    if tried is not None:
        return Ending(ticket, prank, FELL, tried)
    return Ending(ticket, prank, outcome, player, None if answer is None else answer[:64])


def boarded(chat: ChatState, ending: Ending, lang: str) -> tuple[ChatState, list[str]]:
    """A group's board after `ending`, and the line that says so: a fall scores for the
    starter and counts against the one who fell ("🎭 @alice got @bob"), seeing through it
    counts for them; nothing else counts, nor a fall announced on the way, nor the starter's
    own answer."""
    victim, by = ending.player, ending.prank.by
    if by.is_same(victim) or (ending.outcome == FELL and ending.prank.fell):
        return chat, []  # a fall on the way was announced and scored when it came
    shown = distinct_labels([(by.key, by.label), (victim.key, victim.label)])
    by_name, target = isolate(shown[by.key]), isolate(shown[victim.key])
    if ending.outcome == FELL:
        chat = scored(scored(chat, by, pranked=1), victim, fooled=1)
        return chat, [say("got_you", lang, by=by_name, target=target)]
    if ending.outcome == SAW_THROUGH:
        chat = scored(chat, victim, sharp=1)
        return chat, [say("saw_through_note", lang, by=by_name, target=target)]
    return chat, []


def unboarded(chat: ChatState, endings: Iterable[Ending]) -> ChatState:
    """`chat`'s board with what `boarded` scored for `endings` taken back: timeouts whose
    reveal certainly never left, each prank put back for a later sweep, which reveals and
    scores it again (carry30: every try that never left kept its fall, five on the board
    for one prank after an outage). A fall on the way was scored when it came and stays."""
    for ending in endings:
        if not ending.prank.in_group:
            continue
        added = boarded(ChatState(), ending, ending.prank.lang)[0].scores
        scores = dict(chat.scores)
        for key, change in added.items():
            old = scores.pop(key, None)
            if old is None:
                continue
            left = Score(
                old.name,
                old.pranked - change.pranked,
                old.fooled - change.fooled,
                old.sharp - change.sharp,
            )
            if left.pranked or left.fooled or left.sharp:  # nobody stays on it with nothing
                scores[key] = left
        chat = replace(chat, scores=scores)
    return chat


def fell_on_the_way(
    chat: ChatState, prank: Prank, message: Incoming, lang: str, said: list[str]
) -> tuple[ChatState, Prank, list[str]]:
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
    chat = scored(scored(chat, by, pranked=1), victim, fooled=1)
    if prank.target is None or prank.target.id is None:
        prank = replace(prank, target=victim)
    return chat, prank, [*said[:-1], line, *said[-1:]]


def ticket_for(chat: ChatState, message: Incoming) -> str | None:
    """The prank this message answers: the one it replies to, else the newest it may answer."""
    if message.ticket in chat.pranks:
        return message.ticket
    if message.ticket is not None and message.ticket != OFFERED:
        return None  # a reply to a finished prank's question is plain chatter
    # The newest (tickets count up) of those aimed at the sender, and of those aimed at
    # nobody: one loop, no lists (this runs on every answer).
    aimed: str | None = None
    unaimed: str | None = None
    for ticket, prank in chat.pranks.items():
        if prank.target is None:
            if unaimed is None or int(ticket) > int(unaimed):
                unaimed = ticket
        elif prank.target.is_same(message.sender) and (aimed is None or int(ticket) > int(aimed)):
            aimed = ticket
    if message.in_group:
        # A group talks about other things too: a message that replies to no question
        # answers only a prank aimed at its sender; one aimed at nobody needs a reply.
        return aimed
    return aimed if aimed is not None else unaimed


def aimed_at(chat: ChatState, sender: Person) -> int:
    """How many of the chat's pranks wait for `sender`'s answer, aimed at her."""
    return sum(
        1
        for prank in chat.pranks.values()
        if prank.target is not None and prank.target.is_same(sender)
    )


def wait(
    chat: ChatState,
    ticket: str,
    prank: Prank,
    routine: Routine,
    message: Incoming,
    said: list[str],
    opening: bool = False,
    state: str | None = None,
    tries_used: int | None = None,
    fell: bool = False,
    idle: int = 0,
    tried: Person | None = None,
    heading: tuple[str, ...] = (),
) -> Response:
    """Say `said` as a question and wait for the answer, until the routine's timeout (at
    `state`, with `tries_used` hints given, where they change: see `Prank.waiting`). A wait on
    an answer that said nothing (`idle`: the how-many-th in a row) keeps the deadline.
    `heading`: lines said first, to the group, before the one the question is addressed to
    (the board's line of a prank a new /prank ended: ops30b, the new @mention headed it).

    The opening question of a group prank aimed by a reply quotes the message it aimed at;
    every later one quotes the answer it follows."""
    until = prank.until if idle else message.now + routine.timeout
    prank = prank.waiting(until, state, tries_used, fell, idle, tried)
    text = "\n".join(said)
    address = prank.target if message.in_group else None
    if address is not None:  # named first, whether aimed by @username or by a reply
        # a @username bare, to stay a mention; a display name (cleaned when the Person
        # was made) isolated, so a right-to-left name cannot turn the line round
        name = address.label if address.username else isolate(address.label)
        text = f"{name} {text}"
    if heading:
        text = "\n".join((*heading, text))
    quote: Quote = "replied" if opening and message.replied else "incoming"
    question = Reply(text, ticket, True, address, quote)  # positional: see Ending
    return Response([question], chat.with_prank(ticket, prank))


def land(
    chat: ChatState,
    ending: Ending,
    message: Incoming,
    lang: str,
    said: list[str],
    guessed: Ending | None = None,
) -> Response:
    """The routine ends on an answer: deliver the punchline and keep the score. Only a
    fall scores for the starter (and counts against the victim); seeing through it counts
    for the victim; a refusal or a prank the bot called off counts for nobody. `guessed`:
    the fall of another's hinted guess the answer ended the prank after, scored first."""
    chat = chat.with_prank(ending.ticket, None)
    endings = [ending] if guessed is None else [guessed, ending]
    keyboard: Keyboard = ()
    routine = ending.prank.routine
    if message.in_group:
        for ended in endings:
            chat, noted = boarded(chat, ended, lang)
            said = [*said, *noted]
    if not message.in_group:
        keyboard = buttons.after_private_prank(routine, lang)
    elif any(e.outcome == FELL and not e.prank.by.is_same(e.player) for e in endings):
        keyboard = buttons.after_fall(routine, lang)
    # positional (see Ending): text, ticket, asks, address, quote, buttons; and replies,
    # chat, handled, call, endings
    reply = Reply("\n".join(said), ending.ticket, False, None, "incoming", keyboard)
    return Response([reply], chat, True, None, endings)


def teased_after_a_try(prank: Prank, message: Incoming, lexicon: Lexicon) -> Person | None:
    """Rule "a tease of a friend's try" (ops31b; newuser30: in an open group prank, a friend's
    "lol nice try" after another's hinted guess was read as seeing through, and scored). In a
    group, once a friend fell on the way (the next question is theirs) or made a guess the hint
    answered (it falls unless someone does better), another member's laugh or tease of the
    lexicon's `teases` laughs at that friend: it answers nothing and scores nothing. They are
    told so once (`courtesy`): the friend laughed at (the prank's target, where they fell on
    the way; else whoever tried); None otherwise."""
    if not message.in_group:
        return None
    sender = message.sender
    if prank.fell and prank.target is not None and not prank.target.is_same(sender):
        friend = prank.target
    elif prank.tried is not None and not prank.tried.is_same(sender):
        friend = prank.tried
    else:
        return None
    return friend if reading.teases_a_try(message.text, lexicon) else None


def not_for_you(chat: ChatState, ticket: str, message: Incoming, lang: str) -> Response:
    prank = chat.pranks[ticket]
    assert prank.target is not None  # may_answer is True for untargeted pranks
    target = isolate(prank.target.label)
    # The starter answering their own question is not cutting in: it is theirs to ask
    key = "not_for_the_starter" if prank.by.is_same(message.sender) else "not_for_you"
    return courtesy(chat, ticket, message, key, lang, target=target)


def courtesy(
    chat: ChatState, ticket: str, message: Incoming, key: str, lang: str, **values: object
) -> Response:
    """A line a group member is told at most once per prank (a reply to someone else's
    question, a sticker for an answer): a member who keeps at it hears nothing more."""
    prank = chat.pranks[ticket]
    member = message.sender.key
    if member in prank.told:
        return Response([], chat)
    chat = chat.with_prank(ticket, replace(prank, told=prank.told | {member}))
    return replace(line_reply(chat, key, lang, **values), courtesy=True)


def line_reply(chat: ChatState, key: str, lang: str, **values: object) -> Response:
    """A line of the catalogue, quoting the message it answers; the chat is unchanged."""
    return Response([Reply(say(key, lang, **values), quote="incoming")], chat)


def drop_unknown(corpus: Corpus, chat: ChatState) -> ChatState:
    """Forget pranks whose routine or state left the corpus (e.g. after an edit)."""
    for ticket, prank in chat.pranks.items():  # (with_prank copies: no list needed)
        routine = corpus.routines.get(prank.routine)
        if routine is None or prank.state not in routine.states:
            chat = chat.with_prank(ticket, None)
    return chat


def scored(
    chat: ChatState, person: Person, pranked: int = 0, fooled: int = 0, sharp: int = 0
) -> ChatState:
    """`chat`'s board with `person`'s counts added: only a real person's (a chat speaking,
    an anonymous admin's prank as the group, scores nothing: `Person.is_chat`)."""
    if person.is_chat:
        return chat
    key = person.key
    old = chat.scores.get(key, Score(person.label))
    new = Score(person.label[:24], old.pranked + pranked, old.fooled + fooled, old.sharp + sharp)
    # built directly, not with dataclasses.replace: this runs on every punchline
    return ChatState(
        chat.lang, chat.next_ticket, chat.pranks, {**chat.scores, key: new}, chat.decks, chat.offer
    )
