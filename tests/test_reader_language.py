"""The reader's language first: English for a user Telegram tells nothing of (or one the bot
does not speak), the terminal's locale in the playground, an unknown /lang named back, and a
routine that only works in another language offered as such, not silently played."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.language import language_for, locale_language
from tests.support.conversation import handled
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import private, running_bot, sends, wait_for

NOBODY_KNOWS = Person(5, "Kim", "kim", None)
SAM = Person(9, "Sam", "sam", "en-US")
MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")


def send(engine: Engine, chat: ChatState, who: Person, text: str) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, now=0.0))
    engine.validate(outcome.chat)
    return outcome


def text_of(outcome: Response) -> str:
    return "\n".join(r.text for r in outcome.replies)


@pytest.mark.parametrize(
    ("code", "lang"),
    [(None, "en"), ("", "en"), ("fr", "en"), ("pt-br", "en"), ("zh", "zh"), ("zh-TW", "zh-hant")],
)
def test_a_code_the_bot_does_not_speak_gets_english(code: str | None, lang: str) -> None:
    assert language_for(code) == lang


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_SG"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh-hant"),
        ({"LANG": "zh_HK.UTF-8"}, "zh-hk"),
        ({"LANG": "zh_MO.UTF-8"}, "zh-hk"),
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh-hant"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "zh_HK.UTF-8"}, "zh-hk"),  # empty is unset
    ],
)
def test_the_terminal_locale_names_the_playground_language(environ: dict, lang: str) -> None:
    assert locale_language(environ) == lang


def test_a_user_without_a_code_reads_english(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(1))
    assert "Hi, I'm Taolu" in text_of(send(engine, ChatState(), NOBODY_KNOWS, "/start"))
    assert "Send /prank to play" in text_of(send(engine, ChatState(), NOBODY_KNOWS, "hello"))


@pytest.mark.parametrize(
    ("who", "line"),
    [
        (SAM, "I don't speak “fr”. Choices: /lang zh"),
        (MEI, "我不会“fr”这种语言。可选：/lang zh"),
        (WEN, "我不會「fr」這種語言。可以選：/lang zh"),
    ],
)
def test_an_unknown_lang_is_named_with_the_choices(corpus: Corpus, who: Person, line: str) -> None:
    engine = Engine(corpus, random.Random(2))
    outcome = send(engine, ChatState(), who, "/lang fr")
    assert line in text_of(outcome) and "/lang en" in text_of(outcome)
    assert outcome.chat.lang is None


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        *((n, "zh-hk") for n in ("粵語", "粤语", "廣東話", "广东话", "香港", "cantonese",
                                 "Cantonese", "hong kong", "Hong Kong", "hongkong", "zh-hk", "hk")),
        *((n, "zh-hant") for n in ("台灣", "臺灣", "台湾", "繁體", "正體", "國語", "Taiwan",
                                   "zh-hant", "zh_TW")),
        *((n, "zh") for n in ("简体", "簡體", "普通话", "普通話", "中文", "大陆", "Chinese",
                              "Mandarin", "zh")),
        *((n, "en") for n in ("english", "English", "英文", "英語", "英语", "en")),
    ],
)  # fmt: skip
def test_lang_takes_the_natural_names_of_each_language(
    corpus: Corpus, name: str, lang: str
) -> None:
    engine = Engine(corpus, random.Random(2))
    for who in (SAM, MEI, WEN):
        outcome = send(engine, ChatState(), who, f"/lang {name}")
        assert outcome.chat.lang == lang, (who.language_code, name, text_of(outcome))


@pytest.mark.parametrize("name", ["台語", "客家話", "fr", "klingon"])
def test_a_language_the_bot_does_not_speak_is_still_unknown(corpus: Corpus, name: str) -> None:
    outcome = send(Engine(corpus, random.Random(2)), ChatState(), WEN, f"/lang {name}")
    assert outcome.chat.lang is None and f"「{name}」" in text_of(outcome)


@pytest.mark.parametrize(
    ("who", "cantonese"),
    [(SAM, "/lang zh-hk (Cantonese"), (MEI, "/lang zh-hk（廣東話"), (WEN, "/lang zh-hk（廣東話")],
)
def test_the_lang_menu_says_zh_hk_is_cantonese(corpus: Corpus, who: Person, cantonese: str) -> None:
    engine = Engine(corpus, random.Random(2))
    for asked in ("/lang", "/lang fr"):
        assert cantonese in text_of(send(engine, ChatState(), who, asked))
    switched = send(engine, ChatState(), who, "/lang 粵語")
    assert "廣東話（香港）" in text_of(switched)


@pytest.mark.parametrize(
    ("who", "name", "line", "routine"),
    [
        (SAM, "ten-knives", "“Ten knives” only works in Chinese", "ten-knives"),
        (SAM, "大象", "only works in Chinese", "elephant-fridge"),
        (MEI, "toast", "只有用英文玩才好笑", "toast-toaster"),
        (WEN, "toast", "要用英文玩才好笑", "toast-toaster"),
    ],
)
def test_a_routine_for_another_language_is_offered_then_played_anyway(
    corpus: Corpus, who: Person, name: str, line: str, routine: str
) -> None:
    engine = Engine(corpus, random.Random(3))
    offered = send(engine, ChatState(), who, f"/prank {name}")
    assert line in text_of(offered) and offered.chat.pranks == {}
    word = "anyway" if who is SAM else "照玩"  # a Chinese reader is told a Chinese word (ops23)
    assert f"/prank {routine} {word}" in text_of(offered)
    anyway = send(engine, offered.chat, who, f"/prank {routine} {word}")
    assert [p.routine for p in anyway.chat.pranks.values()] == [routine]


def test_a_routine_for_the_readers_language_is_played_at_once(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(4))
    for who, name in ((SAM, "toast"), (MEI, "十把刀"), (WEN, "十把刀")):
        assert send(engine, ChatState(), who, f"/prank {name}").chat.pranks, name


# -- on Telegram, through the emulator --------------------------------------------------------

KIM = {"id": 1020, "is_bot": False, "first_name": "Kim"}  # Telegram sent no language code
LUC = {"id": 1021, "is_bot": False, "first_name": "Luc", "language_code": "fr"}


async def test_on_telegram_no_code_and_an_unspoken_code_read_english(
    emulator: Emulator, tmp_path: Path
) -> None:
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        emulator.user_message(private(KIM), KIM, "/start")
        await wait_for(emulator, sends(KIM["id"], "Hi, I'm Taolu"))
        emulator.user_message(private(LUC), LUC, "/prank ten-knives")
        await wait_for(emulator, sends(LUC["id"], "/prank ten-knives anyway"))
        emulator.user_message(private(LUC), LUC, "/lang xx")
        await wait_for(emulator, sends(LUC["id"], "I don't speak “xx”"))
    assert emulator.rejected == []


# -- in the playground ------------------------------------------------------------------------


def playground(lines: str, **locale: str) -> str:
    environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "LC_ALL": "", "LC_MESSAGES": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        env={**environment, "LANG": "", **locale},
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("locale", "welcome", "unknown"),
    [
        ({}, "Hi, I'm Taolu", "I don't speak “xx”"),
        ({"LANG": "en_US.UTF-8"}, "Hi, I'm Taolu", "I don't speak “xx”"),
        ({"LANG": "zh_CN.UTF-8"}, "你好，我是套路", "我不会“xx”这种语言"),
        ({"LANG": "zh_TW.UTF-8"}, "你好，我是套路", "我不會「xx」這種語言"),
        ({"LC_ALL": "zh_HK.UTF-8", "LANG": "en_US.UTF-8"}, "我係套路", "我唔識「xx」呢種語言"),
    ],
)
@pytest.mark.slow
def test_the_playground_starts_in_the_terminals_language(
    locale: dict, welcome: str, unknown: str
) -> None:
    out = playground("/start\n/lang xx\n", **locale)
    assert welcome in out and unknown in out


@pytest.mark.slow
def test_the_playground_banner_says_how_to_switch(tmp_path: Path) -> None:
    """At a terminal (a pseudo-terminal), the banner comes first, in the locale's language."""
    import pty
    import select
    import threading
    import time

    for lang, banner in (("en_US.UTF-8", "/lang switches language"), ("zh_TW.UTF-8", "換語言")):
        environment = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "TERM": "xterm", "LC_ALL": "",
                       "LC_MESSAGES": "", "LANG": lang, "PYTHONPATH": str(PROJECT_ROOT),
                       "BOT_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
        pid, terminal = pty.fork()
        if pid == 0:
            os.chdir(tmp_path)
            os.execvpe(sys.executable, [sys.executable, "-m", "bot", "chat"], environment)
        watchdog = threading.Timer(60, os.kill, (pid, 9))
        watchdog.start()
        screen = b""
        try:
            deadline = time.monotonic() + 30
            while b"> " not in screen:
                left = max(0.0, deadline - time.monotonic())
                assert select.select([terminal], [], [], left)[0], screen
                screen += os.read(terminal, 4096)
            os.write(terminal, b"\x04")
            os.waitpid(pid, 0)
        finally:
            watchdog.cancel()
            os.close(terminal)
        text = screen.decode("utf-8", errors="replace")
        assert banner in text and "zh-hant" in text and "en" in text, text
