"""Two bot processes on one PostgreSQL behind a round-robin load balancer, end to end.

Each instance is `python -m bot` as deployed (DATABASE_URL, WEBHOOK_URL, …): processes, not
two Applications in this one, because the point is what the processes share (the database
and nothing else) and because an instance must be killable with SIGKILL mid-update. The
emulator plays Telegram (a chat's next update only once the last one is answered; a failed
POST delivered again) and the load balancer (each POST to the next instance in turn).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.storage import Storage
from tests.support.corpora import quick_routine
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import sends, wait_for
from tests.support.webhook_fixtures import SECRET, Instance, start_instance

pytestmark = [pytest.mark.postgres, pytest.mark.slow]  # bot processes on one PostgreSQL

CORPUS = """
routines:
  - id: knives
    title: {zh: 十把刀, en: Ten knives}
    states:
      ask:
        say: {zh: 对方向你丢了十把刀，你接住了两把，还剩几把？, en: Ten knives?}
        answers:
          - match: [八把]
            reply: {zh: 答对了，儿子。, en: Son.}
        otherwise:
          reveal: {zh: 是八把。, en: Eight.}
""" + quick_routine(1.5)
QUESTION, PUNCHLINE = "还剩几把", "答对了，儿子。"
QUICK, REVEAL = "一加一", "是二。"


def person(number: int, username: str | None = None) -> dict:
    # They read the corpus's Chinese: a user without a language code would read English.
    user = {"id": 7000 + number, "is_bot": False, "first_name": f"User {number}"}
    user["language_code"] = "zh-hans"
    return {**user, "username": username} if username else user


def chat_of(user: dict) -> dict:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "scale.yaml"
    path.write_text(CORPUS, encoding="utf-8")
    return path


@pytest.fixture
def instances(
    emulator: Emulator, postgres: str, tmp_path: Path, corpus_file: Path
) -> Iterator[list[Instance]]:
    """Two instances, up (listening, webhook set), behind the emulator's load balancer."""
    started = [
        start_instance(emulator, postgres, tmp_path, name, corpus_file, sweep_seconds=0.25)
        for name in ("a", "b")
    ]
    try:
        emulator.wait_for_count("setWebhook", 2, timeout=120)
        emulator.deliver_by_webhook([instance.target for instance in started])
        yield started
    finally:
        for instance in started:
            instance.stop()
        for instance in started:
            log = instance.log.read_text()
            assert "Traceback" not in log, log[-3000:]
            assert "123456:TEST-token" not in log and SECRET not in log


def texts_to(emulator: Emulator, chat_id: int, containing: str) -> list[str]:
    return [t for t in emulator.sent_texts(chat_id) if containing in t]


def target_of(emulator: Emulator, update_id: int) -> str:
    """The instance that took the update (answered its POST with 200)."""
    return emulator.wait_delivered(update_id)["target"]


async def route_next_to(emulator: Emulator, target: str, spare: dict) -> None:
    """Make the load balancer's next POST go to `target`: if its turn is elsewhere, a /help
    from `spare` takes that turn first."""
    if emulator.upcoming_target() != target:
        update = emulator.push(
            {"message": emulator.compose_message(chat_of(spare), spare, "/help")}
        )
        await asyncio.to_thread(emulator.wait_delivered, update["update_id"])
    assert emulator.upcoming_target() == target


def photo_to(chat_id: int) -> Callable[[dict], bool]:
    return lambda call: call["method"] == "sendPhoto" and int(call["params"]["chat_id"]) == chat_id


def sum_metric(instances: list[Instance], name: str, **labels: str) -> float:
    return sum(instance.metric(name, **labels) for instance in instances)


