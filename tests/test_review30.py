"""Round thirty's merged verdict work read by the one who must carry it (review30), pinned
through the real corpus and lexicon as `bot eval` judges a row (no mocks).

- verdicts30hant's Taiwan Hokkien folds took two keys that are Mandarin too: bare 会当 (Hokkien
  ē-tàng, "can") folded Mandarin's 会 + 当 ("will take it as") to 可以, so 我会当你在夸我 to
  "do you know how you differ from a pig?" reached claims_to_know, a yes; bare 性地 (as in 歹性地,
  a bad temper) folded the adverbs Mandarin ends in it (习惯性地, 象征性地) to 脾气, a flaw, so
  不知道，只能象征性地猜一下 to "do you know my flaw?" reached names_flaw. Both are out: 会当食 and
  歹性地 keep the Hokkien rows they were written for.
- you-and-pig: verdicts30hans's rule "a contrast, not an answer" reads 我会说话你不会 with no comma
  as it reads 我会说话，你不会: the tail 你不会 is no don't-know, and answers_directly's 会说话
  stood alone (it did before with the comma): "I can talk, you can't" to "how do you differ from
  a pig?" makes the asker the pig, a flip, and reached the difference branch, a wrong punchline.
  The shape (what I can or have and 你 cannot) is flips_it's now, in both states; the second
  opinion, which has read no such row, still weighs it (the safe path where it disagrees).
"""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import Judged, Row, judge


def _judged(corpus: Corpus, where: str, lang: str, answer: str) -> Judged:
    routine, state = where.split("/")
    return judge(corpus, Row(1, routine, state, lang, answer, "otherwise"))


@pytest.mark.parametrize("answer", ["我会当你在夸我", "我只会当你是在夸我"])
def test_mandarin_hui_dang_is_no_can(corpus: Corpus, answer: str) -> None:
    assert _judged(corpus, "you-and-pig/ask", "zh-hans", answer).got == "otherwise"


@pytest.mark.parametrize(
    "answer", ["不知道，只能象征性地猜一下", "我习惯性地说不知道", "不知道，选择性地失忆了"]
)
def test_an_adverb_in_xing_di_is_no_temper(corpus: Corpus, answer: str) -> None:
    assert _judged(corpus, "my-flaw/ask", "zh-hans", answer).got == "dont_know"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [("inedible-melon/ask", "攏會當食啊", "edible"), ("my-flaw/ask", "你歹性地", "names_flaw")],
)
def test_the_hokkien_rows_still_read(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert _judged(corpus, where, "zh-hant", answer).got == branch


@pytest.mark.parametrize(
    ("where", "lang", "answer"),
    [
        ("you-and-pig/ask", "zh-hans", "我会说话你不会"),
        ("you-and-pig/ask", "zh-hans", "我会说话，你不会"),
        ("you-and-pig/ask", "zh-hant", "我識講嘢你唔識"),
        ("you-and-pig/explain", "zh-hans", "我会说话你不会"),
        ("you-and-pig/explain", "zh-hant", "我識講嘢你唔識啊"),
    ],
)
def test_what_the_asker_cannot_is_no_difference_of_the_pig(
    corpus: Corpus, where: str, lang: str, answer: str
) -> None:
    judged = _judged(corpus, where, lang, answer)
    # the rules reach the flip; where the second opinion disagrees, the safe path, never the
    # difference branch
    assert judged.got == "flips_it" or (
        judged.got == "otherwise" and "the rules reached flips_it" in judged.explanation
    )


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("you-and-pig/ask", "我会说话它不会", "answers_directly"),
        ("you-and-pig/ask", "我会说话，猪不会", "answers_directly"),
        ("you-and-pig/explain", "我会说话它不会", "explains"),
    ],
)
def test_what_the_pig_cannot_is_still_a_difference(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert _judged(corpus, where, "zh-hans", answer).got == branch


@pytest.mark.parametrize("where", ["you-and-pig/ask", "you-and-pig/explain"])
def test_a_flip_the_second_opinion_agrees_with_reaches_flips_it(corpus: Corpus, where: str) -> None:
    assert _judged(corpus, where, "zh-hans", "我有脑子你没有").got == "flips_it"
