"""Two scoring rules a new user's play asked for (issue 18: a score that counts only real falls):

- **A fall on the way stands.** "first" to the race's first question is a fall ("Nope, you're
  second!"), and the routine goes on; a right answer to the next question used to end it as
  seen through, the fall forgotten. An answer that goes on may say `outcome: fell`, and the
  prank then ends as a fall whatever comes after it.
- **A refusal scores nobody.** "not playing" to a routine whose reveal is itself the prank, or
  taken by a branch that lands it ("do you like playing with water?" "not playing": still
  washing the dishes), used to count as a fall. It ends the routine with that line, refused.

Through the engine, the corpus checker, the Telegram emulator (a group) and the playground."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.corpus import FELL, REFUSED, SAW_THROUGH, Corpus, CorpusError, parse_corpus
from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person, Prank
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.emulator import Emulator
from tests.support.playground import chat as playground
from tests.support.telegram_fixtures import ALICE, CAROL, GROUP, running_bot, sends, wait_for

SAM = Person(9, "Sam", "sam", "en-US")
MEI = Person(10, "Mei", "mei", "zh-CN")
ANN = Person(11, "Ann", "ann", "en-US")

RACE = """  - id: race
    title: {zh: 赛跑, en: Race}
    give_away: {zh: [超不过最后], en: [cant overtake the last]}
    states:
      first:
        say: {zh: 你超过了亚军，你是什么？, en: You overtake second place. Where are you?}
        answers:
          - id: first
            match: {zh: [冠军], en: [first]}
            reply: {zh: 不，你是亚军！, en: "Nope, second!"}
            goto: last
            outcome: fell
          - id: second
            match: {zh: [亚军], en: [second]}
            reply: {zh: 对。, en: Right.}
            goto: last
        otherwise:
          reveal: {zh: 你是亚军。, en: You are second.}
      last:
        say: {zh: 你超过了最后一名呢？, en: And if you overtake the last one?}
        answers:
          - id: cannot
            saw_through: true
            match: {zh: [超不了], en: [you cant]}
            reply: {zh: 对，超不了。, en: "Right, you can't."}
        otherwise:
          reveal: {zh: 超不了最后一名。, en: Nobody is behind the last one.}
