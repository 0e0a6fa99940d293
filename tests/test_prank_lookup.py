"""/prank by name, forgiving: a word or a part of a title, the id without dashes, a typo,
Traditional or Simplified; several that fit are offered by id, none gets the usual line; and
a routine played by its name is dealt out of the chat's deck. Engine level."""

from __future__ import annotations

import random
import time

import pytest

from bot.content.corpus import Corpus
from bot.content.titles import EXACT, PART, QUESTION, TYPO, WORDS, Found, TitleIndex
from bot.conversation.answering import Incoming, Response
from bot.conversation.deck import Deck
from bot.conversation.engine import PRANK_DECKS, Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled

SAM = Person(9, "Sam", "sam", "en-US")
MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")
READER = {"en": SAM, "zh": MEI, "zh-hant": WEN}


def send(engine: Engine, chat: ChatState, who: Person, text: str, **extra: object) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, now=extra.pop("now", 0.0), **extra))
    engine.validate(outcome.chat)
    return outcome


def played(outcome: Response) -> list[str]:
    return sorted(p.routine for p in outcome.chat.pranks.values())


def text_of(outcome: Response) -> str:
    return "\n".join(r.text for r in outcome.replies)


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("en", "toast", "toast-toaster"),  # a word of the title
        ("en", "last thing off", "last-thing-off"),  # a part of it
        ("en", "lastthingoff", "last-thing-off"),  # the id without dashes
        ("en", "Last Thing Off Before Bed!", "last-thing-off"),  # the title, as typed
        ("en", "gulible", "gullible-ceiling"),  # a typo
        ("en", "capital paris", "capital-of-paris"),  # words, not all of them
        ("en", "knive", "ten-knives"),  # the start of a word (played anyway: see below)
        ("zh", "刀", "ten-knives"),  # one character of a Chinese title
        ("zh", "大象", "elephant-fridge"),
        ("zh", "裝冰箱", "elephant-fridge"),  # Traditional, in a Simplified chat
        ("zh-hant", "大象", "elephant-fridge"),
        ("zh-hant", "十把刀", "ten-knives"),
        ("zh-hant", "冰箱", "elephant-fridge"),
    ],
)
def test_a_forgiving_name_plays_the_one_routine_it_fits(
    corpus: Corpus, lang: str, name: str, routine: str
) -> None:
    engine = Engine(corpus, random.Random(1))
    outcome = send(engine, ChatState(lang=lang), READER[lang], f"/prank {name} anyway")
    assert played(outcome) == [routine], text_of(outcome)


def test_how_each_name_is_found(corpus: Corpus) -> None:
    index = corpus.titles
    assert index.find("ten-knives").how == EXACT and index.find("tenknives").how == EXACT
    assert index.find("十把刀").how == EXACT and index.find("Ten knives").how == EXACT
    assert index.find("toast").how == WORDS and index.find("刀").how == WORDS
    assert index.find("knive").how == PART
    assert index.find("gulible").how == TYPO and index.find("toats").how == TYPO
    assert index.find("tost").how == TYPO  # four letters: one typo
    assert index.find("tos").routines == ()  # three: no typo forgiven, too many words fit
    assert index.find("xyzzy").how is None and index.find("!!!").routines == ()


def test_a_chinese_title_forgives_one_character_and_no_more(corpus: Corpus) -> None:
    """`/prank 一和三之间` missed 一和三的中间 though `/prank 一和三` found it (new user, round
    15): a run of four characters or more may be one character from a part of a title, 之
    read as 的; two off, or a short run one off, is no title."""
    index = corpus.titles
    for near in ("一和三之间", "一和三中间", "一和二的中间", "一和三的中間", "十把飞刀"):
        found = index.find(near)
        assert found.one is not None and found.how in (TYPO, EXACT), near
    assert index.find("一和三之间").one is corpus.routines["one-and-three"]
    assert index.find("十把飞刀").one is corpus.routines["ten-knives"]
    for far in ("二和三之间", "三和四之间", "十把枪", "一和四", "我的套路", "你是猪吗"):
        assert index.find(far).routines == (), far
    # no title's typo, but the words of lost-deer's question, 什么动物最没有方向感 (ops23)
    assert index.find("什么动物") == Found((corpus.routines["lost-deer"],), QUESTION)
    engine = Engine(corpus, random.Random(1))
    outcome = send(engine, ChatState(lang="zh"), MEI, "/prank 一和三之间")
    assert played(outcome) == ["one-and-three"], text_of(outcome)


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("en", "fits more than one routine"),
        ("zh", "有关的套路有好几个"),
        ("zh-hant", "有關的套路有好幾個"),
    ],
)
def test_a_name_that_fits_several_asks_which_with_their_ids(
    corpus: Corpus, lang: str, heading: str
) -> None:
    engine = Engine(corpus, random.Random(2))
    outcome = send(engine, ChatState(lang=lang), READER[lang], "/prank pig")
    text = text_of(outcome)
    assert heading in text and outcome.chat.pranks == {}
    fits = [r.id for r in engine.routines_named("pig").routines if r.plays_in(lang)]
    assert all(f"/prank {rid}" in text for rid in fits), text
    # those that play in the chat's language alone (ops29: you-and-pig is Chinese's)
    assert ("/prank you-and-pig" in text) == (lang != "en"), text


