"""Round twenty-one's Traditional Chinese verdicts (branch verdicts21hant): Taiwan Mandarin with
Hokkien and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind (not the
tuning sets' rows) beside neighbours it must not change. The shipped corpus and lexicon,
through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- a trailing-off, then a firm take-back: the answer before it is taken back ---------------------
# (肥咗少少...唔係，係件衫縮水咋 reached admits: the pause had made 肥咗少少唔係 one clause, and a
# 不是 inside its clause denies, it corrects nothing)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("gained-weight/ask", "肥咗少少…唔係，係件衫縮咗水"),
        ("gained-weight/ask", "胖了一點…不對，是衣服縮水了啦"),
        ("gained-weight/ask", "有啊……不是啦，是鏡子的問題"),
        ("cow-tail/ask", "向南…唔係，等陣"),
        ("ten-knives/ask", "八把…唔係，冇晒喇"),
    ],
)
def test_an_answer_trailing_off_then_taken_back_is_no_punchline(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("lost-deer/ask", "兔子…不對，是麋鹿", "milu"),  # the answer after it counts
        ("play-water/ask", "喜歡…不對，我怕水", "no"),
        ("gained-weight/ask", "胖了一點…不對勁", "admits"),  # 不对劲: no take-back
        ("gained-weight/ask", "肥咗少少", "admits"),
        ("running-all-day/ask", "好攰…真係好攰", "tired"),
    ],
)
def test_what_a_take_back_after_a_pause_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- a choice asked back clause by clause: 兔子？還是鹿？ asks, it answers nothing ---------------------
# (the question mark had read as a self-correction, and the second side was taken)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("lost-deer/ask", "兔子？還是鹿？"),
        ("lost-deer/ask", "兔仔？定係鹿仔？"),
        ("lost-deer/ask", "是兔子嗎？還是麋鹿？"),
        ("lost-deer/ask", "兔子？還是鹿"),
        ("ten-knives/ask", "八把？還是九把？"),
    ],
)
def test_a_choice_asked_back_clause_by_clause_is_no_punchline(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("cow-tail/ask", "向南？定係向北？", "direction"),  # either side the same branch
        ("lost-deer/ask", "兔子？", "other_animal"),
        ("lost-deer/ask", "兔子？不對，是麋鹿", "milu"),
        ("cow-tail/ask", "向南？唔係，向北", "direction"),
    ],
)
def test_what_the_choice_clause_by_clause_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- a don't-know, then "which one?" asked back with its numeral (哪一隻, 邊一個) ----------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("elephant-fridge/meeting", "不知道 哪一隻？"),
        ("misread-char/ask", "唔知 邊一個字？"),
        ("elephant-fridge/meeting", "唔知喎，邊一隻呀？"),
        ("cow-tail/ask", "不知道耶 哪一邊？"),
    ],
)
def test_a_dont_know_then_which_one_asked_back_is_a_dont_know(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) == "dont_know"


def test_a_dont_know_then_a_guess_still_only_hedges(corpus: Corpus) -> None:
    assert verdict(corpus, "elephant-fridge/meeting", "不知道，猴子？") is None


# -- dialect as lexicon data: 一啲啲 (a little), 諗唔起, 記唔起 (can't recall) ----------------------


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("running-all-day/ask", "一啲啲啦，行咗成日", "tired"),
        ("gained-weight/ask", "肥咗一啲啲", "admits"),
        ("gained-weight/ask", "一啲啲都冇", "denies"),
        ("running-all-day/ask", "唔攰，一啲啲都冇", "not_tired"),
        ("running-all-day/ask", "不累，一點點都沒有", "not_tired"),
        ("my-flaw/guess", "一時又諗唔起", "dont_know"),
        ("my-flaw/guess", "記唔起喇", "dont_know"),
        ("zodiac-belong/ask", "記唔起自己屬咩", "dont_know"),
        ("you-and-pig/ask", "一時想不起", "dont_know"),
    ],
)
def test_cantonese_a_little_and_cannot_recall(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


def test_a_little_alone_still_admits(corpus: Corpus) -> None:
    assert verdict(corpus, "gained-weight/ask", "一點點") == "admits"


# -- seeing through in one's own words: "this one I saw on LIHKG", "the seniority gag again" -------
# (Cantonese 呢條, this one, stands for the joke; 梗 is a gag whatever its name)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("one-and-three/ask", "呢條我喺連登見過"),
        ("one-and-three/ask", "這條我在網路上看過了"),
        ("guess-my-age/address", "又是輩份梗"),
        ("dad-in-english/dad", "又是叫爸爸的梗 無聊"),
        ("reverse-baba/love", "又係呢個梗"),
    ],
)
def test_the_joke_met_before_or_the_gag_again_sees_through(
    corpus: Corpus, where: str, answer: str
) -> None:
    routine, state = where.split("/")
    answers = corpus.routines[routine].states[state].answers
    got = verdict(corpus, where, answer)
    assert got == "saw_through" or any(a.id == got and a.sees_through for a in answers)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("elephant-fridge/river", "這條河我見過", None),  # 条 measures the river
        ("one-and-three/ask", "這條我沒看過", None),
        ("guess-my-age/address", "梗係叫阿姨啦", "fell"),  # 梗係: of course
        ("guess-my-age/address", "又是你", None),
    ],
)
def test_what_the_joke_met_before_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- a refusal said twice: 不猜不猜 is 不猜 twice, not 猜不猜 (an A-not-A question) -----------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("guess-my-age/ask", "不猜不猜"),
        ("guess-my-age/ask", "唔估唔估"),
        ("guess-my-age/ask", "不猜不猜，猜錯會得罪人啦"),
        ("guess-my-age/ask", "我不猜不猜"),
        ("guess-my-age/ask", "不猜了不猜了"),
        ("houyi-moon/repeat", "不打不打"),
    ],
)
def test_the_questions_verb_refused_twice_refuses(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) == "refuses"


def test_the_a_not_a_question_still_asks(corpus: Corpus) -> None:
    assert verdict(corpus, "guess-my-age/ask", "猜不猜") is None
