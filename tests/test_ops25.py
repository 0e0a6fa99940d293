"""Round twenty-five's fixes on the running bot (ops25): what last round left.

Each pins a behaviour with real answers through the real corpus, the console playground or
the Telegram emulator, and real SQLite."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, LinkOpened
from bot.conversation.engine import OFFER_SECONDS, Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for
from tests.support.telegram_fixtures import BOB as TELEGRAM_BOB
from tests.support.webhook_fixtures import webhook_bot

TEN_KNIVES_ASKED = "Someone throws ten knives at you"

# -- 1. a bare 照玩 or "anyway" takes the offer ------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    # with a tone after it, emoji or marks (redteam25): "anyway‼️", "照玩 👍"
    ["anyway", "ok anyway!", "照玩", "好吧，照玩", "照玩啦", "anyway‼️", "ok anyway 👍", "照玩👍🏻"],
)
def test_a_bare_anyway_after_the_offer_plays_the_routine(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    """ops25: the offer said "Play it anyway?", and the bare word that answers it found no
    prank waiting and was nudged; now the chat keeps the offer a while, and the word takes it."""
    lines = played(corpus, tmp_path, "/prank ten-knives", typed)
    shown = "\n".join(lines)
    assert "only works in Chinese" in shown, lines
    assert TEN_KNIVES_ASKED in shown, lines
    assert say("nudge", "en") not in shown, lines


def test_the_offer_is_taken_once_and_not_by_other_words(corpus: Corpus, tmp_path: Path) -> None:
    """Another command moves on from it, a sentence with the word in it is no answer to it,
    and it plays once: a second bare word finds nothing offered."""
    moved_on = "\n".join(played(corpus, tmp_path, "/prank ten-knives", "/help", "anyway"))
    assert TEN_KNIVES_ASKED not in moved_on
    sentence = "\n".join(played(corpus, tmp_path, "/prank ten-knives", "anyway i was saying"))
    assert TEN_KNIVES_ASKED not in sentence


def test_a_tone_makes_no_sentence_of_other_words(corpus: Corpus, tmp_path: Path) -> None:
    """The emoji after the word are dropped, not the words: "anyway i was saying 👍" is still
    a sentence, no answer to the offer; and /prank with the word and an emoji plays it."""
    sentence = "\n".join(played(corpus, tmp_path, "/prank ten-knives", "anyway i was saying 👍"))
    assert TEN_KNIVES_ASKED not in sentence
    asked = "\n".join(played(corpus, tmp_path, "/prank ten-knives anyway 🙃"))
    assert TEN_KNIVES_ASKED in asked


def test_an_offer_lapses(corpus: Corpus) -> None:
    """For a while only: past OFFER_SECONDS the bare word is plain chatter again."""
    engine = Engine(corpus, random.Random(25))
    sam = Person(7, "Sam", "sam", "en")
    offered = sent(engine, ChatState(), sam, "/prank ten-knives", 100.0, chat_id=7)
    assert offered.chat.offer is not None
    assert ChatState.from_json(offered.chat.to_json()) == offered.chat  # kept as it is
    soon = Incoming(sam, "anyway", 100.0 + OFFER_SECONDS - 1, chat_id=7)
    assert engine.offer_taken(offered.chat, soon).text == "/prank ten-knives anyway"
    late = Incoming(sam, "anyway", 100.0 + OFFER_SECONDS + 1, chat_id=7)
    assert engine.offer_taken(offered.chat, late) is late
    someone_else = Incoming(Person(8, "Kim", "kim", "en"), "anyway", 101.0, chat_id=7)
    assert engine.offer_taken(offered.chat, someone_else) is someone_else


def test_a_links_offer_is_taken_as_the_link_opened_anyway(corpus: Corpus) -> None:
    """A prank link to a Chinese routine opened in English is offered as /prank offers it;
    the bare word after it stands for /start CODE anyway, which the turn resolves as the link
    it opens (its play counted once, there)."""
    engine = Engine(corpus, random.Random(25))
    sam = Person(7, "Sam", "sam", "en")
    link = LinkOpened("abc123", "ten-knives")
    offered = sent(engine, ChatState(), sam, "/start abc123", 10.0, chat_id=7, link=link)
    assert not offered.chat.pranks
    typed = Incoming(sam, "ok anyway", 20.0, chat_id=7)
    taken = engine.offer_taken(offered.chat, typed)
    assert taken.text == "/start abc123 anyway" and taken.command is not None
    assert taken.command.name == "start"
    played_it = sent(engine, offered.chat, sam, taken.text, 20.0, chat_id=7, link=link)
    assert [p.routine for p in played_it.chat.pranks.values()] == ["ten-knives"]
    assert played_it.chat.offer is None


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_bare_zhaowan_takes_the_offer(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and SQLite: Bob (zh-hans) is offered the English-only
    toast routine and answers the offer with 照玩吧 alone."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(TELEGRAM_BOB), TELEGRAM_BOB, "/prank toast")
        await wait_for(emulator, sends(TELEGRAM_BOB["id"], "照玩"))
        emulator.user_message(private(TELEGRAM_BOB), TELEGRAM_BOB, "照玩吧")
        await wait_for(emulator, sends(TELEGRAM_BOB["id"], "five times"))


# -- 3. a group's move into its supergroup takes the same locks, polled or by webhook --------

OLD_GROUP = {"id": -4_025, "type": "group", "title": "Old"}
SUPERGROUP = {"id": -1_000_000_004_025, "type": "supergroup", "title": "Old"}


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_a_polled_move_waits_for_the_groups_lock(emulator: Emulator, tmp_path: Path) -> None:
    """ops25: polling moved the group's state on the old group's word (migrate_to_chat_id)
    without the group's lock, which the webhook takes (and a reveal of the group holds): now
    both take the group's, then the supergroup's (`Storage.chats_locked`)."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        storage = app.bot_data["timeouts"].turns.storage
        emulator.user_message(OLD_GROUP, ALICE, "/prank ten-knives anyway @bob")
        await wait_for(emulator, sends(OLD_GROUP["id"], "ten knives"))
        async with storage.chat_lock(OLD_GROUP["id"]):  # a reveal of the group, say
            with emulator.lock:
                emulator.migrated[OLD_GROUP["id"]] = SUPERGROUP["id"]
            word = emulator.compose_message(OLD_GROUP, ALICE, migrate_to_chat_id=SUPERGROUP["id"])
            emulator.push({"message": word})
            await asyncio.sleep(1.0)
            assert storage.load_chat(OLD_GROUP["id"]).pranks  # not moved under the lock
        for _ in range(100):
            if storage.load_chat(SUPERGROUP["id"]).pranks:
                break
            await asyncio.sleep(0.1)
        assert storage.load_chat(SUPERGROUP["id"]).pranks
        assert not storage.load_chat(OLD_GROUP["id"]).pranks


