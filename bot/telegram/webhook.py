"""Updates over HTTP: the webhook, for one instance or several behind a load balancer.

At start the bot listens on WEBHOOK_LISTEN, then tells Telegram where to deliver: setWebhook
with the public URL, the secret and the update types it handles. Telegram sends each update
in a POST and sends a chat's next update only once this one is answered; the answer comes
when the update is handled, so a bot killed mid-update leaves it unanswered and Telegram
(through the load balancer, to an instance alive) delivers it again. Each update is handled
under the database's lock on its chat (an update of no chat, an inline query, under a lock
on itself), and the redelivery guard inside drops one handled before: an update that
reaches two instances is handled once. A POST without the right secret is refused unread.

The same listener answers GET /healthz (200 while the database answers, else 503) and
GET /metrics (Prometheus's text format).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import signal
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application as Routes
from tornado.web import RequestHandler

from bot import metrics
from bot.config import Webhook
from bot.storage import Storage, StorageError
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


class WebhookServer:
    def __init__(self, application: Application, storage: Storage, webhook: Webhook) -> None:
        self.application = application
        self.storage = storage
        self.webhook = webhook
        self.port = webhook.port  # the port bound, once started (WEBHOOK_LISTEN may say 0)
        self._server: HTTPServer | None = None
        self._in_hand: set[asyncio.Future] = set()  # one per update being handled
        redact(webhook.secret)  # python-telegram-bot logs setWebhook's parameters at DEBUG

    async def start(self) -> None:
        """Listen, then have Telegram deliver here: no update arrives before we can take it."""
        routes = Routes(
            [
                (re.escape(self.webhook.path), _Updates, {"server": self}),
                (r"/healthz", _Health, {"storage": self.storage}),
                (r"/metrics", _Metrics),
            ],
            log_function=_log_request,
        )
        sockets = bind_sockets(self.webhook.port, self.webhook.host)
        self.port = sockets[0].getsockname()[1]
        self._server = HTTPServer(routes, max_body_size=MAX_BODY)
        self._server.add_sockets(sockets)
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
        if self._server is not None:
            self._server.stop()
            while self._in_hand:  # a connection kept alive may bring one more meanwhile
                await asyncio.gather(*self._in_hand)
            await self._server.close_all_connections()

    def accepts(self, secret: str) -> bool:
        return hmac.compare_digest(secret.encode(), self.webhook.secret.encode())

    async def handle(self, update: Update) -> None:
        """Handle the update as polling would, under the database's lock on its chat."""
        chat = update.effective_chat
        lock = (
            self.storage.chat_lock(chat.id)
            if chat is not None
            else self.storage.update_lock(update.update_id)
        )
        application = self.application
        handled = asyncio.get_running_loop().create_future()
        self._in_hand.add(handled)
        try:
            async with lock:
                await application.update_processor.process_update(
                    update, application.process_update(update)
                )
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


class _Updates(RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def post(self) -> None:
        arrived = time.perf_counter()
        secret = self.request.headers.get(SECRET_HEADER)
        if secret is None or not self.server.accepts(secret):
            log.warning(
                "webhook: refused a request from %s %s",
                self.request.remote_ip,
                "without the secret" if secret is None else "with a wrong secret",
            )
            self._answer(401 if secret is None else 403, "wrong or missing secret token")
            return
        try:
            update = Update.de_json(json.loads(self.request.body), self.server.application.bot)
        except Exception as error:  # anything the body may be: none of it is an update
            log.warning("webhook: a request that is no update (%r)", error)
            self._answer(400, "not an update")
            return
        try:
            await self.server.handle(update)
        except StorageError as error:
            # Unanswered with a 2xx, the update comes again, to this instance or another.
            log.warning("update %s not handled now: %s", update.update_id, error)
            self._answer(503, "database unavailable")
            return
        metrics.REPLY_SECONDS.observe(time.perf_counter() - arrived)
        self._answer(200, "")

    def _answer(self, status: int, text: str) -> None:
        self.set_status(status)
        self.finish(text)


class _Health(RequestHandler):
    def initialize(self, storage: Storage) -> None:
        self.storage = storage

    async def get(self) -> None:
        try:
            await asyncio.to_thread(self.storage.ping)
        except StorageError as error:
            log.warning("health: %s", error)
            self.set_status(503)
            self.finish("database unavailable\n")
            return
        self.finish("ok\n")


class _Metrics(RequestHandler):
    def get(self) -> None:
        body, content_type = metrics.exposition()
        self.set_header("Content-Type", content_type)
        self.finish(body)


def _log_request(handler: RequestHandler) -> None:
    """Only failures: a line per update would drown the log."""
    if handler.get_status() >= 500:
        log.warning("%s %s: %s", handler.request.method, handler.request.path, handler.get_status())


@asynccontextmanager
async def serving(
    application: Application, storage: Storage, webhook: Webhook
) -> AsyncIterator[WebhookServer]:
    """Run `application` on a webhook, its post_init and post_shutdown included, until the
    block ends."""
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
