"""Round twenty-five's user-facing lines read by a native reader of each language (native25):
Mainland Mandarin, Taiwan Mandarin, Hong Kong Cantonese and English, played in the console
playground through the shipped corpus and the real core (`played`). The lines this round added
(newuser25's still_waiting and stats_row, ops25's refusal line for blood-type and its bare 照玩)
are pinned as they now read; still_waiting changed, since "the last one is still waiting for
your answer" was the question personified, read as translated in every language, where a friend
says "you haven't answered it yet". From the older lines of one ordinary session, English's
title for a newcomer changed: "Title: 🐣 Fresh" read as slang for cool."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from tests.support.playground import played

# the elephant routine's first question, as asked in Simplified Chinese (and, Chinese only, in
# an English chat)
ELEPHANT_FIRST = "问你：把一头大象装进冰箱，总共要几步？"


def _line_after(shown: list[str], typed: str) -> str:
    """The first line the bot shows after the last time `typed` was typed."""
    at = max(i for i, line in enumerate(shown) if line.endswith(f": {typed}"))
    return shown[at + 1]


@pytest.mark.parametrize(
    ("lang", "still_waiting"),
    [
        ("zh", "（上一题你还没回答呢：" + ELEPHANT_FIRST + "）"),
        # ops30b: after /lang, the open prank is asked in the chosen variety (it was quoted as
        # asked, in Simplified)
        ("zh-hant", "（上一題你還沒回答喔：問你：把一頭大象裝進冰箱，總共要幾步？）"),
        ("zh-hk", "（上一條你仲未答㗎：問你：將一隻大象放入雪櫃，總共要幾多步？）"),
        ("en", "(You haven't answered the last one yet: " + ELEPHANT_FIRST + ")"),
    ],
)
def test_the_waiting_question_is_named_as_a_friend_says_it(
    corpus: Corpus, tmp_path: Path, lang: str, still_waiting: str
) -> None:
    """A /prank that finds nothing while the elephant's question waits: the line under "no
    routine called 火锅" (生肖 until ops26 made it a name of the zodiac routine) says "you
    haven't answered the last one yet", in the reader's own words. Breakage: the old
    上一题还在等你回答, 上一題還在等你回答, 上一條仲喺度等緊你答, "The last one is still
    waiting for your answer" (seen red)."""
    shown = played(
        corpus, tmp_path, "/lang zh", "/prank elephant-fridge", f"/lang {lang}", "/prank 火锅"
    )
    at = max(i for i, line in enumerate(shown) if line.endswith(": /prank 火锅"))
    assert shown[at + 2].strip() == still_waiting  # under the "no routine called" line


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk", "en"])
def test_the_waiting_line_is_not_the_question_personified(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """The rule the pins above follow: the victim has not answered, the question does not
    wait for them (等你回答, 等緊你答, "waiting for your answer"). Breakage: the old lines."""
    shown = played(
        corpus, tmp_path, "/lang zh", "/prank elephant-fridge", f"/lang {lang}", "/prank 火锅"
    )
    at = max(i for i, line in enumerate(shown) if line.endswith(": /prank 火锅"))
    line = shown[at + 2]
    assert corpus.routines["elephant-fridge"].states["fridge"].say.in_(lang) in line
    assert not any(word in line for word in ("等你回答", "等緊你答", "waiting for")), line


@pytest.mark.parametrize(
    ("lang", "refused"),
    [
        ("zh", "不猜就算了，这句情话先留着，下次再撩你。"),
        ("zh-hant", "不猜就算了，這句情話先留著，下次再撩你。"),
        ("zh-hk", "唔估就算啦，呢句情話留住先，下次再氹你。"),
    ],
)
def test_blood_types_refusal_line_is_kept_as_reviewed(
    corpus: Corpus, tmp_path: Path, lang: str, refused: str
) -> None:
    """Kept (ops25): a refusal to guess the blood type is not told the line; the mainland's
    and Taiwan's 撩 (flirt) and Hong Kong's 氹 (sweet-talk) are each reader's word."""
    shown = played(corpus, tmp_path, f"/lang {lang}", "/prank blood-type", "不告诉你")
    assert _line_after(shown, "不告诉你").split("] ", 1)[1] == refused


@pytest.mark.parametrize(
    ("lang", "offer"),
    [
        ("zh", "还想玩的话，发 /prank gullible-ceiling 照玩"),
        ("zh-hant", "還是想玩的話，就傳 /prank gullible-ceiling 照玩"),
        ("zh-hk", "仲係想玩嘅話，就發 /prank gullible-ceiling 照玩"),
    ],
)
def test_the_offer_then_a_bare_anyway_plays_it(
    corpus: Corpus, tmp_path: Path, lang: str, offer: str
) -> None:
    """Kept (ops25): the offer names 照玩, and 照玩 alone, typed next, takes it."""
    shown = played(corpus, tmp_path, f"/lang {lang}", "/prank gullible-ceiling", "照玩")
    assert _line_after(shown, "/prank gullible-ceiling").endswith(offer)
    assert "'gullible' on your ceiling" in "\n".join(shown[-3:])


def test_an_english_newcomers_title_is_rookie(corpus: Corpus, tmp_path: Path) -> None:
    """/stats in a private chat before any prank: a newcomer is a rookie. Breakage: the old
    "🐣 Fresh" (seen red)."""
    shown = played(corpus, tmp_path, "/lang en", "/stats")
    assert "Title: 🐣 Rookie" in [line.strip() for line in shown]
