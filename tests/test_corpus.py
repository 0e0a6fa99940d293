"""The corpus loader: the shipped corpus is complete, and each kind of mistake names its line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, CorpusError, load_corpus, parse_corpus
from tests.support.conversation import handled

VALID = textwrap.dedent(
    """\
    routines:
      - id: knives
        title: {zh: 刀, en: Knives}
        states:
          ask:
            say: {zh: 还剩几把？, en: How many are left?}
            answers:
              - match: {zh: [爸爸], en: [daddy]}
                reply: {zh: 儿子。, en: Son.}
              - match: [再来]
                goto: again
            otherwise:
              hint: {zh: 再算算？, en: Count again?}
              reveal: {zh: 八把。, en: Eight.}
          again:
            say: {zh: 好吗？, en: OK?}
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


def test_a_phrase_holding_a_number_makes_a_number_answer() -> None:
    corpus = parse_corpus(VALID.replace("[爸爸], en: [daddy]}", "[八把], en: [eight]}"))
    state = corpus.routines["knives"].states["ask"]
    assert state.answers[0].number == "8"
    assert state.recognise("还剩8把") is state.answers[0]
    assert state.recognise("十八把") is None


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("  - id: one", "  - id: knives", 20, "duplicate id 'knives'"),
        ("goto: again", "goto: agian", 11, "unknown state 'agian'"),
        ("          - match: [再来]\n            goto: again\n", "", 13, "unreachable"),
        ("say: {zh: 好吗？, en: OK?}", "say: {zh: 好吗？}", 16, "missing language 'en'"),
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
            "          - match: {zh: [爸爸], en: [daddy]}",
            "          - reply: {zh: 1, en: 2}",
            8,
            "needs 'match', 'intent', 'number' or 'regex'",
        ),
        # answer understanding
        ("          - match: [再来]", "          - intent: maybe", 10, "unknown intent 'maybe'"),
        (
            "          - match: [再来]",
            "          - intent: [yes, nah]",
            10,
            "known intents: yes, no",
        ),
        ("          - match: [再来]", "          - number: lots", 10, "bad number 'lots'"),
        ("          - match: [再来]", "          - number: -3", 10, "bad number -3"),
        ("          - match: [再来]", "          - number: true", 10, "bad number True"),
        ("[爸爸], en: [daddy]}", "[十把, 八把], en: [daddy]}", 8, "'十把' (10), '八把' (8)"),
        ("[爸爸], en: [daddy]}", "[八把], en: [daddy]}", 8, "add 'number: 8'"),
        ("[爸爸], en: [daddy]}", "[八把], en: [daddy]}\n            number: 2", 8, "answer's (2)"),
        ("          - match: [再来]", "          - match: [爸爸]", 10, "can never match"),
        ("          - match: [再来]", "          - match: [再来, 爸爸 你是我]", 10, "spans two"),
        ("          - match: [再来]", "          - match: ['再来，再来']", 10, "spans two"),
        (
            "          - match: [再来]",
            "          - number: 8\n            reply: {zh: 对, en: Yes}\n          - match: [再来, 八把]"
            "\n            number: 8",
            12,
            "answer 'answer-3' matches the number 8 (through its phrases 八把), which answer"
            " 'answer-2' already takes",
        ),
        ("          - match: [再来]", "          - match: [Daddy!]", 10, "can never match"),
        # two answers going on alike (the same next question, no reply): one answer
        (
            "          - match: [再来]\n            goto: again\n",
            "          - match: [再来]\n            goto: again\n          - intent: yes\n"
            "            goto: again\n",
            12,
            "answer 'answer-3' goes on exactly as 'answer-2' does (to 'again', saying nothing)",
        ),
        # shadowed by an earlier answer's intent: the same intent, or one of its words
        (
            "          - match: [再来]",
            "          - intent: yes\n            reply: {zh: 对, en: Yes}\n          - intent: yes",
            12,
            "answer 'answer-3' can never match: every phrase, intent and number it has belongs"
            " to an earlier answer (answer-2)",
        ),
        (
            "          - match: [再来]",
            "          - intent: yes\n            reply: {zh: 对, en: Yes}\n          - match: [没错, 爸爸]",
            12,
            "answer 'answer-3' can never match: every phrase, intent and number it has belongs"
            " to an earlier answer (answer-1, answer-2)",
        ),
        (
            "          - match: [再来]",
            "          - id: answer-1\n            match: [再来]",
            10,
            "duplicate answer id 'answer-1'",
        ),
        (
            "          - match: [再来]",
            "          - id: Bad Id\n            match: [再来]",
            10,
            "a-z",
        ),
        ("en: How many are left?}", "en: How many are left？}", 6, "full-width punctuation ？"),
        ("en: Son.}", "en: “Son.”}", 9, "full-width punctuation “ ”"),
        ("en: How many are left?}", "en: How many are left.}", 6, "does not end in a question"),
        ("{zh: 还剩几把？,", "{zh: 还剩几把。,", 6, "('zh') does not end in a question"),
        ("hint: {zh: 再算算？", "hint: {zh: 再算算。", 13, "'hint' ('zh') does not end in a"),
        ("say: {zh: 好吗？, en: OK?}", "say: {zh: 好吗？, en: OK.}", 16, "does not end in a"),
        ("    title:", "    plays: [zh, fr]\n    title:", 3, "'plays' must list languages"),
    ],
)
def test_each_problem_names_file_line_and_what_is_wrong(
    old: str, new: str, line: int, words: str
) -> None:
    error = broken(old, new)
    assert any(p.line == line and words in p.message for p in error.problems), str(error)
    assert f"jokes.yaml:{line}: " in str(error)


