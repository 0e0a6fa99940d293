"""One-liners and dialogues: each chat is dealt the items of its language (`plays:`), never a
skipped one (`skip:`), and `/joke ID` tells any; the checker refuses a bad `plays:` or an
empty `skip:` with its line; the shipped corpus has English-native and new Chinese items."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.__main__ import check
from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, CorpusError, Item, load_corpus, parse_corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from tests.support.conversation import handled
from tests.support.lines import say as line

SAM = Person(9, "Sam", "sam", "en-US")
MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")
KIT = Person(10, "Kit", "kit", "zh-HK")
CHINESE = ((MEI, "zh"), (WEN, "zh-hant"), (KIT, "zh-hk"))
KINDS = (("/joke", "jokes"), ("/story", "stories"))
# Why a reader skips a seed item: every reason opens with one of these.
REASONS = ("not a joke", "dated", "crude", "mean")


def items_of(corpus: Corpus, kind: str) -> Mapping[str, Item]:
    return corpus.jokes if kind == "jokes" else corpus.stories


def dealt_ids(
    corpus: Corpus, who: Person, lang: str, command: str, kind: str, rounds: int = 2
) -> list[str]:
    """The ids of the items a chat is dealt in `rounds` full cycles of its deck, found by
    their text in the chat's language (which must be told apart)."""
    items = items_of(corpus, kind)
    by_text: dict[str, list[str]] = {}
    for iid, item in items.items():
        by_text.setdefault(item.text.in_(lang), []).append(iid)
    engine, chat, dealt = Engine(corpus, random.Random(11)), ChatState(), []
    for _ in range(rounds * len(corpus.dealt(items, lang))):
        outcome = handled(engine, chat, Incoming(who, command, now=0.0))
        (reply,) = outcome.replies
        (iid,) = by_text[reply.text]
        dealt.append(iid)
        chat = outcome.chat
    return dealt


