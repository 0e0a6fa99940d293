"""Updates over HTTP: the webhook, for one instance or several behind a load balancer.

At start the bot listens on WEBHOOK_LISTEN, then tells Telegram where to deliver: setWebhook
with the public URL, the secret and the update types it handles. Telegram sends each update
in a POST and sends a chat's next update only once this one is answered; the answer comes
when the update is handled, so a bot killed mid-update leaves it unanswered and Telegram
(through the load balancer, to an instance alive) delivers it again. Each update is handled
under the database's lock on its chat (an update of no chat, an inline query, under a lock
on itself), and the redelivery guard inside drops one handled before: an update that
reaches two instances is handled once.

The same listener answers GET /healthz (200 while the database answers within a second,
else 503) and GET /metrics (Prometheus's text format).

What a stranger on the internet can do to it is bounded. The HTTP side runs on an event
loop of its own, in a thread, so /healthz and /metrics answer, and strangers are refused,
even while the bot's loop waits on a database that does not answer. A request without the
right secret (compared in constant time) is refused as soon as its headers arrive, its
body never read; so is anything with a body but a webhook POST. A connection has
`idle_seconds` to send a request's headers (or its next request's), and `body_seconds` to
send the body; a body is at most MAX_BODY; at most `max_connections` are open at once, the
next ones closed as soon as they come. When the process runs out of file descriptors, new
connections are closed at once (one file descriptor is kept in reserve for that), not left
to spin the accept loop, and that is said once a minute, not per connection.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import hmac
import json
import logging
import os
import re
import signal
import socket
import threading
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream
from tornado.netutil import bind_sockets
from tornado.web import Application as Routes
from tornado.web import HTTPError, RequestHandler, stream_request_body

from bot import metrics
from bot.config import Webhook
from bot.storage import Storage, StorageError, lock_order
from bot.telegram.redelivery import RedeliveryGuard, Verdict
from bot.telegram.secrecy import redact

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What the handlers of bot/telegram/app.py take; Telegram sends nothing else.
HANDLED_UPDATES = (
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.INLINE_QUERY,
    Update.CHOSEN_INLINE_RESULT,
    Update.CALLBACK_QUERY,
)
MAX_BODY = 1 << 20  # an update is a few kilobytes; a larger body is not Telegram's
HEALTH_SECONDS = 1.0  # /healthz says 503 when the database has not answered by then
PINGS_AT_ONCE = 4  # health pings stuck on a database that does not answer, at most
PING_SHARED_SECONDS = 5.0  # a ping younger than this answers every /healthz meanwhile
OUT_OF_FILES = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


class WebhookServer:
    def __init__(self, application: Application, storage: Storage, webhook: Webhook) -> None:
        self.application = application
        self.storage = storage
        self.webhook = webhook
        self.port = webhook.port  # the port bound, once started (WEBHOOK_LISTEN may say 0)
        self._loop: asyncio.AbstractEventLoop | None = None  # the bot's
        self._front: _Front | None = None  # the HTTP side, on a loop and thread of its own
        self._in_hand: set[asyncio.Future] = set()  # one per update being handled
        self.health = _Health(storage)
        redact(webhook.secret, "<webhook secret>")  # setWebhook's parameters are logged

    async def start(self) -> None:
        """Listen, then have Telegram deliver here: no update arrives before we can take it."""
        sockets = bind_sockets(self.webhook.port, self.webhook.host)
        self.port = sockets[0].getsockname()[1]
        self._loop = asyncio.get_running_loop()
        self._front = _Front(self)
        await self._front.run(self._front.listen(sockets))
        await self.application.bot.set_webhook(
            self.webhook.url,
            secret_token=self.webhook.secret,
            allowed_updates=list(HANDLED_UPDATES),
            drop_pending_updates=False,
        )
        log.info(
            "webhook set; serving updates at %s on %s:%s",
            self.webhook.path,
            self.webhook.host,
            self.port,
        )

    async def stop(self) -> None:
        """Stop listening and let the updates in hand finish. The webhook stays set: the
        other instances go on, and Telegram keeps what arrives while none runs."""
        front, self._front = self._front, None
        if front is not None:
            await front.run(front.stop())
            while self._in_hand:
                await asyncio.gather(*self._in_hand)
            await front.close()

    def accepts(self, secret: str) -> bool:
        return hmac.compare_digest(secret.encode(), self.webhook.secret.encode())

    async def receive(self, data: object) -> tuple[int, str]:
        """On the bot's loop: a POSTed update handled; the HTTP status and text to answer."""
        arrived = time.perf_counter()
        try:
            update = Update.de_json(data, self.application.bot)  # type: ignore[arg-type]
        except Exception as error:  # anything the body may be: none of it is an update
            log.warning("webhook: a request that is no update (%r)", error)
            return 400, "not an update"
        try:
            await self.handle(update)
        except StorageError as error:
            # Unanswered with a 2xx, the update comes again, to this instance or another.
            log.warning("update %s not handled now: %s", update.update_id, error)
            return 503, "database unavailable"
        metrics.REPLY_SECONDS.observe(time.perf_counter() - arrived)
        return 200, ""

    async def handle(self, update: Update) -> None:
        """Handle the update as polling would, under the database's lock on its chat (and on
        the group a supergroup's update says moved in: `locked_chats`)."""
        chat = update.effective_chat
        application = self.application
        handled = asyncio.get_running_loop().create_future()
        self._in_hand.add(handled)

        async def locked() -> None:
            async with AsyncExitStack() as locks:
                if chat is None:
                    await locks.enter_async_context(self.storage.update_lock(update.update_id))
                else:  # the update's own chat's lock reads what it is about to handle ahead
                    ahead = (chat.id, update.update_id)
                    chats = self.storage.chats_locked(locked_chats(update), ahead)
                    await locks.enter_async_context(chats)
                await application.process_update(update)

        try:
            # The locks are taken in the update's working slot (bot/telegram/ordering.py), not
            # before it: a group's turn that finds the group moved, in a slot, waits for the
            # supergroup's lock (`Turns._move`); taken before, it was held by the
            # supergroup's update waiting for a slot, and two such moves at once held both
            # group slots for ever (redteam24).
            await application.update_processor.process_update(update, locked())
        finally:
            self._in_hand.discard(handled)
            handled.set_result(None)
        # python-telegram-bot hands a handler's error to the error handlers and goes on; an
        # update the database failed must instead stay unanswered, for Telegram to deliver it
        # again (the part already saved, if any, marked it handled: nothing is done twice).
        # One that fails the same way every time is answered (bot/telegram/redelivery.py).
        guard: RedeliveryGuard | None = application.bot_data.get("redelivery")
        if guard is not None and guard.verdict(update.update_id) is Verdict.AGAIN:
            raise StorageError(f"the database failed while update {update.update_id} was handled")

    async def hand_over(self, data: object) -> tuple[int, str]:
        """From the HTTP side: have the bot's loop take the update; its answer."""
        assert self._loop is not None
        return await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(self.receive(data), self._loop)
        )


