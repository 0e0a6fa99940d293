"""ops28: what the last round left in the engine and for new users.

1. One rule for a hinted attempt (`answering.fell_by_trying`): where the reveal is the prank,
   the one whose real attempt was hinted has played along, and falls however the prank then
   ends without another attempt: noise, a timeout, a /cancel, a new /prank (carry27 scored
   noise so, a timeout or a /cancel as no fall). A prank stored before `Prank.tried` ends as
   though nobody tried.
2. carry27's notes: a /prank asking the same question again sets its deadline anew, after a
   wait too; the nudge is given once, to a question not asked again yet (after "let me
   think", noise hears the reveal); `Prank.tries_used` (stored as "misses").
3. What new users met: /prank @bob NAME twice in a group; /prank by the words people use for
   a kind of routine (riddle, 谜语, 表白) or a thing in it (鸡); monkey-name's plain 不要;
   houyi-moon's wrong guess after 让我想想.

Each pins a behaviour with real answers through the real corpus: the engine, or the console
playground with its SQLite (the record every ending adds to); no mock of our code."""

from __future__ import annotations

import asyncio
import io
import json
import random
import sqlite3
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.turn import Turns
from bot.config import DEFAULT_CONTENT
from bot.console.playground import Playground
from bot.content.corpus import Corpus, CorpusError, parse_corpus
from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.storage import Storage
from tests.support.conversation import HINTED_ROUTINE_28, WILD_GUESS, sent
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import ALICE, running_bot, sends, wait_for
from tests.support.telegram_fixtures import GROUP as GROUP_CHAT

BLAH = "blah blah blah blah blah"
MEI = Person(9, "Mei", "mei", "en")


def _private(corpus: Corpus, lang: str, *typed: str) -> tuple[Engine, list[Response]]:
    """Mei's chat in private, in `lang`: the routine whose reveal is the prank asked, then
    `typed`, a second apart."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    said = [sent(engine, chat, mei, f"/prank {HINTED_ROUTINE_28[lang]} anyway", 1.0)]
    for n, text in enumerate(typed):
        said.append(sent(engine, said[-1].chat, mei, text, 2.0 + n))
    return engine, said


def _ended(engine: Engine, after: Response, how: str, lang: str) -> Response:
    """How the prank waiting in `after` ends: noise, a timeout, a /cancel, a new /prank."""
    mei = Person(9, "Mei", "mei", lang)
    if how == "timeout":
        return engine.expire(after.chat, 10.0**9)
    text = {"noise": BLAH, "cancel": "/cancel", "new": "/prank one-and-three"}[how]
    return sent(engine, after.chat, mei, text, 50.0)


# -- 1. a hinted attempt falls however the prank then ends ---------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh", "zh-hk"])
@pytest.mark.parametrize("how", ["noise", "timeout", "cancel", "new"])
def test_a_hinted_attempt_falls_however_the_prank_ends(corpus: Corpus, lang: str, how: str) -> None:
    """The victim guessed, was hinted, then sent noise, went quiet, cancelled, or asked for
    another: the same fall each time, on them (carry27: only noise did; a timeout or a
    /cancel scored nobody), and the punchline they fell for is told."""
    engine, (_, hinted) = _private(corpus, lang, WILD_GUESS[lang])
    state = corpus.routines[HINTED_ROUTINE_28[lang]].states["ask"]
    assert not hinted.endings and state.hint is not None
    ended = _ended(engine, hinted, how, lang)
    assert [(e.outcome, e.player.name) for e in ended.endings] == [("fell", "Mei")]
    said = "\n".join(reply.text for reply in ended.replies)
    assert state.reveal.in_(lang) in said, said


@pytest.mark.parametrize("how", ["timeout", "cancel"])
def test_without_an_attempt_a_timeout_or_cancel_still_scores_nobody(
    corpus: Corpus, how: str
) -> None:
    """What counts is the hinted attempt: a question asked back (no attempt, though the hint
    answers it) or nothing at all, then a timeout or a /cancel, is no fall."""
    for typed in ((), ("what is a compliment?",)):
        engine, said = _private(corpus, "en", *typed)
        ended = _ended(engine, said[-1], how, "en")
        assert [e.outcome for e in ended.endings] != ["fell"], (typed, ended.replies)


def test_the_timeout_says_the_guess_counts(corpus: Corpus) -> None:
    """The timeout's line after a hinted guess says it counts, not "nobody answered"."""
    engine, (_, hinted) = _private(corpus, "zh", WILD_GUESS["zh"])
    (reply,) = engine.expire(hinted.chat, 10.0**9).replies
    assert reply.text.startswith(say("timeout_tried", "zh")), reply.text
    assert say("timeout", "zh") not in reply.text


