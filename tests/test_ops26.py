"""Round twenty-six's fixes on the running bot (ops26): what a new user met last round.

Each pins a behaviour with real answers through the real corpus, the console playground (the
real core, SQLite in memory) or the Telegram emulator and real SQLite; no mock of our code."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, CorpusError, parse_corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import OFFER_SECONDS, Engine
from bot.conversation.inline import search
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import BOB, private, running_bot, sends, wait_for

JOKES = DEFAULT_CONTENT

# -- 1. /prank by the word people use for a routine: its other names ----------------------------


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("zh", "生肖", "zodiac-belong"),  # newuser25's word, as typed
        ("zh", "心脏", "heart-side"),
        ("zh", "年龄", "guess-my-age"),
        ("zh-hant", "心臟", "heart-side"),  # Traditional, the name written in Simplified
        ("zh-hant", "年齡", "guess-my-age"),
        ("zh-hant", "屬相", "zodiac-belong"),
        ("zh-hk", "幾大", "guess-my-age"),  # a Cantonese name, written for zh-hk
        ("zh-hk", "歲數", "guess-my-age"),
        ("zh", "几大", "guess-my-age"),  # ...found in Simplified too
        ("zh", "麋鹿", "lost-deer"),
        ("zh", "心", "heart-side"),  # one character: by its titles alone, as before
    ],
)
def test_a_routine_is_found_by_the_word_people_call_it(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    """ops26: /prank 生肖, 心臟, 年齡 found nothing; a routine's `also_called` names find it."""
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    found = corpus.routines[routine]
    assert found.states[found.start].say.in_(lang) in shown, shown


@pytest.mark.parametrize(
    ("name", "routine"),
    [("zodiac", "zodiac-belong"), ("how old", "guess-my-age"), ("knife", "ten-knives")],
)
def test_an_english_name_offers_the_chinese_routine(
    corpus: Corpus, tmp_path: Path, name: str, routine: str
) -> None:
    """In English, a name of a routine played in Chinese finds it, and offers it as by its id."""
    shown = "\n".join(played(corpus, tmp_path, f"/prank {name}"))
    assert f"Send /prank {routine} anyway" in shown, shown


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("en", "bear attack", "bear-colour"),  # heart-side plays in Chinese: not offered (ops29)
        ("zh", "属鸡", "zodiac-belong"),
        ("zh-hant", "屬雞", "zodiac-belong"),
        ("zh-hk", "猜年紀遊戲", "guess-my-age"),
    ],
)
def test_a_name_that_fits_nothing_lists_the_close_ones(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    near = say("unknown_routine_near", lang, name=name)
    assert near in shown, shown
    listed = shown.split(near)[1]
    assert f"/prank {routine} — " in listed, shown
    assert say("unknown_routine_list", lang) in listed, shown


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_a_name_close_to_nothing_is_told_to_look_at_the_list(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", "/prank 火锅"))
    assert say("unknown_routine", lang, name="火锅") in shown, shown


@pytest.mark.parametrize(
    ("query", "routine"), [("生肖", "zodiac-belong"), ("幾大", "guess-my-age")]
)
def test_inline_search_finds_a_routine_by_its_names(
    corpus: Corpus, query: str, routine: str
) -> None:
    """@TaoluBot 生肖 in any chat offers the zodiac routine, as /prank 生肖 plays it; a
    Cantonese name is searched in Simplified, as every query is."""
    assert [r.id for r in search(corpus, query, "zh")] == [routine]


def _with_names(names: str, where: str = "  - id: toast-toaster\n") -> str:
    """The shipped corpus with `names` as the also_called of the routine `where` opens."""
    text = JOKES.read_text(encoding="utf-8")
    head, routine = text.split(where, 1)
    title_line, rest = routine.split("\n", 1)
    if rest.startswith("    also_called:"):  # its own names, if it has some
        rest = rest.split("\n", 1)[1]
    return f"{head}{where}{title_line}\n    also_called: {names}\n{rest}"


def test_the_checker_refuses_a_name_of_two_routines_or_an_empty_one() -> None:
    """`bot check` says FILE:LINE of each: a name another routine has (生肖, the zodiac's),
    another routine's title (Ten knives) or id, or an empty one."""
    text = _with_names("{zh: [生肖, '!'], en: [Ten Knives, tenknives]}")
    line = 1 + text.split("  - id: toast-toaster\n")[0].count("\n") + 2
    with pytest.raises(CorpusError) as refused:
        parse_corpus(text, "jokes.yaml")
    said = str(refused.value)
    assert f"jokes.yaml:{line}: routine 'toast-toaster': 'also_called' has an empty name" in said
    # said where it is written again (the zodiac's, later in the file), naming the first
    assert f"name '生肖' is a name of routine 'toast-toaster' too (line {line})" in said
    assert "'Ten Knives' is the id or a title of routine 'ten-knives'" in said
    assert "'tenknives' is the id or a title of routine 'ten-knives'" in said


def test_the_shipped_names_pass_the_checker() -> None:
    corpus = parse_corpus(JOKES.read_text(encoding="utf-8"), "jokes.yaml")
    assert "生肖" in corpus.routines["zodiac-belong"].also_called


# -- 2. a plain yes to the offer to play in the other language takes it --------------------------

TEN_KNIVES_ASKED = "Someone throws ten knives at you"
TOAST_ASKED = "Type the word 'toast' five times"
BEAR_ASKED = "A man builds a square house"


@pytest.mark.parametrize("typed", ["yes", "ok", "sure", "Yes!", "yeah 👍", "ok sure"])
def test_a_plain_yes_takes_the_offer_in_english(corpus: Corpus, tmp_path: Path, typed: str) -> None:
    """ops26: "Play it anyway?" answered "yes" was nudged ("Send /prank to play"), only
    照玩 or "anyway" took it; a plain yes is what the question asks for."""
    shown = "\n".join(played(corpus, tmp_path, "/prank ten-knives", typed))
    assert "only works in Chinese" in shown, shown
    assert TEN_KNIVES_ASKED in shown, shown


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("zh", "好"),
        ("zh", "好啊"),
        ("zh", "可以"),
        ("zh", "好呀"),
        ("zh-hant", "可以啊"),
        ("zh-hant", "沒問題"),
        ("zh-hk", "得"),
        ("zh-hk", "係呀"),
        ("zh-hk", "冇問題"),
    ],
)
def test_a_plain_yes_takes_the_offer_in_chinese(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", "/prank toast", typed))
    assert TOAST_ASKED in shown, shown


@pytest.mark.parametrize("typed", ["yes please, and then what", "好啊我们开始吧", "ok but why"])
def test_a_sentence_with_a_yes_in_it_is_no_answer_to_the_offer(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, "/prank ten-knives", typed))
    assert TEN_KNIVES_ASKED not in shown, shown


