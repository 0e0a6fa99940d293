"""Round twenty-seven's merged verdict work read by the one who must carry it (review27): four
wrong punchlines the new rules and data gave to ordinary answers, each pinned through the real
corpus and lexicon as `bot eval` judges a row (no mocks).

- tallest-mountain: the "Mount X" / "X Mountain" reading of a peak by name read Everest itself
  as another peak when named so ("Everest Mountain obviously") or by its own names (Qomolangma,
  Chomolungma, Sagarmatha): the regex now leaves Everest out by any of its names.
- compliment-game: dialect_phrases_en read "make / play / cook / throw a mean" as "... a great"
  in every answer, so "you always make a mean joke about me" was praise; compliment-game's own
  pattern already read "you make a mean gumbo" (one rule for the job), and now leaves out the
  unkind mean ("a mean comment", "a mean face").
- guess-my-thoughts: 我会读心术 (mind reading claimed) also read the rhetorical question that
  disowns it (你以为我会读心术啊, 我会读心术吗) as the claim: those are don't-knows.
- bark-for-you: 不白叫 kept as typed read its 叫 as the yes; Henan's no and don't-bark run
  together (不白叫, 没白叫) is a no, as before the round.
"""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.evaluation import Row, judge


def _verdict(corpus: Corpus, where: str, lang: str, answer: str) -> str:
    routine, state = where.split("/")
    return judge(corpus, Row(1, routine, state, lang, answer, "otherwise")).got


@pytest.mark.parametrize(
    "answer",
    ["Everest Mountain obviously", "mount qomolangma", "mt chomolungma", "sagarmatha mountain"],
)
def test_everest_by_any_name_is_no_other_peak(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "tallest-mountain/ask", "en", answer) != "other_peak"


@pytest.mark.parametrize("answer", ["mount franklin", "Baldy Mountain", "mt LeConte"])
def test_another_peak_by_name_still_reads(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "tallest-mountain/ask", "en", answer) == "other_peak"


@pytest.mark.parametrize(
    "answer",
    [
        "you always make a mean joke about me",
        "you make a mean comment",
        "you make a mean face",
        "he makes a mean remark every time",
    ],
)
def test_an_unkind_mean_is_no_compliment(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "compliment-game/ask", "en", answer) != "compliment"


@pytest.mark.parametrize(
    "answer",
    [
        "ok uh you make a mean gumbo",
        "you play a mean guitar, almost as good as me",
        "ok you make a mean cup of coffee",
    ],
)
def test_a_skill_praised_with_mean_is_still_a_compliment(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "compliment-game/ask", "en", answer) == "compliment"


@pytest.mark.parametrize("answer", ["你以为我会读心术啊", "我会读心术吗", "难道我会读心术？"])
def test_mind_reading_asked_back_is_no_claim(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "guess-my-thoughts/ask", "zh-hans", answer) == "dont_know"


@pytest.mark.parametrize("answer", ["我会读心术", "知道啊 我会读心术"])
def test_mind_reading_claimed_is_still_a_claim(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "guess-my-thoughts/ask", "zh-hans", answer) == "claims_to_know"


@pytest.mark.parametrize("answer", ["不白叫", "我不白叫", "没白叫"])
def test_henan_no_and_dont_bark_run_together_is_a_no(corpus: Corpus, answer: str) -> None:
    assert _verdict(corpus, "bark-for-you/ask", "zh-hans", answer) == "no"


def test_understood_inside_mingbai_is_no_bark(corpus: Corpus) -> None:
    assert _verdict(corpus, "bark-for-you/ask", "zh-hans", "我明白叫你干嘛了") not in ("yes", "no")


@pytest.mark.parametrize(
    "answer", ["youre smart but youre annoying", "ur replies are fast but kinda dumb"]
)
def test_praise_then_but_and_a_put_down_is_no_compliment(corpus: Corpus, answer: str) -> None:
    # rule "praise, but a put-down": the words allowed between "but" and the put-down (a word of
    # degree, the asker as its subject) are lexicon data (put_down_degrees_en, _subjects_en)
    assert _verdict(corpus, "compliment-game/ask", "en", answer) != "compliment"
