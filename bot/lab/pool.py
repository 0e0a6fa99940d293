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

from bot.lab.spec import TrainSpec
from bot.lab.training import TrainResult, train

log = logging.getLogger(__name__)

# A coroutine function, not any awaitable: _read_progress hands it to run_coroutine_threadsafe.
Progress = Callable[[int, float], Coroutine[Any, Any, None]]
PARENT_CHECK_SECONDS = 1.0
MAX_JOBS = 32  # running and waiting: past this, /train is refused until the line moves
USER_COOLDOWN_SECONDS = 10.0  # between two runs started by the same person
MAX_RUN_SECONDS = 60.0  # a run still going after this long is stopped

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

    return train(spec, keep_going)


@dataclass
class _Job:
    chat_id: int
    id: int
    user_id: int | None = None
    slot: int | None = None
    progress: Progress | None = None
    cancelled: bool = False
    timed_out: bool = False


class Refusal(Enum):
    """Why a chat cannot train now; each value names the catalogue line that says so."""

    BUSY = "busy"
    QUEUE_FULL = "queue_full"
    COOLDOWN = "train_cooldown"


class Stop(Enum):
    STOPPED = "stopped"
    NOTHING = "nothing_to_stop"
    NOT_YOURS = "not_your_run"


@dataclass
class Trainer:
    """Runs training jobs in `workers` processes; further jobs wait in line."""

    workers: int = 2
    progress_interval: float = 1.0
    max_run_seconds: float = MAX_RUN_SECONDS
    _jobs: dict[int, _Job] = field(default_factory=dict)
    _line: list[int] = field(default_factory=list)  # chats waiting for a worker, in order
    _last_start: dict[int, float] = field(default_factory=dict)  # user → when they last trained

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

    def reserve(self, chat_id: int, user_id: int | None) -> Refusal | None:
        """Claim the chat's place for a run, or say why not. Nothing is awaited between the
        checks and the claim, so two quick /train cannot both pass."""
        if chat_id in self._jobs:
            return Refusal.BUSY
        if len(self._jobs) >= MAX_JOBS:
            return Refusal.QUEUE_FULL
        now = time.monotonic()
        last = self._last_start.get(user_id) if user_id is not None else None
        if last is not None and now - last < USER_COOLDOWN_SECONDS:
            return Refusal.COOLDOWN
        if user_id is not None:
            self._last_start[user_id] = now
        self._next_id += 1
        self._jobs[chat_id] = _Job(chat_id, self._next_id, user_id)
        return None

    def release(self, chat_id: int) -> None:
        """Give up a reservation that will not be trained."""
        self._jobs.pop(chat_id, None)

    async def train(self, chat_id: int, spec: TrainSpec, progress: Progress) -> TrainResult | None:
        """Train for a chat that reserved its place; None if stopped while still in line."""
        job = self._jobs.get(chat_id)
        if job is None:
            raise RuntimeError(f"chat {chat_id} has not reserved a run")
        job.progress = progress
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
                    return None
                job.slot = self._free.pop(0)
                self._flags[job.slot] = 0  # here, not in the worker: a stop may come first
            deadline = self._loop.call_later(self.max_run_seconds, self._time_out, job)
            try:
                result = await self._loop.run_in_executor(
                    self._pool, _run, job.slot, job.id, spec, self.progress_interval
                )
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
