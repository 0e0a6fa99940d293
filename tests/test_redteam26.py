"""Round twenty-six's red team (redteam26): this round's changes attacked from outside.

ops26's /prank by any name a routine is called (`also_called`, with close matches listed when
nothing fits) and its plain yes to the offer to play in the other language, fed what a hostile
or careless client sends, and the corpus's names as a careless writer writes them. Each pins a
behaviour with real answers through the real corpus: the console playground, the engine, the
checker, or the real Application against the strict Telegram emulator with real SQLite."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, CorpusError, parse_corpus
from bot.content.titles import NAME_MOST
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, GROUP, private, running_bot, sends, wait_for

TEN_KNIVES_ASKED = "Someone throws ten knives at you"

# -- 1. a yes said to someone else in a group is not the offer's --------------------------------


def test_a_yes_replying_to_another_members_message_takes_no_offer(corpus: Corpus) -> None:
    """Alice is offered ten-knives in a group; Carol asks her something and Alice answers her,
    "ok" as a reply to Carol's message: that yes is Carol's, not the bot's (ops26's plain yes
    started the prank on Bob). The same "ok" replying to the bot, or to nobody, takes it."""
    engine = Engine(corpus, random.Random(26))
    engine.prank_cooldown = 0.0
    alice, carol = Person(1, "Alice", "alice", "en"), Person(3, "Carol", "carol", "en")
    group = {"chat_id": -26, "in_group": True}
    offered = sent(engine, ChatState(), alice, "/prank @bob ten-knives", 100.0, **group).chat
    assert offered.offer is not None
    for typed in ("ok", "sure", "照玩", "anyway"):
        to_carol = Incoming(alice, typed, 110.0, replied=carol, reply_to=55, **group)  # type: ignore[arg-type]
        assert engine.offer_taken(offered, to_carol) is to_carol, typed
    to_bot = Incoming(alice, "ok", 110.0, reply_to=54, reply_to_bot=True, **group)  # type: ignore[arg-type]
    assert engine.offer_taken(offered, to_bot).text == "/prank ten-knives @bob anyway"
    alone = Incoming(alice, "ok", 110.0, **group)  # type: ignore[arg-type]
    assert engine.offer_taken(offered, alone).text == "/prank ten-knives @bob anyway"


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_yes_to_a_friend_is_not_a_yes_to_the_offer(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and SQLite: Alice is offered ten-knives in a group, Carol
    asks "lunch?", Alice replies "ok" to her: no prank; then Alice's "ok" to nobody plays it."""
    carol = {"id": 1003, "is_bot": False, "first_name": "Carol", "username": "carol"}
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        storage = app.bot_data["timeouts"].turns.storage
        emulator.user_message(GROUP, ALICE, "/prank ten-knives @bob")
        await wait_for(emulator, sends(GROUP["id"], "only works in Chinese"))
        lunch = emulator.user_message(GROUP, carol, "lunch?")
        emulator.user_message(GROUP, ALICE, "ok", reply_to=lunch)
        await asyncio.sleep(1.0)
        assert not storage.load_chat(GROUP["id"]).pranks
        assert storage.load_chat(GROUP["id"]).offer is not None
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE, "ok")
        await wait_for(emulator, sends(GROUP["id"], "ten knives"), after=mark)
        assert len(storage.load_chat(GROUP["id"]).pranks) == 1


@pytest.mark.parametrize("command", ["/cancel", "/lang en", "/help"])
@pytest.mark.parametrize("typed", ["yes", "ok", "好"])
def test_a_plain_yes_after_a_command_takes_no_offer(
    corpus: Corpus, tmp_path: Path, command: str, typed: str
) -> None:
    """ops26's plain yes, as redteam25 pinned the bare "anyway": after /cancel (or any command)
    the offer is gone, and the yes is plain chatter, nudged."""
    lines = played(corpus, tmp_path, "/prank ten-knives", command, typed)
    after = "\n".join(lines[lines.index(next(x for x in lines if x.endswith(f"you: {typed}"))) :])
    assert TEN_KNIVES_ASKED not in after, lines


