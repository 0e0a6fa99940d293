"""The engine's conversations: commands, private and group pranks, timeouts, stats, state size."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from bot.content.corpus import Corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.commands import ParsedCommand, parse_command
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.language import language_for
from tests.support.conversation import handled
from tests.support.lines import say

ALICE = Person(1, "Alice", "alice", "en-GB")
BOB = Person(2, "Bob <&>", None, "zh-hans")
CAROL = Person(3, "Carol", "carol", None)


def said(outcome: Response) -> str:
    return "\n".join(r.text for r in outcome.replies)


def chinese_group() -> ChatState:
    """A group whose language is Chinese, as Bob reads it (a new group speaks its first
    speaker's: Alice's English, tests/test_group_language18.py)."""
    return ChatState(lang="zh")


def group(engine: Engine, chat: ChatState, who: Person, text: str, **extra) -> Response:
    outcome = handled(
        engine, chat, Incoming(who, text, now=extra.pop("now", 0.0), in_group=True, **extra)
    )
    engine.validate(outcome.chat)
    return outcome


def test_commands_are_parsed_with_bot_suffix_and_args() -> None:
    assert parse_command("/prank@TaoluBot ten-knives @bob") == ParsedCommand(
        "prank", ["ten-knives", "@bob"], "TaoluBot"
    )
    assert parse_command("/HELP") == ParsedCommand("help", [], None)
    assert parse_command("hello") is None
    assert parse_command("/") is None


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        (None, "en"),
        ("", "en"),
        ("zh-hans", "zh"),
        ("zh-CN", "zh"),
        ("zh", "zh"),
        ("zh-hant", "zh-hant"),
        ("zh-TW", "zh-hant"),
        ("zh-hk", "zh-hk"),
        ("zh-mo", "zh-hk"),
        ("en-US", "en"),
        ("de", "en"),
    ],
)
def test_language_follows_the_users_code(code: str | None, lang: str) -> None:
    assert language_for(code) == lang


def test_start_help_list_speak_the_users_language(engine: Engine) -> None:
    english = handled(engine, ChatState(), Incoming(ALICE, "/start", 0.0))
    assert "/prank" in said(english) and "Taolu" in said(english)
    chinese = handled(engine, ChatState(), Incoming(BOB, "/help", 0.0))
    assert "帮助" in said(chinese)
    listing = handled(engine, ChatState(), Incoming(ALICE, "/list", 0.0))
    assert "ten-knives — Ten knives" in said(listing)
    english_part, chinese_part = said(listing).split(say("list_plays_zh", "en"))
    assert "silk-milk" in english_part and "reverse-baba" in chinese_part  # by plays:
    chinese_list = said(handled(engine, ChatState(), Incoming(BOB, "/list", 0.0)))
    chinese_first, english_after = chinese_list.split(say("list_plays_en", "zh"))
    assert "reverse-baba — 倒过来念" in chinese_first and "silk-milk" in english_after


def test_lang_overrides_and_is_remembered(engine: Engine) -> None:
    outcome = handled(engine, ChatState(), Incoming(ALICE, "/lang zh", 0.0))
    assert outcome.chat.lang == "zh"
    outcome = handled(engine, outcome.chat, Incoming(ALICE, "/prank ten-knives", 0.0))
    assert "十把刀" in said(outcome)
    bad = handled(engine, outcome.chat, Incoming(ALICE, "/lang fr", 0.0))
    assert "/lang zh" in said(bad) and bad.chat.lang == "zh"


def test_a_lang_switch_mid_prank_keeps_a_chinese_only_routine_in_its_variety(
    engine: Engine,
) -> None:
    """/lang en in the middle of a Chinese-only routine asked in zh-hk: the next step stays
    in Cantonese (never the Simplified Mandarin nobody chose); one with English switches."""
    hk = Person(4, "Ho", "ho", "zh-hk")
    chat = handled(engine, ChatState(), Incoming(hk, "/lang zh-hk", 0.0)).chat
    started = handled(engine, chat, Incoming(hk, "/prank elephant-fridge", 0.0))
    on = handled(engine, started.chat, Incoming(hk, "三步", 1.0))
    english = handled(engine, on.chat, Incoming(hk, "/lang en", 2.0)).chat
    next_step = said(handled(engine, english, Incoming(hk, "4", 3.0)))
    assert "攞大象出嚟" in next_step and "聪明" not in next_step and "开门" not in next_step
    knives = handled(engine, chat, Incoming(hk, "/prank ten-knives", 0.0))
    switched = handled(engine, knives.chat, Incoming(hk, "/lang en", 1.0)).chat
    assert "son" in said(handled(engine, switched, Incoming(hk, "eight", 2.0)))


def test_private_prank_and_unknown_things(engine: Engine) -> None:
    chat = ChatState()
    assert "/prank" in said(handled(engine, chat, Incoming(ALICE, "hello", 0.0)))
    assert "/help" in said(handled(engine, chat, Incoming(ALICE, "/frobnicate", 0.0)))
    assert "/list" in said(handled(engine, chat, Incoming(ALICE, "/prank nope", 0.0)))
    started = handled(engine, chat, Incoming(ALICE, "/prank ten-knives anyway", 0.0))
    assert started.replies[0].asks and started.replies[0].address is None
    done = handled(engine, started.chat, Incoming(ALICE, "eight", 1.0))
    assert "son" in said(done) and done.chat.pranks == {}


def test_random_prank_is_deterministic_with_a_seed(corpus: Corpus) -> None:
    first = handled(Engine(corpus, random.Random(5)), ChatState(), Incoming(ALICE, "/prank", 0.0))
    second = handled(Engine(corpus, random.Random(5)), ChatState(), Incoming(ALICE, "/prank", 0.0))
    assert said(first) == said(second)


def test_group_prank_by_reply_only_the_target_counts(engine: Engine) -> None:
    started = group(engine, chinese_group(), ALICE, "/prank ten-knives anyway", replied=BOB)
    question = started.replies[0]
    assert question.asks and question.address == BOB and question.quote == "replied"
    ticket = question.ticket
    wrong = group(engine, started.chat, CAROL, "八把", ticket=ticket)
    assert "Bob <&>" in said(wrong) and wrong.courtesy
    assert wrong.chat.pranks[ticket].told == {CAROL.key}  # told once: not again
    assert group(engine, wrong.chat, CAROL, "八把", ticket=ticket).replies == []
    chatter = group(engine, started.chat, CAROL, "八把")
    assert not chatter.handled and chatter.replies == []
    landed = group(engine, started.chat, BOB, "8把", ticket=ticket)
    assert "儿子" in said(landed)
    assert "@alice" in said(landed) and "Bob <&>" in said(landed)  # names both people
    assert landed.chat.pranks == {}
    board = said(group(engine, landed.chat, CAROL, "/stats"))
    assert "@alice：1 次" in board and "Bob <&>：1 次" in board  # a count, as the record says it


def test_group_prank_by_mention_reaches_the_username(engine: Engine) -> None:
    started = group(engine, ChatState(), ALICE, "/prank one-and-three @carol")
    question = started.replies[0]
    assert question.text.startswith("@carol ") and question.address.username == "carol"
    landed = group(engine, started.chat, CAROL, "two")
    assert 'it\'s "and"' in said(landed) and landed.chat.pranks == {}  # no code: English


def test_untargeted_group_prank_lets_anyone_answer(engine: Engine) -> None:
    started = group(engine, ChatState(), ALICE, "/prank ten-knives anyway")
    assert started.replies[0].address is None
    landed = group(engine, started.chat, CAROL, "8", ticket=started.replies[0].ticket)
    assert "@carol" in said(landed)


def test_two_pranks_at_once_are_kept_apart_by_ticket(engine: Engine) -> None:
    one = group(engine, chinese_group(), ALICE, "/prank ten-knives anyway", replied=BOB)
    two = group(engine, one.chat, CAROL, "/prank one-and-three", replied=BOB)
    assert set(two.chat.pranks) == {"1", "2"}
    first = group(engine, two.chat, BOB, "二", ticket="2")
    assert "和" in said(first) and set(first.chat.pranks) == {"1"}
    second = group(engine, first.chat, BOB, "八把", ticket="1")
    assert "儿子" in said(second) and second.chat.pranks == {}


def test_an_answer_replying_to_nothing_goes_to_the_newest_prank_it_may_answer(
    engine: Engine,
) -> None:
    waiting = Prank("ten-knives", "ask", ALICE, 600.0)
    aimed = replace(waiting, target=BOB)
    private = Incoming(BOB, "六把", 1.0)
    newest = handled(engine, ChatState(pranks={"2": waiting, "10": waiting, "3": waiting}), private)
    assert [r.ticket for r in newest.replies] == ["10"]  # by number: "10" is after "3"
    # one aimed at the sender first, however new the others
    first = ChatState(
        pranks={"2": aimed, "1": aimed, "7": waiting, "5": replace(aimed, target=CAROL)}
    )
    assert [r.ticket for r in handled(engine, first, private).replies] == ["2"]
    # in a group, only one aimed at the sender: one aimed at nobody needs a reply; where
    # several are aimed at the sender, none (ops31: rule "which question", she is asked to
    # reply to the one she answers)
    alone = ChatState(pranks={k: v for k, v in first.pranks.items() if k != "1"})
    assert group(engine, alone, BOB, "六把").replies[0].ticket == "2"
    # nothing answered: only the mark that she was asked (redteam31: asked once, not again)
    asked = group(engine, first, BOB, "六把").chat.pranks
    assert {k: replace(p, told=frozenset()) for k, p in asked.items()} == first.pranks
    assert not group(engine, ChatState(pranks={"7": waiting}), BOB, "六把").handled


def test_hint_then_second_chance_in_a_group(engine: Engine) -> None:
    started = group(engine, chinese_group(), ALICE, "/prank ten-knives anyway", replied=BOB)
    hinted = group(engine, started.chat, BOB, "六把", ticket="1")
    assert "算一算" in said(hinted) and hinted.replies[0].asks and hinted.replies[0].address == BOB
    landed = group(engine, hinted.chat, BOB, "八", ticket="1")
    assert "儿子" in said(landed)


def test_timeout_reveals_only_expired_pranks(engine: Engine, corpus: Corpus) -> None:
    one = group(engine, ChatState(), ALICE, "/prank ten-knives anyway", now=0.0)
    # Carol's, not Alice's again: Alice's second would call her first off (ux19b)
    two = group(engine, one.chat, CAROL, "/prank one-and-three", now=100.0)
    timeout = corpus.routines["ten-knives"].timeout
    early = engine.expire(two.chat, timeout - 1)
    assert early.replies == [] and early.chat == two.chat
    late = engine.expire(two.chat, timeout + 1)
    assert len(late.replies) == 1 and late.replies[0].quote == "question"
    assert "Eight" in said(late) and set(late.chat.pranks) == {"2"}  # in the language it was asked


def test_initiator_cancels_only_their_own(engine: Engine) -> None:
    started = group(engine, ChatState(), ALICE, "/prank ten-knives anyway", replied=BOB)
    refused = group(engine, started.chat, CAROL, "/cancel")
    assert refused.chat.pranks == started.chat.pranks
    cancelled = group(engine, started.chat, ALICE, "/cancel")
    assert cancelled.chat.pranks == {}


def test_group_ignores_unknown_commands_and_chatter(engine: Engine) -> None:
    outcome = group(engine, ChatState(), ALICE, "/othercommand")
    assert not outcome.handled and outcome.replies == []


def test_a_waiting_conversation_is_small(engine: Engine) -> None:
    long_name = Person(123456789012, "名" * 64, "a" * 32, "zh")
    started = handled(engine, ChatState(), Incoming(long_name, "/prank compliment-game", 1.8e9))
    size = len(json.dumps(started.chat.to_json(), ensure_ascii=False).encode("utf-8"))
    assert size <= 256, size


def test_state_from_a_damaged_database_row_is_refused() -> None:
    with pytest.raises(ValueError, match="invalid conversation state"):
        ChatState.from_json({"pranks": {"1": {"routine": 3}}})


def test_pranks_of_a_removed_routine_are_dropped(engine: Engine) -> None:
    stale = ChatState.from_json(
        {
            "pranks": {
                "1": {"routine": "gone", "state": "x", "by": {"id": 1, "name": "A"}, "until": 0}
            }
        }
    )
    outcome = handled(engine, stale, Incoming(ALICE, "hello", 0.0))
    assert outcome.chat.pranks == {}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("/play", "/prank"),
        ("/prnak", "/prank"),
        ("/stat", "/stats"),
        ("/hlep", "/help"),
        ("/cancle", "/cancel"),
        ("/score", "/stats"),
    ],
)
def test_an_unknown_command_near_one_asks_whether_it_was_meant(
    engine: Engine, typed: str, meant: str
) -> None:
    outcome = handled(engine, ChatState(), Incoming(ALICE, typed, 0.0))
    assert said(outcome) == say("unknown_command_meant", "en", command=typed, meant=meant)
    assert outcome.chat.pranks == {}  # asked, never run as the command it resembles


@pytest.mark.parametrize("typed", ["/xyz", "/p", "/settings"])
def test_an_unknown_command_near_none_points_to_help(engine: Engine, typed: str) -> None:
    outcome = handled(engine, ChatState(), Incoming(ALICE, typed, 0.0))
    assert said(outcome) == say("unknown_command", "en", command=typed)
