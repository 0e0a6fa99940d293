"""Training off the event loop: worker processes, one job per chat, a bound on jobs at once.

numpy on a four-sample data set is mostly Python overhead, so training threads would hold
the GIL and starve the event loop; worker processes cannot. Workers report progress on a
queue that a reader thread hands to the loop, and watch a shared flag per slot for /train stop.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from bot.lab.quota import Quota, whole_seconds
from bot.lab.spec import TrainSpec
from bot.lab.training import TrainResult, train

log = logging.getLogger(__name__)

# A coroutine function, not any awaitable: _read_progress hands it to run_coroutine_threadsafe.
Progress = Callable[[int, float], Coroutine[Any, Any, None]]
PARENT_CHECK_SECONDS = 1.0
MAX_JOBS = 32  # running and waiting: past this, /train is refused until the line moves
MAX_RUN_SECONDS = 60.0  # a run still going after this long is stopped
# What a run is expected to cost before it runs, reserved from the quota: a second for the
# worker's round trip and the picture, and about 0.2 ms an epoch (bench: 10,000 epochs of
# the default 2-8-1 network take 2 s), with room for wider hidden layers.
ESTIMATE_BASE_SECONDS = 1.0
ESTIMATE_SECONDS_PER_EPOCH = 0.0003

# Set in each worker process by _start_worker.
_progress_queue: Any = None
_stop_flags: Any = None


def _start_worker(progress_queue: Any, stop_flags: Any, bot_pid: int) -> None:
    global _progress_queue, _stop_flags
    _progress_queue, _stop_flags = progress_queue, stop_flags
    # The bot's pid comes from the bot: if it died while this worker started, getppid()
    # here would already name init.
    threading.Thread(target=_exit_with_parent, args=(bot_pid,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A bot killed with SIGKILL cannot stop its workers: they notice and stop themselves."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _warm_up() -> None:
    """Import numpy, nn and matplotlib once, before the first user waits for them."""
    import bot.lab.plot  # noqa: F401


def _run(slot: int, job_id: int, spec: TrainSpec, interval: float) -> TrainResult:
    """In a worker: train, posting (job id, epoch, error) at most every `interval` seconds."""
    last = 0.0

    def keep_going(epoch: int, error: float) -> bool:
        nonlocal last
        now = time.monotonic()
        if now - last >= interval:
            last = now
            _progress_queue.put((job_id, epoch, error))
        return not _stop_flags[slot]

    started = time.perf_counter()
    result = train(spec, keep_going)
    return replace(result, seconds=time.perf_counter() - started)


@dataclass
class _Job:
    chat_id: int
    id: int
    user_id: int | None = None
    estimate: float = 0.0  # seconds reserved from the quota when the run was accepted
    slot: int | None = None
    progress: Progress | None = None
    cancelled: bool = False
    timed_out: bool = False


class Refusal(Enum):
    """Why a chat cannot train now; each value names the catalogue line that says so."""

    BUSY = "busy"
    STOPPING = "still_stopping"  # the chat's last run was told to stop and has not yet
    QUEUE_FULL = "queue_full"


@dataclass(frozen=True)
class QuotaWait:
    """The person (or the chat) has used its training time: `seconds` until it may again;
    `key` names the catalogue line that says so."""

    key: str
    seconds: int


class Stop(Enum):
    STOPPED = "stopped"
    STOPPING = "still_stopping"  # told to stop already: its result follows
    NOTHING = "nothing_to_stop"
    NOT_YOURS = "not_your_run"


@dataclass
class Trainer:
    """Runs training jobs in `workers` processes; further jobs wait in line."""

    workers: int = 2
    progress_interval: float = 1.0
    max_run_seconds: float = MAX_RUN_SECONDS
    quota: Quota = field(default_factory=Quota)  # training seconds per person and per chat
    _jobs: dict[int, _Job] = field(default_factory=dict)
    _line: list[int] = field(default_factory=list)  # chats waiting for a worker, in order

    def __post_init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # fork is unsafe beside threads
        self._queue = context.Queue()
        self._flags = context.Array("b", self.workers, lock=False)
        self._free = list(range(self.workers))
        self._context = context
        self._pool = self._new_pool()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._next_id = 0
        self._slot_freed: asyncio.Condition | None = None
        self._reader = threading.Thread(target=self._read_progress, daemon=True)
        self._reader.start()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=self._context,
            initializer=_start_worker,
            initargs=(self._queue, self._flags, os.getpid()),
        )

    async def warm_up(self) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(loop.run_in_executor(self._pool, _warm_up) for _ in range(self.workers))
        )

    def busy(self, chat_id: int) -> bool:
        return chat_id in self._jobs

    def counts(self) -> tuple[int, int]:
        """How many jobs wait in line, and how many run."""
        return len(self._line), len(self._jobs) - len(self._line)

    def position_in_line(self) -> int:
        """Where a new job would stand in line: 0 if a worker is free for it now."""
        return 0 if self._free and not self._line else len(self._line) + 1

    def estimate(self, spec: TrainSpec) -> float:
        """The seconds a run of `spec` is expected to take, at most the time cap's worth."""
        seconds = ESTIMATE_BASE_SECONDS + spec.epochs * ESTIMATE_SECONDS_PER_EPOCH
        return min(seconds, ESTIMATE_BASE_SECONDS + self.max_run_seconds)

    def reserve(
        self, chat_id: int, user_id: int | None, estimate: float = ESTIMATE_BASE_SECONDS
    ) -> Refusal | QuotaWait | None:
        """Claim the chat's place for a run and reserve `estimate` seconds of the person's
        and the chat's quota, or say why not. Nothing is awaited between the checks and the
        claim, so two quick /train cannot both pass."""
        if chat_id in self._jobs:
            return Refusal.STOPPING if self._jobs[chat_id].cancelled else Refusal.BUSY
        if len(self._jobs) >= MAX_JOBS:
            return Refusal.QUEUE_FULL
        for key, line in _buckets(chat_id, user_id):
            wait = self.quota.wait(key, estimate)
            if wait > 0:
                return QuotaWait(line, whole_seconds(wait))
        for key, _ in _buckets(chat_id, user_id):
            self.quota.charge(key, estimate)
        self._next_id += 1
        self._jobs[chat_id] = _Job(chat_id, self._next_id, user_id, estimate)
        return None

    def _settle(self, job: _Job, seconds: float) -> None:
        """Charge the run's real seconds: give back what the estimate took too much."""
        for key, _ in _buckets(job.chat_id, job.user_id):
            self.quota.charge(key, seconds - job.estimate)

    def release(self, chat_id: int) -> None:
        """Give up a reservation that will not be trained."""
        job = self._jobs.pop(chat_id, None)
        if job is not None:
            self._settle(job, 0.0)

    async def train(self, chat_id: int, spec: TrainSpec, progress: Progress) -> TrainResult | None:
        """Train for a chat that reserved its place; None if stopped while still in line."""
        job = self._jobs.get(chat_id)
        if job is None:
            raise RuntimeError(f"chat {chat_id} has not reserved a run")
        job.progress = progress
        used = job.estimate  # unless the run says otherwise (a dead worker does not)
        self._loop = asyncio.get_running_loop()
        if self._slot_freed is None:
            self._slot_freed = asyncio.Condition()
        self._line.append(chat_id)
        try:
            async with self._slot_freed:
                await self._slot_freed.wait_for(
                    lambda: job.cancelled or (self._free and self._line[0] == chat_id)
                )
                self._line.remove(chat_id)
                if job.cancelled:
                    used = 0.0
                    return None
                job.slot = self._free.pop(0)
                self._flags[job.slot] = 0  # here, not in the worker: a stop may come first
            deadline = self._loop.call_later(self.max_run_seconds, self._time_out, job)
            try:
                result = await self._loop.run_in_executor(
                    self._pool, _run, job.slot, job.id, spec, self.progress_interval
                )
                used = result.seconds
                return replace(result, timed_out=True) if job.timed_out else result
            except BrokenProcessPool:
                self._pool = self._new_pool()  # a worker died (killed, out of memory)
                raise
            finally:
                deadline.cancel()
                async with self._slot_freed:
                    self._free.append(job.slot)
                    self._slot_freed.notify_all()
        finally:
            self._jobs.pop(chat_id, None)
            self._settle(job, used)

    def _time_out(self, job: _Job) -> None:
        job.timed_out = True
        if job.slot is not None:
            self._flags[job.slot] = 1

    async def stop(
        self, chat_id: int, user_id: int | None = None, may_stop_any: bool = True
    ) -> Stop:
        """Stop the chat's run, running or waiting, if `user_id` started it or `may_stop_any`."""
        job = self._jobs.get(chat_id)
        if job is None:
            return Stop.NOTHING
        if job.cancelled:  # told to stop already: it trains no more, its result follows
            return Stop.STOPPING
        if not may_stop_any and job.user_id != user_id:
            return Stop.NOT_YOURS
        job.cancelled = True
        if job.slot is not None:
            self._flags[job.slot] = 1
        elif self._slot_freed is not None:
            async with self._slot_freed:
                self._slot_freed.notify_all()
        return Stop.STOPPED

    def close(self) -> None:
        """Stop at once: a job still running is lost anyway when the bot stops, and waiting
        for it (or for a worker still importing numpy) would hold up a clean exit."""
        self._queue.put(None)
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()

    def _read_progress(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            job_id, epoch, error = item
            job = next((j for j in list(self._jobs.values()) if j.id == job_id), None)
            if job is not None and job.progress is not None and self._loop is not None:
                asyncio.run_coroutine_threadsafe(job.progress(epoch, error), self._loop)


# The catalogue line that refuses a run for each kind of bucket.
QUOTA_LINES = {"person": "train_quota_user", "chat": "train_quota_chat"}


def _buckets(chat_id: int, user_id: int | None) -> list[tuple[tuple[str, int], str]]:
    """The quota buckets a run draws on, each with the catalogue line for its refusal."""
    person = [(("person", user_id), QUOTA_LINES["person"])] if user_id is not None else []
    return [*person, (("chat", chat_id), QUOTA_LINES["chat"])]
