"""Round six's second wave of English kinds (issue 18), found on the Glasgow and Atlanta tuning
writers: Scots negation (-nae and -na on any auxiliary, "no" for "not"), Scots "ye" for "you",
Scots spellings, "an a half", "what even is" asking back, a make-me frame defied, a "wait no"
correction before a verb. Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from tests.support.understanding import LEXICON, matching, picks, units
from understanding.matcher import Branch
from understanding.text import clauses, fold, numbers

# -- Scots negation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("she cannae swim", "she cant swim"),
        ("he wouldnae dare", "he wouldnt dare"),
        ("it isnae mine", "it isnt mine"),
        ("we didna see it", "we didnt see it"),
        ("i dinnae want tae", "i dont want to"),
        ("that wullnae work", "that wont work"),
        ("they shouldnae bother", "they shouldnt bother"),
    ],
)
def test_an_auxiliary_with_nae_or_na_is_its_english_negative(said: str, read: str) -> None:
    assert units(said) == read.split()


@pytest.mark.parametrize("said", ["banana", "gonna", "nae bother", "manna from heaven"])
def test_a_word_ending_in_na_that_is_no_auxiliary_is_left_alone(said: str) -> None:
    assert not {"dont", "cant", "isnt", "wont"} & set(units(said))


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("am no the one", "im not the one"),
        ("yer no funny", "youre not funny"),
        ("no a chance", "not a chance"),
        ("no an idea", "not an idea"),
    ],
)
def test_scots_no_after_a_subject_or_before_a_is_not(said: str, read: str) -> None:
    assert units(said) == read.split()


@pytest.mark.parametrize("said", ["no", "no thanks", "no way", "oh no", "no, a dog"])
def test_a_plain_no_stays_a_no(said: str) -> None:
    assert "no" in units(said)


YES_NO = matching([Branch("yes", intents=("yes",)), Branch("no", intents=("no",))])


def test_a_scots_denial_is_no_bare_no() -> None:
    # "am no daft" denies being daft: no answer of no to a yes-or-no question
    assert picks(YES_NO, "am no daft mate") is None
    assert picks(YES_NO, "naw") == "no"


DUNNO = matching([Branch("dont_know", intents=("dont_know",)), Branch("no", intents=("no",))])


def test_no_a_clue_is_a_dont_know() -> None:
    assert picks(DUNNO, "no a clue pal") == "dont_know"
    assert picks(DUNNO, "nope") == "no"


# -- Scots "ye" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("ye ken fine", "you know fine"),
        ("ye were right", "you were right"),
        ("did ye see that", "did you see that"),
        ("away ye go", "away you go"),
    ],
)
def test_ye_inside_a_clause_or_before_a_verb_is_you(said: str, read: str) -> None:
    assert units(said) == read.split()


@pytest.mark.parametrize("said", ["ye", "ye i did", "lol ye", "ye ye"])
def test_ye_alone_or_before_anything_else_is_still_yes(said: str) -> None:
    assert "ye" in units(said)
    assert picks(YES_NO, said) == "yes"


def test_a_question_with_ye_is_no_yes() -> None:
    assert picks(YES_NO, "ye havin a laugh?") is None


# -- Scots spellings, "an a half" ------------------------------------------------------------

UP_DOWN = matching([Branch("down", ("down",)), Branch("up", ("up",))])


def test_scots_spellings_are_read_as_english() -> None:
    assert picks(UP_DOWN, "doon the stair") == "down"
    assert units("whit aboot it") == ["what", "about", "it"]


def test_an_a_half_is_and_a_half() -> None:
    found = [
        value for *_, value in numbers(clauses(fold("two an a half", LEXICON), LEXICON), LEXICON)
    ]
    assert found == ["2.5"]


# -- what even is, asked back ----------------------------------------------------------------

COLOURS = matching([Branch("red", ("red",)), Branch("green", ("green",))])


def test_what_even_is_asks_back() -> None:
    found = COLOURS.match("what even is a red door")
    assert found.branch_id is None, found.explain()
    assert "asked back" in found.explain()
    assert picks(COLOURS, "red, even") == "red"


# -- a make-me frame defied ------------------------------------------------------------------

NAMES = matching(
    [
        Branch("said_it", ("boss",), lands=True),
        Branch("saw_through", intents=("trick",)),
    ]
)


@pytest.mark.parametrize(
    "said",
    [
        "you are not about to make me call you boss",
        "you wont get me to say boss",
        "if youre about to tell me to call you boss, dont",
    ],
)
def test_a_make_me_frame_negated_is_the_trick_defied(said: str) -> None:
    assert picks(NAMES, said) == "saw_through", NAMES.match(said).explain()


def test_a_negated_want_me_to_names_nothing() -> None:
    assert picks(NAMES, "i dont want you to make me happy boss") != "saw_through"


# -- wait no, then a verb --------------------------------------------------------------------

LIGHTS = matching([Branch("stop", ("stop", "wait")), Branch("go", ("go",))])


def test_wait_no_before_a_verb_corrects() -> None:
    assert picks(LIGHTS, "stop.. wait no go") == "go", LIGHTS.match("stop.. wait no go").explain()


# -- Gen Z and Scots words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("u finna regret it", "you going to regret it"),
        ("im tryna sleep", "im trying to sleep"),
        ("i didnae ken", "i didnt know"),
    ],
)
def test_gen_z_and_scots_words_are_read_as_english(said: str, read: str) -> None:
    assert units(said) == read.split()


def test_cannae_mind_is_a_dont_know() -> None:
    assert picks(DUNNO, "honestly cannae mind") == "dont_know"


def test_you_finna_say_names_the_trick() -> None:
    assert picks(NAMES, "lol u finna say boss") == "saw_through", NAMES.match(
        "u finna say boss"
    ).explain()


# -- Pidgin's future go ------------------------------------------------------------------------

GO_STOP = matching([Branch("go", ("you go", "go")), Branch("stop", ("stop",))])


def test_pidgin_future_go_is_no_go() -> None:
    assert units("you go just dey laugh") == ["you", "will", "just", "dey", "laugh"]
    assert picks(GO_STOP, "for there? you go dey wait all day") is None
    assert picks(GO_STOP, "you go") == "go"
    assert picks(GO_STOP, "you go just like that") == "go"
