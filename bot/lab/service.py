"""The network lab: /xor, /train and /predict, one service for every front end.

Each command is an async generator of events — a line to send (`Say`), a status line that
later ones replace (`Status`: the Telegram adapter edits one message, the playground prints
each), a picture (`Picture`) — so the front ends only deliver. Training runs in worker
processes (`bot.lab.pool`); a chat's network is kept in storage and survives restarts.
"""

from __future__ import annotations

import asyncio
import time
import unicodedata
from collections.abc import AsyncIterator
from typing import Protocol

import numpy as np

from bot.conversation.commands import CommandRequest, Event, Picture, Say, Status, command
from bot.i18n.catalogue import say
from bot.i18n.language import Text
from bot.lab.diagnosis import diagnose
from bot.lab.gates import GATES, INPUTS, learned
from bot.lab.pool import MAX_RUN_SECONDS, QuotaWait, Stop, Trainer
from bot.lab.quota import Quota
from bot.lab.spec import EPOCHS_RANGE, TrainSpec, UsageError, parse_predict, parse_train
from bot.lab.training import TrainResult
from nn.network import Network


class NetworkStore(Protocol):
    """Where a chat's network is kept (the bot's storage)."""

    def load_network(self, chat_id: int) -> tuple[bytes, dict, bytes | None] | None: ...

    def save_network(
        self, chat_id: int, model: bytes, summary: dict, picture: bytes | None
    ) -> None: ...