@pytest.mark.parametrize(("command", "kind"), KINDS)
def test_an_english_chat_is_dealt_english_native_items_only(
    corpus: Corpus, command: str, kind: str
) -> None:
    items = items_of(corpus, kind)
    dealt = dealt_ids(corpus, SAM, "en", command, kind)
    for iid in dealt:
        item = items[iid]
        assert item.plays == ("en",), f"{iid} is not English-native: {item.plays}"
        assert not item.text.zh, f"{iid} is a translation"
        assert item.skip is None
    seed = [iid for iid, item in items.items() if item.text.zh and item.text.en]
    assert seed and not set(seed) & set(dealt)  # the seed's translated English: never dealt
    assert set(dealt) == set(corpus.dealt(items, "en"))  # a full cycle: every one of them
    assert sorted(dealt[: len(dealt) // 2]) == corpus.dealt(items, "en")  # each once a round


@pytest.mark.parametrize(("command", "kind"), KINDS)
@pytest.mark.parametrize(("who", "lang"), CHINESE)
def test_a_chinese_chat_is_never_dealt_an_english_only_item(
    corpus: Corpus, command: str, kind: str, who: Person, lang: str
) -> None:
    items = items_of(corpus, kind)
    dealt = dealt_ids(corpus, who, lang, command, kind)
    assert all("zh" in items[iid].plays and items[iid].skip is None for iid in dealt)
    assert not any(items[iid].plays == ("en",) for iid in dealt)
    assert set(dealt) == set(corpus.dealt(items, lang))


def test_traditional_chats_get_the_chinese_items_converted(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(2))
    for who, expected in ((WEN, "還繫什麼腰帶"), (KIT, "仲綁咩腰帶")):  # written out
        said = handled(engine, ChatState(), Incoming(who, "/joke zero-meets-eight", now=0.0))
        assert expected in said.replies[0].text
    said = handled(engine, ChatState(), Incoming(WEN, "/joke panda-wish", now=0.0))
    assert said.replies[0].text == "熊貓這輩子最大的願望，是拍一張彩色照片。"  # converted


@pytest.mark.parametrize(("command", "kind"), KINDS)
def test_skipped_items_are_never_dealt_but_told_by_id(
    corpus: Corpus, command: str, kind: str
) -> None:
    items = items_of(corpus, kind)
    skipped = {iid for iid, item in items.items() if item.skip is not None}
    assert skipped
    for who, lang in ((SAM, "en"), *CHINESE):
        assert not skipped & set(dealt_ids(corpus, who, lang, command, kind))
    engine = Engine(corpus, random.Random(5))
    for iid in sorted(skipped):
        for who, lang in ((MEI, "zh"), (SAM, "en")):
            said = handled(engine, ChatState(), Incoming(who, f"{command} {iid}", now=0.0))
            assert said.replies[0].text == items[iid].text.in_(lang)
    # An English-only item is told by id in a Chinese chat too (in its English).
    english = next(iid for iid, item in items.items() if item.plays == ("en",))
    said = handled(engine, ChatState(), Incoming(MEI, f"{command} {english}", now=0.0))
    assert said.replies[0].text == items[english].text.en


def test_every_skipped_item_says_why(corpus: Corpus) -> None:
    skipped = [i for i in (*corpus.jokes.values(), *corpus.stories.values()) if i.skip]
    assert len(skipped) >= 10
    for item in skipped:
        assert item.skip is not None and item.skip.startswith(REASONS), (item.id, item.skip)
        assert len(item.skip) > len("crude: x"), (item.id, item.skip)


def test_the_seed_items_play_in_chinese_only(corpus: Corpus) -> None:
    """Their English is a translation: kept for /joke ID, never dealt to an English chat."""
    for item in (*corpus.jokes.values(), *corpus.stories.values()):
        if item.text.zh and item.text.en:
            assert item.plays == ("zh",), item.id


def test_the_corpus_has_english_native_and_new_chinese_items(corpus: Corpus) -> None:
    def native(items: Mapping[str, Item]) -> list[Item]:
        return [i for i in items.values() if i.plays == ("en",) and not i.text.zh]

    assert len(native(corpus.jokes)) >= 30
    assert len(native(corpus.stories)) >= 10
    new_chinese = [
        i
        for i in (*corpus.jokes.values(), *corpus.stories.values())
        if i.plays == ("zh",) and i.text.zh and not i.text.en
    ]
    assert len(new_chinese) >= 20
    assert all(i.skip is None for i in new_chinese)
    dialogues = [i for i in new_chinese if i.id in corpus.stories]
    assert dialogues and all(i.text.zh.count("\n") >= 1 for i in dialogues)
    for item in native(corpus.stories):  # a dialogue: two lines at least, no Chinese marks
        assert item.text.en.count("\n") >= 1, item.id


SAMPLE = textwrap.dedent(
    """\
    routines:
      - id: ready
        title: {zh: 准备, en: Ready}
        states:
          ask:
            say: {zh: 好了吗？, en: Ready?}
            otherwise:
              reveal: {zh: 好。, en: OK.}
    jokes:
      - id: both
        zh: 两边都讲。
        en: Told in both.
      - id: chinese
        plays: [zh]
        zh: 只讲中文。
        en: A translation.
      - id: english
        plays: [en]
        en: English only.
      - id: skipped
        plays: [zh]
        skip: "dated: a 2019 joke"
        zh: 过时了。
    """
)


def test_plays_defaults_to_both_and_skip_keeps_an_item_out() -> None:
    corpus = parse_corpus(SAMPLE)
    assert corpus.jokes["both"].plays == ("zh", "en")
    assert corpus.dealt(corpus.jokes, "en") == ["both", "english"]
    assert corpus.dealt(corpus.jokes, "zh") == ["both", "chinese"]
    assert corpus.dealt(corpus.jokes, "zh-hk") == ["both", "chinese"]
    assert corpus.jokes["skipped"].skip == "dated: a 2019 joke"
    summary = corpus.summary()
    assert "dealt in zh: 2 one-liners, 0 dialogues" in summary
    assert "dealt in en: 2 one-liners, 0 dialogues (2 English-native)" in summary
    assert "skipped: 1" in summary


def test_a_chat_with_nothing_of_its_language_gets_the_nudge() -> None:
    text = SAMPLE.replace("  - id: both\n", "  - id: both\n    plays: [zh]\n")
    text = text.replace("  - id: english\n    plays: [en]\n    en: English only.\n", "")
    engine = Engine(parse_corpus(text), random.Random(1))
    for command in ("/joke", "/story"):  # no English one-liner; no dialogue at all
        said = handled(engine, ChatState(), Incoming(SAM, command, now=0.0))
        assert [r.text for r in said.replies] == [line("nudge", "en")]
    said = handled(engine, ChatState(), Incoming(MEI, "/joke", now=0.0))
    assert said.replies[0].text in ("两边都讲。", "只讲中文。")
    said = handled(engine, ChatState(), Incoming(SAM, "/joke chinese", now=0.0))
    assert said.replies[0].text == "A translation."


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("plays: [en]", "plays: [fr]", 18, "one-liner 'english': 'plays' must list languages"),
        ("plays: [en]", "plays: []", 18, "'plays' must list languages among zh, en"),
        ('skip: "dated: a 2019 joke"', 'skip: ""', 22, "'skipped': 'skip' needs its reason"),
        ('skip: "dated: a 2019 joke"', "skip:", 22, "'skip' needs its reason"),
        ('skip: "dated: a 2019 joke"', "skip: [dated]", 22, "'skip' needs its reason"),
        ("    en: English only.", "    zh: 中文。", 17, "english is missing language 'en'"),
        ("    zh: 只讲中文。\n", "", 13, "chinese is missing language 'zh'"),
    ],
)
def test_check_refuses_a_bad_plays_or_an_empty_skip_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, line: int, words: str
) -> None:
    assert old in SAMPLE, old
    path = tmp_path / "jokes.yaml"
    path.write_text(SAMPLE.replace(old, new, 1), encoding="utf-8")
    assert check(path) == 1
    err = capsys.readouterr().err
    assert any(e.startswith(f"{path}:{line}: ") and words in e for e in err.splitlines()), err