@pytest.mark.parametrize(
    ("lang", "more"), [("en", "and {} more"), ("zh", "还有 {} 个"), ("zh-hant", "還有 {} 個")]
)
def test_at_most_five_are_offered(corpus: Corpus, lang: str, more: str) -> None:
    engine = Engine(corpus, random.Random(3))
    # those that play in the chat's language (ops29)
    fits = len([r for r in engine.routines_named("the").routines if r.plays_in(lang)])
    text = text_of(send(engine, ChatState(lang=lang), READER[lang], "/prank the"))
    assert fits > 5 and text.count("/prank ") == 5
    assert more.format(fits - 5) in text and "/list" in text


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "There is no routine called “crocodile”"),
        ("zh", "没有叫“crocodile”的套路"),
        ("zh-hant", "沒有叫「crocodile」的套路"),
    ],
)
def test_a_name_that_fits_none_gets_the_usual_line(corpus: Corpus, lang: str, line: str) -> None:
    engine = Engine(corpus, random.Random(4))
    outcome = send(engine, ChatState(lang=lang), READER[lang], "/prank crocodile")
    assert line in text_of(outcome) and outcome.chat.pranks == {}


def test_in_a_group_a_lone_word_that_may_be_a_username_is_a_friend(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(5))
    chat = ChatState(lang="en")
    friend = send(engine, chat, SAM, "/prank bob", in_group=True, chat_id=-1)
    assert "Did you mean @bob?" in text_of(friend) and friend.chat.pranks == {}
    # A typo could be a name: the friend wins; a whole word of a title is the routine.
    typo = send(engine, chat, SAM, "/prank tosat", in_group=True, chat_id=-1)
    assert "@tosat" in text_of(typo) and typo.chat.pranks == {}
    word = send(engine, chat, SAM, "/prank toast", in_group=True, chat_id=-1)
    assert played(word) == ["toast-toaster"]
    aimed = send(engine, chat, SAM, "/prank tosat @bob", in_group=True, chat_id=-1)
    assert played(aimed) == ["toast-toaster"]  # with a friend named, a typo is a typo
    several = send(engine, chat, SAM, "/prank pig @bob anyway", in_group=True, chat_id=-1)
    assert "/prank you-and-pig @bob" in text_of(several)  # the choices keep the friend


def test_the_index_is_compiled_with_the_corpus_and_lookups_are_fast(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6))
    assert engine.routine_named("大象").id == "elephant-fridge"
    started = time.perf_counter()
    for _ in range(100):
        engine.routines_named("zzzzzzzz qqqqqqqq")  # the slowest: every rule, every word
    assert (time.perf_counter() - started) / 100 < 0.005
    # A /reload: the new corpus's own index finds its own routines, none of the old one's.
    fewer = {rid: r for rid, r in corpus.routines.items() if rid != "elephant-fridge"}
    engine.corpus = Corpus(fewer, corpus.jokes, corpus.stories)
    assert engine.routine_named("大象") is None
    assert engine.routine_named("toast") is fewer["toast-toaster"]


def test_found_routines_are_the_same_every_time(corpus: Corpus) -> None:
    first = [r.id for r in TitleIndex(corpus.routines).find("the").routines]
    again = [r.id for r in TitleIndex(corpus.routines).find("the").routines]
    assert first == sorted(first) == again


# -- the deck ---------------------------------------------------------------------------------


def test_a_routine_played_by_name_is_not_dealt_again_this_round(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(7))
    pool = corpus.playable("en")
    chat = ChatState(lang="en")
    for name in ("gullible", "toast", "moses"):  # three by name, then the rest of the round
        chat = send(engine, chat, SAM, f"/prank {name}").chat
    named = {"gullible-ceiling", "toast-toaster", "moses-ark"}
    dealt = []
    for _ in range(len(pool) - len(named)):
        outcome = send(engine, chat, SAM, "/prank")
        dealt += played(outcome)
        chat = outcome.chat
    assert not named & set(dealt), dealt
    assert sorted(dealt) == sorted(set(pool) - named)  # every other one, once


def test_deck_deal_skips_a_place_and_survives_json() -> None:
    ids = [f"r{i}" for i in range(6)]
    deck = Deck(11)
    order = deck.order(ids)
    dealt = deck.deal(order[3], ids).deal(order[0], ids)
    assert dealt.position == 1 and dealt.skip == 1 << 3  # the next place is passed at once
    rng = random.Random(0)
    seen = []
    for _ in range(4):
        item, dealt = dealt.draw(ids, rng)
        seen.append(item)
    assert seen == [order[1], order[2], order[4], order[5]] and dealt.skip == 0
    assert deck.deal("unknown", ids) == deck and Deck(11, 4).deal(order[1], ids) == Deck(11, 4)
    chat = ChatState(decks={PRANK_DECKS["en"]: Deck(11, 1, 1 << 3)})
    assert ChatState.from_json(chat.to_json()) == chat
    assert ChatState.from_json(ChatState(decks={"j": Deck(5, 2)}).to_json()).decks["j"].skip == 0
    with pytest.raises(ValueError):
        ChatState.from_json({"decks": {"j": [5, 2, -1]}})


def test_a_decks_order_is_the_one_its_stored_seed_always_gave() -> None:
    """A deck is kept as its seed: the same seed must give the same order after an upgrade."""
    ids = [f"r{i}" for i in range(6)]
    expected = ["r2", "r0", "r1", "r5", "r4", "r3"]  # sorted, shuffled by random.Random(11)
    assert list(Deck(11).order(ids[::-1])) == expected
    assert list(Deck(11, position=3).order(ids)) == expected
