"""ops30: a score that counts only real falls (what round twenty-nine left in the engine).

1. One prank, one result in the metrics: a friend's answer that ends an open group prank
   after another's hinted guess scores both people on the board, and the metrics counted
   two pranks ended for it.
2. The starter's own guess at her group prank uses up no try: the hint stays for a friend
   (her guess spent it, and the friend's first guess got the punchline).
3. A second prank started where an open one stood, after a friend's hinted guess: the
   first is called off as a /cancel or a timeout ends it, by one path (`Engine._left`): the
   friend's fall kept, and said once, by the board's line (the second prank's line named
   the friend again).
4. The first real fall stands: a friend's later guess hinted too (a step with tries to
   spare) does not take the fall from the first hinted guess; the board, /stats, a person's
   record and the metrics all read the one account (`Ending`).
5. Pinyin initials (wbzd) are words only where the chat speaks Chinese; junk typed as a name
   (/prank [^a]) finds nothing, and is told so as any unknown name is.

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite, or the engine; no mock of our code."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import FELL, OUTCOMES, Corpus, parse_corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE, WILD_GUESS, hinted_reveal, sent, two_answers
from tests.support.emulator import Emulator
from tests.support.playground import played, said_after
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    group_prank_asked,
    running_bot,
    sends,
    wait_for,
)
from tests.support.telegram_fixtures import GROUP as GROUP_CHAT

GROUP = {"in_group": True, "chat_id": -5}
LANGS = ["en", "zh", "zh-hant", "zh-hk"]


def _ended() -> dict[str, float]:
    """taolu_pranks_ended, by outcome, as this process has counted so far."""
    return {
        outcome: REGISTRY.get_sample_value("taolu_pranks_ended_total", {"outcome": outcome}) or 0.0
        for outcome in OUTCOMES
    }


def _hint(corpus: Corpus, lang: str) -> str:
    state = corpus.routines[HINTED_ROUTINE[lang]].states["ask"]
    assert state.hint is not None
    return state.hint.in_(lang)


# -- 1. one prank, one result in the metrics ------------------------------------------------------


def test_one_prank_ended_with_two_people_scored_is_one_prank_in_the_metrics(
    corpus: Corpus, tmp_path: Path
) -> None:
    """In the playground's group (its SQLite, the turn that counts the metrics): Alice's open
    prank, Mei's guess hinted, Bob's guess ends it. Both are on the board; the metrics count
    one prank ended, as a fall."""
    before = _ended()
    typed = (
        "/group",
        "/prank compliment-game",
        "/as mei",
        ">3 purple elephants dance",
        "/as bob",
        ">5 purple elephants dance",
        "/as you",
        "/stats",
    )
    shown = played(corpus, tmp_path, *typed)
    board = said_after(shown, "/stats")
    assert "@mei: 1" in board and "@bob: 1" in board, board
    after = _ended()
    assert {o: after[o] - before[o] for o in OUTCOMES} == {o: float(o == FELL) for o in OUTCOMES}


# -- 2. the starter's own guess uses up no try ----------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_starter_s_own_guess_leaves_the_hint_for_a_friend(corpus: Corpus, lang: str) -> None:
    """Alice guesses at her own open prank (the hint, nothing scored), then Mei's first guess:
    Mei hears the hint too, not the punchline; nobody has fallen yet."""
    engine = Engine(corpus, random.Random(30))
    engine.prank_cooldown = 0.0
    alice, mei = Person(8, "Alice", "alice", lang), Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), alice, f"/lang {lang}", 0.5, **GROUP).chat
    chat = sent(engine, chat, alice, f"/prank {HINTED_ROUTINE[lang]} anyway", 1.0, **GROUP).chat
    own = sent(engine, chat, alice, WILD_GUESS[lang], 2.0, ticket="1", **GROUP)
    assert _hint(corpus, lang) in own.replies[0].text, own.replies
    friend = sent(engine, own.chat, mei, WILD_GUESS[lang], 3.0, ticket="1", **GROUP)
    assert friend.endings == [] and friend.chat.scores == {}, friend.replies
    assert _hint(corpus, lang) in friend.replies[0].text, friend.replies
    assert hinted_reveal(corpus, lang) not in friend.replies[0].text
    tried = friend.chat.pranks["1"].tried
    assert tried is not None and tried.is_same(mei)


def test_the_starter_s_waits_past_the_cap_still_move_on(corpus: Corpus) -> None:
    """Her "huh?" to her own prank: asked again three times, the hint at the fourth (a wait
    past the cap spends the try, as the cap means), and the fifth stops: her guesses keep the
    hint for a friend, her waits cannot have it said again and again."""
    engine = Engine(corpus, random.Random(30))
    alice = Person(8, "Alice", "alice", "en")
    chat = sent(engine, ChatState(), alice, "/prank compliment-game", 1.0, **GROUP).chat
    said = []
    for n in range(5):
        answered = sent(engine, chat, alice, "huh?", 2.0 + n, ticket="1", **GROUP)
        chat, said = answered.chat, [*said, answered.replies[0].text]
    assert _hint(corpus, "en") in said[3], said
    assert said[4] == say("stopped_waiting", "en") and chat.pranks == {}, said


def test_in_the_playground_the_friend_gets_the_hint_after_the_starter_s_guess(
    corpus: Corpus, tmp_path: Path
) -> None:
    typed = (
        "/group",
        "/prank compliment-game",
        ">3 purple elephants dance",
        "/as mei",
        ">5 purple elephants dance",
    )
    shown = played(corpus, tmp_path, *typed)
    answered = "\n".join(shown[-2:])  # Mei's guess, and what the bot said to it
    assert _hint(corpus, "en") in answered and hinted_reveal(corpus, "en") not in answered, answered


# -- 4. the first real fall stands -----------------------------------------------------------------


def _two_tries() -> Corpus:
    """The real corpus, compliment-game's step giving its hint twice (`tries: 2`: the format
    allows up to 5, and a written routine's step may come to it)."""
    text = DEFAULT_CONTENT.read_text(encoding="utf-8")
    once = "讚我一句，咩都得，好唔好？}\n          tries: 1"  # compliment-game's hint, in Hong Kong
    assert text.count(once) == 1
    return parse_corpus(text.replace(once, once.replace("tries: 1", "tries: 2")), "jokes.yaml")


