"""ops29b: what new users met, and the corpus's own checks.

1. /prank by words: only what plays in the chat's language is offered there (/prank 属鸡 listed
   the English rooster in a Chinese chat; the love lines' English names listed thirteen Chinese
   routines in an English chat); a word only a routine's question holds is offered, not played
   (/prank 猫 played the pig); a kind's short list puts first what the chat has not been dealt,
   in the chat's deck's order (it was always the first five by id).
2. The offer: whatever the bot answers after it (a sticker's "words please" too) leaves it no
   longer the last message, so a plain yes then answers the waiting question; a tap is a
   command, which moves on from the offer at once.
3. Only a laugh, a face or a mash, in a Chinese chat too: a Zhuyin symbol held down (ㄅㄅㄅ),
   Taiwan's Zhuyin laughs (ㄏㄏ, ㄎㄎ), and 233 where no answer is a number (你属什么), are no
   attempt; Zhuyin as words (ㄅㄓㄉ, ㄙㄨㄣ) and 233 to a sum still are.
4. The corpus checker names a kind as written ("kind 'riddles'", at its FILE:LINE), not
   "kind 1" nor "routine 'kind 1': 'also_called'"; an id without its dashes (tenknives) as a
   kind's name was checked already, and is pinned.

Each pins a behaviour with real answers through the real corpus: the console playground with
its SQLite, or the engine; no mock of our code."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.config import DEFAULT_CONTENT
from bot.content.corpus import Corpus, CorpusError, parse_corpus
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent, two_answers
from tests.support.emulator import Emulator
from tests.support.playground import played, said_after
from tests.support.telegram_fixtures import ALICE, private, running_bot, sends, wait_for

slow = pytest.mark.slow  # a bot against the Telegram emulator

ROOSTER = {"zh": "属鸡", "zh-hant": "屬雞", "zh-hk": "屬雞"}


def _offered(text: str) -> list[str]:
    return re.findall(r"/prank ([a-z0-9-]+)", text)


# -- 1. /prank by words ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_a_chinese_chat_is_not_offered_the_english_rooster(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """/prank 属鸡 finds no routine; of the close ones, the zodiac routine plays in Chinese, the
    rooster on the roof in English alone: the zodiac is offered, the rooster not. Breakage:
    `near` not told the chat's language (seen red: rooster-roof-egg listed)."""
    typed = f"/prank {ROOSTER[lang]}"
    offered = said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)
    assert _offered(offered) == ["zodiac-belong"], offered


@pytest.mark.parametrize(("lang", "word"), [("zh", "猫"), ("zh-hk", "貓"), ("en", "rabbit")])
def test_a_word_only_a_question_holds_is_offered_not_played(
    corpus: Corpus, tmp_path: Path, lang: str, word: str
) -> None:
    """The pig's question has a cat in it (猫和兔子都被抓了…); 猫 is no name of it: the pig is
    offered as a close one, its question not asked. Breakage: the question rule played (seen
    red: the pig's question asked)."""
    typed = f"/prank {word}"
    offered = said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed)
    assert say("unknown_routine_near", lang, name=word) in offered, offered
    assert _offered(offered) == ["pig-ran-away"], offered
    assert corpus.routines["pig-ran-away"].states["ask"].say.in_(lang) not in offered


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_the_quiz_is_played_by_the_name_people_give_it(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """爸爸 is the English quiz's name as data (`also_called`), so it plays; 爸, only in its
    question, is offered."""
    shown = played(corpus, tmp_path, f"/lang {lang}", "/prank 爸爸", "/cancel", "/prank 爸")
    assert corpus.routines["dad-in-english"].states["dad"].say.in_(lang) in said_after(
        shown, "/prank 爸爸"
    )
    assert _offered(said_after(shown, "/prank 爸")) == ["dad-in-english"]


@pytest.mark.parametrize("name", ["love line", "pickup line", "flirt"])
def test_love_lines_in_an_english_chat_offer_nothing_chinese(
    corpus: Corpus, tmp_path: Path, name: str
) -> None:
    """None of the love lines plays in English: an English chat hears so, and is offered none.
    Breakage: the choices not narrowed to the chat's language (seen red: thirteen listed)."""
    typed = f"/prank {name}"
    said = said_after(played(corpus, tmp_path, "/lang en", typed), typed)
    assert say("named_plays_only_zh", "en", name=name) in said, said
    assert _offered(said) == [], said


@pytest.mark.parametrize(("lang", "kind"), [("zh", "谜语"), ("zh-hk", "估謎語"), ("en", "riddle")])
def test_a_kinds_short_list_is_what_the_chat_has_not_played(
    corpus: Corpus, tmp_path: Path, lang: str, kind: str
) -> None:
    """The five a kind lists are those the chat has not been dealt, in its deck's order: the
    five played by their ids, /prank KIND lists five others; and two chats are offered two
    samples, not the first five by id for everyone. Breakage: sorted by id (seen red: the
    same five again)."""
    typed = f"/prank {kind}"
    first = _offered(said_after(played(corpus, tmp_path, f"/lang {lang}", typed), typed))
    assert len(first) == 5 and all(corpus.routines[r].plays_in(lang) for r in first)
    lines = [f"/lang {lang}"]
    for rid in first:
        lines += [f"/prank {rid}", "/cancel"]
    again = _offered(said_after(played(corpus, tmp_path, *lines, typed), typed))
    assert len(again) == 5 and not set(again) & set(first), (first, again)
    samples = {
        tuple(_offered(said_after(played(corpus, tmp_path, f"/lang {lang}", typed, seed=s), typed)))
        for s in range(4)
    }
    assert len(samples) > 1, samples


# -- 2. the offer ----------------------------------------------------------------------------

BIRTHDAYS_REVEAL = "Just one."
KNIVES_ASKED = "How many are left?"


def test_a_sticker_after_the_offer_leaves_it_no_longer_last(corpus: Corpus) -> None:
    """The birthdays asked, ten knives offered (it plays in Chinese), then a sticker: the bot
    asks for words, so the yes after it answers the birthdays, as after any reply. Breakage:
    only a text's reply cleared `Offer.last` (seen red: the yes took the offer)."""
    engine = Engine(corpus, random.Random(29))
    mei = Person(9, "Mei", "mei", "en")
    asked = sent(engine, ChatState(), mei, "/prank how-many-birthdays")
    offered = sent(engine, asked.chat, mei, "/prank ten-knives", 1.0)
    assert offered.chat.offer is not None and offered.chat.offer.last
    sticker = sent(engine, offered.chat, mei, "", 2.0, words=False)
    assert sticker.replies and sticker.replies[0].text == say("text_please", "en")
    assert sticker.chat.offer is not None and not sticker.chat.offer.last
    yes = "\n".join(r.text for r in sent(engine, sticker.chat, mei, "yes", 3.0).replies)
    assert BIRTHDAYS_REVEAL in yes and KNIVES_ASKED not in yes, yes


STICKER = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
           "height": 512, "is_animated": False, "is_video": False}  # fmt: skip


