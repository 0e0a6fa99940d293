"""A corpus file is read by yaml-rs where the two readers cannot differ, else by PyYAML
(bot/content/corpus.py, `_fast_data`): the data is PyYAML's either way, and a problem is told
with its line as parse_corpus tells it."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import (
    _DECLINED,
    CorpusError,
    _compose,
    _fast_data,
    load_corpus,
    parse_corpus,
)

SAMPLE = textwrap.dedent(
    """\
    routines:
      - id: knives
        title: {zh: 刀, en: Knives}
        timeout: 60
        states:
          ask:
            say: {zh: 还剩几把？, en: How many are left?}
            answers:
              - number: 8
                reply: {zh: 对。, en: Right.}
                saw_through: true
              - match: {zh: [爸爸], en: [daddy]}
                reply: {zh: 儿子。, en: Son.}
            otherwise:
              tries: 1
              hint: {zh: 再算算？, en: Count again?}
              reveal: {zh: 八把。, en: Eight.}
    jokes:
      - id: one
        zh: 一句。
        en: One line.
    """
)

# Words YAML 1.1 (PyYAML) and 1.2 (yaml-rs) read differently, or that only one reader takes.
DIFFERING = [
    *("012", "08", "0o12", "0x1F", "0b101", "1_000", "_1", "+0x1F", "-012"),
    *("1e3", "1.5e3", "1.0e+3", "-.5", "+.5", ".5", ".iNf", "-.Inf", ".NaN", ".nAn"),
    *("10:30", "1:20", "1:20.5", "12:30:00", "2001-12-14", "2001-1-1 10:00:00"),
    *("yes", "No", "on", "off", "y", "tRue", "nULL", "~", "<<", "=", "!", "!foo x", "!!int '3'"),
    *("!!str 3", "&a x", "*a", "x\ty", "a\u2028b", "a\x85b", "a\x07b", "\ufeffx", "%YAML 1.1"),
    *("'8'", '"8"', "''", '"1e3"', "'10:30'", '"2001-12-14"', '"a":1', "{'a':012}", "? [a]"),
]
# Documents only one reader takes, or each reads otherwise.
DOCUMENTS = [
    *("a: 1\n---\nb: 2\n", "- a\n--- \n- b\n", "--- a\n--- b\n", "a: 1\n...\nb: 2\n", "", "# c\n"),
    *("k" * 1100 + ": a\n", "a: '" + "k" * 1100 + "'\n", '{"a":1}\n', '["a":012]\n', "x\n"),
    *("a: 1\na: 2\n", "a:\n  b: 1\n  b: 2\n", "a: *x\n", "a: [x\n", "\ta: 1\n", "a: 1\r\nb: 2\r\n"),
    # found by the fuzzing below: libyaml refuses them, or reads them otherwise
    *("{k0:9:01:}\n", "a: {b\n  c: d}\n", "a: [>x]\n", "a: [|x]\n", "a: {>: 1}\n", "a: |\n"),
    *("a: >\n\n\n", "[9:01:?~? x9:01:a]\n", "a: [aa:b!: :a\na#b]\n", "{:?a}\n", "a: {?a'q'}\n"),
    *("a: [b,\n  c:]\n", "a: {b: c,\n  d:}\n", "a: [b,\n  c:, d]\n", "[a|\n  t\n\n:?]\n"),
]
SHAPES = [
    *("a: {}\n", "a: [x, {}]\n", "- {}\n", "{}: a\n", "a: {{b: {}}}\n", "a:\n  - {}\n  - 8\n"),
    *("{{'a':{}}}\n", '["a":{}]\n', "{{a:{}}}\n", "a: [x,{}]\n", "a: x {}\n", "a: '{}'\n"),
]


def pyyaml_data(text: str) -> Any:
    """What PyYAML reads, or the problem it finds."""
    try:
        return _compose(text, "x.yaml")[1]
    except CorpusError as error:
        return str(error)


def read_alike(text: str) -> bool:
    fast = _fast_data(text)
    return fast is _DECLINED or fast == pyyaml_data(text)


def test_the_shipped_corpus_is_read_by_yaml_rs_as_pyyaml_reads_it() -> None:
    text = DEFAULT_CONTENT.read_text(encoding="utf-8")
    fast = _fast_data(text)
    assert fast is not _DECLINED
    assert fast == pyyaml_data(text)


def test_the_shipped_lexicon_is_read_as_pyyaml_reads_it() -> None:
    """Read by PyYAML (load_lexicon); its keys with spaces would be left to PyYAML anyway."""
    assert read_alike((DEFAULT_CONTENT.parent / "lexicon.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("word", DIFFERING)
def test_a_word_the_readers_may_read_differently_is_read_as_pyyaml_reads_it(word: str) -> None:
    for shape in SHAPES:
        text = shape.format(word)
        assert read_alike(text), text


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_document_the_readers_may_read_differently_is_read_as_pyyaml_reads_it(text: str) -> None:
    assert read_alike(text)


def test_a_yaml_1_1_number_is_left_to_pyyaml() -> None:
    assert _fast_data("a: 8\nb: 1.5\nc: true\nd:\n") == {"a": 8, "b": 1.5, "c": True, "d": None}
    for word in ("012", "0o12", "1e3", "1_000", "-.5", ".Inf"):
        assert _fast_data(f"a: {word}\n") is _DECLINED, word


WORDS = st.sampled_from(
    [
        *DIFFERING,
        *("8", "-8", "1.5", "000", "true", "null", "x", "两把", "x y", "'x: y'", "[]", "{}"),
        *("{'b':012}", '{"b":-.5}', "x:012", "9:01:", "'a'", "k0", "{b: !x}", "[1,012]", "# 1e3"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, WORDS, st.sampled_from(SHAPES)), min_size=1, max_size=4))
def test_any_mix_of_such_words_is_read_as_pyyaml_reads_it(
    entries: list[tuple[str, str, str]],
) -> None:
    text = "".join(
        shape.format(word).replace("a", f"k{position}", 1).replace("b", other, 1)
        for position, (word, other, shape) in enumerate(entries)
    )
    assert read_alike(text), text


def test_the_sample_is_read_by_yaml_rs() -> None:
    assert _fast_data(SAMPLE) == pyyaml_data(SAMPLE)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("timeout: 60", "timeout: -1"),
        ("number: 8", "number: 8\n            unit: knives"),
        ("saw_through: true", "saw_through: 'true'"),
        ("  - id: one", "  - id: One"),
        ("      ask:\n        say: {zh: 还剩几把？, en: How many are left?}\n", "      ask:\n"),
        ("tries: 1", "tries: 1\n          colour: red"),
    ],
)
def test_a_problem_in_a_file_read_by_yaml_rs_is_told_with_its_line(
    tmp_path: Path, old: str, new: str
) -> None:
    assert old in SAMPLE, old
    text = SAMPLE.replace(old, new, 1)
    assert _fast_data(text) is not _DECLINED  # the checker finds the problem in yaml-rs's data
    path = tmp_path / "jokes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as from_file:
        load_corpus(path)
    with pytest.raises(CorpusError) as from_text:
        parse_corpus(text, str(path))
    assert str(from_file.value) == str(from_text.value)
    assert f"{path}:" in str(from_file.value)


# Pieces of YAML, joined at random: what the two readers may read differently comes up.
PIECES = [
    *(":", "a:", ":a", "-", "-a", "?", "?a", "a#b", "a #b", "[a", "a]", "{", "}", "a:}", "'", '"'),
    *("@", "`", "|", ">", "a: b", "- a", "x", "8", "012", "1e3", "k:", ",", "[", "]", "{}", "[]"),
    *("'q'", '"q"', "a:b", "9:01:", "  ", "\n", "\n  ", "\n- ", "\n  - ", ": ", "? ", "#c", "~"),
    *("true", "null", "1.5", "-.5", "'8'", "x y", "两", "|\n  t", ">-\n  t", "\\", "'a''b'", "*"),
    *("&", "!", "%", "|\n  t\n\n", ">\n  a\n   b\n", "|-\n", "|+\n", ">2\n   x", "\n#c\n", " #c"),
    *('"x\n y"', "'x\n\n y'", '"\\x41"', '"\\u00e9"', '"\\/"', '"\\N"', '"\\q"', "a:\n  b: c\n"),
    *("- - a\n", "? a\n: b\n", "..", "--", "a:b:c", "http://x", "'a:b'", "{a: [b, {c: d}]}"),
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.booleans())
def test_pieces_of_yaml_joined_at_random_are_read_as_pyyaml_reads_them(
    pieces: list[str], under_a_key: bool
) -> None:
    text = ("a: " if under_a_key else "") + "".join(pieces) + "\n"
    assert read_alike(text), text
