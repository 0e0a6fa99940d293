"""Taiwan and Hong Kong voice: Taiwan's interface lines carry no mainland words and quote
with 「」, Hong Kong's are written Cantonese; the reviewed word table behind Taiwan's
conversion stays consistent. See docs/content-review.md."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from bot.application.links import Links
from bot.application.services import Admin, Services
from bot.content.corpus import Corpus, parse_corpus
from bot.conversation.answering import Incoming
from bot.conversation.commands import Command
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import CATALOGUE
from bot.i18n.language import (
    HONG_KONG,
    TRADITIONAL,
    Text,
    hong_kong_typed,
    mainland_words,
    to_traditional,
)
from bot.lab.service import Lab
from bot.storage import Storage
from tests.support.conversation import handled

WEN = Person(8, "Wen", "wen", "zh-TW")
QUOTES = "“”‘’"

# Characters only written Cantonese uses (not 點, 講, 呢, 仲, 邊: standard Chinese has them).
CANTONESE = set("係唔嘅咗啲冇嚟畀睇嘢咩喺佢咁噉哋嗰㗎喇嘞吓揀搵諗唞攞乜晒咪啱撳")
# Mainland words a Hong Kong writer does not use either, and what Hong Kong writes instead.
# (mainland_words.tsv is Taiwan's table: 雪糕, 薯片 and 刷手機 are Hong Kong's words too.)
NOT_HONG_KONG = {
    "激活函數": "激勵函數",
    "網店": "網購, 網上商店",
    "MM": "女仔",
    "質量": "質素",
    "造句": "作句",
}
# Hong Kong lines with no Cantonese marker, and why that is right.
NOT_SENTENCES = {
    "lang_name_zh": "a language's name",
    "lang_name_zh-hant": "a language's name",
    "lang_name_zh-hk": "a language's name (香港廣東話)",
    "lang_name_en": "a language's name",
    "list_plays_zh": "a heading of /list",
    "list_plays_en": "a heading of /list",
    "stats_pranksters": "a heading of /stats (最識整蠱人)",
    "stats_fooled": "a heading of /stats (最易中伏: Cantonese, no marker character)",
    "stats_row": "a row of /stats: a name and a count (1 次, as the private record says it)",
    "table_header": "column names",
    "final_error": "a number and a verdict",
    "result_title": "a title of numbers and settings",
    "training": "a progress line (訓練緊: Cantonese, no marker character)",
    "new_what_title": "a noun: what a limit of /new is for (標題)",
    "new_what_question": "a noun: what a limit of /new is for (問題)",
    "new_what_punchline": "a noun: what a limit of /new is for (笑點)",
    "new_what_hint": "a noun: what a limit of /new is for (提示)",
    "/start": "a one-word menu entry",
    "/help": "a one-word menu entry",
    "/reload": "the bot's admins' command, not in any menu",
    "quoted_title": "quotation marks around a routine's title",
    "untitled_routine": "a noun standing for a title (呢個套路: Cantonese, no marker character)",
    "mine_line": "a line of /mine: a title, its language's name and its status",
    "written_in_zh": "a language's name",
    "written_in_en": "a language's name",
    "playground_keys": "a label over a message's buttons (掣: Hong Kong's word, no marker)",
}


def help_lines() -> dict[str, Text]:
    """Every command's help line, by /name, from every owner's declarations."""
    lines = {}
    for owner in (Engine, Lab, Links, Admin):
        for value in vars(owner).values():
            declared: Command | None = getattr(value, "__command__", None)
            if declared is not None:
                lines["/" + declared.name] = declared.help
    return lines


def interface_lines() -> dict[str, Text]:
    return {**CATALOGUE, **help_lines()}


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.fixture
def services(corpus: Corpus, tmp_path: Path) -> Iterator[Services]:
    storage = Storage(tmp_path / "voice.sqlite3")
    made = Services(corpus, storage, random.Random(1))
    try:
        yield made
    finally:
        made.close()
        storage.close()


def shown(services: Services, lang: str) -> dict[str, str]:
    """What /start, /help and /list say in `lang`, in a private chat and in a group."""
    said = {}
    for command in ("/start", "/help", "/list"):
        for in_group in (False, True):
            message = Incoming(WEN, command, now=0.0, in_group=in_group, chat_id=-in_group)
            outcome = handled(services.engine, ChatState(lang=lang), message)
            said[f"{command} in_group={in_group}"] = "\n".join(r.text for r in outcome.replies)
    return said


def mainland_in(text: str) -> list[str]:
    return [w.mainland for w in mainland_words() if w.mainland in text]


# -- the word table --------------------------------------------------------------------------


def test_the_word_table_is_reviewed_and_consistent() -> None:
    words = mainland_words()
    assert len(words) >= 30
    assert len({w.mainland for w in words}) == len(words), "a word listed twice"
    for word in words:
        assert word.mainland != word.taiwan
        # The pass must be final: no Taiwan word brings a mainland word back.
        assert not mainland_in(word.taiwan), word
    # The table's words are written as OpenCC writes them, in Traditional characters.
    to_simplified = opencc.OpenCC("t2s")
    assert all(
        to_traditional(to_simplified.convert(w.mainland)) != w.mainland for w in words if w.auto
    )


@pytest.mark.parametrize(
    ("simplified", "taiwan"),
    [
        ("讲个段子哦", "講個笑話喔"),
        ("整蛊朋友的整蛊链接", "捉弄朋友的惡作劇連結"),
        ("你被套路了，私聊我", "你上當了，私訊我"),
        ("通话质量好吗？", "通話品質好嗎？"),
        ("歇一会儿，等一会儿", "休息一下，等一會"),
        ("你在哪儿工作", "你在哪裡工作"),
        ("“我爱你”倒过来念", "「我愛你」倒過來唸"),
        ("人群里", "人群裡"),  # 群裡 is check-only: a crowd stays a crowd
        ("再训练一次或换个参数", "再訓練一次或換個參數"),  # not the programmer's 引數
        ("你停止想象不就行了", "你停止想像不就好了"),
        ("你和猪有什么区别？", "你和豬有什麼差別？"),
        ("谁念都念错", "誰唸都唸錯"),  # reading aloud is 唸; 想念 stays
        ("我很想念你", "我很想念你"),
        ("小学学过的英语单词", "小學學過的英文單字"),
        ("在床上刷手机，吃薯片和雪糕", "在床上滑手機，吃洋芋片和冰棒"),
        ("走进了死胡同", "走進了死胡同"),  # not OpenCC's 衚衕
        ("“八把”听着就像“爸爸”", "「八把」聽起來就像「爸爸」"),  # Taiwan: 聽起來
        ("听着都像汪汪叫", "聽起來都像汪汪叫"),
        ("听着！", "聽著！"),  # "listen!" stays
        ("这次学精了", "這次學乖了"),
        ("等待审核", "等待審核"),  # not the auditor's 稽核
    ],
)
def test_taiwan_conversion_speaks_taiwan(simplified: str, taiwan: str) -> None:
    assert to_traditional(simplified, TRADITIONAL) == taiwan


def test_hong_kong_conversion_keeps_its_words_and_gets_corner_quotes() -> None:
    assert to_traditional("整蛊“朋友”", HONG_KONG) == "整蠱「朋友」"  # 整蠱 is Cantonese


# -- Taiwan ----------------------------------------------------------------------------------


def test_taiwan_interface_lines_have_no_mainland_words_and_corner_quotes() -> None:
    for key, text in interface_lines().items():
        line = text.in_(TRADITIONAL)
        assert not mainland_in(line), (key, line, mainland_in(line))
        assert not set(line) & set(QUOTES), (key, line)


def test_start_help_and_list_in_taiwan_have_no_mainland_words(services: Services) -> None:
    said = shown(services, TRADITIONAL)
    assert (
        "我可以做這些事" in said["/help in_group=False"] and "/xor" in said["/help in_group=False"]
    )
    for what, text in said.items():
        assert not mainland_in(text), (what, mainland_in(text))
        assert not set(text) & set(QUOTES), what
        assert "整蠱" not in text and "群裡" not in text


def test_written_taiwan_lines_use_taiwan_character_forms_and_the_same_placeholders() -> None:
    taiwan_forms = opencc.OpenCC("t2tw")
    for key, text in interface_lines().items():
        if text.zh_hant:
            assert taiwan_forms.convert(text.zh_hant) == text.zh_hant, key
            assert placeholders(text.zh_hant) == placeholders(text.zh), key


# -- Hong Kong -------------------------------------------------------------------------------


def test_hong_kong_lines_are_written_cantonese() -> None:
    for key, text in interface_lines().items():
        line = text.in_(HONG_KONG)
        assert not set(line) & set(QUOTES), (key, line)
        if key in NOT_SENTENCES:
            continue
        assert set(line) & CANTONESE, f"{key}: {line!r} reads as Mandarin in Hong Kong"
    assert set(NOT_SENTENCES) <= set(interface_lines()), "an exception for a line now gone"


def not_hong_kong_in(text: str) -> list[str]:
    return [word for word in NOT_HONG_KONG if word in text]


def test_hong_kong_lines_have_no_mainland_words() -> None:
    for key, text in interface_lines().items():
        line = text.in_(HONG_KONG)
        assert not not_hong_kong_in(line), (key, line, not_hong_kong_in(line))


# Characters OpenCC's s2t would still change that Traditional lines rightly write: 群 (typed
# so, not 羣), 台 (台灣), 吓 (Cantonese 睇吓, not 嚇), 晒 (Cantonese 睇晒, not 曬).
TYPED_AS_IS = set("群台吓晒")


def test_traditional_lines_have_no_simplified_characters() -> None:
    """A written line typed with a mainland IME keeps its Simplified characters (用户 for
    用戶, 揾 for 搵): no test of word or form catches them, this one does."""
    simplified_to_traditional = opencc.OpenCC("s2t")
    for lang in (TRADITIONAL, HONG_KONG):
        for key, text in interface_lines().items():
            line = text.in_(lang)
            odd = {
                ch
                for ch in line
                if ch not in TYPED_AS_IS and simplified_to_traditional.convert(ch) != ch
            }
            assert not odd, (lang, key, line, odd)


def test_taiwan_lines_send_a_command_with_chuan() -> None:
    """Taiwan's lines say 傳 /prank; a converted 發 /new reads as the mainland's."""
    for key, text in interface_lines().items():
        line = text.in_(TRADITIONAL)
        assert "發 /" not in line and "發過來" not in line, (key, line)


def test_every_item_dealt_in_hong_kong_is_written_in_hong_kong_cantonese(corpus: Corpus) -> None:
    """A joke or story a Hong Kong chat is dealt has its own `zh-hk:` text, written Cantonese
    with Hong Kong's words: converted Mandarin is not what the bot says it speaks. One whose
    joke rests on Mandarin is left out of the deck (`not_dealt_in: [zh-hk]`)."""
    items = [*corpus.jokes.values(), *corpus.stories.values()]
    dealt = [item for item in items if item.dealt_in(HONG_KONG)]
    assert len(dealt) >= 40
    for item in dealt:
        line = item.text.zh_hk
        assert line, f"{item.id}: no zh-hk text, Hong Kong is dealt Mandarin"
        assert set(line) & CANTONESE, f"{item.id}: {line!r} reads as Mandarin"
        assert not not_hong_kong_in(line), (item.id, not_hong_kong_in(line))
        assert not set(line) & set(QUOTES), item.id


def test_written_hong_kong_lines_use_hong_kong_forms_and_the_same_placeholders() -> None:
    standard, hong_kong = opencc.OpenCC("tw2t"), opencc.OpenCC("t2hk")
    for key, text in interface_lines().items():
        if text.zh_hk:  # as s2hk writes them: 裏, 着, 説; but 群, 戶, 搵 as HK types them
            hk = hong_kong_typed(hong_kong.convert(standard.convert(text.zh_hk)))
            assert hk == text.zh_hk, key
            assert placeholders(text.zh_hk) == placeholders(text.zh), key


def test_start_help_and_list_in_hong_kong_speak_cantonese(services: Services) -> None:
    said = shown(services, HONG_KONG)
    assert "我識做呢啲嘢" in said["/help in_group=False"]
    assert "有呢啲套路" in said["/list in_group=False"]
    for what, text in said.items():
        assert not set(text) & set(QUOTES), what


def test_a_text_carries_hong_kong_cantonese_apart_from_taiwan() -> None:
    text = Text("你是谁？", "Who are you?", zh_hant="你是誰啊？", zh_hk="你係邊個？")
    assert text.in_("zh-hk") == "你係邊個？" and text.in_("zh-hant") == "你是誰啊？"
    # Without its own line Hong Kong gets the Hong Kong conversion, never Taiwan's line.
    taiwan_only = Text("你是谁？", "Who are you?", zh_hant="你是誰啊？")
    assert taiwan_only.in_("zh-hk") == "你是誰？"


def test_the_corpus_accepts_a_hong_kong_line() -> None:
    corpus = parse_corpus(
        """
