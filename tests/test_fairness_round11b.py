"""Round eleven's red team and review, the engine's side (see the report on branch fair11b):
a fall on the way by someone nobody scores, a @username target's fall in their own record,
waits that answer nothing capped, the lines a prank ended after a fall or partway ends with.
The shipped corpus and lexicon, through the real matcher and engine."""

from __future__ import annotations

import json
import random

import pytest

from bot.content.corpus import CALLED_OFF, FELL, SAW_THROUGH, Corpus
from bot.conversation.answering import MAX_IDLE_WAITS, Response
from bot.conversation.engine import Engine
from bot.conversation.records import tallies
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent

SAM = Person(10, "Sam", "sam", "en")
MEI = Person(7, "Mei", "mei", "en")


def text_of(response: Response) -> str:
    return "\n".join(r.text for r in response.replies)


def in_group(
    engine: Engine, chat: ChatState, who: Person, text: str, ticket: str | None = None
) -> Response:
    return sent(engine, chat, who, text, in_group=True, chat_id=-100, ticket=ticket)


def no_link(code: str) -> int | None:
    return None


# -- 1. a fall on the way that scores nobody marks the prank fallen for nobody -----------------


def test_the_starters_own_fall_on_the_way_is_not_charged_to_the_one_who_sees_through(
    corpus: Corpus,
) -> None:
    """Sam's prank is aimed at nobody; Sam answers his own first question with the fall
    ("steel"): that scores nobody, so the prank is not marked fallen. Mei then answers the
    second question right (feathers): she saw through it, and Sam pulled nothing."""
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = in_group(engine, ChatState(), SAM, "/prank feathers-steel").chat
    went = in_group(engine, chat, SAM, "steel", ticket="1")
    (prank,) = went.chat.pranks.values()
    assert went.endings == [] and prank.target is None and not prank.fell
    landed = in_group(engine, went.chat, MEI, "feathers", ticket="1")
    (ending,) = landed.endings
    assert (ending.outcome, ending.player) == (SAW_THROUGH, MEI)
    changes = {t.user_id: t for t in tallies(landed.endings, no_link)}
    assert changes[MEI.id].fell == 0 and changes[MEI.id].saw_through == 1, changes
    assert SAM.id not in changes or changes[SAM.id].pulled == 0, changes
    assert not any(score.fooled or score.pranked for score in landed.chat.scores.values())


def test_the_starters_own_fall_on_the_way_then_his_own_last_answer_decides(
    corpus: Corpus,
) -> None:
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = in_group(engine, ChatState(), SAM, "/prank feathers-steel").chat
    chat = in_group(engine, chat, SAM, "steel", ticket="1").chat
    landed = in_group(engine, chat, SAM, "steel", ticket="1")
    assert [e.outcome for e in landed.endings] == [FELL]


