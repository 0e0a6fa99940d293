"""Round twenty-six's lines read as their readers read them (native26): ops26's new lines and
the names /prank finds a routine by, in Simplified, Traditional (Taiwan), Hong Kong Cantonese
and English.

Each pins a behaviour through the console playground (the real core, the real corpus, SQLite
in memory); no mock of our code. The lines are pinned as written, so a rewording back to the
old line fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.i18n.catalogue import say
from tests.support.playground import played

# -- 1. the close-match list's last line reads under one routine as under several -------------


@pytest.mark.parametrize(
    ("lang", "name", "closing", "old"),
    [
        # /prank 属虎 lists one routine, zodiac-belong: "none of these" (都不是, 都唔係, None
        # of these) is said of several, so under one it reads as a template's line (属鸡 was
        # the example: since ops28 鸡 names the rooster too, and it lists two)
        ("zh", "属虎", "想玩别的，就发 /list 看看全部。", "都不是"),
        ("zh-hant", "屬虎", "想玩別的，就傳 /list 看看全部吧。", "都不是"),
        ("zh-hk", "属虎", "想玩第啲，就發 /list 睇晒全部。", "都唔係"),
        ("en", "bear attack", "Something else? /list shows them all.", "None of these"),
    ],
)
def test_the_close_matches_end_by_offering_something_else(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, closing: str, old: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    near = say("unknown_routine_near", lang, name=name)
    assert near in shown, shown
    listed = shown.split(near)[1]
    assert listed.count("/prank ") == 1, shown  # one routine listed: the case the line is for
    assert closing in listed, shown
    assert old not in listed, shown


# -- 2. the names people type for a routine, by kind ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name", "routine"),
    [
        # Hong Kong's own words for what the title says in Mandarin: a dog's bark is 吠, a bird
        # is 雀, rain falls (落雨), one worships (拜神), drinks are 飲品 and 飲嘢, one grows fat
        # (變肥), gets lost (蕩失路) and is chopped at (斬)
        ("zh-hk", "狗吠", "bark-for-you"),
        ("zh-hk", "打雀", "birds-on-tree"),
        ("zh-hk", "雀仔", "birds-on-tree"),
        ("zh-hk", "落雨", "dry-hair"),
        ("zh-hk", "拜神", "favourite-god"),
        ("zh-hk", "飲品", "want-drink"),
        ("zh-hk", "飲嘢", "want-drink"),  # was near fool-in-english first (翻譯一句嘢's 嘢)
        ("zh-hk", "變肥", "gained-weight"),  # was near forget-pig first (变个魔术's 变)
        ("zh-hk", "蕩失路", "lost-deer"),
        ("zh-hk", "被人斬", "imagine-chase"),
        # everyday words of both shores, typed in either script: 变胖 and 发福 (put on weight;
        # 发福 was near dry-hair, 头发's 发), 夸奖 and 称赞 (Taiwan's 稱讚), 信教, 被人砍
        ("zh", "变胖", "gained-weight"),
        ("zh-hant", "變胖", "gained-weight"),
        ("zh", "发福", "gained-weight"),
        ("zh-hant", "發福", "gained-weight"),
        ("zh", "夸奖", "compliment-game"),
        ("zh-hant", "稱讚", "compliment-game"),
        ("zh-hant", "誇獎", "compliment-game"),
        ("zh", "信教", "favourite-god"),
        ("zh", "被人砍", "imagine-chase"),
        ("zh", "读错字", "misread-char"),  # said without 的; Taiwan writes 唸
        ("zh-hant", "唸錯字", "misread-char"),
        # English: the -ing form of the title's word ("barking" found nothing at all)
        ("en", "barking", "bark-for-you"),
        # ...and what English speakers call two riddles: the American holiday, and the pound
        # of feathers (both only near their routines before)
        ("en", "independence day", "july-fourth-england"),
        ("en", "pound of feathers", "feathers-steel"),
    ],
)
def test_a_routine_is_found_by_the_word_its_readers_use(
    corpus: Corpus, tmp_path: Path, lang: str, name: str, routine: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {name}"))
    found = corpus.routines[routine]
    assert found.states[found.start].say.in_(lang) in shown, shown


# -- 3. a yes as people say it to "Play it anyway?" takes the offer -------------------------------

TOAST_ASKED = "Type the word 'toast' five times"
TEN_KNIVES_ASKED = "Someone throws ten knives at you"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # each was nudged ("Send /prank to play, or /joke for a one-liner."), which fits
        # nothing the user just said: they said yes to the bot's own question
        ("en", "yes please"),
        ("en", "please"),
        ("en", "fine"),
        ("en", "ok fine"),
        ("en", "absolutely!"),
        ("zh", "来吧"),
        ("zh-hant", "來吧"),
        ("zh-hk", "嚟啦"),
    ],
)
def test_a_yes_in_its_own_words_takes_the_offer(
    corpus: Corpus, tmp_path: Path, lang: str, typed: str
) -> None:
    # a routine of the other language: offered first, played only if the yes takes the offer
    routine, offered, asked = (
        ("ten-knives", "anyway", TEN_KNIVES_ASKED)
        if lang == "en"
        else ("toast", "照玩", TOAST_ASKED)
    )
    shown = "\n".join(played(corpus, tmp_path, f"/lang {lang}", f"/prank {routine}", typed))
    before, after = shown.split(typed, 1)
    assert offered in before and asked not in before, shown
    assert asked in after, shown


def test_a_yes_with_a_sentence_after_it_still_takes_nothing(corpus: Corpus, tmp_path: Path) -> None:
    """A plain yes is words of assent alone: "please" added, a sentence is no answer still."""
    shown = "\n".join(played(corpus, tmp_path, "/lang zh", "/prank toast", "来吧 你先说说这是什么"))
    assert TOAST_ASKED not in shown, shown