def test_a_yes_while_a_question_waits_answers_the_question(corpus: Corpus, tmp_path: Path) -> None:
    """The bear's question waits, the offer is made under it ("you haven't answered the
    last one yet"): "yes" answers the bear (its hint), not the offer; "anyway", the offer's
    own word, still takes it."""
    # once the bot has said something since its offer ("hmm" waited on); right after the
    # offer, the bot's last message, a plain yes is about the offer (ops28b, test_ops28b)
    lines = played(corpus, tmp_path, "/prank bear", "/prank ten-knives", "hmm", "yes")
    after = "\n".join(lines[max(i for i, line in enumerate(lines) if line.endswith(": yes")) :])
    assert TEN_KNIVES_ASKED not in after, lines
    assert "Hint:" in after, lines
    anyway = "\n".join(played(corpus, tmp_path, "/prank bear", "/prank ten-knives", "anyway"))
    assert TEN_KNIVES_ASKED in anyway


def test_a_yes_takes_only_the_offer_made_to_its_sender_while_it_is_open(
    corpus: Corpus,
) -> None:
    """In a group: the offer made to Alice is not Bob's to take; past OFFER_SECONDS it is
    gone; and a yes from Alice while a prank aimed at her waits is her answer to it."""
    engine = Engine(corpus, random.Random(26))
    engine.prank_cooldown = 0.0
    alice, bob = Person(1, "Alice", "alice", "en"), Person(2, "Bob", "bob", "en")
    group = {"chat_id": -26, "in_group": True}
    offered = sent(engine, ChatState(), alice, "/prank @bob ten-knives", 100.0, **group)
    assert offered.chat.offer is not None
    yes_from = {who: Incoming(who, "ok", 110.0, **group) for who in (alice, bob)}  # type: ignore[arg-type]
    assert engine.offer_taken(offered.chat, yes_from[alice]).text == "/prank ten-knives @bob anyway"
    assert engine.offer_taken(offered.chat, yes_from[bob]) is yes_from[bob]
    late = Incoming(alice, "ok", 100.0 + OFFER_SECONDS + 1, **group)  # type: ignore[arg-type]
    assert engine.offer_taken(offered.chat, late) is late
    # Bob's prank on Alice waits, then she is offered: her "ok" (no reply needed: it is aimed
    # at her) answers him; "anyway", the offer's own word, takes the offer
    aimed = sent(engine, ChatState(), bob, "/prank @alice bear", 100.0, **group)
    waiting = sent(engine, aimed.chat, alice, "/prank @bob ten-knives", 101.0, **group).chat
    assert waiting.offer is not None and waiting.pranks
    # ops28b: right after the offer (the bot's last message) her "ok" is about the offer;
    # once the bot has said something since, it answers Bob's question
    taken = engine.offer_taken(waiting, yes_from[alice])
    assert taken.text == "/prank ten-knives @bob anyway"
    spoken_since = replace(waiting, offer=replace(waiting.offer, last=False))
    assert engine.offer_taken(spoken_since, yes_from[alice]) is yes_from[alice]
    anyway = Incoming(alice, "anyway", 110.0, **group)  # type: ignore[arg-type]
    assert engine.offer_taken(waiting, anyway).text == "/prank ten-knives @bob anyway"