def test_a_strangers_fall_on_an_untargeted_prank_still_stands(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = in_group(engine, ChatState(), SAM, "/prank feathers-steel").chat
    went = in_group(engine, chat, MEI, "steel", ticket="1")
    (prank,) = went.chat.pranks.values()
    assert prank.fell and prank.target == MEI
    landed = in_group(engine, went.chat, MEI, "feathers", ticket="1")
    assert [e.outcome for e in landed.endings] == [FELL]


# -- 2. a @username target's fall on the way counts in their own record -------------------------


def test_a_username_targets_fall_on_the_way_counts_in_their_record_however_it_ends(
    corpus: Corpus,
) -> None:
    """/prank @mei: the target is known by username only (no id). Mei falls on the way; a
    timeout or a /cancel then ends the prank: the fall is Mei's, by her id."""
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = in_group(engine, ChatState(), SAM, "/prank @mei feathers-steel").chat
    went = in_group(engine, chat, MEI, "steel obvs")
    assert "got" in text_of(went).lower()
    for end in ("timeout", "/cancel"):
        if end == "timeout":
            ended = engine.expire(went.chat, 10**9)
        else:
            ended = in_group(engine, went.chat, SAM, "/cancel")
        (ending,) = ended.endings
        assert ending.outcome == FELL and ending.player.id == MEI.id, (end, ending)
        changes = {t.user_id: t for t in tallies(ended.endings, no_link)}
        assert changes[MEI.id].fell == 1 and changes[SAM.id].pulled == 1, (end, changes)


def test_after_the_fall_only_the_username_target_may_answer(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = in_group(engine, ChatState(), SAM, "/prank @mei feathers-steel").chat
    chat = in_group(engine, chat, MEI, "steel obvs").chat
    (prank,) = chat.pranks.values()
    assert prank.may_answer(MEI) and not prank.may_answer(SAM)
    assert prank.may_answer(Person(7, "Mei renamed", None, "en"))  # by id now


# -- 3. waits that answer nothing are capped, and never push the timeout back -------------------


@pytest.mark.parametrize("said", ["huh", "🤔", "tell you later", "wdym"])
def test_waits_that_answer_nothing_are_capped_then_the_answer_is_not_understood(
    corpus: Corpus, said: str
) -> None:
    """play-water's reveal is the prank: "huh" is asked again, but only MAX_IDLE_WAITS times
    in a row; at the next the bot gives up, called off (the reveal there would score a fall
    on a fourth "huh"). None of them pushes the prank's timeout back."""
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = in_group(engine, ChatState(), SAM, "/prank play-water").chat
    (until,) = [p.until for p in chat.pranks.values()]
    for n in range(MAX_IDLE_WAITS):
        again = sent(engine, chat, SAM, said, now=float(n + 1), in_group=True, ticket="1")
        assert again.endings == [] and "playing with water" in text_of(again), text_of(again)
        (prank,) = again.chat.pranks.values()
        assert prank.until == until, (n, prank.until, until)
        chat = again.chat
    last = sent(engine, chat, SAM, said, now=9.0, in_group=True, ticket="1")
    state = corpus.routines["play-water"].states[corpus.routines["play-water"].start]
    assert state.reveal_outcome == FELL
    assert [e.outcome for e in last.endings] == [CALLED_OFF]
    assert say("stopped_waiting", "en") in text_of(last)
    assert state.reveal.in_("en") not in text_of(last)


def test_an_answer_between_waits_starts_the_count_again(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6), prank_cooldown=0)
    chat = sent(engine, ChatState(), SAM, "/prank pig-ran-away anyway").chat
    for _ in range(MAX_IDLE_WAITS - 1):
        chat = sent(engine, chat, SAM, "🤔").chat
    went = sent(engine, chat, SAM, "I know", now=5.0)
    assert went.endings == [] and "why?" in text_of(went), text_of(went)
    (prank,) = went.chat.pranks.values()
    assert prank.until == 5.0 + corpus.routines["pig-ran-away"].timeout
    chat = went.chat
    for _ in range(MAX_IDLE_WAITS):
        again = sent(engine, chat, SAM, "huh")
        assert again.endings == [], text_of(again)
        chat = again.chat


def test_the_count_of_waits_survives_a_save(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6))
    chat = sent(engine, ChatState(), SAM, "/prank play-water").chat
    chat = sent(engine, chat, SAM, "huh").chat
    saved = ChatState.from_json(json.loads(json.dumps(chat.to_json())))
    assert [p.idle for p in saved.pranks.values()] == [1]


# -- 4. a prank ended after a fall on the way, or partway, is not said to be unanswered --------


def went_on(engine: Engine, answer: str) -> ChatState:
    """feathers-steel in private, its first question answered ("steel": a fall on the way;
    "same": right), the second waiting."""
    chat = sent(engine, ChatState(), SAM, "/prank feathers-steel").chat
    return sent(engine, chat, SAM, answer).chat


