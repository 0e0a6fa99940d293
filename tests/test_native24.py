"""Round twenty-four's user-facing lines read by a native reader of each language (native24):
Mainland Mandarin, Taiwan Mandarin, Hong Kong Cantonese and English. Each line this round added
or changed (ops24's asked_why and link_plays_only_*, and put_off, the nudge it now gives a hum
alone) is pinned here as it now reads, kept or changed; the changed ones also by the rule that
changed them, seen red with the old wording."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.conversation.state import Person
from bot.i18n.catalogue import say
from bot.i18n.language import CHINESE, ENGLISH, HONG_KONG, SIMPLIFIED, TRADITIONAL
from tests.test_ops24 import KIT, MEI, SAM, _asked

# key, language, the line as a reader of that language sees it
READ_LINES = [
    # changed in Mandarin: 你 leads, where "答了你…" first read "(I) answered you";
    # kept in Cantonese (你答咗…, 答咗先啦: written Cantonese) and in English
    ("asked_why", SIMPLIFIED, "你答了就知道啦，先答嘛。题目是："),
    ("asked_why", TRADITIONAL, "你回答了就知道囉，先答嘛。題目是："),
    ("asked_why", HONG_KONG, "你答咗就知㗎喇，答咗先啦。條問題係："),
    ("asked_why", ENGLISH, "You'll see once you answer. Here it is again:"),
    # changed: "题目还在：" before the question read cut short, "The question stands" a
    # ruling's; kept in Cantonese (條問題仲喺度 is how Hong Kong says "still here")
    ("put_off", SIMPLIFIED, "不急，我等你。题目还是这个："),
    ("put_off", TRADITIONAL, "不急，我等你。題目還是這個："),
    ("put_off", HONG_KONG, "唔急，我等你。條問題仲喺度："),
    ("put_off", ENGLISH, "No rush, I'll wait. Here's the question again:"),
]
# kept: a prank link opened in a chat of the other language, worded as /prank's offer
# (native23): an "if" before the command, Taiwan's 傳, Hong Kong's 先至 and 嘅話
LINK_LINES = [
    (
        "link_plays_only_en",
        SIMPLIFIED,
        "这个套路只有用英文玩才好笑。还想玩的话，发 /start ab12 照玩",
    ),
    (
        "link_plays_only_en",
        TRADITIONAL,
        "這個套路要用英文玩才好笑。還是想玩的話，就傳 /start ab12 照玩",
    ),
    (
        "link_plays_only_en",
        HONG_KONG,
        "呢個套路要用英文玩先至好笑。仲係想玩嘅話，就發 /start ab12 照玩",
    ),
    (
        "link_plays_only_zh",
        ENGLISH,
        "This one only works in Chinese. Play it anyway? Send /start ab12 anyway",
    ),
    (
        "link_plays_only_zh",
        SIMPLIFIED,
        "这个套路只有用中文玩才好笑。还想玩的话，发 /start ab12 照玩",
    ),
    (
        "link_plays_only_zh",
        TRADITIONAL,
        "這個套路要用中文玩才好笑。還是想玩的話，就傳 /start ab12 照玩",
    ),
    (
        "link_plays_only_zh",
        HONG_KONG,
        "呢個套路要用中文玩先至好笑。仲係想玩嘅話，就發 /start ab12 照玩",
    ),
    (
        "link_plays_only_en",
        ENGLISH,
        "This one only works in English. Play it anyway? Send /start ab12 anyway",
    ),
]


@pytest.mark.parametrize(("key", "lang", "line"), READ_LINES)
def test_a_reviewed_line_reads_as_its_readers_say_it(key: str, lang: str, line: str) -> None:
    """Each nudge as its reader reads it (native24). Breakage: any reworded line (seen red
    with the old asked_why and put_off)."""
    assert say(key, lang) == line


@pytest.mark.parametrize(("key", "lang", "line"), LINK_LINES)
def test_a_link_offer_reads_as_its_readers_say_it(key: str, lang: str, line: str) -> None:
    """The offer for a link of the other language, kept as reviewed (native24)."""
    assert say(key, lang, title=say("untitled_routine", lang), code="ab12") == line


@pytest.mark.parametrize("lang", sorted(CHINESE))
def test_a_chinese_you_will_see_names_who_answers_first(lang: str) -> None:
    """你 opens "you'll see once you answer": 答了你就知道 first parses as "answered you"
    (我答了你). Breakage: the old 答了你就知道啦, 回答了你就知道囉 (seen red)."""
    line = say("asked_why", lang)
    assert line.startswith("你") and not line.startswith(("答了你", "回答了你")), line


@pytest.mark.parametrize("lang", sorted(CHINESE - {HONG_KONG}))
def test_a_mandarin_nudge_does_not_read_cut_short(lang: str) -> None:
    """The put-off's Mandarin line leads into the question, not "题目还在：" (the question is
    still…), which reads cut short before it. Breakage: the old 题目还在：, 題目還在：."""
    line = say("put_off", lang)
    assert not line.endswith(("还在：", "還在：")) and line.endswith("："), line


@pytest.mark.parametrize(
    ("who", "answer", "lang"),
    [(MEI, "嗯", SIMPLIFIED), (KIT, "嗯", HONG_KONG), (SAM, "hmm", ENGLISH)],
)
def test_a_hum_alone_is_met_with_the_reviewed_nudge(
    corpus: Corpus, who: Person, answer: str, lang: str
) -> None:
    """In context: a hum alone to a question it does not answer gets the nudge as pinned
    above, then the question on its own line."""
    routine = "apples-take-away" if lang == ENGLISH else "ten-knives"
    waited = _asked(corpus, who, routine, answer)
    question = corpus.routines[routine].states["ask"].say.in_(lang)
    nudge = dict((line_lang, line) for key, line_lang, line in READ_LINES if key == "put_off")
    assert waited.replies[0].text == f"{nudge[lang]}\n{question}"


def test_asked_why_in_context_keeps_the_question_after_it(corpus: Corpus) -> None:
    """What must not change: the Cantonese nudge, kept, then the question."""
    nudged = _asked(corpus, KIT, "ten-knives", "點解問我")
    question = corpus.routines["ten-knives"].states["ask"].say.in_(HONG_KONG)
    assert nudged.replies[0].text == f"你答咗就知㗎喇，答咗先啦。條問題係：\n{question}"
