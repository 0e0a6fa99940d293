"""Languages: which one a chat speaks, and a text in each of them.

The bot speaks Simplified Chinese, Traditional Chinese for Taiwan, Hong Kong's written
Cantonese and English. Texts are written in Simplified Chinese and English; the Traditional
ones are converted with OpenCC's phrase tables, and Taiwan's then loses the mainland words
OpenCC keeps (mainland_words.tsv: 整蠱, 段子, 私聊, 質量…). Both get 「」 quotes. An author
may write a line out for Taiwan (`zh_hant`, `zh-hant:`) or for Hong Kong (`zh_hk`, `zh-hk:`):
a line that needs rewriting rather than word swaps, or Cantonese, which no table makes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import opencc

SIMPLIFIED, TRADITIONAL, HONG_KONG, ENGLISH = "zh", "zh-hant", "zh-hk", "en"
LANGUAGES = (SIMPLIFIED, TRADITIONAL, HONG_KONG, ENGLISH)  # what a chat may speak
# What a text is written in: Traditional and Hong Kong texts are converted, or written beside.
WRITTEN = (SIMPLIFIED, ENGLISH)
CHINESE = frozenset({SIMPLIFIED, TRADITIONAL, HONG_KONG})

# What people type after /lang, and the language codes Telegram sends: Taiwan's and the
# generic Traditional codes get Taiwan phrasing, Hong Kong's and Macau's get Hong Kong's.
# Besides the codes, each language's natural names, as its own readers and others call it:
# - zh: 中文, 汉语, 普通话, 华语, 简体, 大陆 / 内地, 中国, Chinese, Mandarin, Simplified. A bare
#   "Chinese" or 中文 is the mainland's written standard, the default Chinese.
# - zh-hant: 繁體 / 正體 (the script), 台灣 / 臺灣, 國語 (Taiwan's name for Mandarin: the
#   mainland says 普通话), Taiwan, Traditional.
# - zh-hk: 粵語, 廣東話, 廣府話, 香港話, 香港, 澳門, Cantonese, Hong Kong, yue: Hong Kong's
#   Cantonese is the one Cantonese the bot speaks (白話 is left out: in Mandarin it is also
#   "the vernacular").
# - en: English, 英文, 英語.
# Each is written in Simplified and Traditional characters; case, spaces, "-" and "_" do not
# count ("Hong Kong", "hong_kong", "hongkong"). A language the bot does not speak names none
# (台語 and 台灣話, Taiwan's Hokkien; 客家話), and /lang says so with the choices.
_NAMES = {
    SIMPLIFIED: (
        "zh zh-hans zh-cn zh-sg cn 中文 汉语 漢語 普通话 普通話 华语 華語 简体 簡體 简体中文"
        " 簡體中文 简中 簡中 大陆 大陸 内地 內地 中国 中國 中国大陆 中國大陸 chinese mandarin"
        " simplified simplified-chinese china"
    ),
    TRADITIONAL: (
        "zh-hant zh-tw tw 繁體 繁体 繁體中文 繁体中文 繁中 正體 正体 正體中文 正体中文 國語 国语"
        " 台灣 臺灣 台湾 台灣中文 臺灣中文 taiwan taiwanese-mandarin traditional"
        " traditional-chinese"
    ),
    HONG_KONG: (
        "zh-hk zh-mo hk yue zh-yue 粵語 粤语 廣東話 广东话 廣府話 广府话 香港話 香港话 港話 港话"
        " 香港 澳門 澳门 香港中文 cantonese hongkong hong-kong macau macao"
    ),
    ENGLISH: "en eng english 英文 英語 英语",
}
_ALIASES = {name: lang for lang, names in _NAMES.items() for name in names.split()}


@lru_cache(maxsize=1024)  # once per Telegram code seen, not once per message
def language_named(name: str | None) -> str | None:
    """The language a `/lang` argument or a Telegram code names; None if none."""
    if not name:
        return None
    key = "-".join(name.casefold().replace("_", " ").replace("-", " ").split())
    return _ALIASES.get(key) or _ALIASES.get(key.replace("-", ""))


# What people say around a language's name when asked which one ("中文吧", "用中文",
# "english please", "in English", "講廣東話啦"): a lead and a tail, each at most once.
_SAID_LEAD = re.compile(
    r"^(?:(?:我)?(?:想|要)?(?:用|说|說|讲|講|写|寫)|(?:let'?s\s+)?(?:use|do|in|speak|write)\s+"
    r"|(?:i'?d\s+like|i\s+want)\s+(?:to\s+(?:use|write\s+in)\s+)?)",
    re.IGNORECASE,
)
# Words of courtesy closing a short reply ("english please", 中文吧, 好的谢谢): not its content
COURTESY_TAIL = re.compile(
    r"(?:\s*(?:please|pls|plz|thanks|thank\s+you|then)|吧|啦|了|呀|啊|喇|嘅|的|好了|就好|谢谢|謝謝|唔該)$",
    re.IGNORECASE,
)


SAID_MAX = 64  # "i'd like to write in english please" is 35


def language_said(text: str) -> str | None:
    """The language a reply to "which language?" names, with the words people say around
    a name ("中文吧", "english please", "用中文", "講廣東話啦"); None if none: anything else
    around the name ("中文不行") is not read as it."""
    said = text.strip().strip(" .!。！~～,，")
    if len(said) > SAID_MAX:  # a sentence, not a name; and COURTESY_TAIL's \s* is quadratic on
        return None  # a long run of spaces (4,000: over a second a message, the loop held)
    for pattern in (COURTESY_TAIL, _SAID_LEAD, COURTESY_TAIL):
        named = language_named(said)
        if named is not None:
            return named
        said = pattern.sub("", said, count=1).strip(" ,，")
    return language_named(said)


# Asked on every message, with few distinct codes: remembered, ~0.3 µs less a call (`timeit`).
@lru_cache(maxsize=256)
def language_for(code: str | None, chosen: str | None = None) -> str:
    """The one rule for which language to answer in: the chat's `/lang` choice, else the
    speaker's Telegram language (Chinese variants by region, other Chinese codes
    Simplified), else English: for any other code, and for no code at all (the reader who
    cannot read Chinese is better served by English than by a wall of characters)."""
    if chosen in LANGUAGES:
        return chosen
    if not code:
        return ENGLISH
    named = language_named(code)
    if named is not None:
        return named
    return SIMPLIFIED if code.casefold().startswith("zh") else ENGLISH


def locale_language(environ: Mapping[str, str]) -> str:
    """The language of a terminal's locale: the first of LC_ALL, LC_MESSAGES and LANG that is
    set and not empty (as POSIX reads them). zh_TW → Traditional, zh_HK and zh_MO → Hong Kong, other zh →
    Simplified; anything else, C and POSIX included, or none → English."""
    value = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    code = value.split(".")[0].split("@")[0].replace("_", "-").casefold()
    parts = code.split("-")
    if parts[0] != "zh":
        return ENGLISH
    if {"hk", "mo"} & set(parts):
        return HONG_KONG
    return TRADITIONAL if {"tw", "hant"} & set(parts) else SIMPLIFIED


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


# Where OpenCC's phrase tables read our texts wrongly: 打开 of a door or a bag is 打開, not
# the software word 開啟; 游 (swim) is not 遊 (travel); 参数 (settings) is 參數, not the
# programmer's 引數 (a function's argument); 审核 (a review of a routine) is 審核, not the
# accountant's 稽核 (an audit). Applied after it, to its output.
_AFTER_OPENCC = (
    ("開啟", "打開"),
    ("直接遊", "直接游"),
    ("遊過去", "游過去"),
    ("引數", "參數"),
    ("稽核", "審核"),
)

# Hong Kong types 群 (群組, 一群人), not the 羣 of its character standard that s2hk writes
# (ux16); and 戶 (用戶) and 搵 (搵唔到), not that standard's 户 and 揾, which a Hong Kong
# reader takes for Simplified: the forms Hong Kong lines are written in are s2hk's with these.
_HONG_KONG_TYPED = str.maketrans({"\u7fa3": "群", "\u6237": "戶", "\u63fe": "搵"})  # 羣 户 揾


def hong_kong_typed(text: str) -> str:
    """`text` (s2hk's forms) in the forms Hong Kong types: 群, 戶, 搵; not 羣, 户, 揾."""
    return text.translate(_HONG_KONG_TYPED)


# Quotes as Taiwan and Hong Kong write them: 「」, and 『』 inside.
_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})