@pytest.mark.parametrize(
    ("answer", "dropped", "timeout"),
    [
        ("steel", "previous_dropped_fell", "timeout_fell"),
        ("same", "previous_dropped_partway", "timeout_partway"),
    ],
)
def test_a_prank_answered_on_the_way_ends_with_a_line_that_says_so(
    corpus: Corpus, answer: str, dropped: str, timeout: str
) -> None:
    engine = Engine(corpus, random.Random(6))
    replaced = sent(engine, went_on(engine, answer), SAM, "/prank play-water")
    assert text_of(replaced).startswith(say(dropped, "en")), text_of(replaced)
    assert say("previous_dropped", "en") not in text_of(replaced)
    expired = engine.expire(went_on(engine, answer), 10**9)
    assert text_of(expired).startswith(say(timeout, "en")), text_of(expired)
    assert say("timeout", "en") not in text_of(expired)


def test_a_prank_nobody_answered_keeps_its_lines(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6))
    chat = sent(engine, ChatState(), SAM, "/prank feathers-steel").chat
    replaced = sent(engine, chat, SAM, "/prank play-water")
    assert text_of(replaced).startswith(say("previous_dropped", "en"))
    assert text_of(engine.expire(chat, 10**9)).startswith(say("timeout", "en"))
    cancelled = sent(engine, chat, SAM, "/cancel")
    assert text_of(cancelled) == say("cancelled", "en")


def test_a_link_owner_hears_of_a_player_who_stopped_partway(corpus: Corpus) -> None:
    from bot.application.links import _result_line

    engine = Engine(corpus, random.Random(6))
    cancelled = sent(engine, went_on(engine, "same"), SAM, "/cancel")
    (ending,) = cancelled.endings
    assert engine.progress(ending.prank) == "partway"
    for lang in ("zh", "zh-hant", "zh-hk", "en"):
        for how in ("called_off", "timed_out"):
            result = {"who": "bob", "answer": None, "how": how, "partway": True}
            assert _result_line(result, lang) == say("link_result_partway", lang, who="bob")


# -- 6. review -------------------------------------------------------------------------------


def test_every_reason_to_wait_has_its_line_and_an_unknown_one_raises() -> None:
    from bot.content.corpus import ASKS_AGAIN, ASKS_WHY, DOTS_ONLY, EMOJI_ONLY, HANDS_BACK, PUT_OFF
    from bot.conversation.answering import WAITING_LINES

    assert WAITING_LINES == {
        EMOJI_ONLY: "words_please",
        DOTS_ONLY: "dots_please",
        PUT_OFF: "put_off",
        ASKS_AGAIN: "asked_again",
        ASKS_WHY: "asked_why",  # ops24: "why do you ask", 你问这个干嘛
        HANDS_BACK: "handed_back",  # ops31b: "you first", 你先說
    }
    with pytest.raises(KeyError):
        WAITING_LINES["some new reason"]


@pytest.mark.parametrize(
    ("args", "wanted"),
    [("en thanks", "en"), ("zh-hk please", "zh-hk"), ("hong kong", "zh-hk"), ("en", "en")],
)
def test_lang_takes_its_first_argument_then_the_whole_name(
    corpus: Corpus, args: str, wanted: str
) -> None:
    engine = Engine(corpus, random.Random(6))
    switched = sent(engine, ChatState(), SAM, f"/lang {args}")
    assert switched.chat.lang == wanted, text_of(switched)


def test_lang_with_no_language_in_it_is_still_refused(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6))
    refused = sent(engine, ChatState(), SAM, "/lang klingon please")
    assert refused.chat.lang is None
    assert text_of(refused) == say("lang_unknown", "en", name="klingon please")


def test_the_asked_again_entries_have_a_cache_key_of_their_own(corpus: Corpus) -> None:
    """_asks_again_entries and _asks_to_say_again(…, field) cache in lexicon.compiled: the
    entries must not sit where the leads of a field named "asks_again" would be looked up."""
    from understanding import matcher

    lexicon = corpus.lexicon
    entries = matcher._asks_again_entries(lexicon)
    assert lexicon.compiled.get(("split", "asks_again")) is not entries
    assert matcher._asks_again_entries(lexicon) is entries  # cached all the same
