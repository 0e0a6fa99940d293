"""What a chat gets to see: decks without repeats, routines by title, the list, languages,
group quotas. Engine level; the Telegram and playground tests play the same end to end."""

from __future__ import annotations

import json
import random

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.deck import Deck
from bot.conversation.engine import PRANK_COOLDOWN, PRANKS_PER_STARTER, Engine
from bot.conversation.state import ChatState, Person, Score
from tests.support.conversation import handled
from tests.support.lines import fixed
from tests.support.lines import say as line

MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")
SAM = Person(9, "Sam", "sam", "en-US")


def say(engine: Engine, chat: ChatState, who: Person, text: str, **extra: object) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, now=extra.pop("now", 0.0), **extra))
    engine.validate(outcome.chat)
    return outcome


def text_of(outcome: Response) -> str:
    return "\n".join(r.text for r in outcome.replies)


def test_a_deck_of_jokes_is_every_joke_once(corpus: Corpus) -> None:
    engine, chat, seen = Engine(corpus, random.Random(3)), ChatState(), []
    dealt = corpus.dealt(corpus.jokes, "zh")
    for _ in range(len(dealt)):
        outcome = say(engine, chat, MEI, "/joke")
        seen.append(text_of(outcome))
        chat = outcome.chat
    assert len(set(seen)) == len(dealt) >= 20
    # The next round starts again, never with the joke the last round ended on.
    again = say(engine, chat, MEI, "/joke")
    assert text_of(again) != seen[-1]


def test_a_deck_survives_a_restart_as_a_few_bytes(corpus: Corpus) -> None:
    engine, chat, seen = Engine(corpus, random.Random(4)), ChatState(), set()
    for _ in range(5):
        outcome = say(engine, chat, MEI, "/story")
        seen.add(text_of(outcome))
        chat = outcome.chat
    stored = json.dumps(chat.to_json())
    assert len(stored) < 80
    restarted = ChatState.from_json(json.loads(stored))  # as storage gives it back
    other_engine = Engine(corpus, random.Random(99))  # a new process, another random state
    dealt = corpus.dealt(corpus.stories, "zh")
    for _ in range(len(dealt) - 5):
        outcome = say(other_engine, restarted, MEI, "/story")
        assert text_of(outcome) not in seen
        seen.add(text_of(outcome))
        restarted = outcome.chat
    assert len(seen) == len(dealt)


def test_random_pranks_come_from_a_deck_of_the_chats_language(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(5))
    for person, lang in ((MEI, "zh"), (SAM, "en")):
        chat, asked = ChatState(), []
        playable = corpus.playable(lang)
        for _ in range(len(playable)):
            outcome = say(engine, chat, person, "/prank")
            chat = say(engine, outcome.chat, person, "/cancel").chat
            asked.append(next(iter(outcome.chat.pranks.values())).routine)
        assert sorted(asked) == playable  # each once, and only those played in the language


def test_a_waiting_chat_with_decks_stays_small(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(6))
    long_name = Person(123456789012, "名" * 64, "a" * 32, "zh")
    chat = ChatState()
    for command in ("/joke", "/story", "/prank"):
        chat = say(engine, chat, long_name, command, now=1.8e9).chat
    size = len(json.dumps(chat.to_json(), ensure_ascii=False).encode("utf-8"))
    assert chat.pranks and size <= 256, size


def test_a_deck_whose_corpus_shrank_starts_a_new_round() -> None:
    item, deck = Deck(1, position=50).draw(["a", "b"], random.Random(0))
    assert item in ("a", "b") and deck.position == 1


def test_pranks_are_found_by_title_in_any_language(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(7))
    for words in ("十把刀", "Ten knives", "ten KNIVES", "十把刀！"):
        outcome = say(engine, ChatState(), MEI, f"/prank {words}")
        assert next(iter(outcome.chat.pranks.values())).routine == "ten-knives", words
    traditional = say(engine, ChatState(), WEN, "/prank 西遊記的猴子")
    assert next(iter(traditional.chat.pranks.values())).routine == "monkey-name"


