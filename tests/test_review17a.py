"""Review 17a: two rules of round seventeen gave wrong punchlines to ordinary answers; each now
fails safe (a miss reaches the hint). Pinned on the shipped corpus through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def reached(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(answer).branch_id


# -- a numeral typed by its sound, only where it is plainly the answer ----------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("ten-knives/ask", "我拔把刀砍回去"),  # 拔 bá: a verb, a sentence going on
        ("ten-knives/ask", "爸把我接走了"),  # 爸 bà, then 把 the preposition
        ("ten-knives/ask", "爸把刀扔回去"),
        ("ten-knives/ask", "霸把"),  # bà is no bā
        ("birds-on-tree/ask", "就只是鸟而已"),
        ("birds-on-tree/ask", "救只鸟"),  # jiù is no jiǔ
        ("birds-on-tree/ask", "死剩就隻死雀"),
        ("elephant-fridge/giraffe", "死只长颈鹿就行"),  # sǐ is no sì
    ],
)
def test_a_sound_alike_before_a_measure_word_in_a_sentence_is_no_number(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) is None


@pytest.mark.parametrize("answer", ["巴把", "巴把吧", "剩巴把", "还剩巴把。", "是巴把啊", "巴把刀"])
def test_the_slip_as_the_whole_answer_is_still_its_number(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "ten-knives/ask", answer) == "eight"


# -- the asker's next move foretold, only where the move is the trick ------------------------


@pytest.mark.parametrize("where", ["follow-me-baba/first", "follow-me-baba/second"])
@pytest.mark.parametrize(
    "answer",
    [
        "我打完你就说下一句",
        "我说完你就说第二句吧",
        "好，我打完你就问第二句",
        "我打了你就说很好",
        "好啊，我说了你就说我的",
        "我打完你就叫救命",
        "我唱完你就叫好",
    ],
)
def test_the_games_own_rules_foretold_are_no_seeing_through(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) != "saw_through"


@pytest.mark.parametrize(
    "answer", ["我说了你就叫我爸爸", "我说完你就说孙子", "我说了你就答应是吧", "讲完你就应我"]
)
def test_the_trick_foretold_still_sees_through(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "follow-me-baba/first", answer) == "saw_through"
