"""Round twenty-six's fixes on the running bot (ops26): what a new user met last round.

Each pins a behaviour with real answers through the real corpus, the console playground (the
real core, SQLite in memory) or the Telegram emulator and real SQLite; no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, CorpusError, parse_corpus
from bot.i18n.catalogue import say
from tests.support.playground import played

JOKES = DEFAULT_CONTENT

# -- 1. /prank by the word people use for a routine: its other names ----------------------------


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("zh", "生肖", "zodiac-belong"),  # newuser25's word, as typed
        ("zh", "心脏", "heart-side"),
        ("zh", "年龄", "guess-my-age"),
        ("zh-hant", "心臟", "heart-side"),  # Traditional, the name written in Simplified
        ("zh-hant", "年齡", "guess-my-age"),
        ("zh-hant", "屬相", "zodiac-belong"),
        ("zh-hk", "幾大", "guess-my-age"),  # a Cantonese name, written for zh-hk
        ("zh-hk", "歲數", "guess-my-age"),
        ("zh", "几大", "guess-my-age"),  # ...found in Simplified too
        ("zh", "麋鹿", "lost-deer"),
        ("zh", "心", "heart-side"),  # one character: by its titles alone, as before
    ],
)
def test_a_routine_is_found_by_the_word_people_call_it(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    """ops26: /prank 生肖, 心臟, 年齡 found nothing; a routine's `also_called` names find it."""
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    found = corpus.routines[routine]
    assert found.states[found.start].say.in_(lang) in shown, shown


@pytest.mark.parametrize(
    ("name", "routine"),
    [("zodiac", "zodiac-belong"), ("how old", "guess-my-age"), ("knife", "ten-knives")],
)
def test_an_english_name_offers_the_chinese_routine(
    corpus: Corpus, tmp_path: Path, name: str, routine: str
) -> None:
    """In English, a name of a routine played in Chinese finds it, and offers it as by its id."""
    shown = "\n".join(played(corpus, tmp_path, f"/prank {name}"))
    assert f"Send /prank {routine} anyway" in shown, shown


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("en", "heart attack", "heart-side"),
        ("zh", "属鸡", "zodiac-belong"),
        ("zh-hant", "屬雞", "zodiac-belong"),
        ("zh-hk", "猜年紀遊戲", "guess-my-age"),
    ],
)
def test_a_name_that_fits_nothing_lists_the_close_ones(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    near = say("unknown_routine_near", lang, name=name)
    assert near in shown, shown
    listed = shown.split(near)[1]
    assert f"/prank {routine} — " in listed, shown
    assert say("unknown_routine_list", lang) in listed, shown


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_a_name_close_to_nothing_is_told_to_look_at_the_list(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", "/prank 火锅"))
    assert say("unknown_routine", lang, name="火锅") in shown, shown


def _with_names(names: str, where: str = "  - id: toast-toaster\n") -> str:
    """The shipped corpus with `names` as the also_called of the routine `where` opens."""
    text = JOKES.read_text(encoding="utf-8")
    head, routine = text.split(where, 1)
    title_line, rest = routine.split("\n", 1)
    if rest.startswith("    also_called:"):  # its own names, if it has some
        rest = rest.split("\n", 1)[1]
    return f"{head}{where}{title_line}\n    also_called: {names}\n{rest}"


def test_the_checker_refuses_a_name_of_two_routines_or_an_empty_one() -> None:
    """`bot check` says FILE:LINE of each: a name another routine has (生肖, the zodiac's),
    another routine's title (Ten knives) or id, or an empty one."""
    text = _with_names("{zh: [生肖, '!'], en: [Ten Knives, tenknives]}")
    line = 1 + text.split("  - id: toast-toaster\n")[0].count("\n") + 2
    with pytest.raises(CorpusError) as refused:
        parse_corpus(text, "jokes.yaml")
    said = str(refused.value)
    assert f"jokes.yaml:{line}: routine 'toast-toaster': 'also_called' has an empty name" in said
    # said where it is written again (the zodiac's, later in the file), naming the first
    assert f"name '生肖' is a name of routine 'toast-toaster' too (line {line})" in said
    assert "'Ten Knives' is the id or a title of routine 'ten-knives'" in said
    assert "'tenknives' is the id or a title of routine 'ten-knives'" in said


def test_the_shipped_names_pass_the_checker() -> None:
    corpus = parse_corpus(JOKES.read_text(encoding="utf-8"), "jokes.yaml")
    assert "生肖" in corpus.routines["zodiac-belong"].also_called

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