def test_an_english_only_routine_needs_no_chinese_and_a_text_may_carry_zh_hant() -> None:
    english = textwrap.dedent(
        """\
        routines:
          - id: only-en
            plays: [en]
            title: {en: Only English}
            states:
              ask:
                say: {en: Ready?}
                answers:
                  - {id: ok, intent: "yes", reply: {en: Good.}}
                otherwise:
                  reveal: {en: Bye.}
          - id: both
            title: {zh: 两种, en: Both}
            states:
              ask:
                say: {zh: 准备好了吗？, zh-hant: 準備好了嗎？, en: Ready?}
                answers:
                  - {number: 8, reply: {zh: 好。, en: Good.}}
                otherwise:
                  reveal: {zh: 再见。, en: Bye.}
        jokes:
          - {id: one, zh: 一句。, en: One line., zh-hant: 一句。}
        """
    )
    corpus = parse_corpus(english)
    only = corpus.routines["only-en"]
    assert only.plays == ("en",) and only.plays_in("en") and not only.plays_in("zh-hant")
    assert corpus.playable("zh") == ["both"] and corpus.playable("en") == ["both", "only-en"]
    assert only.states["ask"].recognise("yep") is only.states["ask"].answers[0]
    both = corpus.routines["both"].states["ask"]
    assert both.say.in_("zh-hant") == "準備好了嗎？" and both.answers[0].id == "answer-1"
    assert both.answers[0].label is not None and both.answers[0].label.in_("en") == "8"
    assert only.states["ask"].answers[0].label.in_("zh") == "是的"
    with pytest.raises(CorpusError) as caught:
        parse_corpus(english.replace("say: {en: Ready?}", "say: {zh: 好吗？}"), "en.yaml")
    assert any(p.line == 7 and "missing language 'en'" in p.message for p in caught.value.problems)


def test_all_problems_are_reported_at_once() -> None:
    text = VALID.replace("goto: again", "goto: nowhere").replace("title:", "titel:")
    with pytest.raises(CorpusError) as caught:
        parse_corpus(text, "jokes.yaml")
    assert len(caught.value.problems) >= 3  # bad goto, unknown key, and 'again' now unreachable