def test_a_friend_s_later_hinted_guess_does_not_take_the_first_one_s_fall(
    tmp_path: Path,
) -> None:
    """Mei's guess hinted, then Bob's (the step's second hint), then Alice cancels: Mei's
    fall stands, on the board and in the metrics; Bob, hinted after her, fell for nothing
    he was told."""
    corpus = _two_tries()
    before = _ended()
    typed = (
        "/group",
        "/prank compliment-game",
        "/as mei",
        ">3 purple elephants dance",
        "/as bob",
        ">5 purple elephants dance",
        "/as you",
        "/cancel",
        "/stats",
    )
    shown = played(corpus, tmp_path, *typed)
    cancelled = said_after(shown, "/cancel")
    assert say("got_you", "en", by="@you", target="@mei") in cancelled, cancelled
    board = said_after(shown, "/stats")
    assert "@mei: 1" in board and "@bob" not in board, board
    after = _ended()
    assert {o: after[o] - before[o] for o in OUTCOMES} == {o: float(o == FELL) for o in OUTCOMES}


def test_the_first_hinted_guess_stays_the_fall_in_the_engine() -> None:
    """The same through the engine: after Bob's hinted guess the prank's guess is still
    Mei's, and a timeout ends it as her fall."""
    engine = Engine(_two_tries(), random.Random(30))
    alice, mei, bob = (
        Person(8, "Alice", "alice"),
        Person(9, "Mei", "mei"),
        Person(7, "Bob", "bob"),
    )
    chat = sent(engine, ChatState(), alice, "/prank compliment-game", 1.0, **GROUP).chat
    chat = sent(engine, chat, mei, WILD_GUESS["en"], 2.0, ticket="1", **GROUP).chat
    later = sent(engine, chat, bob, WILD_GUESS["en"], 3.0, ticket="1", **GROUP)
    assert later.endings == [] and list(later.chat.pranks) == ["1"], later.replies
    tried = later.chat.pranks["1"].tried
    assert tried is not None and tried.is_same(mei)
    timed_out = engine.expire(later.chat, 10_000.0)
    assert [(e.outcome, e.player.name) for e in timed_out.endings] == [("fell", "Mei")]


