"""ops30b: what new users met (round twenty-nine).

1. A laugh (哈哈, lol) answered to a question is no answer, in every state: it met the hint
   that questions a guess nobody made (one-and-three), or the punchline itself (mama-song).
   It is nudged once ("that doesn't count as an answer"), the question asked again; a laugh
   after that meets the don't-know's hint, which questions no guess.
2. A bare "no" to compliment-game's "You go first, okay?" declines to play, as "no thanks"
   does: it was a try, hinted, and a second "no" scored a fall.
3. In a group, a new /prank that ended one (a hinted guess's fall) put the new @mention before
   the board's line of the one it ended.
4. /prank by the words people type, as corpus data: 老虎 offered the English quiz (by the 老
   of 老豆), 星座 and 猫猫 found nothing, "English quiz" in an English chat was a routine that
   "only works in Chinese" (the Chinese-only quiz of English words, now named "Dad in English").
5. After /lang, what the bot says next is in the new language: an open prank whose routine is
   written in it carries on in it (its timeout's reveal quoted its question in the old one),
   and /lang says so; one with no text in it keeps its lines, and /lang says that.

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite (the record every ending adds to); no mock of our code."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.playground import played, said_after

LAUGH = {"zh": "哈哈", "zh-hant": "哈哈哈", "zh-hk": "哈哈", "en": "lol"}


# -- 1. a laugh is no answer -----------------------------------------------------------------


@pytest.mark.parametrize("lang", list(LAUGH))
def test_a_laugh_is_nudged_not_hinted(corpus: Corpus, tmp_path: Path, lang: str) -> None:
    """哈哈 to one-and-three: the nudge and the question again, not the hint asking whether
    the question meant what the victim thought (no guess was made). Breakage: the laugh rule
    only where the reveal is the prank (seen red: the hint)."""
    ask = corpus.routines["one-and-three"].states["ask"]
    laugh = LAUGH[lang]
    shown = said_after(
        played(corpus, tmp_path, f"/lang {lang}", "/prank one-and-three", laugh), laugh
    )
    assert say("no_attempt_no_words", lang) in shown, shown
    assert ask.say.in_(lang) in shown, shown
    assert ask.hint is not None and ask.hint.in_(lang) not in shown, shown


@pytest.mark.parametrize("lang", list(LAUGH))
def test_a_second_laugh_meets_the_hint_that_questions_no_guess(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """Laughing again after the nudge: the don't-know's hint (look at the words), not the one
    questioning a guess. Breakage: a laugh not read as making no guess (seen red)."""
    ask = corpus.routines["one-and-three"].states["ask"]
    shown = played(corpus, tmp_path, f"/lang {lang}", "/prank one-and-three", "哈哈", "哈哈哈哈")
    after = said_after(shown, "哈哈哈哈")
    assert ask.dont_know_hint is not None and ask.dont_know_hint.in_(lang) in after, after


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_a_laugh_does_not_get_the_punchline(corpus: Corpus, tmp_path: Path, lang: str) -> None:
    """哈哈哈 to mama-song (no hint: the reveal came at once) is nudged; the song's next line
    is not given away. Breakage as above (seen red: the reveal)."""
    ask = corpus.routines["mama-song"].states["ask"]
    shown = said_after(
        played(corpus, tmp_path, f"/lang {lang}", "/prank mama-song", "哈哈哈"), "哈哈哈"
    )
    assert say("no_attempt_no_words", lang) in shown, shown
    assert ask.reveal.in_(lang) not in shown, shown


def test_a_laugh_beside_an_answer_is_still_the_answer(corpus: Corpus, tmp_path: Path) -> None:
    """哈哈 二 is a guess (the writers label those as the answer): met with its reply."""
    two = corpus.routines["one-and-three"].states["ask"].answers[0]
    shown = said_after(
        played(corpus, tmp_path, "/lang zh", "/prank one-and-three", "哈哈 二"), "哈哈 二"
    )
    assert two.reply is not None and two.reply.in_("zh") in shown, shown


# -- 2. a no to an invitation ----------------------------------------------------------------

NO = {"zh": "不要", "zh-hant": "不要", "zh-hk": "唔好", "en": "no"}


@pytest.mark.parametrize("lang", list(NO))
def test_a_bare_no_to_you_go_first_declines_to_play(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """ "no" to "You go first, okay?": the prank ends as a refusal (its line: the reveal), no
    fall on the record, and no "go on?" that would take a second no as a try. Breakage: the
    no_declines rule dropped from reading.recognise (seen red: the hint, then a fall)."""
    ask = corpus.routines["compliment-game"].states["ask"]
    shown = played(
        corpus, tmp_path, f"/lang {lang}", "/prank compliment-game", NO[lang], NO[lang], "/stats"
    )
    after = said_after(shown, NO[lang])
    assert ask.reveal.in_(lang) in "\n".join(shown), shown
    assert ask.hint is not None and ask.hint.in_(lang) not in "\n".join(shown), shown
    assert say("record_fell", lang, count=0) in "\n".join(shown), after


def test_a_compliment_after_all_still_plays(corpus: Corpus, tmp_path: Path) -> None:
    """A compliment is no refusal: it gets the compliment back (the prank)."""
    reply = corpus.routines["compliment-game"].states["ask"].answers[0].reply
    shown = said_after(
        played(corpus, tmp_path, "/lang en", "/prank compliment-game", "you're smart"),
        "you're smart",
    )
    assert reply is not None and reply.in_("en") in shown, shown


# -- 3. a group's new /prank: the board's line first -----------------------------------------

FALLS = {"zh": "紫色大象", "zh-hant": "紫色大象", "zh-hk": "紫色大象", "en": "purple elephant"}


@pytest.mark.parametrize("lang", list(FALLS))
def test_the_board_line_heads_the_new_prank_s_mention(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """Bob's hinted guess at compliment-game falls when Alice pranks him anew: the message
    opens with the board's line ("🎭 @alice got @bob!"), then the new prank, @bob named at
    its start. Breakage: the mention put before the whole message (seen red: "@bob 🎭 …")."""
    shown = played(
        corpus,
        tmp_path,
        f"/lang {lang}",
        "/group",
        "/as alice",
        "/prank @bob compliment-game",
        "/as bob",
        FALLS[lang],
        "/as alice",
        "/prank @bob",
    )
    typed = max(n for n, line in enumerate(shown) if line.endswith("alice: /prank @bob"))
    lines = shown[typed + 1 :]
    board = say("got_you", lang, by="@alice", target="@bob")
    assert lines[0].endswith(f"] {board}"), lines
    assert lines[1].strip().startswith("@bob "), lines


# -- 5. /lang with a prank open --------------------------------------------------------------

SWITCHES = [("zh", "en"), ("en", "zh-hk"), ("zh-hk", "zh-hant"), ("en", "zh")]


@pytest.mark.parametrize(("old", "new"), SWITCHES)
def test_after_lang_the_open_prank_s_reveal_is_in_the_new_language(
    corpus: Corpus, old: str, new: str
) -> None:
    """one-and-three asked in `old`, /lang `new`, and the prank times out: /lang says it
    carries on in `new`, and the reveal is in `new`. Breakage: the prank's language left as
    it was asked (seen red: the reveal in `old`)."""
    engine = Engine(corpus, random.Random(2))
    mei = Person(7, "Mei", "mei", old)
    chat = sent(engine, ChatState(lang=old), mei, "/prank one-and-three").chat
    switched = sent(engine, chat, mei, f"/lang {new}")
    name = say(f"lang_name_{new}", new)
    assert say("lang_open_follows", new, name=name) in switched.replies[0].text
    revealed = "\n".join(r.text for r in engine.expire(switched.chat, now=1e9).replies)
    reveal = corpus.routines["one-and-three"].states["ask"].reveal
    assert reveal.in_(new) in revealed, revealed


def test_lang_says_a_routine_without_the_new_language_keeps_its_own(
    corpus: Corpus, tmp_path: Path
) -> None:
    """mama-song (Chinese only) asked, then /lang en: said that its lines stay in Chinese."""
    shown = said_after(
        played(corpus, tmp_path, "/lang zh", "/prank mama-song", "/lang en"), "/lang en"
    )
    other = say("lang_name_zh", "en")
    assert say("lang_open_stays", "en", name="English", other=other) in shown, shown


# -- 4. /prank by the words people type ------------------------------------------------------

CHINESE = ["zh", "zh-hant", "zh-hk"]


@pytest.mark.parametrize("lang", CHINESE)
def test_the_tiger_plays_the_zodiac_not_the_dad_quiz(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """/prank 老虎: a sign of the zodiac by the name people say it by (属老虎, `also_called`),
    played; the English quiz (by the 老 of 老豆) is not offered. Breakage: the name left out
    (seen red: dad-in-english offered)."""
    typed = "/prank 老虎"
    shown = said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)
    zodiac = corpus.routines["zodiac-belong"]
    asked = zodiac.states[zodiac.start].say.in_(lang)
    assert asked in shown, shown
    assert "dad-in-english" not in shown, shown


@pytest.mark.parametrize("lang", CHINESE)
def test_star_sign_plays_the_zodiac(corpus: Corpus, tmp_path: Path, lang: str) -> None:
    """/prank 星座 (star sign, as its English names say) plays 你属什么. Breakage: found nothing."""
    typed = "/prank 星座"
    shown = said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)
    zodiac = corpus.routines["zodiac-belong"]
    assert zodiac.states[zodiac.start].say.in_(lang) in shown, shown


@pytest.mark.parametrize(("lang", "word"), [("zh", "猫猫"), ("zh-hant", "貓貓"), ("zh-hk", "貓貓")])
def test_a_word_said_twice_is_read_once(
    corpus: Corpus, tmp_path: Path, lang: str, word: str
) -> None:
    """/prank 猫猫 is /prank 猫: the pig offered (its question holds the cat), not played.
    Breakage: `titles._once` not asked (seen red: no routine called 猫猫, nothing offered)."""
    typed = f"/prank {word}"
    shown = said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)
    assert say("unknown_routine_near", lang, name=word) in shown, shown
    assert "/prank pig-ran-away" in shown, shown


def test_a_word_said_twice_that_is_a_name_stays_whole(corpus: Corpus) -> None:
    """汪汪 is bark-for-you's name as written: found as typed (the reading once is a fallback)."""
    found = corpus.titles.find("汪汪")
    assert [r.id for r in found.routines] == ["bark-for-you"], found


