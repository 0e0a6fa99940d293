"""Round twenty-eight's second operations fixes (ops28b): only real attempts fall, and what
new users met next.

Each pins a behaviour with real answers through the real corpus, the engine or the console
playground (the real core, SQLite in memory); no mock of our code."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent, two_answers
from tests.support.emulator import Emulator
from tests.support.lines import fixed
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, BOB, private, running_bot, sends, wait_for

# -- 1. a laugh, a face or a mash alone is no attempt -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "routine", "typed"),
    [
        ("zh", "heart-side", "哈哈"),
        ("zh", "heart-side", "哈哈哈哈哈"),
        ("zh", "heart-side", "呵呵"),
        ("zh", "heart-side", "2333"),  # the net's laughing face, where a number is no answer
        ("zh", "heart-side", "笑死我了哈哈哈"),
        ("zh-hant", "silent-love", "哈哈哈哈"),  # the writers: the reveal, not a guess
        ("zh-hk", "heart-side", "啊啊啊啊"),  # one particle over and over
        ("zh", "heart-side", "QAQ"),
        ("zh", "heart-side", "T_T"),
        ("zh", "heart-side", "orz"),
        ("en", "buy-land", "asdfghjkl"),  # a run along the keyboard's row
        ("en", "buy-land", "jdjsjsjd"),  # no vowel, no word
        ("en", "buy-land", "lmao"),
        ("en", "buy-land", "hahahahah"),
        ("en", "how-many-birthdays", "xD"),
        ("en", "how-many-birthdays", "aaaaaa"),
    ],
)
def test_a_laugh_a_face_or_a_mash_alone_is_asked_again_then_called_off(
    corpus: Corpus, lang: str, routine: str, typed: str
) -> None:
    """ops28b: where the reveal is the prank, 哈哈 to heart-side, asdfghjkl to buy-land told
    the punchline and scored a fall. Asked once more, saying why; then the reveal, no fall."""
    first, second = two_answers(corpus, lang, routine, typed, seed=28)
    state = corpus.routines[routine].states["ask"]
    assert not first.endings, first.replies[0].text
    assert first.replies[0].text.endswith(
        say("no_attempt_no_words", lang) + "\n" + state.say.in_(lang)
    )
    (ending,) = second.endings
    assert ending.outcome == "called_off"
    assert second.replies[0].text.startswith(state.reveal.in_(lang))


@pytest.mark.parametrize(
    ("lang", "routine", "typed"),
    [
        ("zh", "blood-type", "哈哈 冷血"),  # a laugh beside a guess: the guess counts
        ("en", "how-many-birthdays", "lol 27"),
        ("en", "buy-land", "pretty"),  # one keyboard row, but a word
        ("en", "buy-land", "quiet"),
        ("zh", "blood-type", "weiyi"),  # pinyin: vowels, no run of keys
        ("en", "how-many-birthdays", "2333"),  # a number answers it: a guess, not a laugh
        ("zh", "blood-type", "对对对"),  # a word's character over and over agrees
    ],
)
def test_an_attempt_beside_a_laugh_or_like_a_mash_still_falls(
    corpus: Corpus, lang: str, routine: str, typed: str
) -> None:
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, f"/prank {routine} anyway")
    answered = sent(engine, asked.chat, mei, typed, 5.0)
    (ending,) = answered.endings
    assert ending.outcome == "fell", answered.replies[0].text


def test_in_a_group_a_laugh_scores_nobody_on_the_board(corpus: Corpus, tmp_path: Path) -> None:
    """Through the console's group and its SQLite: bob's 哈哈 twice to heart-side told the
    punchline and the board said "🎭 @alice 套路了 @bob"."""
    shown = "\n".join(
        played(
            corpus,
            tmp_path,
            "/lang zh",
            "/group",
            "/prank @bob heart-side",
            "/as bob",
            "哈哈",
            "哈哈哈哈哈",
        )
    )
    assert say("no_attempt_no_words", "zh") in shown, shown
    assert "套路了 @bob" not in shown, shown
    assert say("record_fell", "zh", count=1) not in shown


def test_in_private_a_mash_adds_no_fall_to_the_record(corpus: Corpus, tmp_path: Path) -> None:
    shown = "\n".join(
        played(corpus, tmp_path, "/lang zh", "/prank buy-land", "asdfghjkl", "asdfghjkl", "/stats")
    )
    assert say("no_attempt_no_words", "zh") in shown, shown
    assert say("record_fell", "zh", count=0) in shown, shown


# -- 2. a don't-know hears a hint that fits ----------------------------------------------------


def _answered(corpus: Corpus, lang: str, routine: str, typed: str) -> Response:
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, f"/prank {routine} anyway")
    return sent(engine, asked.chat, mei, typed, 5.0)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("zh", "不知道"), ("zh-hant", "不知道耶"), ("zh-hk", "唔知"), ("en", "no idea")],
)
def test_a_dont_know_to_one_and_three_hears_the_dont_know_hint(
    corpus: Corpus, lang: str, typed: str
) -> None:
    """ops28b: 不知道 was told "re-read my question: did it really mean what you thought?",
    a hint that questions a guess never made."""
    state = corpus.routines["one-and-three"].states["ask"]
    assert state.dont_know_hint is not None
    answered = _answered(corpus, lang, "one-and-three", typed)
    assert not answered.endings
    text = answered.replies[0].text
    assert text.endswith(state.dont_know_hint.in_(lang)), text
    assert state.hint is not None and state.hint.in_(lang) not in text


@pytest.mark.parametrize(("lang", "typed"), [("zh", "四"), ("en", "four")])
def test_a_guess_to_one_and_three_still_hears_the_hint(
    corpus: Corpus, lang: str, typed: str
) -> None:
    state = corpus.routines["one-and-three"].states["ask"]
    answered = _answered(corpus, lang, "one-and-three", typed)
    assert state.hint is not None
    assert answered.replies[0].text.endswith(state.hint.in_(lang))


# -- 4. the link owner's report names the guess that fell, not what came after -----------------


def test_noise_after_a_hinted_guess_ends_as_the_earlier_guess_s_fall(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", "en")
    asked = sent(engine, ChatState(), mei, "/prank compliment-game")
    hinted = sent(engine, asked.chat, mei, "purple elephants dance", 5.0)
    assert not hinted.endings
    refused = sent(engine, hinted.chat, mei, "I don't want to play", 9.0)
    (ending,) = refused.endings
    # what fell is the guess, not the refusal after it: the ending quotes nothing (carry28)
    assert ending.outcome == "fell" and ending.answer is None


def test_a_plain_fall_is_no_earlier_guess_s(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", "en")
    asked = sent(engine, ChatState(), mei, "/prank compliment-game")
    fell = sent(engine, asked.chat, mei, "you're amazing", 5.0)
    (ending,) = fell.endings
    assert ending.outcome == "fell" and ending.answer == "you're amazing"


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_a_link_s_report_does_not_quote_a_refusal_after_a_hinted_guess_as_the_fall(
    emulator: Emulator, tmp_path: Path
) -> None:
    """ops28b: the owner heard 'Mei answered “I don't want to play” and fell for it'. (Bob
    plays in Chinese.)"""
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        app.bot_data["services"].engine.prank_cooldown = 0.0
        corpus = app.bot_data["services"].engine.corpus
        state = corpus.routines["compliment-game"].states["ask"]
        emulator.user_message(private(ALICE), ALICE, "/link compliment-game")
        made = await wait_for(emulator, sends(ALICE["id"], "https://t.me/TaoluBot?start="))
        code = re.search(r"start=([\w-]+)", made["params"]["text"]).group(1)  # type: ignore[union-attr]
        emulator.user_message(private(BOB), BOB, f"/start {code}")
        await wait_for(emulator, sends(BOB["id"], state.say.in_("zh")[:20]))
        mark = emulator.mark()
        emulator.user_message(private(BOB), BOB, "紫色的大象")
        assert state.hint is not None
        await wait_for(emulator, sends(BOB["id"], state.hint.in_("zh")[:20]), after=mark)
        emulator.user_message(private(BOB), BOB, "我不想玩")
        told = await wait_for(emulator, sends(ALICE["id"], fixed("link_result_fell_tried", "en")))
        assert "我不想玩" not in told["params"]["text"]
    assert emulator.rejected == []


# -- 3. a plain yes right after the bot's offer is about the offer ------------------------------

KNIVES_ASKED = "How many are left?"


@pytest.mark.parametrize("typed", ["yes", "ok"])
def test_a_plain_yes_right_after_the_offer_plays_the_offered_routine(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    """ops28b: with a prank waiting, "/prank ten-knives" offered "Play it anyway?", and the
    "yes" right after it answered the waiting birthdays question (a fall)."""
    shown = "\n".join(
        played(corpus, tmp_path, "/prank how-many-birthdays", "/prank ten-knives", typed, "/stats")
    )
    after = shown.split(f"you: {typed}", 1)[1]
    assert KNIVES_ASKED in after and "Just one." not in after, shown
    assert say("record_fell", "en", count=0) in after, shown


def test_a_plain_hao_right_after_the_offer_plays_it_in_chinese(
    corpus: Corpus, tmp_path: Path
) -> None:
    shown = "\n".join(
        played(corpus, tmp_path, "/lang zh", "/prank heart-side", "/prank moses-ark", "好")
    )
    after = shown.split("you: 好", 1)[1]
    assert "Moses" in after and "在你那边" not in after, shown


def test_in_a_group_only_the_one_offered_takes_the_offer_with_a_plain_yes(
    corpus: Corpus, tmp_path: Path
) -> None:
    opened = ("/group", "/prank how-many-birthdays", "/prank ten-knives")
    mine = "\n".join(played(corpus, tmp_path, *opened, "ok"))
    assert KNIVES_ASKED in mine.split("you: ok", 1)[1], mine
    bobs = "\n".join(played(corpus, tmp_path, *opened, "/as bob", "yes"))
    assert KNIVES_ASKED not in bobs.split("bob: yes", 1)[1], bobs
