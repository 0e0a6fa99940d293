"""Round twenty-nine's wrong punchlines by kind (branch wp29, docs/wp29.md): the teller called
the crybaby beside "boo hoo" (read as Boo who, labelled seeing through), a branch's word at the
head of a book's title (三毛流浪记, read as 三毛), the insult turned back with one insult after
it (你先係豬 on9: read as the give-away, labelled deny), "that X one again?" (又係屬於你嗰D？:
read as X, labelled seeing through) and the Pop-Tart (read as a fancy bread, labelled otherwise
by three writers of four). Each kind is probed with answers of our
own (none from the sets) beside answers it must not change: the shipped corpus and lexicon
through the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the teller called the crybaby: the joke seen through
        ("boo hoo, ya big baby lol", "saw_through"),
        ("boo hoo crybaby 😂", "saw_through"),
        ("stop being such a cry baby", "saw_through"),
        # ..."boo hoo" alone or asked is still Boo who, as it sounds
        ("boo hoo?", "boo_who"),
        ("boo hoo lol", "boo_who"),
    ],
)
def test_the_crybaby_named_sees_through(corpus: Corpus, answer: str, branch: str) -> None:
    where = "boo-who/boo"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the comic's title is the book, not the name answered
        ("看过三毛流浪记没有", None),
        ("三毛流浪記睇過未", None),
        # ...三毛 itself is still the name, however the answer goes on
        ("三毛", "sanmao"),
        ("三毛吧，流浪的那个", "sanmao"),
    ],
)
def test_a_title_holding_the_name_is_no_answer(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    where = "xiaoming-third-son/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the insult turned back with one insult after it: a denial
        ("你先係豬 痴線", "deny"),
        ("你才是猪啦，神经病", "deny"),
        ("你先係豬呀 on9 😤", "deny"),
        # ...beside the trick named, or the magic scorned, it still sees through
        ("你先係豬 on9 呢招我識㗎", "saw_through"),
        ("你才是猪 魔术个头", "saw_through"),
    ],
)
def test_the_insult_turned_back_with_an_insult_denies(
    corpus: Corpus, answer: str, branch: str
) -> None:
    where = "forget-pig/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # "that X one again?": the routine named by its line
        ("zodiac-belong/ask", "又係屬於你嗰啲？", "saw_through"),
        ("zodiac-belong/ask", "又是属于你那个吧 老土", "saw_through"),
        ("xiaoming-third-son/ask", "又係三毛嗰條？", "saw_through"),
        # ...and as before with 那套 or a gag
        ("zodiac-belong/ask", "又是属于你那套", "saw_through"),
        # ...not "X again" with no line named, nor X said with 那个 in a clause not opening 又是
        ("zodiac-belong/ask", "屬於你囉", "belongs"),
        ("xiaoming-third-son/ask", "三毛 那个", "sanmao"),
    ],
)
def test_that_line_again_names_the_routine(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the Pop-Tart alone: the safe path
        ("pop tarts obviously", None),
        ("a pop-tart lol", None),
        # ...beside bread words it still says which, and the other toaster things stay fancy
        ("a slice or a pop tart", "fancy_bread"),
        ("eggo waffles", "fancy_bread"),
    ],
)
def test_the_pop_tart_alone_is_the_safe_path(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    where = "toast-toaster/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)
