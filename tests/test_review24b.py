"""Round twenty-four's review (review24b): blockers found by probing the round's new verdict
rules with fresh answers, each pinned beside answers the fix must not change."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- "you're good at X" (verdicts24enplain) praises only a skill -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        # good at nothing, or at being a nuisance: a put-down in praise's words, no compliment
        # (the compliment branch's reply, "You have great taste.", would thank an insult)
        "you're good at nothing",
        "ur good at nothing lol",
        "you're good at being annoying",
        "you are really good at annoying people",
        "you're so good at getting on my nerves",
        "you're good at talking rubbish",
        "you're good at bugging me",
    ],
)
def test_good_at_a_nuisance_is_no_compliment(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) is None


@pytest.mark.parametrize(
    "said",
    [
        "you're good at singing",
        "ur so good at this game ngl",
        "you're good at being kind",
        "You are really good with words, my friend",
    ],
)
def test_good_at_a_skill_is_still_a_compliment(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) == "compliment"


# -- a skill praised in plain words (verdicts24hant) is no decline nor a worst ---------------


@pytest.mark.parametrize(
    "said",
    [
        # getting old, fat, worse, or gone fast is no skill: 老得好快, 肥得好快, 跌得好快
        "你老得好快",
        "你肥得好快",
        "你胖得好快",
        "你死得好快",
        "你滾得好快",
        # 走得好 is "good riddance", no praise of walking
        "你走得好，唔送",
        # the first of a place at something bad: the worst, no praise
        "你係全村第一蠢",
        "全世界第一衰",
        "你是全班第一懒",
    ],
)
def test_a_decline_or_a_worst_is_no_compliment(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) is None


@pytest.mark.parametrize(
    "said",
    ["你打字好快", "你覆訊息覆得好快", "你煮嘅糖水全港第一", "你整嘅蛋撻全區第一", "天下第一"],
)
def test_a_skill_or_a_first_is_still_praise(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) == "compliment"


# -- a local peak named (verdicts24enplain) is no peak denied --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # a peak said not to be the one: "Still Everest!" would answer one who said Everest
        "Everest obviously, not Ben Nevis lol",
        "everest, not ben macdui",
        "Everest. not Kinder Scout",
    ],
)
def test_a_peak_denied_is_no_other_peak(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "tallest-mountain/ask", said) != "other_peak"


@pytest.mark.parametrize("said", ["Ben Nevis", "ben macdui i reckon", "Kinder Scout, obviously"])
def test_a_local_peak_named_is_still_another_peak(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "tallest-mountain/ask", said) == "other_peak"