class Lab:
    """The network commands; `workers` training processes start on first use."""

    def __init__(
        self,
        storage: NetworkStore,
        workers: int = 2,
        progress_interval: float = 1.0,
        max_epochs: int = EPOCHS_RANGE[1],
        quota: Quota | None = None,
    ) -> None:
        self.storage = storage
        self.quota = quota or Quota()  # training seconds per person and per chat
        self.workers = workers
        self.progress_interval = progress_interval  # seconds between progress reports
        self.max_epochs = max_epochs  # what /train accepts (tests raise it for runs that last)
        self._trainer: Trainer | None = None

    @property
    def trainer(self) -> Trainer:
        """Started on first use: a bot nobody asks to train spawns no processes."""
        if self._trainer is None:
            self._trainer = Trainer(self.workers, self.progress_interval, quota=self.quota)
        return self._trainer

    def training_jobs(self) -> tuple[int, int]:
        """(queued, running) training jobs; none before the first (no workers started)."""
        return (0, 0) if self._trainer is None else self._trainer.counts()

    def close(self) -> None:
        if self._trainer is not None:
            self._trainer.close()

    # -- commands -----------------------------------------------------------------------

    @command(
        "xor",
        Text(
            "训练（或展示）本聊天的 XOR 神经网络",
            "Train (or show) this chat's XOR network",
            zh_hant="訓練（或顯示）這個聊天室的 XOR 神經網路",
            zh_hk="訓練（或者睇返）呢個對話嘅 XOR 神經網絡",
        ),
    )
    async def xor(self, request: CommandRequest) -> AsyncIterator[Event]:
        """The chat's XOR network as it was trained before, if it learned; or trained now.
        It takes no words: given some ("/xor hello"), it says how it is used, and where
        settings go (/train), rather than ignore them."""
        if request.args:
            yield Say(say("xor_usage", request.lang))
            return
        saved = self.storage.load_network(request.chat_id)
        if (
            saved is not None
            and saved[1]["spec"]["gate"] == "xor"
            and saved[1].get("learned", True)  # a failure is not what /xor is asked to show
            and saved[2] is not None
        ):
            model, summary, _ = saved
            picture = saved[2]  # not None, as checked above
            net = Network.from_bytes(model)
            spec = TrainSpec(**summary["spec"])
            outputs = [float(v) for v in net.predict(INPUTS).ravel()]
            text = result_text(
                spec, outputs, summary["history"][-1], learned(net, "xor"), request.lang
            )
            yield Picture(picture, caption(text, request.lang))
            return
        async for event in self._train(request, TrainSpec()):
            yield event

    @command(
        "train",
        asks_chat_admins=True,
        help_line=Text(
            "训练神经网络：/train [门] [epochs=N] [lr=X] …；/train help 说明每个参数；"
            "/train stop 停止",
            "Train a network: /train [gate] [epochs=N] [lr=X] …; /train help explains each "
            "setting; /train stop stops it",
            zh_hant="訓練神經網路：/train [閘] [epochs=N] [lr=X] …；/train help 說明每個參數；"
            "/train stop 停止",
            zh_hk="訓練神經網絡：/train [閘] [epochs=N] [lr=X] …；/train help 講解每個參數；"
            "/train stop 停咗佢",
        ),
    )
    async def train(self, request: CommandRequest) -> AsyncIterator[Event]:
        """/train [gate] [epochs=N] [lr=X] [hidden=N] [activation=…], or /train stop."""
        if [a.lower() for a in request.args] == ["stop"]:
            stopped = await self.trainer.stop(
                request.chat_id, request.user_id, may_stop_any=request.chat_admin
            )
            # said at once, whatever it is: the run's own message says how it ended when
            # its worker has stopped (a moment, or longer while the worker starts)
            if stopped is Stop.STOPPED:
                yield Say(say("stopping", request.lang))
            else:
                yield Say(say(stopped.value, request.lang))
            return
        try:
            spec = parse_train(request.args, self.max_epochs)
        except UsageError as error:
            yield Say(error.text(request.lang))
            return
        async for event in self._train(request, spec):
            yield event

    @command(
        "predict",
        Text(
            "用本聊天的网络预测：/predict A B",
            "Ask this chat's network: /predict A B",
            zh_hant="用這個聊天室的網路預測：/predict A B",
            zh_hk="用呢個對話嘅網絡預測：/predict A B",
        ),
    )
    async def predict(self, request: CommandRequest) -> AsyncIterator[Event]:
        """/predict A B: the chat's network on two inputs."""
        saved = self.storage.load_network(request.chat_id)
        if saved is None:
            # the first run is saved only when it ends: "send /xor first" right after /xor
            # would send the person to do again what is already under way
            still_training = self._trainer is not None and self._trainer.busy(request.chat_id)
            yield Say(say("still_training" if still_training else "no_network", request.lang))
            return
        try:
            a, b = parse_predict(request.args)
        except UsageError as error:
            yield Say(error.text(request.lang))
            return
        output = float(Network.from_bytes(saved[0]).predict(np.array([[a, b]]))[0, 0])
        gate = saved[1]["spec"]["gate"].upper()
        rounded = int(output > 0.5)
        text = say("prediction", request.lang, gate=gate, a=a, b=b, output=output, rounded=rounded)
        if not {a, b} <= {0.0, 1.0}:
            # 2 3 was answered as if it meant something: the network saw only 0 and 1
            text += "\n" + say("predict_untrained", request.lang, a=a, b=b)
        yield Say(text)

    # -- training -----------------------------------------------------------------------

    async def _train(self, request: CommandRequest, spec: TrainSpec) -> AsyncIterator[Event]:
        """Tell the chat its place in line or its progress, train, then show the result."""
        trainer, lang = self.trainer, request.lang
        position = trainer.position_in_line()
        refusal = trainer.reserve(request.chat_id, request.user_id, trainer.estimate(spec))
        if isinstance(refusal, QuotaWait):
            yield Say(say(refusal.key, lang, seconds=refusal.seconds))
            return
        if refusal is not None:
            yield Say(say(refusal.value, lang))
            return
        yield Status(
            say("queued", lang, position=position)
            if position
            else progress_text(spec, 0, 0.0, lang)
        )
        reports: asyncio.Queue[Status] = asyncio.Queue()
        last_report = 0.0

        async def progress(epoch: int, error: float) -> None:
            nonlocal last_report
            now = time.monotonic()
            if now - last_report >= self.progress_interval:
                last_report = now
                reports.put_nowait(Status(progress_text(spec, epoch, error, lang)))

        try:
            run = asyncio.ensure_future(trainer.train(request.chat_id, spec, progress))
        except BaseException:
            trainer.release(request.chat_id)
            raise
        try:
            while not run.done():
                report = asyncio.ensure_future(reports.get())
                await asyncio.wait({run, report}, return_when=asyncio.FIRST_COMPLETED)
                if report.done():
                    yield report.result()
                else:
                    report.cancel()
        finally:
            if not run.done():  # the consumer went away: the job must not linger
                await trainer.stop(request.chat_id)
        async for event in self._report(request, spec, run.result()):
            yield event

    async def _report(
        self, request: CommandRequest, spec: TrainSpec, result: TrainResult | None
    ) -> AsyncIterator[Event]:
        lang = request.lang
        if result is None or result.stopped:
            epoch = result.epochs_run if result is not None else 0
            timed_out = result is not None and result.timed_out
            key = "too_long" if timed_out else "stopped"
            said = say(key, lang, epoch=epoch, epochs=spec.epochs, seconds=int(MAX_RUN_SECONDS))
            why = lines_text(diagnose(spec, [], stopped=True, timed_out=timed_out), lang)
            yield Status(f"{said}\n{why}")
            return
        if result.diverged:
            said = say("diverged", lang, epoch=result.epochs_run)
            why = lines_text(diagnose(spec, result.history, diverged=True), lang)
            yield Status(self._with_kept_network(request.chat_id, f"{said}\n{why}", lang))
            return
        # a run that neither stopped nor diverged has its network, its outputs and its picture
        assert result.model is not None and result.outputs is not None
        assert result.picture is not None
        text = result_text(spec, result.outputs, result.final_error, result.learned, lang)
        if not result.learned:
            why = lines_text(diagnose(spec, result.history, max_epochs=self.max_epochs), lang)
            text = f"{text}\n{why}"
        if result.learned or not self._has_learned_network(request.chat_id):
            self.storage.save_network(
                request.chat_id, result.model, result.summary(), result.picture
            )
        else:
            text = f"{text}\n{say('kept_old_network', lang)}"
        yield Status(text)
        yield Picture(result.picture, caption(text, lang))

    def _has_learned_network(self, chat_id: int) -> bool:
        saved = self.storage.load_network(chat_id)
        return saved is not None and bool(saved[1].get("learned", True))

    def _with_kept_network(self, chat_id: int, text: str, lang: str) -> str:
        if self.storage.load_network(chat_id) is None:
            return text
        return f"{text}\n{say('kept_old_network', lang)}"


