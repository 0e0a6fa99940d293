"""Round ten's fairness pass: replies a new player met that did not fit what happened, each
fixed by a general rule (see the report on branch fair10). Every test plays the shipped
corpus and lexicon through the real matcher and engine."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from bot.content.corpus import CALLED_OFF, FELL, Corpus, CorpusError, parse_corpus
from bot.conversation.answering import Incoming, Response
from bot.conversation.engine import Engine
from bot.conversation.state import ChatState, Person
from bot.i18n.catalogue import say
from tests.support.conversation import handled, sent
from tests.support.emulator import Emulator
from tests.support.telegram_fixtures import (
    ALICE,
    CAROL,
    GROUP,
    added_by,
    running_bot,
    sends,
    wait_for,
)

# -- 1. a question back names this trick only by this routine's own words ---------------------


@pytest.mark.parametrize("said", ["是要我说爸爸吗", "是要我说爸爸吗？", "你是不是想我说爸爸？"])
def test_a_question_back_naming_another_routines_punchline_is_no_seeing_through(
    corpus: Corpus, said: str
) -> None:
    state = corpus.routines["birds-on-tree"].states["ask"]
    found = state.understand(said)
    assert found.branch_id is None, found.explain()
    assert state.recognise(said) is None  # the safe path: the hint, then a called-off reveal
    assert state.hint is not None


@pytest.mark.parametrize(
    ("routine", "state", "said"),
    [
        ("ten-knives", "ask", "是要我说爸爸吗"),  # 爸爸 is this routine's punchline
        ("birds-on-tree", "ask", "是要我说枪声吗"),  # its give-away
        ("monkey-name", "surname", "是要我说孙吗"),  # an answer of the state, mentioned
        ("pig-ran-away", "ask", "wait so i am the pig??"),  # the routine's own lines' word
    ],
)
def test_a_question_back_naming_this_routines_trick_still_sees_through(
    corpus: Corpus, routine: str, state: str, said: str
) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == "saw_through", found.explain()


# -- 2. a called-off reveal is worded for someone who did not fall -----------------------------

MEI = Person(7, "Mei", "mei", "zh-hans")
WEN = Person(8, "Wen", "wen", "zh-TW")
KA = Person(9, "Ka", "ka", "zh-HK")
SAM = Person(10, "Sam", "sam", "en-US")


def said(engine: Engine, chat: ChatState, who: Person, text: str) -> Response:
    return sent(engine, chat, who, text)


@pytest.mark.parametrize("who", [MEI, WEN, KA, SAM], ids=lambda p: p.language_code or "")
@pytest.mark.parametrize("nonsense", ["asdfgh", "qwerty"])  # a refusal: test_fairness_round11
def test_ten_knives_called_off_after_the_hints_says_no_got_you_line(
    corpus: Corpus, who: Person, nonsense: str
) -> None:
    engine, chat = Engine(corpus, random.Random(5)), ChatState()
    chat = said(engine, chat, who, "/prank ten-knives anyway").chat
    chat = said(engine, chat, who, nonsense).chat  # the nudge (ops30b: a mash is no answer)
    chat = said(engine, chat, who, nonsense).chat  # the hint
    last = said(engine, chat, who, nonsense)
    assert [e.outcome for e in last.endings] == [CALLED_OFF]
    text = "\n".join(r.text for r in last.replies)
    for got_you in ("乖", "儿子", "兒子", "仔", "son", "good boy"):
        assert got_you not in text.lower(), text


CHECKED = textwrap.dedent(
    """\
    routines:
      - id: knives
        title: {zh: 刀, en: Knives}
        states:
          ask:
            say: {zh: 还剩几把？, en: How many are left?}
            answers:
              - number: 8
                reply: {zh: 答对了，儿子。, en: "Right, son."}
            otherwise:
              hint: {zh: 再算算？, en: Count again?}
              tries: 1
              reveal:
                zh: 是八把。
                zh-hk: 係八把。
                en: Eight.
    """
)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("zh: 是八把。", "zh: 是八把。乖，儿子。", "in zh, as a punchline that got them ('乖，')"),
        ("zh-hk: 係八把。", "zh-hk: 係八把。乖孫。", "in zh-hk, as a punchline that got them"),
        ("en: Eight.", "en: Eight. Good boy.", "in en, as a punchline that got them"),
        # said in Taiwan converted from zh: reported on zh's line
        ("zh: 是八把。", "zh: 是八把，上当了吧。", "in zh-hant, as a punchline that got them"),
    ],
)
def test_bot_check_refuses_a_called_off_reveal_that_reads_as_got_you(
    old: str, new: str, words: str
) -> None:
    line = CHECKED[: CHECKED.index(old)].count("\n") + 1
    with pytest.raises(CorpusError) as caught:
        parse_corpus(CHECKED.replace(old, new), "jokes.yaml")
    message = str(caught.value)
    assert f"jokes.yaml:{line}: " in message and words in message, message


def test_a_reveal_that_is_the_prank_may_read_as_got_you() -> None:
    landing = CHECKED.replace("zh: 是八把。", "zh: 是八把。乖，儿子。").replace(
        "tries: 1\n", "tries: 1\n          outcome: fell\n"
    )
    corpus = parse_corpus(landing, "jokes.yaml")
    assert corpus.routines["knives"].states["ask"].reveal_outcome == FELL


# -- 3. an emoji that says nothing is no answer a punchline may land on -----------------------


@pytest.mark.parametrize("emoji", ["🎂", "🎂🎂", "👀", "🍕 🚗"])
def test_a_bare_unrelated_emoji_is_asked_for_in_words_not_scored_as_a_fall(
    corpus: Corpus, emoji: str
) -> None:
    engine, chat = Engine(corpus, random.Random(6)), ChatState()
    chat = said(engine, chat, SAM, "/prank how-many-birthdays").chat
    again = said(engine, chat, SAM, emoji)
    assert again.endings == []  # nothing scored: the question stands
    text = "\n".join(r.text for r in again.replies)
    assert "How many birthdays" in text and "In words, please" in text, text
    landed = said(engine, again.chat, SAM, "five")  # words: the reveal is the prank
    assert [e.outcome for e in landed.endings] == [FELL]


def test_no_state_whose_reveal_is_the_prank_lands_it_on_a_bare_emoji(corpus: Corpus) -> None:
    landing = [
        (rid, sid, state)
        for rid, routine in corpus.routines.items()
        for sid, state in routine.states.items()
        if state.reveal_outcome == FELL
    ]
    assert len(landing) > 20
    for rid, sid, state in landing:
        for emoji in ("🎂", "👀", "🍕"):
            assert state.says_nothing(emoji), (rid, sid, emoji)


def test_an_emoji_standing_for_an_answers_word_still_answers(corpus: Corpus) -> None:
    state = corpus.routines["houyi-moon"].states["ask"]
    assert not state.says_nothing("🌙")
    assert state.understand("🌙").branch_id == "moon"
    assert not corpus.routines["how-many-birthdays"].states["ask"].says_nothing("🎂 five")


# -- 4. a short word with a letter dropped, inside a phrase of the state's ---------------------


@pytest.mark.parametrize("said", ["al of them", "al of em", "al of them lol"])
def test_a_letter_dropped_from_all_still_reaches_all_of_them(corpus: Corpus, said: str) -> None:
    found = corpus.routines["months-28-days"].states["ask"].understand(said)
    assert found.branch_id == "all_of_them", found.explain()


def test_a_short_word_alone_is_no_slip(corpus: Corpus) -> None:
    # "al" alone might be a name: only the phrase's other words, typed right, say it is "all"
    assert corpus.routines["months-28-days"].states["ask"].understand("al").branch_id is None


# -- 6. "/prank @小明": a name that is no Telegram username ------------------------------------


def in_group(engine: Engine, chat: ChatState, who: Person, text: str) -> Response:
    outcome = handled(engine, chat, Incoming(who, text, 0.0, True, chat_id=-100))
    engine.validate(outcome.chat)
    return outcome


@pytest.mark.parametrize("args", ["@小明", "@小明 ten-knives", "@Мария"])
def test_a_non_ascii_at_name_in_a_group_is_told_plainly(corpus: Corpus, args: str) -> None:
    engine = Engine(corpus, random.Random(7))
    outcome = in_group(engine, ChatState(), SAM, f"/prank {args}")
    text = "\n".join(r.text for r in outcome.replies)
    assert "isn't a Telegram username" in text and "Reply to their message" in text, text
    assert not outcome.chat.pranks  # nobody is asked


def test_an_ascii_at_name_in_a_group_is_still_a_target(corpus: Corpus) -> None:
    engine = Engine(corpus, random.Random(7))
    outcome = in_group(engine, ChatState(), SAM, "/prank @bob")
    (prank,) = outcome.chat.pranks.values()
    assert prank.target is not None and prank.target.username == "bob"


@pytest.mark.parametrize("args", ["@小明", "@bob"])
def test_an_at_name_in_private_gets_the_same_line_whatever_its_letters(
    corpus: Corpus, args: str
) -> None:
    engine = Engine(corpus, random.Random(7))
    outcome = said(engine, ChatState(), MEI, f"/prank {args}")
    assert not outcome.chat.pranks  # no random prank dealt in its place
    assert "整蛊朋友要在群里玩" in "\n".join(r.text for r in outcome.replies)


@pytest.mark.parametrize(
    ("routine", "lang", "put_off", "answer", "words"),
    [
        ("imagine-chase", "en", "hmm, tell you later", "run", "Imagine someone"),
        ("play-water", "zh-hk", "等陣先答你 食緊飯", "鍾意呀", "玩水"),
    ],
)
def test_a_put_off_where_the_reveal_is_the_prank_is_waited_for_not_scored(
    corpus: Corpus, routine: str, lang: str, put_off: str, answer: str, words: str
) -> None:
    """Rule "a put-off": "ask me later" answers nothing yet. Where the reveal is the prank, the
    reveal would score a fall for it; the question stands instead, and the answer that comes
    later is judged as any answer is."""
    engine, chat = Engine(corpus, random.Random(6)), ChatState()
    chat = said(engine, chat, SAM, f"/lang {lang}").chat
    chat = said(engine, chat, SAM, f"/prank {routine}").chat
    assert corpus.routines[routine].states[corpus.routines[routine].start].reveal_outcome == FELL
    waited = said(engine, chat, SAM, put_off)
    assert waited.endings == [], "\n".join(r.text for r in waited.replies)
    assert words in "\n".join(r.text for r in waited.replies)
    landed = said(engine, waited.chat, SAM, answer)
    assert [e.outcome for e in landed.endings] == [FELL]


@pytest.mark.slow
async def test_through_telegram_a_put_off_waits_and_the_later_fall_is_on_the_board(
    emulator: Emulator, tmp_path: Path
) -> None:
    """The real Application over HTTP against the emulator, in a group: a put-off to a
    question whose reveal is the prank is waited for (nothing announced, nobody scored), and
    the answer that comes after it is judged and scored as any answer is."""
    async with running_bot(emulator, tmp_path / "bot.sqlite3"):
        await added_by(emulator, GROUP, CAROL)  # the group speaks Carol's Chinese
        mark = emulator.mark()
        emulator.user_message(GROUP, ALICE, "/prank play-water @carol")
        question = await wait_for(emulator, sends(GROUP["id"], "@carol"), after=mark)
        asked = emulator.messages[(GROUP["id"], question["result"]["message_id"])]
        texts = []
        for answer in ("晚点再说", "喜欢"):
            mark = emulator.mark()
            emulator.user_message(GROUP, CAROL, answer, reply_to=asked)
            reply = await wait_for(emulator, sends(GROUP["id"]), after=mark)
            asked = emulator.messages[(GROUP["id"], reply["result"]["message_id"])]
            texts.append(reply["params"]["text"])
        mark = emulator.mark()
        emulator.user_message(GROUP, CAROL, "/stats")
        board = (await wait_for(emulator, sends(GROUP["id"]), after=mark))["params"]["text"]
    assert say("put_off", "zh") in texts[0] and "玩水" in texts[0]
    assert say("got_you", "zh", by="@alice", target="@carol") not in texts[0]
    assert say("got_you", "zh", by="@alice", target="@carol") in texts[1]
    fooled = board.index(say("stats_fooled", "zh"))
    assert "@carol：1 次" in board[fooled:]


def test_a_non_ascii_at_name_is_shown_cleaned_and_short(corpus: Corpus) -> None:
    """A stranger's "@name" echoed in the bot's line: no direction-changing or invisible
    characters (U+202E would reverse the rest of the line), and at most 32 characters."""
    engine = Engine(corpus, random.Random(7))
    outcome = in_group(engine, ChatState(), SAM, "/prank @小明\u202e\u200bevil" + "小" * 500)
    text = "\n".join(r.text for r in outcome.replies)
    assert "\u202e" not in text and "\u200b" not in text, repr(text)
    assert "小明evil" in text and "小" * 40 not in text
