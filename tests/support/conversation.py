"""The engine's tests and benchmarks are synchronous: `handled` drives `Engine.handle`, the
path the turn takes (route, and a conversation command run through its protocol), to its end
without an event loop. It can: a conversation command never waits."""

from __future__ import annotations

import random

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.commands import CommandRequest
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person

# A routine whose reveal is the prank, with a hint, in each chat language; a wild guess at
# its question that gets the hint (a real attempt the rules read as none of its answers);
# a refusal. (ops29 and carry29 share them.)
HINTED_ROUTINE = {"en": "compliment-game", "zh": "nine-by-three", "zh-hant": "nine-by-three"}
HINTED_ROUTINE["zh-hk"] = "compliment-game"
WILD_GUESS = {"en": "purple elephants dance", "zh": "紫色的大象", "zh-hant": "紫色的大象"}
WILD_GUESS["zh-hk"] = "紫色嘅大笨象"
STOP = {"en": "stop", "zh": "不玩了", "zh-hant": "不要", "zh-hk": "唔玩喇"}
# Round twenty-eight's tests (carry28, ops28, native28, redteam28) play nine-by-three in Hong
# Kong too, its hint said in Cantonese: the same table, that one routine apart.
HINTED_ROUTINE_28 = {**HINTED_ROUTINE, "zh-hk": "nine-by-three"}


def hinted_reveal(corpus: Corpus, lang: str) -> str:
    """The punchline a hinted guess at HINTED_ROUTINE[lang] falls for, in `lang` (ops29,
    ops30 and carry30 each wrote it out)."""
    return corpus.routines[HINTED_ROUTINE[lang]].states["ask"].reveal.in_(lang)


def handled(engine: Engine, chat: ChatState, message: Incoming) -> Response:
    coroutine = engine.handle(chat, message)
    try:
        coroutine.send(None)
    except StopIteration as done:
        response: Response = done.value
        return response
    coroutine.close()
    raise RuntimeError("Engine.handle waited for something: drive it in an event loop")


def sent(
    engine: Engine, chat: ChatState, who: Person, text: str, now: float = 0.0, **extra: object
) -> Response:
    """`who` sends `text` to the engine (`extra`: more of Incoming's fields, in_group=True…),
    and the chat it answers with is checked whole (`Engine.validate`)."""
    outcome = handled(engine, chat, Incoming(who, text, now, **extra))  # type: ignore[arg-type]
    engine.validate(outcome.chat)
    return outcome


def two_answers(
    corpus: Corpus, lang: str, routine: str, typed: str, seed: int = 28
) -> tuple[Response, Response]:
    """Mei, in a private chat in `lang`, is asked `routine` (anyway, whatever language it plays
    in), then answers `typed` twice, four seconds apart: what the bot said to each."""
    engine = Engine(corpus, random.Random(seed))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, f"/prank {routine} anyway")
    first = sent(engine, asked.chat, mei, typed, 5.0)
    second = sent(engine, first.chat, mei, typed, 9.0)
    return first, second


def private_request(chat_id: int, user: int, args: list[str], lang: str) -> CommandRequest:
    """What a service's command is given when `user` calls it in their private chat."""
    message = Incoming(Person(user, f"user {user}"), "", 0.0, chat_id=chat_id)
    return CommandRequest(message, ChatState(), args, lang)
