"""Round six's English kinds (issue 18), found on the Abuja and Auckland tuning writers and
round five's final set: Pidgin's "no" before a verb is "not", a why after tone words still asks
back, a question about oneself after a don't-know is no guess. Examples written here, not
copied from the eval rows."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- Pidgin's "no" before a verb -------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("goat no dey fly", "goat dont fly"),
        ("my papa no go agree", "my dad wont agree"),
        ("this phone no fit charge", "this phone cant charge"),
        ("she no sabi cook", "she dont know cook"),
        ("lol no be my fault", "lol not my fault"),
    ],
)
def test_pidgin_no_before_a_verb_is_read_as_not(said: str, read: str) -> None:
    assert units(said) == read.split()


@pytest.mark.parametrize(
    "said",
    [
        "oh no go away",
        "lol no go away",
        "no, go away",
        "no go away",
        "hell no dey play",
        "its a no go",
    ],
)
def test_a_no_after_an_exclamation_or_opening_the_clause_stays_a_no(said: str) -> None:
    assert "no" in units(said)


DRINKS = matching(
    [
        Branch("juice", ("juice",)),
        Branch("tea", ("tea",)),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


def test_what_a_pidgin_no_negates_is_not_chosen() -> None:
    # the other drink, negated, no longer competes: not torn, not the negated one
    assert picks(DRINKS, "juice, baby no dey drink tea") == "juice"
    assert picks(DRINKS, "tea, pikin no fit drink juice") == "tea"


def test_a_pidgin_dont_know_is_a_dont_know() -> None:
    assert picks(DRINKS, "honestly I no sabi") == "dont_know"
    assert picks(DRINKS, "my guy I no know o") == "dont_know"


YES_NO = matching([Branch("yes", intents=("yes",)), Branch("no", intents=("no",))])


def test_it_is_not_me_in_pidgin_is_no_bare_no() -> None:
    # "no be me you go fool" (it is not me you will fool) answers neither yes nor no
    assert picks(YES_NO, "lmao no be me you go fool today") is None
    assert picks(YES_NO, "no") == "no"
    assert picks(YES_NO, "oh no") == "no"


# -- a why after tone words ------------------------------------------------------------------

SING = matching([Branch("sings", ("sing", "la la la"), intents=("yes",))])


@pytest.mark.parametrize("said", ["lol why would i sing", "wtf why would i sing", "omg why sing"])
def test_why_after_tone_words_still_asks_back(said: str) -> None:
    found = SING.match(said)
    assert found.branch_id is None, found.explain()
    assert "asked back after why" in found.explain()


def test_a_why_inside_the_sentence_is_no_opening() -> None:
    # "sing" said outright, then a why: still the branch
    assert picks(SING, "i will sing, dont ask why") == "sings"


# -- a question about oneself after a don't-know ---------------------------------------------

LEGAL = matching(
    [
        Branch("legal", intents=("yes",)),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


@pytest.mark.parametrize(
    "said",
    [
        "how should I know, am I a judge?",
        "no idea, do I look like google?",
        "I no know, I be judge?",
    ],
)
def test_a_question_about_oneself_after_a_dont_know_is_no_guess(said: str) -> None:
    assert picks(LEGAL, said) == "dont_know", LEGAL.match(said).explain()


def test_a_guess_after_a_dont_know_still_hedges() -> None:
    found = LEGAL.match("no idea, only in some states?")
    assert found.branch_id is None
    assert "a guess after it" in found.explain()


# -- an asserting question -------------------------------------------------------------------

BIBLE = matching(
    [
        Branch("moses", ("moses",)),
        Branch("noah", ("noah",)),
    ]
)


@pytest.mark.parametrize("said", ["wasnt that noah tho", "isn't it Noah?", "lol wasnt it noah"])
def test_a_question_opening_with_wasnt_that_names_what_follows(said: str) -> None:
    assert picks(BIBLE, said) == "noah", BIBLE.match(said).explain()


@pytest.mark.parametrize("said", ["it wasnt noah", "not noah", "that wasnt noah, was it"])
def test_a_negator_inside_the_sentence_still_negates(said: str) -> None:
    assert picks(BIBLE, said) != "noah"


# -- numbers: stated, then worked out; about a number ----------------------------------------

PILLS = matching(
    [Branch("forty", number="40"), Branch("twenty", number="20")], question=["40", "20"]
)


@pytest.mark.parametrize("said", ["40. one now, one at 20, one at 40", "40! 20 then 40"])
def test_a_number_stated_then_worked_out_to_again_is_the_answer(said: str) -> None:
    assert picks(PILLS, said) == "forty", PILLS.match(said).explain()


@pytest.mark.parametrize("said", ["40, 20", "20. then 40", "40 or 20"])
def test_two_numbers_without_the_working_ending_on_the_first_stay_apart(said: str) -> None:
    assert picks(PILLS, said) is None


def test_a_number_typed_with_ish_is_that_number() -> None:
    assert units("70ish") == ["70", "ish"]
    assert picks(PILLS, "40ish") == "forty"


TIMED = matching(
    [
        Branch("sixty", number="60", unit="minutes"),
        Branch("ninety", number="90", unit="minutes"),
    ],
    question=["3", "30"],
)


def test_a_duration_stated_then_worked_out_to_again_is_the_answer() -> None:
    assert picks(TIMED, "60. first now, then 30 mins, then 60") == "sixty"
    assert picks(TIMED, "60, 90") is None


# -- a no right before the yes branch's own word ---------------------------------------------

DANCE = matching(
    [
        Branch("yes", ("dance",), intents=("yes",)),
        Branch("no", intents=("no",)),
    ]
)


@pytest.mark.parametrize("said", ["abeg no dance o", "no dance pls", "nah dance away"])
def test_a_no_right_before_the_yes_branch_word_takes_the_safe_path(said: str) -> None:
    found = DANCE.match(said)
    assert found.branch_id is None, found.explain()
    assert "the safe path" in found.explain()


def test_a_no_apart_from_the_yes_word_still_counts() -> None:
    assert picks(DANCE, "no i wont dance") == "no"
    assert picks(DANCE, "yes dance") == "yes"


# -- a question after asking what it is ------------------------------------------------------

SWIM = matching(
    [
        Branch("yes", ("like", "swim"), intents=("yes",)),
        Branch("no", intents=("no",)),
    ]
)


@pytest.mark.parametrize(
    "said", ["wetin be swim party? like for pool?", "what is a swim party? like a pool thing?"]
)
def test_a_question_after_asking_what_it_is_answers_nothing(said: str) -> None:
    found = SWIM.match(said)
    assert found.branch_id is None, found.explain()


def test_an_answer_after_asking_what_it_is_still_counts() -> None:
    assert picks(SWIM, "what is that? i like it tho") == "yes"


# -- an article dropped ----------------------------------------------------------------------

GOAT = matching(
    [
        Branch("denies", ("not a goat", "off the farm")),
        Branch("lots", ("a lot",)),
    ]
)


@pytest.mark.parametrize("said", ["I no be goat", "im not goat", "i ran off farm"])
def test_a_phrase_matches_with_an_article_inside_it_dropped(said: str) -> None:
    assert picks(GOAT, said) == "denies", GOAT.match(said).explain()


def test_an_article_opening_a_phrase_is_kept() -> None:
    assert picks(GOAT, "lot") is None
    assert picks(GOAT, "a lot") == "lots"


@pytest.mark.parametrize("said", ["im fine. no need to dance", "I no vex, no need to dance"])
def test_a_no_opening_a_longer_word_after_another_clause_is_no_correction(said: str) -> None:
    # no correction ("only what follows counts" would leave "need to dance": yes); the yes
    # word beside the no, apart from it, is the safe path
    found = DANCE.match(said)
    assert found.branch_id != "yes" and "corrected after" not in found.explain(), found.explain()


# -- Pidgin's comparative --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [("e sweet pass", "e sweet more"), ("this one big pass am", "this one big more am")],
)
def test_pass_after_a_word_is_pidgins_comparative(said: str, read: str) -> None:
    assert units(said) == read.split()


REFUSING = matching([Branch("refuses", intents=("refuse",))])


@pytest.mark.parametrize("said", ["pass", "ill pass", "hard pass", "nah i think ill pass"])
def test_pass_after_a_refusing_lead_still_refuses(said: str) -> None:
    assert picks(REFUSING, said) == "refuses"


def test_a_comparative_pass_refuses_nothing() -> None:
    assert picks(REFUSING, "because e heavy pass") is None


# -- a rhetorical question; never after a subject ---------------------------------------------

SWIMS = matching(
    [
        Branch("yes", ("like", "enjoy"), intents=("yes",)),
        Branch("no", intents=("no",)),
    ]
)


@pytest.mark.parametrize(
    "said", ["which kid doesnt like swimming", "who no like swimming?", "how i no go enjoy am"]
)
def test_a_negator_in_a_rhetorical_question_denies_nothing(said: str) -> None:
    found = SWIMS.match(said)
    assert found.branch_id is None, found.explain()
    assert "rhetorical question" in found.explain()


def test_a_plain_negation_still_says_no() -> None:
    assert picks(SWIMS, "i dont like swimming") == "no"
    assert picks(SWIMS, "how about no") == "no"


@pytest.mark.parametrize("said", ["they never swim", "i never enjoy am"])
def test_never_after_a_subject_says_no(said: str) -> None:
    assert picks(SWIMS, said) == "no", SWIMS.match(said).explain()


def test_pidgin_no_after_a_subject_before_a_word_is_still_no_answer() -> None:
    assert picks(SWIMS, "i no chop am") is None  # chop (eat) is no verb of the fold


# -- narrowed, not denied --------------------------------------------------------------------

FRUIT = matching([Branch("apple", ("apple",)), Branch("pear", ("pear",))])


@pytest.mark.parametrize("said", ["apple and pear... no just apple", "apple? no o, only apple"])
def test_an_answer_named_again_after_no_with_just_is_kept(said: str) -> None:
    assert picks(FRUIT, said) == "apple", FRUIT.match(said).explain()


def test_an_answer_named_again_after_no_without_just_is_denied() -> None:
    assert picks(FRUIT, "apple? no apple is too sour") is None


# -- Pidgin's copula -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("I be goat?", "im goat ?"),
        ("na you be mumu", "na youre mumu"),
        ("to be or not", "to be or not"),
    ],
)
def test_pidgin_be_after_a_subject_is_am_are_is(said: str, read: str) -> None:
    assert units(said) == read.split()


GOATS = matching([Branch("named", ("you're the goat",)), Branch("mine", ("ur a goat",))])


def test_a_pidgin_you_be_matches_the_english_youre() -> None:
    assert picks(GOATS, "lol na you be the goat") == "named"


def test_an_article_after_a_possessive_or_youre_stays() -> None:
    # "ur a goat" and "you're the goat" are no "your goat"
    assert picks(GOATS, "your goat") is None


# -- fell, realised after a correction marker ------------------------------------------------

GENIUS = matching(
    [
        Branch("fell", ("im a clown",), lands=True),
        Branch("flips", ("youre a clown",), intents=("trick",)),
    ]
)


@pytest.mark.parametrize("said", ["im a clown... hang on. ya got me", "im a clown, wait, dammit"])
def test_an_admission_after_a_correction_marker_takes_nothing_back(said: str) -> None:
    assert picks(GENIUS, said) == "fell", GENIUS.match(said).explain()


def test_a_correction_to_the_trick_turned_back_still_counts() -> None:
    assert picks(GENIUS, "im a clown, no wait, youre a clown") == "flips"


# -- a closing though; a run of yeah and nah -------------------------------------------------

HOLIDAY = matching(
    [
        Branch("has_it", ("they have it",), intents=("yes",)),
        Branch("skips_it", ("they skip it",), intents=("no",)),
    ]
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [("yes, they skip it tho", "has_it"), ("no, they have it though", "skips_it")],
)
def test_a_though_closing_the_clause_after_a_yes_or_no_qualifies_it(said: str, branch: str) -> None:
    assert picks(HOLIDAY, said) == branch, HOLIDAY.match(said).explain()


def test_without_a_though_the_clause_still_counts() -> None:
    assert picks(HOLIDAY, "they skip it") == "skips_it"


@pytest.mark.parametrize(
    ("said", "branch"), [("yeah nah yeah", "has_it"), ("nah yeah nah", "skips_it")]
)
def test_a_run_of_yeah_and_nah_says_its_last_word(said: str, branch: str) -> None:
    assert picks(HOLIDAY, said) == branch


# -- a hedge, then a lean in the same clause; double negatives; yeah right -------------------

ENGLAND = matching(
    [
        Branch("says_yes", intents=("yes",)),
        Branch("says_no", intents=("no",)),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


@pytest.mark.parametrize(
    ("said", "branch"), [("idk probably not", "says_no"), ("no idea, probably yes", "says_yes")]
)
def test_a_lean_after_a_hedge_in_its_clause_is_that_lean(said: str, branch: str) -> None:
    assert picks(ENGLAND, said) == branch, ENGLAND.match(said).explain()


def test_a_hedge_alone_is_a_dont_know() -> None:
    assert picks(ENGLAND, "idk") == "dont_know"


@pytest.mark.parametrize("said", ["i dont hate it", "i dont dislike it"])
def test_a_negated_negative_word_denies_nothing(said: str) -> None:
    found = ENGLAND.match(said)
    assert found.branch_id is None and "double negative" in found.explain(), found.explain()


def test_a_double_negative_before_a_yes_word_is_that_yes() -> None:
    assert picks(SWIMS, "i dont not like swimming") == "yes"
    assert picks(SWIMS, "i dont like swimming") == "no"


def test_yeah_right_is_sarcastic_or_agreeing_the_safe_path() -> None:
    assert picks(ENGLAND, "yeah right") is None


# -- Pidgin's object am; honestly ------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("I like am", "i like it"),
        ("dem no fit carry am", "them cant carry it"),
        ("how am i", "how am i"),
    ],
)
def test_pidgin_am_after_a_verb_is_it(said: str, read: str) -> None:
    assert units(said) == read.split()


@pytest.mark.parametrize(
    "said",
    ["I no go lie, I like swimming", "not gonna lie, I like swimming", "no cap i like swimming"],
)
def test_an_honesty_frame_is_no_answer_of_its_own(said: str) -> None:
    assert picks(SWIMS, said) == "yes", SWIMS.match(said).explain()


# -- a question about the asker --------------------------------------------------------------


@pytest.mark.parametrize("said", ["can you even dance?", "lol you fit dance?", "you sure?"])
def test_a_question_about_the_asker_answers_nothing(said: str) -> None:
    found = DANCE.match(said)
    assert found.branch_id is None, found.explain()
    assert "a question about the asker" in found.explain()


def test_an_answer_after_a_question_about_the_asker_still_counts() -> None:
    assert picks(DANCE, "you sure? ok dance") == "yes"
    assert picks(DANCE, "can you dance") == "yes"  # no question mark: said, not asked


def test_ion_is_i_dont() -> None:
    # US slang "ion" (I don't): "ion like swimming" says no, never the yes branch's "like"
    assert units("ion like swimming") == ["i", "dont", "like", "swimming"]
    assert picks(SWIMS, "ion like swimming") == "no"
