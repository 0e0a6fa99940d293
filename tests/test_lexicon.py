"""The lexicon file (content/lexicon.yaml): given to the library as data, checked like the
corpus, each kind of mistake named by its line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import (
    DEFAULT_LEXICON,
    CorpusError,
    load_corpus,
    load_lexicon,
    parse_corpus,
    parse_lexicon,
)
from understanding.lexicon import Lexicon, LexiconError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

SMALL = textwrap.dedent(
    """\
    intents:
      yes:
        label: {zh: 是的, en: "yes"}
        zh: [是, 对]
        en: [yes, yep]
      no:
        label: {zh: 不, en: "no"}
        zh: [不, 没有]
        en: [no, nope]
      dont_know:
        label: {zh: 不知道, en: "I don't know"}
        zh: [不知道]
        en: [idk]
      why:
        label: {zh: 为什么, en: why}
        zh: [为什么]
        en: [why]
      refuse:
        label: {zh: 不玩, en: no thanks}
        zh: [不玩]
        en: [no thanks]
    stand_ins:
      no: {for: refuse}
    cantonese:
      唔: 不
    emoji:
      "🏃": [跑, run]
    particles_zh: "呀啊"
    number_words_en: {dozen: 12}
    """
)


def broken(old: str, new: str) -> CorpusError:
    assert old in SMALL, old
    with pytest.raises(CorpusError) as caught:
        parse_lexicon(SMALL.replace(old, new, 1), "lexicon.yaml")
    return caught.value


def test_the_small_sample_and_the_shipped_lexicon_load() -> None:
    small = parse_lexicon(SMALL)
    assert set(small.intents) == {"yes", "no", "dont_know", "why", "refuse"}
    assert small.stand_ins == {"no": (("refuse", None),)}
    assert small.number_words_en == {"dozen": "12"}
    shipped = load_lexicon(DEFAULT_LEXICON)
    assert shipped is load_lexicon(DEFAULT_LEXICON)  # read once, compiled once
    assert {"yes", "no", "dont_know", "refuse", "insult", "trick", "why"} <= set(shipped.intents)


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("    zh: [是, 对]", "    zh: [是, 是]", 4, "duplicate entry '是'"),
        ("    zh: [是, 对]", "    zh: [是, '']", 4, "empty entry"),
        ("    zh: [是, 对]", "    zh: [是, [对]]", 4, "must be text"),
        ("    zh: [是, 对]", "    zh: 是", 4, "must be a list"),
        ("    zh: [是, 对]", "    zh: []", 4, "has no zh words"),
        ("    zh: [是, 对]", "    zh: [是]\n    zhh: [对]", 5, "unknown key 'zhh'"),
        ("  no: {for: refuse}", "  nope: {for: refuse}", 23, "unknown intent 'nope'"),
        ("  no: {for: refuse}", "  no: {for: nah}", 23, "unknown intent 'nah'"),
        ("  no: {for: refuse}", "  no: refuse", 23, "a stand-in is"),
        ("  唔: 不", "  唔: 不\n  唔: 没", 26, "duplicate key '唔'"),
        ('particles_zh: "呀啊"', 'particles_zh: "呀呀"', 28, "duplicate character '呀'"),
        ('particles_zh: "呀啊"', "particles_zh: [呀, 啊]", 28, "must be a string of characters"),
        ("number_words_en: {dozen: 12}", "number_words_en: {dozen: twelve}", 29, "number"),
        ("emoji:", "emojis:", 26, "unknown list 'emojis'"),
        ("  why:\n", "  whyy:\n", 2, "intent 'why' is missing"),
        ("  yes:\n", "  yes: &a\n", 2, "YAML anchor &a is not allowed"),
        # compared folded, a said-alone word no intent's word folds like can never match
        ("emoji:", "said_alone: [nope, 沒有, nah]\nemoji:", 26, "'nah' folds to 'nah', no"),
        ("emoji:", "said_closing: [是的]\nemoji:", 26, "'是的' folds to '是的', no"),
    ],
)
def test_each_problem_names_file_line_and_what_is_wrong(
    old: str, new: str, line: int, words: str
) -> None:
    error = broken(old, new)
    found = [p for p in error.problems if words in p.message]
    assert found, str(error)
    assert found[0].line == line, str(error)
    assert f"lexicon.yaml:{line}: " in str(error)


def test_the_library_builds_a_lexicon_from_any_mapping_and_says_where_it_is_wrong() -> None:
    with pytest.raises(LexiconError) as caught:
        Lexicon.from_mapping({"intents": {"yes": {"label": "x", "zh": [1.5, True], "en": []}}})
    messages = [(where, message) for where, message in caught.value.problems]
    assert (("intents", "yes", "zh", 1), "an entry must be text, not bool") in messages
    assert any(m.startswith("a label is") for _, m in messages)
    assert any("'no' is missing" in m for _, m in messages)


def test_a_corpus_uses_the_lexicon_beside_it(tmp_path: Path) -> None:
    corpus = tmp_path / "jokes.yaml"
    corpus.write_text(DEFAULT_CONTENT.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_corpus(corpus).lexicon is load_lexicon(DEFAULT_LEXICON)  # none beside it
    mine = SMALL.replace("en: [yes, yep]", "en: [yes, yep, yarp]")
    (tmp_path / "lexicon.yaml").write_text(mine, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(corpus)  # the corpus names intents this small lexicon lacks
    assert "unknown intent 'insult'" in str(caught.value)
    text = "routines:\n  - id: water\n    title: {zh: 水, en: Water}\n    states:\n"
    text += "      ask:\n        say: {zh: 喜欢吗？, en: Like it?}\n        answers:\n"
    text += "          - {id: yes, intent: yes, reply: {zh: 好, en: Good}}\n"
    text += "        otherwise: {reveal: {zh: 哦, en: Oh}}\n"
    corpus.write_text(text, encoding="utf-8")
    state = load_corpus(corpus).routines["water"].states["ask"]
    assert state.understand("yarp").branch_id == "yes"
    shipped = parse_corpus(text).routines["water"].states["ask"]
    assert shipped.understand("yarp").branch_id is None


def test_a_word_said_alone_is_compared_folded() -> None:
    # written 沒有 where the no intent says 没有: the rule still finds it (rule "said alone")
    lexicon = parse_lexicon(SMALL + "said_alone: [沒有, nope]\nsaid_alone_tones: [la]\n")
    text = "routines:\n  - id: water\n    title: {zh: 水, en: Water}\n    states:\n"
    text += "      ask:\n        say: {zh: 有钱吗？, en: Any money?}\n"
    text += "        intents: {refuse: otherwise}\n        answers:\n"
    text += "          - {id: no, intent: no, reply: {zh: 好, en: Good}}\n"
    text += "        otherwise: {reveal: {zh: 哦, en: Oh}}\n"
    state = parse_corpus(text, lexicon=lexicon).routines["water"].states["ask"]
    assert state.understand("沒有").branch_id == "no"
    assert state.understand("我没有钱").branch_id is None
    assert state.understand("nope la").branch_id == "no"  # a tone word of said_alone_tones
    assert state.understand("la nope").branch_id == "no"
    assert state.understand("nope lol").branch_id is None  # lol: no filler of this lexicon


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
        check=False,
    )


@pytest.mark.slow
def test_check_command_checks_the_lexicon(tmp_path: Path) -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert "lexicon.yaml: OK: " in result.stdout
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(SMALL.replace("  no: {for: refuse}", "  no: {for: nah}"), "utf-8")
    result = run_cli("check", str(lexicon))
    assert result.returncode == 1
    assert f"{lexicon}:23: " in result.stderr and "unknown intent 'nah'" in result.stderr
    corpus = tmp_path / "jokes.yaml"
    corpus.write_text(DEFAULT_CONTENT.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("check", str(corpus))  # a corpus is checked with the lexicon beside it
    assert result.returncode == 1 and f"{lexicon}:23: " in result.stderr


ROUTED = textwrap.dedent(
    """\
    routines:
      - id: fridge
        title: {zh: 冰箱, en: Fridge}
        states:
          ask:
            say: {zh: 大象装进冰箱要几步？, en: How many steps?}
            intents: {no: impossible, refuse: otherwise}
            answers:
              - id: three
                number: 3
                reply: {zh: 对。, en: Right.}
              - id: impossible
                match: {zh: [装不下], en: [it wont fit]}
                reply: {zh: 装得下。, en: It fits.}
              - id: dont_know
                intent: dont_know
                outcome: called_off
                reply: {zh: 三步。, en: Three.}
            otherwise:
              reveal: {zh: 三步。, en: Three.}
    """
)


def test_a_state_may_send_an_intent_to_one_of_its_answers() -> None:
    state = parse_corpus(ROUTED).routines["fridge"].states["ask"]
    assert state.understand("nope").branch_id == "impossible"  # no → impossible, by `intents`
    assert state.understand("不行").branch_id == "impossible"
    plain = parse_corpus(ROUTED.replace("{no: impossible, refuse: otherwise}", "{}"))
    assert plain.routines["fridge"].states["ask"].understand("nope").branch_id is None
    hushed = parse_corpus(
        ROUTED.replace("{no: impossible, refuse: otherwise}", "{dont_know: otherwise}")
    )
    assert hushed.routines["fridge"].states["ask"].understand("idk").branch_id is None


@pytest.mark.parametrize(
    ("new", "words"),
    [
        ("{nah: impossible, refuse: otherwise}", "'intents' names unknown intent 'nah'"),
        (
            "{no: possible, refuse: otherwise}",
            "'intents' sends no to 'possible', which is no answer of this state",
        ),
        ("[no, impossible]", "'intents' maps an intent to an answer id or otherwise"),
    ],
)
def test_a_bad_intent_route_names_its_line(new: str, words: str) -> None:
    with pytest.raises(CorpusError) as caught:
        parse_corpus(ROUTED.replace("{no: impossible, refuse: otherwise}", new), "jokes.yaml")
    assert f"jokes.yaml:7: routine 'fridge', state 'ask': {words}" in str(caught.value)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("number: 3\n", "number: 3\n            unit: fortnights\n", "unknown unit 'fortnights'"),
        ("match: {zh: [装不下]", "unit: minutes\n            match: {zh: [装不下]", "'unit' needs"),
    ],
)
def test_a_bad_unit_names_its_line(old: str, new: str, words: str) -> None:
    with pytest.raises(CorpusError) as caught:
        parse_corpus(ROUTED.replace(old, new, 1), "jokes.yaml")
    assert words in str(caught.value) and "jokes.yaml:1" in str(caught.value)


def test_a_unit_makes_a_number_branch_compare_durations() -> None:
    timed = ROUTED.replace("number: 3\n", "number: 3\n            unit: minutes\n", 1)
    state = parse_corpus(timed).routines["fridge"].states["ask"]
    assert state.understand("180 seconds").branch_id == "three"
    assert state.understand("3").branch_id == "three"
