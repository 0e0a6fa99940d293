"""Round twenty-three's ops fixes: one table for the operators' words (review22), /prank's
search by a routine's words in any language (newuser22), the playground's message numbers per
chat, and what a Chinese chat is told in its own words. Each seen red without its change."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from bot.application.services import Services
from bot.application.turn import Turns
from bot.console.playground import Playground, person_named
from bot.content.corpus import Corpus
from bot.content.titles import QUESTION, TYPO, WORDS
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.storage import LinkRecord, Storage
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.playground import played
from tests.support.telegram_fixtures import BOB, private, running_bot, sends, wait_for
from understanding import text

slow = pytest.mark.slow  # a bot against the Telegram emulator

# -- an operator's word: one table, read both ways (review22) -----------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2x3x1...", "2 times 3 times 1..."),
        ("2×3…", "2 times 3…"),
        ("2*3 = um", "2 times 3 = um"),
        ("10÷2 ...", "10 divided by 2 ..."),
        ("10/2…", "10 divided by 2…"),
        ("9 − 2…", "9 minus 2…"),
        ("9-2…", "9 minus 2…"),
        ("1+2...", "1 plus 2..."),
    ],
)
def test_a_sum_still_being_worked_says_its_operators_in_words(typed: str, said: str) -> None:
    """Rule "a sum still being worked": its operators read as words, as before the table
    was made one (review22)."""
    assert text.arithmetic(typed) == said


@pytest.mark.parametrize("symbol", ["+", "-", "−", "*", "x", "×", "/", "÷"])
def test_an_operators_word_reads_back_as_its_symbol(symbol: str) -> None:
    """The word a symbol is said as is one that "working in words" reads as that symbol
    (x, × and ÷, − as the *, / and - they stand for). Breakage: a second table, kept by
    hand beside _EN_OPERATORS, could say a word that table reads otherwise, or none."""
    word = text._OPERATOR_WORDS[symbol]
    stands_for = {"x": "*", "×": "*", "÷": "/", "−": "-"}.get(symbol, symbol)
    assert text.worded_sums(f"3 {word} 2") == f"3{stands_for}2"


# -- /prank finds a routine by the words of its question (newuser22) ----------------------

MEI = Person(7, "Mei", "mei", "zh-hans")


def prank(corpus: Corpus, lang: str, name: str, **extra: object) -> Response:
    message = Incoming(MEI, f"/prank {name}", 0.0, **extra)  # type: ignore[arg-type]
    return handled(Engine(corpus, random.Random(23)), ChatState(lang=lang), message)


def shown(response: Response) -> str:
    return "\n".join(reply.text for reply in response.replies)


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_a_word_of_a_routines_question_plays_it(corpus: Corpus, lang: str) -> None:
    """`/prank 爸爸`: no title holds it, the English quiz's question does (考考你英语：“爸爸”
    用英语怎么说？), and it is one of the quiz's names (`also_called`: ops29 plays a word only
    a question holds no more, 爸 below). Breakage: "no routine called 爸爸" (newuser22; seen
    red)."""
    played = prank(corpus, lang, "爸爸")
    assert [p.routine for p in played.chat.pranks.values()] == ["dad-in-english"]
    assert shown(played) == corpus.routines["dad-in-english"].states["dad"].say.in_(lang)


@pytest.mark.parametrize("lang", ["zh", "zh-hant", "zh-hk"])
def test_a_word_only_its_question_holds_is_offered(corpus: Corpus, lang: str) -> None:
    """爸 is in the quiz's question and none of its names: offered, not played (ops29)."""
    offered = prank(corpus, lang, "爸")
    assert offered.chat.pranks == {} and "/prank dad-in-english" in shown(offered)


def test_a_word_of_an_english_question_is_a_whole_word(corpus: Corpus) -> None:
    """ "fifth" is a word of the five daughters' question; "fift" is a part of one, no word of
    any question or title, and finds nothing."""
    index = corpus.titles
    assert [r.id for r in index.find("fifth").routines] == ["five-daughters"]
    assert index.find("fifth").how == QUESTION
    assert index.find("fift").routines == ()
    offered = prank(corpus, "en", "fifth")  # offered, not played (ops29)
    assert offered.chat.pranks == {} and "/prank five-daughters" in shown(offered)


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("zh", "跟“怎么”有关的套路有好几个，你想玩哪个？"),
        ("zh-hant", "有關的套路有好幾個"),
        ("en", "Maybe you meant"),  # one of the four plays in English: offered (ops29)
    ],
)
def test_a_question_word_several_routines_ask_lists_them(
    corpus: Corpus, lang: str, heading: str
) -> None:
    """怎么 is in four routines' questions and no title: the choices, as /prank lists them."""
    found = corpus.titles.find("怎么")
    assert found.how == QUESTION and len(found.routines) == 4
    listed = prank(corpus, lang, "怎么")
    assert heading in shown(listed) and listed.chat.pranks == {}
    here = [r for r in found.routines if r.plays_in(lang)]
    assert all(f"/prank {r.id}" in shown(listed) for r in here), shown(listed)


def test_one_character_of_a_question_names_no_routine(corpus: Corpus) -> None:
    """吗 is in most questions and names none: nothing found, said kindly, not a list of
    eight (review23). One character one question alone holds still finds it (爸), and two
    find every routine whose question holds them (怎么). Breakage: no length for a question's
    word (seen red: 吗 found 8)."""
    assert corpus.titles.find("吗").routines == ()
    assert "没有叫“吗”的套路" in shown(prank(corpus, "zh", "吗"))
    assert len(corpus.titles.find("怎么").routines) == 4
    assert [r.id for r in corpus.titles.find("爸").routines] == ["dad-in-english"]  # offered


