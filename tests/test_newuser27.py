"""Round twenty-seven's new-user fixes (newuser27): what a new user met playing the console.

Each pins a behaviour with real answers through the real corpus and the console playground
(the real core, SQLite in memory); no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from tests.support.playground import played

# -- 1. /prank by the word a new user calls a routine ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        ("en", "chicken", "rooster-roof-egg"),  # found nothing
        ("en", "hen", "rooster-roof-egg"),
        ("en", "math", "divide-by-half"),  # read as a typo of "match": the dark cabin
        ("en", "maths", "divide-by-half"),
        ("en", "dictionary", "gullible-ceiling"),  # found nothing
        ("zh", "嫦娥", "houyi-moon"),  # found nothing
        ("zh", "土味情话", "favourite-god"),  # offered 翻译一句话
        ("zh-hant", "土味情話", "favourite-god"),
        ("zh-hk", "土味情話", "favourite-god"),
        ("zh", "算术", "nine-by-three"),  # offered 变个魔术
    ],
)
def test_a_routine_is_found_by_the_word_a_new_user_calls_it(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    found = corpus.routines[routine]
    assert found.states[found.start].say.in_(lang) in shown, shown


# -- 2. /prank naming the routine whose question waits: asked again, not called off -----------


@pytest.mark.parametrize(
    ("lang", "first", "again", "routine"),
    [
        ("zh", "属相", "生肖", "zodiac-belong"),  # two names of one routine
        ("zh-hant", "血型", "血型", "blood-type"),
        ("zh-hk", "血型", "血型", "blood-type"),
        ("en", "moses", "moses-ark", "moses-ark"),
    ],
)
def test_a_prank_named_again_while_it_waits_is_asked_again(
    corpus: Corpus, tmp_path: Path, lang: str, first: str, again: str, routine: str
) -> None:
    """newuser27: the same question came back under "(That leaves the last one unanswered.
    New one:)", as if it were another; it is still open, and said so."""
    shown = "\n".join(
        played(corpus, tmp_path, f"/lang {lang}", f"/prank {first}", f"/prank {again}")
    )
    assert say("same_one_waiting", lang) in shown, shown
    assert say("previous_dropped", lang) not in shown, shown
    question = corpus.routines[routine].states[corpus.routines[routine].start].say.in_(lang)
    assert shown.count(question) == 2, shown


def test_the_question_asked_again_is_answered_as_before(corpus: Corpus, tmp_path: Path) -> None:
    """The answer after it lands the punchline, and scores one fall, not a prank called off."""
    shown = "\n".join(
        played(corpus, tmp_path, "/lang zh", "/prank 属相", "/prank 生肖", "属狗", "/stats")
    )
    assert "你属于我" in shown, shown
    assert "自己上当：1 次" in shown, shown  # the fall, counted once


def test_a_routine_answered_partway_named_again_starts_anew(corpus: Corpus, tmp_path: Path) -> None:
    """Past its first question (the elephant in, the giraffe asked), /prank 大象 is the
    routine from the start again, as before: the first question was answered."""
    shown = "\n".join(played(corpus, tmp_path, "/lang zh", "/prank 大象", "三步", "/prank 大象"))
    assert say("previous_dropped_partway", "zh") in shown, shown
    assert say("same_one_waiting", "zh") not in shown, shown


# -- 3. /start: the commands, without the network's glossary ------------------------------------


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_the_first_hello_lists_the_commands_and_leaves_the_glossary_to_help(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """newuser27: /start ended on eight lines of epochs, learning rates and activations."""
    hello, help_ = (
        "\n".join(played(corpus, tmp_path, f"/lang {lang}", command))
        for command in ("/start", "/help")
    )
    glossary = say("lab_terms", lang).splitlines()[0]
    assert say("welcome", lang).splitlines()[0] in hello and "/prank" in hello, hello
    assert glossary not in hello and say("gate_explained", lang) not in hello, hello
    assert glossary in help_ and say("lab_origin", lang) in help_, help_
