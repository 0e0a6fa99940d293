"""Round twenty-three's user-facing lines read by a native reader of each language (native23):
Mainland Mandarin, Taiwan Mandarin, Hong Kong Cantonese and English. Each line this round added
or changed is pinned here as it now reads, kept or changed; the changed ones also by the rule
that changed them, seen red with the old wording."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from bot.i18n.language import CHINESE, ENGLISH, HONG_KONG, SIMPLIFIED, TRADITIONAL
from bot.storage import Storage
from tests.support.conversation import handled
from tests.test_ops23 import told

# key, language, the values filled in, the line as a reader of that language sees it
READ_LINES = [
    # changed: an "if" before the command, and funny "played in" a language (用英文玩)
    (
        "plays_only_en",
        SIMPLIFIED,
        "这个套路只有用英文玩才好笑。还想玩的话，发 /prank toast-toaster 照玩",
    ),
    (
        "plays_only_en",
        TRADITIONAL,
        "這個套路要用英文玩才好笑。還是想玩的話，就傳 /prank toast-toaster 照玩",
    ),
    (
        "plays_only_en",
        HONG_KONG,
        "呢個套路要用英文玩先至好笑。仲係想玩嘅話，就發 /prank toast-toaster 照玩",
    ),
    (
        "plays_only_zh",
        SIMPLIFIED,
        "这个套路只有用中文玩才好笑。还想玩的话，发 /prank toast-toaster 照玩",
    ),
    (
        "plays_only_zh",
        TRADITIONAL,
        "這個套路要用中文玩才好笑。還是想玩的話，就傳 /prank toast-toaster 照玩",
    ),
    (
        "plays_only_zh",
        HONG_KONG,
        "呢個套路要用中文玩先至好笑。仲係想玩嘅話，就發 /prank toast-toaster 照玩",
    ),
    # kept: the English offer reads as English says it
    (
        "plays_only_zh",
        ENGLISH,
        "This one only works in Chinese. Play it anyway? Send /prank toast-toaster anyway",
    ),
    # changed in Chinese (a full-width colon, as /links' lines); kept in English
    ("mine_line", SIMPLIFIED, "• 八把刀（中文）：只有你能用"),
    ("mine_line", TRADITIONAL, "• 八把刀（中文）：只有你能用"),
    ("mine_line", HONG_KONG, "• 八把刀（中文）：淨係你用得"),
    ("mine_line", ENGLISH, "• 八把刀 (Chinese) — yours only"),
    # kept: 下架 is the mainland's and Taiwan's word for a thing taken off, 落架 Hong Kong's;
    # changed in English ("since taken down" read as a headline's)
    ("links_routine_gone", SIMPLIFIED, "已下架的套路"),
    ("links_routine_gone", TRADITIONAL, "已下架的套路"),
    ("links_routine_gone", HONG_KONG, "已經落咗架嘅套路"),
    ("links_routine_gone", ENGLISH, "A routine that's been taken down"),
    # kept: /mine's language names, as each place names them (Hong Kong says 中文 and 英文 too)
    ("written_in_zh", TRADITIONAL, "中文"),
    ("written_in_en", HONG_KONG, "英文"),
    ("written_in_zh", ENGLISH, "Chinese"),
    # kept: the lines that echo what was typed, isolated
    ("unknown_routine", SIMPLIFIED, "没有叫“不存在的东西”的套路。发 /list 看看有哪些。"),
    ("unknown_routine", TRADITIONAL, "沒有叫「不存在的东西」的套路。傳 /list 看看有哪些吧。"),
    ("unknown_routine", HONG_KONG, "冇一個套路叫「不存在的东西」。發 /list 睇吓有啲咩。"),
    (
        "unknown_routine",
        ENGLISH,
        "There is no routine called “不存在的东西”. Send /list to see them all.",
    ),
    ("routine_choices", SIMPLIFIED, "跟“不存在的东西”有关的套路有好几个，你想玩哪个？"),
    ("routine_choices", TRADITIONAL, "跟「不存在的东西」有關的套路有好幾個，你想玩哪一個？"),
    ("routine_choices", HONG_KONG, "同「不存在的东西」有關嘅套路有幾個，你想玩邊個？"),
    (
        "routine_choices",
        ENGLISH,
        "“不存在的东西” fits more than one routine. Which one would you like?",
    ),
    # kept: the apology, in a group or in the supergroup it became
    ("oops", SIMPLIFIED, "哎呀，我这边出了点问题，请再试一次。"),
    ("oops", TRADITIONAL, "哎呀，我這邊出了點問題，請再試一次。"),
    ("oops", HONG_KONG, "哎呀，我呢邊出咗啲問題，唔該再試多次。"),
    ("oops", ENGLISH, "Oops, something broke on my side. Please try again."),
]
VALUES = {
    "title": "",
    "id": "toast-toaster",
    "tail": "",
    "name": "不存在的东西",
    "language": "",
    "status": "",
}


@pytest.mark.parametrize(("key", "lang", "line"), READ_LINES)
def test_a_reviewed_line_reads_as_its_readers_say_it(key: str, lang: str, line: str) -> None:
    """Each line as its reader reads it (native23). Breakage: any reworded line (seen red
    with the old plays_only_* and mine_line)."""
    values = dict(VALUES, title=say("untitled_routine", lang))
    if key == "mine_line":
        values |= {
            "title": "八把刀",
            "language": say("written_in_zh", lang),
            "status": say("status_private", lang),
        }
    assert say(key, lang, **values) == line


@pytest.mark.parametrize("key", ["plays_only_zh", "plays_only_en"])
@pytest.mark.parametrize("lang", sorted(CHINESE))
def test_a_chinese_offer_to_play_anyway_is_an_if_before_the_command(key: str, lang: str) -> None:
    """In Chinese the offer is "if you still want to play, send …" (的话, 的話, 嘅話), not
    English's question and then an order (还是要玩？发…, read as translated), and the routine
    is funny played in a language (用英文玩), not "inside" it (在英文里). Breakage: the old
    lines (seen red)."""
    line = say(key, lang, title="", id="x", tail="")
    offer, command = line.split("/prank")
    assert re.search("(的话|的話|嘅話)，", offer) and "？" not in offer, line
    assert not re.search("在.文[里裡]", offer), line
    assert command == " x 照玩", line


def test_a_chinese_readers_offer_is_played_by_its_own_word(corpus: Corpus) -> None:
    """The offer a Chinese reader is shown for an English-only routine, in context, and the
    word it gives plays the routine. What must not change: an English reader's offer of a
    Chinese routine."""
    engine = Engine(corpus, random.Random(23))
    mei = Person(5, "Mei", "meimei", "zh-hans")
    offered = handled(engine, ChatState(), Incoming(mei, "/prank toast", 0.0))
    assert offered.replies[0].text == READ_LINES[0][2]
    anyway = handled(engine, offered.chat, Incoming(mei, "/prank toast-toaster 照玩", 1.0))
    assert [p.routine for p in anyway.chat.pranks.values()] == ["toast-toaster"]
    sam = Person(6, "Sam", "samsam", "en")
    english = handled(engine, ChatState(), Incoming(sam, "/prank ten-knives", 0.0))
    assert english.replies[0].text == (
        "“Ten knives” only works in Chinese. Play it anyway? Send /prank ten-knives anyway"
    )


@pytest.mark.parametrize(
    "status", ["status_private", "status_pending", "status_public", "status_rejected"]
)
@pytest.mark.parametrize("lang", sorted(CHINESE))
def test_a_chinese_mine_line_has_no_lone_dash(lang: str, status: str) -> None:
    """/mine's line in Chinese: the status after "：", as /links' lines give theirs; a lone
    "—" is no Chinese punctuation. Breakage: "• 八把刀（中文）— 只有你能用" (seen red)."""
    shown = say(status, lang)
    line = say("mine_line", lang, title="八把刀", language=say("written_in_zh", lang), status=shown)
    assert "—" not in line and line.endswith("：" + shown), line


async def test_the_playgrounds_own_line_for_a_reply_to_nothing(
    corpus: Corpus, tmp_path: Path
) -> None:
    """The playground's own lines are English, for whoever runs it (kept): a reply to a
    message number this chat does not have says so and how to reply."""
    storage = Storage(tmp_path / "bot.sqlite3")
    try:
        shown = await told(corpus, tmp_path, ENGLISH, "/reply 9 hi", storage)
    finally:
        storage.close()
    assert "(no message [9] to reply to in this chat: /reply N text)" in shown, shown
