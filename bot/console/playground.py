"""The console playground: the bot in a terminal, no token needed.

It starts as your private chat with the bot. `/group [name]` moves to a pretend group, where
`/as NAME` speaks as someone else, so a group prank can be played alone; `/private` comes
back. Each chat keeps its own state. Every message carries a number, the bot's (`🎭 [3]`)
and people's (`[4] bob: hi`), counted in each chat on its own as Telegram's message ids are,
and `/reply 3 text` (or `>3 text`) answers message [3] of this chat, as a reply does on
Telegram: replying to a friend's message with /prank pranks them. A message's
buttons are listed under it (`[buttons: (1) Another one]`), and `/press 3 1` taps button (1)
under message [3], as whoever speaks now. It speaks the language of the terminal's locale
(`locale_language`) until /lang says otherwise; the people in it have that language code, as
Telegram users have theirs. Timeouts and training progress show up when they happen; `/wait`
waits for what is still running.

The same turn service as on Telegram answers (bot/application/turn.py): this module is only
an outbox, which prints lines of text and saves pictures as PNG files, and a clock that
reveals pranks when their timers say.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import zlib
from collections.abc import Callable, Coroutine, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from bot.application.buttons import Key, Keys, Tap
from bot.application.turn import Send, Sent, Turns
from bot.conversation.answering import Incoming, Reply
from bot.conversation.commands import Event, Picture, Say, Status, parse_command
from bot.conversation.state import Person, is_username
from bot.i18n.catalogue import say

log = logging.getLogger(__name__)


def person_named(name: str, language_code: str | None = None) -> Person:
    """A stable pretend user for `name`, so `/as bob` twice is the same bob. As on Telegram,
    only a name that can be a username is one (`/prank @bob` reaches bob); 老李 has none,
    is named 老李, not @老李, and is pranked by replying to their message."""
    username = name if is_username(name) else None
    return Person(zlib.crc32(name.encode("utf-8")), name, username, language_code)


def group_id(name: str) -> int:
    return -(zlib.crc32(name.encode("utf-8")) or 1)


class Playground:
    """Feeds lines to the core and writes what the bot says as text."""

    def __init__(
        self,
        turns: Turns,
        out: TextIO,
        picture_dir: Path,
        clock: Callable[[], float] = time.time,
        language_code: str | None = None,
    ) -> None:
        self.turns = turns
        self.out = out
        self.clock = clock
        self.picture_dir = picture_dir
        self.language_code = language_code  # everyone's, as Telegram gives a user's
        self.you = person_named("you", language_code)
        self.speaker = self.you
        self._names = {self.you.id or 0: self.you.name}  # private chat id → whose it is
        self.chat_id = self.you.id or 0
        self.group_name: str | None = None
        # Message numbers, each chat's its own as Telegram's message ids are: one number
        # counted across chats made a chat's messages skip numbers (newuser22).
        self._numbers: dict[int, int] = {}  # chat → the last message number given in it
        self._authors: dict[tuple[int, int], Person | None] = {}  # (chat, number) → author
        self._keys: dict[tuple[int, int], list[Key]] = {}  # (chat, number) → its buttons
        self._tasks: set[asyncio.Task] = set()
        self._deadlines: dict[int, Mapping[str, float]] = {}  # chat → its pranks' deadlines
        self._changed = asyncio.Event()
        self._first_shown = asyncio.Event()  # a command's first line is out
        self._shown = ""  # the last line a command showed
        # Set in a terminal: what is printed while the user types goes above their line.
        self.before_output: Callable[[], object] = lambda: None  # what it returns is dropped
        self.after_output: Callable[[], object] = lambda: None
        self._feeding = False  # output now answers the line just typed: no redrawing

    # -- input ----------------------------------------------------------------------------

    async def feed(self, line: str) -> None:
        """One line typed by the user."""
        line = line.strip()
        if not line:
            return
        self._feeding = True
        try:
            await self._feed(line)
        except Exception:  # a bug must not end the session: say sorry, as on Telegram
            log.exception("the playground failed on a line")
            self._write("🎭 " + say("oops", self._lang()))
        finally:
            self._feeding = False

    async def _feed(self, line: str) -> None:
        reply_to, line = self._reply_prefix(line)
        parsed = parse_command(line)
        name = parsed.name if parsed else None
        if reply_to is None and name == "open":  # a prank link, opened in a private chat
            if self.group_name is not None:
                await self._own_command("private", [])
            # The code, or the whole link the bot printed (…?start=CODE), as people paste it.
            given = parsed.args[0] if parsed and parsed.args else ""
            line = "/start " + given.rsplit("start=", 1)[-1]
        elif reply_to is None and name == "press":
            await self._press(parsed.args if parsed else [])
            return
        elif reply_to is None and name in ("as", "group", "private", "wait", "help"):
            await self._own_command(name, line.split(maxsplit=1)[1:])
            if name != "help":
                return
        await self._message(line, reply_to)

    def _reply_prefix(self, line: str) -> tuple[int | None, str]:
        """(3, "text") for "/reply 3 text" and ">3 text"; (None, line) otherwise."""
        head, _, rest = line.partition(" ")
        number = None
        if head == "/reply":
            number, _, rest = rest.strip().partition(" ")
        elif head.startswith(">") and head[1:].isdigit():
            number = head[1:]
        if number is None:
            return None, line
        if not number.isdigit() or (self.chat_id, int(number)) not in self._authors:
            self._status("playground_no_message", number=number)
            return None, ""
        return int(number), rest.strip()

    async def _own_command(self, name: str, args: list[str]) -> None:
        if name == "as":
            who = args[0].strip().lstrip("@") if args else ""
            if who:
                self.speaker = person_named(who, self.language_code)
                self._names[self.speaker.id or 0] = self.speaker.name
            if self.group_name is None:  # out of a group, each person has a private chat
                self.chat_id = self.speaker.id or 0
                yours = self.speaker.id == self.you.id
                key = "playground_as_private_yours" if yours else "playground_as_private_theirs"
                self._status(key, name=self.speaker.name)
            elif self.speaker.username is None:  # "/prank @老李" finds nobody, as on Telegram
                self._status("playground_as_no_username", name=self.speaker.name)
            else:
                self._status("playground_as", name=self.speaker.name)
        elif name == "group":
            # said in the language of the chat left: a group new to the bot has none until
            # it is added, just after (in a 粤语 chat, /group said it in English)
            lang = self._lang()
            self.group_name = args[0].strip() if args else "friends"
            self.chat_id = group_id(self.group_name)
            self._status("playground_in_group", lang, group=self.group_name)
            await self._bot_added()
        elif name == "private":
            self.group_name, self.chat_id = None, self.speaker.id or 0
            if self.speaker.id == self.you.id:
                self._status("playground_private_yours")
            else:
                self._status("playground_private_theirs", name=self.speaker.name)
        elif name == "wait":
            await self.wait()

    async def _message(self, text: str, reply_to: int | None) -> None:
        if not text:
            return
        in_group = self.group_name is not None
        speaker = self.speaker
        author = self._authors.get((self.chat_id, reply_to)) if reply_to is not None else None
        number = self._number(speaker, self.chat_id)
        replying = f" (re [{reply_to}])" if reply_to is not None else ""
        self._write(f"[{number}] {speaker.name}{replying}: " + text.replace("\n", "\n   "))
        incoming = Incoming(
            speaker,
            text,
            self.clock(),
            in_group,
            replied=author,
            admin=speaker == self.you,  # your own bot; whoever you speak as with /as is not
            chat_id=self.chat_id,
            chat_admin=speaker == self.you,  # you made the pretend group
            message_id=number,
            reply_to=reply_to,
            reply_to_bot=reply_to is not None and author is None,
        )
        self._first_shown.clear()
        response = await self.turns.take(incoming, self)
        if not response.handled and in_group:
            self._status("playground_no_reply")
        if response.call is not None:
            await self._first_shown.wait()  # the next line comes after the command has answered
        if text.split() in (["/help"], ["/start"]):
            self._write(say("playground_help", self._lang()))

    async def _bot_added(self) -> None:
        """The speaker adds the bot to the group, as on Telegram when a group is made with it
        (bot/telegram/handlers.py `on_members_added`): a service message, no words and no
        number; a group the bot has not been in is greeted, a known one hears nothing."""
        speaker = self.speaker
        incoming = Incoming(
            speaker,
            "",
            self.clock(),
            in_group=True,
            admin=speaker == self.you,
            chat_id=self.chat_id,
            chat_admin=speaker == self.you,
            words=False,
            bot_added=True,
        )
        await self.turns.take(incoming, self)

    def _lang(self) -> str:
        return self._lang_of(self.chat_id)

    def _lang_of(self, chat_id: int) -> str:
        """The language `chat_id` speaks, as the bot's own lines there are written."""
        return self.turns.lang_for(chat_id, self.speaker.language_code)

    def _status(self, key: str, lang: str | None = None, **values: object) -> None:
        """One of the playground's own lines, in parentheses, in the chat's language (`lang`
        where given)."""
        self._write(f"({say(key, lang or self._lang(), **values)})")

    async def _press(self, args: list[str]) -> None:
        """`/press N K`: tap button (K) under message [N] of this chat, as the speaker."""
        numbers = [int(a) for a in args[:2] if a.isdigit()]
        chat_id = self.chat_id
        keys = self._keys.get((chat_id, numbers[0])) if len(numbers) == 2 else None
        if keys is None or not 1 <= numbers[1] <= len(keys):
            self._status("playground_no_button")
            return
        key = keys[numbers[1] - 1]
        if key.switch is not None:
            self._status("playground_inline_key", query=key.switch)
            return
        tap = Tap(key.data, self.speaker, chat_id, numbers[0], chat_id < 0, self.clock(), True)
        self._first_shown.clear()
        answer = await self.turns.tap(tap, self)
        if answer is not None:
            self._write(f"(🔔 {answer})")

    # -- the outbox -----------------------------------------------------------------------

    async def send(self, chat_id: int, message: Send) -> Sent:
        number = self._number(None, chat_id)
        self._write(render(message.reply, number))
        if message.keys:
            self._show_keys(chat_id, number, message.keys)
        return Sent(number, chat_id < 0)  # a pretend group has a negative id, as on Telegram

    async def edit_keys(self, chat_id: int, message_id: int, keys: Keys) -> None:
        self._status("playground_keys_change", number=message_id)
        self._show_keys(chat_id, message_id, keys)

    def _show_keys(self, chat_id: int, number: int, keys: Keys) -> None:
        flat = [key for row in keys for key in row]
        self._keys[chat_id, number] = flat
        shown = " ".join(f"({i}) {key.label}" for i, key in enumerate(flat, 1))
        self._write(f"   [{say('playground_keys', self._lang_of(chat_id))}: {shown}]")

    async def show(self, chat_id: int, event: Event, reply_to: int | None) -> Sent | None:
        number = self._number(None, chat_id)  # a message of its own, as on Telegram
        if isinstance(event, Picture):
            caption = event.caption
            if self._shown and caption.startswith(self._shown):  # the result was just shown
                caption = caption[len(self._shown) :].strip()
            path = self._save_picture(event.png, chat_id, number)
            self._write(f"🖼 [{number}] {path}\n   " + caption.replace("\n", "\n   "))
        elif isinstance(event, Say | Status):
            self._write(f"🎭 [{number}] {event.text}".replace("\n", "\n   "))
            self._shown = event.text
        self._first_shown.set()
        return Sent(number, chat_id < 0)

    async def tell(self, chat_id: int, text: str) -> None:
        name = self._names.get(chat_id, str(chat_id))  # e.g. a link's owner hears of it
        told = say("playground_told", self._lang_of(chat_id), name=name)
        self._write(told + text.replace("\n", "\n   "))

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        self._shown = ""
        self._start(self._run(work))

    async def _run(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except Exception:
            log.exception("a command failed in the playground")
            self._write("🎭 " + say("oops", self._lang()))
        finally:
            self._first_shown.set()

    def set_timers(self, chat_id: int, deadlines: Mapping[str, float]) -> None:
        self._deadlines[chat_id] = dict(deadlines)
        self._changed.set()

    def _save_picture(self, png: bytes, chat_id: int, number: int) -> Path:
        """Named by its chat as well: each chat numbers its own messages."""
        self.picture_dir.mkdir(parents=True, exist_ok=True)
        path = self.picture_dir / f"picture-{abs(chat_id)}-{number}.png"
        path.write_bytes(png)
        return path

    def _number(self, author: Person | None, chat_id: int) -> int:
        """The next message number of `chat_id`, for a message by `author` (None: the bot)."""
        number = self._numbers.get(chat_id, 0) + 1
        self._numbers[chat_id] = number
        self._authors[chat_id, number] = author
        return number

    def _write(self, text: str) -> None:
        if not self._feeding:
            self.before_output()
        self.out.write(text + "\n")
        self.out.flush()
        if not self._feeding:
            self.after_output()

    # -- time -----------------------------------------------------------------------------

    async def reveal_when_due(self) -> None:
        """Forever: reveal each chat's pranks as their timers come due."""
        self.turns.rearm(self)
        while True:
            self._changed.clear()
            now = self.clock()
            deadlines = [until for chat in self._deadlines.values() for until in chat.values()]
            if any(until <= now for until in deadlines):
                await self.turns.expire_due(now, self)
                continue
            delay = min(deadlines) - now if deadlines else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), delay)

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait(self) -> None:
        """Until every command still running (training, say) has finished."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


def render(reply: Reply, number: int) -> str:
    # A group question names whom it asks in its own text (the engine's), on Telegram too.
    return f"🎭 [{number}] " + reply.text.replace("\n", "\n   ")


def run_playground(
    turns: Turns,
    stdin: TextIO | None,
    stdout: TextIO,
    data_dir: Path,
    lang: str | None = None,
    getting_ready: Callable[[], object] | None = None,
) -> int:
    """Read lines until end of input; print what the bot says. Returns the exit code.
    `lang`: the language everyone in it speaks (the terminal's, `locale_language`).
    `getting_ready`: work run in a thread of its own while the first lines are read (the
    second opinions learned: ~1.4 s, ~10 s on a loaded machine, and a new user at a
    terminal saw no prompt for it: newuser17, newuser18). An answer read before it is done
    loses nothing: its state's second opinion is learned on first use, by whichever comes
    first (`RoutineState.opinion`).

    The bot runs on an event loop in a thread of its own, so timeouts and training progress
    appear while this thread waits for the next line; a line typed at a terminal is edited
    with readline and kept in the history."""
    if getting_ready is not None:
        threading.Thread(target=_get_ready, args=(getting_ready,), daemon=True).start()
    loop = asyncio.new_event_loop()
    playground = Playground(turns, stdout, picture_dir=data_dir / "playground", language_code=lang)
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        revealing = loop.create_task(playground.reveal_when_due())
        loop.call_soon(ready.set)
        loop.run_forever()
        revealing.cancel()
        loop.run_until_complete(asyncio.gather(revealing, return_exceptions=True))

    server = threading.Thread(target=serve, daemon=True, name="playground")
    server.start()
    ready.wait()
    interactive = _is_terminal(stdin)
    if interactive:
        _interactive(playground, stdout, data_dir / "playground_history")
    try:
        for line in _lines(stdin, interactive):
            asyncio.run_coroutine_threadsafe(playground.feed(line), loop).result()
        asyncio.run_coroutine_threadsafe(playground.wait(), loop).result()
    except KeyboardInterrupt:
        stdout.write("\n")
    finally:
        turns.services.close()
        loop.call_soon_threadsafe(loop.stop)
        server.join(timeout=5)
    return 0


def _get_ready(work: Callable[[], object]) -> None:
    try:
        work()
    except Exception:  # the answers that need it say sorry (`Playground.feed`), not the start
        log.exception("the playground could not get ready")


def _is_terminal(stdin: TextIO | None) -> bool:
    """Whether a person types the lines. Run in the background, the playground's stdin may be
    closed (None: started with no fd 0; a closed file; a descriptor of -1): no one types, and
    there is nothing to read (native26 saw "ValueError: Invalid file descriptor: -1")."""
    try:
        return stdin is not None and stdin.isatty()
    except (OSError, ValueError):
        return False


def _lines(stdin: TextIO | None, interactive: bool) -> Iterator[str]:
    if not interactive:
        if stdin is None:
            return
        try:
            yield from stdin
        except (OSError, ValueError):  # closed, or no file behind it: the input has ended
            return
        return
    while True:
        try:
            yield input("> ")
        except KeyboardInterrupt:  # Ctrl-C cancels the line being typed
            print()
        except EOFError:  # Ctrl-D leaves
            print()
            return


def _interactive(playground: Playground, stdout: TextIO, history: Path) -> None:
    """Line editing and history (kept in data/), and bot messages printed above the line
    being typed."""
    import readline

    with contextlib.suppress(OSError):
        history.parent.mkdir(parents=True, exist_ok=True)
        readline.read_history_file(history)
    readline.set_history_length(1000)
    import atexit

    atexit.register(lambda: _save_history(readline, history))
    stdout.write(say("playground_banner", playground._lang()) + "\n")
    playground.before_output = lambda: stdout.write("\r\033[K")
    playground.after_output = lambda: (
        stdout.write("> " + readline.get_line_buffer()),
        stdout.flush(),
    )


def _save_history(readline: ModuleType, history: Path) -> None:
    with contextlib.suppress(OSError):
        readline.write_history_file(history)
