"""Round eleven's fairness pass: what a new player met that did not fit what happened (see the
report on branch fair11). The engine's tests play the shipped corpus and lexicon through the
real matcher and engine; the Telegram ones, the real Application against the emulator, in a
group, with /stats after."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.content.corpus import CALLED_OFF, FELL, Corpus
from bot.conversation.engine import Engine, Incoming, Response
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import handled, sent
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import ALICE, CAROL, GROUP, running_bot, sends, wait_for

MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")
KA = Person(9, "Ka", "ka", "zh-HK")
SAM = Person(10, "Sam", "sam", "en-US")
WAH = Person(11, "Wah", "wah", "zh-TW")


def text_of(response: Response) -> str:
    return "\n".join(r.text for r in response.replies)


def in_group(engine: Engine, chat: ChatState, who: Person, text: str) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, 0.0, True, chat_id=-100))
    engine.validate(outcome.chat)
    return outcome


async def group_exchange(
    emulator: Emulator, tmp_path: Path, start: str, answers: list[str]
) -> tuple[list[str], str]:
    """Alice sends `start` in the group (a prank aimed at @carol); Carol answers each of
    `answers` as a reply to the bot's latest question; then /stats. The bot's line after each
    answer (or "" when it said nothing), and the board."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE, start)
        question = await wait_for(emulator, sends(GROUP["id"], "@carol"), after=mark)
        asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
        texts = []
        for answer in answers:
            mark = emulator.mark()
            emulator.user_message(GROUP, CAROL, answer, reply_to=asked)
            reply = await wait_for(emulator, sends(GROUP["id"]), after=mark)
            asked = emulator.messages[(GROUP["id"], reply["result"]["message_id"])]
            texts.append(reply["params"]["text"])
        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/stats")
        board = (await wait_for(emulator, sends(GROUP["id"]), after=mark))["params"]["text"]
    return texts, board


# -- 1. asking "what?" (no question mark needed) is waited for, never scored ------------------


@pytest.mark.parametrize(
    ("who", "routine", "asked", "words"),
    [
        (WEN, "zodiac-belong", "什麼意思", "屬什麼"),
        (WEN, "zodiac-belong", "蛤", "屬什麼"),
        (WEN, "zodiac-belong", "你說啥", "屬什麼"),
        (KA, "zodiac-belong", "乜嘢話", "屬咩"),
        (KA, "zodiac-belong", "你講咩", "屬咩"),
        (KA, "zodiac-belong", "咩話", "屬咩"),
        (MEI, "zodiac-belong", "蛤？你说啥", "属什么"),
        (WEN, "you-and-pig", "蛤？什麼意思", "豬"),
        (SAM, "play-water", "huh", "playing with water"),
        (SAM, "play-water", "wdym", "playing with water"),
        (SAM, "play-water", "what do you mean", "playing with water"),
        (SAM, "play-water", "wut", "playing with water"),
        (SAM, "play-water", "say what", "playing with water"),
        (SAM, "play-water", "pardon", "playing with water"),
        (SAM, "play-water", "sorry?", "playing with water"),
        (SAM, "silent-love", "what", "love you"),
        (SAM, "silent-love", "come again", "love you"),
    ],
)
def test_asking_what_where_the_reveal_is_the_prank_is_asked_again_not_scored(
    corpus: Corpus, who: Person, routine: str, asked: str, words: str
) -> None:
    engine, chat = Engine(corpus, random.Random(6)), ChatState()
    chat = sent(engine, chat, who, f"/prank {routine} anyway").chat
    start = corpus.routines[routine].states[corpus.routines[routine].start]
    assert start.reveal_outcome == FELL
    for _ in range(3):  # asked once, twice, thrice: never the reveal
        again = sent(engine, chat, who, asked)
        assert again.endings == [], text_of(again)
        assert words in text_of(again), text_of(again)
        lang = chat.pranks[next(iter(chat.pranks))].lang
        assert text_of(again).startswith(say("asked_again", lang)), text_of(again)
        chat = again.chat


@pytest.mark.parametrize("asked", ["什麼？", "huh?"])
def test_asked_again_with_a_question_mark_as_before_then_still_waited_for(
    corpus: Corpus, asked: str
) -> None:
    engine, chat = Engine(corpus, random.Random(6)), ChatState()
    chat = sent(engine, chat, SAM, "/prank play-water").chat
    for _ in range(2):
        again = sent(engine, chat, SAM, asked)
        assert again.endings == [] and "playing with water" in text_of(again)
        chat = again.chat
    landed = sent(engine, chat, SAM, "yes")
    assert [e.outcome for e in landed.endings] == [FELL]


def test_asked_again_where_the_reveal_is_no_prank_keeps_the_hint(corpus: Corpus) -> None:
    """Where the reveal only tells the answer (it ends called off), a "what" is met as any
    answer the bot does not know is: the hint, then the reveal, nobody scored."""
    engine, chat = Engine(corpus, random.Random(6)), ChatState()
    chat = sent(engine, chat, MEI, "/prank ten-knives").chat
    state = corpus.routines["ten-knives"].states["ask"]
    assert state.reveal_outcome == CALLED_OFF and state.hint is not None
    hinted = sent(engine, chat, MEI, "什么意思")
    assert hinted.endings == [] and state.hint.in_("zh") in text_of(hinted)
    revealed = sent(engine, hinted.chat, MEI, "什么意思")
    assert [e.outcome for e in revealed.endings] == [CALLED_OFF]


@pytest.mark.parametrize(
    ("routine", "state", "said"),
    [
        ("zodiac-belong", None, "我屬鼠"),
        ("play-water", None, "yes"),
        ("play-water", None, "what lol no"),
        ("silent-love", None, "sorry"),  # an apology, not asked
    ],
)
def test_an_answer_is_no_request_to_ask_again(
    corpus: Corpus, routine: str, state: str | None, said: str
) -> None:
    found = corpus.routines[routine]
    assert not found.states[state or found.start].asks_again(said)


def test_a_what_a_branch_takes_is_that_branch(corpus: Corpus) -> None:
    # the rule is for answers that reached nothing: "what" alone is gullible's surprise
    assert corpus.routines["gullible-ceiling"].states["dict"].understand("what").branch_id == (
        "surprised"
    )


@pytest.mark.slow
async def test_through_telegram_asking_what_in_a_group_is_asked_again_not_scored(
    emulator: Emulator, tmp_path: Path
) -> None:
    texts, board = await group_exchange(
        emulator,
        tmp_path,
        "/prank zodiac-belong @carol anyway",
        ["什么意思", "蛤？你说啥", "我属鼠"],
    )
    got = say("got_you", "zh", by="@alice", target="@carol")
    for text in texts[:2]:
        assert say("asked_again", "zh") in text and got not in text, text
    assert got in texts[2]
    fooled = board.index(say("stats_fooled", "zh"))
    assert "@carol: 1" in board[fooled:], board