async def test_thirty_chats_and_a_group_prank_across_two_instances(
    emulator: Emulator, instances: list[Instance]
) -> None:
    people = [person(n) for n in range(30)]
    pranks = [
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "/prank knives")})
        for p in people
    ]
    for p in people:
        await wait_for(emulator, sends(p["id"], QUESTION), timeout=60)
    # Each answer goes to the instance that did not ask its question: steered one by one
    # (a spare /help takes the balancer's turn where needed), not left to the round robin,
    # which a retried POST on a busy machine shifts.
    targets = {target_of(emulator, prank["update_id"]) for prank in pranks}
    assert len(targets) == 2  # the questions were asked on both instances
    answers = []
    for p, prank in zip(people, pranks, strict=True):
        asked_on = target_of(emulator, prank["update_id"])
        await route_next_to(emulator, next(t for t in targets if t != asked_on), person(99))
        answer = emulator.push({"message": emulator.compose_message(chat_of(p), p, "八把")})
        await asyncio.to_thread(emulator.wait_delivered, answer["update_id"])
        answers.append(answer)
    for p in people:
        await wait_for(emulator, sends(p["id"], PUNCHLINE), timeout=60)
    for p, prank, answer in zip(people, pranks, answers, strict=True):
        assert len(texts_to(emulator, p["id"], QUESTION)) == 1
        assert len(texts_to(emulator, p["id"], PUNCHLINE)) == 1
        assert target_of(emulator, prank["update_id"]) != target_of(emulator, answer["update_id"])

    # A group prank: asked by one instance, answered on the other.
    group = {"id": -100900, "type": "supergroup", "title": "Friends"}
    alice, bob = person(40, "alice"), person(41, "bob")
    hello = emulator.user_message(group, bob, "大家好")
    prank = emulator.push(
        {"message": emulator.compose_message(group, alice, "/prank knives", reply_to=hello)}
    )
    question = await wait_for(emulator, sends(group["id"], QUESTION), timeout=60)
    asked_by = target_of(emulator, prank["update_id"])
    other = next(i.target for i in instances if i.target != asked_by)
    await route_next_to(emulator, other, person(98))
    asked = emulator.messages[(group["id"], question["result"]["message_id"])]
    answer = emulator.push(
        {"message": emulator.compose_message(group, bob, "八把", reply_to=asked)}
    )
    await wait_for(emulator, sends(group["id"], "@alice 套路了 @bob"), timeout=60)
    assert target_of(emulator, answer["update_id"]) == other
    assert len(texts_to(emulator, group["id"], PUNCHLINE)) == 1
    # A network trained on one instance answers /predict on the other: it is in the database.
    trainer = person(50)
    train = emulator.push(
        {"message": emulator.compose_message(chat_of(trainer), trainer, "/train xor epochs=300")}
    )
    await wait_for(emulator, photo_to(trainer["id"]), timeout=120)
    trained_on = target_of(emulator, train["update_id"])
    other = next(i.target for i in instances if i.target != trained_on)
    await route_next_to(emulator, other, person(98))
    predict = emulator.push(
        {"message": emulator.compose_message(chat_of(trainer), trainer, "/predict 1 0")}
    )
    await wait_for(emulator, sends(trainer["id"], "XOR 网络：(1, 0)"), timeout=60)
    assert target_of(emulator, predict["update_id"]) == other

    # Each instance did its share, and the counts add up across them.
    assert all(i.metric("taolu_updates_handled_total", kind="message") > 10 for i in instances)
    assert sum_metric(instances, "taolu_pranks_started_total") == 31
    assert sum_metric(instances, "taolu_pranks_ended_total", outcome="fell") == 31
    assert all(i.get("/healthz") == (200, "ok\n") for i in instances)


