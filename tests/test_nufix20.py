"""A new user's console play (nufix20): seeing through scored as a fall, chat read as an
answer, a save praised where nothing was taken back, the insult turned back."""

from __future__ import annotations

import pytest

from bot.content.corpus import ASKS_AGAIN, PUT_OFF, SAW_THROUGH, Corpus


def _read(corpus: Corpus, routine: str, state: str, text: str) -> tuple[str, str | None, bool]:
    answer = corpus.routines[routine].states[state].recognise(text)
    if answer is None:
        return ("otherwise", None, False)
    return (answer.id, answer.outcome, answer.caught_in_time)


@pytest.mark.parametrize("text", ["一枪下去，全没了", "一槍打落去，冇晒", "冇晒啦，一槍全部嚇走"])
def test_a_shot_is_no_count_of_birds(corpus: Corpus, text: str) -> None:
    # 一枪 (one shot) says how, not one bird left: not_numbers_zh
    assert _read(corpus, "birds-on-tree", "ask", text) == ("none_left", SAW_THROUGH, False)


def test_one_bird_left_is_still_one(corpus: Corpus) -> None:
    # the neighbour: a bird counted beside the shot still counts
    assert _read(corpus, "birds-on-tree", "ask", "一枪打死一只，还剩一只")[0] == "one_left"


def test_a_save_is_praised_only_where_a_fall_came_first(corpus: Corpus) -> None:
    # none said first, the fall's words after it: nothing taken back, no "caught in time"
    assert _read(corpus, "birds-on-tree", "ask", "冇晒啦，得返一隻都嚇走晒") == (
        "none_left",
        SAW_THROUGH,
        False,
    )
    # the neighbours: a fall taken back is still a save
    assert _read(corpus, "birds-on-tree", "ask", "九只，唔係，冇晒")[2] is True
    assert _read(corpus, "xiaoming-third-son", "ask", "三毛，不对不对，是小明")[2] is True


@pytest.mark.parametrize("text", ["brb", "be right back"])
def test_stepping_away_is_a_put_off(corpus: Corpus, text: str) -> None:
    state = corpus.routines["silent-love"].states["ask"]
    assert state.not_answered_yet(text) == PUT_OFF


def test_a_yes_before_brb_still_answers(corpus: Corpus) -> None:
    assert _read(corpus, "silent-love", "ask", "yes, brb")[0] == "yes"


@pytest.mark.parametrize("text", ["区别就是猪比你可爱", "没区别，你也是猪", "冇分別囉，你都係豬"])
def test_the_insult_turned_back_sees_through(corpus: Corpus, text: str) -> None:
    assert _read(corpus, "you-and-pig", "ask", text)[1] == SAW_THROUGH


def test_the_pig_described_is_still_an_answer(corpus: Corpus) -> None:
    assert _read(corpus, "you-and-pig", "ask", "猪比较可爱")[0] == "answers_directly"


@pytest.mark.parametrize("text", ["傻子才回答八把", "傻瓜才會答八把"])
def test_the_answer_called_a_fools_sees_through(corpus: Corpus, text: str) -> None:
    # mention_frames: 傻子才回答 mentions 八把 as what a fool says, it does not say it
    assert _read(corpus, "ten-knives", "ask", text)[1] == SAW_THROUGH


def test_a_fool_beside_the_answer_given_still_falls(corpus: Corpus) -> None:
    assert _read(corpus, "ten-knives", "ask", "八把，傻子都会算")[0] == "eight"


@pytest.mark.parametrize("text", ["wait what", "wait huh", "what?"])
def test_wait_what_asks_again(corpus: Corpus, text: str) -> None:
    # asks_again: a start before the request still asks, as "what?" does
    assert corpus.routines["gullible-ceiling"].states["ceiling"].not_answered_yet(text) == (
        ASKS_AGAIN
    )


def test_wait_then_a_word_is_no_request(corpus: Corpus) -> None:
    state = corpus.routines["gullible-ceiling"].states["ceiling"]
    assert state.not_answered_yet("wait what a ceiling") != ASKS_AGAIN


def test_the_trick_named_after_a_wait_sees_through(corpus: Corpus) -> None:
    assert _read(corpus, "sheep-all-but-nine", "ask", "8... wait, youre tricking me")[1] == (
        SAW_THROUGH
    )
    # the neighbour: the number alone still falls
    assert _read(corpus, "sheep-all-but-nine", "ask", "8")[0] == "eight"


def test_the_trick_named_after_a_firm_take_back_sees_through(corpus: Corpus) -> None:
    # 不对 takes 三 back: 你套路我 names the trick seen in time, no admission of a fall
    assert _read(corpus, "nine-by-three", "ask", "三，等下，不对，你套路我")[1] == SAW_THROUGH
    # the neighbour: a soft wait alone takes nothing back, the fall realised
    assert _read(corpus, "nine-by-three", "ask", "三，等下，你套路我")[0] == "three"
