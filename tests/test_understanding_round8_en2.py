"""Round eight's English second wave: the dialect kinds three fresh voices showed (American
teen slang, Pakistani English with much Urdu, Northern Irish;
content/eval/tuning/round8_writers/README.md), fixed by class-wide words and rules: Urdu and
Hindi "nahi" before a verb is "not", no bare no; dialect don't-knows and refusals; slang
spellings (kno, allat, doin); a dropped g with a slip besides; "don't try to be my dad"; a reason
guessed, then unsure; "nobody" negating; the question's own words after a guess. Examples
written here, in several varieties, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- Urdu and Hindi "nahi": a verb's "not" inside a sentence, a no opening it ----------------

NOTICED = matching(
    [
        Branch("no", ("never noticed",), intents=("no",), lands=True),
        Branch("yes", ("noticed",), intents=("yes",), lands=True),
        Branch("sees_it", ("be my dad", "become my dad"), intents=("trick",)),
    ],
    ["Have you noticed how much I love you?"],
)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("phone mein charge nahi hai", "phone mein not charge hai"),
        ("main bewakoof nahi hoon", "main not bewakoof hoon"),
        ("chai nahi, coffee", "not chai coffee"),
        ("nahi yaar", "nahi yaar"),
        ("arre yaar nahi", "arre yaar nahi"),
        ("lol nahi", "lol nahi"),
        ("bilkul nahi", "bilkul nahi"),
    ],
)
def test_nahi_after_a_word_is_a_verbs_not(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    "said", ["who dis? mera phone charge nahi tha", "kaun? maine number save hi nahi kiya"]
)
def test_nahi_negating_a_verb_is_no_bare_no(said: str) -> None:
    match = NOTICED.match(said)
    assert match.branch_id is None, match.explain()


@pytest.mark.parametrize("said", ["nahi yaar", "nahi bhai, kabhi nahi", "bilkul nahi", "nahin"])
def test_nahi_alone_or_opening_is_still_a_no(said: str) -> None:
    assert picks(NOTICED, said) == "no", NOTICED.match(said).explain()


# -- dialect words: don't-knows, refusals, spellings ----------------------------------------

TRAIN = matching(
    [
        Branch("smoke", ("north", "south", "east", "west")),
        Branch("dk", intents=("dont_know",)),
        Branch("refuses", intents=("refuse",)),
    ],
    ["Which way does the smoke of an electric train blow?"],
)


@pytest.mark.parametrize(
    ("said", "reached"),
    [
        ("havent a baldy mate", "dk"),  # Northern Irish
        ("not a baldy", "dk"),
        ("pata nahi yaar", "dk"),  # Urdu
        ("mujhe nahi pata bhai", "dk"),
        ("ion kno fr", "dk"),  # US teen
        ("i dont knw", "dk"),
        ("ah catch yourself on", "refuses"),  # Northern Irish
        ("wise up, im not doing this", "refuses"),
        ("ian even know", "dk"),  # AAVE: I ain't
        ("i on know tbh", "dk"),
        ("iono", "dk"),
        ("khuda jaane yaar", "dk"),  # Urdu
        ("nah im straight", "refuses"),  # US: no thanks
        ("i aint doing allat", "refuses"),
        ("chhodo yaar", "refuses"),  # Urdu
        ("rehne do bhai", "refuses"),
        ("idgaf", "refuses"),
        ("och away and chase yourself", "refuses"),  # Northern Irish
    ],
)
def test_dialect_dont_knows_and_refusals(said: str, reached: str) -> None:
    assert picks(TRAIN, said) == reached, TRAIN.match(said).explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("i kno wat u doin", "i know what you doing"),
        ("not sayin allat", "not saying all that"),
        ("the oul fella", "the old fella"),
        ("catch yerself on", "catch yourself on"),
        ("mere abbu", "mere dad"),
    ],
)
def test_slang_spellings_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("u the dog lol", "youre the dog lol"),  # AAVE: the copula dropped
        ("nah she a liar", "nah shes a liar"),
        ("that a trap", "thats a trap"),
        ("if you the boss", "if youre the boss"),
        ("i the best", "i the best"),  # no English drops "am"
        ("thank you a lot", "thank you a lot"),
    ],
)
def test_a_copula_dropped_before_an_article_is_read_back(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


def test_a_refusal_typed_with_its_g_dropped_refuses() -> None:
    assert picks(TRAIN, "nah im not doin allat") == "refuses"


COW = matching(
    [Branch("cow_who", ("interrupting cow who", "interrupting cow")), Branch("moo", ("moo",))],
    ["Interrupting cow. And now you say...?"],
)


@pytest.mark.parametrize("said", ["interuptin cow", "interupting cow", "interrupin cow who"])
def test_a_dropped_g_with_a_slip_besides_is_read_through(said: str) -> None:
    assert picks(COW, said) == "cow_who", COW.match(said).explain()


def test_a_real_word_ending_in_in_is_not_read_as_a_dropped_g() -> None:
    assert picks(COW, "cousin cow") is None


WATER = matching(
    [
        Branch("yes", ("love it",), intents=("yes",), lands=True),
        Branch("no", ("hate it",), intents=("no",), lands=True),
    ],
    ["Do you like playing with water?"],
)


@pytest.mark.parametrize(
    ("said", "reached"),
    [
        ("na yaar", "no"),  # Urdu
        ("naa", "no"),
        ("aint no way", "no"),  # US
        ("not rlly", "no"),
        ("zaroor", "yes"),  # Urdu
        ("bilkul sahi", "yes"),
        ("wee buns", "yes"),  # Northern Irish: easy
        ("dead on", "yes"),
        ("inshallah", "yes"),  # Urdu: God willing
        ("cent percent yaar", "yes"),  # South Asian English
        ("a hundred percent", "yes"),
        ("ard bet", "yes"),  # Philadelphia: alright
        ("ach, in me hole", "no"),
        ("haan", "yes"),
        ("haan bhai", "yes"),
        ("acha? yes i do", "yes"),
    ],
)
def test_dialect_yes_and_no(said: str, reached: str) -> None:
    assert picks(WATER, said) == reached, WATER.match(said).explain()


@pytest.mark.parametrize(
    "said", ["haan?", "acha?", "lol haan??", "achha?!", "kinda sus ngl", "sounds sus"]
)
def test_huh_really_and_sus_say_no_yes(said: str) -> None:
    match = WATER.match(said)
    assert match.branch_id is None, match.explain()


# -- the trick refused: "dont try to be my dad" ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "dont try to be my dad lol",
        "don't try and become my abba",  # Urdu
        "never try to be my dad bro",
    ],
)
def test_the_dad_attempt_refused_sees_through(said: str) -> None:
    match = NOTICED.match(said)
    assert match.branch_id == "sees_it", match.explain()


# -- a reason guessed, then unsure -----------------------------------------------------------

WHY = matching(
    [
        Branch("dk", ("i dont know", "why"), intents=("dont_know", "why", "no"), lands=True),
        Branch("know", ("i know",), intents=("yes",)),
    ],
    ["The cat and the rabbit were caught, but the pig got away. Do you know why?"],
)


@pytest.mark.parametrize(
    "said",
    [
        "because it was too slippery? idk",
        "cuz pigs are smart?? no clue",
        "kyunki woh tez tha? pata nahi",  # Urdu
        "bc nobody wanted to catch it? dunno lol",
    ],
)
def test_a_reason_guessed_then_unsure_gives_the_reason(said: str) -> None:
    match = WHY.match(said)
    assert match.branch_id is None, match.explain()
    assert "hedges the reason guessed" in match.explain()


@pytest.mark.parametrize("said", ["idk", "because it was fast. idk", "idk? idk"])
def test_a_dont_know_with_no_reason_guessed_still_counts(said: str) -> None:
    assert picks(WHY, said) == "dk", WHY.match(said).explain()


# -- "nobody" negates what follows -----------------------------------------------------------

LIGHTS = matching(
    [
        Branch("stop", ("stop", "brake")),
        Branch("go", ("go", "stop at red"), intents=("trick",)),
    ],
    ["Now, what do you do at a green light?"],
)


@pytest.mark.parametrize(
    "said", ["round here? nobody stops at red lol", "noone stops at red in this town"]
)
def test_nobody_doing_it_says_no_one_does(said: str) -> None:
    match = LIGHTS.match(said)
    assert match.branch_id is None, match.explain()


def test_a_plain_give_away_still_sees_through() -> None:
    assert picks(LIGHTS, "you stop at red lol") == "go"


# -- the question's own words after a guess --------------------------------------------------

BLUE = matching(
    [
        Branch("blue_bricks", ("blue bricks", "bricks", "blue")),
        Branch("other", ("wood", "stone", "concrete")),
    ],
    ["And what is a blue house made of?"],
)


@pytest.mark.parametrize(
    "said",
    ["stone probably? like those blue houses in santorini", "concrete? the blue house near me is"],
)
def test_the_questions_words_after_a_guess_correct_nothing(said: str) -> None:
    assert picks(BLUE, said) == "other", BLUE.match(said).explain()


@pytest.mark.parametrize("said", ["wood? no wait blue bricks", "stone? blue!"])
def test_a_branch_word_after_a_guess_still_corrects_it(said: str) -> None:
    assert picks(BLUE, said) == "blue_bricks", BLUE.match(said).explain()


# -- regional words for the branches' meanings, in the corpus --------------------------------


@pytest.mark.parametrize(
    ("where", "said", "reached"),
    [
        ("toast-toaster/ask", "soda farl", "fancy_bread"),  # Northern Irish
        ("toast-toaster/ask", "wheaten bread", "bread"),
        ("tallest-mountain/ask", "slieve donard surely", "other_peak"),
        ("tallest-mountain/ask", "tirich mir", "other_peak"),  # Pakistan
        ("shop-green-light/light", "put the boot down", "go"),
        ("hole-dirt/ask", "a good lorry load", "calculates"),
        ("hole-dirt/ask", "bahut zyada yaar", "calculates"),  # Urdu
        ("imagine-chase/ask", "get in the car and drive off", "run"),
        ("imagine-chase/ask", "seedha bhaag jaunga", "run"),  # Urdu
        ("imagine-chase/ask", "simple, imagine karna band", "saw_through"),  # Hinglish
        ("silk-milk/ask", "doodh obviously", "milk"),  # Urdu
        ("silk-milk/ask", "paani", "water"),
        ("opposite-genius/hot", "thanda", "cold"),
        ("opposite-genius/up", "neeche", "down"),
        ("boo-who/knock", "kaun hai?", "whos_there"),
        ("gullible-ceiling/dict", "load of old balls that is", "skeptic"),
        ("gullible-ceiling/dict", "what a load of oul balls", "skeptic"),
        ("compliment-game/ask", "ur fit is clean fr", "compliment"),  # US teen
        ("forget-pig/ask", "main suar nahi hoon yaar", "deny"),  # Urdu
        ("silent-love/ask", "this better not end with call me daddy", "saw_through"),
        ("months-28-days/ask", "12, every month got at least 28 days", "twelve"),
        ("months-28-days/ask", "saare ke saare yaar", "all_of_them"),  # Urdu
        ("toast-toaster/ask", "double roti", "bread"),  # Pakistani English
        ("gullible-ceiling/dict", "ach away on", "skeptic"),  # Northern Irish
        ("gullible-ceiling/dict", "no cap??", "surprised"),  # US teen: for real?
        ("gullible-ceiling/dict", "aint no way", "surprised"),
        ("opposite-genius/genius", "bewakoof", "fell"),  # Urdu
        ("compliment-game/ask", "bahut accha dost ho", "compliment"),
        ("how-many-birthdays/ask", "bahut saare", "counts_years"),
        ("plane-border-survivors/ask", "survivors aint buried bro", "no_burial"),
        ("silent-love/ask", "u tryna be my daddy huh", "saw_through"),
        ("silk-milk/ask", "doodh... nahi nahi, paani", "water"),  # a correction in Urdu
        ("silk-milk/ask", "doodh nahi bhai, paani", "water"),  # not milk: water
        ("toast-toaster/ask", "bread, toast nahi", "bread"),
        ("forget-pig/ask", "nah u the pig", "saw_through"),  # AAVE
        ("bark-for-you/ask", "u the dog fr", "saw_through"),
        ("rooster-roof-egg/ask", "a rooster aint laying nothing", "no_egg"),
        ("silk-milk/ask", "wooder duh", "water"),  # Philadelphia
        ("gullible-ceiling/dict", "nah u trippin", "skeptic"),
        ("compliment-game/ask", "mashallah", "compliment"),  # Pakistani English
        ("compliment-game/ask", "ur stickin out so ye are", "compliment"),  # Northern Irish
        ("joke-yolk/repeat", "the yolk trick innit", "saw_through"),
        ("gullible-ceiling/dict", "bffr", "skeptic"),  # US teen
        ("gullible-ceiling/dict", "sab bakwas hai", "skeptic"),  # Urdu
        ("gullible-ceiling/dict", "sachi??", "surprised"),
        ("silk-milk/repeat", "lol u aint slick", "saw_through"),  # AAVE
        ("silk-milk/repeat", "ye'll not catch me with that", "saw_through"),  # Northern Irish
        ("compliment-game/ask", "ur great craic", "compliment"),
        ("hole-dirt/ask", "ach a wheen o muck", "calculates"),  # Northern Irish
        ("divide-by-half/ask", "30 by half is 60, plus 10 is 70", "seventy"),
        ("divide-by-half/ask", "halving 30 is 15, add 10 makes 25", "twenty_five"),
        ("divide-by-half/ask", "70, divide by half is times 2", "seventy"),
        ("sheep-all-but-nine/ask", "do one thing, count again: 9", "nine"),  # South Asian
        ("toast-toaster/ask", "u want me sayin toast huh", "saw_through"),  # US
        ("toast-toaster/ask", "finna have me say toast lmao", "saw_through"),
        ("toast-toaster/ask", "ye're only after gettin me to say toast", "saw_through"),  # Irish
        ("toast-toaster/ask", "toast... hold on, ye're at it", "saw_through"),
    ],
)
def test_regional_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, reached: str
) -> None:
    routine, state = where.split("/")
    match = corpus.routines[routine].states[state].understand(said)
    got = match.branch_id or ("saw_through" if match.saw_through else None)
    assert got == reached, match.explain()


# -- two sharp answers: the number, else the one said first -----------------------------------


@pytest.mark.parametrize(
    ("said", "reached"),
    [
        ("12 of course, all of em have 28", "twelve"),
        ("lol all of em, 12", "twelve"),  # the number answers how many
        ("all of them, every one of them", "all_of_them"),
    ],
)
def test_two_answers_that_both_see_through_pick_one(
    corpus: Corpus, said: str, reached: str
) -> None:
    match = corpus.routines["months-28-days"].states["ask"].understand(said)
    assert match.branch_id == reached, match.explain()


def test_a_sharp_answer_beside_one_that_falls_stays_torn(corpus: Corpus) -> None:
    match = corpus.routines["months-28-days"].states["ask"].understand("february. all 12")
    assert match.branch_id is None, match.explain()


# -- an Ulster tag repeats what was said ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "reached"),
    [
        ("i hate it, so i do", "no"),  # the tag repeats the statement
        ("hate it so i do, horrible stuff", "no"),
        ("love it so i do", "yes"),
        ("i do surely, so i do", "yes"),
        ("its brilliant craic, so it is", None),  # no yes said, none concluded
        ("nah, so i dont", "no"),
    ],
)
def test_an_ulster_tag_concludes_nothing(corpus: Corpus, said: str, reached: str | None) -> None:
    match = corpus.routines["play-water"].states["ask"].understand(said)
    assert match.branch_id == reached, match.explain()


@pytest.mark.parametrize("said", ["hate it. so yes i do", "i hate it so yes"])
def test_so_before_an_answer_still_concludes(corpus: Corpus, said: str) -> None:
    match = corpus.routines["play-water"].states["ask"].understand(said)
    assert match.branch_id == "yes", match.explain()
