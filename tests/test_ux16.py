"""Round ux16: a new player's findings in the console playground (see each test)."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest

from bot.content.corpus import REFUSED, Corpus, CorpusError, parse_corpus
from bot.i18n.catalogue import say
from bot.i18n.language import HONG_KONG, TRADITIONAL, to_traditional
from understanding.text import fold

# -- 1. a refusal never reaches an answer whose reply asserts a no -----------------------

ASKED = textwrap.dedent(
    """\
    routines:
      - id: tired
        title: {zh: 累不累, en: Tired}
        states:
          ask:
            say: {zh: 你今天累不累？, en: Are you tired today?}
            answers:
              - id: tired
                intent: "yes"
                reply: {zh: 当然累了。, en: Of course.}
              - id: not_tired
                intent: "no"
                reply: {zh: 不可能，怎么可能不累。, en: "Impossible, how could you not be tired."}
            otherwise:
              outcome: fell
              reveal: {zh: 不管累不累，反正你很累。, en: "Tired or not, you are."}
    """
)


def test_a_refusal_that_would_reach_the_no_answer_is_refused_by_the_checker() -> None:
    with pytest.raises(CorpusError) as caught:
        parse_corpus(ASKED, "jokes.yaml")
    assert "a refusal (不玩, 'not playing') would reach answer 'not_tired'" in str(caught.value)
    assert "intents: {refuse: otherwise}" in str(caught.value)


@pytest.mark.parametrize("route", ["otherwise", "not_tired"])
def test_the_state_says_where_a_refusal_goes(route: str) -> None:
    text = ASKED.replace("    answers:", f"    intents: {{refuse: {route}}}\n        answers:", 1)
    state = parse_corpus(text).routines["tired"].states["ask"]
    answer = state.recognise("不玩")
    assert answer is not None and answer.outcome == REFUSED
    assert answer.id == ("refused" if route == "otherwise" else "not_tired")
    # routed to the no answer, the stand-in is kept: only declining reaches it
    assert state.recognise("不累") is not None and state.recognise("不累").id == "not_tired"  # type: ignore[union-attr]


@pytest.mark.parametrize("route", ["otherwise", "not_tired"])
def test_a_refusal_ends_on_an_answer_made_once_per_state(route: str) -> None:
    # (speed17) made on each refusal it was ~1% of a typical step: now the same answer each
    # time, and a state made anew from another makes its own
    text = ASKED.replace("    answers:", f"    intents: {{refuse: {route}}}\n        answers:", 1)
    state = parse_corpus(text).routines["tired"].states["ask"]
    first = state.recognise("不玩")
    assert first is not None and first.outcome == REFUSED
    assert state.recognise("不玩") is first
    anew = replace(state)
    again = anew.recognise("不玩")
    assert again is not first and again == first


@pytest.mark.parametrize("answer", ["不玩", "不玩，你又要套路我", "唔玩", "不想玩", "沒興趣"])
def test_running_all_day_never_says_not_tired_to_a_refusal(corpus: Corpus, answer: str) -> None:
    state = corpus.routines["running-all-day"].states["ask"]
    got = state.recognise(answer)
    assert got is not None and got.id != "not_tired"
    assert got.outcome in (REFUSED, "saw_through")


@pytest.mark.parametrize(
    ("routine", "state"),
    [
        ("running-all-day", "ask"),
        ("gained-weight", "ask"),
        ("you-and-pig", "ask"),
        ("july-fourth-england", "ask"),
        ("widow-sister", "ask"),
        ("gullible-ceiling", "ceiling"),
        ("gullible-ceiling", "dict"),
        ("elephant-fridge", "river"),
    ],
)
def test_not_playing_gets_the_reveal_where_the_no_reply_asserts_a_no(
    corpus: Corpus, routine: str, state: str
) -> None:
    for answer in ("不玩", "not playing", "no thanks"):
        got = corpus.routines[routine].states[state].recognise(answer)
        assert got is not None and got.id == "refused", (routine, state, answer)


# -- 2. Taiwan's ellipsis ⋯ (and ．．．, ···) trails off as …… does ----------------------


@pytest.mark.parametrize("answer", ["嗯⋯⋯", "嗯⋯", "嗯．．．", "嗯···", "嗯・・・", "呃⋯⋯"])
def test_a_hum_trailing_off_in_any_ellipsis_is_thinking(corpus: Corpus, answer: str) -> None:
    state = corpus.routines["ten-knives"].states["ask"]
    assert state.recognise(answer) is None
    assert state.not_answered_yet(answer) == "put_off"


def test_the_midline_ellipsis_folds_to_the_one_the_rules_know(corpus: Corpus) -> None:
    lexicon = corpus.lexicon
    assert lexicon is not None
    assert fold("嗯⋯⋯", lexicon) == fold("嗯……", lexicon)
    assert fold("你是我的⋯⋯爸爸", lexicon) == fold("你是我的……爸爸", lexicon)
    assert fold("哈利·波特", lexicon) == "哈利·波特"  # one middle dot separates a name


# -- 3. "A, no wait, B": the last answer counts however long the way to it ---------------


@pytest.mark.parametrize(
    "answer",
    [
        "八把！啊不對，是問刀子在哪吧，兩把在我手上",
        "八把！啊不对，是问刀子在哪吧，两把在我手上",
        "八把！啊不对，两把，在我手上",
        "eight! no wait, you mean where are they, two in my hands",
    ],
)
def test_a_number_taken_back_for_one_in_a_later_clause_is_no_fall(
    corpus: Corpus, answer: str
) -> None:
    assert corpus.routines["ten-knives"].states["ask"].recognise(answer) is None


@pytest.mark.parametrize("answer", ["八把，不对 跳太多了", "八把，不对，你只丢了十把"])
def test_a_comment_after_the_correction_takes_nothing_back(corpus: Corpus, answer: str) -> None:
    got = corpus.routines["ten-knives"].states["ask"].recognise(answer)
    assert got is not None and got.id == "eight"


# -- 5. each variety in its own words -------------------------------------------------------


def test_hong_kong_types_qun_not_the_standard_form() -> None:
    assert to_traditional("拉我进群组，一群人", HONG_KONG) == "拉我進群組，一群人"
    assert "群組" in say("group_only", HONG_KONG) and "羣" not in say("group_only", HONG_KONG)


@pytest.mark.parametrize(
    ("mainland", "taiwan"),
    [
        ("问你个问题，西游记的猴子叫什么名字？", "問你一個問題"),
        ("问你个私人问题：你属什么的？", "問你一個私人問題"),
        ("问你个事：你今天累不累？", "問你一件事"),
    ],
)
def test_taiwan_asks_you_one_question(mainland: str, taiwan: str) -> None:
    assert taiwan in to_traditional(mainland, TRADITIONAL)


def test_taiwan_sings_the_song_as_taiwan_sings_it(corpus: Corpus) -> None:
    state = next(r for r in corpus.routines.values() if r.title.zh == "唱歌接龙").states["ask"]
    assert "像個寶" in state.reveal.in_(TRADITIONAL) and "像塊寶" in state.reveal.in_(HONG_KONG)


def test_the_pig_joke_is_told_in_english_as_english_tells_it(corpus: Corpus) -> None:
    state = corpus.routines["pig-ran-away"].states["ask"]
    assert "got clean away" in state.say.en
    assert "listening to me tell this story" in state.reveal.en
