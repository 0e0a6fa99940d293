"""Round twenty-four's English dialect kinds (verdicts24endialect), from round twenty-three's
final set (content/eval/tuning/round23_final/README.md, "What went wrong, by kind": Newfoundland
"I knows", Sheffield 'tha', West Virginia "prettier'n", "fixin to", "that'n"), its dev set
(Cornwall "never bin") and its tuning writers: (a) nonstandard verb agreement read as the
standard form, as a rule (understanding/text.py `_agreement`); (b) dialect pronouns, cut words
and phrases as lexicon data (contracted_words_en, one_contractions_en, dialect_phrases_en,
english_shorthand); (c) eye-dialect spellings of common words (english_shorthand). Every answer
here was written for this file, not copied from the eval rows, in varied Englishes
(Newfoundland, Yorkshire, Appalachian, Texan, Scots, Irish, Caribbean, West African, Indian,
Australian); each kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached, units


def _sees_through(corpus: Corpus, where: str, said: str) -> bool:
    """Whether `said` reaches the give-away or a branch that sees through the trick."""
    routine, name = where.split("/")
    state = corpus.routines[routine].states[name]
    branch = reached(corpus, where, said)
    return branch == "saw_through" or any(
        answer.id == branch and answer.sees_through for answer in state.answers
    )


# -- (a) nonstandard verb agreement ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # Newfoundland, West Country, Appalachian, AAVE: the -s after I, we, you, they, tha
        ("I knows this one", "i know this one"),
        ("we has our tea at four", "we have our tea at four"),
        ("you wants me to say it", "you want me to say it"),
        ("I tries me best", "i try me best"),
        ("I watches the telly", "i watch the telly"),
        ("I goes down the shop", "i go down the shop"),
        ("they thinks it a joke", "they think it a joke"),  # Caribbean: "they" before an object
        ("u wants me to say it", "you want me to say it"),
        ("tha wants me to say it", "you want me to say it"),  # Yorkshire tha: you
    ],
)
def test_nonstandard_agreement_is_read_as_the_standard_form(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # not a verb: an adverb, a -ss, -us or -is word, a plural noun after "you" or "they"
        ("I always knew", "i always knew"),
        ("I guess so", "i guess so"),
        ("you guys are funny", "you guys are funny"),
        ("you pigs eat anything", "you pigs eat anything"),
        ("they kids are grown", "they kids are grown"),  # AAVE "they" as their
        ("I was there", "i was there"),
        ("kabhi tha hi nahi", "kabhi tha not hi"),  # Hindi's tha ("was") is no subject
    ],
)
def test_agreement_leaves_what_is_no_verb_alone(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("one-and-three/ask", "I knows this one, the answer's in how ya reads it"),  # Newfoundland
        ("silk-milk/repeat", "Ha, I knows where ye're goin with this, cows drinks water"),  # Irish
        ("divide-by-half/ask", "I sees what ya done there, it's by half not in half"),  # Cornish
        ("last-thing-off/ask", "we knows this one down home, you takes off the floor last"),
        ("months-28-days/ask", "Ah, I knows this one, they all got a 28th"),  # Texan
        ("compliment-game/ask", "you wants me to go first so ya can laugh at me"),  # AAVE
    ],
)
def test_agreement_lets_the_trick_seen_be_read(corpus: Corpus, where: str, said: str) -> None:
    assert _sees_through(corpus, where, said)


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("forget-pig/ask", "I knows I'm no pig", "deny"),
        ("compliment-game/ask", "you guys are brilliant", "compliment"),  # must not change
        ("silk-milk/ask", "cows drinks water, I knows that", "water"),
    ],
)
def test_agreement_keeps_the_branches(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) dialect pronouns, cut words and phrases, as lexicon data ------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("I heard that'n before", "i heard that one before"),  # Appalachian
        ("I know this’n", "i know this one"),  # a typographic apostrophe too
        ("you're a good'n", "youre a good one"),  # Cornish
        ("quicker'n a gull", "quicker than a gull"),  # West Country
        ("more'n twice", "more than twice"),
        ("ha b'y, not a hope", "ha mate not a hope"),  # Newfoundland: no "by"
        ("tha's daft", "youre daft"),  # Yorkshire
        ("who's tha callin daft", "who are you calling daft"),
        ("you fixin to ask me", "you going to ask me"),  # Texan
        ("we might could", "we could"),  # Appalachian
        ("four wi' me", "four with me"),  # Scots, Yorkshire
        ("thy dinner is ready", "your dinner is ready"),
        ("I know 'ee", "i know you"),  # West Country
        ("aren't 'ee", "arent you"),
        ("ess I heard that", "yes i heard that"),  # Cornish
        ("I bin there twice", "i been there twice"),  # Caribbean, Southern
    ],
)
def test_dialect_function_words_are_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("rock'n roll", "rockn roll"),  # 'n after any other word stays as typed
        # a texter's (and Norfolk's) "that's" is no "tha's": that's (verdicts25endialect)
        ("thas crazy", "thats crazy"),
        ("divide by half", "divide by half"),
        ("in the bread bin", "in the bread bin"),  # a bin is a bin where no "been" fits
        ("fixing the roof", "fixing the roof"),
        ("you might win", "you might win"),
        ("ess aitch oh pee", "ess aitch oh pee"),  # the letter S, spelt out
        ("coffee's on", "coffees on"),
    ],
)
def test_dialect_function_words_leave_english_alone(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("compliment-game/ask", "you're smarter'n a whip", "compliment"),  # Texan
        ("compliment-game/ask", "you're funnier'n my uncle Earl", "compliment"),
        ("compliment-game/ask", "tha's got a lovely way wi' words, lad", "compliment"),
        ("forget-pig/ask", "who's tha callin a pig, I'm a fine lad", "deny"),  # Yorkshire
        ("imagine-chase/ask", "I'd run off faster'n a jackrabbit", "run"),  # Australian
        ("opposite-genius/genius", "tha's a dunce then", "flips_it"),
        ("gullible-ceiling/ceiling", "ess I can see summat written there", "sees_it"),
    ],
)
def test_dialect_function_words_reach_the_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("months-28-days/ask", "I done heard this'n before, all of em got a 28th"),
        ("toast-toaster/repeat", "you're fixin to ask what goes in a toaster, ain't ya"),
        ("one-and-three/ask", "ha, I know that'n, b'y"),
    ],
)
def test_dialect_function_words_let_the_trick_seen_be_read(
    corpus: Corpus, where: str, said: str
) -> None:
    assert _sees_through(corpus, where, said)


# -- (c) eye-dialect spellings of common words -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("never bin to England", "never been to England".lower()),  # Cornish, Caribbean
        ("I've bin there", "ive been there"),
        ("you're havin me on", "youre having me on"),  # Irish, Australian
        ("sittin here readin", "sitting here reading"),
        ("askin me again", "asking me again"),
        ("the side facin the sea", "the side facing the sea"),
        ("workin the grill", "working the grill"),
        ("the ol rooster one", "the old rooster one"),  # Southern, Australian
        ("we talkin bout a bear", "we talking about a bear"),  # AAVE
        ("stop at everythin", "stop at everything"),  # Geordie, Irish
    ],
)
def test_eye_dialect_spellings_are_read_as_english(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("a raisin", "a raisin"),  # words that end in -in of their own stay
        ("in the cabin", "in the cabin"),
        ("the bin", "the bin"),
    ],
)
def test_eye_dialect_spellings_leave_english_alone(said: str, read: str) -> None:
    assert " ".join(units(said)) == read


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "dunno, I've never bin to England", "dont_know"),
    ],
)
def test_eye_dialect_spellings_reach_the_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch
