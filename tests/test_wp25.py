"""Round twenty-five's wrong punchlines by kind (branch wp25), read from every tuning set's wrong
punchlines: a don't-know typed by its sound (Hong Kong's 5知 read as 知, "I know"), a refusal
that stops with an everyday reason (Cantonese 唔讀喇, 不打了: read as seeing the trick by the
bare 不读), the question turned back (你跟猪的区别我倒是知道: read as claiming to know), a
rhetorical "could I not know" with the thing put first (这我能不知道: read as a don't-know), and
a don't-know beside melons said to be edible (唔知喎 西瓜冬瓜都食得: read as naming one). Each
kind is probed with answers of our own (none from the sets) beside clean answers it must not
change: the shipped corpus and lexicon through the real matcher (the rules' own verdict: no
second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Hong Kong's net types 唔 by its sound, 5 (ng5): 5知 is 唔知, a don't-know (round24_dev's
        # writer, read as 知 "I know" four times)
        ("pig-ran-away/ask", "5知呀", "dont_know"),
        ("guess-my-thoughts/ask", "5知啊", "dont_know"),
        # ...知 alone still knows, and a 5 before anything else still counts (5步)
        ("guess-my-thoughts/ask", "知啊", "claims_to_know"),
        ("elephant-fridge/fridge", "5步", "other_steps"),
    ],
)
def test_five_for_ng_is_a_dont_know(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Stopping, as 不念了 stops: Cantonese 喇 closes it (唔讀喇), and typing stops as 不打了;
        # with an everyday reason and no trick named it is the safe path, where no branch takes
        # a refusal (eleven writers labelled it so; the bare 不读 saw through)
        ("reverse-baba/baba", "唔讀喇，要煮飯", None),
        ("reverse-baba/baba", "唔念喇 好攰", None),
        ("follow-me-baba/third", "不打了 手好酸", None),
        ("follow-me-baba/third", "唔打喇 要開會", None),
        # ...where a branch takes refusals, it still refuses
        ("follow-me-baba/second", "唔打喇 好攰", "refuses"),
        # ...the bare refusal stops the game too (wp28: every writer since round ten labels it
        # otherwise); the stop with the trick named still sees through
        ("reverse-baba/baba", "唔讀", None),
        ("follow-me-baba/third", "不打", None),
        ("reverse-baba/baba", "唔讀喇，想呃我叫你爸爸", "sees_through"),
        ("follow-me-baba/third", "不打了，想我叫你爸爸", "sees_through"),
    ],
)
def test_a_stop_with_an_everyday_reason_is_the_safe_path(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # The victim's own 你和猪 is the asker and a pig: the question turned back, as in explain
        # ("the difference between YOU and a pig, that I know": four writers, read as
        # claims_to_know; "and what's yours?")
        ("你和猪的区别我当然知道", "saw_through"),
        ("你同豬嘅分別我梗係知啦", "saw_through"),
        ("你和猪又有什么区别？", "saw_through"),
        # ...the question echoed is no turning back (then a don't-know, a don't-know), and
        # knowing, and not knowing, go on as before
        ("你同豬有咩分別？", None),
        ("你同豬有咩分別？唔知喎", "dont_know"),
        ("知道", "claims_to_know"),
        ("我知道", "claims_to_know"),
        ("不知道", "dont_know"),
    ],
)
def test_you_and_a_pig_turned_back(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "you-and-pig/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # "This, could I not know": 这我能 leads the double negative as 还能 and 哪能 do
        ("知道，这我能不知道", "know"),
        ("这我能不知道吗", "know"),
        ("不知道", "dont_know"),
    ],
)
def test_this_could_i_not_know(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "pig-ran-away/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # Rule "a don't-know beside what can": melons named to say they can be eaten, to a
        # question of which cannot, are ruled out: the don't-know counts (four writers of four
        # rounds, read as the edible melon's punchline)
        ("不知道 西瓜南瓜都能吃", "dont_know"),
        ("唔知 苦瓜都食得", "dont_know"),
        ("不知道，黄瓜好吃", "dont_know"),
        # ...a melon guessed beside a don't-know is still the guess, and a melon alone a melon
        ("不知道 西瓜吧", "edible"),
        ("西瓜", "edible"),
        ("不知道", "dont_know"),
    ],
)
def test_a_dont_know_beside_what_can(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) == branch


def test_a_dont_know_beside_what_can_says_why(corpus: Corpus) -> None:
    assert "a don't-know beside what can" in explained(
        corpus, "inedible-melon/ask", "不知道 西瓜南瓜都能吃"
    )


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a refusal with a complaint" (one rule with "a refusal with a reason of its own"
        # since unify26): the trick's branch reached only by a word that refuses too (不念, 不读), beside a complaint (烦, 累, 闷, 懒): tired of the game, not
        # wise to it (four writers labelled the safe path, read as seeing through)
        ("reverse-baba/baba", "不念，好烦", None),
        ("reverse-baba/baba", "唔讀喇，悶", None),
        ("reverse-baba/baba", "懒 不读", None),
        ("i-love-you-english/whole", "不念 好累", None),
        # ...where a branch takes refusals, it refuses
        ("reverse-baba/love", "不念 好烦", "refuses"),
        # ...the bare refusal is the safe path too (wp28); a complaint with the trick named
        # still sees through
        ("reverse-baba/baba", "不念", None),
        ("i-love-you-english/whole", "不念", None),
        ("reverse-baba/baba", "不念，烦，想占我便宜", "sees_through"),
    ],
)
def test_a_refusal_with_a_complaint(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_a_refusal_with_a_complaint_says_why(corpus: Corpus) -> None:
    # unify26: one rule reads a refusal beside any reason to stop, and names itself so
    assert "a refusal with a reason of its own" in explained(
        corpus, "reverse-baba/baba", "不念，好烦"
    )
