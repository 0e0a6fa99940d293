"""carry27: the round's scoring change (ops27, redteam27) read as the one who carries it.

Each test drives the real engine through the real corpus (no mocks of our code)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bot.content.corpus import Corpus
from bot.content.reading import MAX_ATTEMPT_CHARS
from bot.conversation.answering import Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import sent
from tests.support.playground import played
from tests.test_redteam27 import BOB, MEI, _in_a_group

BLAH = "blah blah blah blah blah"


def _answered(corpus: Corpus, lang: str, routine: str, typed: str) -> tuple[str, str | None]:
    """The bot's first line to `typed` as the first answer, and the outcome if it ended."""
    engine = Engine(corpus, random.Random(27))
    mei = Person(9, "Mei", "mei", lang)
    asked = sent(engine, ChatState(), mei, f"/prank {routine} anyway")
    answered = sent(engine, asked.chat, mei, typed, 5.0)
    outcome = answered.endings[0].outcome if answered.endings else None
    return answered.replies[0].text, outcome


@pytest.mark.parametrize(
    ("lang", "routine", "unit"),
    [
        ("en", "how-many-birthdays", "ab"),  # no one word said over and over: length alone
        ("zh", "blood-type", "天气"),
    ],
)
def test_the_wall_of_text_starts_just_past_max_attempt_chars(
    corpus: Corpus, lang: str, routine: str, unit: str
) -> None:
    """reading.py's comment said 400 characters where MAX_ATTEMPT_CHARS is 280: the constant is
    the rule. 280 characters of something is an attempt (it falls); 282 are a wall (asked
    again, saying why, no ending)."""
    at_limit = unit * (MAX_ATTEMPT_CHARS // len(unit))
    past = at_limit + unit
    assert len(at_limit) == MAX_ATTEMPT_CHARS
    line, outcome = _answered(corpus, lang, routine, at_limit)
    assert outcome == "fell", line
    line, outcome = _answered(corpus, lang, routine, past)
    assert outcome is None
    assert say("no_attempt_nonsense", lang) in line, line


# -- who tried: a question asked back is no attempt ------------------------------------------


def _answers(
    corpus: Corpus, lang: str, routine: str, *typed: str, restart: bool = False
) -> list[Response]:
    """Mei's answers in private; with `restart`, the chat is stored as JSON and read back
    between answers, as a restart with a saved state reads it."""
    engine = Engine(corpus, random.Random(27))
    mei = Person(9, "Mei", "mei", lang)
    chat = sent(engine, ChatState(), mei, f"/prank {routine} anyway").chat
    said = []
    for n, text in enumerate(typed):
        if restart:
            chat = ChatState.from_json(json.loads(json.dumps(chat.to_json())))
        said.append(sent(engine, chat, mei, text, 5.0 + n))
        chat = said[-1].chat
    return said


@pytest.mark.parametrize(
    ("lang", "asked_back"),
    [
        ("zh", "你是什么血型？"),
        ("zh-hant", "那你是什麼血型？"),
        ("zh-hk", "今日食咗乜？"),
    ],
)
def test_noise_after_a_question_asked_back_scores_nobody(
    corpus: Corpus, lang: str, asked_back: str
) -> None:
    """A question asked back is asked again and counted in `misses` (so a second one goes on
    to the reveal), but it is no attempt: the noise after it is called off, not a fall (red
    before carry27: redteam27's 'one who tried before' read any miss as an attempt)."""
    again, revealed = _answers(corpus, lang, "blood-type", asked_back, BLAH)
    state = corpus.routines["blood-type"].states["ask"]
    assert not again.endings
    assert again.replies[0].text.endswith(state.say.in_(lang)), again.replies[0].text
    assert [ending.outcome for ending in revealed.endings] == ["called_off"]


def test_noise_after_a_question_asked_back_counts_no_fall_on_the_record(
    corpus: Corpus, tmp_path: Path
) -> None:
    """Through the console and its SQLite: /stats says no fall."""
    lines = "\n".join(
        played(corpus, tmp_path, "/lang zh", "/prank blood-type", "你是什么血型？", BLAH, "/stats")
    )
    assert say("record_fell", "zh", count=0) in lines, lines


@pytest.mark.parametrize("restart", [False, True])
def test_noise_after_a_hinted_attempt_falls_across_a_restart(corpus: Corpus, restart: bool) -> None:
    """Who tried is kept with the prank (stored and read back): a hinted attempt, then
    "let me think", then noise, falls, with or without a restart between the answers."""
    answered = _answers(
        corpus,
        "en",
        "compliment-game",
        "purple elephants dance",
        "let me think",
        BLAH,
        restart=restart,
    )
    assert [e.outcome for e in answered[-1].endings] == ["fell"], answered[-1].replies[0].text


def test_in_an_open_group_prank_the_one_who_tried_falls_on_their_own_noise(
    corpus: Corpus,
) -> None:
    """Aimed at nobody: Mei's attempt is hinted, then Mei's own noise falls on Mei (redteam27
    called it off: the bot could not tell whose attempt the hint followed; `Prank.tried`
    says), and Bob's noise after Mei's attempt scores Mei's fall, none on Bob (ops28: the one
    who tried falls however the prank ends without another attempt)."""
    *_, hers = _in_a_group(
        corpus, "/prank compliment-game", (MEI, "purple elephants dance"), (MEI, BLAH)
    )
    assert [(e.outcome, e.player.name) for e in hers.endings] == [("fell", "Mei")]
    *_, his = _in_a_group(
        corpus, "/prank compliment-game", (MEI, "purple elephants dance"), (BOB, BLAH)
    )
    assert [(e.outcome, e.player.name) for e in his.endings] == [("fell", "Mei")]


def test_noise_after_a_hint_reached_by_waiting_past_the_cap_scores_nobody(
    corpus: Corpus,
) -> None:
    """ "hmm" a fourth time is past MAX_IDLE_WAITS: the hint is given (a miss counted), but
    nobody tried; the noise after it is called off (red before carry27: it fell)."""
    *waits, hinted, revealed = _answers(corpus, "en", "compliment-game", *["hmm"] * 4, BLAH)
    state = corpus.routines["compliment-game"].states["ask"]
    assert state.hint is not None and hinted.replies[0].text.startswith(state.hint.in_("en"))
    assert not any(w.endings for w in [*waits, hinted])
    assert [ending.outcome for ending in revealed.endings] == ["called_off"]


@pytest.mark.parametrize(
    ("lang", "routine", "asked_back"),
    [
        ("en", "compliment-game", "what is a compliment?"),
        ("en", "compliment-game", "you first?"),
        ("zh", "nine-by-three", "你先说？"),
    ],
)
def test_noise_after_a_question_the_hint_answered_scores_nobody(
    corpus: Corpus, lang: str, routine: str, asked_back: str
) -> None:
    """Where the question has a hint, a question asked back is met with it (it answers the
    question), but nobody tried: the noise after it is called off (red before: it fell)."""
    hinted, revealed = _answers(corpus, lang, routine, asked_back, BLAH)
    state = corpus.routines[routine].states["ask"]
    assert state.hint is not None and hinted.replies[0].text.startswith(state.hint.in_(lang))
    assert [ending.outcome for ending in revealed.endings] == ["called_off"]