def test_a_forgotten_at_sign_in_a_group_is_asked_about(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(8))
    asked = say(engine, ChatState(), SAM, "/prank bob", in_group=True, chat_id=-1)
    assert line("did_you_mean", "en", name="bob") in text_of(asked) and not asked.chat.pranks
    unknown = say(engine, ChatState(), SAM, "/prank bob")  # in private: no such routine
    assert line("unknown_routine", "en", name="bob") in text_of(unknown)


def test_a_bare_at_sign_in_a_group_asks_whom(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(8))
    for who, lang in ((SAM, "en"), (WEN, "zh-hant"), (MEI, "zh")):
        # Nor does an @ before what no Telegram username can be name anyone.
        for text in ("/prank @", "/prank @ ten-knives", "/prank @@@@", "/prank @<b>x</b>"):
            asked = say(engine, ChatState(), who, text, in_group=True, chat_id=-1)
            assert text_of(asked) == line("prank_who", lang) and not asked.chat.pranks, text
    # Replying to a friend's message names them: the @ is only a stray.
    bob = Person(10, "Bob", "bob", "en-GB")
    replied = say(engine, ChatState(), SAM, "/prank @", in_group=True, chat_id=-1, replied=bob)
    assert next(iter(replied.chat.pranks.values())).target == bob


def test_two_friends_at_once_in_a_group_are_told_one_at_a_time(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(8))
    for who, lang in ((SAM, "en"), (WEN, "zh-hant")):
        asked = say(engine, ChatState(), who, "/prank @alice @bob", in_group=True, chat_id=-1)
        told = line("prank_one_at_a_time", lang, first="alice")
        assert text_of(asked) == told and not asked.chat.pranks
    # The same friend twice is still one friend.
    once = say(engine, ChatState(), SAM, "/prank @alice @Alice", in_group=True, chat_id=-1)
    assert next(iter(once.chat.pranks.values())).target.label == "@alice"  # type: ignore[union-attr]


def test_the_list_groups_routines_by_language(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(9))
    english = text_of(say(engine, ChatState(), SAM, "/list"))
    assert english.index(line("list_plays_en", "en")) < english.index(line("list_plays_zh", "en"))
    chinese = text_of(say(engine, ChatState(), MEI, "/list"))
    assert chinese.index(line("list_plays_zh", "zh")) < chinese.index(line("list_plays_en", "zh"))
    for rid in corpus.playable("en"):
        assert rid in english


def test_traditional_chinese_everywhere_for_a_taiwanese_user(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(10))
    helped = text_of(say(engine, ChatState(), WEN, "/help"))
    assert "說明" in helped or "幫助" in helped
    assert "帮助" not in helped and "说" not in helped
    asked = text_of(say(engine, ChatState(), WEN, "/prank monkey-name"))
    assert "問你一個問題" in asked and "问" not in asked  # Taiwan: 問你一個問題 (ux16)
    chat = say(engine, ChatState(), MEI, "/lang 繁體").chat
    assert chat.lang == "zh-hant"
    traditional = line("lang_name_zh-hant", "zh-hant")
    assert line("lang_set", "zh-hant", name=traditional) in text_of(
        say(engine, ChatState(), MEI, "/lang zh-tw")
    )
    hong_kong = say(engine, ChatState(), MEI, "/lang zh-hk").chat
    assert hong_kong.lang == "zh-hk"
    current = text_of(say(engine, ChatState(lang="zh-hant"), MEI, "/lang"))
    assert line("lang_usage", "zh-hant", current=traditional) in current


def test_one_member_runs_a_few_pranks_at_a_time_a_few_seconds_apart(corpus: Corpus) -> None:
    """Breakage: no per-starter cap or cooldown in a group."""
    engine, chat, now = Engine(corpus, random.Random(11)), ChatState(), 0.0
    for n in range(PRANKS_PER_STARTER):
        outcome = say(engine, chat, SAM, f"/prank @friend{n}", in_group=True, now=now)
        assert len(outcome.chat.pranks) == n + 1
        chat = outcome.chat
        if n < PRANKS_PER_STARTER - 1:
            early = say(engine, chat, SAM, "/prank @someone", in_group=True, now=now + 1)
            assert fixed("prank_cooldown", "en") in text_of(early)
        now += PRANK_COOLDOWN
    full = say(engine, chat, SAM, "/prank @one_more", in_group=True, now=now)
    assert (
        line("your_pranks_full", "en", count=PRANKS_PER_STARTER) in text_of(full)
        and full.chat == chat
    )
    other = say(engine, chat, MEI, "/prank @friend", in_group=True, now=now)
    assert len(other.chat.pranks) == PRANKS_PER_STARTER + 1  # someone else still may


