"""ops29: a score that counts only real falls (what round twenty-eight left in the engine).

1. The routine named again after a hinted guess (private; a group's starter on the same
   friend) is the prank still open: its question once more, the hint and the guess kept;
   no punchline told, nothing scored, nothing asked anew (it told the punchline, scored the
   guess's fall, then asked the same question again).
2. In a group, a new /prank that ends one where a hinted guess fell: the board's line stands
   with the ending it reports, at its head (as a fall is announced), not between "New one:"
   and the new question.
3. In an open group prank, a friend's answer that ends it after another's hinted guess: the
   guess's fall stays on the board (and the record), beside whatever the friend's answer was.
4. One's own prank is no fall: a starter who answers her own open group prank falls for
   nothing on her record, as on the board (a private prank, the bot's on you, still counts).
5. The lines a prank ended by a timeout, a /cancel or a new /prank is told with come from one
   table (`engine._LEFT_LINES`): pinned by the lines each says after a hinted guess.
6. A chat speaking (an anonymous admin writing as the group, a channel) is nobody: a /prank
   aimed at one is refused, its answer to a prank is no answer (told once), and nothing is
   scored for it, as a starter or as a victim.
7. Nonsense words that got the hint (紫色嘅大笨象 to compliment-game) are an attempt: the same
   words said again after the hint would take the reveal as a fall (`otherwise: outcome:
   fell`), and the rules cannot tell them from an attempt they failed to read (你件衫好襯你);
   what the rules read as no attempt (a laugh, a mash, noise) is none, and a refusal after it
   scores nobody (pinned here beside carry28's own).

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite (the record every ending adds to), or the engine; no mock of our code."""

from __future__ import annotations

import random
from pathlib import Path
from typing import cast

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE, STOP, WILD_GUESS, hinted_reveal, sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, running_bot, sends, wait_for
from tests.support.telegram_fixtures import GROUP as TELEGRAM_GROUP

GROUP = {"in_group": True, "chat_id": -5}
LANGS = ["en", "zh", "zh-hant", "zh-hk"]


def _people(lang: str = "en") -> tuple[Person, Person, Person]:
    return (
        Person(8, "Alice", "alice", lang),
        Person(9, "Mei", "mei", lang),
        Person(7, "Bob", "bob", lang),
    )


def _board(chat: ChatState) -> dict[str, tuple[int, int, int]]:
    return {s.name: (s.pranked, s.fooled, s.sharp) for s in chat.scores.values()}