# -- 2. one chat waiting on a 429 holds up no other ------------------------------------------

FLOODED = [{"id": -5_001 - n, "type": "group", "title": f"Flooded {n}"} for n in range(2)]
QUIET = {"id": -5_101, "type": "group", "title": "Quiet"}


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_a_chat_waiting_on_a_429_holds_up_no_other(
    emulator: Emulator, tmp_path: Path
) -> None:
    """ops25: a group's update waiting out a 429 gave its slot back but held its chat's lock
    (the webhook holds it for the whole update); the supergroup each group became said so
    meanwhile, and its update, in a slot, waited for the group's lock: two such held both
    groups' slots for the whole wait, a quiet group's /help waited behind them, and the
    flooded groups' updates, their wait over, found no slot to go on in, for ever. Now a
    wait for a lock gives the slot back: the quiet group is answered during the wait, and
    everything goes on after it."""
    # Broken, this deadlocks: the timeout turns the hang into a failure.
    async with asyncio.timeout(45), webhook_bot(emulator, tmp_path / "bot.sqlite3") as server:
        emulator.deliver_by_webhook([f"http://127.0.0.1:{server.port}"])
        for group in FLOODED:
            emulator.inject("sendMessage", "429", retry_after=4, chat_id=group["id"])
            emulator.user_message(group, ALICE, "/help")
        await asyncio.sleep(1.0)  # both groups' updates wait out their 429, locks held
        for n, group in enumerate(FLOODED):
            supergroup = {"id": -1_000_000_005_001 - n, "type": "supergroup", "title": "S"}
            word = emulator.compose_message(supergroup, ALICE, migrate_from_chat_id=group["id"])
            emulator.push({"message": word})
        await asyncio.sleep(0.5)  # each supergroup's word waits for its group's lock
        emulator.user_message(QUIET, ALICE, "/help")
        await wait_for(emulator, sends(QUIET["id"], "/prank"), timeout=2.5)  # during the wait
        for group in FLOODED:  # and the flooded groups go on after it
            await wait_for(emulator, sends(group["id"], "/prank"), timeout=15)