def test_a_titles_words_and_typos_still_come_before_a_questions(corpus: Corpus) -> None:
    """The question is the loosest rule: "dad" is a word of two titles (the quiz's id, Mary's
    dad's daughters) and "tosat" a typo of toast, as before; nothing found is said kindly; in
    a group a lone word like a username is still a friend's, @ forgotten."""
    index = corpus.titles
    assert index.find("dad").how == WORDS and len(index.find("dad").routines) == 2
    assert index.find("tosat").how == TYPO
    assert "没有叫“鳄鱼”的套路" in shown(prank(corpus, "zh", "鳄鱼"))
    friend = prank(corpus, "en", "fifth", in_group=True, chat_id=-1)
    assert "Did you mean @fifth?" in shown(friend) and friend.chat.pranks == {}


@slow
async def test_prank_by_a_word_of_its_question_on_telegram(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Through the real Application: Bob (zh-hans) sends `/prank 爸爸` in his private chat and
    is asked the English quiz's question."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(BOB), BOB, "/prank 爸爸")
        asked = await wait_for(emulator, sends(BOB["id"]))
    assert asked["params"]["text"] == "考考你英语：“爸爸”用英语怎么说？"


# -- the playground: each chat numbers its own messages, as Telegram does -------------------


def test_each_chat_numbers_its_own_messages(corpus: Corpus, tmp_path: Path) -> None:
    """The group's greeting is its [1], Bob's hi its [2]; back in your private chat, your
    first message is its [1] (the bot's answer its [2]), and /reply 1 there answers it, not
    the group's [1]. Breakage:
    one count ran across chats (seen red: your first private message was [3])."""
    lines = played(
        corpus, tmp_path, "/group", "/as bob", "hi", "/as you", "/private", "hello", "/reply 1 hi"
    )
    assert "[2] bob: hi" in lines, lines
    assert "[1] you: hello" in lines, lines
    assert "[3] you (re [1]): hi" in lines, lines


def test_a_chats_numbers_go_on_where_they_left_off(corpus: Corpus, tmp_path: Path) -> None:
    """Each chat's count goes on after a visit to another: the group's next message is [3]
    (the private chat's hello was answered there, its [2])."""
    lines = played(corpus, tmp_path, "/group", "hi", "/private", "hello", "/group", "again")
    assert [line for line in lines if line.startswith("[") and " you: " in line] == [
        "[2] you: hi",
        "[1] you: hello",
        "[3] you: again",
    ], lines


# -- what a Chinese chat is told: no code or id where a name belongs ------------------------

YOU_ID = person_named("you").id or 0  # the playground's own user


async def told(corpus: Corpus, tmp_path: Path, lang: str, command: str, storage: Storage) -> str:
    """What the bot answers your `command` in the playground's private chat, which speaks
    `lang`."""
    services = Services(corpus, storage, random.Random(23))
    storage.save_chat(YOU_ID, ChatState(lang=lang))
    out = io.StringIO()
    try:
        playground = Playground(Turns(services, storage), out, tmp_path, language_code="zh")
        await playground.feed(command)
    finally:
        services.close()
    return out.getvalue()


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("zh", "• 八把刀（中文）：只有你能用"),
        ("zh-hant", "• 八把刀（中文）：只有你能用"),
        ("zh-hk", "• 八把刀（中文）：淨係你用得"),
        ("en", "• 八把刀 (Chinese) — yours only"),
    ],
)
async def test_mine_names_a_routines_language_not_its_code(
    corpus: Corpus, tmp_path: Path, lang: str, line: str
) -> None:
    """/mine's line of a written routine: its language by name in the reader's language.
    Breakage: "• 八把刀 (zh) — 只有你能用", a code in a Chinese chat (seen red)."""
    storage = Storage(tmp_path / "bot.sqlite3")
    try:
        storage.add_authored(YOU_ID, "Mei", "八把刀", "zh", {"title": "八把刀"}, 0.0)
        shown = await told(corpus, tmp_path, lang, "/mine", storage)
    finally:
        storage.close()
    assert line in shown and "(zh)" not in shown, shown


@pytest.mark.parametrize(
    ("lang", "gone", "kept"),
    [
        ("zh", "• 已下架的套路（", "• 十把刀（"),
        ("zh-hant", "• 已下架的套路（", "• 十把刀（"),
        ("zh-hk", "• 已經落咗架嘅套路（", "• 十把刀（"),
        ("en", "• A routine that's been taken down (", "• Ten knives ("),
    ],
)
async def test_links_names_a_routine_gone_since_without_its_id(
    corpus: Corpus, tmp_path: Path, lang: str, gone: str, kept: str
) -> None:
    """/links: a link whose routine is gone (a /reload took it) is said so, not by its id;
    one whose routine is there is named by its title, as before. Breakage: the id, an
    English word, in a Chinese chat (seen red)."""
    storage = Storage(tmp_path / "bot.sqlite3")
    now = 1e10  # ahead of the services' clock (the time now): open, not expired
    try:
        storage.create_link(LinkRecord("gone0000", YOU_ID, lang, "old-and-gone", now))
        storage.create_link(LinkRecord("kept0000", YOU_ID, lang, "ten-knives", now))
        shown = await told(corpus, tmp_path, lang, "/links", storage)
    finally:
        storage.close()
    assert gone in shown and kept in shown and "old-and-gone" not in shown, shown
