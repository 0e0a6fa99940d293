"""The structural kinds of wrong punchline round seven's first English pass left on two voices
it never saw (Accra Pidgin, Trinidad Creole; content/eval/tuning/round7_writers/README.md),
fixed by class-wide rules and lexicon words: the trick named as the asker's plan ("you want me
to <anything>", Pidgin "u want make i…") or seen coming ("i see where dis going") and then
refused; "what kinda question" read as a hedged yes; the trick stated back in Creole ("so i is
de pig") then denied; a question word then a don't-know ("how far?? idk"). Examples written
here, in several varieties, not copied from the eval rows."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# A state whose yes and no both land the punchline, and whose give-away is the trick's action.
CHORES = matching(
    [
        Branch("yes", ("love it", "like"), intents=("yes",), lands=True),
        Branch("no", ("hate it",), intents=("no",), lands=True),
        Branch("sees_it", ("mop the floor",), intents=("trick",)),
    ],
    ["Do you like playing with buckets of water?"],
)

# -- the asker's plan named, whatever the verb, then a refusal --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "you want me to scrub the kitchen, dont you. no way",  # US
        "ha, you just want me to clean the bathroom. nope",  # UK
        "u want make i sweep the compound abi. no o",  # Pidgin
        "yuh want me to wipe down de counter eh, not today",  # Caribbean
        "ye just want me tae dae the pots. naw",  # Scots
        "ur gonna make me cry fr. no",  # Gen Z
        "you go make me carry water for you, no sir",  # Pidgin future
    ],
)
def test_the_askers_plan_named_then_refused_sees_through(said: str) -> None:
    match = CHORES.match(said)
    assert match.branch_id == "sees_it", match.explain()


@pytest.mark.parametrize("said", ["sure, if you want me to. love it", "like it if you want me to"])
def test_a_plan_under_if_is_a_condition(said: str) -> None:
    assert picks(CHORES, said) == "yes", CHORES.match(said).explain()


@pytest.mark.parametrize("said", ["no", "nah not really", "no way"])
def test_a_bare_refusal_is_still_a_no(said: str) -> None:
    assert picks(CHORES, said) == "no", CHORES.match(said).explain()


# -- the trick seen coming, in any spelling ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i see where dis going, no",  # Caribbean
        "i know where this dey go. no",  # Pidgin
        "i can tell where u headed with this lol",  # Gen Z
        "oh i see where this is heading yaar, nope",  # Indian
        "i ken where this is goin",  # Scots
    ],
)
def test_the_trick_seen_coming_sees_through(said: str) -> None:
    match = CHORES.match(said)
    assert match.branch_id == "sees_it", match.explain()
    assert "the trick seen coming" in match.explain()


@pytest.mark.parametrize(
    "said", ["do you know where this is going?", "i know where to go: nope", "i know where it go"]
)
def test_a_question_or_no_going_word_sees_nothing_coming(said: str) -> None:
    assert "the trick seen coming" not in CHORES.match(said).explain()


# -- a kind named: "what kinda question is that" ---------------------------------------------

BARK = matching(
    [
        Branch("yes", ("go on", "woof"), intents=("yes",), lands=True),
        Branch("no", ("no need",), intents=("no", "refuse")),
    ],
    ["Shall I bark for you?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "wah kinda question is dat",  # Caribbean
        "what kind of question is that",  # US
        "what sorta question is that lol",  # Gen Z
        "some kinda joke innit",  # UK
        "which kinda nonsense be this",  # Pidgin
    ],
)
def test_a_kind_named_is_no_hedged_yes(said: str) -> None:
    match = BARK.match(said)
    assert match.branch_id is None, match.explain()


@pytest.mark.parametrize("said", ["kinda", "kinda yeah", "sorta lol"])
def test_kinda_alone_is_still_a_hedged_yes(said: str) -> None:
    assert picks(BARK, said) == "yes", BARK.match(said).explain()


# -- Creole's copula: "i is", "de"; the trick stated back then denied --------------------------

PIG = matching(
    [
        Branch("dk", intents=("dont_know", "no")),
        Branch("fell", ("to hear your story",), lands=True),
        Branch("sees_it", ("youre the pig",), intents=("trick",)),
    ],
    ["The cat and the rabbit were caught, but the pig got away. Do you know why?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "so i is de pig. nope",  # Trinidad
        "lol so im the pig? nah",  # US
        "so mi a di pig? cho, no",  # Patois
        "so i be the pig. no o",  # Pidgin
    ],
)
def test_the_trick_stated_back_then_denied_sees_through(said: str) -> None:
    assert picks(PIG, said) == "sees_it", PIG.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("so i is de pig", "so im the pig"),
        ("me is de one", "im the one"),
        ("this is it", "this is it"),
        ("nah i eh biting", "nah im not biting"),
        ("i eh know", "i dont know"),
        ("i never be pig for my life", "im never pig for my life"),  # Pidgin
        ("you never be serious", "youre never serious"),
        ("nice eh", "nice eh"),
    ],
)
def test_creole_copula_and_eh_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


# -- a question word, then a don't-know: the last answer counts -----------------------------

WOODS = matching(
    [
        Branch("halfway", ("halfway",)),
        Branch("guesses", ("far", "a mile")),
        Branch("dk", intents=("dont_know",)),
    ],
    ["How far can a dog run into the woods?"],
)


@pytest.mark.parametrize(
    "said", ["how far?? idk boy", "how far? no idea mate", "what? dunno", "how far?? i no know"]
)
def test_a_question_then_a_dont_know_is_a_dont_know(said: str) -> None:
    match = WOODS.match(said)
    assert match.branch_id == "dk", match.explain()
    assert "a question, then a don't-know" in match.explain()


@pytest.mark.parametrize("said", ["far? idk", "how about a mile? idk", "a mile? no idea"])
def test_a_guess_then_a_dont_know_still_hedges_the_guess(said: str) -> None:
    assert picks(WOODS, said) == "guesses", WOODS.match(said).explain()


# -- a condition never raised: "depends how much doubles you eat" -----------------------------

BIRTHDAYS = matching(
    [
        Branch("one", ("once", "just one")),
        Branch("counts", ("depends", "a lot", "how long they live", "their age")),
    ],
    ["How many birthdays does the average person have?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "depends how much cake yuh eat",  # Caribbean
        "depends how much cake mum bakes lol",  # UK
        "depends on the mood of the aunty yaar",  # Indian
    ],
)
def test_a_condition_never_raised_answers_nothing(said: str) -> None:
    match = BIRTHDAYS.match(said)
    assert match.branch_id is None, match.explain()
    assert "a condition never raised" in match.explain()


@pytest.mark.parametrize(
    "said", ["depends", "depends on the person", "depends how old they get", "it depends lol"]
)
def test_a_condition_the_question_raises_still_counts(said: str) -> None:
    assert picks(BIRTHDAYS, said) == "counts", BIRTHDAYS.match(said).explain()