def test_the_shipped_corpus_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert check(DEFAULT_CONTENT) == 0
    out = capsys.readouterr().out
    assert "dealt in zh: " in out and "English-native" in out and "skipped: " in out


def test_a_pun_left_out_of_a_language_is_not_dealt_there_but_told_by_id(corpus: Corpus) -> None:
    """布怕/不怕 is lost in Cantonese: a Hong Kong chat's deck leaves it out, the others keep it,
    and asked for by id it is still told."""
    left_out = {iid for iid, item in corpus.jokes.items() if "zh-hk" in item.not_dealt_in}
    assert "cloth-and-paper" in left_out
    assert not left_out & set(dealt_ids(corpus, KIT, "zh-hk", "/joke", "jokes"))
    assert "cloth-and-paper" in dealt_ids(corpus, WEN, "zh-hant", "/joke", "jokes")
    engine = Engine(corpus, random.Random(5))
    said = handled(engine, ChatState(), Incoming(KIT, "/joke cloth-and-paper", now=0.0))
    assert said.replies[0].text == corpus.jokes["cloth-and-paper"].text.in_("zh-hk")


def test_not_dealt_in_on_an_item_must_name_chat_languages(tmp_path: Path) -> None:
    path = tmp_path / "jokes.yaml"
    path.write_text(
        "jokes:\n  - id: pun\n    zh: 布怕一万\n    plays: [zh]\n    not_dealt_in: [cantonese]\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError) as refused:
        load_corpus(path)
    assert f"{path}:5:" in str(refused.value)
    assert "one-liner 'pun': 'not_dealt_in' must list chat languages" in str(refused.value)