@slow
async def test_a_sticker_after_the_offer_on_telegram(emulator: Emulator, tmp_path: Path) -> None:
    """The same through the real Application and its SQLite: Alice's sticker after the offer
    is asked for words, and her yes then answers the birthdays."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3") as app:
        app.bot_data["services"].engine.prank_cooldown = 0.0
        emulator.user_message(private(ALICE), ALICE, "/prank how-many-birthdays")
        await wait_for(emulator, sends(ALICE["id"], "How many birthdays"))
        emulator.user_message(private(ALICE), ALICE, "/prank ten-knives")
        await wait_for(emulator, sends(ALICE["id"], "/prank ten-knives anyway"))
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, None, sticker=STICKER)
        await wait_for(emulator, sends(ALICE["id"], say("text_please", "en")), after=mark)
        mark = emulator.mark()
        emulator.user_message(private(ALICE), ALICE, "yes")
        answered = await wait_for(emulator, sends(ALICE["id"]), after=mark)
    assert BIRTHDAYS_REVEAL in answered["params"]["text"], answered
    assert emulator.rejected == []


def test_a_tap_after_the_offer_moves_on_from_it(corpus: Corpus, tmp_path: Path) -> None:
    """A tap on "another one" under a joke is /joke: a command, which ends the offer, so the
    yes after it answers the birthdays (the console's /press, its SQLite)."""
    shown = played(
        corpus,
        tmp_path,
        "/prank how-many-birthdays",
        "/joke",
        "/prank ten-knives",
        "/press 4 1",
        "yes",
    )
    after = "\n".join(shown).split("you: yes", 1)[1]
    assert BIRTHDAYS_REVEAL in after and KNIVES_ASKED not in after, shown


# -- 3. only a laugh, a face or a mash -------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "routine", "typed"),
    [
        ("zh-hant", "heart-side", "ㄅㄅㄅ"),  # a Zhuyin key held down
        ("zh-hant", "heart-side", "ㄏㄏ"),  # Taiwan's 呵呵, in Zhuyin
        ("zh-hant", "pig-ran-away", "ㄎㄎㄎ"),  # 科科
        ("zh", "zodiac-belong", "233"),  # the net's laugh, where no answer is a number
        ("zh-hk", "zodiac-belong", "2333"),
        ("zh", "heart-side", "asdfgh"),
        ("zh-hk", "heart-side", "哈哈哈哈"),
    ],
)
def test_a_chinese_chats_laugh_or_mash_alone_is_no_attempt(
    corpus: Corpus, lang: str, routine: str, typed: str
) -> None:
    """Asked again, then called off with the reveal: no fall. Breakage: Zhuyin not read as a
    key held or a laugh, 233 read as an answer where no number is set off topic (seen red:
    the reveal, scored a fall)."""
    first, second = two_answers(corpus, lang, routine, typed, seed=29)
    state = corpus.routines[routine].states[corpus.routines[routine].start]
    assert not first.endings, first.replies[0].text
    assert first.replies[0].text.endswith(
        say("no_attempt_no_words", lang) + "\n" + state.say.in_(lang)
    )
    assert [ending.outcome for ending in second.endings] == ["called_off"]