# -- what the lab says ------------------------------------------------------------------


def progress_bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / max(total, 1))
    return "█" * filled + "░" * (width - filled) + f" {100 * done // max(total, 1)}%"


def progress_text(spec: TrainSpec, epoch: int, error: float, lang: str) -> str:
    if epoch == 0:  # no error measured yet: "error=0.000000" would read as perfect
        return say("training_start", lang, gate=spec.gate.upper(), epochs=spec.epochs)
    bar = progress_bar(epoch, spec.epochs)
    return say(
        "training",
        lang,
        gate=spec.gate.upper(),
        epoch=epoch,
        epochs=spec.epochs,
        error=error,
        bar=bar,
    )


def result_text(
    spec: TrainSpec, outputs: list[float], error: float, learned: bool, lang: str
) -> str:
    """The truth table with the network's outputs, and the verdict in plain words."""
    targets = GATES[spec.gate].ravel()
    lines = [
        say(
            "result_title",
            lang,
            gate=spec.gate.upper(),
            hidden=spec.hidden,
            activation=spec.activation,
            epochs=spec.epochs,
            lr=spec.learning_rate,
        ),
    ]
    rows = [
        [f"{a:.0f} {b:.0f}", f"{target:.0f}", f"{output:.4f}"]
        for (a, b), target, output in zip(INPUTS, targets, outputs, strict=True)
    ]
    lines += table([part.strip() for part in say("table_header", lang).split("|")], rows)
    meaning = say(f"meaning_{spec.gate}", lang)
    verdict = say("learned", lang, meaning=meaning) if learned else say("not_learned", lang)
    lines.append(say("final_error", lang, error=error, verdict=verdict))
    return "\n".join(lines)


def display_width(text: str) -> int:
    """How many columns `text` takes on a terminal or in a monospace font: East Asian wide
    and full-width characters (目標) take two; combining marks (the accent of e\u0301),
    format characters (zero-width spaces, bidi marks) and control characters take none."""
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Columns between " | ", each as wide as its widest cell by display width (a Chinese
    header's characters count two), the values centred under their headers."""
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = []
        for cell, width in zip(cells, widths, strict=True):
            room = width - display_width(cell)
            padded.append(" " * (room // 2) + cell + " " * (room - room // 2))
        return " | ".join(padded).rstrip()

    return [line(header), *(line(row) for row in rows)]


def lines_text(lines: list[tuple[str, dict]], lang: str) -> str:
    return "\n".join(say(key, lang, **values) for key, values in lines)


def caption(text: str, lang: str) -> str:
    """A picture's caption: the result, and what the two panels show."""
    return f"{text}\n{say('picture_caption', lang)}"
