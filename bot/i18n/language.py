"""Languages: which one a chat speaks, and a text in each of them.

The bot speaks Simplified Chinese, Traditional Chinese (Taiwan or Hong Kong phrasing) and
English. Texts are written in Simplified Chinese and English; the Traditional ones are
converted with OpenCC's phrase tables (an author may write one out with `zh-hant:`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import opencc

SIMPLIFIED, TRADITIONAL, HONG_KONG, ENGLISH = "zh", "zh-hant", "zh-hk", "en"
LANGUAGES = (SIMPLIFIED, TRADITIONAL, HONG_KONG, ENGLISH)
CHINESE = frozenset({SIMPLIFIED, TRADITIONAL, HONG_KONG})

# What people type after /lang, and the language codes Telegram sends: Taiwan's and the
# generic Traditional codes get Taiwan phrasing, Hong Kong's and Macau's get Hong Kong's.
_ALIASES = {
    "zh": SIMPLIFIED,
    "zh-hans": SIMPLIFIED,
    "zh-cn": SIMPLIFIED,
    "zh-sg": SIMPLIFIED,
    "cn": SIMPLIFIED,
    "中文": SIMPLIFIED,
    "简体": SIMPLIFIED,
    "簡體": SIMPLIFIED,
    "zh-hant": TRADITIONAL,
    "zh-tw": TRADITIONAL,
    "tw": TRADITIONAL,
    "繁體": TRADITIONAL,
    "繁体": TRADITIONAL,
    "zh-hk": HONG_KONG,
    "zh-mo": HONG_KONG,
    "hk": HONG_KONG,
    "en": ENGLISH,
    "english": ENGLISH,
}


@lru_cache(maxsize=1024)  # once per Telegram code seen, not once per message
def language_named(name: str | None) -> str | None:
    """The language a `/lang` argument or a Telegram code names; None if none."""
    if not name:
        return None
    key = name.strip().casefold().replace("_", "-")
    return _ALIASES.get(key)


def language_for(code: str | None, chosen: str | None = None) -> str:
    """The one rule for which language to answer in: the chat's `/lang` choice, else the
    speaker's Telegram language (Chinese variants by region, other Chinese codes
    Simplified), else English for a known non-Chinese code, else Simplified Chinese."""
    if chosen in LANGUAGES:
        return chosen
    if not code:
        return SIMPLIFIED
    named = language_named(code)
    if named is not None:
        return named
    return SIMPLIFIED if code.casefold().startswith("zh") else ENGLISH


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


# Where OpenCC's phrase tables read our texts wrongly: 打开 of a door or a bag is 打開, not
# the software word 開啟; 游 (swim) is not 遊 (travel). Applied after it, to its output.
_AFTER_OPENCC = (("開啟", "打開"), ("直接遊", "直接游"), ("遊過去", "游過去"))


@cache
def to_traditional(text: str, lang: str = TRADITIONAL) -> str:
    """Simplified text in Traditional characters, with Taiwan's or Hong Kong's phrasing."""
    converted: str = _converter("s2hk" if lang == HONG_KONG else "s2twp").convert(text)
    for wrong, right in _AFTER_OPENCC:
        converted = converted.replace(wrong, right)
    return converted


@dataclass(frozen=True)
class Text:
    """One line in every language. `zh_hant` overrides the converted Traditional text."""

    zh: str
    en: str
    zh_hant: str | None = None

    def in_(self, lang: str) -> str:
        if lang == ENGLISH:
            return self.en or self.zh
        if lang in (TRADITIONAL, HONG_KONG):
            return self.zh_hant or to_traditional(self.zh or self.en, lang)
        return self.zh or self.en

    def format(self, lang: str, **values: object) -> str:
        """The text in `lang` with its `{placeholders}` filled in."""
        return self.in_(lang).format(**values)