def test_a_victim_who_sees_through_it_is_not_counted_as_pranked(corpus: Corpus) -> None:
    """Breakage: "🎭 got you" and a point on the board for the right answer."""
    engine = Engine(corpus, random.Random(12))
    # a group speaking Chinese, as Mei does (a new one speaks its first speaker's: Sam's English)
    chinese = ChatState(lang="zh")
    asked = say(engine, chinese, SAM, "/prank one-and-three @mei", in_group=True, chat_id=-1)
    seen = say(engine, asked.chat, MEI, "是“和”字", in_group=True, chat_id=-1, now=20.0)
    assert "看穿" in text_of(seen) and fixed("got_you", "zh") not in text_of(seen)
    assert seen.chat.scores == {"7": Score("@mei", pranked=0, fooled=0, sharp=1)}  # sharp eye
    asked = say(engine, seen.chat, SAM, "/prank one-and-three @mei", in_group=True, chat_id=-1,
                now=40.0)  # fmt: skip
    fell = say(engine, asked.chat, MEI, "二", in_group=True, chat_id=-1, now=50.0)
    assert fixed("got_you", "zh") in text_of(fell) and fell.chat.scores


def test_titles_are_found_as_the_list_shows_them_in_traditional(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(13))
    for title in ("想像一下", "一和三的中間", "鱷魚"):
        outcome = say(engine, ChatState(lang="zh-hant"), WEN, f"/prank {title}")
        if title == "鱷魚":  # in no title: refused, in Traditional
            assert line("unknown_routine", "zh-hant", name=title) in text_of(outcome)
        else:
            assert outcome.chat.pranks, title


def test_group_chatter_does_not_answer_a_prank_aimed_at_nobody(corpus: Corpus) -> None:
    """Breakage: anyone's unrelated message ended an untargeted group prank."""
    engine = Engine(corpus, random.Random(14))
    chinese = ChatState(lang="zh")  # as Mei reads it (a new group speaks Sam's English)
    asked = say(engine, chinese, SAM, "/prank ten-knives anyway", in_group=True, chat_id=-1)
    chatter = say(engine, asked.chat, MEI, "八把", in_group=True, chat_id=-1)
    assert not chatter.handled and chatter.chat.pranks == asked.chat.pranks
    ticket = asked.replies[0].ticket
    answered = say(engine, asked.chat, MEI, "八把", in_group=True, chat_id=-1, ticket=ticket)
    assert "儿子" in text_of(answered)


def test_traditional_text_avoids_opencc_phrase_slips() -> None:
    from bot.i18n.language import to_traditional

    assert to_traditional("先打开冰箱门，直接游过去") == "先打開冰箱門，直接游過去"
    assert to_traditional("没错，直接游！", "zh-hk") == "沒錯，直接游！"


def test_a_new_private_prank_says_the_waiting_one_is_off(corpus: Corpus) -> None:
    """A new user, mid-way through one routine, got another question with no word of the
    first: it ends called off, and the new question says so."""
    engine = Engine(corpus, random.Random(1))
    first = say(engine, ChatState(), SAM, "/prank toast", now=1.0)
    # another routine: the same one named again while it waits is asked again (newuser27)
    second = say(engine, first.chat, SAM, "/prank silk", now=2.0)
    assert text_of(second).startswith(line("previous_dropped", "en"))
    assert [e.outcome for e in second.endings] == ["called_off"] and len(second.chat.pranks) == 1
    fresh = say(engine, ChatState(), SAM, "/prank toast", now=1.0)
    assert line("previous_dropped", "en") not in text_of(fresh) and fresh.endings == []