def test_every_duplicate_key_is_named_with_its_line_at_any_depth() -> None:
    # in a flow mapping, in one beside a key that is no string (built the long way), in a list's
    # mapping and in a state; each under the key that comes again
    text = (
        VALID.replace("title: {zh: 刀, en: Knives}", "title: {zh: 刀, en: Knives, en: K}")
        .replace("say: {zh: 还剩几把？, en:", "say: {zh: 还剩几把？, zh: 几把？, 1: x, en:")
        .replace(
            "reply: {zh: 儿子。, en: Son.}", "reply: {zh: 儿子。, en: Son.}\n            reply: {}"
        )
        .replace("      again:\n", "      again:\n        say: {}\n")
    )
    with pytest.raises(CorpusError) as caught:
        parse_corpus(text, "jokes.yaml")
    duplicates = [line for line in str(caught.value).splitlines() if "duplicate key" in line]
    assert duplicates == [
        "jokes.yaml:3: duplicate key 'en'",
        "jokes.yaml:6: duplicate key 'zh'",
        "jokes.yaml:10: duplicate key 'reply'",
        "jokes.yaml:18: duplicate key 'say'",
    ]


def test_yaml_tags_cannot_construct_objects() -> None:
    with pytest.raises(CorpusError, match="not valid YAML"):
        parse_corpus("routines: !!python/object/apply:os.system ['true']", "evil.yaml")


def test_missing_file_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="cannot read"):
        load_corpus(tmp_path / "nope.yaml")


def test_shipped_corpus_holds_the_whole_source(corpus: Corpus) -> None:
    # the source's 10, 22 English-native and 20 Chinese, then 11 English-native and 10 Chinese
    assert len(corpus.routines) == 73
    # The source's items are every one with a translated English (plays in Chinese only).
    assert sum(bool(i.text.zh and i.text.en) for i in corpus.jokes.values()) == 20
    assert sum(bool(i.text.zh and i.text.en) for i in corpus.stories.values()) == 10
    multi_exchange = [
        r
        for r in corpus.routines.values()
        if len(r.states) > 1 or any(s.tries for s in r.states.values())
    ]
    assert len(multi_exchange) >= 2
    assert any(len(r.states) > 1 for r in corpus.routines.values())


def test_at_least_forty_routines_play_in_each_language(corpus: Corpus) -> None:
    assert len(corpus.playable("zh")) >= 40
    assert len(corpus.playable("en")) >= 40
    assert "(40 in zh, 41 in en)" in corpus.summary()


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


@pytest.mark.slow
def test_check_command_summarises_a_good_corpus() -> None:
    result = run_cli("check", str(DEFAULT_CONTENT))
    assert result.returncode == 0, result.stderr
    assert "73 routines (40 in zh, 41 in en), " in result.stdout
    assert "78 one-liners, 33 dialogues" in result.stdout
    assert "dealt in en: 38 one-liners, 14 dialogues (52 English-native); skipped: 12" in (
        result.stdout
    )