# -- 6. a refusal where the reveal is the prank is not told the punchline ---------------------


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("zh-hans", "不告诉你", "不猜就算了"),
        ("zh-hans", "关你什么事", "不猜就算了"),
        ("zh-hant", "不告訴你", "不猜就算了"),
        ("zh-hk", "唔话你知", "唔估就算啦"),
    ],
)
def test_a_refusal_to_blood_type_gets_the_refusals_line_not_the_punchline(
    corpus: Corpus, lang: str, typed: str, line: str
) -> None:
    """ops25: blood-type's reveal is the prank (我是你的理想型呀); a refusal ended it refused,
    scoring nobody, but was told the punchline all the same. Now it hears the state's line for
    a refusal (`otherwise: refused`); a don't-know still falls for the punchline."""
    engine = Engine(corpus, random.Random(25))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, "/prank blood-type")
    refused = sent(engine, asked.chat, mei, typed, 5.0)
    assert [e.outcome for e in refused.endings] == ["refused"]
    assert [r.text[: len(line)] for r in refused.replies] == [line]
    assert "理想型" not in refused.replies[0].text
    fell = sent(engine, asked.chat, mei, "不知道", 5.0)
    assert [e.outcome for e in fell.endings] == ["fell"]
    assert "理想型" in fell.replies[0].text


# -- 7. a hedge listing two guesses: the last one counts, as in a self-correction -------------


@pytest.mark.parametrize(
    ("routine", "typed", "reply"),
    [
        ("months-28-days", "erm, maybe one? february?", "February has 28, sure."),
        ("months-28-days", "erm, maybe february? one?", "Only one?"),
        ("ten-knives", "erm, maybe nine? eight?", "Right you are, son."),
    ],
)
def test_a_hedge_listing_two_guesses_takes_the_last(
    corpus: Corpus, tmp_path: Path, routine: str, typed: str, reply: str
) -> None:
    """ops25: "erm, maybe one? february?" lists two guesses. A fair friend neither asks again
    nor gives up: the guess the victim ended on is their answer, as "one, no wait, february"
    is (rule "a self-correction": a "?" between two answers is read as a correction marker,
    only what follows counts). The first guess alone is not taken, nor is the question asked
    again."""
    lines = played(corpus, tmp_path, f"/prank {routine} anyway", typed)
    answered = lines[lines.index(next(x for x in lines if typed in x)) + 1 :]
    shown = "\n".join(answered)
    assert reply in shown, lines
    assert say("asked_again", "en") not in shown, lines


# -- 5. forget-pig: a no to "Ready?" denies no pig --------------------------------------------


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("not ready, no", None),  # answers "Ready?": the trick goes on, the reveal lands
        ("am i ready? nah mate", None),
        ("what pig? nah mate", "deny"),  # the writers' rows: a closing no after pig talk
        ("Who is a pig? Me?? Aah no", "deny"),
    ],
)
def test_forget_pig_reads_a_no_to_ready_as_no_denial(
    corpus: Corpus, typed: str, branch: str | None
) -> None:
    """ops25: forget-pig's closing-no rule (verdicts24enplain: "what pig? nah mate" denies
    being a pig, as every such tuning row is labelled) took a no answering "Ready?" for a
    denial too, and said "See? You've forgotten already." to one who only said not yet."""
    state = corpus.routines["forget-pig"].states["ask"]
    assert state.verdict(typed).branch_id == branch