MAINLAND_WORDS_FILE = Path(__file__).with_name("mainland_words.tsv")


@dataclass(frozen=True)
class MainlandWord:
    """A mainland word as OpenCC writes it in Traditional characters, and Taiwan's word.
    `auto`: replaced in every converted text; otherwise only checked for in the interface."""

    mainland: str
    taiwan: str
    auto: bool
    note: str = ""


@cache
def mainland_words() -> tuple[MainlandWord, ...]:
    """The reviewed table in mainland_words.tsv."""
    words = []
    for number, line in enumerate(MAINLAND_WORDS_FILE.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        mainland, taiwan, how, *note = line.split("\t")
        if how not in ("auto", "check") or not mainland or not taiwan:
            raise ValueError(f"{MAINLAND_WORDS_FILE.name}:{number}: bad line {line!r}")
        words.append(MainlandWord(mainland, taiwan, how == "auto", "".join(note).strip()))
    return tuple(words)


@cache
def _taiwan_words() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {w.mainland: w.taiwan for w in mainland_words() if w.auto}
    longest_first = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, longest_first))), table


def taiwan_words(text: str) -> str:
    """`text` (Traditional) with the table's mainland words in Taiwan's, in one pass."""
    pattern, table = _taiwan_words()
    return pattern.sub(lambda found: table[found.group()], text)


@cache
def to_traditional(text: str, lang: str = TRADITIONAL) -> str:
    """Simplified text in Traditional characters, with Taiwan's or Hong Kong's phrasing."""
    converted: str = _converter("s2hk" if lang == HONG_KONG else "s2twp").convert(text)
    for wrong, right in _AFTER_OPENCC:
        converted = converted.replace(wrong, right)
    converted = taiwan_words(converted) if lang != HONG_KONG else hong_kong_typed(converted)
    return converted.translate(_QUOTES)


@dataclass(frozen=True)
class Text:
    """One line in every language. `zh_hant` is written for Taiwan and `zh_hk` for Hong Kong
    (written Cantonese); without them the line is converted from `zh`, each for its own."""

    zh: str
    en: str
    zh_hant: str | None = None
    zh_hk: str | None = None

    def written_in(self, lang: str) -> bool:
        """Whether the line has a text of its own in `lang` (Chinese: written or converted),
        rather than falling back on another language's."""
        if lang == ENGLISH:
            return bool(self.en)
        return bool(self.zh or self.zh_hant or self.zh_hk)

    def in_(self, lang: str) -> str:
        if lang == ENGLISH:
            return self.en or self.zh
        if lang == TRADITIONAL:
            return self.zh_hant or to_traditional(self.zh or self.en, lang)
        if lang == HONG_KONG:
            return self.zh_hk or to_traditional(self.zh or self.en, lang)
        return self.zh or self.en

    def format(self, lang: str, **values: object) -> str:
        """The text in `lang` with its `{placeholders}` filled in."""
        return self.in_(lang).format(**values)