# -- 2. /prank with a hostile name: answered, echoed short, its work capped ----------------------

# 4,096 Chinese characters, drawn at random (seeded)
_CJK_RUN = "".join(chr(0x4E00 + random.Random(26).randrange(20_000)) for _ in range(4_096))


@pytest.mark.parametrize(
    "name",
    [
        _CJK_RUN,
        "的" * 4_096,
        "a" * 4_096,
        ".*+?[](){}|^$\\" * 300,
        "\u202e\u200b\u2066zodiac\u2069" * 50,  # direction and zero-width marks around a name
        "👨‍👩‍👧‍👦🏳️‍🌈" * 500,  # emoji sequences
        "生肖 zodiac 生肖 ゆき 고양이 кот قطة " * 100,  # every script mixed
        "ze" + " zo zod zodi" * 200,  # many names' prefixes at once
    ],
)
def test_a_hostile_name_is_answered_short(corpus: Corpus, tmp_path: Path, name: str) -> None:
    """The console answers each: a routine, a list (NEAR_MOST or MAX_CHOICES at most), or "no
    routine called" with the name cut short; never a traceback, never the whole name back."""
    lines = played(corpus, tmp_path, f"/prank {name}")
    answer = "\n".join(lines[1:])  # the bot's, after the line typed
    assert answer.startswith("🎭"), lines
    assert "Traceback" not in answer and "Oops" not in answer
    assert len(answer) < 2_000, answer[:200]
    assert answer.count("/prank ") <= 8, answer  # a short list, at most


def _fastest(work: Callable[[], object], times: int = 5) -> float:
    """The fastest of `times` runs of `work`, in seconds: the machine's noise left out."""
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", [_CJK_RUN, "的" * 4_096])
def test_finding_a_paragraph_of_chinese_costs_no_more_than_reading_it(
    corpus: Corpus, name: str
) -> None:
    """A 4,096-character run of Chinese is one "word" to `find`: it was compared with every
    routine's every name under each rule, its particles rewritten each time (~200 ms a
    /prank on this machine). A word longer than any name it could fit fits none: now the
    cost is reading it (folding to Simplified, ~1 ms), and it still finds nothing."""
    titles = corpus.titles
    assert titles.find(name).how is None
    assert _fastest(lambda: titles.find(name)) < 0.030


def test_the_close_matches_of_every_names_character_cost_a_lookup_each(corpus: Corpus) -> None:
    """`near` weighs each Chinese character typed that few routines' names hold: for each, it
    walked every routine's names. A name made of every character of every name (a few
    hundred) now reads each from a table built with the corpus, and still lists NEAR_MOST at
    most."""
    titles = corpus.titles
    names = [n for r in corpus.routines.values() for n in (r.title.zh, *r.also_called)]
    every = "".join(sorted({ch for name in names for ch in name}))
    assert 0 < len(titles.near(every)) <= 3
    assert _fastest(lambda: titles.near(every)) < 0.003  # ~12 ms walked, ~0.2 ms looked up
    # the table reads as the walk did: 岁数 lists guess-my-age, 属鸡 zodiac-belong
    assert [r.id for r in titles.near("岁数")][:1] == ["guess-my-age"]
    assert "zodiac-belong" in [r.id for r in titles.near("属鸡")]


# -- 3. `bot check` on names a careless writer gives a routine ---------------------------------


def _with_names(names: str, where: str = "  - id: toast-toaster\n") -> str:
    """The shipped corpus with `names` as the also_called of the routine `where` opens."""
    text = DEFAULT_CONTENT.read_text(encoding="utf-8")
    head, routine = text.split(where, 1)
    title_line, rest = routine.split("\n", 1)
    if rest.startswith("    also_called:"):
        rest = rest.split("\n", 1)[1]
    return f"{head}{where}{title_line}\n    also_called: {names}\n{rest}"


