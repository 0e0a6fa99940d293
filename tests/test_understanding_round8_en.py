"""The kinds of miss and wrong punchline round eight's English tuning writers showed (Liverpool,
Boston, Cardiff; content/eval/tuning/round8_writers/README.md) and the kinds round seven's final
set left, fixed by class-wide rules and lexicon words: an answer taken back as a joke ("yes
jk"); a shrug emoji beside an answer; a claim to see through it, then unsure; a word of
agreement that is also praise ("sound, go on then"); "or so" guessing roughly; non-rhotic
spellings ("watah", "theah"). Examples written here, in several varieties, not copied from
the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# A yes/no question whose yes and no both land the punchline.
SWIMMING = matching(
    [
        Branch("yes", ("love it",), intents=("yes",), lands=True),
        Branch("no", ("hate it",), intents=("no",), lands=True),
    ],
    ["Do you like playing in the water?"],
)

# A riddle with guesses that land, one that sees through it, and a don't-know.
PEAKS = matching(
    [
        Branch("other_peak", ("k2", "kilimanjaro", "ben nevis"), lands=True),
        Branch("everest", ("everest",)),
        Branch("dont_know", (), intents=("dont_know",)),
    ],
    ["Before Mount Everest was discovered, what was the tallest mountain in the world?"],
)

# -- taken back as a joke --------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "yeah love it jk",  # texting
        "hate it lol just kidding",  # US
        "oh aye love it, only joking",  # Scots
        "no o, im just playing",  # Pidgin
        "love it charot",  # Taglish
        "nah jk 😂",
    ],
)
def test_an_answer_taken_back_as_a_joke_gets_no_punchline(said: str) -> None:
    assert picks(SWIMMING, said) is None, SWIMMING.match(said).explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("ben nevis jk, everest", "everest"),  # an answer after the marker counts
        ("kilimanjaro lol kidding. k2", "other_peak"),
    ],
)
def test_an_answer_after_the_joke_marker_counts(said: str, branch: str) -> None:
    assert picks(PEAKS, said) == branch, PEAKS.match(said).explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("you're kidding, love it", "yes"),  # surprise, not a marker
        ("no kidding, love it", "yes"),
        ("are you joking? hate it", "no"),
    ],
)
def test_kidding_after_you_or_no_is_surprise_not_a_marker(said: str, branch: str) -> None:
    assert picks(SWIMMING, said) == branch, SWIMMING.match(said).explain()


# -- a shrug beside an answer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("sure why not 🤷", "yes"),
        ("nah 🤷‍♀️", "no"),
    ],
)
def test_a_shrug_beside_a_yes_or_no_leaves_it_standing(said: str, branch: str) -> None:
    assert picks(SWIMMING, said) == branch, SWIMMING.match(said).explain()


def test_a_shrug_after_a_guess_leaves_the_guess() -> None:
    assert picks(PEAKS, "kilimanjaro 🤷") == "other_peak", PEAKS.match("kilimanjaro 🤷").explain()


@pytest.mark.parametrize("said", ["🤷", "🤷 no idea", "k2 haha... no idea really"])
def test_a_shrug_alone_or_a_dont_know_in_words_still_gives_up(said: str) -> None:
    assert picks(PEAKS, said) == "dont_know", PEAKS.match(said).explain()


# -- sure, then unsure -------------------------------------------------------------------------

FEATHERS = matching(
    [
        Branch("steel", ("steel",), lands=True),
        Branch("feathers", ("feathers",), lands=True),
        Branch("same", ("the same",), intents=("trick",)),
    ],
    ["Which is heavier, a pound of feathers or a pound of steel?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "nice try... hang on. no idea",
        "not falling for that one, wait, dunno actually",
    ],
)
def test_seeing_through_it_then_a_dont_know_after_a_marker_is_unsure(said: str) -> None:
    match = FEATHERS.match(said)
    assert match.branch_id is None and match.hit is not None, match.explain()
    assert match.hit.intent == "dont_know", match.explain()


@pytest.mark.parametrize("said", ["nice try, nope", "not falling for that, no way"])
def test_seeing_through_it_then_a_refusal_still_sees_through(said: str) -> None:
    assert picks(FEATHERS, said) == "same", FEATHERS.match(said).explain()


# -- agreeing with a word that is also praise -------------------------------------------------

COMPLIMENTS = matching(
    [Branch("compliment", ("sound", "cool", "lovely", "nice hair"), lands=True)],
    ["Let's play a game: you pay me a compliment, then I pay you one. You go first, okay?"],
)


@pytest.mark.parametrize("said", ["cool, go on then", "lovely go on then", "sound yeah"])
def test_a_word_of_agreement_before_a_yes_pays_no_compliment(said: str) -> None:
    assert picks(COMPLIMENTS, said) is None, COMPLIMENTS.match(said).explain()


@pytest.mark.parametrize(
    "said", ["you're sound you", "ok, you're dead cool", "yeah go on, nice hair"]
)
def test_praise_said_as_praise_still_counts(said: str) -> None:
    assert picks(COMPLIMENTS, said) == "compliment", COMPLIMENTS.match(said).explain()


# -- "or so": roughly, no choice --------------------------------------------------------------

DISTANCE = matching(
    [Branch("guesses", ("a mile", "the whole way"), lands=True)],
    ["How far can a dog run into the woods?"],
)


@pytest.mark.parametrize("said", ["a mile or so?", "the whole way or something?"])
def test_or_so_guesses_roughly(said: str) -> None:
    assert picks(DISTANCE, said) == "guesses", DISTANCE.match(said).explain()


def test_a_real_choice_asked_back_still_answers_nothing() -> None:
    assert picks(DISTANCE, "a mile or the whole way?") is None


# -- non-rhotic spellings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whos theah", ["whos", "there"]),
        ("watah obviously", ["water", "obviously"]),
        ("nevah heard of it", ["never", "heard", "of", "it"]),
    ],
)
def test_non_rhotic_spellings_are_read_as_the_word(typed: str, read: list[str]) -> None:
    assert units(typed) == read


# -- the corpus: dialect words and named mountains --------------------------------------------


@pytest.mark.parametrize(
    ("routine", "state", "said", "branch"),
    [
        ("tallest-mountain", "ask", "mount hood probably", "other_peak"),
        ("tallest-mountain", "ask", "mt taranaki eh", "other_peak"),
        ("tallest-mountain", "ask", "mt everest lol", "everest"),
        ("compliment-game", "ask", "youre boss you", "compliment"),
        ("compliment-game", "ask", "ah youre tidy, you are", "compliment"),
        ("months-28-days", "ask", "every month you numpty", "all_of_them"),
        ("silk-milk", "ask", "watah you eejit", "water"),
        ("race-second-place", "last", "how can i pass last place", "impossible"),
    ],
)
def test_corpus_words_in_dialect(
    corpus: Corpus, routine: str, state: str, said: str, branch: str
) -> None:
    match = corpus.routines[routine].states[state].understand(said)
    assert match.branch_id == branch, match.explain()


@pytest.mark.parametrize(
    ("typed", "read"),
    [("thr33 or tw0", ["thr33", "or", "two"]), ("g00d one", ["good", "one"]), ("10am", ["10am"])],
)
def test_a_zero_typed_for_an_o_inside_a_word_of_letters_is_an_o(
    typed: str, read: list[str]
) -> None:
    assert units(typed) == read


# -- passing on a question gives it up ------------------------------------------------------


@pytest.mark.parametrize("said", ["i pass", "I pass o", "pass", "skip"])
def test_passing_on_a_quiz_is_a_dont_know(said: str) -> None:
    assert picks(PEAKS, said) == "dont_know", PEAKS.match(said).explain()


GAME = matching(
    [
        Branch("agrees", ("easy",), intents=("yes",)),
        Branch("refuses", (), intents=("refuse",)),
        Branch("dont_know", (), intents=("dont_know",)),
    ],
    ["Type the word 'joke' five times in a row. Can you do that for me?"],
)


@pytest.mark.parametrize("said", ["i pass", "pass"])
def test_passing_where_a_branch_refuses_still_refuses(said: str) -> None:
    assert picks(GAME, said) == "refuses", GAME.match(said).explain()


@pytest.mark.parametrize("said", ["not interested", "no thanks"])
def test_declining_a_yes_or_no_question_still_says_no(said: str) -> None:
    assert picks(SWIMMING, said) == "no", SWIMMING.match(said).explain()


@pytest.mark.parametrize("said", ["ah now in a minute", "maybe later ta", "in a bit yeah"])
def test_later_puts_the_game_off(said: str) -> None:
    assert picks(GAME, said) == "refuses", GAME.match(said).explain()


# -- the trick's role named, beside a refusal --------------------------------------------------

BARKING = matching(
    [
        Branch("yes", ("go on",), intents=("yes",), lands=True),
        Branch("no", (), intents=("no", "refuse"), lands=True),
        Branch("sees_it", ("you're the dog", "i'm not a dog"), intents=("trick",)),
    ],
    ["Honey, don't be angry. Shall I bark for you?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "no way am i being the dog here",  # US
        "nah mate, you're not making me the dog",  # UK
        "no o, me no wan be your dog... im nobodys dog",  # Pidgin
        "haha no chance, calling me a dog now?",
    ],
)
def test_refusing_the_role_the_trick_casts_sees_through_it(said: str) -> None:
    assert picks(BARKING, said) == "sees_it", BARKING.match(said).explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [("no thanks", "no"), ("nah, my dog barks enough", "no"), ("yes go on", "yes")],
)
def test_the_role_word_without_the_victim_cast_in_it_is_no_trick(said: str, branch: str) -> None:
    assert picks(BARKING, said) == branch, BARKING.match(said).explain()


def test_the_trick_named_then_a_joke_marker_still_sees_through() -> None:
    said = "i'm not a dog lol jk"
    assert picks(BARKING, said) == "sees_it", BARKING.match(said).explain()


# -- the joke named by its key word -----------------------------------------------------------


@pytest.mark.parametrize(
    "said", ["ah is this the dog one?", "lol the dog joke again", "the dog thing, no"]
)
def test_the_joke_named_by_its_key_word_sees_through_it(said: str) -> None:
    assert picks(BARKING, said) == "sees_it", BARKING.match(said).explain()


def test_the_key_word_as_a_plain_thing_is_no_joke_named() -> None:
    said = "no, the dog next door barks enough"
    assert picks(BARKING, said) == "no", BARKING.match(said).explain()


# -- a part of another thing -----------------------------------------------------------------

RACE = matching(
    [
        Branch("places_self", ("last", "the back", "at the back"), lands=True),
        Branch("impossible", ("cant", "nobody behind"), intents=("trick",)),
    ],
    ["Next race. You overtake the person in last place. What place are you in now?"],
)


@pytest.mark.parametrize(
    "said", ["in the back of a taxi home lol", "at the back of an ice cream van probably"]
)
def test_a_phrase_naming_a_part_of_something_new_is_no_answer(said: str) -> None:
    assert picks(RACE, said) is None, RACE.match(said).explain()


@pytest.mark.parametrize("said", ["at the back of the pack", "the back", "last i reckon"])
def test_the_place_in_the_race_still_counts(said: str) -> None:
    assert picks(RACE, said) == "places_self", RACE.match(said).explain()


# -- the other one described ------------------------------------------------------------------

TOASTER = matching(
    [
        Branch("toast", ("toast",), lands=True),
        Branch("bread", ("bread",)),
    ],
    ["What do you put in a toaster?"],
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("bread obviously, toast is what you get after", "bread"),
        ("bread lol. the toast is the end result", "bread"),
        ("toast duh, bread was never the question", "toast"),
    ],
)
def test_the_other_branch_described_after_the_answer_is_a_reason(said: str, branch: str) -> None:
    assert picks(TOASTER, said) == branch, TOASTER.match(said).explain()


@pytest.mark.parametrize("said", ["toast. bread", "toast or bread, toast is nice"])
def test_two_answers_not_described_stay_torn(said: str) -> None:
    assert picks(TOASTER, said) is None, TOASTER.match(said).explain()


# -- not fooled, in more Englishes (lexicon words) ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "pull the other one, love",  # UK
        "ha, i wasnt born yesterday",
        "not today satan lol",  # US
        "you're having me on",  # UK, Ireland
        "abeg i no be mumu",  # Pidgin
        "yuh tink mi fool?",  # Patois
        "nah, that's a setup",
    ],
)
def test_not_being_fooled_sees_through_it(said: str) -> None:
    assert picks(BARKING, said) == "sees_it", BARKING.match(said).explain()


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("havent a notion", "dont_know"),  # Irish
        ("divvent knaa", "dont_know"),  # Geordie
        ("hell if i know", "dont_know"),
        ("pata nahi yaar", "dont_know"),  # Indian English
    ],
)
def test_dialect_dont_knows(said: str, branch: str) -> None:
    assert picks(PEAKS, said) == branch, PEAKS.match(said).explain()


# verdicts24enplain: not Irish and Newfoundland "ah go way outta that": disbelief ("get away with
# you"), a denial or surprise in every outside writer's row, no refusal
@pytest.mark.parametrize("said", ["bore off", "abeg commot", "voetsek man"])
def test_go_away_in_more_englishes_refuses(said: str) -> None:
    assert picks(GAME, said) == "refuses", GAME.match(said).explain()
