"""Round twenty-six's plain-English kinds (verdicts26enplain), from every English miss over the
tuning sets: praise paid in its everyday shapes ("you make a mean gumbo", "ur jokes are actually
good", "you got a lekker smile", "you're not as daft as you look"), the knock-knock refused as
seen once too often or beneath one's age, weariness of the game, feathers-steel's "old one",
running till the body gives out, "not that" grading the person ("i aint that dumb"), an answer
said whole before "what's the catch", and a don't-know's reason with its "I" unsaid ("not sure,
never celebrated it").
Every answer here was written for this file, not copied from the eval rows; each kind has
answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

COMPLIMENT = "compliment-game/ask"


@pytest.mark.parametrize(
    "said",
    [
        # a thing the asker makes or cooks well
        "fine, you make a killer lasagne",
        "you brew a mean cuppa",
        "u cook nearly as good as my nan",
        # the asker's something said good
        "your texts are always quick",
        "ur playlists are actually good ngl",
        "your trainers look hard today",
        # something good the asker has
        "you got good banter",
        "you have good handwriting",
        "u got better jokes than my dad",
        # understatement
        "you're not as dumb as you look",
        "you're less annoying than my cousin",
    ],
)
def test_praise_in_its_everyday_shapes_is_a_compliment(corpus: Corpus, said: str) -> None:
    assert reached(corpus, COMPLIMENT, said) == "compliment"


@pytest.mark.parametrize(
    "said",
    [
        # a put-down in praise's words, negated, or no praise at all
        "your jokes are not good",
        "ur cooking is never good",
        "you make a mess every time",
        "you got a good point there",
        "your questions look hard",
    ],
)
def test_a_put_down_or_a_remark_in_praises_words_is_no_compliment(
    corpus: Corpus, said: str
) -> None:
    assert reached(corpus, COMPLIMENT, said) is None


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "not again" with the joke named or a plea or address after it
        ("boo-who/knock", "not again with the knock knocks", "refuses"),
        ("interrupting-cow/knock", "not again man", "refuses"),
        ("boo-who/knock", "again knock knock? seriously", "refuses"),
        # beneath one's age
        ("boo-who/knock", "we're not in year 3 anymore", "refuses"),
        ("interrupting-cow/knock", "im not 7 years old lol", "refuses"),
        # weary of the game
        ("boo-who/boo", "so bored of this", "refuses"),
        ("boo-who/boo", "im sick of these honestly", "refuses"),
        # what must stay: who's there asked, the trick named
        ("boo-who/knock", "who's there", "whos_there"),
        ("interrupting-cow/knock", "not again, its the interrupting cow", "saw_through"),
    ],
)
def test_a_knock_knock_refused_in_ones_own_words_is_a_refusal(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_a_bare_not_again_stays_on_the_safe_path(corpus: Corpus) -> None:
    # one writer labelled it nothing: it may still lead into playing along
    assert reached(corpus, "boo-who/knock", "not again") is None


def test_being_too_old_to_spell_is_still_a_yes_there(corpus: Corpus) -> None:
    # the age words are the knock states' own: "can you spell it?" hears them as a yes
    assert reached(corpus, "shop-green-light/spell", "of course i can, im not 5 years old") == (
        "agrees"
    )


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("same weight, this is an old one mate", "saw_through"),
        ("ha old one, they're equal", "saw_through"),
        ("oldest trick going, both a kilo", "saw_through"),
        # the answer alone still goes on to the pound
        ("they weigh the same", "same"),
    ],
)
def test_feathers_steel_hears_old_one_as_the_riddle_known(
    corpus: Corpus, said: str, branch: str
) -> None:
    assert reached(corpus, "feathers-steel/kilo", said) == branch


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("till he gets hungry and comes home", "guesses"),
        ("until his legs give out", "guesses"),
        ("till it runs out of steam", "guesses"),
        # a joke beside the question, no distance
        ("depends how hungry he is", None),
    ],
)
def test_running_till_the_body_gives_out_is_a_distance_guessed(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "dog-into-woods/ask", said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "not that" grading the person said before it takes nothing back
        ("shop-green-light/spell", "course i can, i aint that stupid", "agrees"),
        ("shop-green-light/spell", "yes i can, im not that dumb", "agrees"),
        # Pidgin "not dat" correcting still corrects
        ("toast-toaster/ask", "toast... not dat, bread", "bread"),
    ],
)
def test_not_that_after_a_person_grades_them(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # said whole, then the catch asked: the answer stands
        ("shop-green-light/spell", "s h o p. what's the catch?", "spelled"),
        ("toast-toaster/repeat", "sure I can, what's the catch", "agrees"),
        # trailing off into the doubt takes it back
        ("shop-green-light/spell", "shop... whats the catch", None),
    ],
)
def test_an_answer_said_whole_before_the_catch_asked_stands(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the I unsaid: the reason one cannot know, no no
        ("july-fourth-england/ask", "no idea, never asked anyone there", "dont_know"),
        ("gullible-ceiling/dict", "dunno, dont own a dictionary tbh", "dont_know"),
        # a lean after the hedge is still the lean
        ("july-fourth-england/ask", "not sure, don't think so", "says_no"),
    ],
)
def test_a_dont_knows_reason_with_the_i_unsaid_is_the_dont_know(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a letter opening its clause, laughed at right after: said, whatever remark follows
        ("capital-of-paris/paris", "P haha the capital letter again", "letter_p"),
        ("capital-of-paris/france", "F lmao you got me last time", "letter_f"),
        # a correction after the laugh still reads what follows it
        ("capital-of-paris/france", "f haha nah wait, its paris", "paris"),
        # a letter inside a sentence is no answer
        ("capital-of-paris/paris", "is p the capital letter", None),
    ],
)
def test_a_letter_then_a_laugh_has_been_said(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