routines:
  - id: ready
    title: {zh: 准备, en: Ready, zh-hk: 準備}
    states:
      ask:
        say: {zh: 准备好了吗？, zh-hk: 準備好未呀？, en: Ready?}
        answers:
          - {match: [好], reply: {zh: 好。, en: OK., zh-hk: 好嘢。}}
        otherwise:
          reveal: {zh: 再见。, en: Bye., zh-hk: 拜拜。}
jokes:
  - {id: one, zh: 一句。, en: One line., zh-hk: 一句嘢。}
"""
    )
    state = corpus.routines["ready"].states["ask"]
    assert state.say.in_("zh-hk") == "準備好未呀？" and state.say.in_("zh-hant") == "準備好了嗎？"
    assert corpus.jokes["one"].text.in_("zh-hk") == "一句嘢。"


def test_every_routine_and_item_played_in_chinese_speaks_taiwan_in_taiwan(corpus: Corpus) -> None:
    """What a Taiwan chat is told of the corpus, not only the interface: every question, hint,
    reply, reveal and saw-through line of the routines that play in Chinese, and every joke
    and story it may be told (a skipped one by its id), carry no mainland-only word and use
    「」."""
    texts = []
    for routine in corpus.routines.values():
        if not routine.plays_in("zh"):
            continue
        for sid, state in routine.states.items():
            lines = [state.say, state.reveal, state.hint, state.saw_through_reply]
            lines += [answer.reply for answer in state.answers]
            texts += [(f"{routine.id}/{sid}", t) for t in lines if t is not None]
    items = [*corpus.jokes.values(), *corpus.stories.values()]
    texts += [(item.id, item.text) for item in items if item.plays_in("zh")]  # skipped: by id
    for where, text in texts:
        line = text.in_(TRADITIONAL)
        assert not mainland_in(line), (where, line, mainland_in(line))
        assert not set(line) & set(QUOTES), (where, line)


def test_the_network_article_is_named_by_its_real_title_in_every_language() -> None:
    """Omar Aflak's article has one title, in English: no language invents a Chinese one
    (「《零起步數學+神經網路入門》」 was Taiwan's), a Chinese gloss may follow it."""
    from bot.i18n.catalogue import say

    for lang in ("zh", "zh-hant", "zh-hk", "en"):
        line = say("lab_origin", lang)
        assert "Omar Aflak" in line and "Math Neural Network from scratch in Python" in line
        assert "《" not in line and "入門" not in line and "入门" not in line, (lang, line)


# -- English ---------------------------------------------------------------------------------

# American spellings of words the texts use or may: the English the bot says is British, as
# nearly all of it was written ("colour", "maths", "humour", "mum"). Match phrases are not
# said, so they keep both spellings: a victim may write either.
AMERICAN = re.compile(
    r"\b(?:meters?|centimeters?|kilometers?|liters?|colors?|colored|favorites?|favors?|humor|"
    r"center|centers|theater|gray|mom|moms|math|realiz\w+|organiz\w+|apologiz\w+|"
    r"recogniz\w+|traveled|canceled|neighbors?|flavors?|behaviors?)\b",
    re.IGNORECASE,
)


def test_the_english_the_bot_says_is_spelled_the_british_way(corpus: Corpus) -> None:
    texts = [(key, text.en) for key, text in interface_lines().items()]
    for routine in corpus.routines.values():
        texts.append((routine.id, routine.title.en))
        for sid, state in routine.states.items():
            lines = [state.say, state.reveal, state.hint, state.saw_through_reply]
            lines += [answer.reply for answer in state.answers]
            texts += [(f"{routine.id}/{sid}", t.en) for t in lines if t is not None]
    texts += [
        (item.id, item.text.en) for item in (*corpus.jokes.values(), *corpus.stories.values())
    ]
    for where, line in texts:
        # Omar Aflak's article keeps its own title ("Math Neural Network from scratch in Python").
        line = (line or "").replace("Math Neural Network", "")
        assert not AMERICAN.findall(line), (where, line, AMERICAN.findall(line))


# Mainland online-shopping talk: 大陸行/港行 (a phone's market version), MM for a girl, 倒！
# for "I give up". Taiwan says 公司貨/水貨; an item that rests on it is left out of Taiwan's deck.
MAINLAND_SHOP_TALK = ("大陸行", "港行", "亞太行", "歐行", "倒！", "MM", "網店", "親，")


def test_taiwans_deck_holds_no_mainland_shop_talk(corpus: Corpus) -> None:
    items = [*corpus.jokes.values(), *corpus.stories.values()]
    for item in items:
        if item.dealt_in(TRADITIONAL):
            line = item.text.in_(TRADITIONAL)
            assert not [w for w in MAINLAND_SHOP_TALK if w in line], (item.id, line)