# -- 1. the routine named again after a hinted guess ----------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_routine_named_again_after_a_hinted_guess_asks_it_again(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """Guessed, hinted, then /prank the same routine: the question once more, saying it is
    still open; no punchline, no fall on /stats. The guess is kept: "stop" then falls."""
    routine = HINTED_ROUTINE[lang]
    typed = (f"/lang {lang}", f"/prank {routine} anyway", WILD_GUESS[lang], f"/prank {routine}")
    shown = "\n".join(played(corpus, tmp_path, *typed, "/stats"))
    question = corpus.routines[routine].states["ask"].say.in_(lang)
    assert say("same_one_open", lang) in shown, shown
    assert shown.count(question) == 2, shown  # asked, and asked again: not a third time
    assert hinted_reveal(corpus, lang) not in shown, shown
    assert say("record_fell", lang, count=0) in shown, shown
    then = "\n".join(played(corpus, tmp_path, *typed, STOP[lang], "/stats"))
    assert hinted_reveal(corpus, lang) in then and say("record_fell", lang, count=1) in then, then


def test_a_group_starter_naming_the_routine_again_after_the_friend_s_hinted_guess(
    corpus: Corpus,
) -> None:
    """Alice's prank on Mei, Mei's guess hinted, Alice's /prank @mei of the same routine: the
    question once more, to Mei, still open; nothing ended, nothing on the board."""
    engine = Engine(corpus, random.Random(29))
    engine.prank_cooldown = 0.0
    alice, mei, _ = _people()
    chat = sent(engine, ChatState(), alice, "/prank @mei compliment-game", 1.0, **GROUP).chat
    hinted = sent(engine, chat, mei, WILD_GUESS["en"], 2.0, ticket="1", **GROUP)
    again = sent(engine, hinted.chat, alice, "/prank @mei compliment-game", 3.0, **GROUP)
    assert again.endings == [] and again.chat.scores == {}
    assert list(again.chat.pranks) == ["1"] and again.chat.pranks["1"].tried is not None
    text = again.replies[0].text
    assert say("same_one_open_for", "en") in text and hinted_reveal(corpus, "en") not in text, text


def test_an_open_group_prank_named_again_after_a_friend_s_hinted_guess_asks_it_again(
    corpus: Corpus,
) -> None:
    """Alice's prank aimed at nobody, Mei's guess hinted, Alice's /prank of the same routine:
    still going, asked once more; nothing ended. Unanswered, it is asked anew (ops28)."""
    engine = Engine(corpus, random.Random(29))
    engine.prank_cooldown = 0.0
    alice, mei, _ = _people()
    chat = sent(engine, ChatState(), alice, "/prank compliment-game", 1.0, **GROUP).chat
    anew = sent(engine, chat, alice, "/prank compliment-game", 2.0, **GROUP)
    assert [e.outcome for e in anew.endings] == ["called_off"]
    hinted = sent(engine, chat, mei, WILD_GUESS["en"], 2.0, ticket="1", **GROUP)
    again = sent(engine, hinted.chat, alice, "/prank compliment-game", 3.0, **GROUP)
    assert again.endings == [] and again.chat.scores == {} and list(again.chat.pranks) == ["1"]
    text = again.replies[0].text
    assert text.startswith(say("same_one_open", "en")) and hinted_reveal(corpus, "en") not in text


# -- 2. the board's line beside the ending it reports ---------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_board_line_of_a_dropped_prank_comes_before_the_new_question(
    corpus: Corpus, lang: str
) -> None:
    engine = Engine(corpus, random.Random(29))
    engine.prank_cooldown = 0.0
    alice, mei, _ = _people(lang)
    chat = sent(
        engine, ChatState(), alice, f"/prank {HINTED_ROUTINE[lang]} anyway", 1.0, **GROUP
    ).chat
    hinted = sent(engine, chat, mei, WILD_GUESS[lang], 2.0, ticket="1", **GROUP)
    again = sent(engine, hinted.chat, alice, "/prank one-and-three anyway", 3.0, **GROUP)
    lines = again.replies[0].text.split("\n")
    board = say("got_you", lang, by="@alice", target="@mei")
    question = corpus.routines["one-and-three"].states["ask"].say.in_(lang)
    told = next(i for i, line in enumerate(lines) if hinted_reveal(corpus, lang) in line)
    # the headline of the ending its line tells, then that line (its English ends "New one:")
    # and the question: nothing between them
    assert lines == [board, lines[told], question], lines


# -- 3. a friend's answer ends an open prank after another's hinted guess --------------------------


@pytest.mark.parametrize(
    ("then", "bob_ends"),
    [("you're so smart", ("fell", 1, 0)), ("you just want a compliment", ("saw_through", 0, 1))],
)
def test_a_hinted_guess_stays_on_the_board_whoever_ends_the_prank(
    corpus: Corpus, then: str, bob_ends: tuple[str, int, int]
) -> None:
    """Mei guessed and was hinted; Bob's compliment (he falls) or his sharp eye ends Alice's
    open prank: Mei's fall is scored too, and said."""
    engine = Engine(corpus, random.Random(29))
    alice, mei, bob = _people()
    chat = sent(engine, ChatState(), alice, "/prank compliment-game", 1.0, **GROUP).chat
    hinted = sent(engine, chat, mei, WILD_GUESS["en"], 2.0, ticket="1", **GROUP)
    ended = sent(engine, hinted.chat, bob, then, 3.0, ticket="1", **GROUP)
    outcome, fooled, sharp = bob_ends
    assert sorted((e.player.name, e.outcome) for e in ended.endings) == [
        ("Bob", outcome),
        ("Mei", "fell"),
    ]
    assert _board(ended.chat) == {
        "@alice": (1 + fooled, 0, 0),
        "@mei": (0, 1, 0),
        "@bob": (0, fooled, sharp),
    }
    assert say("got_you", "en", by="@alice", target="@mei") in ended.replies[0].text


# -- 4. one's own prank is no fall ----------------------------------------------------------------


def test_a_starter_s_own_answer_to_her_open_prank_is_no_fall_on_her_record(
    corpus: Corpus, tmp_path: Path
) -> None:
    shown = played(
        corpus, tmp_path, "/group", "/prank one-and-three", ">3 two", "/private", "/stats"
    )
    assert say("record_fell", "en", count=0) in "\n".join(shown), shown


def test_a_private_prank_still_counts_on_the_record(corpus: Corpus, tmp_path: Path) -> None:
    shown = played(corpus, tmp_path, "/prank one-and-three", "two", "/stats")
    assert say("record_fell", "en", count=1) in "\n".join(shown), shown


# -- 5. the lines after a hinted guess, from one table ---------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_lines_after_a_hinted_guess(corpus: Corpus, lang: str) -> None:
    engine = Engine(corpus, random.Random(29))
    engine.prank_cooldown = 0.0
    me = Person(8, "Alice", "alice", lang)
    chat = sent(engine, ChatState(), me, f"/prank {HINTED_ROUTINE[lang]} anyway", 1.0).chat
    hinted = sent(engine, chat, me, WILD_GUESS[lang], 2.0).chat
    reveal = hinted_reveal(corpus, lang)
    cancelled = sent(engine, hinted, me, "/cancel", 3.0).replies[0].text
    assert cancelled == say("cancelled", lang) + "\n" + say("tried_stands", lang, reveal=reveal)
    dropped = sent(engine, hinted, me, "/prank one-and-three anyway", 3.0).replies[0].text
    assert dropped.startswith(say("previous_dropped_tried", lang, reveal=reveal) + "\n")
    timed_out = engine.expire(hinted, 10_000.0).replies[0].text
    assert timed_out == say("timeout_tried", lang) + "\n" + reveal


