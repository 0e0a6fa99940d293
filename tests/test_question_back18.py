"""A question back is no fall (newuser18). Where the reveal is the prank (blood-type's
我是你的理想型, buy-land's 死心塌地), a victim who only asked back (你问这个干嘛, 點解問我,
"why do you ask", with or without a question mark) was told the punchline and scored as
fallen. Now they are asked once more; asked back again, they are told the line, and it
counts for nobody (called off); an answer after the question once more is judged as any is."""

from __future__ import annotations

import pytest

from bot.content.corpus import CALLED_OFF, FELL, Corpus
from bot.conversation.answering import MAX_IDLE_WAITS, Response
from bot.conversation.engine import Engine
from bot.conversation.records import tallies
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent

# Those that ask why (rule "asked why", ops24): a wait, as "huh" is (the question with a
# nudge to answer first, at most MAX_IDLE_WAITS in a row), never the reveal
ASKED_WHY = {
    "你问这个干嘛",
    "为什么问我",
    "點解問我",
    "你問嚟做咩",
    "why do you ask",
    "why u asking",
}
ASKED_BACK = {
    "zh": ["你问这个干嘛", "为什么问我", "你问我？我问谁"],
    "zh-hk": ["點解問我", "你問我？我問邊個", "你問嚟做咩"],
    "en": ["why do you ask", "why u asking"],
}


def fell_on_the_reveal(corpus: Corpus) -> list[tuple[str, str]]:
    """Every routine whose first question's reveal is the prank, with a language it plays in."""
    found = []
    for routine in corpus.routines.values():
        if routine.states[routine.start].reveal_outcome == FELL:
            found.append((routine.id, "en" if routine.plays_in("en") else "zh"))
    return found


def test_there_are_such_routines(corpus: Corpus) -> None:
    ids = [rid for rid, _ in fell_on_the_reveal(corpus)]
    assert {"blood-type", "buy-land"} <= set(ids)


def asked(engine: Engine, routine: str, lang: str, who: Person) -> ChatState:
    return sent(engine, ChatState(lang=lang), who, f"/prank {routine}").chat


@pytest.mark.parametrize("lang", ["zh", "zh-hk", "en"])
def test_every_such_routine_asks_once_more_then_tells_it_for_nobody(
    corpus: Corpus, lang: str
) -> None:
    engine = Engine(corpus)
    you = Person(7, "You", "you", lang)
    tried = 0
    for routine_id, plays in fell_on_the_reveal(corpus):
        if (plays == "en") != (lang == "en"):
            continue
        routine = corpus.routines[routine_id]
        state = routine.states[routine.start]
        for question_back in ASKED_BACK[lang]:
            if state.recognise(question_back) is not None:
                continue  # an answer there (pig-ran-away's "Know why?": "why" falls for it)
            chat = asked(engine, routine_id, lang, you)
            again = sent(engine, chat, you, question_back)
            where = f"{routine_id}: {question_back}"
            assert again.endings == [], where
            assert again.replies[0].asks, where
            if question_back in ASKED_WHY:  # "you'll see once you answer", and again
                nudge = f"{say('asked_why', lang)}\n{state.say.in_(lang)}"
                assert again.replies[0].text == nudge, where
                twice = sent(engine, again.chat, you, question_back)
                assert twice.endings == [] and twice.replies[0].text == nudge, where
                tried += 1
                continue
            # the nudge: the question once more, or the state's hint where it has one
            nudge = state.hint.in_(lang) if state.hint else say("asked_again", lang)
            assert again.replies[0].text.startswith(nudge), where
            told = sent(engine, again.chat, you, question_back)
            assert [e.outcome for e in told.endings] == [CALLED_OFF], where
            assert told.replies[0].text == state.reveal.in_(lang), where
            tried += 1
    assert tried >= 3, f"{lang}: only {tried} questions back tried (the skips above took the rest)"


def test_an_answer_after_the_question_once_more_still_lands(corpus: Corpus) -> None:
    engine = Engine(corpus)
    you = Person(7, "You", "you", "zh")
    chat = asked(engine, "blood-type", "zh", you)
    chat = sent(engine, chat, you, "你问这个干嘛").chat
    assert [e.outcome for e in sent(engine, chat, you, "A型").endings] == [FELL]


def test_a_statement_still_gets_the_reveal_and_a_fall(corpus: Corpus) -> None:
    engine = Engine(corpus)
    you = Person(7, "You", "you", "zh")
    chat = asked(engine, "blood-type", "zh", you)
    assert [e.outcome for e in sent(engine, chat, you, "我今天吃了面").endings] == [FELL]


def group(engine: Engine, chat: ChatState, who: Person, text: str, **extra: object) -> Response:
    return sent(engine, chat, who, text, in_group=True, chat_id=-100, **extra)


def test_the_group_board_counts_no_fall_for_a_question_back(corpus: Corpus) -> None:
    engine = Engine(corpus)
    alice, bob = Person(41, "Alice", "alice", "zh"), Person(42, "Bob", "bob", "zh")
    chat = group(engine, ChatState(lang="zh"), alice, "/prank @bob blood-type").chat
    (ticket,) = chat.pranks
    for _ in range(MAX_IDLE_WAITS + 1):  # asked why: waited on (ops24), then stopped
        chat = group(engine, chat, bob, "你问这个干嘛", replied=None, ticket=ticket).chat
    assert chat.pranks == {}
    board = group(engine, chat, alice, "/stats").replies[0].text
    assert say("stats_fooled", "zh") not in board
    assert say("stats_pranksters", "zh") not in board


def test_a_private_record_counts_no_fall_for_a_question_back(corpus: Corpus) -> None:
    engine = Engine(corpus)
    you = Person(7, "You", "you", "zh-hk")
    chat = asked(engine, "buy-land", "zh-hk", you)
    endings = []
    for _ in range(MAX_IDLE_WAITS + 1):  # asked why: waited on (ops24), then stopped
        answered = sent(engine, chat, you, "點解問我")
        endings.extend(answered.endings)
        chat = answered.chat
    assert chat.pranks == {} and len(endings) == 1
    # what /stats in private reads: the record these tallies are added to
    assert all(tally.fell == 0 for tally in tallies(endings, lambda code: None))
