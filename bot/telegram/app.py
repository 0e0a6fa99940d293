"""The Telegram bot: python-telegram-bot's Application wired to the engine and storage."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ChosenInlineResultHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import metrics
from bot.application import retention
from bot.application.services import Services
from bot.application.turn import Turns
from bot.config import Settings
from bot.content.corpus import Corpus
from bot.lab.spec import EPOCHS_RANGE
from bot.single_instance import AlreadyRunningError, hold_database
from bot.storage import Storage, StorageError
from bot.telegram.buttons import PATTERN, ButtonHandlers, render
from bot.telegram.handlers import Handlers
from bot.telegram.inline import InlineHandlers
from bot.telegram.json_request import JsonRequest
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.outbox import TelegramOutbox
from bot.telegram.rate_limits import ChatRateLimiter
from bot.telegram.redelivery import RedeliveryGuard
from bot.telegram.secrecy import configure_logging, redact
from bot.telegram.timeouts import Timeouts
from bot.telegram.webhook import run_webhook

log = logging.getLogger(__name__)

MAX_RETRIES = 5  # a 429 waits retry_after and tries again; replies are delayed, not dropped


def build_application(
    settings: Settings,
    corpus: Corpus,
    storage: Storage,
    rate_limiter: BaseRateLimiter | None = None,
    rng: random.Random | None = None,
    progress_interval: float = 1.0,
    training_workers: int = 2,
    warm_up_training: bool = False,
    max_epochs: int = EPOCHS_RANGE[1],
) -> Application:
    """The Application with every handler; `rate_limiter` defaults to Telegram's limits."""
    redact(settings.token or "")
    services = Services(
        corpus, storage, rng, settings.admin_ids, training_workers, progress_interval, max_epochs
    )
    turns = Turns(services, storage, first_retry=settings.sweep_seconds)
    inline = InlineHandlers(services.engine, storage, storage.secret("inline buttons"))
    timeouts: Timeouts

    def outbox_for(update: Update | None) -> TelegramOutbox:
        return TelegramOutbox(application, timeouts.arm, inline.share_button, update, render)

    def spawn(work: Coroutine[Any, Any, None]) -> None:
        """A reveal's work, as the application's task; none once it stopped (the sweep of
        the next start, or another instance, reveals what is due then)."""
        if application.running:
            application.create_task(work)
        else:
            work.close()

    timeouts = Timeouts(turns, lambda: outbox_for(None), spawn)
    guard = RedeliveryGuard(storage, requeue=settings.webhook is None)
    handlers = Handlers(turns, outbox_for, guard)
    buttons = ButtonHandlers(turns, outbox_for)
    builder = (
        ApplicationBuilder()
        .token(settings.token or "")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(rate_limiter or ChatRateLimiter(max_retries=MAX_RETRIES))
        .request(JsonRequest())
        .concurrent_updates(ChatOrderedProcessor())
        .post_init(lambda app: _post_init(app, services, turns, outbox_for, warm_up_training))
        .post_stop(lambda app: _post_stop(timeouts))
        .post_shutdown(lambda app: _post_shutdown(services, storage))
    )
    if settings.base_url:
        base = settings.base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.replace("/bot", "/file/bot", 1))
    application = builder.build()
    application.bot_data.update(
        services=services, inline=inline, redelivery=guard, timeouts=timeouts
    )
    fresh = filters.UpdateType.MESSAGE  # an edited "/train" does not train again
    application.add_handler(TypeHandler(Update, guard.drop_seen), group=-1)
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, handlers.on_migrated))
    application.add_handler(
        MessageHandler(
            fresh & (filters.StatusUpdate.NEW_CHAT_MEMBERS | filters.StatusUpdate.CHAT_CREATED),
            handlers.on_members_added,
        )
    )
    application.add_handler(MessageHandler(fresh & filters.TEXT, handlers.on_text))
    application.add_handler(
        MessageHandler(fresh & ~filters.StatusUpdate.ALL, handlers.on_other_message)
    )
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, handlers.on_edited))
    application.add_handler(InlineQueryHandler(inline.on_inline_query))
    application.add_handler(ChosenInlineResultHandler(inline.on_chosen))
    application.add_handler(CallbackQueryHandler(buttons.on_tap, pattern=PATTERN))
    application.add_handler(CallbackQueryHandler(inline.on_button))
    application.add_handler(TypeHandler(Update, guard.mark_handled), group=1)
    application.add_error_handler(guard.note_failure)  # first: the others read its verdict
    application.add_error_handler(handlers.on_error)
    application.add_error_handler(metrics.count_error)
    metrics.watch_training(services.lab)
    assert application.job_queue is not None  # python-telegram-bot[job-queue] is a dependency
    timeouts.start_sweeping(application.job_queue, settings.sweep_seconds)

    async def keep_tidy(context: object) -> None:
        try:
            retention.sweep(storage, time.time())
        except StorageError as error:
            log.warning("retention sweep skipped (the next one tries again): %s", error)

    # At start (a one-off job: an interval job's first run is an interval after a late start)
    # and every SWEEP_SECONDS.
    application.job_queue.run_once(keep_tidy, 0, name="retention sweep at start")
    application.job_queue.run_repeating(
        keep_tidy,
        interval=retention.SWEEP_SECONDS,
        first=retention.SWEEP_SECONDS,
        name="retention sweep",
    )
    return application


