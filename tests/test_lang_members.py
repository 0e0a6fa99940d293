"""A group member's /lang (a new user's finding): "Only this group's admins can change its
language." said neither who nor how; the line now names the language asked for and the
command an admin would send, in the chat's language, and changes nothing."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import handled


@pytest.mark.parametrize(
    ("code", "lang"), [("zh-hans", "zh"), ("zh-TW", "zh-hant"), ("zh-HK", "zh-hk"), ("en", "en")]
)
@pytest.mark.parametrize("command", ["/lang"])
def test_a_member_is_told_who_can_change_the_language_and_how_to_ask(
    corpus: Corpus, code: str, lang: str, command: str
) -> None:
    member = Person(5, "Bo", "bobo", code)
    engine = Engine(corpus)
    asked = handled(engine, ChatState(), Incoming(member, f"{command} 粤语", 0.0, True, chat_id=-1))
    # the group's language is still its first speaker's (newuser18), not the one asked for
    assert asked.chat.lang == lang
    text = asked.replies[0].text
    assert text == say("lang_admins_only", lang, name=say("lang_name_zh-hk", lang), code="zh-hk")
    assert "/lang zh-hk" in text and say("lang_name_zh-hk", lang) in text