# -- 6. a chat speaking is nobody ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_prank_aimed_at_a_message_sent_as_the_group_is_refused(corpus: Corpus, lang: str) -> None:
    engine = Engine(corpus, random.Random(29))
    alice = Person(8, "Alice", "alice", lang)
    as_the_group = Person(-5, "The group")
    refused = sent(
        engine, ChatState(), alice, "/prank one-and-three", 1.0, replied=as_the_group, **GROUP
    )
    assert refused.chat.pranks == {}
    assert refused.replies[0].text == say("prank_not_a_person", lang)


def test_an_anonymous_admin_s_answer_is_no_answer_and_scores_nothing(corpus: Corpus) -> None:
    """As the group, on Alice's open prank: told once, then nothing; the prank still waits.
    On the group's own prank, Mei's fall counts for Mei, and for no starter."""
    engine = Engine(corpus, random.Random(29))
    alice, mei, _ = _people()
    as_the_group = Person(-5, "The group")
    chat = sent(engine, ChatState(), alice, "/prank one-and-three", 1.0, **GROUP).chat
    answered = sent(engine, chat, as_the_group, "two", 2.0, ticket="1", **GROUP)
    assert answered.endings == [] and answered.chat.scores == {}
    assert answered.replies[0].text == say("answer_as_yourself", "en")
    again = sent(engine, answered.chat, as_the_group, "two", 3.0, ticket="1", **GROUP)
    assert again.replies == [] and list(again.chat.pranks) == ["1"]
    theirs = sent(engine, ChatState(), as_the_group, "/prank one-and-three", 1.0, **GROUP).chat
    fell = sent(engine, theirs, mei, "two", 2.0, ticket="1", **GROUP)
    assert [(e.outcome, e.player.name) for e in fell.endings] == [("fell", "Mei")]
    assert _board(fell.chat) == {"@mei": (0, 1, 0)}


# Who Telegram says sent a message an anonymous admin sent as the group (tests/test_ops20.py)
ANONYMOUS = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
ANONYMOUS["username"] = "GroupAnonymousBot"


@pytest.mark.slow
async def test_on_telegram_an_answer_sent_as_the_group_scores_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Over HTTP, as Telegram sends it (sender_chat: the group): an anonymous admin's answer
    to Alice's open prank is told once it does not count, the prank still waits, the board
    stays empty. (A /prank replying to a message sent as the group is aimed at nobody there:
    its author is Telegram's GroupAnonymousBot, a bot, bot/telegram/handlers.py.)"""
    chat_id = cast(int, TELEGRAM_GROUP["id"])
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(TELEGRAM_GROUP, ALICE, "/prank one-and-three")
        question = await wait_for(emulator, sends(chat_id, "one"))
        asked = emulator.messages[(chat_id, question["result"]["message_id"])]
        mark = emulator.mark()
        emulator.user_message(
            TELEGRAM_GROUP, ANONYMOUS, "two", reply_to=asked, sender_chat=TELEGRAM_GROUP
        )
        await wait_for(emulator, sends(chat_id, say("answer_as_yourself", "en")), after=mark)
    storage = Storage(tmp_path / "bot.sqlite3")  # type: ignore[abstract, call-arg]
    stored = storage.load_chat(chat_id)
    storage.close()
    assert list(stored.pranks) == ["1"] and stored.scores == {}


# -- 7. nonsense words that got the hint ----------------------------------------------------------


def test_nonsense_words_that_got_the_hint_then_a_refusal_fall(
    corpus: Corpus, tmp_path: Path
) -> None:
    typed = ("/lang zh-hk", "/prank compliment-game", "紫色嘅大笨象", "唔玩喇", "/stats")
    shown = "\n".join(played(corpus, tmp_path, *typed))
    assert say("record_fell", "zh-hk", count=1) in shown, shown


def test_a_laugh_then_a_refusal_is_no_fall(corpus: Corpus, tmp_path: Path) -> None:
    typed = ("/lang zh-hk", "/prank compliment-game", "哈哈哈哈", "唔玩喇", "/stats")
    shown = "\n".join(played(corpus, tmp_path, *typed))
    assert say("record_fell", "zh-hk", count=0) in shown, shown


def test_a_channel_speaking_in_the_group_is_nobody_as_the_group_is(corpus: Corpus) -> None:
    """A channel posting in its linked group (its own chat id, not the group's) is a chat
    speaking as an anonymous admin is (`Person.is_chat`): its second /prank is one more
    beside the first, as the group's own would be, not a starter's prank asked anew."""
    engine = Engine(corpus, random.Random(29))
    for speaker in (Person(-5, "The group"), Person(-1007, "The channel")):
        chat = sent(engine, ChatState(), speaker, "/prank one-and-three", 1.0, **GROUP).chat
        again = sent(engine, chat, speaker, "/prank one-and-three", 60.0, **GROUP).chat
        assert len(again.pranks) == 2, speaker.name