def _console(
    corpus: Corpus,
    tmp_path: Path,
    lines: tuple[str, ...],
    then: tuple[str, ...],
    db: str = ":memory:",
) -> list[str]:
    """The playground with its SQLite: `lines`, then every prank's deadline passes (the
    timers' sweep), then `then`."""
    storage = Storage(db)  # type: ignore[abstract, call-arg]  # see bot.telegram.app
    services = Services(corpus, storage, random.Random(28))
    services.engine.prank_cooldown = 0.0
    out, now = io.StringIO(), [1000.0]
    turns = Turns(services, storage)
    playground = Playground(turns, out, tmp_path, language_code="en", clock=lambda: now[0])

    async def script() -> None:
        for line in lines:
            await playground.feed(line)
        now[0] += 10**6
        await turns.expire_due(now[0], playground)
        for line in then:
            await playground.feed(line)

    try:
        asyncio.run(script())
    finally:
        services.close()
        storage.close()
    return out.getvalue().splitlines()


def test_a_timeout_after_a_hinted_attempt_counts_on_the_record(
    corpus: Corpus, tmp_path: Path
) -> None:
    """Through the console's SQLite: the timeout's fall is on /stats, as noise's is."""
    shown = "\n".join(
        _console(corpus, tmp_path, ("/lang zh", "/prank nine-by-three", "紫色的大象"), ("/stats",))
    )
    assert say("timeout_tried", "zh") in shown, shown
    assert say("record_fell", "zh", count=1) in shown, shown


def test_a_cancel_after_a_hinted_attempt_counts_on_the_record(
    corpus: Corpus, tmp_path: Path
) -> None:
    typed = ("/lang zh-hk", "/prank nine-by-three", "紫色嘅大笨象", "/cancel", "/stats")
    shown = "\n".join(played(corpus, tmp_path, *typed))
    assert say("cancelled", "zh-hk") in shown, shown
    assert say("record_fell", "zh-hk", count=1) in shown, shown


def test_in_a_group_the_timeout_of_a_hinted_attempt_is_on_the_board(corpus: Corpus) -> None:
    """Aimed at Mei: her guess is hinted, she wanders off; the reveal says who got whom, and
    the group's board counts it (its /stats)."""
    engine = Engine(corpus, random.Random(28))
    alice = Person(8, "Alice", "alice", "en")
    group = {"in_group": True, "chat_id": -5}
    chat = sent(engine, ChatState(), alice, "/prank @mei compliment-game", **group).chat
    hinted = sent(engine, chat, MEI, WILD_GUESS["en"], 5.0, ticket="1", **group)
    ended = engine.expire(hinted.chat, 10.0**9)
    (reply,) = ended.replies
    assert say("got_you", "en", by="@alice", target="@mei") in reply.text, reply.text
    assert [(e.outcome, e.player.name) for e in ended.endings] == [("fell", "Mei")]
    board = {score.name: (score.pranked, score.fooled) for score in ended.chat.scores.values()}
    assert board == {"@alice": (1, 0), "@mei": (0, 1)}, board


def test_a_prank_stored_before_tried_existed_times_out_as_no_fall(
    corpus: Corpus, tmp_path: Path
) -> None:
    """A row written in the old shape (a hint given, "misses": 1, no "tried"), read by this
    version: it loads, its timeout is told, and no fall is counted (nobody is known to have
    tried: a missed fall, once, never a wrong one)."""
    db = str(tmp_path / "taolu.sqlite")
    lines = ("/lang zh", "/prank nine-by-three", "紫色的大象")
    shown = _old_shape_then_timeout(corpus, tmp_path, db, lines)
    assert say("timeout", "zh") in shown, shown
    assert say("record_fell", "zh", count=0) in shown, shown


def _old_shape_then_timeout(corpus: Corpus, tmp_path: Path, db: str, lines: tuple[str, ...]) -> str:
    """`lines` played and stored; the waiting prank's row rewritten without "tried" (as a
    version before it wrote it); then, in a new process's storage, its deadline passes and
    /stats is asked."""
    storage = Storage(db)  # type: ignore[abstract, call-arg]
    services = Services(corpus, storage, random.Random(28))
    out, now = io.StringIO(), [2 * 10**6]
    playground = Playground(
        Turns(services, storage), out, tmp_path, language_code="en", clock=lambda: now[0]
    )

    async def first() -> None:
        for line in lines:
            await playground.feed(line)

    try:
        asyncio.run(first())
    finally:
        services.close()
        storage.close()
    with sqlite3.connect(db) as raw:
        ((chat_id, text),) = raw.execute("SELECT chat_id, state FROM chats").fetchall()
        data = json.loads(text)
        (prank,) = data["pranks"].values()
        assert prank.pop("tried") and prank["misses"] == 1, prank  # hinted, then made old
        raw.execute("UPDATE chats SET state = ? WHERE chat_id = ?", (json.dumps(data), chat_id))
    storage = Storage(db)  # type: ignore[abstract, call-arg]
    services = Services(corpus, storage, random.Random(28))
    turns = Turns(services, storage)
    playground = Playground(turns, out, tmp_path, language_code="en", clock=lambda: now[0])

    async def later() -> None:
        now[0] += 10**6
        await turns.expire_due(now[0], playground)
        await playground.feed("/stats")

    try:
        asyncio.run(later())
    finally:
        services.close()
        storage.close()
    return out.getvalue()


