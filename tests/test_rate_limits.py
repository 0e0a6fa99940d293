"""ChatRateLimiter's budgets, with no network: the "call" it paces is a stand-in for the HTTP
request to Telegram, noting which chat it was for and when it went.

Groups together spend at most GROUPS_MESSAGES_PER_SECOND of Telegram's 30 a second, so a
private chat's reply never queues behind a burst in groups; private chats alone may still
spend all 30; a 429 still pauses only the chat it was about."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from telegram.error import RetryAfter

from bot.telegram.rate_limits import (
    GROUPS_MESSAGES_PER_SECOND,
    MESSAGES_PER_SECOND,
    ChatRateLimiter,
)

PRIVATE = 1001  # a private chat's id is the person's, positive
GROUPS = [-500000 - i for i in range(40)]  # groups' ids are negative


class Telegram:
    """Where the limiter's calls go: each one noted with the event loop's time."""

    def __init__(self, refuse_once: set[int] | None = None) -> None:
        self.sent: list[tuple[int, float]] = []
        self.refuse_once = set(refuse_once or ())

    async def send_message(self, chat_id: int) -> int:
        if chat_id in self.refuse_once:
            self.refuse_once.discard(chat_id)
            raise RetryAfter(timedelta(seconds=0.2))
        self.sent.append((chat_id, asyncio.get_running_loop().time()))
        return chat_id

    def chats(self) -> list[int]:
        return [chat for chat, _ in self.sent]

    def when(self, chat_id: int) -> float:
        return next(at for chat, at in self.sent if chat == chat_id)


def send(limiter: ChatRateLimiter, telegram: Telegram, chat_id: int) -> asyncio.Task[int]:
    return asyncio.create_task(
        limiter.process_request(
            telegram.send_message, (chat_id,), {}, "sendMessage", {"chat_id": chat_id}, None
        )
    )


async def test_a_private_reply_goes_ahead_of_a_burst_in_groups() -> None:
    """40 greetings to 40 groups are already waiting when Alice's /help answer comes: it goes
    as soon as the groups' share is spent, not after the 40 (one budget for all: 41st)."""
    limiter, telegram = ChatRateLimiter(), Telegram()
    greetings = [send(limiter, telegram, group) for group in GROUPS]
    await send(limiter, telegram, PRIVATE)
    assert telegram.chats().index(PRIVATE) == GROUPS_MESSAGES_PER_SECOND
    await asyncio.gather(*greetings)
    assert sorted(telegram.chats()) == sorted([*GROUPS, PRIVATE])


async def test_groups_together_send_their_share_at_once_then_wait() -> None:
    """As many greetings as Telegram's whole budget: the groups' share goes at once, the
    rest waits, leaving room for private chats."""
    assert GROUPS_MESSAGES_PER_SECOND < MESSAGES_PER_SECOND
    limiter, telegram = ChatRateLimiter(), Telegram()
    groups = GROUPS[:MESSAGES_PER_SECOND]
    await asyncio.gather(*(send(limiter, telegram, group) for group in groups))
    first = telegram.sent[0][1]
    over_the_share = telegram.sent[GROUPS_MESSAGES_PER_SECOND][1]
    assert over_the_share - first >= 0.9 / GROUPS_MESSAGES_PER_SECOND  # it waited its turn
    assert telegram.sent[GROUPS_MESSAGES_PER_SECOND - 1][1] - first < 0.5  # the share at once


async def test_private_chats_alone_may_spend_the_whole_budget_at_once() -> None:
    """The groups' share reserves nothing from private chats: 30 people answered at once."""
    limiter, telegram = ChatRateLimiter(), Telegram()
    people = [PRIVATE + i for i in range(MESSAGES_PER_SECOND)]
    await asyncio.gather(*(send(limiter, telegram, person) for person in people))
    times = [at for _, at in telegram.sent]
    assert len(times) == MESSAGES_PER_SECOND
    assert max(times) - min(times) < 0.5  # capped at 5 a second, the last would be at ~5 s


async def test_a_429_for_one_group_pauses_only_that_group() -> None:
    limiter, telegram = ChatRateLimiter(), Telegram(refuse_once={GROUPS[0]})
    flooded = send(limiter, telegram, GROUPS[0])
    await send(limiter, telegram, GROUPS[1])
    await send(limiter, telegram, PRIVATE)
    assert telegram.chats() == [GROUPS[1], PRIVATE]  # neither waited for the 429's 0.2 s
    await flooded
    assert telegram.chats() == [GROUPS[1], PRIVATE, GROUPS[0]]
    assert telegram.when(GROUPS[0]) - telegram.when(GROUPS[1]) >= 0.2
