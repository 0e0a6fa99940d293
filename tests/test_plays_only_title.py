"""A routine that plays in another language is named in the reader's language (a new user's
finding: a mainland reader saw "“Overtaking in a race”只在英文里才好笑"): its title quoted where
it has one there, else plainly "this one"."""

from __future__ import annotations

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import handled


def test_an_english_only_title_is_not_shown_to_a_chinese_reader(corpus: Corpus) -> None:
    routine = corpus.routines["race-second-place"]
    assert not routine.title.zh  # an English title only: the case the user met
    for code, lang in (("zh-hans", "zh"), ("zh-TW", "zh-hant"), ("zh-HK", "zh-hk")):
        who = Person(5, "Mei", "meimei", code)
        said = handled(Engine(corpus), ChatState(), Incoming(who, "/prank race-second-place", 0.0))
        text = said.replies[0].text
        assert routine.title.en not in text, text
        plain = say("untitled_routine", lang)
        assert text == say("plays_only_en", lang, title=plain, id="race-second-place", tail=""), (
            text
        )


def test_a_title_written_in_the_readers_language_is_quoted(corpus: Corpus) -> None:
    who = Person(5, "Sam", "samsam", "en")
    said = handled(Engine(corpus), ChatState(), Incoming(who, "/prank ten-knives", 0.0))
    assert said.replies[0].text.startswith("“Ten knives” only works in Chinese")