async def _post_init(
    application: Application,
    services: Services,
    turns: Turns,
    outbox_for: Callable[[Update | None], TelegramOutbox],
    warm_up: bool,
) -> None:
    """Publish the command menus, re-arm the timeouts of waiting pranks, and start the
    training workers in the background (numpy and matplotlib take a while to load)."""
    # the bot's own name, for t.me links and to refuse "/prank @TaoluBot" (the engine knows
    # it as a plain string, nothing of Telegram)
    services.engine.own_username = application.bot.username
    if warm_up:  # a job: it starts once the application runs, and stops with it

        async def warm_up_workers(context: object) -> None:
            await services.lab.trainer.warm_up()

        assert application.job_queue is not None
        application.job_queue.run_once(warm_up_workers, 0, name="warm up training workers")
    for lang in ("zh", "en"):
        try:
            for in_group, scope in (
                (False, BotCommandScopeAllPrivateChats()),
                (True, BotCommandScopeAllGroupChats()),
            ):
                menu = [BotCommand(n, t) for n, t in services.commands.menu(lang, in_group)]
                await application.bot.set_my_commands(menu, scope=scope, language_code=lang)
                if lang == "en":
                    await application.bot.set_my_commands(menu, scope=scope)
        except TelegramError as error:
            log.warning("could not publish the %s command menu (running on): %r", lang, error)
    turns.rearm(outbox_for(None))


async def _post_stop(timeouts: Timeouts) -> None:
    timeouts.cancel_all()


async def _post_shutdown(services: Services, storage: Storage) -> None:
    services.close()
    storage.close()


def _start_up_failure_said_once(record: logging.LogRecord) -> bool:
    """The library logs a refused token or an unreachable Telegram at start with a traceback
    (three, chained); run_bot says it in one line instead."""
    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, InvalidToken | NetworkError):
        if record.getMessage().startswith("Network Retry Loop (Bootstrap"):
            return False
        record.exc_info, record.exc_text = None, None
    return True


def run_bot(settings: Settings, corpus: Corpus) -> int:
    """Run until Ctrl-C or SIGTERM; pending updates are kept for the next start."""
    configure_logging(settings.log_level, settings.token or "", *settings.secrets())
    for handler in logging.getLogger().handlers:
        handler.addFilter(_start_up_failure_said_once)
    try:
        if settings.database_url is None:  # PostgreSQL takes any number of instances
            hold_database(settings.db_path)
        # Storage.__new__ picks the concrete store for the target; mypy sees the abstract class
        storage = Storage(settings.database)  # type: ignore[abstract, call-arg]
    except (AlreadyRunningError, StorageError) as error:
        log.error("%s", error)
        return 1
    rng = random.Random(settings.seed)
    application = build_application(settings, corpus, storage, rng=rng, warm_up_training=True)
    log.info("Taolu is running: %s; %s", corpus.summary(), corpus.learned)
    try:
        if settings.webhook is not None:
            return run_webhook(application, storage, settings.webhook)
        application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except InvalidToken:
        log.error(
            "Telegram refused the token: check TELEGRAM_BOT_TOKEN (and TELEGRAM_BASE_URL, if set)"
        )
        return 1
    except NetworkError as error:
        log.error("Telegram could not be reached at start (%s); is the network up?", error)
        return 1
    return 0
