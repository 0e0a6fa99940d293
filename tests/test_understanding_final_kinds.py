"""The kinds of wrong punchline round five's final set showed (content/eval/tuning/round5_final/README.md),
each fixed by a rule or class-wide lexicon words, never one answer's phrase (see
content/README.md, "Round five's final set: the kinds fixed")."""

from __future__ import annotations

import re

import pytest

from tests.support.understanding import matching, picks
from understanding.matcher import Branch

# -- a don't-know read as no -----------------------------------------------------------------

UNSURE = matching(
    [
        Branch("says_no", intents=("no",)),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


@pytest.mark.parametrize(
    "typed",
    [
        "erm i dont really know",
        "i don't even know tbh",
        "I no know o",
        "I no sabi",
        "me I no sure o",
    ],
)
def test_an_adverb_inside_or_pidgin_for_don_t_know_is_no_no(typed: str) -> None:
    assert picks(UNSURE, typed) == "dont_know", UNSURE.match(typed).explain()


def test_a_plain_no_stays_no() -> None:
    assert picks(UNSURE, "no") == "says_no"
    assert picks(UNSURE, "i dont") == "says_no"


# -- corrections -----------------------------------------------------------------------------

THIRD_SON = matching([Branch("sanmao", ("三毛",)), Branch("xiaoming", ("小明",))])
IS_ARE = matching([Branch("picks_is", ("is",)), Branch("picks_are", ("are",))])


@pytest.mark.parametrize("typed", ["三毛 等哈 是小明", "三毛吧 等一哈 小明"])
def test_sichuan_wait_corrects_what_came_before(typed: str) -> None:
    assert picks(THIRD_SON, typed) == "xiaoming", THIRD_SON.match(typed).explain()


@pytest.mark.parametrize("typed", ["is?? nah are", "is? ehn are"])
def test_nah_or_ehn_corrects_what_came_before(typed: str) -> None:
    assert picks(IS_ARE, typed) == "picks_are", IS_ARE.match(typed).explain()


def test_of_several_corrections_the_one_corrected_away_never_wins() -> None:
    # "are?? no is.. nah are": the last counts, but "are" named again after a no reads as
    # denied, so the safe path (no punchline) is taken rather than "is"
    assert picks(IS_ARE, "are?? no is.. nah are") is None


# -- the trick turned back -------------------------------------------------------------------

FOOL = matching(
    [
        Branch("fool", ("我是傻瓜", "傻瓜"), lands=True),
        Branch("fell", ("i'm gullible", "gullible"), lands=True),
        Branch("sees_through", intents=("trick",)),
    ]
)


@pytest.mark.parametrize("typed", ["侬才是傻瓜。", "侬是傻瓜", "lol na you gullible"])
def test_the_punchline_said_of_the_asker_in_shanghainese_or_pidgin_turns_it_back(
    typed: str,
) -> None:
    assert picks(FOOL, typed) == "sees_through", FOOL.match(typed).explain()


def test_the_punchline_said_of_oneself_still_falls() -> None:
    assert picks(FOOL, "我是傻瓜") == "fool"
    assert picks(FOOL, "gullible") == "fell"


# -- the trick named beside a refusal, a guess or a number ----------------------------------

NAMED = matching(
    [
        Branch("eight", ("八把", "爸爸"), number="8", lands=True),
        Branch("sun", ("孙", "孙子"), lands=True),
        Branch("egg", ("the yolk is white", "yolk is white"), lands=True),
        Branch("barks", ("汪", "叫"), intents=("yes",), lands=True),
        Branch("refuses", ("不猜", "不说"), intents=("no", "refuse")),
        Branch("knew", intents=("trick",)),
    ]
)


@pytest.mark.parametrize(
    "typed",
    [
        "要我叫你阿叔 唔猜",
        "你叫撒 反正最后都是我当狗",  # 最后 with 都是: the next line predicted
        "我唔講 一講就變咗你個孫",  # "say it and I turn into your grandson"
        "no ur gonna do the yolk is white one lol",
        "youll just do the yolk is white thing",
    ],
)
def test_the_trick_named_in_a_frame_beside_a_refusal_or_a_number_sees_through(typed: str) -> None:
    assert picks(NAMED, typed) == "knew", NAMED.match(typed).explain()


@pytest.mark.parametrize(
    ("typed", "branch"), [("八把", "eight"), ("孙", "sun"), ("不猜", "refuses")]
)
def test_without_the_frame_the_answer_still_counts(typed: str, branch: str) -> None:
    assert picks(NAMED, typed) == branch, NAMED.match(typed).explain()


# -- a question back read as an answer -------------------------------------------------------

WATER = matching(
    [
        Branch("yes", ("游泳", "玩水"), intents=("yes",)),
        Branch("no", intents=("no",)),
    ]
)


@pytest.mark.parametrize("typed", ["侬讲的是哪个玩水，游泳还是浇花呀", "你说哪种，游泳还是泼水"])
def test_a_choice_after_asking_which_asks_back(typed: str) -> None:
    assert picks(WATER, typed) is None, WATER.match(typed).explain()


def test_a_choice_answered_plainly_still_answers() -> None:
    assert picks(WATER, "游泳") == "yes"


SPELL = matching(
    [
        Branch("spelled", ("icup", "i c u p"), regex=re.compile(r"\bi ?c ?u ?p\b"), lands=True),
        Branch("water", ("trough", "water")),
    ]
)


@pytest.mark.parametrize(
    "typed",
    ["why? wetin be icup", "what is icup", "whats i c u p lol", "whatevers in the trough?"],
)
def test_asking_what_a_thing_is_answers_nothing(typed: str) -> None:
    assert picks(SPELL, typed) is None, SPELL.match(typed).explain()


@pytest.mark.parametrize(("typed", "branch"), [("icup", "spelled"), ("water", "water")])
def test_the_thing_said_plainly_still_answers(typed: str, branch: str) -> None:
    assert picks(SPELL, typed) == branch, SPELL.match(typed).explain()


# -- a don't-know with a fact beside it ------------------------------------------------------

BLOOD = matching(
    [
        Branch("names_type", ("a型", "b型", "type a", "type b")),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


@pytest.mark.parametrize(
    "typed",
    ["猜不出来，我只晓得自己是A型。", "唔知 我淨係知自己係B型", "no idea, all i know is im type a"],
)
def test_a_fact_beside_a_don_t_know_gets_no_punchline(typed: str) -> None:
    assert picks(BLOOD, typed) is None, BLOOD.match(typed).explain()


@pytest.mark.parametrize(("typed", "branch"), [("A型吧", "names_type"), ("猜不出来", "dont_know")])
def test_a_guess_or_a_don_t_know_alone_still_counts(typed: str, branch: str) -> None:
    assert picks(BLOOD, typed) == branch, BLOOD.match(typed).explain()


# -- Pidgin "no" inside the sentence ---------------------------------------------------------

LOOK = matching(
    [
        Branch("looked", ("i looked", "nothing there"), lands=True),
        Branch("says_no", intents=("no",)),
        Branch("refuses", intents=("refuse",)),
    ]
)


# (Before a verb of lexicon.pidgin_negation_en, "I no go look" now reads as English "I wont
# look" and gets what English gets: tests/test_understanding_round6_en.py.)
@pytest.mark.parametrize("typed", ["lmao I no chop am, na you gullible", "I no waka o"])
def test_pidgin_no_between_subject_and_verb_is_no_answer_of_no(typed: str) -> None:
    assert picks(LOOK, typed) is None, LOOK.match(typed).explain()


@pytest.mark.parametrize(("typed", "branch"), [("no", "says_no"), ("no i didnt", "says_no")])
def test_a_no_opening_the_answer_is_still_no(typed: str, branch: str) -> None:
    assert picks(LOOK, typed) == branch, LOOK.match(typed).explain()


def test_pidgin_no_time_refuses() -> None:
    assert picks(LOOK, "abeg I no get time for this") == "refuses"
