"""Round eleven: a new user's unfair verdicts, fixed by kind (understand11). Each said in
words written for this file, not the user's sentences:

- the pun spelt out as an equation (八把=爸爸, 八把就是爸爸) names the trick, and having heard
  it (聽過了) beside an answer that ends the routine says they knew it;
- a pinyin slip inside a word (长劲鹿) reaches no branch the word typed right (长颈鹿) would
  not, through a one-character phrase inside it (鹿);
- a question back naming the trick by one character (你想要我說豬嗎？) sees through it;
- a flaw said tentatively (太帥？, 太靚仔？) is the flaw named;
- working said in Chinese or English number words (十減二, 五加三, ten minus two) is read as
  its result, as digits are;
- an English slip is never a very common real word (shot is no short, lots no lost), while
  real slips (bred, tost, stell, marry) and inflections (horses) are still forgiven."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, Corpus, load_lexicon
from tests.support.understanding import explained, reached
from understanding.matcher import Branch, Matcher
from understanding.text import RAW_CAP

LEXICON = load_lexicon(DEFAULT_LEXICON)


# -- 1. rule "the pun spelt out", and having heard it ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "8=爸爸吧",
        "八把 = 爸爸 哈哈",
        "爸爸=八把",
        "八把就是爸爸嘛",
        "8即係爸爸",
        "八把＝爸爸 lol",
        "早知啦，八把等于爸爸",
    ],
)
def test_the_pun_spelt_out_as_an_equation_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "ten-knives/ask", said) == "saw_through", explained(
        corpus, "ten-knives/ask", said
    )


@pytest.mark.parametrize("said", ["8就是八把", "八把", "八把，爸爸", "十把减两把就是八把"])
def test_the_answer_said_twice_is_no_pun_spelt_out(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "ten-knives/ask", said) == "eight", explained(
        corpus, "ten-knives/ask", said
    )


def test_an_equation_past_what_the_rules_read_is_not_read(corpus: Corpus) -> None:
    # the rule reads the answer's first RAW_CAP characters, as every rule does (speed18)
    assert reached(corpus, "ten-knives/ask", "八把 =爸爸") == "saw_through"
    assert reached(corpus, "ten-knives/ask", "八把" + " " * RAW_CAP + "=爸爸") == "eight"


def test_a_name_and_its_title_equated_are_no_pun(corpus: Corpus) -> None:
    # a name and a nickname of one branch, written apart but not alike in sound: no pun
    assert reached(corpus, "monkey-name/ask", "孙悟空就是悟空") == "sun_wukong"
    assert reached(corpus, "monkey-name/ask", "孙悟空就是齐天大圣") != "saw_through"


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("ten-knives/ask", "听过了，八把"),
        ("ten-knives/ask", "聽過啦 8把"),
        ("birds-on-tree/ask", "聽過了 九隻"),
    ],
)
def test_heard_it_beside_an_ending_answer_sees_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


def test_heard_it_beside_a_warm_up_answer_still_goes_on(corpus: Corpus) -> None:
    # a heard-of said once names the kind: the warm-up is answered, the trick still ahead
    assert reached(corpus, "elephant-fridge/fridge", "听过了，三步") == "three"


# -- 2. a slip inside a word reaches no branch the word would not -----------------------------


@pytest.mark.parametrize("said", ["长劲鹿", "長勁鹿", "是长劲鹿吧"])
def test_a_slip_of_a_word_reaches_the_words_branch(corpus: Corpus, said: str) -> None:
    right = reached(corpus, "lost-deer/ask", said.replace("劲", "颈").replace("勁", "頸"))
    assert reached(corpus, "lost-deer/ask", said) == right == "other_animal", explained(
        corpus, "lost-deer/ask", said
    )


def test_the_deer_alone_still_sees_through(corpus: Corpus) -> None:
    assert reached(corpus, "lost-deer/ask", "鹿") == "milu"


# -- 3. a question back naming the trick by one character -------------------------------------


@pytest.mark.parametrize(
    "said",
    ["你想要我說豬嗎？", "係咪想我講豬呀？", "你要我讲猪？", "是要我说猪吗"],
)
def test_a_question_back_naming_one_character_of_the_trick_sees_through(
    corpus: Corpus, said: str
) -> None:
    assert reached(corpus, "you-and-pig/ask", said) == "saw_through", explained(
        corpus, "you-and-pig/ask", said
    )


def test_a_question_back_naming_a_character_of_another_routine_names_nothing(
    corpus: Corpus,
) -> None:
    # 龙 is no word of ten-knives' lines: asking it names no trick of this routine
    assert reached(corpus, "ten-knives/ask", "是要我说龙吗？") is None


# -- 4. a flaw said tentatively ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("my-flaw/ask", "太帥？"),
        ("my-flaw/ask", "太靚仔？"),
        ("my-flaw/ask", "太帅了吧"),
        ("my-flaw/guess", "長得太帥？"),
        ("my-flaw/guess", "太好看？"),
    ],
)
def test_a_flaw_said_tentatively_is_the_flaw_named(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "names_flaw", explained(corpus, where, said)


# -- 5. working in number words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("ten-knives/ask", "十減二", "eight"),
        ("ten-knives/ask", "十减二等于八", "eight"),
        ("ten-knives/ask", "五加三", "eight"),
        ("birds-on-tree/ask", "十减一", "nine"),
        ("nine-by-three/ask", "九除以三", "three"),
        ("apples-take-away/ask", "six minus four", "two"),
        ("sheep-all-but-nine/ask", "17 minus 8", "nine"),
        ("sheep-all-but-nine/ask", "three times three", "nine"),
    ],
)
def test_working_in_number_words_is_read_as_its_result(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected, explained(corpus, where, said)


def test_a_sum_in_words_to_another_number_is_not_the_answer(corpus: Corpus) -> None:
    assert reached(corpus, "ten-knives/ask", "十加二") is None


# -- 6. a very common real word is no slip -----------------------------------------------------


def test_a_very_common_real_word_is_no_slip() -> None:
    # shot (Zipf 5.2) is one letter short of short (5.3), and rarer: still meant as typed
    state = Matcher([Branch("short", ("short",)), Branch("tall", ("tall",))], lexicon=LEXICON)
    assert state.match("shot").branch_id is None


def test_red_is_no_slip_of_bread(corpus: Corpus) -> None:
    found = corpus.routines["toast-toaster"].states["ask"].understand("red")
    assert found.branch_id is None and "bread" not in found.heard


@pytest.mark.parametrize(
    ("where", "said", "meant"),
    [
        ("toast-toaster/ask", "bred", "bread"),
        ("toast-toaster/ask", "brad", "bread"),
        ("running-all-day/ask", "tied", "tired"),
    ],
)
def test_rarer_real_slips_are_still_forgiven(
    corpus: Corpus, where: str, said: str, meant: str
) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].understand(said)
    assert f"→ {meant}" in found.heard, found.explain()


def test_an_inflection_of_the_word_is_still_forgiven() -> None:
    # hands (Zipf 5.2) is hand and an s: the word itself, not another
    state = Matcher([Branch("hand", ("hand",)), Branch("foot", ("foot",))], lexicon=LEXICON)
    assert state.match("hands").branch_id == "hand"
