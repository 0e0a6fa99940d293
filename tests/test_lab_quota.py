"""Training time per person and per chat: a token bucket, not a cooldown between runs."""

from __future__ import annotations

import pytest

from bot.conversation.commands import Picture, Say
from bot.i18n.catalogue import say
from bot.lab.pool import QuotaWait, Refusal, Trainer
from bot.lab.quota import Quota, whole_seconds
from bot.lab.service import Lab
from bot.lab.spec import TrainSpec
from bot.storage import Storage
from tests.support.conversation import private_request


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_refills_at_its_rate_and_no_further() -> None:
    clock = Clock()
    quota = Quota(capacity=120, refill=0.1, clock=clock)
    assert quota.wait("p", 1.0) == 0 and quota.level("p") == 120
    quota.charge("p", 120)
    assert quota.wait("p", 1.0) == pytest.approx(10.0)
    clock.now += 4
    assert quota.wait("p", 1.0) == pytest.approx(6.0)
    clock.now += 6
    assert quota.wait("p", 1.0) == 0
    clock.now += 10_000
    assert quota.level("p") == 120


def test_a_run_estimated_past_a_full_bucket_may_start_from_a_full_one() -> None:
    quota = Quota(capacity=10, refill=0.1, clock=Clock())
    assert quota.wait("p", 61.0) == 0
    quota.charge("p", 61.0)
    assert quota.level("p") == -51.0  # a debt, waited off
    assert quota.wait("p", 61.0) == pytest.approx(610.0)


def test_waits_are_said_in_whole_seconds_rounded_up() -> None:
    assert [whole_seconds(w) for w in (0.01, 1.0, 39.2)] == [1, 1, 40]


def test_full_buckets_are_forgotten() -> None:
    clock = Clock()
    quota = Quota(capacity=10, refill=1.0, clock=clock)
    for person in range(1000):
        quota.charge(person, 1.0)
    clock.now += 10
    quota.charge("last", 1.0)
    assert len(quota._buckets) == 1


def test_two_quick_starts_cannot_spend_the_same_seconds() -> None:
    """The estimate is taken when a run is accepted, before it runs."""
    clock = Clock()
    trainer = Trainer(workers=1, quota=Quota(capacity=120, refill=0.1, clock=clock))
    try:
        trainer.quota.charge(("person", 7), 118.5)  # 1.5 s left
        assert trainer.reserve(1, user_id=7, estimate=1.0) is None
        refused = trainer.reserve(2, user_id=7, estimate=1.0)
        assert refused == QuotaWait("train_quota_user", 5)  # (1.0 - 0.5) / 0.1
        trainer.release(1)  # a run given up gives its estimate back
        assert trainer.reserve(2, user_id=7, estimate=1.0) is None
        assert trainer.reserve(2, user_id=8) is Refusal.BUSY  # one run per chat still
    finally:
        trainer.close()


@pytest.mark.slow
async def test_a_run_is_charged_its_real_seconds_when_it_ends() -> None:
    clock = Clock()
    trainer = Trainer(workers=1, quota=Quota(clock=clock))
    try:
        spec = TrainSpec(epochs=200)
        estimate = trainer.estimate(spec)
        assert trainer.reserve(1, user_id=7, estimate=estimate) is None
        assert trainer.quota.level(("person", 7)) == pytest.approx(120 - estimate)

        async def progress(epoch: int, error: float) -> None:
            pass

        result = await trainer.train(1, spec, progress)
        assert result is not None and 0 < result.seconds < 30
        for key in (("person", 7), ("chat", 1)):
            assert trainer.quota.level(key) == pytest.approx(120 - result.seconds)
    finally:
        trainer.close()


def test_estimates_grow_with_the_epochs_up_to_the_time_cap() -> None:
    trainer = Trainer(workers=1, max_run_seconds=60)
    try:
        small, big = trainer.estimate(TrainSpec()), trainer.estimate(TrainSpec(epochs=20_000))
        assert 1 <= small < big <= 61
        assert trainer.estimate(TrainSpec(epochs=100_000_000)) == 61
    finally:
        trainer.close()


class Chat:
    def __init__(self, lab: Lab, chat_id: int = 5) -> None:
        self.lab, self.chat_id = lab, chat_id

    async def train(self, *args: str, user: int = 1, lang: str = "en") -> list[object]:
        request = private_request(self.chat_id, user, list(args), lang)
        return [event async for event in self.lab.train(request)]


@pytest.mark.slow
async def test_a_person_who_trains_again_soon_is_served_until_the_bucket_is_spent(
    tmp_path,
) -> None:
    """Breakage: training again 2 s after reading the result was refused (a 10 s cooldown)."""
    clock = Clock()
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1, quota=Quota(capacity=120, refill=0.1, clock=clock))
    chat = Chat(lab)
    try:
        first = await chat.train("xor")
        assert isinstance(first[-1], Picture)
        clock.now += 2
        second = await chat.train("and")
        assert isinstance(second[-1], Picture), second

        lab.quota.charge(("person", 1), 120)  # as if it had run twice into the time cap
        refused = await chat.train("or")
        wait = whole_seconds(lab.quota.wait(("person", 1), lab.trainer.estimate(TrainSpec())))
        assert refused == [Say(f"You've used a lot of training time just now; "
                               f"you can train again in {wait} s.")]  # fmt: skip
        chinese = await chat.train("or", lang="zh")
        assert chinese == [Say(f"你刚才用了不少训练时间，{wait} 秒后可以再训练。")]

        clock.now += wait
        served = await chat.train("or")
        assert isinstance(served[-1], Picture)
    finally:
        lab.close()
        storage.close()


async def test_a_chat_has_its_own_bucket(tmp_path) -> None:
    clock = Clock()
    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1, quota=Quota(clock=clock))
    try:
        lab.quota.charge(("chat", 5), 120)
        refused = await Chat(lab, chat_id=5).train(user=2)
        assert len(refused) == 1 and "This chat has used a lot" in refused[0].text
        assert "can train again in 11 s" in refused[0].text  # the default run's estimate
        assert lab.training_jobs() == (0, 0)
    finally:
        lab.close()
        storage.close()


async def test_train_stop_is_answered_at_once_and_a_second_says_it_is_stopping(tmp_path) -> None:
    """/train stop said nothing until the run's worker had stopped (several messages later),
    and a second /train stop meanwhile said nothing at all (new user, round 15): the stop is
    acknowledged at once, on Telegram and in the playground alike (the service says it). Until
    the run has stopped, a second stop and a new /train both say it is still stopping (they
    said "nothing is training" and "already training, send /train stop": redteam15)."""
    from bot.lab.pool import _Job

    storage = Storage(tmp_path / "lab.sqlite3")
    lab = Lab(storage, workers=1)
    chat = Chat(lab)
    try:
        lab.trainer._jobs[chat.chat_id] = _Job(chat.chat_id, 1, user_id=1)  # a run, not started
        assert await chat.train("stop", lang="zh-hk") == [Say(say("stopping", "zh-hk"))]
        assert await chat.train("stop", lang="zh-hk") == [Say(say("still_stopping", "zh-hk"))]
        assert await chat.train(lang="zh-hk") == [Say(say("still_stopping", "zh-hk"))]
        del lab.trainer._jobs[chat.chat_id]
        assert await chat.train("stop") == [Say(say("nothing_to_stop", "en"))]
    finally:
        lab.close()
        storage.close()
