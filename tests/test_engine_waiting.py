"""A prank waiting again after an answer: the hint counted, the next state taken, the
timeout started over from the answer (the engine builds the waiting prank once)."""

from __future__ import annotations

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.catalogue import say
from tests.support.conversation import handled

MEI = Person(7, "Mei", None, "zh-hans")


def _waiting(engine: Engine, chat: ChatState, text: str, now: float) -> Prank:
    chat = handled(engine, chat, Incoming(MEI, text, now)).chat
    (prank,) = chat.pranks.values()
    return prank


def test_a_hint_counts_a_miss_and_a_goto_starts_the_next_state_afresh(corpus: Corpus) -> None:
    engine = Engine(corpus)
    routine = corpus.routines["silk-milk"]
    started = handled(engine, ChatState(), Incoming(MEI, "/prank silk-milk anyway", 0.0)).chat
    first = next(iter(started.pranks.values()))
    assert (first.state, first.tries_used) == ("repeat", 0)

    hinted = _waiting(engine, started, "天空是蓝色的", 5.0)
    assert (hinted.state, hinted.tries_used) == ("repeat", 1)
    assert hinted.until == 5.0 + routine.timeout

    chat = started.with_prank(next(iter(started.pranks)), hinted)
    onward = _waiting(engine, chat, "ok", 9.0)
    assert (onward.state, onward.tries_used) == ("ask", 0)
    assert onward.until == 9.0 + routine.timeout
    assert (onward.routine, onward.by, onward.lang) == (first.routine, first.by, first.lang)


def test_an_answer_of_emoji_only_is_asked_for_in_words_whatever_their_number(
    corpus: Corpus,
) -> None:
    """The line for an answer of emoji only fits one emoji and many: it never counts them
    ("得一個表情符號" to 💦💦 was wrong)."""
    codes = {"zh": "zh-hans", "zh-hant": "zh-TW", "zh-hk": "zh-HK", "en": "en"}
    counting = ("一個", "一个", "一隻", "單單", "光一", "得一", "an emoji", "one emoji", "single")
    for lang, code in codes.items():
        line = say("words_please", lang)
        assert not [word for word in counting if word in line.casefold()], (lang, line)
        who = Person(7, "Mei", None, code)
        for emoji in ("💦", "💦💦", "😂🤣😂"):
            engine = Engine(corpus)
            started = handled(engine, ChatState(), Incoming(who, "/prank play-water anyway", 0.0))
            said = handled(engine, started.chat, Incoming(who, emoji, 1.0))
            assert said.replies[0].text.startswith(line), (lang, emoji, said.replies[0].text)


def test_an_answer_of_dots_only_is_told_it_is_dots_not_emoji(corpus: Corpus) -> None:
    """……, 。。。 or ... alone says nothing, as an emoji does, but it is no emoji: the line
    says "just dots", in each language's own words."""
    codes = {"zh": "zh-hans", "zh-hant": "zh-TW", "zh-hk": "zh-HK", "en": "en"}
    for lang, code in codes.items():
        who = Person(7, "Mei", None, code)
        for dots in ("……", "。。。", "...", "⋯⋯"):
            engine = Engine(corpus)
            started = handled(engine, ChatState(), Incoming(who, "/prank play-water anyway", 0.0))
            said = handled(engine, started.chat, Incoming(who, dots, 1.0)).replies[0].text
            assert said.startswith(say("dots_please", lang)), (lang, dots, said)
            assert say("words_please", lang) not in said


def test_question_marks_alone_are_a_question_back_not_an_emoji(corpus: Corpus) -> None:
    """A lone "?" (??, ？, ？？, ?!, …?) is the commonest "huh?": the bot says why it waits and
    asks again, in every language, counted as a wait, never "emoji alone" (issue: a new user's
    "?" got "Emoji alone don't tell me your answer")."""
    codes = {"zh": "zh-hans", "zh-hant": "zh-TW", "zh-hk": "zh-HK", "en": "en"}
    for lang, code in codes.items():
        who = Person(7, "Mei", None, code)
        for marks in ("?", "??", "？", "？？", "?!", "…?"):
            engine = Engine(corpus)
            started = handled(engine, ChatState(), Incoming(who, "/prank play-water anyway", 0.0))
            said = handled(engine, started.chat, Incoming(who, marks, 1.0))
            assert not said.endings
            text = said.replies[0].text
            assert text.startswith(say("asked_again", lang)), (lang, marks, text)
            waiting = next(iter(said.chat.pranks.values()))
            assert waiting.idle == 1, (lang, marks)


def test_a_polar_bear_emoji_answers_the_bear_colour_routine(corpus: Corpus) -> None:
    """🐻‍❄️ (a zero-width-joined emoji sequence) names the white branch's "polar bear" through
    lexicon.emoji: it is read, not met with "emoji alone" as a bear and a snowflake were."""
    who = Person(7, "Sam", None, "en")
    engine = Engine(corpus)
    started = handled(engine, ChatState(), Incoming(who, "/prank bear-colour", 0.0))
    said = handled(engine, started.chat, Incoming(who, "🐻\u200d❄\ufe0f", 1.0))
    assert [e.outcome for e in said.endings] == ["saw_through"]


def test_daddy_typed_before_its_turn_is_seeing_where_it_goes(corpus: Corpus) -> None:
    """follow-me-baba: 好 (no 你是), then 爸爸, ended on "算了，这局不算" (the reveal), abrupt
    and unexplained; typing the last line's 爸爸 ahead of its turn knows the trick."""
    who = Person(7, "Mei", None, "zh-hans")
    engine = Engine(corpus)
    started = handled(engine, ChatState(), Incoming(who, "/prank follow-me-baba", 0.0))
    hinted = handled(engine, started.chat, Incoming(who, "好", 1.0))
    assert not hinted.endings
    ended = handled(engine, hinted.chat, Incoming(who, "爸爸", 2.0))
    assert [e.outcome for e in ended.endings] == ["saw_through"]
    said = "\n".join(r.text for r in ended.replies)
    assert corpus.routines["follow-me-baba"].saw_through_reply.in_("zh") in said
    assert "这局不算" not in said