# -- 2. carry27's notes -------------------------------------------------------------------------


def test_asked_again_after_a_wait_sets_the_deadline_anew(corpus: Corpus) -> None:
    """ "let me think" keeps the deadline (a wait on an answer that said nothing); the same
    /prank asked again after it sets it anew, as its docstring says (it kept the old one)."""
    engine, (asked, waited) = _private(corpus, "en", "let me think")
    (ticket,) = waited.chat.pranks
    assert waited.chat.pranks[ticket].until == asked.chat.pranks[ticket].until
    again = sent(
        engine, waited.chat, Person(9, "Mei", "mei", "en"), "/prank compliment-game", 500.0
    )
    assert again.replies[0].text.startswith(say("same_one_waiting", "en")), again.replies[0].text
    timeout = corpus.routines["compliment-game"].timeout
    assert again.chat.pranks[ticket].until == 500.0 + timeout
    assert again.chat.pranks[ticket].idle == 1  # its waits go on counting


def test_noise_after_let_me_think_hears_the_reveal_and_scores_nobody(corpus: Corpus) -> None:
    """The nudge is given once, to a question not yet asked again: "let me think" had it asked
    once more, so noise after it hears the reveal (no third asking), and scores nobody."""
    _, (*_, noise) = _private(corpus, "en", "let me think", BLAH)
    assert [e.outcome for e in noise.endings] == ["called_off"], noise.replies[0].text
    reveal = corpus.routines["compliment-game"].states["ask"].reveal.in_("en")
    assert noise.replies[0].text.startswith(reveal)


# -- 3. what new users met ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh", "zh-hant", "zh-hk"])
def test_in_a_group_the_same_prank_on_the_same_friend_is_asked_again(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """/prank @bob moses sent twice: the question still waits for bob, said so to bob (not
    "That leaves the last one unanswered. New one:" over the same question)."""
    typed = ("/group", f"/lang {lang}", "/as bob", "hi", "/as alice")
    shown = played(corpus, tmp_path, *typed, "/prank @bob moses anyway", "/prank @bob moses anyway")
    text = "\n".join(shown)
    assert say("same_one_waiting_for", lang) in text, text
    assert say("previous_dropped", lang) not in text, text


@pytest.mark.parametrize(
    ("lang", "name", "expected"),
    [
        ("en", "riddle", "months-28-days"),
        ("en", "brain teaser", "moses-ark"),
        ("zh", "谜语", "birds-on-tree"),
        ("zh", "脑筋急转弯", "cow-tail"),
        ("zh-hant", "腦筋急轉彎", "dry-hair"),
        ("zh-hk", "估謎語", "elephant-fridge"),
        ("zh", "表白", "blood-type"),
        ("zh-hant", "告白", "buy-land"),
        ("zh-hk", "氹人", "favourite-god"),
        ("en", "pickup line", "blood-type"),
    ],
)
def test_a_kind_s_name_offers_its_routines(
    corpus: Corpus, lang: str, name: str, expected: str
) -> None:
    """A word that fits several routines (the corpus's `kinds`) offers them to choose from."""
    found = corpus.titles.find(name)
    assert found.one is None and expected in {r.id for r in found.routines}, found
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    offered = sent(engine, chat, mei, f"/prank {name}", 1.0)
    assert not offered.chat.pranks
    # none of the love lines plays in English: said so, none offered (ops29)
    line = "routine_choices" if lang != "en" or name != "pickup line" else "named_plays_only_zh"
    assert offered.replies[0].text.startswith(say(line, lang, name=name)[:2])


@pytest.mark.parametrize(("lang", "name"), [("zh", "鸡"), ("zh-hk", "雞"), ("zh", "公鸡")])
def test_a_chicken_in_chinese_finds_the_rooster(corpus: Corpus, lang: str, name: str) -> None:
    """/prank 鸡 found nothing; the rooster routine (it plays in English) is offered."""
    assert corpus.titles.find(name).one is corpus.routines["rooster-roof-egg"]


@pytest.mark.parametrize(
    ("kind", "refused"),
    [
        ("{names: {en: [toaster]}, routines: [toast-toaster, joke-yolk]}", "is a name of routine"),
        (
            "{names: {en: [riddle]}, routines: [toast-toaster, joke-yolk]}",
            "a name of kind 'riddle' too",
        ),
        ("{names: {en: [toasts]}, routines: [toast-toaster]}", "two routines or more"),
        ("{names: {en: [toasts]}, routines: [toast-toaster, no-such]}", "unknown routines"),
    ],
)
def test_bot_check_refuses_a_kind_that_would_mislead(kind: str, refused: str) -> None:
    """A kind's name that is one routine's own name, or another kind's, a kind of one routine,
    or of an unknown one: refused at its line, as `also_called` names are."""
    text = Path(DEFAULT_CONTENT).read_text(encoding="utf-8")
    text = text.replace("\nkinds:\n", f"\nkinds:\n  - {kind}\n", 1)
    with pytest.raises(CorpusError, match=refused):
        parse_corpus(text, "jokes.yaml")


@pytest.mark.parametrize(("lang", "no"), [("zh", "不要"), ("zh-hant", "不要"), ("zh-hk", "唔要")])
def test_monkey_name_s_plain_no_is_a_refusal(corpus: Corpus, lang: str, no: str) -> None:
    """西游记的猴子叫什么名字？ asks what, not yes or no: a plain 不要 declines to play (rule "a no
    to a what"), answered with the refusal's line and scoring nobody; it was hinted."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/lang {lang}").chat
    chat = sent(engine, chat, mei, "/prank monkey-name", 1.0).chat
    refused = sent(engine, chat, mei, no, 2.0)
    state = corpus.routines["monkey-name"].states["ask"]
    assert [e.outcome for e in refused.endings] == ["refused"], refused.replies[0].text
    assert state.hint is not None and state.hint.in_(lang) not in refused.replies[0].text


def test_a_plain_no_to_a_yes_or_no_question_is_still_a_no(corpus: Corpus) -> None:
    """你知道我现在在想什么吗？ asks yes or no (吗): 不要 there is no refusal."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", "zh")
    chat = sent(engine, ChatState(), mei, "/prank guess-my-thoughts", 1.0).chat
    answered = sent(engine, chat, mei, "不要", 2.0)
    assert [e.outcome for e in answered.endings] != ["refused"], answered.replies[0].text


