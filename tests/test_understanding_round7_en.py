"""The kinds of miss round seven's English tuning writers found (Kingston Patois, Singlish,
Johannesburg; content/eval/tuning/round7_writers/README.md), fixed by class-wide lexicon words
and rules: Patois "yuh" (you) read as Gen Z's yes, "nuh"/"nah" before a verb (not, won't) read
as a bare no or dropped ("mi nuh know" read as know), the copula dropped ("i not crying"), a
"no one" opening a clause read as a correction, "since when am I" as no denial, South African
"ja" and "how must I know". (A reason guessed then hedged, "because X? idk", is rules11zh's
rule "a guess, then unsure".) Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- Patois "yuh" is you beside another word; alone it is still Gen Z's yes -----------------

YES_NO = matching(
    [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))],
    ["Do you like swimming in the sea?"],
)


@pytest.mark.parametrize("said", ["yuh", "yuh lol", "yuh, every weekend"])
def test_yuh_alone_stays_a_yes(said: str) -> None:
    assert picks(YES_NO, said) == "yes", YES_NO.match(said).explain()


@pytest.mark.parametrize(
    "said", ["yuh cyaan ask mi dat", "wah yuh a seh", "mi tell yuh already", "yuh mad?"]
)
def test_yuh_beside_a_word_is_you_not_yes(said: str) -> None:
    assert picks(YES_NO, said) != "yes", YES_NO.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("yuh waan mi fi seh it", "you want me to say it"),
        ("mi know whe yuh a go wid dis", "i know where youre going with this"),
        ("nah yuh ago seh mi fool", "nah youre going to say i fool"),
        ("give mi a break", "give me a break"),
        ("tell mi nuh", "tell me nuh"),
    ],
)
def test_patois_pronouns_and_copula_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


# -- Patois negation: "nuh" and "nah" after a subject, before a word --------------------------

KNOWING = matching(
    [Branch("knows", ("know", "i know")), Branch("dk", intents=("dont_know",))],
    ["Why did the chicken cross the road?"],
)


@pytest.mark.parametrize("said", ["mi nuh know", "mi nuh know, ask yuh madda", "cho, mi nuh know"])
def test_nuh_before_know_is_a_dont_know(said: str) -> None:
    assert picks(KNOWING, said) == "dk", KNOWING.match(said).explain()


@pytest.mark.parametrize("said", ["mi know", "mi know dat"])
def test_knowing_in_patois_still_knows(said: str) -> None:
    assert picks(KNOWING, said) == "knows", KNOWING.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("mi nah look up", "i wont look up"),
        ("mi nuh sure", "im not sure"),
        ("dem nuh lay egg", "them dont lay egg"),
        ("egg a nuh chicken", "egg not chicken"),
        ("nah mi good", "nah i good"),  # "nah" opening its clause is still a no
    ],
)
def test_nuh_and_nah_after_a_subject_negate_the_word_after(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


CEILING = matching(
    [
        Branch("looked", ("looked up", "look up", "i looked")),
        Branch("says_no", intents=("no",)),
    ],
    ["Someone wrote 'gullible' on the ceiling. Look up!"],
)


@pytest.mark.parametrize("said", ["mi nah look up", "mi nuh look up, yuh tink mi fool"])
def test_a_patois_negated_look_is_no_look(said: str) -> None:
    assert picks(CEILING, said) != "looked", CEILING.match(said).explain()


@pytest.mark.parametrize("said", ["nah", "nah man"])
def test_a_bare_nah_is_still_a_no(said: str) -> None:
    assert picks(CEILING, said) == "says_no", CEILING.match(said).explain()


# -- the copula dropped: "i not crying" ---------------------------------------------------------

CRYING = matching(
    [Branch("denies", ("im not crying", "not crying")), Branch("cries", ("crying", "cry"))],
    ["Why are you crying?"],
)


@pytest.mark.parametrize(
    "said", ["i not crying la", "eh i not crying ok", "so i not crying, happy?"]
)
def test_a_dropped_copula_before_not_is_read_back(said: str) -> None:
    assert picks(CRYING, said) == "denies", CRYING.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [("why did i not cry", "why did i not cry"), ("i not crying", "im not crying")],
)
def test_a_question_keeps_its_subject(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("i aint calling you dad", "im not calling you dad"),
        ("lol you not my dad", "lol youre not my dad"),
        ("that aint it", "thats not it"),
        ("man like me aint barking", "man like me aint barking"),
    ],
)
def test_aint_and_a_dropped_copula_after_a_subject_are_read_back(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


# -- "no one" opening a clause is no correction ---------------------------------------------

RACE = matching(
    [
        Branch("impossible", ("impossible", "cant", "cannot", "nobody behind", "no one behind")),
        Branch("places_self", ("last", "second last")),
    ],
    ["You overtake the last person in a race. What place are you in?"],
)


@pytest.mark.parametrize(
    "said", ["cannot lah, no one behind the last guy", "impossible, no body is behind last"]
)
def test_no_one_opening_a_clause_takes_nothing_back(said: str) -> None:
    assert picks(RACE, said) == "impossible", RACE.match(said).explain()


@pytest.mark.parametrize("said", ["impossible. no, last", "cant, no wait, last"])
def test_a_no_before_another_answer_still_corrects(said: str) -> None:
    assert picks(RACE, said) == "places_self", RACE.match(said).explain()


# -- "since when am I": a rhetorical denial -----------------------------------------------------

PIG = matching(
    [
        Branch("deny", ("im not a pig", "i didnt forget", "not a pig")),
        Branch("surprised", ("since when", "really")),
        Branch("fell", ("i forgot", "forgot")),
    ],
    ["You forgot you're a pig?"],
)


@pytest.mark.parametrize(
    "said", ["since when am i a pig", "eish since when am I a pig??", "when did i ever forget"]
)
def test_since_when_am_i_denies(said: str) -> None:
    assert picks(PIG, said) == "deny", PIG.match(said).explain()


def test_since_when_alone_stays_surprise() -> None:
    assert picks(PIG, "since when?") == "surprised", PIG.match("since when?").explain()


# -- South African English --------------------------------------------------------------------


@pytest.mark.parametrize("said", ["ja", "ja ja", "jaa i do"])
def test_ja_is_a_yes(said: str) -> None:
    assert picks(YES_NO, said) == "yes", YES_NO.match(said).explain()


@pytest.mark.parametrize("said", ["haibo how must i know", "how must I know that"])
def test_how_must_i_know_is_a_dont_know(said: str) -> None:
    assert picks(KNOWING, said) == "dk", KNOWING.match(said).explain()


# -- a rhetorical "who doesnt" after a yes ------------------------------------------------------

WATER = matching(
    [Branch("yes", ("like", "love"), intents=("yes",)), Branch("no", intents=("no",))],
    ["Do you like playing in the water?"],
)


@pytest.mark.parametrize(
    "said", ["ya lah who dont like", "yes obviously who doesnt like it", "ja who wouldnt like it"]
)
def test_a_rhetorical_who_after_a_yes_denies_nothing(said: str) -> None:
    match = WATER.match(said)
    assert match.branch_id == "yes", match.explain()
    assert "rhetorical" in match.explain()


@pytest.mark.parametrize("said", ["no i dont", "nah i dont like it"])
def test_a_plain_negator_after_a_yes_still_denies(said: str) -> None:
    assert picks(WATER, said) == "no", WATER.match(said).explain()


# -- Trinidad and Kenya: "doh" (don't), "cyah" (can't), "you is"; sawa, hapana -----------------


@pytest.mark.parametrize(
    ("said", "read"),
    [("doh try dat", "dont try that"), ("ah doh know", "ah dont know"), ("doh", "doh")],
)
def test_doh_before_a_word_is_dont(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


def test_ah_doh_know_is_a_dont_know() -> None:
    assert picks(KNOWING, "ah doh know boss") == "dk", KNOWING.match("ah doh know boss").explain()


BARK = matching(
    [Branch("barks", ("bark", "woof"), intents=("yes",)), Branch("no", intents=("no",))],
    ["Can you bark for me?"],
)


@pytest.mark.parametrize("said", ["ah cyah bark", "i cyah bark nah"])
def test_cyah_negates_the_verb_after_it(said: str) -> None:
    assert picks(BARK, said) != "barks", BARK.match(said).explain()


GENIUS = matching(
    [
        Branch("fell", ("im an idiot", "idiot", "dumb"), lands=True),
        Branch("flips", intents=("trick",)),
    ],
    ["What's the opposite of 'you're a genius'?"],
)


@pytest.mark.parametrize("said", ["you is the idiot", "u is dumb lol"])
def test_you_is_turns_the_trick_back(said: str) -> None:
    assert picks(GENIUS, said) == "flips", GENIUS.match(said).explain()


@pytest.mark.parametrize(("said", "branch"), [("sawa sawa", "yes"), ("hapana", "no")])
def test_swahili_yes_and_no(said: str, branch: str) -> None:
    assert picks(YES_NO, said) == branch, YES_NO.match(said).explain()


# -- "ya": you after a word or before a verb, yes alone ------------------------------------------


@pytest.mark.parametrize("said", ["ya", "ya lah", "ya i do", "oh ya", "ya ya", "ya can"])
def test_ya_alone_or_before_an_answer_is_a_yes(said: str) -> None:
    assert picks(YES_NO, said) == "yes", YES_NO.match(said).explain()


@pytest.mark.parametrize(
    "said", ["ya think i like that?", "ya wish", "ya kidding me", "would ya quit asking"]
)
def test_ya_after_a_word_or_before_a_verb_is_you(said: str) -> None:
    assert picks(YES_NO, said) != "yes", YES_NO.match(said).explain()


@pytest.mark.parametrize("said", ["i told ya", "nope, not for ya"])
def test_ya_closing_its_clause_after_a_word_is_you(said: str) -> None:
    assert "ya" not in units(said)


# -- Kenyan English with Swahili: sijui (I don't know), najua hii (I know this one) -----------


@pytest.mark.parametrize("said", ["sijui", "sijui bana"])
def test_sijui_is_a_dont_know(said: str) -> None:
    assert picks(KNOWING, said) == "dk", KNOWING.match(said).explain()


# -- a yes then not: "obviously not" ------------------------------------------------------------


@pytest.mark.parametrize("said", ["obviously not", "def not lol", "i do not", "totally not?"])
def test_a_yes_word_then_not_is_a_no(said: str) -> None:
    match = YES_NO.match(said)
    assert match.branch_id == "no", match.explain()


@pytest.mark.parametrize("said", ["obviously", "def", "i do", "sure, not a problem"])
def test_a_yes_word_without_a_closing_not_stays_a_yes(said: str) -> None:
    assert picks(YES_NO, said) == "yes", YES_NO.match(said).explain()


# -- sarcasm and a bet on the next line see through ----------------------------------------------

CEILING_TRICK = matching(
    [
        Branch("sees_it", ("i see it",), intents=("yes",)),
        Branch("wise", intents=("trick",)),
    ],
    ["Look up, someone wrote 'gullible' on the ceiling."],
)


@pytest.mark.parametrize(
    "said", ["sure, and pigs fly", "yeah like im gonna fall for that", "bet you say gullible next"]
)
def test_sarcasm_and_a_bet_on_the_next_line_see_through(said: str) -> None:
    assert picks(CEILING_TRICK, said) == "wise", CEILING_TRICK.match(said).explain()


# -- the punchline refused: "i will never call you dad" ----------------------------------------

LOVE = matching(
    [
        Branch("yes", ("i have", "noticed"), intents=("yes",), lands=True),
        Branch("no", intents=("no",)),
        Branch("saw_through", ("call you dad", "calling you dad"), intents=("trick",)),
    ],
    ["Have you noticed how much I love you?"],
)


@pytest.mark.parametrize(
    "said", ["i will never call you dad", "im not gonna call you dad", "i cant call you dad lol"]
)
def test_the_punchline_refused_sees_through(said: str) -> None:
    match = LOVE.match(said)
    assert match.branch_id == "saw_through", match.explain()
    assert "the punchline refused" in match.explain()


@pytest.mark.parametrize("said", ["cant say i have", "i wouldnt say i noticed", "never noticed"])
def test_a_hedged_or_plain_no_refuses_nothing(said: str) -> None:
    assert picks(LOVE, said) == "no", LOVE.match(said).explain()