def locked_chats(update: Update) -> list[int]:
    """The chats whose locks an update is handled under, in the order they are taken
    (`lock_order`): its own chat's; and for the supergroup's word that a group became it
    (`migrate_from_chat_id`: the handler moves the group's state in), the group's too, taken
    first, as a turn of the group that finds it moved takes them (redteam23)."""
    chat = update.effective_chat
    if chat is None:
        return []
    message = update.effective_message
    moved_from = message.migrate_from_chat_id if message is not None else None
    return lock_order([chat.id] if not moved_from else [chat.id, moved_from])


class _Every:
    """A log line said at most once per `seconds`, with how many were held back since."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last = -seconds
        self._held = 0
        self._lock = threading.Lock()

    def warning(self, message: str, *args: object) -> None:
        with self._lock:
            now = time.monotonic()
            if now - self._last < self.seconds:
                self._held += 1
                return
            held, self._held, self._last = self._held, 0, now
        if held:
            message, args = f"{message} (and {held} more since)", args
        log.warning(message, *args)


_REFUSED = _Every(10.0)
_TOO_MANY = _Every(10.0)
_OUT_OF_FILES = _Every(60.0)
_SICK = _Every(10.0)


class _Front:
    """The HTTP side: tornado on an event loop of its own, in a thread. Updates are handed
    to the bot's loop and answered when handled there; everything else is answered here,
    however busy the bot's loop is."""

    def __init__(self, server: WebhookServer) -> None:
        self.server = server
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._serve, name="webhook http", daemon=True)
        self.thread.start()
        self.http: _Listener | None = None
        self.stopping = False
        self.posts = 0  # webhook POSTs taken and not yet answered
        self.answered = asyncio.Event()  # set while posts == 0

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    async def run(self, work: object) -> object:
        """Run a coroutine on this loop, from the bot's; its result."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(work, self.loop))  # type: ignore[arg-type]

    async def listen(self, sockets: list[socket.socket]) -> None:
        webhook = self.server.webhook
        routes = Routes(
            [
                (re.escape(webhook.path), _Updates, {"front": self}),
                (r"/healthz", _HealthCheck, {"health": self.server.health}),
                (r"/metrics", _Metrics),
            ],
            default_handler_class=_NotFound,
            log_function=_log_request,
        )
        self.answered.set()
        self.http = _Listener(
            routes,
            max_connections=webhook.max_connections,
            max_body_size=MAX_BODY,
            idle_connection_timeout=webhook.idle_seconds,  # tornado's header timeout too
            body_timeout=webhook.body_seconds,
        )
        self.http.add_sockets(sockets)

    async def stop(self) -> None:
        """Listen no more; answer the POSTs taken; then close every connection. A POST that
        comes meanwhile on a connection kept alive is answered 503, for another instance."""
        if self.http is None:
            return
        self.http.stop()
        self.stopping = True
        await self.answered.wait()
        await self.http.close_all_connections()

    async def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        await asyncio.to_thread(self.thread.join)
        self.loop.close()


class _Listener(HTTPServer):
    """tornado's HTTP server, with a cap on open connections and an accept loop that sheds
    connections instead of spinning when the process has no file descriptor left."""

    def initialize(self, *args: object, max_connections: int, **kwargs: object) -> None:  # type: ignore[override]
        super().initialize(*args, **kwargs)  # type: ignore[arg-type]
        self.max_connections = max_connections
        self._streams: set[IOStream] = set()  # of the connections taken, maybe closed since
        self._accepting: dict[socket.socket, bool] = {}
        self._reserve: int | None = None

    def add_sockets(self, sockets: list[socket.socket]) -> None:  # type: ignore[override]
        self._reserve = _reserve()
        for sock in sockets:
            sock.setblocking(False)
            self._accepting[sock] = True
            IOLoop.current().add_handler(sock, self._accept, IOLoop.READ)

    def stop(self) -> None:
        for sock in self._accepting:
            IOLoop.current().remove_handler(sock)
            sock.close()
        self._accepting.clear()
        if self._reserve is not None:
            os.close(self._reserve)
            self._reserve = None

    def handle_stream(self, stream: IOStream, address: object) -> None:
        self._streams.add(stream)
        super().handle_stream(stream, address)  # type: ignore[arg-type]

    @property
    def open_connections(self) -> int:
        """Connections whose socket is open (tornado ends a request's bookkeeping a while
        after it closes the socket; only the socket costs a file descriptor)."""
        self._streams = {stream for stream in self._streams if not stream.closed()}
        return len(self._streams)

    def _accept(self, sock: socket.socket, events: int) -> None:
        for _ in range(128):  # as tornado's: others get their turn after a burst
            if sock not in self._accepting:
                return
            try:
                connection, address = sock.accept()
            except BlockingIOError:
                return
            except ConnectionAbortedError:
                continue
            except OSError as error:
                if error.errno not in OUT_OF_FILES:
                    raise
                if not self._shed(sock, error):
                    return
                continue
            if self.open_connections >= self.max_connections:
                connection.close()
                _TOO_MANY.warning(
                    "webhook: %s connections open, the most taken: closed a new one at once",
                    self.open_connections,
                )
                continue
            self._handle_connection(connection, address)

    def _shed(self, sock: socket.socket, error: OSError) -> bool:
        """No file descriptor for a new connection: close it at once, with the one kept in
        reserve, so that it leaves the queue (else the listener stays readable and the loop
        spins). Without a reserve, stop accepting for a moment. True if one was shed."""
        _OUT_OF_FILES.warning(
            "webhook: out of file descriptors (%s): new connections are closed at once",
            error.strerror,
        )
        if self._reserve is not None:
            os.close(self._reserve)
            self._reserve = None
            try:
                connection, _ = sock.accept()
                connection.close()
            except OSError:
                pass
            self._reserve = _reserve()
            if self._reserve is not None:
                return True
        IOLoop.current().remove_handler(sock)

        def resume() -> None:
            if sock in self._accepting:
                if self._reserve is None:
                    self._reserve = _reserve()
                IOLoop.current().add_handler(sock, self._accept, IOLoop.READ)

        IOLoop.current().call_later(0.5, resume)
        return False


def _reserve() -> int | None:
    try:
        return os.open(os.devnull, os.O_RDONLY)
    except OSError:
        return None


class _Bodiless(RequestHandler):
    """GET only, and no body: a request with one is refused before it is read."""

    def prepare(self) -> None:
        if self.request.method not in ("GET", "HEAD"):
            raise HTTPError(405)
        headers = self.request.headers
        if headers.get("Content-Length", "0") != "0" or "Transfer-Encoding" in headers:
            raise HTTPError(413)

    def data_received(self, chunk: bytes) -> None:
        pass  # refused in prepare; nothing comes


@stream_request_body
class _NotFound(_Bodiless):
    def prepare(self) -> None:
        raise HTTPError(404)


@stream_request_body
class _Updates(RequestHandler):
    """A webhook POST: the secret checked as soon as the headers arrive, the body read only
    then, into memory of at most MAX_BODY (tornado's max_body_size)."""

    def initialize(self, front: _Front) -> None:
        self.front = front
        self.chunks: list[bytes] = []
        self.taken = False  # counted in front.posts
        self.handing = False  # post() runs: it lets go when it ends

    def prepare(self) -> None:
        if self.request.method != "POST":
            raise HTTPError(405)  # updates are POSTed
        secret = self.request.headers.get(SECRET_HEADER)
        if secret is None or not self.front.server.accepts(secret):
            _REFUSED.warning(
                "webhook: refused a request from %s %s",
                self.request.remote_ip,
                "without the secret" if secret is None else "with a wrong secret",
            )
            self._answer(401 if secret is None else 403, "wrong or missing secret token")
            return
        if self.front.stopping:
            self._answer(503, "stopping: deliver it elsewhere")
            return
        self.taken = True
        self.front.posts += 1
        self.front.answered.clear()

    def data_received(self, chunk: bytes) -> None:
        self.chunks.append(chunk)

    async def post(self) -> None:
        self.handing = True
        try:
            try:
                data = json.loads(b"".join(self.chunks))
            except (ValueError, RecursionError) as error:  # nested too deep: no update either
                log.warning("webhook: a request that is no update (%r)", error)
                self._answer(400, "not an update")
                return
            self.chunks = []
            if not _has_update_id(data):  # refused here, before the bot's loop sees it
                log.warning("webhook: a request that is no update (no 64-bit update_id)")
                self._answer(400, "not an update")
                return
            status, text = await self.front.server.hand_over(data)
            self._answer(status, text)
        finally:
            self._let_go()

    def on_connection_close(self) -> None:
        super().on_connection_close()
        if not self.handing:  # the body never came whole: nothing was handed over
            self._let_go()

    def _let_go(self) -> None:
        if self.taken:
            self.taken = False
            self.front.posts -= 1
            if self.front.posts == 0:
                self.front.answered.set()

    def _answer(self, status: int, text: str) -> None:
        self.set_status(status)
        self.finish(text)


@stream_request_body
class _HealthCheck(_Bodiless):
    def initialize(self, health: _Health) -> None:
        self.health = health

    async def get(self) -> None:
        trouble = await self.health.check()
        if trouble is not None:
            _SICK.warning("health: %s", trouble)
            self.set_status(503)
            self.finish("database unavailable\n")
            return
        self.finish("ok\n")


@stream_request_body
class _Metrics(_Bodiless):
    def get(self) -> None:
        body, content_type = metrics.exposition()
        self.set_header("Content-Type", content_type)
        self.finish(body)


class _Health:
    """Whether the database answers, within HEALTH_SECONDS. Pings run in threads of their own
    (daemon threads: one stuck on a dead connection never holds the process at exit); a ping
    under way answers every check meanwhile, and no more than PINGS_AT_ONCE are ever stuck."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._pings: list[tuple[float, concurrent.futures.Future]] = []  # HTTP thread only

    async def check(self) -> str | None:
        """None if the database answered; else what is wrong."""
        now = time.monotonic()
        self._pings = [(at, ping) for at, ping in self._pings if not ping.done()]
        recent = [ping for at, ping in self._pings if now - at < PING_SHARED_SECONDS]
        if recent:
            ping = recent[-1]
        elif len(self._pings) < PINGS_AT_ONCE:
            ping = concurrent.futures.Future()
            threading.Thread(
                target=self._ping, args=(ping,), name="health ping", daemon=True
            ).start()
            self._pings.append((now, ping))
        else:
            return f"the database has not answered {PINGS_AT_ONCE} pings in a row"
        try:
            await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(ping)), HEALTH_SECONDS)
        except TimeoutError:
            return f"the database did not answer within {HEALTH_SECONDS:g} s"
        except Exception as error:
            return str(error)
        return None

    def _ping(self, ping: concurrent.futures.Future) -> None:
        try:
            self.storage.ping()
        except BaseException as error:
            ping.set_exception(error)
        else:
            ping.set_result(None)


def _log_request(handler: RequestHandler) -> None:
    """Only failures: a line per update would drown the log."""
    if handler.get_status() >= 500 and not isinstance(handler, _HealthCheck):
        log.warning("%s %s: %s", handler.request.method, handler.request.path, handler.get_status())


@asynccontextmanager
async def serving(
    application: Application, storage: Storage, webhook: Webhook
) -> AsyncIterator[WebhookServer]:
    """Run `application` on a webhook, its post_init, post_stop and post_shutdown included,
    until the block ends."""
    server = WebhookServer(application, storage, webhook)
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        try:
            await server.start()
            yield server
        finally:
            await server.stop()
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


def run_webhook(application: Application, storage: Storage, webhook: Webhook) -> int:
    """Serve updates until SIGTERM or Ctrl-C, finishing the updates in hand; the exit code.
    A refused token or no network at start is the caller's to say, as for polling."""

    async def serve() -> None:
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopping.set)
        async with serving(application, storage, webhook):
            await stopping.wait()
        log.info("stopped on a signal; the webhook stays set for the other instances")

    try:
        asyncio.run(serve())
    except (InvalidToken, NetworkError):
        raise
    except TelegramError as error:
        log.error("Telegram refused the webhook (%s): check WEBHOOK_URL", error)
        return 1
    except OSError as error:  # the address is taken, or not this machine's
        log.error("cannot listen on %s:%s: %s", webhook.host, webhook.port, error)
        return 1
    return 0


def _has_update_id(data: object) -> bool:
    """Whether `data` is a JSON object whose update_id is an integer (not a bool, a float or
    a string) that fits in 64 bits, as every database keeps it: "abc", 1.5 or 10**30 is no
    update, and must not reach a database that would fail on it (taken for an outage: 503)."""
    if not isinstance(data, dict):
        return False
    update_id = data.get("update_id")
    return (
        isinstance(update_id, int)
        and not isinstance(update_id, bool)
        and -(2**63) <= update_id < 2**63
    )