@pytest.mark.slow  # a bot against the Telegram emulator
async def test_on_telegram_a_plain_haoa_takes_the_offer(emulator: Emulator, tmp_path: Path) -> None:
    """Through the real Application and SQLite: Bob (zh-hans) is offered the English-only
    toast routine and answers the offer with 好啊 alone."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(BOB), BOB, "/prank toast")
        await wait_for(emulator, sends(BOB["id"], "照玩"))
        emulator.user_message(private(BOB), BOB, "好啊")
        await wait_for(emulator, sends(BOB["id"], "five times"))


# -- 3. the giraffe answered with the elephant's three steps told again ------------------------

GIRAFFE_FORGOT = "错，是四步！大象还在里面呢，得先拿出来。"


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        ("zh", "打开冰箱，把长颈鹿放进去，关上冰箱"),
        ("zh", "打开冰箱门，放进长颈鹿，关上冰箱门"),
        ("zh-hant", "開冰箱 放長頸鹿進去 關上"),
        ("zh-hk", "打開雪櫃門，擺長頸鹿入去，閂門"),
    ],
)
def test_the_elephants_three_steps_told_again_are_three(
    corpus: Corpus, tmp_path: Path, lang: str, steps: str
) -> None:
    """ops26: open, put the giraffe in, close, uncounted, fell to the reveal ("四步！大象还在
    冰箱里"): it is the three the writers meant, the elephant forgotten (a fall)."""
    shown = "\n".join(
        played(
            corpus, tmp_path, "/lang zh", "/prank elephant-fridge", "三步", f"/lang {lang}", steps
        )
    )
    giraffe = corpus.routines["elephant-fridge"].states["giraffe"]
    three = next(a for a in giraffe.answers if a.id == "three")
    assert three.reply is not None
    after = shown.rsplit(steps, 1)[1]
    assert three.reply.in_(lang) in after, shown


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        ("开门把大象拿出来再放长颈鹿关门", "聪明！四步"),  # the elephant out between: four
        ("开门放长颈鹿关门之前要先拿出大象", "聪明！四步"),  # ...or after the steps
        ("五步，开门放长颈鹿关门，再插电，再开门看看", "是四步：开门，先把大象拿出来"),  # a count
    ],
)
def test_steps_with_the_elephant_out_or_another_count_are_not_three(
    corpus: Corpus, tmp_path: Path, answer: str, reply: str
) -> None:
    shown = "\n".join(
        played(corpus, tmp_path, "/lang zh", "/prank elephant-fridge", "三步", answer)
    )
    after = shown.rsplit(answer, 1)[1]
    assert reply in after and GIRAFFE_FORGOT not in after, shown
