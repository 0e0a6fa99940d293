"""Round twenty-nine's merged verdict work read by the one who must carry it (review29),
pinned through the real corpus and lexicon as `bot eval` judges a row (no mocks).

- guess-my-thoughts/guess: guesses_thing's "thought told as a plan" regex (verdicts29hans) let
  its span between 想 and the plan's verb run over 我 and took a laugh's 哈 for Northwest 哈
  (to drink), so 想念我的吧哈哈 and 想着我吧 哈哈 (guessing me: the saw-through branch) reached
  guesses_thing, a wrong punchline. The span now holds no 我, and 哈 drinks only before a
  character that is no laugh (想哈啤酒).
- english_shorthand's Nepali "rato" (red, verdicts29endialect) is Spanish's "a while": "al rato
  te digo" (I'll tell you later) to "what colour is the bear?" reached other_colour. The
  Spanish phrases are read as English says them (dialect_phrases_en).
- rule "the same routine again": wp29's same_routine_measures_zh took 个 with 条, 些 and 句, so
  "that X one again" closed any 又是…那个, the branch's own word inside it too (又是左边那个 to
  "which side is my heart?", 又是可乐那个吧): saw_through, a wrong punchline. No tuning row
  closes 又是…那个; 个 is out, the line (句, 条) and lines (些, 啲) still name the routine.
"""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import Judged, Row, judge


def _judged(corpus: Corpus, where: str, lang: str, answer: str) -> Judged:
    routine, state = where.split("/")
    return judge(corpus, Row(1, routine, state, lang, answer, "otherwise"))


@pytest.mark.parametrize("answer", ["想念我的吧哈哈", "想着我吧 哈哈", "在想念我吧哈哈哈"])
def test_thinking_of_me_with_a_laugh_is_no_plan(corpus: Corpus, answer: str) -> None:
    assert _judged(corpus, "guess-my-thoughts/guess", "zh-hans", answer).got == "guesses_me"


@pytest.mark.parametrize("answer", ["想晌午吃烩面吧", "想晚上哈啤酒", "想王者上分"])
def test_a_thought_told_as_a_plan_still_guesses_a_thing(corpus: Corpus, answer: str) -> None:
    assert _judged(corpus, "guess-my-thoughts/guess", "zh-hans", answer).got == "guesses_thing"


@pytest.mark.parametrize("answer", ["al rato te digo", "otro rato"])
def test_spanish_rato_is_no_red(corpus: Corpus, answer: str) -> None:
    assert _judged(corpus, "bear-colour/ask", "en", answer).got != "other_colour"


def test_nepali_rato_is_still_red(corpus: Corpus) -> None:
    assert _judged(corpus, "greenhouse-bricks/red", "en", "rato itta").got == "red_bricks"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("heart-side/ask", "又是左边那个", "names_side"),
        ("want-drink/ask", "又是可乐那个吧", "names_drink"),
        ("zodiac-belong/ask", "又是属鼠那个", "names_sign"),
    ],
)
def test_that_one_again_is_no_routine_named(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert _judged(corpus, where, "zh-hans", answer).got == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [("my-flaw/ask", "又係屬於你嗰D？"), ("gained-weight/ask", "又係心入面越嚟越重嗰句？")],
)
def test_that_line_again_still_names_the_routine(corpus: Corpus, where: str, answer: str) -> None:
    assert _judged(corpus, where, "zh-hant", answer).got == "saw_through"
