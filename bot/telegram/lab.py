"""/xor, /train and /predict on Telegram: the chat's own neural network.

Training runs in worker processes (bot.lab.pool); this module only talks: a progress message
edited at most once a second, then the result and the picture.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np
from telegram import Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.lab.commands import (
    TrainSpec,
    UsageError,
    parse_predict,
    parse_train,
    progress_bar,
    result_text,
    say,
)
from bot.lab.gates import INPUTS, learned
from bot.lab.pool import Trainer
from bot.lab.training import TrainResult
from bot.storage import Storage
from bot.telegram.handlers import chat_language, escape
from nn.network import Network

log = logging.getLogger(__name__)


@dataclass
class LabHandlers:
    storage: Storage
    workers: int = 2
    progress_interval: float = 1.0  # seconds between progress reports (and message edits)
    _trainer: Trainer | None = field(default=None, init=False)

    @property
    def trainer(self) -> Trainer:
        """Started on first use: a bot nobody asks to train spawns no processes."""
        if self._trainer is None:
            self._trainer = Trainer(self.workers, self.progress_interval)
        return self._trainer

    def close(self) -> None:
        if self._trainer is not None:
            self._trainer.close()

    async def on_xor(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/xor: the chat's XOR network, trained now or as it was trained before."""
        message = update.effective_message
        lang = chat_language(self.storage, message)
        saved = self.storage.load_network(message.chat_id)
        if saved is not None and saved[1]["spec"]["gate"] == "xor" and saved[2] is not None:
            model, summary, picture = saved
            net = Network.from_bytes(model)
            spec = TrainSpec(**summary["spec"])
            outputs = [float(v) for v in net.predict(INPUTS).ravel()]
            history = summary["history"]
            text = result_text(spec, outputs, history[-1], learned(net, "xor"), lang)
            await message.reply_photo(picture, caption=escape(text))
            return
        await self._train(message, TrainSpec(), lang)

    async def on_train(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/train [gate] [epochs=N] [lr=X] [hidden=N] [activation=…], or /train stop."""
        message = update.effective_message
        lang = chat_language(self.storage, message)
        args = context.args or []
        if args == ["stop"]:
            if not await self.trainer.stop(message.chat_id):
                await message.reply_text(escape(say("nothing_to_stop", lang)))
            return
        try:
            spec = parse_train(args)
        except UsageError as error:
            await message.reply_text(escape(error.text.in_(lang)))
            return
        await self._train(message, spec, lang)

    async def on_predict(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/predict A B: the chat's network on two inputs."""
        message = update.effective_message
        lang = chat_language(self.storage, message)
        saved = self.storage.load_network(message.chat_id)
        if saved is None:
            await message.reply_text(escape(say("no_network", lang)))
            return
        try:
            a, b = parse_predict(context.args or [])
        except UsageError as error:
            await message.reply_text(escape(error.text.in_(lang)))
            return
        net = Network.from_bytes(saved[0])
        output = float(net.predict(np.array([[a, b]]))[0, 0])
        gate = saved[1]["spec"]["gate"].upper()
        text = say(
            "prediction", lang, gate=gate, a=a, b=b, output=output, rounded=int(output > 0.5)
        )
        await message.reply_text(escape(text))

    async def _train(self, message: Message, spec: TrainSpec, lang: str) -> None:
        """Tell the chat its place in line or its progress, train, then show the result."""
        trainer = self.trainer
        chat_id = message.chat_id
        if trainer.busy(chat_id):
            await message.reply_text(escape(say("busy", lang)))
            return
        position = trainer.position_in_line()
        if position:
            first = say("queued", lang, position=position)
        else:
            first = self._progress_text(spec, 0, 0.0, lang)
        status = await message.reply_text(escape(first))
        shown = {"text": first, "at": 0.0, "epoch": 0}

        async def progress(epoch: int, error: float) -> None:
            shown["epoch"] = epoch
            now = time.monotonic()
            if now - shown["at"] < self.progress_interval:
                return
            shown["at"] = now
            await self._edit(status, self._progress_text(spec, epoch, error, lang), shown)

        result = await trainer.train(chat_id, spec, progress)
        await self._report(status, message, spec, result, lang, shown)

    async def _report(
        self,
        status: Message,
        message: Message,
        spec: TrainSpec,
        result: TrainResult | None,
        lang: str,
        shown: dict,
    ) -> None:
        if result is None or result.stopped:
            epoch = result.epochs_run if result is not None else 0
            await self._edit(status, say("stopped", lang, epoch=epoch, epochs=spec.epochs), shown)
            return
        if result.diverged:
            await self._edit(status, say("diverged", lang, epoch=result.epochs_run), shown)
            return
        self.storage.save_network(status.chat_id, result.model, result.summary(), result.picture)
        text = result_text(spec, result.outputs, result.final_error, result.learned, lang)
        await self._edit(status, text, shown)
        await message.reply_photo(result.picture, caption=escape(text))

    @staticmethod
    def _progress_text(spec: TrainSpec, epoch: int, error: float, lang: str) -> str:
        return say(
            "training",
            lang,
            gate=spec.gate.upper(),
            epoch=epoch,
            epochs=spec.epochs,
            error=error,
            bar=progress_bar(epoch, spec.epochs),
        )

    @staticmethod
    async def _edit(status: Message, text: str, shown: dict) -> None:
        if text == shown["text"]:
            return
        shown["text"] = text
        try:
            await status.edit_text(escape(text))
        except BadRequest as error:  # deleted by someone, or not modified: the run goes on
            log.info("chat %s: progress message not edited: %s", status.chat_id, error)
        except TelegramError as error:
            log.warning("chat %s: progress message not edited: %r", status.chat_id, error)