# -- 5. pinyin initials where the chat speaks Chinese; junk typed as a name ------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_pinyin_initials_are_words_only_where_the_chat_speaks_chinese(
    corpus: Corpus, lang: str
) -> None:
    """wbzd (我不知道) to compliment-game: in a Chinese chat words, met as a guess is; in an
    English chat four keys with no vowel, a mash: asked once more for a real answer."""
    first, _ = two_answers(corpus, lang, "compliment-game", "wbzd", seed=30)
    no_words = say("no_attempt_no_words", lang) in first.replies[0].text
    assert no_words == (lang == "en"), first.replies[0].text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("junk", ["[^a]", "a.*", "\\d+", "(a|b)+"])
def test_junk_typed_as_a_name_finds_nothing(
    corpus: Corpus, tmp_path: Path, lang: str, junk: str
) -> None:
    """/prank [^a]: the one letter left of it fitted many routines ("fits more than one
    routine"); junk is no name, and is told so as any name that finds nothing is. A name in
    brackets is still a name: /prank [toast] plays toast-toaster."""
    typed = f"/prank {junk}"
    shown = said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)
    assert shown.strip().endswith(say("unknown_routine", lang, name=junk)), shown
    bracketed = said_after(played(corpus, tmp_path, "/prank [toast]"), "/prank [toast]")
    assert corpus.routines["toast-toaster"].states["repeat"].say.in_("en") in bracketed


# -- 3. a second prank beside an open one: the first's fall kept, said once ------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("then", ["/prank one-and-three anyway", "/cancel", "timeout"])
def test_a_hinted_guess_s_fall_is_kept_and_said_once_however_the_prank_is_left(
    corpus: Corpus, lang: str, then: str
) -> None:
    """Alice's open prank, Mei's guess hinted; then Alice's second prank (it stands where the
    first stood: the first is called off), her /cancel, or the timeout. One path: Mei's
    fall is on the board, and she is named once, by the board's line (the second prank's
    line named her again: "@mei's guess walked right into it")."""
    engine = Engine(corpus, random.Random(30))
    engine.prank_cooldown = 0.0
    alice, mei = Person(8, "Alice", "alice", lang), Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), alice, f"/lang {lang}", 0.5, **GROUP).chat
    chat = sent(engine, chat, alice, f"/prank {HINTED_ROUTINE[lang]} anyway", 1.0, **GROUP).chat
    chat = sent(engine, chat, mei, WILD_GUESS[lang], 2.0, ticket="1", **GROUP).chat
    if then == "timeout":
        left = engine.expire(chat, 10_000.0)
    else:
        left = sent(engine, chat, alice, then, 3.0, **GROUP)
    assert [(e.outcome, e.player.name) for e in left.endings] == [("fell", "Mei")]
    assert {s.name: (s.pranked, s.fooled) for s in left.chat.scores.values()} == {
        "@alice": (1, 0),
        "@mei": (0, 1),
    }
    text = left.replies[0].text
    assert say("got_you", lang, by="@alice", target="@mei") in text, text
    assert text.count("@mei") == 1, text
    assert hinted_reveal(corpus, lang) in text, text


def test_in_the_playground_the_second_prank_names_the_first_s_faller_once(
    corpus: Corpus, tmp_path: Path
) -> None:
    typed = (
        "/group",
        "/prank compliment-game",
        "/as mei",
        ">3 purple elephants dance",
        "/as you",
        "/prank one-and-three",
        "/stats",
    )
    shown = played(corpus, tmp_path, *typed)
    second = said_after(shown, "/prank one-and-three")
    assert second.count("@mei") == 1 and hinted_reveal(corpus, "en") in second, second
    assert "@mei: 1" in said_after(shown, "/stats")


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_on_telegram_the_starter_s_guess_leaves_the_hint_for_a_friend(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application and its SQLite: Alice's compliment game in the group, her
    own guess hinted, then Carol's guess: Carol hears the hint too, and nothing is scored."""
    group_id = GROUP_CHAT["id"]
    assert isinstance(group_id, int)
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        asked, state = await group_prank_asked(emulator, app, ALICE, "compliment-game")
        for who in (ALICE, CAROL):
            mark = emulator.mark()
            emulator.user_message(
                GROUP_CHAT, who, "purple elephants dance", reply_to=asked["result"]
            )
            await wait_for(emulator, sends(group_id, state.hint.in_("en")), after=mark)
    assert emulator.rejected == []
    storage = Storage(tmp_path / "bot.sqlite3")  # type: ignore[abstract, call-arg]
    stored = storage.load_chat(group_id)
    storage.close()
    assert list(stored.pranks) == ["1"] and stored.scores == {}
    tried = stored.pranks["1"].tried
    assert tried is not None and tried.id == CAROL["id"]
