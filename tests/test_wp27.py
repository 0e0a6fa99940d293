"""Round twenty-seven's wrong punchlines by kind (branch wp27), read from every tuning set's wrong
punchlines and the labels the fresh set's analyst found against the corpus: a refusal beside an
errand (唔讀喇 要去補習: read as seeing the trick by the bare 不读), noticing long ago said as
knowing long ago (有啊 早就知道了: read as the give-away 早就知道), the number replacing one
taken back after a conclusion or a still (8...不對 所以還是10把: read as the 8), a don't-know
opening a clause before a guess asked ("idk USA?": read as the don't-know) and "never heard
that" alone (read as surprise, where every writer labels it a no). Each kind is probed with
answers of our own (none from the sets) beside answers it must not change: the shipped corpus
and lexicon through the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a refusal beside an errand stops the game: no trick seen (the safe path here)
        ("i-love-you-english/whole", "不念了 我要去买菜", None),
        ("i-love-you-english/whole", "唔讀喇，要去接個女", None),
        ("follow-me-baba/third", "唔跟，去飲茶先", None),
        ("follow-me-baba/third", "不跟了 得去晾衣服", None),
        # ...alone it sees nothing either (wp28); beside the trick named it still sees through
        ("i-love-you-english/whole", "不念", None),
        ("i-love-you-english/whole", "不念，想骗我表白", "sees_through"),
        ("follow-me-baba/third", "唔跟 想得美", "sees_through"),
    ],
)
def test_a_refusal_beside_an_errand_sees_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # known long ago, to "have you noticed how much I love you?": noticed, a yes
        ("早就知道啦", "yes"),
        ("有 我早看出来了", "yes"),
        # ...the trick named beside it still sees through
        ("早就知道你想当我爸", "saw_through"),
        ("又想当我爸爸，父爱无声那套我早就知道了", "saw_through"),
    ],
)
def test_known_long_ago_is_noticed(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "silent-love/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # a number taken back for one after a conclusion or a still: the safe path, not eight
        ("八把…不对 那还是十把", None),
        ("8把 不對，接住嘅都喺度，所以都是10把", None),
        ("八把，不对，应该是十把", None),
        # ...one the correction names outright, or no correction, as before
        ("十把 不对 八把", "eight"),
        ("八把", "eight"),
    ],
)
def test_a_number_replaced_after_a_conclusion(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "ten-knives/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # a don't-know opening a clause whose guess closes it, asked: the guess stands
        ("idk canada?", "picks_place"),
        ("no idea mexico?", "picks_place"),
        # ...not asked, or more said after the guess, the don't-know counts
        ("idk canada", "dont_know"),
    ],
)
def test_a_dont_know_before_a_guess_asked(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "plane-border-survivors/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # not having heard it, to "did you hear...?": a no
        ("never heard that", "says_no"),
        ("i never heard of that", "says_no"),
        # ...surprise said as surprise stands
        ("really? never knew that", "surprised"),
        ("no way", "surprised"),
    ],
)
def test_never_heard_that_says_no(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "gullible-ceiling/dict", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the fool named as the asker, to "you see this melon in the mirror every day": turned back
        ("你就傻瓜啦", "sees_through"),
        ("镜子里是你这只傻瓜", "sees_through"),
        # ...the fool said, or said and then taken as meant at oneself, still falls
        ("傻瓜", "fool"),
        ("傻瓜？你骂我", "fool"),
    ],
)
def test_the_fool_named_as_the_asker(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "inedible-melon/retry", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the insult turned back and nothing else, to "I can make you forget you're a pig": deny
        ("你才是猪呢", "deny"),
        ("妳先係豬啊😤", "deny"),
        # ...beside the trick named, or laughing, it still sees through (the give-away)
        ("你才是猪 这个魔术我早就见过", "saw_through"),
        ("你才是猪 哈哈哈", "saw_through"),
    ],
)
def test_the_insult_turned_back_alone_denies(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == branch
