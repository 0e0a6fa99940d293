"""The kinds of wrong punchline round seven's final set found in English (content/eval/tuning/round7_final/),
fixed by class-wide rules and lexicon words. Examples written here, not copied from the eval.

Rule "another language": an answer mostly in words the bot cannot read (Tagalog, Malay,
Swahili…), whose only hit is one branch word inside it, gets no punchline; an answer given
first and explained in another language, digits, and English slang and typos still count."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks
from understanding.matcher import Branch

BREAKFAST = matching(
    [
        Branch("toast", ("toast",)),
        Branch("bread", ("bread",)),
        Branch("twelve", number="12"),
        Branch("yes", intents=("yes",)),
    ],
    ["What do you put in a toaster?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "ayoko na talaga sa toast",  # Tagalog
        "hindi ko alam kung bread",  # Tagalog
        "saya tak tahu, toast kot",  # Malay
        "nafikiri labda toast",  # Swahili
    ],
)
def test_another_language_with_one_stray_branch_word_takes_the_safe_path(said: str) -> None:
    match = BREAKFAST.match(said)
    assert match.branch_id is None, match.explain()
    assert "another language" in match.explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("toast, kasi mainit sya", "toast"),  # the answer first, then the reason
        ("siguro mga 12 lahat", "twelve"),  # digits are read in any language
        ("its toast innit", "toast"),  # London
        ("toast fr fr no cap", "toast"),  # Gen Z
        ("its gotta be bred lol", "bread"),  # a typo among English words
        ("i reckon its toast mate", "toast"),
    ],
)
def test_english_with_slang_typos_or_a_reason_in_another_language_still_counts(
    said: str, branch: str
) -> None:
    assert picks(BREAKFAST, said) == branch, BREAKFAST.match(said).explain()


# -- Scots: "no" as not, "ye" asking, "ken" naming the trick ----------------------------------

PIG = matching(
    [
        Branch("pig", ("pig",)),
        Branch("yes", intents=("yes",)),
        Branch("no", intents=("no",)),
        Branch("sees", intents=("trick",)),
    ],
    ["Say you are not a pig"],
)


@pytest.mark.parametrize("said", ["the dogs no the pig", "hes no bein daft", "thats no my pig"])
def test_scots_no_inside_a_clause_before_a_noun_or_participle_is_not(said: str) -> None:
    match = PIG.match(said)
    assert match.branch_id not in {"no", "pig"}, match.explain()


@pytest.mark.parametrize("said", ["haha no the pig is grand", "and no the pig", "hell no my man"])
def test_no_after_a_filler_a_joiner_or_an_exclamation_stays_a_no(said: str) -> None:
    assert picks(PIG, said) == "no", PIG.match(said).explain()


@pytest.mark.parametrize("said", ["ye been drinking?", "ye wantin yer tea?"])
def test_scots_ye_opening_a_question_asks_of_you(said: str) -> None:
    match = PIG.match(said)
    assert match.branch_id != "yes", match.explain()


@pytest.mark.parametrize("said", ["ye?", "ye ok?", "ye lol"])
def test_ye_alone_or_before_a_yes_word_stays_yes(said: str) -> None:
    assert picks(PIG, said) == "yes", PIG.match(said).explain()


@pytest.mark.parametrize(
    "said", ["ken this one", "och ken fit yer daein", "ha ken fit youre daein"]
)
def test_scots_ken_this_one_names_the_trick(said: str) -> None:
    assert picks(PIG, said) == "sees", PIG.match(said).explain()


@pytest.mark.parametrize("said", ["how would i know this one?", "dinnae ken this one"])
def test_not_knowing_this_one_names_no_trick(said: str) -> None:
    assert picks(PIG, said) != "sees", PIG.match(said).explain()


# -- a question back naming a branch word ------------------------------------------------------

BRICKS = matching(
    [
        Branch("red", ("red",)),
        Branch("green", ("green",)),
    ],
    ["What colour are the bricks of a greenhouse?"],
)

# A knock-knock's answer is itself a question: "who" is one of its words.
KNOCK = matching([Branch("boo_who", ("boo who", "boo", "who"))], ["Boo. And now you say...?"])


@pytest.mark.parametrize(
    "said",
    ["who owns a red house round here?", "how do you get green bricks?", "where you see red sef?"],
)
def test_a_question_back_naming_a_branch_word_answers_nothing(said: str) -> None:
    match = BRICKS.match(said)
    assert match.branch_id is None, match.explain()
    assert "a question back" in match.explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [("how about red?", "red"), ("how about green?", "green"), ("red? who knows", "red")],
)
def test_a_suggestion_or_a_guess_asked_still_counts(said: str, branch: str) -> None:
    assert picks(BRICKS, said) == branch, BRICKS.match(said).explain()


@pytest.mark.parametrize("said", ["who be boo?", "who is boo?"])
def test_a_question_word_that_is_the_answer_still_counts(said: str) -> None:
    assert picks(KNOCK, said) == "boo_who", KNOCK.match(said).explain()


# -- a self-correction chain ending on a bare not ----------------------------------------------

ONE_AND_THREE = matching(
    [Branch("and", ("and",)), Branch("two", number="2"), Branch("four", number="4")],
    ["Between one and three, what is there?"],
)


@pytest.mark.parametrize(
    "said",
    ["4? no wait, 2.. hmm no be 'and' o", "2... um not. and", "four, no wait 2.. hmm not... and"],
)
def test_a_chain_of_corrections_ending_on_a_bare_not_counts_the_last_answer(said: str) -> None:
    assert picks(ONE_AND_THREE, said) == "and", ONE_AND_THREE.match(said).explain()


@pytest.mark.parametrize("said", ["2, not and", "its 2 not 4"])
def test_a_not_inside_its_clause_corrects_nothing(said: str) -> None:
    assert picks(ONE_AND_THREE, said) == "two", ONE_AND_THREE.match(said).explain()


# -- a story beside a don't-know ---------------------------------------------------------------

COWS = matching(
    [Branch("milk", ("milk",)), Branch("water", ("water",))],
    ["What do cows drink?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "our neighbours goat drinks dirty pond water lol. no idea",
        "my uncle's cows only drink muddy river water 😂 i dont know",
    ],
)
def test_a_branch_word_deep_in_a_story_beside_a_dont_know_takes_the_safe_path(said: str) -> None:
    match = COWS.match(said)
    assert match.branch_id is None, match.explain()
    assert "a story beside a don't-know" in match.explain()


@pytest.mark.parametrize(("said", "branch"), [("water? idk", "water"), ("milk maybe, idk", "milk")])
def test_a_guess_then_a_dont_know_still_guesses(said: str, branch: str) -> None:
    assert picks(COWS, said) == branch, COWS.match(said).explain()
