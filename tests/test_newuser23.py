"""A new user's console play (newuser23): "don't fool me" (别耍我, Southwest 莫耍我, Cantonese
唔好耍我) refuses the game, as a fresh writer meant it (round23_writers' gl23t): where the reveal
lands whatever is answered (blood-type) it is no longer scored as a fall."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.i18n.language import ENGLISH


def _branch(corpus: Corpus, routine: str, state: str, text: str) -> str:
    answer = corpus.routines[routine].states[state].recognise(text)
    return "otherwise" if answer is None else answer.id


@pytest.mark.parametrize(
    ("routine", "text"),
    [
        ("blood-type", "别耍我"),
        ("blood-type", "你别耍我了"),
        ("blood-type", "別耍我"),
        ("blood-type", "唔好耍我"),
        ("guess-my-age", "猜么子猜，莫耍我"),
    ],
)
def test_dont_fool_me_refuses(corpus: Corpus, routine: str, text: str) -> None:
    refusal = _branch(corpus, routine, "ask", "不玩")  # each routine names its refusal branch
    assert refusal != "otherwise"
    assert _branch(corpus, routine, "ask", text) == refusal


@pytest.mark.parametrize(
    ("routine", "text", "branch"),
    [
        ("blood-type", "A型吧，别耍我", "names_type"),  # an answer beside the plea stays the answer
        ("ten-knives", "八把，别耍我", "eight"),
        ("one-and-three", "别耍我，是和", "and"),
        ("blood-type", "又想耍我", "saw_through"),  # the asker's aim named: the trick seen
    ],
)
def test_dont_fool_me_beside_an_answer_keeps_it(
    corpus: Corpus, routine: str, text: str, branch: str
) -> None:
    assert _branch(corpus, routine, "ask", text) == branch


def test_a_routine_asked_in_english_sees_through_in_english(corpus: Corpus) -> None:
    """`/prank ten-knives anyway` in an English chat (or its link opened there) and "lol you want
    me to call you daddy" got the Chinese line: the saw-through reply had no English."""
    without_english = [
        routine.id
        for routine in corpus.routines.values()
        if routine.written_in(ENGLISH)
        for reply in (
            routine.saw_through_reply,
            *(state.saw_through_reply for state in routine.states.values()),
        )
        if reply is not None and not reply.written_in(ENGLISH)
    ]
    assert without_english == []


def test_a_chinese_only_routine_keeps_its_chinese_reply(corpus: Corpus) -> None:
    reply = corpus.routines["ten-knives"].saw_through_reply
    assert reply is not None
    assert reply.in_("zh") == "哟，识破了？八把就是爸爸，这声爸爸今天是听不到了。"


@pytest.mark.parametrize("text", ["dont fool me", "don't fool me", "Don't trick me!"])
@pytest.mark.parametrize("routine", ["forget-pig", "bear-colour"])
def test_dont_fool_me_refuses_in_english(corpus: Corpus, routine: str, text: str) -> None:
    """As in Chinese, and as "stop fooling me" already did: forget-pig's "Done. You won't
    remember you're a pig" had scored "dont fool me" a fall (newuser23)."""
    refusal = _branch(corpus, routine, "ask", "not playing")
    assert refusal != "otherwise"
    assert _branch(corpus, routine, "ask", text) == refusal


@pytest.mark.parametrize(
    ("routine", "text", "branch"),
    [
        ("sheep-all-but-nine", "dont fool me, nine", "nine"),  # an answer beside it stays
        ("forget-pig", "you cant fool me", "saw_through"),  # the trick seen, not refused
        ("forget-pig", "do not fool me", "saw_through"),  # (as before: "not fool me")
    ],
)
def test_dont_fool_me_in_english_beside_an_answer_keeps_it(
    corpus: Corpus, routine: str, text: str, branch: str
) -> None:
    assert _branch(corpus, routine, "ask", text) == branch


@pytest.mark.parametrize("text", ["不要跟你說", "不想跟你說", "不要跟你讲", "唔想同你講"])
@pytest.mark.parametrize("routine", ["zodiac-belong", "blood-type"])
def test_wont_tell_you_refuses(corpus: Corpus, routine: str, text: str) -> None:
    """Taiwan's 不要跟你說 (won't tell you), as 不跟你说 and 不告诉你 already did: "你屬什麼的？"
    met it with "不管你屬什麼，你都屬於我" and scored a fall (newuser23)."""
    refusal = _branch(corpus, routine, "ask", "不玩")
    assert refusal != "otherwise"
    assert _branch(corpus, routine, "ask", text) == refusal


@pytest.mark.parametrize("text", ["跟你说，我属狗", "我要跟你说，我属狗"])
def test_telling_you_still_answers(corpus: Corpus, text: str) -> None:
    """跟你说 ("let me tell you") with no 不 before it refuses nothing."""
    assert _branch(corpus, "zodiac-belong", "ask", text) == "names_sign"
