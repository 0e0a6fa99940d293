"""Round twenty-seven's red team (redteam27): this round's changes attacked from outside.

ops27's score that counts only real falls (rule "no answer, only noise", rule "another
question's answer"), fed by a victim who would rather not be counted and by a friend in a
group; ops27's offer noted in a group, answered by another member; a hostile 4,096-character
answer through Telegram; what /train and an unknown command quote back. Each pins a behaviour
with real answers through the real corpus: the engine, the console playground with its SQLite
(the record every ending adds to), the real Lab, or the real Application against the strict
Telegram emulator; no mock of our code."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.content.reading import MAX_ATTEMPT_CHARS
from bot.conversation.answering import Incoming, Response
from bot.conversation.commands import Say
from bot.conversation.engine import NOT_A_QUESTION, Engine
from bot.conversation.state import FSI, PDI, ChatState, Person
from bot.i18n.catalogue import say
from bot.lab.service import Lab
from bot.storage import Storage
from tests.support.conversation import private_request, sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for

# -- 1. noise after a real attempt does not hide the fall ---------------------------------------

WALL_ZH = "今天天气真不错我们出去走走吧" * 30  # 420 characters of anything
BLAH = "blah blah blah blah blah"


def _answers(corpus: Corpus, lang: str, routine: str, *typed: str) -> list[Response]:
    engine = Engine(corpus, random.Random(27))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/prank {routine} anyway").chat
    said = []
    for n, text in enumerate(typed):
        said.append(sent(engine, chat, mei, text, 5.0 + n))
        chat = said[-1].chat
    return said


@pytest.mark.parametrize(
    ("lang", "routine", "tried", "noise"),
    [
        ("en", "compliment-game", "purple elephants dance", BLAH),
        ("en", "compliment-game", "purple elephants dance", "x" * 400),
        ("zh", "nine-by-three", "紫色的大象在跳舞", WALL_ZH),
        ("zh-hk", "nine-by-three", "紫色的大象在跳舞", BLAH),
    ],
)
def test_noise_after_a_hinted_attempt_still_falls(
    corpus: Corpus, lang: str, routine: str, tried: str, noise: str
) -> None:
    """Where the reveal is the prank, a real attempt that reaches nothing is hinted; the
    victim, warned, then sent noise, and ops27's second no-attempt called the prank off: the
    fall the attempt had earned hidden by "blah" (a second real attempt falls). One who tried
    falls, whatever follows the hint."""
    hinted, revealed = _answers(corpus, lang, routine, tried, noise)
    state = corpus.routines[routine].states["ask"]
    assert not hinted.endings and state.hint is not None
    assert hinted.replies[0].text.startswith(state.hint.in_(lang))
    (ending,) = revealed.endings
    assert ending.outcome == "fell", revealed.replies[0].text


def test_noise_after_a_hinted_attempt_counts_on_the_record(corpus: Corpus, tmp_path: Path) -> None:
    """Through the console and its SQLite: /stats counts that fall."""
    typed = ("/lang zh", "/prank nine-by-three", "紫色的大象", WALL_ZH, "/stats")
    shown = "\n".join(played(corpus, tmp_path, *typed))
    assert say("record_fell", "zh", count=1) in shown, shown


def test_a_nudge_uses_up_no_try(corpus: Corpus) -> None:
    """Noise is asked again once; the victim's first real attempt after it is hinted, as a
    first attempt is (the nudge counted as the hint's try and sent it straight to the reveal)."""
    nudged, hinted = _answers(corpus, "en", "compliment-game", BLAH, "purple elephants dance")
    state = corpus.routines["compliment-game"].states["ask"]
    assert not nudged.endings and not hinted.endings
    assert state.hint is not None and hinted.replies[0].text.startswith(state.hint.in_("en"))


def test_noise_twice_still_scores_nobody(corpus: Corpus) -> None:
    """What ops27 pinned stands: noise, asked again, noise again: called off."""
    nudged, revealed = _answers(corpus, "en", "compliment-game", BLAH, BLAH)
    assert not nudged.endings
    assert [ending.outcome for ending in revealed.endings] == ["called_off"]


def _in_a_group(corpus: Corpus, command: str, *said: tuple[Person, str]) -> list[Response]:
    engine = Engine(corpus, random.Random(27))
    alice = Person(8, "Alice", "alice", "en")
    chat = sent(engine, ChatState(), alice, command, in_group=True, chat_id=-5).chat
    answered = []
    for n, (who, text) in enumerate(said):
        answered.append(
            sent(engine, chat, who, text, 5.0 + n, in_group=True, chat_id=-5, ticket="1")
        )
        chat = answered[-1].chat
    return answered


MEI, BOB = Person(9, "Mei", "mei", "en"), Person(10, "Bob", "bob", "en")


def test_in_a_group_a_friend_s_noise_after_another_s_attempt_scores_nobody(
    corpus: Corpus,
) -> None:
    """A prank aimed at nobody is anyone's to answer (replying to its question): Mei's attempt
    is hinted, then Bob sends noise. Bob tried nothing: no fall is counted on Bob for
    another's try. Mei's hinted guess falls on her, as it would had the question timed out
    (ops28: one rule for noise, a timeout and /cancel after a hinted attempt; it scored
    nobody here)."""
    hinted, revealed = _in_a_group(
        corpus, "/prank compliment-game", (MEI, "purple elephants dance"), (BOB, BLAH)
    )
    assert not hinted.endings
    assert [(e.outcome, e.player.name) for e in revealed.endings] == [("fell", "Mei")]


def test_in_a_group_the_target_s_noise_after_their_attempt_still_falls(corpus: Corpus) -> None:
    """Aimed at Mei, only Mei answers: her attempt is hinted, her noise after it falls."""
    hinted, revealed = _in_a_group(
        corpus, "/prank @mei compliment-game", (MEI, "purple elephants dance"), (MEI, BLAH)
    )
    assert not hinted.endings
    assert [(e.outcome, e.player.name) for e in revealed.endings] == [("fell", "Mei")]


# -- 2. another member's reply to the bot's offer -----------------------------------------------


def test_in_a_group_another_member_s_yes_to_the_offer_takes_nothing(corpus: Corpus) -> None:
    """Alice is offered ten-knives in a group (ops27 notes the offer's message; in a group as
    a bot's message, NOT_A_QUESTION). Bob's "yes" replying to that message, or to nobody, is
    not Alice's: no prank starts for him. Alice's own yes replying to it takes it."""
    engine = Engine(corpus, random.Random(27))
    engine.prank_cooldown = 0.0
    alice, bob = Person(1, "Alice", "alice", "en"), Person(2, "Bob", "bob", "en")
    group = {"chat_id": -27, "in_group": True}
    offered = sent(engine, ChatState(), alice, "/prank ten-knives", 100.0, **group).chat
    assert offered.offer is not None
    to_offer = {"reply_to": 54, "reply_to_bot": True, "ticket": NOT_A_QUESTION, **group}
    for typed in ("yes", "ok", "好", "anyway"):
        bobs = Incoming(bob, typed, 110.0, **to_offer)  # type: ignore[arg-type]
        assert engine.offer_taken(offered, bobs) is bobs, typed
        said = sent(engine, offered, bob, typed, 110.0, **to_offer)
        assert not said.chat.pranks, typed
    alices = Incoming(alice, "yes", 110.0, **to_offer)  # type: ignore[arg-type]
    assert engine.offer_taken(offered, alices).text.startswith("/prank ten-knives")


# -- 3. a hostile answer on Telegram -------------------------------------------------------------

# 4,096 characters (Telegram's most) of right-to-left and zero-width marks, control
# characters, regex metacharacters, an emoji sequence and every script, around "blah"
HOSTILE = ("\u202e\u200b\u200d\x07.*+?[](){}|\\^$👨‍👩‍👧‍👦 blah 中ア한بא " * 200)[:4096]


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_hostile_wall_is_nudged_and_a_tried_victim_falls(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application, SQLite and HTTP: a 4,096-character hostile answer to
    compliment-game is asked again (no fall, no error); an attempt is hinted; the same wall
    again hears the reveal, and /stats counts the fall the attempt earned."""
    assert len(HOSTILE) > MAX_ATTEMPT_CHARS
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        chat, alice = private(ALICE), ALICE["id"]
        emulator.user_message(chat, ALICE, "/prank compliment-game")
        await wait_for(emulator, sends(alice, "pay me a compliment"))
        for typed, expected in [
            (HOSTILE, say("no_attempt_nonsense", "en")),
            ("purple elephants dance", "The deal is you go first"),
            (HOSTILE, "Fine, I'll go first"),
            ("/stats", say("record_fell", "en", count=1)),
        ]:
            mark = emulator.mark()
            emulator.user_message(chat, ALICE, typed)
            await wait_for(emulator, sends(alice, expected), after=mark)
        texts = emulator.sent_texts(alice)
        assert not any("Oops" in text or "Traceback" in text for text in texts), texts


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_flood_of_walls_during_a_429_counts_no_fall(
    emulator: Emulator, tmp_path: Path
) -> None:
    """The nudge's send is refused with a 429 (retry after 3 s) and Alice floods twelve
    walls meanwhile: the first is nudged, the second hears the reveal, called off, the rest
    find no prank. One reveal, no fall on /stats, nothing says an error."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        chat, alice = private(ALICE), ALICE["id"]
        emulator.user_message(chat, ALICE, "/prank compliment-game")
        await wait_for(emulator, sends(alice, "pay me a compliment"))
        emulator.inject("sendMessage", "429", retry_after=3, chat_id=alice)
        for _ in range(12):
            emulator.user_message(chat, ALICE, HOSTILE)
        await wait_for(emulator, sends(alice, "Fine, I'll go first"))
        mark = emulator.mark()
        emulator.user_message(chat, ALICE, "/stats")
        await wait_for(emulator, sends(alice, say("record_fell", "en", count=0)), after=mark)
        texts = emulator.sent_texts(alice)
        assert sum("Fine, I'll go first" in text for text in texts) == 1, texts
        assert sum(say("no_attempt_nonsense", "en") in text for text in texts) == 1, texts
        assert not any("Oops" in text or "Traceback" in text for text in texts), texts


# -- 4. /train echoes what was typed, tamed -----------------------------------------------------

RIGHT_TO_LEFT_OVERRIDE = "\u202e"


@pytest.mark.parametrize(
    "args",
    [
        ["epochs=\u202e5"],  # a value out of range, echoed
        ["\u202eepochs=5"],  # an unknown word, echoed
        ["activation=\u202erelu\u200b"],  # an unknown activation, echoed
        ["lr=\u05d0\u05d1"],  # Hebrew: shown, but isolated, not spilling its direction
    ],
)
async def test_train_echoes_no_direction_changing_character(
    tmp_path: Path, args: list[str]
) -> None:
    """/train's usage lines quote what was typed. A right-to-left override typed there
    (U+202E) was echoed raw, and turned the rest of the bot's line round in the chat (the
    quote reads "5” won't do: ..." backwards); the bot shows typed text as it shows a name
    (clean_name, isolate). Through the real Lab, as the command runs."""
    storage = Storage(tmp_path / "lab.sqlite3")  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    lab = Lab(storage, workers=1)
    try:
        said = [event async for event in lab.train(private_request(5, 1, args, "en"))]
    finally:
        lab.close()
        storage.close()
    text = "\n".join(event.text for event in said if isinstance(event, Say))
    assert text and RIGHT_TO_LEFT_OVERRIDE not in text and "\u200b" not in text, repr(text)
    if "\u05d0" in text:
        assert f"{FSI}lr=\u05d0\u05d1{PDI}" in text, repr(text)


@pytest.mark.parametrize("typed", ["/\u202eabc", "/pr\u202eank", "/\u200bhelp\u202e"])
def test_an_unknown_command_is_echoed_with_no_direction_changing_character(
    corpus: Corpus, typed: str
) -> None:
    """A private chat's unknown command is quoted back ("I don't know /x"): a right-to-left
    override in it was echoed raw and turned the rest of the line round."""
    engine = Engine(corpus, random.Random(27))
    (reply,) = sent(engine, ChatState(), Person(1, "Ann", "ann", "en"), typed).replies
    assert RIGHT_TO_LEFT_OVERRIDE not in reply.text and "\u200b" not in reply.text, reply.text