"""


def play(engine: Engine, chat: ChatState, who: Person, text: str, **more: object) -> Response:
    return sent(engine, chat, who, text, 1.0, **more)


def played(engine: Engine, who: Person, routine: str, answers: list[str]) -> Response:
    chat = play(engine, ChatState(), who, f"/prank {routine}").chat
    response = None
    for answer in answers:
        response = play(engine, chat, who, answer)
        chat = response.chat
    assert response is not None
    return response


@pytest.fixture(scope="module")
def race() -> Corpus:
    return parse_corpus("routines:\n" + RACE, "jokes.yaml")


def test_a_fall_on_the_way_stands_when_the_next_answer_sees_through(race: Corpus) -> None:
    engine = Engine(race)
    ended = played(engine, SAM, "race", ["first", "you cant"])
    assert [e.outcome for e in ended.endings] == [FELL]
    assert ended.replies[-1].text.startswith("Right, you can't.")


def test_without_a_fall_on_the_way_the_same_last_answer_is_seen_through(race: Corpus) -> None:
    engine = Engine(race)
    assert [e.outcome for e in played(engine, SAM, "race", ["second", "you cant"]).endings] == [
        SAW_THROUGH
    ]


def test_a_fall_on_the_way_rides_the_stored_state_and_survives_json(race: Corpus) -> None:
    engine = Engine(race)
    chat = play(engine, ChatState(), SAM, "/prank race").chat
    chat = play(engine, chat, SAM, "first").chat
    (prank,) = chat.pranks.values()
    assert prank.fell and prank.to_json()["fell"] is True
    assert Prank.from_json(prank.to_json()).fell
    assert "fell" not in play(engine, ChatState(), SAM, "/prank race").chat.pranks["1"].to_json()
    with pytest.raises(ValueError):
        Prank.from_json(prank.to_json() | {"fell": "yes"})


def test_in_a_group_a_fall_on_the_way_scores_the_starter_once(race: Corpus) -> None:
    engine = Engine(race)
    chat = play(engine, ChatState(), ANN, "/prank race @sam", in_group=True).chat
    fell = play(engine, chat, SAM, "first", in_group=True)
    # announced and scored when it happens (fair11): a /cancel or a timeout after it cannot
    # take it back; the end does not announce it again
    assert say("got_you", "en", by="@ann", target="@sam") in fell.replies[-1].text
    assert fell.chat.scores[ANN.key].pranked == 1
    ended = play(engine, fell.chat, SAM, "you cant", in_group=True)
    assert say("got_you", "en", by="@ann", target="@sam") not in ended.replies[-1].text
    scores = ended.chat.scores
    assert scores[ANN.key].pranked == 1 and scores[SAM.key].fooled == 1
    assert scores[SAM.key].sharp == 0


def test_the_checker_takes_fell_on_an_answer_that_goes_on_and_refuses_any_other_outcome() -> None:
    assert parse_corpus("routines:\n" + RACE).routines["race"].states["first"].answers[0].goto
    broken = "routines:\n" + RACE.replace(
        "goto: last\n            outcome: fell", "goto: last\n            outcome: refused"
    )
    with pytest.raises(CorpusError) as error:
        parse_corpus(broken, "jokes.yaml")
    line = broken.splitlines().index("            outcome: refused") + 1
    assert f"jokes.yaml:{line}:" in str(error.value)
    assert "a fall on the way" in str(error.value)


@pytest.mark.parametrize(
    ("who", "routine", "answers", "step"),
    [
        (SAM, "race-second-place", ["first", "you can't overtake the last person"], "last"),
        (SAM, "capital-of-paris", ["France", "Paris"], "france"),
        (SAM, "feathers-steel", ["steel duh"], "pound"),
        (MEI, "dad-in-english", ["father", "不说"], "grandpa"),
        (MEI, "elephant-fridge", ["三步", "三步"], "meeting"),
    ],
)
def test_shipped_routines_keep_a_fall_on_the_way(
    corpus: Corpus, who: Person, routine: str, answers: list[str], step: str
) -> None:
    engine = Engine(corpus)
    chat = play(engine, ChatState(), who, f"/prank {routine}").chat
    for answer in answers:
        response = play(engine, chat, who, answer)
        chat = response.chat
    if chat.pranks:  # still going: the fall is carried to the next question
        (prank,) = chat.pranks.values()
        assert prank.state == step and prank.fell
    else:
        assert [e.outcome for e in response.endings] == [FELL]


@pytest.mark.parametrize(
    ("who", "routine", "refusal", "control", "line"),
    [
        (SAM, "dog-into-woods", "not playing", "a mile", "Only halfway"),
        (MEI, "heart-side", "不想说", "左边", "在你那边"),
        (SAM, "play-water", "not playing", "I love it", "still washing the dishes"),
    ],
)
def test_a_refusal_is_no_fall_where_the_same_line_lands_on_an_answer(
    corpus: Corpus, who: Person, routine: str, refusal: str, control: str, line: str
) -> None:
    engine = Engine(corpus)
    refused = played(engine, who, routine, [refusal])
    assert [e.outcome for e in refused.endings] == [REFUSED]
    assert line in refused.replies[-1].text
    answered = played(engine, who, routine, [control])
    assert [e.outcome for e in answered.endings] == [FELL]


def test_a_group_refusal_gets_the_line_and_no_got_you(corpus: Corpus) -> None:
    engine = Engine(corpus)
    chat = play(engine, ChatState(), ANN, "/prank play-water @sam", in_group=True).chat
    ended = play(engine, chat, SAM, "not playing", in_group=True)
    assert [e.outcome for e in ended.endings] == [REFUSED]
    assert "🎭" not in ended.replies[-1].text and not ended.chat.scores


@pytest.mark.slow
async def test_through_telegram_a_fall_on_the_way_is_announced_and_on_the_board(
    emulator: Emulator, tmp_path: Path
) -> None:
    content = tmp_path / "race.yaml"
    content.write_text("routines:\n" + RACE, encoding="utf-8")
    async with running_bot(emulator, tmp_path / "bot.sqlite3", content=content):
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE, "/prank race @carol")
        question = await wait_for(emulator, sends(GROUP["id"], "@carol"), after=mark)
        asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
        texts = []
        for answer in ("冠军", "超不了"):
            mark = emulator.mark()
            emulator.user_message(GROUP, CAROL, answer, reply_to=asked)
            reply = await wait_for(emulator, sends(GROUP["id"]), after=mark)
            asked = emulator.messages[(GROUP["id"], reply["result"]["message_id"])]
            texts.append(reply["params"]["text"])
        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/stats")
        board = (await wait_for(emulator, sends(GROUP["id"]), after=mark))["params"]["text"]
    # in the group's language: Alice's English, the first to speak to the bot there
    assert "Nope, second!" in texts[0] and "Right, you can't." in texts[1]
    assert say("got_you", "en", by="@alice", target="@carol") in texts[0]  # when it happens
    assert say("got_you", "en", by="@alice", target="@carol") not in texts[1]  # once
    pranked, fooled = (
        board.index(say("stats_pranksters", "en")),
        board.index(say("stats_fooled", "en")),
    )
    assert "@alice: 1" in board[pranked:fooled] and "@carol: 1" in board[fooled:]
    assert say("stats_sharp", "en") not in board  # the sharp eye she showed at the end: no


@pytest.mark.slow
def test_the_playground_scores_a_fall_on_the_way_and_not_a_refusal(tmp_path: Path) -> None:
    content = tmp_path / "race.yaml"
    content.write_text("routines:\n" + RACE + _WATER, encoding="utf-8")
    lines = [
        "/lang en",
        "/prank race",
        "first",
        "you cant",
        "/prank water",
        "not playing",
        "/stats",
    ]
    result = playground("\n".join(lines) + "\n", BOT_CONTENT=str(content))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Right, you can't." in out and "Dishes for you." in out
    record = out[out.rindex(say("record_title", "en")) :]
    assert say("record_fell", "en", count=1) in record
    assert say("record_saw_through", "en", count=0) in record


_WATER = """  - id: water
    title: {zh: 玩水, en: Water}
    give_away: {zh: [洗碗], en: [the dishes]}
    states:
      ask:
        intents: {refuse: otherwise}
        say: {zh: 喜欢玩水吗？, en: Like playing with water?}
        answers:
          - id: no
            intent: no
            match: {zh: [不喜欢], en: [hate it]}
            reply: {zh: 碗归你。, en: Dishes for you.}
        otherwise:
          outcome: fell
          reveal: {zh: 碗归你。, en: Dishes for you.}
"""