async def test_a_killed_instance_loses_nothing(
    emulator: Emulator,
    postgres: str,
    tmp_path: Path,
    corpus_file: Path,
    instances: list[Instance],
) -> None:
    a, b = instances
    people = [person(n) for n in range(10)]
    for p in people:
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "/prank knives")})
    for p in people:
        await wait_for(emulator, sends(p["id"], QUESTION), timeout=60)
    # A quick prank asked by a: its reveal job is a's alone.
    waiter = person(20)
    await route_next_to(emulator, a.target, person(99))
    quick = emulator.push(
        {"message": emulator.compose_message(chat_of(waiter), waiter, "/prank quick")}
    )
    await wait_for(emulator, sends(waiter["id"], QUICK), timeout=60)
    assert target_of(emulator, quick["update_id"]) == a.target

    # a answers chat 0 and dies the moment Telegram has its punchline, before it confirms
    # the update: the load balancer hands the update to b, which knows it was handled.
    first = people[0]
    await route_next_to(emulator, a.target, person(99))
    emulator.when(
        lambda call: (
            call["method"] == "sendMessage" and int(call["params"]["chat_id"]) == first["id"]
        ),
        a.kill,
    )
    killing = emulator.push({"message": emulator.compose_message(chat_of(first), first, "八把")})
    await asyncio.to_thread(emulator.wait_delivered, killing["update_id"])
    assert a.process.returncode is not None
    assert target_of(emulator, killing["update_id"]) == b.target
    # The other answers, half of them to pranks a asked, all reach b now.
    for p in people[1:]:
        emulator.push({"message": emulator.compose_message(chat_of(p), p, "八把")})
    for p in people:
        await wait_for(emulator, sends(p["id"], PUNCHLINE), timeout=60)
    # a's quick prank is revealed by b's sweep, though b never saw it asked.
    await wait_for(emulator, sends(waiter["id"], REVEAL), timeout=60)
    for p in people:
        assert len(texts_to(emulator, p["id"], QUESTION)) == 1
        assert len(texts_to(emulator, p["id"], PUNCHLINE)) == 1, emulator.sent_texts(p["id"])
    assert len(texts_to(emulator, waiter["id"], REVEAL)) == 1
    # Counted once the reveal is sent, so a moment after the emulator has it: asked until then.
    deadline = time.monotonic() + 10
    while b.metric("taolu_pranks_ended_total", outcome="timed_out") < 1:
        assert time.monotonic() < deadline, "b's reveal was not counted"
        await asyncio.sleep(0.05)
    assert b.metric("taolu_pranks_ended_total", outcome="timed_out") == 1
    assert b.metric("taolu_updates_redelivered_total") >= 1

    # Now b dies too, right after asking a quick prank: its deadline passes with no instance
    # up, and the next instance to start reveals it.
    late = person(21)
    emulator.when(
        lambda call: (
            call["method"] == "sendMessage" and int(call["params"]["chat_id"]) == late["id"]
        ),
        b.kill,
    )
    emulator.push({"message": emulator.compose_message(chat_of(late), late, "/prank quick")})
    await wait_for(emulator, sends(late["id"], QUICK), timeout=60)
    await asyncio.to_thread(b.process.wait, 30)
    storage = Storage(postgres)
    try:
        due = max(p.until for p in storage.load_chat(late["id"]).pranks.values())
    finally:
        storage.close()
    await asyncio.sleep(max(0.0, due - time.time()))  # the deadline itself is the condition
    c = start_instance(emulator, postgres, tmp_path, "c", corpus_file, sweep_seconds=0.25)
    try:
        await wait_for(emulator, sends(late["id"], REVEAL), timeout=120)
        assert len(texts_to(emulator, late["id"], QUICK)) == 1
        assert len(texts_to(emulator, late["id"], REVEAL)) == 1
    finally:
        assert c.stop() == 0, c.log.read_text()[-3000:]


async def test_doubles_secrets_and_a_timeout_revealed_once(
    emulator: Emulator, postgres: str, instances: list[Instance]
) -> None:
    a, b = instances
    # The same update delivered to both instances at the same moment: handled once.
    twice = person(30)
    update = emulator.new_update(
        {"message": emulator.compose_message(chat_of(twice), twice, "/prank knives")}
    )
    statuses = await asyncio.to_thread(emulator.deliver_everywhere, update)
    assert statuses == [200, 200]
    assert len(texts_to(emulator, twice["id"], QUESTION)) == 1
    assert sum_metric(instances, "taolu_updates_redelivered_total") == 1

    # An inline query (of no chat) delivered to both: answered once.
    query = emulator.new_update(
        {"inline_query": {"id": "q-both", "from": twice, "query": "knives", "offset": ""}}
    )
    assert await asyncio.to_thread(emulator.deliver_everywhere, query) == [200, 200]
    answers = [c for c in emulator.sent if c["method"] == "answerInlineQuery"]
    assert [c["params"]["inline_query_id"] for c in answers] == ["q-both"]
    assert sum_metric(instances, "taolu_updates_redelivered_total") == 2

    # Without the secret, or with a wrong one: refused, and not handled.
    stranger = person(31)
    forged = emulator.new_update(
        {"message": emulator.compose_message(chat_of(stranger), stranger, "/prank knives")}
    )
    assert await asyncio.to_thread(emulator.post_update, a.target, forged, None) == 401
    assert await asyncio.to_thread(emulator.post_update, b.target, forged, "guess") == 403
    assert emulator.sent_texts(stranger["id"]) == []
    storage = Storage(postgres)
    try:
        assert not storage.seen_update(forged["update_id"])
    finally:
        storage.close()

    # A prank both instances could reveal (a's job, both sweeps): revealed once.
    waiter = person(32)
    emulator.push({"message": emulator.compose_message(chat_of(waiter), waiter, "/prank quick")})
    await wait_for(emulator, sends(waiter["id"], QUICK), timeout=60)
    await wait_for(emulator, sends(waiter["id"], REVEAL), timeout=60)
    # Two sweeps more on each instance after the reveal: any second reveal would be out.
    sweeps = [i.metric("taolu_reveal_sweeps_total") for i in instances]
    while any(
        i.metric("taolu_reveal_sweeps_total") < s + 2
        for i, s in zip(instances, sweeps, strict=True)
    ):
        await asyncio.sleep(0.05)  # poll the instances' own counters
    assert len(texts_to(emulator, waiter["id"], REVEAL)) == 1
    assert sum_metric(instances, "taolu_pranks_ended_total", outcome="timed_out") == 1
