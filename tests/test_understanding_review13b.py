"""A native reader's findings on round thirteen's dialect words (review13b): words added from
knowledge that also stand in ordinary answers. Each answer here was misread with them (a
plain answer taken as seeing through the trick, a yes as a no) and is read as before now."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def reached(corpus: Corpus, routine: str, state: str, said: str) -> str | None:
    return corpus.routines[routine].states[state].understand(said).branch_id


@pytest.mark.parametrize(
    ("routine", "state", "said", "branch"),
    [
        # 小时候玩过 (played it as a child) is about water here, not the joke
        ("play-water", "ask", "小时候玩过，挺喜欢", "yes"),
        ("play-water", "ask", "小时候玩过，现在不玩了", "no"),
        # 当我小孩的时候 is "when I was a child", not "taking me for a child"
        ("mama-song", "ask", "当我小孩的时候常唱：有妈的孩子像块宝", "fell"),
        ("zodiac-belong", "ask", "我属虎，当我小孩的时候就知道", "names_sign"),
        # 拐弯抹角 (beating about the bush) is an everyday idiom
        ("guess-my-thoughts", "ask", "不知道，别拐弯抹角", "dont_know"),
        # 少来 (come off it) stands before any answer
        ("gained-weight", "ask", "少来，没胖", "denies"),
        ("running-all-day", "ask", "少来，累死了", "tired"),
        # 没那么傻 of someone else
        ("favourite-god", "ask", "观音，没那么傻", "names_god"),
        # 旧桥 is an old bridge in Mandarin
        ("elephant-fridge", "river", "找座旧桥", "detour"),
        # "uh uh" is also a doubled hesitation
        ("july-fourth-england", "ask", "uh uh yes", "says_yes"),
        ("silk-milk", "repeat", "uh uh ok", "agrees"),
        # 不要搞 inside 不要搞混 (don't mix it up)
        ("reverse-baba", "love", "不要搞混，你爱我", "ni_ai_wo"),
        # 费事 is "troublesome" in Mandarin
        ("zodiac-belong", "ask", "费事，属猪", "names_sign"),
    ],
)
def test_an_ordinary_answer_is_not_read_through_a_dialect_word(
    corpus: Corpus, routine: str, state: str, said: str, branch: str
) -> None:
    assert reached(corpus, routine, state, said) == branch


@pytest.mark.parametrize(
    ("routine", "state", "said"),
    [
        # a thought or a flaw named in words that once read as the trick seen
        ("guess-my-thoughts", "guess", "你在做白日梦"),
        ("my-flaw", "guess", "说话拐弯抹角"),
        ("my-flaw", "guess", "好心机"),
    ],
)
def test_a_thought_or_a_flaw_is_not_the_trick_seen(
    corpus: Corpus, routine: str, state: str, said: str
) -> None:
    assert reached(corpus, routine, state, said) != "saw_through"