def test_an_english_quiz_is_not_a_chinese_only_routine_in_english(
    corpus: Corpus, tmp_path: Path
) -> None:
    """ "English quiz" in an English chat: not "only works in Chinese" (the quiz of English for
    Chinese readers is named what it asks, "Dad in English"). Breakage: its old title."""
    typed = "/prank English quiz"
    shown = said_after(played(corpus, tmp_path, "/lang en", typed), typed)
    assert "only works in Chinese" not in shown, shown


# -- 6. what a new user met playing each kind ------------------------------------------------

LAUGH_AT_A_JOKE = {"zh": "哈哈哈", "zh-hant": "哈哈哈", "zh-hk": "哈哈", "en": "lol"}


@pytest.mark.parametrize("lang", list(LAUGH_AT_A_JOKE))
def test_a_laugh_at_a_joke_is_laughed_along_with(corpus: Corpus, tmp_path: Path, lang: str) -> None:
    """哈哈 after a /joke, no question waiting: laughed along with, not told "send /prank to
    play" as if it asked how; words are still nudged. Breakage: `only_a_laugh` not asked
    (seen red: the nudge)."""
    laugh = LAUGH_AT_A_JOKE[lang]
    shown = played(corpus, tmp_path, f"/lang {lang}", "/joke", laugh, "hello there")
    assert say("nudge_laughed", lang) in said_after(shown, laugh), shown
    assert say("nudge", lang) in said_after(shown, "hello there"), shown
