"""newuser30: what a new user found playing the console playground.

1. /prank 老鼠 or 老师 (a mouse, a teacher) offered the English quiz,
   by the 老 of its Cantonese name 老豆 ("dad"): 老 is a prefix of nouns, no meaning of a
   name (the lexicon's name_fillers_zh). So is the suffix 子: /prank 鸭子 (a duck) or 段子 (a
   joke) offered the monkey and 小明's mother, by 猴子 and 儿子. (老虎, a sign of the zodiac, is
   the zodiac routine's name since ops30b: tests/test_ops30b.py.)

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite; no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
@pytest.mark.parametrize("name", ["老鼠", "老师"])
def test_a_noun_s_prefix_offers_no_routine(
    corpus: Corpus, tmp_path: Path, lang: str, name: str
) -> None:
    """A name sharing only 老 with 老豆 is not near the English quiz."""
    shown = played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}")
    text = "\n".join(shown)
    assert "dad-in-english" not in text, shown
    assert "/list" in text, shown  # still told where the routines are


@pytest.mark.parametrize("lang", ["zh", "zh-hk"])
def test_the_quiz_is_still_found_by_its_cantonese_name(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    shown = played(corpus, tmp_path, f"/lang {lang}", "/prank 老豆")
    text = "\n".join(shown)
    assert "爸爸" in text and ("英语" in text or "英文" in text), shown


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
@pytest.mark.parametrize("name", ["鸭子", "段子"])
def test_a_noun_s_suffix_offers_no_routine(
    corpus: Corpus, tmp_path: Path, lang: str, name: str
) -> None:
    """A name sharing only 子 with 猴子 and 儿子 is near neither routine: /list, or, for 段子
    (a joke), /joke since ops30c."""
    shown = played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}")
    text = "\n".join(shown)
    assert "monkey-name" not in text and "xiaoming-third-son" not in text, shown
    assert ("/joke" if name == "段子" else "/list") in text, shown


@pytest.mark.parametrize("lang", ["zh", "zh-hk"])
def test_the_monkey_is_still_found_by_its_name(corpus: Corpus, tmp_path: Path, lang: str) -> None:
    shown = played(corpus, tmp_path, f"/lang {lang}", "/prank 猴子王")
    assert "/prank monkey-name" in "\n".join(shown), shown  # near, by 猴
