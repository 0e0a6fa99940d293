"""The corpus loader: the shipped corpus is complete, and each kind of mistake names its line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.engine.corpus import Corpus, CorpusError, load_corpus, parse_corpus

VALID = textwrap.dedent(
    """\
    routines:
      - id: knives
        title: {zh: 刀, en: Knives}
        states:
          ask:
            say: {zh: 还剩几把？, en: How many are left?}
            answers:
              - match: {zh: [八把], en: [eight]}
                reply: {zh: 儿子。, en: Son.}
              - match: [再来]
                goto: again
            otherwise:
              hint: {zh: 再算算。, en: Count again.}
              reveal: {zh: 八把。, en: Eight.}
          again:
            say: {zh: 好。, en: OK.}
            otherwise:
              reveal: {zh: 八把。, en: Eight.}
    jokes:
      - id: one
        zh: 一句。
        en: One line.
    """
)


def broken(old: str, new: str) -> CorpusError:
    assert old in VALID, old
    with pytest.raises(CorpusError) as caught:
        parse_corpus(VALID.replace(old, new, 1), "jokes.yaml")
    return caught.value


def test_the_valid_sample_loads() -> None:
    corpus = parse_corpus(VALID)
    assert list(corpus.routines["knives"].states) == ["ask", "again"]


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("  - id: one", "  - id: knives", 20, "duplicate id 'knives'"),
        ("goto: again", "goto: agian", 11, "unknown state 'agian'"),
        ("          - match: [再来]\n            goto: again\n", "", 13, "unreachable"),
        ("say: {zh: 好。, en: OK.}", "say: {zh: 好。}", 16, "missing language 'en'"),
        ("    en: One line.", "    en: '  '", 22, "empty text for 'en'"),
        ("          - match: [再来]", "          - regex: '(再'", 10, "bad regex"),
        ("    title:", "    titel:", 3, "unknown key 'titel'"),
        ("    en: One line.", "    en: One: line.", 22, "not valid YAML"),
        (
            "        say: {zh: 还剩",
            "        say: {zh: 1}\n        say: {zh: 还剩",
            7,
            "duplicate key 'say'",
        ),
        ("            reply: {zh: 儿子。, en: Son.}\n", "", 8, "needs a 'reply', a 'goto'"),
        (
            "          - match: {zh: [八把], en: [eight]}",
            "          - reply: {zh: 1, en: 2}",
            8,
            "needs 'match' or 'regex'",
        ),
    ],
)
def test_each_problem_names_file_line_and_what_is_wrong(
    old: str, new: str, line: int, words: str
) -> None:
    error = broken(old, new)
    assert any(p.line == line and words in p.message for p in error.problems), str(error)
    assert f"jokes.yaml:{line}: " in str(error)


def test_all_problems_are_reported_at_once() -> None:
    text = VALID.replace("goto: again", "goto: nowhere").replace("title:", "titel:")
    with pytest.raises(CorpusError) as caught:
        parse_corpus(text, "jokes.yaml")
    assert len(caught.value.problems) >= 3  # bad goto, unknown key, and 'again' now unreachable


def test_yaml_tags_cannot_construct_objects() -> None:
    with pytest.raises(CorpusError, match="not valid YAML"):
        parse_corpus("routines: !!python/object/apply:os.system ['true']", "evil.yaml")


def test_missing_file_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="cannot read"):
        load_corpus(tmp_path / "nope.yaml")


def test_shipped_corpus_holds_the_whole_source(corpus: Corpus) -> None:
    assert len(corpus.routines) == 10
    assert len(corpus.jokes) == 20
    assert len(corpus.stories) == 10
    multi_exchange = [
        r
        for r in corpus.routines.values()
        if len(r.states) > 1 or any(s.tries for s in r.states.values())
    ]
    assert len(multi_exchange) >= 2
    assert any(len(r.states) > 1 for r in corpus.routines.values())


def test_item_ten_has_its_own_english(corpus: Corpus) -> None:
    nine = corpus.routines["one-and-three"].states["ask"].say.en
    ten = corpus.routines["compliment-game"].states["ask"].say.en
    assert nine != ten and "compliment" in ten


def test_restored_digits_are_in_place(corpus: Corpus) -> None:
    assert "100%" in corpus.jokes["tease-kids"].text.zh
    assert "100万" in corpus.jokes["three-goals"].text.zh


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60
    )


def test_check_command_summarises_a_good_corpus() -> None:
    result = run_cli("check", str(DEFAULT_CONTENT))
    assert result.returncode == 0, result.stderr
    assert "10 routines, 20 one-liners, 10 dialogues" in result.stdout


def test_check_command_names_line_of_a_broken_corpus(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(VALID.replace("goto: again", "goto: agian"), encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert f"{path}:11: " in result.stderr and "agian" in result.stderr
    assert "Traceback" not in result.stderr


def test_bot_refuses_to_start_on_a_broken_corpus(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("routines: [\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        capture_output=True,
        text=True,
        timeout=60,
        input="",
        env={"BOT_CONTENT": str(path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "bad.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_the_documented_example_is_a_valid_corpus() -> None:
    readme = (DEFAULT_CONTENT.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    corpus = parse_corpus(example, "content/README.md")
    assert list(corpus.routines["ten-knives"].states) == ["ask", "again"]
