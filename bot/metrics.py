"""What an operator watches, in Prometheus's text format (served at /metrics by the webhook).

Counters and a histogram of this process; the training gauges read the lab when scraped.
With several instances, Prometheus scrapes each and sums them.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from typing import Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.content.corpus import FELL, OUTCOMES
from bot.conversation.answering import Ending
from bot.conversation.state import ChatState

UPDATE_KINDS = (
    "message",
    "edited_message",
    "callback_query",
    "inline_query",
    "chosen_inline_result",
)

disable_created_metrics()  # a *_created series beside every counter: noise for this bot

UPDATES_HANDLED = Counter("taolu_updates_handled", "Updates handled, by kind", ["kind"])
UPDATES_REDELIVERED = Counter(
    "taolu_updates_redelivered",
    "Updates dropped as handled before: redelivered, or sent to two instances",
)
UPDATES_DEFERRED = Counter(
    "taolu_updates_deferred",
    "Updates left unhandled for a later delivery because the database failed",
)
UPDATES_POISONED = Counter(
    "taolu_updates_poisoned",
    "Updates that failed the same way twice: answered, logged, and not delivered again",
)
# One child per kind, made now: every kind is shown from the start, at 0, and counting
# needs no label lookup.
_HANDLED_BY_KIND = {kind: UPDATES_HANDLED.labels(kind) for kind in (*UPDATE_KINDS, "other")}
REPLY_SECONDS = Histogram(
    "taolu_reply_seconds",
    "Seconds from an update's arrival over the webhook to its replies sent",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
PRANKS_STARTED = Counter("taolu_pranks_started", "Pranks started")
PRANKS_ENDED = Counter(
    "taolu_pranks_ended",
    "Pranks ended, by outcome: fell, saw_through, refused, called_off, timed_out",
    ["outcome"],
)
# Every outcome shown from the start, at 0.
_ENDED_BY_OUTCOME = {outcome: PRANKS_ENDED.labels(outcome) for outcome in OUTCOMES}
REVEAL_SWEEPS = Counter("taolu_reveal_sweeps", "Looks for overdue reveals no job here covers")
ERRORS = Counter("taolu_errors", "Errors while handling an update or running a job")


class TrainingLoad(Protocol):
    def training_jobs(self) -> tuple[int, int]: ...


class _TrainingJobs(Collector):
    def __init__(self) -> None:
        self.labs: weakref.WeakSet[TrainingLoad] = weakref.WeakSet()

    def collect(self) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "taolu_training_jobs", "Training jobs on this instance", labels=["state"]
        )
        loads = [lab.training_jobs() for lab in list(self.labs)]
        family.add_metric(["queued"], sum(queued for queued, _ in loads))
        family.add_metric(["running"], sum(running for _, running in loads))
        yield family


_TRAINING = _TrainingJobs()
REGISTRY.register(_TRAINING)


def watch_training(lab: TrainingLoad) -> None:
    """Count `lab`'s jobs in taolu_training_jobs for as long as it exists."""
    _TRAINING.labs.add(lab)


def count_handled(update: object) -> None:
    kind = next((kind for kind in UPDATE_KINDS if getattr(update, kind, None)), "other")
    _HANDLED_BY_KIND[kind].inc()


def record_started(before: ChatState, after: ChatState) -> None:
    """Count the pranks a chat's change started."""
    if before.pranks.keys() != after.pranks.keys():  # most messages: nothing to count
        PRANKS_STARTED.inc(len(after.pranks.keys() - before.pranks.keys()))


def record_endings(endings: Iterable[Ending]) -> None:
    """Count how pranks ended, one result a prank, with the outcome the scoreboard and link
    reports use. One prank may end with two people scored (a friend's answer ends an open
    group prank after another's hinted guess: that guess's fall beside the friend's own
    ending, both on the board): it is one prank, ended as a fall if anyone fell for it
    (ops30: it counted twice, a fall and a saw-through, for one prank)."""
    outcomes: dict[str, str] = {}
    for ending in endings:
        if outcomes.get(ending.ticket) != FELL:
            outcomes[ending.ticket] = ending.outcome
    for outcome in outcomes.values():
        _ENDED_BY_OUTCOME[outcome].inc()


async def count_error(update: object, context: object) -> None:
    """An error handler beside the one that logs: it only counts."""
    ERRORS.inc()


def exposition() -> tuple[bytes, str]:
    """Every metric of this process, and the content type to serve them with."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