@pytest.mark.parametrize(
    ("lang", "routine", "typed"),
    [
        ("zh", "nine-by-three", "233"),  # a number to a sum: a guess, however wild
        ("zh-hant", "heart-side", "ㄅㄓㄉ"),  # 不知道, in Zhuyin: words
        ("zh-hant", "zodiac-belong", "ㄕㄨˇ ㄏㄡˊ"),  # 屬猴, in Zhuyin
    ],
)
def test_zhuyin_words_and_a_number_to_a_sum_are_not_that(
    corpus: Corpus, lang: str, routine: str, typed: str
) -> None:
    first, _ = two_answers(corpus, lang, routine, typed, seed=29)
    assert say("no_attempt_no_words", lang) not in first.replies[0].text, first.replies[0].text


# -- 4. the corpus checker's words for a kind ------------------------------------------------


def _kind_refused(kind: str) -> str:
    """What `bot check` says of the corpus with `kind` first among its kinds."""
    text = Path(DEFAULT_CONTENT).read_text(encoding="utf-8")
    text = text.replace("\nkinds:\n", f"\nkinds:\n  - {kind}\n", 1)
    line = text[: text.index(f"  - {kind}")].count("\n") + 1
    with pytest.raises(CorpusError) as refused:
        parse_corpus(text, "jokes.yaml")
    return (
        str(refused.value)
        .replace(f"jokes.yaml:{line}: ", "AT: ")
        .replace(f"line {line})", "line AT)")
    )


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        (
            "{names: {en: [riddles 2, '']}, routines: [ten-knives, moses-ark]}",
            "AT: kind 'riddles 2': 'names' has an empty name ('')",
        ),
        (
            "{names: {zh: [谜题大全], en: [puzzle]}, routines: [ten-knives, moses-ark]}",
            "kind '谜语': name 'puzzle' is a name of kind '谜题大全' too (line AT)",
        ),
        (
            "{names: {en: [tenknives]}, routines: [ten-knives, moses-ark]}",
            "AT: kind 'tenknives': name 'tenknives' is a name of routine 'ten-knives'",
        ),
    ],
)
def test_the_checker_names_a_kind_as_written_at_its_line(kind: str, said: str) -> None:
    """Breakage: the kind numbered ("kind 1"), its names' problems said of a routine (seen
    red: "routine 'kind 1': 'also_called' has an empty name")."""
    refused = _kind_refused(kind)
    assert any(line.endswith(said) for line in refused.splitlines()), refused
    assert "kind 1" not in refused, refused


# -- 5. what a new user met, each routine played once in each chat language --------------------


@pytest.mark.parametrize(
    ("lang", "routine", "typed", "guess"),
    [
        ("zh", "zodiac-belong", "哈哈哈哈", "猜"),
        ("zh-hant", "zodiac-belong", "哈哈哈", "猜"),
        ("zh-hk", "zodiac-belong", "哈哈哈", "估"),
        ("en", "play-water", "lol", "guess"),
    ],
)
def test_a_laugh_to_a_question_that_asks_no_guess_is_not_asked_for_one(
    corpus: Corpus, lang: str, routine: str, typed: str, guess: str
) -> None:
    """你属什么的？ and "Do you like playing with water?" ask no guess: a laugh alone is asked
    for a real answer, not "a real guess" (认真猜一个嘛 read as said to another question).
    Breakage: the guess line back (seen red)."""
    first, _ = two_answers(corpus, lang, routine, typed, seed=29)
    asked_again = first.replies[0].text.split("\n")[0]
    assert asked_again == say("no_attempt_no_words", lang), asked_again
    assert guess not in asked_again.casefold(), asked_again


@pytest.mark.parametrize("typed", ["wbzd", "nsdd", "dbq bhys"])
def test_pinyin_initials_are_words_not_a_mash(corpus: Corpus, typed: str) -> None:
    """A Chinese chat types words as their pinyin initials (wbzd: 我不知道); no vowel, but no
    mash: not told it is no answer. Breakage: the mash check knowing English words only (seen
    red: wbzd asked for a real answer)."""
    first, _ = two_answers(corpus, "zh", "heart-side", typed, seed=29)
    assert say("no_attempt_no_words", "zh") not in first.replies[0].text, first.replies[0].text