@pytest.mark.parametrize(
    ("routine", "right", "sees_through"),
    [("capital-of-paris", "p", "paris"), ("feathers-steel", "same", "feathers")],
)
def test_seeing_through_after_a_right_first_answer_claims_no_first_fall(
    corpus: Corpus, routine: str, right: str, sees_through: str
) -> None:
    """The second question is reached by a right first answer as well as a wrong one, so
    what it says to one who sees through it claims no earlier fall ("not tricked twice")."""
    engine = Engine(corpus, random.Random(5))
    chat = say(engine, ChatState(), SAM, f"/prank {routine}").chat
    first = say(engine, chat, SAM, right)
    assert first.chat.pranks, "the right first answer leads on to the second question"
    second = next(iter(first.chat.pranks.values())).state
    state = corpus.routines[routine].states[second]
    last = text_of(say(engine, first.chat, SAM, sees_through))
    [answer] = [a for a in state.answers if a.saw_through]
    assert answer.reply is not None and answer.reply.in_("en") in last
    lines = [answer.reply, state.saw_through_reply, corpus.routines[routine].saw_through_reply]
    for text in filter(None, lines):
        assert "twice" not in text.in_("en"), text.in_("en")


def test_you_and_pigs_first_reveal_fits_silence_and_no_difference(corpus: Corpus) -> None:
    """you-and-pig's first reveal is said to whatever no branch takes (冇分別, 沒差別 among
    them) and, after the timeout line, to silence: it takes no answer for a difference and
    quotes nobody ("this difference, the pig would say so too")."""
    reveal = corpus.routines["you-and-pig"].states["ask"].reveal
    engine = Engine(corpus, random.Random(6))
    for lang in ("zh", "zh-hant", "zh-hk"):
        asker = Person(11, "Ka", "ka", lang)
        chat = say(engine, ChatState(lang=lang), asker, "/prank you-and-pig").chat
        timed_out = text_of(engine.expire(chat, now=1e9))
        assert timed_out == "\n".join([line("timeout", lang), reveal.in_(lang)])
        said = reveal.in_(lang)
        for echo in ("这个区别", "這個差別", "呢個分別", "这么说", "這麼說", "咁講"):
            assert echo not in said, (lang, said)


@pytest.mark.parametrize(
    ("code", "answers"),
    [
        ("zh-hans", ["好啊你先", "为什么是我先"]),
        ("zh-TW", ["好啊你先"]),
        ("zh-HK", ["好啊你先"]),
        ("en", ["you first", "why me first", "ok"]),
    ],
)  # ops30b: a bare no (不要, 唔要, "no") declines to play, not hinted (tests/test_ops30b.py)
def test_the_compliment_games_nudge_fits_an_answer_that_paid_no_compliment(
    corpus: Corpus, code: str, answers: list[str]
) -> None:
    """The hint is said to every answer the state did not take, and none of them paid a
    compliment: it asks for one without "again" or "one more" (「再誇一句」 to 「好啊你先」)."""
    for answer in answers:
        engine = Engine(corpus, random.Random(1))
        who = Person(7, "Mei", None, code)
        started = say(engine, ChatState(), who, "/prank compliment-game anyway")
        hint = text_of(say(engine, started.chat, who, answer))
        assert hint.rstrip().endswith(("?", "？")), (answer, hint)  # the nudge, not the reveal
        for presumes in ("再", "again", "another", "one more", "多句", "多一句"):
            assert presumes not in hint.casefold(), (code, answer, hint)


# Words that say the bot knows this player from before: true of nobody on a first prank.
HISTORY = ("as ever", "as always", "like always", "as usual", "last time", "this time you",
           "一如既往", "还是那么", "還是那麼", "这次学精", "這次學精", "今次學精", "上次", "又学乖",
           "又學乖")  # fmt: skip


def test_no_line_of_a_routines_first_question_assumes_the_player_has_history(
    corpus: Corpus,
) -> None:
    """A first-time player hears these: the first state's replies, hint, reveal and
    saw-through lines, and the routine's own saw-through line (said in any state). None may
    speak of their earlier games ("Sharp as ever.", 「這次學精了」)."""
    for routine in corpus.routines.values():
        first = routine.states[routine.start]
        lines = [first.reveal, first.hint, first.saw_through_reply, routine.saw_through_reply]
        lines += [answer.reply for answer in first.answers]
        for text in filter(None, lines):
            for lang in ("zh", "zh-hant", "zh-hk", "en"):
                said = text.in_(lang).casefold()
                assert not [w for w in HISTORY if w in said], (routine.id, lang, said)
