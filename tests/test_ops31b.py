"""ops31b: what new users met (round thirty's new user and native reader).

1. The playground's own status lines ("(now speaking as bob)", "(no reply: …)", "[buttons:
   …]") were English in a Chinese chat: they follow the chat's language, as the bot's do.
2. In an open group prank, a friend's "lol nice try" after another's hinted guess was read as
   seeing through, and scored (rule "a tease of a friend's try"): it answers nothing, scores
   nothing, and the friend is told once that the guess was the other's; after a fall on the way
   (the race's "first"), the next question is the faller's, and a tease is told so.
3. 你先說 ("you say first") to my-flaw was a fall: a question handed back is no answer (rule "the
   question handed back", the lexicon's hands_back): the bot says it asked first and asks
   again; what follows reads as any answer does.
4. /prank's request words for a joke or a story cover how people ask in each chat language
   (给我讲个笑话吧, 講個笑話嚟聽吓, 說個笑話來聽聽, 講個古仔, "can you tell me a joke please"): the
   lexicon's prank_asks_joke and prank_asks_story, once prank_asks_around is off either end;
   no routine's own name, nor a kind's, is caught by them.

Each pins a behaviour with real answers through the real corpus: the console playground
through the real core (SQLite in memory); no mock of our code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.content.titles import title_key
from bot.conversation.engine import _asks_for
from bot.i18n.catalogue import say
from tests.support.conversation import HINTED_ROUTINE, WILD_GUESS, hinted_reveal
from tests.support.playground import played, said_after

CHINESE = ["zh", "zh-hant", "zh-hk"]
LANGS = [*CHINESE, "en"]

# -- 1. the playground's own lines follow the chat's language ---------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_playground_s_own_lines_follow_the_chat_s_language(
    corpus: Corpus, tmp_path: Path, lang: str
) -> None:
    """Breakage: a status line written in English in the playground (seen red: "(in the group
    “friends”; …)" and the rest in a Cantonese chat)."""
    typed = (
        f"/lang {lang}",
        "/reply 99 hi",
        "/group",
        "/as bob",
        "hi",
        "/as 老李",
        "/as you",
        "/press 99 9",
        "/joke",
        "/private",
    )
    text = "\n".join(played(corpus, tmp_path, *typed))
    for line in (
        say("playground_no_message", lang, number=99),
        say("playground_in_group", lang, group="friends"),
        say("playground_as", lang, name="bob"),
        say("playground_no_reply", lang),
        say("playground_as_no_username", lang, name="老李"),
        say("playground_no_button", lang),
        say("playground_private_yours", lang),
    ):
        assert f"({line})" in text, (line, text)
    assert f"[{say('playground_keys', lang)}: (1) " in text, text
    if lang != "en":
        for english in ("(now speaking", "(no reply", "(in the group", "[buttons:", "(in your"):
            assert english not in text, (english, text)


