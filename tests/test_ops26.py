"""Round twenty-six's fixes on the running bot (ops26): what a new user met last round.

Each pins a behaviour with real answers through the real corpus, the console playground (the
real core, SQLite in memory) or the Telegram emulator and real SQLite; no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played

# -- 3. the giraffe answered with the elephant's three steps told again ------------------------

GIRAFFE_FORGOT = "错，是四步！大象还在里面呢，得先拿出来。"


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        ("zh", "打开冰箱，把长颈鹿放进去，关上冰箱"),
        ("zh", "打开冰箱门，放进长颈鹿，关上冰箱门"),
        ("zh-hant", "開冰箱 放長頸鹿進去 關上"),
        ("zh-hk", "打開雪櫃門，擺長頸鹿入去，閂門"),
    ],
)
def test_the_elephants_three_steps_told_again_are_three(
    corpus: Corpus, tmp_path: Path, lang: str, steps: str
) -> None:
    """ops26: open, put the giraffe in, close, uncounted, fell to the reveal ("四步！大象还在
    冰箱里"): it is the three the writers meant, the elephant forgotten (a fall)."""
    shown = "\n".join(
        played(
            corpus, tmp_path, "/lang zh", "/prank elephant-fridge", "三步", f"/lang {lang}", steps
        )
    )
    giraffe = corpus.routines["elephant-fridge"].states["giraffe"]
    three = next(a for a in giraffe.answers if a.id == "three")
    assert three.reply is not None
    after = shown.rsplit(steps, 1)[1]
    assert three.reply.in_(lang) in after, shown


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        ("开门把大象拿出来再放长颈鹿关门", "聪明！四步"),  # the elephant out between: four
        ("开门放长颈鹿关门之前要先拿出大象", "聪明！四步"),  # ...or after the steps
        ("五步，开门放长颈鹿关门，再插电，再开门看看", "是四步：开门，先把大象拿出来"),  # a count
    ],
)
def test_steps_with_the_elephant_out_or_another_count_are_not_three(
    corpus: Corpus, tmp_path: Path, answer: str, reply: str
) -> None:
    shown = "\n".join(
        played(corpus, tmp_path, "/lang zh", "/prank elephant-fridge", "三步", answer)
    )
    after = shown.rsplit(answer, 1)[1]
    assert reply in after and GIRAFFE_FORGOT not in after, shown
