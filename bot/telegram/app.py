"""The Telegram bot: python-telegram-bot's Application wired to the engine and storage."""

from __future__ import annotations

import logging
import random

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.engine.corpus import Corpus
from bot.engine.engine import Engine, parse_command
from bot.engine.messages import COMMANDS
from bot.storage import Storage, StorageError
from bot.telegram.handlers import Handlers
from bot.telegram.inline import InlineHandlers, callback_secret
from bot.telegram.lab import LabHandlers

log = logging.getLogger(__name__)

MAX_RETRIES = 5  # a 429 waits retry_after and tries again; replies are delayed, not dropped


def redact(token: str) -> None:
    """Replace the token in every log record this process creates, whatever the handler.

    Request URLs contain the token: httpx logs them at INFO and python-telegram-bot logs
    its base URL at DEBUG. A record factory catches them all, before any handler sees them.
    """
    if not token:
        return
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "redacts", None) == token:
        return

    def redacting_factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        message = record.getMessage()
        if token in message:
            record.msg, record.args = message.replace(token, "<token>"), None
        return record

    redacting_factory.redacts = token  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)


def configure_logging(level: str) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    # httpx logs every request URL at INFO; nobody needs that, and it carries the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def build_application(
    settings: Settings,
    corpus: Corpus,
    storage: Storage,
    rate_limiter: BaseRateLimiter | None = None,
    rng: random.Random | None = None,
    progress_interval: float = 1.0,
    training_workers: int = 2,
    warm_up_training: bool = False,
) -> Application:
    """The Application with every handler; `rate_limiter` defaults to Telegram's limits."""
    redact(settings.token or "")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    engine = Engine(corpus, rng or random.Random())
    inline = InlineHandlers(engine, storage, callback_secret(settings.token or ""))
    lab = LabHandlers(storage, workers=training_workers, progress_interval=progress_interval)
    handlers = Handlers(engine, storage, settings.admin_ids, share_button=inline.share_button)
    builder = (
        ApplicationBuilder()
        .token(settings.token or "")
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=MAX_RETRIES))
        .post_init(lambda app: _post_init(app, handlers, lab if warm_up_training else None))
        .post_shutdown(lambda app: _post_shutdown(storage, lab))
    )
    if settings.base_url:
        base = settings.base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.replace("/bot", "/file/bot", 1))
    application = builder.build()
    application.bot_data.update(handlers=handlers, lab=lab, inline=inline)
    # Commands the engine does not handle. One CommandHandler for all of them: every update
    # is checked against the handlers in order, so fewer handlers is a faster bot.
    own_commands = {
        "reload": handlers.on_reload,
        "xor": lab.on_xor,
        "train": lab.on_train,
        "predict": lab.on_predict,
    }

    async def run_own_command(update: Update, context: CallbackContext) -> None:
        if not handlers.seen(update):
            name, _ = parse_command(update.effective_message.text)
            await own_commands[name](update, context)

    # block=False: a training run must not hold up the chats that keep talking meanwhile.
    fresh = filters.UpdateType.MESSAGE  # an edited "/train" does not train again
    application.add_handler(
        CommandHandler(list(own_commands), run_own_command, filters=fresh, block=False)
    )
    application.add_handler(
        MessageHandler(fresh & (filters.TEXT | filters.COMMAND), handlers.on_text)
    )
    application.add_handler(
        MessageHandler(fresh & ~filters.StatusUpdate.ALL, handlers.on_other_message)
    )
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, handlers.on_edited))
    application.add_handler(InlineQueryHandler(inline.on_inline_query))
    application.add_handler(CallbackQueryHandler(inline.on_button))
    application.add_error_handler(handlers.on_error)
    return application


async def _post_init(application: Application, handlers: Handlers, lab: LabHandlers | None) -> None:
    """Publish the command menu in both languages, re-arm the timeouts of waiting pranks, and
    start the training workers in the background (numpy and matplotlib take a while to load)."""
    if lab is not None:
        application.create_task(lab.trainer.warm_up())
    for lang in ("zh", "en"):
        commands = [BotCommand(name, text.in_(lang)) for name, text in COMMANDS.items()]
        try:
            await application.bot.set_my_commands(commands, language_code=lang)
            if lang == "en":
                await application.bot.set_my_commands(commands)
        except TelegramError as error:
            log.warning("could not publish the %s command menu (running on): %r", lang, error)
    for chat_id, state in handlers.storage.chats_with_pranks():
        handlers.arm_timeouts(application.job_queue, chat_id, state)


async def _post_shutdown(storage: Storage, lab: LabHandlers) -> None:
    lab.close()
    storage.close()


def run_bot(settings: Settings, corpus: Corpus) -> int:
    """Run until Ctrl-C or SIGTERM; pending updates are kept for the next start."""
    configure_logging(settings.log_level)
    try:
        storage = Storage(settings.db_path)
    except StorageError as error:
        log.error("%s", error)
        return 1
    application = build_application(settings, corpus, storage, warm_up_training=True)
    log.info("Taolu is running: %s", corpus.summary())
    application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    return 0
