"""The console playground: the bot in a terminal, no token needed.

It starts as your private chat with the bot. `/group [name]` moves to a pretend group, where
`/as NAME` speaks as someone else, so a group prank can be played alone; `/private` comes
back. Each chat keeps its own state. Every bot message carries a number (`[3]`), and
`/reply 3 text` (or `>3 text`) answers that message, as a reply does on Telegram. Timeouts
and training progress show up when they happen; `/wait` waits for what is still running.

The same core as on Telegram answers: the engine for conversation, the lab for networks,
the same storage. Only the delivery is this module's own: lines of text, and pictures saved
as PNG files.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TextIO

from bot.application.core import Core
from bot.conversation.commands import parse_command
from bot.conversation.engine import NOT_A_QUESTION, Incoming, Outcome, Reply
from bot.conversation.state import Person
from bot.i18n.catalogue import say
from bot.i18n.language import language_for
from bot.lab.service import LabEvent, Picture, Say, Status
from bot.storage import Storage

log = logging.getLogger(__name__)

BANNER = (
    "套路 Taolu playground: your private chat with the bot. /help lists what you can do; "
    "Ctrl-D quits.\n套路游乐场：这是你和机器人的私聊。发 /help 看看；Ctrl-D 退出。"
)


def person_named(name: str) -> Person:
    """A stable pretend user for `name`, so `/as bob` twice is the same bob."""
    return Person(zlib.crc32(name.encode("utf-8")), name, name)


def group_id(name: str) -> int:
    return -(zlib.crc32(name.encode("utf-8")) or 1)


class Playground:
    """Feeds lines to the core and writes what the bot says as text."""

    def __init__(
        self,
        core: Core,
        storage: Storage,
        out: TextIO,
        picture_dir: Path,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.core = core
        self.storage = storage
        self.out = out
        self.clock = clock
        self.picture_dir = picture_dir
        self.you = person_named("you")
        self.speaker = self.you
        self._names = {self.you.id or 0: self.you.name}  # private chat id → whose it is
        self.chat_id = self.you.id or 0
        self.group_name: str | None = None
        self._numbers = 0  # the last message number given
        self._authors: dict[int, Person | None] = {}  # message number → author (None: the bot)
        self._tasks: set[asyncio.Task] = set()
        self._changed = asyncio.Event()
        # Set in a terminal: what is printed while the user types goes above their line.
        self.before_output: Callable[[], None] = lambda: None
        self.after_output: Callable[[], None] = lambda: None
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
            self._write("🎭 " + say("oops", language_for(None, self._lang())))
        finally:
            self._feeding = False

    async def _feed(self, line: str) -> None:
        reply_to, line = self._reply_prefix(line)
        parsed = parse_command(line)
        name = parsed[0] if parsed else None
        if reply_to is None and name == "open":  # a prank link, opened in a private chat
            if self.group_name is not None:
                await self._own_command("private", [])
            # The code, or the whole link the bot printed (…?start=CODE), as people paste it.
            given = parsed[1][0] if parsed and parsed[1] else ""
            line = "/start " + given.rsplit("start=", 1)[-1]
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
        if not number.isdigit() or int(number) not in self._authors:
            self._write(f"(no message [{number}] to reply to: /reply N text)")
            return None, ""
        return int(number), rest.strip()

    async def _own_command(self, name: str, args: list[str]) -> None:
        if name == "as":
            who = args[0].strip().lstrip("@") if args else ""
            if who:
                self.speaker = person_named(who)
                self._names[self.speaker.id or 0] = self.speaker.name
            if self.group_name is None:  # out of a group, each person has a private chat
                self.chat_id = self.speaker.id or 0
                self._write(f"(now {self.speaker.name}, in their private chat with the bot)")
            else:
                self._write(f"(now speaking as {self.speaker.name})")
        elif name == "group":
            self.group_name = args[0].strip() if args else "friends"
            self.chat_id = group_id(self.group_name)
            self._write(f"(in the group “{self.group_name}”; /as NAME speaks as someone else)")
        elif name == "private":
            self.group_name, self.chat_id = None, self.speaker.id or 0
            self._write(f"(in {self.speaker.name}'s private chat with the bot)")
        elif name == "wait":
            await self.wait()

    async def _message(self, text: str, reply_to: int | None) -> None:
        if not text:
            return
        ticket, replied = None, None
        if reply_to is not None:
            author = self._authors[reply_to]
            if author is None:
                ticket = self.storage.ticket_for(self.chat_id, reply_to) or NOT_A_QUESTION
            else:
                replied = author
        in_group = self.group_name is not None
        speaker = self.speaker
        incoming = Incoming(
            speaker,
            text,
            self.clock(),
            in_group,
            ticket,
            replied,
            admin=True,  # it is your own bot
            chat_id=self.chat_id,
            chat_admin=speaker == self.you,  # you made the pretend group
        )
        outcome = self.core.handle(self.storage.load_chat(self.chat_id), incoming)
        if not outcome.handled and in_group:
            self._write("(no reply: in a group the bot answers commands and its questions)")
        self._deliver(self.chat_id, outcome)
        if outcome.call is not None:
            acts_for_chat = not in_group or incoming.chat_admin
            events = self.core.run(outcome.call, self.chat_id, speaker.id, acts_for_chat)
            first_shown = asyncio.Event()
            self._start(self._show_events(events, first_shown))
            await first_shown.wait()  # the next line comes after the command has answered
        if text.split() in (["/help"], ["/start"]):
            lang = language_for(speaker.language_code, self.storage.load_chat(self.chat_id).lang)
            self._write(say("playground_help", lang))

    # -- output ---------------------------------------------------------------------------

    def _deliver(self, chat_id: int, outcome: Outcome) -> None:
        ended = set(self.storage.load_chat(chat_id).pranks) - set(outcome.chat.pranks)
        self.storage.save_chat(chat_id, outcome.chat)
        for reply in outcome.replies:
            number = self._number(None)
            if reply.asks and reply.ticket is not None:
                self.storage.remember_question(chat_id, number, reply.ticket)
            self._write(render(reply, number))
        if ended:
            self.storage.forget_questions(chat_id, keep=outcome.chat.pranks)
        for elsewhere, text in self.core.reports(outcome):  # e.g. a link's owner hears of it
            name = self._names.get(elsewhere, str(elsewhere))
            self._write(f"📬 to {name}: " + text.replace("\n", "\n   "))
        self._changed.set()

    async def _show_events(self, events: AsyncIterator[LabEvent], first: asyncio.Event) -> None:
        try:
            await self._show_each(events, first)
        except Exception:
            log.exception("a command failed in the playground")
            self._write("🎭 " + say("oops", language_for(None, self._lang())))
        finally:
            first.set()

    def _lang(self) -> str | None:
        return self.storage.load_chat(self.chat_id).lang

    async def _show_each(self, events: AsyncIterator[LabEvent], first: asyncio.Event) -> None:
        shown = ""
        try:
            async for event in events:
                if isinstance(event, Picture):
                    caption = event.caption
                    if shown and caption.startswith(shown):  # the result was just shown
                        caption = caption[len(shown) :].strip()
                    number = self._number(None)  # a message of its own, as on Telegram
                    path = self._save_picture(event.png, number)
                    self._write(f"🖼 [{number}] {path}\n   " + caption.replace("\n", "\n   "))
                elif isinstance(event, Say | Status):
                    self._write(f"🎭 [{self._number(None)}] {event.text}".replace("\n", "\n   "))
                    shown = event.text
                first.set()
        finally:
            first.set()

    def _save_picture(self, png: bytes, number: int) -> Path:
        self.picture_dir.mkdir(parents=True, exist_ok=True)
        path = self.picture_dir / f"picture-{number}.png"
        path.write_bytes(png)
        return path

    def _number(self, author: Person | None) -> int:
        self._numbers += 1
        self._authors[self._numbers] = author
        return self._numbers

    def _write(self, text: str) -> None:
        if not self._feeding:
            self.before_output()
        self.out.write(text + "\n")
        self.out.flush()
        if not self._feeding:
            self.after_output()

    # -- time -----------------------------------------------------------------------------

    async def reveal_when_due(self) -> None:
        """Forever: reveal each chat's pranks as their deadlines pass."""
        while True:
            now = self.clock()
            deadlines = []
            for chat_id, state in list(self.storage.chats_with_pranks()):
                if any(p.until <= now for p in state.pranks.values()):
                    self._deliver(chat_id, self.core.engine.expire(state, now))
                    self._changed.clear()
                    continue
                deadlines += [p.until for p in state.pranks.values()]
            self._changed.clear()
            delay = min(deadlines) - now if deadlines else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), delay)

    def _start(self, work: object) -> None:
        task = asyncio.ensure_future(work)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait(self) -> None:
        """Until every command still running (training, say) has finished."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


def render(reply: Reply, number: int) -> str:
    address = reply.address.label if reply.address is not None and reply.asks else None
    prefix = f"→ {address}: " if address and not reply.text.startswith(address) else ""
    return f"🎭 [{number}] " + prefix + reply.text.replace("\n", "\n   ")


def run_playground(
    core: Core, storage: Storage, stdin: TextIO, stdout: TextIO, data_dir: Path
) -> int:
    """Read lines until end of input; print what the bot says. Returns the exit code.

    The bot runs on an event loop in a thread of its own, so timeouts and training progress
    appear while this thread waits for the next line; a line typed at a terminal is edited
    with readline and kept in the history."""
    loop = asyncio.new_event_loop()
    playground = Playground(core, storage, stdout, picture_dir=data_dir / "playground")
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
    interactive = stdin.isatty()
    if interactive:
        _interactive(playground, stdout, data_dir / "playground_history")
    try:
        for line in _lines(stdin, interactive):
            asyncio.run_coroutine_threadsafe(playground.feed(line), loop).result()
        asyncio.run_coroutine_threadsafe(playground.wait(), loop).result()
    except KeyboardInterrupt:
        stdout.write("\n")
    finally:
        core.close()
        loop.call_soon_threadsafe(loop.stop)
        server.join(timeout=5)
    return 0


def _lines(stdin: TextIO, interactive: bool) -> Iterator[str]:
    if not interactive:
        yield from stdin
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
    stdout.write(BANNER + "\n")
    playground.before_output = lambda: stdout.write("\r\033[K")
    playground.after_output = lambda: (
        stdout.write("> " + readline.get_line_buffer()),
        stdout.flush(),
    )


def _save_history(readline: object, history: Path) -> None:
    with contextlib.suppress(OSError):
        readline.write_history_file(history)  # type: ignore[attr-defined]