@pytest.mark.slow
def test_check_command_names_line_of_a_broken_corpus(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(VALID.replace("goto: again", "goto: agian"), encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert f"{path}:11: " in result.stderr and "agian" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_output_piped_to_a_reader_that_stops_early_ends_without_a_traceback() -> None:
    """`bot eval -v | head -1`: the reader goes away after one line; the rest has nowhere to
    go, and the command ends as a shell command does, with no BrokenPipeError traceback."""
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "eval", "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()  # the reader stops, as head does
        errors = process.stderr.read()
        process.wait(timeout=120)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors


@pytest.mark.slow
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


def test_a_random_prank_picks_a_routine_played_in_the_chat_language() -> None:
    import random

    from bot.conversation.answering import Incoming
    from bot.conversation.engine import Engine
    from bot.conversation.state import ChatState, Person

    two = textwrap.dedent(
        """\
        routines:
          - id: zh-only
            plays: [zh]
            title: {zh: 中文}
            states:
              ask:
                say: {zh: 好吗？}
                otherwise:
                  reveal: {zh: 好。}
          - id: en-only
            plays: [en]
            title: {en: English}
            states:
              ask:
                say: {en: Ready?}
                otherwise:
                  reveal: {en: Bye.}
        """
    )
    engine = Engine(parse_corpus(two), random.Random(3))
    for lang, said in (("en", "Ready?"), ("zh-hans", "好吗？"), ("zh-hant", "好嗎？")):
        for _ in range(5):
            person = Person(1, "Mei", None, lang)
            outcome = handled(engine, ChatState(), Incoming(person, "/prank", 1.0))
            assert outcome.replies[0].text == said


def test_yaml_anchors_and_aliases_are_refused_with_their_lines_before_expanding() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    with pytest.raises(CorpusError) as refused:
        parse_corpus(bomb, "bomb.yaml")
    assert "bomb.yaml:1: YAML anchor &a is not allowed" in str(refused.value)
    assert "bomb.yaml:2: YAML alias *a is not allowed" in str(refused.value)
    with pytest.raises(CorpusError, match=r"self\.yaml:1: YAML anchor &s"):
        parse_corpus("routines: &s [*s]\n", "self.yaml")


def test_the_shipped_files_parse_without_libyaml_too() -> None:
    """A machine whose PyYAML has no C loader reads the files with the pure-Python one, which
    is stricter (a `?` inside a flow list is a key there): both must read them."""
    for name in ("jokes.yaml", "lexicon.yaml"):
        text = (DEFAULT_CONTENT.parent / name).read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader)


def test_a_routine_whose_pun_is_lost_in_a_language_is_not_dealt_there(corpus: Corpus) -> None:
    """lost-deer's 麋鹿/迷路 is a Mandarin sound-alike: a Hong Kong chat is not dealt it."""
    assert "lost-deer" in corpus.playable("zh") and "lost-deer" in corpus.playable("zh-hant")
    assert "lost-deer" not in corpus.playable("zh-hk")
    text = (
        "routines:\n  - id: pun\n    title: {zh: 谐音, en: Pun}\n    not_dealt_in: [klingon]\n"
        "    states:\n      ask:\n        say: {zh: 猜？, en: Guess?}\n"
        "        otherwise:\n          reveal: {zh: 是。, en: It is.}\n"
    )
    with pytest.raises(CorpusError, match=r":4: routine 'pun': 'not_dealt_in' must list"):
        parse_corpus(text)


def test_what_each_language_is_dealt_is_compiled_once_and_handed_out_as_a_copy(
    corpus: Corpus,
) -> None:
    dealt = corpus.playable("zh")
    dealt.append("not-a-routine")
    assert corpus.playable("zh") == sorted(
        rid for rid, r in corpus.routines.items() if r.plays_in("zh")
    )
    assert corpus.playable("zh-hk") == list(corpus.dealt_routines["zh-hk"])


def test_the_jokes_and_dialogues_each_language_is_dealt_are_compiled_and_handed_out_as_a_copy(
    corpus: Corpus,
) -> None:
    for items, compiled in (
        (corpus.jokes, corpus.dealt_jokes),
        (corpus.stories, corpus.dealt_stories),
    ):
        for lang in ("zh", "zh-hant", "zh-hk", "en"):
            wanted = sorted(iid for iid, item in items.items() if item.dealt_in(lang))
            assert corpus.dealt(items, lang) == list(compiled[lang]) == wanted
    skipped = [iid for iid, item in corpus.jokes.items() if item.skip is not None]
    english_only = [iid for iid, item in corpus.jokes.items() if item.plays == ("en",)]
    assert skipped and not set(skipped) & set(corpus.dealt(corpus.jokes, "zh"))
    dealt = corpus.dealt(corpus.jokes, "en")
    dealt.append("not-a-joke")
    assert "not-a-joke" not in corpus.dealt(corpus.jokes, "en")
    # Items that are not the corpus's own (a part of them, say) are dealt as they stand.
    some = {iid: corpus.jokes[iid] for iid in [*skipped, *english_only][:3]}
    assert corpus.dealt(some, "en") == sorted(iid for iid in some if some[iid].dealt_in("en"))