@pytest.mark.parametrize("name", ["天" * (NAME_MOST + 1), "word " * 5_000])
def test_the_checker_refuses_a_name_no_one_types(name: str) -> None:
    """A name of 20,000 characters passed `bot check`, and every /prank then walked it (a
    Chinese one, character by character, for a typo: ~190 ms a /prank, 4 s to load). A name
    is a few words: one longer than NAME_MOST characters is refused, FILE:LINE."""
    with pytest.raises(CorpusError) as refused:
        parse_corpus(_with_names(f"{{zh: [{name}]}}"), "jokes.yaml")
    assert f"is longer than {NAME_MOST} characters" in str(refused.value)
    at_most = "天" * NAME_MOST  # as long as may be: read
    corpus = parse_corpus(_with_names(f"{{zh: [{at_most}]}}"), "jokes.yaml")
    assert corpus.titles.find(at_most).one is corpus.routines["toast-toaster"]


def test_the_checker_says_a_name_that_is_no_text_is_not_a_name() -> None:
    """A list, or a mapping, where a name goes is said as it is, not as "an empty name"; a
    YAML true or false (an unquoted `true`, `off`) is no name either: it was read as "True"."""
    with pytest.raises(CorpusError) as refused:
        parse_corpus(_with_names("{zh: [[a, b]], en: [{x: y}, true]}"), "jokes.yaml")
    said = str(refused.value)
    assert "'also_called' has a name that is no text (True)" in said
    assert "'also_called' has a name that is no text (['a', 'b'])" in said
    assert "'also_called' has a name that is no text ({'x': 'y'})" in said


# -- 4. a flood of yeses while the offer's send waits out a 429 ---------------------------------


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_a_flood_of_yeses_during_a_429_takes_the_offer_once(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and SQLite: the offer's send is refused with a 429 (retry
    after 3 s) and Alice sends fifteen yeses meanwhile (yes, ok, 好, anyway). The first takes
    the offer, once: ten-knives is asked once, the rest answer it or are nudged, in order,
    and nothing says an error. The offer is gone after it (a command moves on from it)."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        storage = app.bot_data["timeouts"].turns.storage
        chat = private(ALICE)
        emulator.inject("sendMessage", "429", retry_after=3, chat_id=ALICE["id"])
        emulator.user_message(chat, ALICE, "/prank ten-knives")
        await asyncio.sleep(0.3)
        for n in range(15):
            emulator.user_message(chat, ALICE, ["yes", "ok", "好", "anyway"][n % 4])
        await wait_for(emulator, sends(ALICE["id"], TEN_KNIVES_ASKED), timeout=15)
        for _ in range(100):  # every update answered: the offer's line and one reply each
            if len(emulator.sent_texts(ALICE["id"])) >= 16:
                break
            await asyncio.sleep(0.1)
        texts = emulator.sent_texts(ALICE["id"])
        assert len(texts) == 16, texts
        assert sum(TEN_KNIVES_ASKED in text for text in texts) == 1, texts
        assert not any("Oops" in text or "Traceback" in text for text in texts), texts
        assert storage.load_chat(ALICE["id"]).offer is None


# -- 5. an answer of hundreds of groups apart by spaces -----------------------------------------


def test_an_answer_of_many_groups_is_read_in_the_time_of_reading_it(corpus: Corpus) -> None:
    """Chinese typed in groups apart by spaces is read as one clause where a phrase of the
    state's own spans a space (你是 我的 爸爸). Each space was tried against every long phrase
    of the state: 500 groups (3,500 characters, one message) cost ~100-300 ms an answer on
    this machine, a step that takes ~20 µs. Only phrases holding the two characters either
    side of the space are tried now; the reading is the same (tests/test_understanding_rules
    holds 你是 我的 爸爸 as baba; every tuning row reads as before)."""
    engine = Engine(corpus, random.Random(26))
    pat = Person(5, "Pat", "pat", "zh-hans")
    chat = sent(engine, ChatState(), pat, "/prank you-and-pig", 100.0, chat_id=5).chat
    flood = Incoming(pat, "你刚才问过了 " * 500, 101.0, chat_id=5)
    engine.route(chat, flood)  # what is built on first use, built
    assert _fastest(lambda: engine.route(chat, flood)) < 0.030