def test_houyi_moon_a_wrong_guess_after_let_me_think_hears_the_answer(corpus: Corpus) -> None:
    """Decided (ops28): no second try at 后羿射的是什么？ (the trap is the quick answer; a hint
    could only coax the moon or name the sun): a wrong guess after 让我想想 hears the reveal,
    and no fall is counted."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", "zh")
    chat = sent(engine, ChatState(), mei, "/prank houyi-moon", 1.0).chat
    for n, typed in enumerate(("月亮月亮月亮月亮月亮", "让我想想")):
        chat = sent(engine, chat, mei, typed, 2.0 + n).chat
    guessed = sent(engine, chat, mei, "星星", 9.0)
    reveal = corpus.routines["houyi-moon"].states["ask"].reveal.in_("zh")
    assert guessed.replies[0].text.startswith(reveal), guessed.replies[0].text
    assert [e.outcome for e in guessed.endings] not in (["fell"], [])


@pytest.mark.slow  # a bot against the Telegram emulator, over real HTTP
async def test_on_telegram_the_same_prank_on_the_same_friend_is_asked_again(
    emulator: Emulator, tmp_path: Path
) -> None:
    """On Telegram, as in the console: the second /prank @carol one-and-three says the question
    still waits for carol, and ends nothing."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        app.bot_data["services"].engine.prank_cooldown = 0.0
        emulator.user_message(GROUP_CHAT, ALICE, "/prank one-and-three @carol")
        await wait_for(emulator, sends(GROUP_CHAT["id"], "@carol"))
        mark = emulator.mark()
        emulator.user_message(GROUP_CHAT, ALICE, "/prank one-and-three @carol")
        again = say("same_one_waiting_for", "en")
        await wait_for(emulator, sends(GROUP_CHAT["id"], again), after=mark)
    assert emulator.rejected == []


def test_a_plain_no_to_the_blood_type_guess_scores_no_fall(corpus: Corpus) -> None:
    """猜猜我是什么血型？ asks what, and its reveal is the prank: 不要 declines to play, so it
    hears the refusal's line and no fall is counted (fix26b had it hear 我是你的理想型 and
    fall, "as before"; a fall on one who would not play is the worst error)."""
    engine = Engine(corpus, random.Random(28))
    mei = Person(9, "Mei", "mei", "zh")
    chat = sent(engine, ChatState(), mei, "/prank blood-type", 1.0).chat
    answered = sent(engine, chat, mei, "不要", 2.0)
    assert [e.outcome for e in answered.endings] == ["refused"], answered.replies[0].text
    assert "理想型" not in answered.replies[0].text
