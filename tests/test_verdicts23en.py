"""Round twenty-three's English kinds (verdicts23en), from round twenty-two's final set
(content/eval/tuning/round22_final/README.md, "What went wrong, by kind"), its dev set and its
tuning writers: dialect and slang as lexicon data (Scots cauld, breeks, mooth, yin, "am nae";
Baltimore "dum", "draws", "aint sayin nothin"; the Afrikaans and Australian nos), answers in
plain everyday words outside the lists ("me I'm dull", a bare no blaming one's own eyes),
seeing through in one's own words ("you're testing me again", "been hustled by better", "I know
these ones"), and a doubt asked of oneself then answered no ("Paris. Or is it a trick? Naw,
Paris"). Every answer here was written for this file, not copied from the eval rows, in varied
English (Scottish, American, South African, Ugandan, Australian, Irish, Indian, Caribbean); each
kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- (a) dialect and slang, as lexicon data --------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # Scots everyday words fold to English (english_shorthand): cold, trousers, one, mouth
        ("opposite-genius/hot", "pure cauld", "cold"),
        ("opposite-genius/hot", "cauld, obviously", "cold"),
        ("last-thing-off/ask", "me breeks, then into bed", "clothing"),
        ("how-many-birthdays/ask", "just the yin", "one"),
        # Scots "nae" after a subject is "not", as "no" is
        ("forget-pig/ask", "I'm nae pig, ya cheeky wee bot", "deny"),
        ("forget-pig/ask", "ah'm nae a pig, cheeky", "deny"),
        ("forget-pig/ask", "watch yer mooth, am nae a pig", "deny"),
        # Baltimore and AAVE: dum, draws, aint sayin nothin
        ("opposite-genius/genius", "i'm so dum lol", "fell"),
        ("last-thing-off/ask", "my draws", "clothing"),
        ("boo-who/boo", "nah i aint sayin nuthin", "refuses"),
        ("boo-who/boo", "i aint tellin you nothin", "refuses"),
        # Scots scorn "aye right" to the dictionary story is the skeptic's "yeah right"
        ("gullible-ceiling/dict", "aye right", "skeptic"),
        ("gullible-ceiling/dict", "aye right pal, pull the other yin", "skeptic"),
    ],
)
def test_dialect_words_are_read_as_their_english(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a bare Scots "nae" is still a no, not "not" ("nae chance", "nae bother" stay theirs);
        # verdicts26endialect reads it as "no" itself, so it reaches what a bare no reaches there
        # (forget-pig's closing no denies: its regex, every such tuning row labelled deny)
        ("forget-pig/ask", "nae", "deny"),
        ("july-fourth-england/ask", "nae chance", "says_no"),
        # "yin" as the one it stands for, and an English "greet" kept English
        ("boo-who/boo", "boo who", "boo_who"),
        ("opposite-genius/hot", "cold", "cold"),
        ("last-thing-off/ask", "my feet", "feet"),
    ],
)
def test_dialect_folds_leave_the_rest_alone(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) plain everyday words outside the lists ----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/genius", "I'm dull then", "fell"),
        ("opposite-genius/genius", "me, I'm dim", "fell"),
        ("opposite-genius/genius", "you're dull", "flips_it"),
        # a bare no (Afrikaans nee, Australian nup too) and nothing seen, blaming one's own eyes
        ("gullible-ceiling/ceiling", "nope, can't see a thing, must be my eyes", "says_no"),
        ("gullible-ceiling/ceiling", "nee, nothing", "says_no"),
        ("gullible-ceiling/ceiling", "ag nee, can't see it", "says_no"),
        ("gullible-ceiling/ceiling", "nah, nothing there, maybe I need my glasses", "says_no"),
        ("gullible-ceiling/ceiling", "no, nothing up there, probably my eyesight", "says_no"),
        ("gullible-ceiling/ceiling", "nup, nothing there", "says_no"),
    ],
)
def test_plain_words_reach_their_branch(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # looking told first is looking, whatever the tail
        ("gullible-ceiling/ceiling", "I looked, nothing there, maybe my eyes", "looked"),
        ("gullible-ceiling/ceiling", "nothing there but a stain", "looked"),
        ("opposite-genius/genius", "you're a genius", None),
    ],
)
def test_plain_words_leave_the_rest_alone(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- (c) seeing through in one's own words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("compliment-game/ask", "been hustled by better, you first"),
        ("compliment-game/ask", "I know these ones, you go first"),
        ("compliment-game/ask", "aye right, been conned by better than you"),
        ("one-and-three/ask", "ag, I know these ones"),
        ("interrupting-cow/cow", "you're testing me again"),
        ("forget-pig/ask", "you cant hustle me, boss"),
        ("compliment-game/ask", "you tryna finesse me lol"),
        ("compliment-game/ask", "who do you take me for, you go first"),
        ("compliment-game/ask", "i've been around the block, you first"),
        ("gullible-ceiling/ceiling", "do i look like i was born yesterday"),
        ("gullible-ceiling/ceiling", "ah ken yer game"),
    ],
)
def test_seeing_through_in_ones_own_words(corpus: Corpus, where: str, said: str) -> None:
    state = corpus.routines[where.split("/")[0]].states[where.split("/")[1]]
    branch = reached(corpus, where, said)
    sharp = branch is not None and any(a.id == branch and a.sees_through for a in state.answers)
    assert branch == "saw_through" or sharp, branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the test named beside a branch's own words: the answer is kept
        ("gullible-ceiling/dict", "you're testing me, it's still in there", "skeptic"),
        ("capital-of-paris/france", "you're testing me, it's the letter F", "letter_f"),
        ("gullible-ceiling/ceiling", "testing me now, are ya? not looking", "wise"),
        ("race-second-place/second", "you're testing me again, second", "second"),
    ],
)
def test_seeing_through_leaves_answers_beside_it(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- (d) a doubt asked of oneself, then answered no ------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("capital-of-paris/france", "Paris. Wait, is it a trick? No, Paris", "paris"),
        ("capital-of-paris/france", "Paris... or is it F? nah, Paris", "paris"),
        ("capital-of-paris/france", "paris. is this one a trick too? nope, paris", "paris"),
        ("capital-of-paris/france", "Paris. Or is it? Nahi, Paris only", "paris"),
        ("feathers-steel/kilo", "steel. or is it a trick? no, steel", "steel"),
        ("race-second-place/second", "second. is that right? naw, second", "second"),
    ],
)
def test_a_doubt_answered_no_keeps_the_answer(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the answer itself asked, then denied: still denied (西瓜？不对西瓜能吃)
        ("feathers-steel/kilo", "steel? no, steel is heavier", None),
        # another answer after the no: that one
        ("race-second-place/second", "first. is that right? no, second", "second"),
        ("capital-of-paris/france", "Paris? no, F", "letter_f"),
        ("capital-of-paris/france", "Paris. Or is it a trick? no, F", "letter_f"),
    ],
)
def test_a_doubt_answered_no_leaves_corrections_alone(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) praise said plainly, the law disclaimed --------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("compliment-game/ask", "yer no bad, fair play", "compliment"),
        ("compliment-game/ask", "honestly you're not bad for a bot", "compliment"),
        ("compliment-game/ask", "you type fast. there, that's a compliment", "compliment"),
        ("compliment-game/ask", "ur not bad la, there's your compliment", "compliment"),
        ("widow-sister/ask", "no idea, I'm a plumber not a solicitor", "dont_know"),
        ("widow-sister/ask", "ask an attorney, not me", "dont_know"),
        ("widow-sister/ask", "me I'm not a lawyer o", "dont_know"),
    ],
)
def test_plain_praise_and_the_law_disclaimed(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("compliment-game/ask", "not bad, you go first", None),
        ("compliment-game/ask", "you just want a compliment for yourself", "saw_through"),
        ("widow-sister/ask", "no, it's not legal", "says_no"),
        ("widow-sister/ask", "he's dead, you don't need a lawyer for that", "dead"),
    ],
)
def test_plain_praise_and_the_law_leave_the_rest_alone(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- (a) clothes, fools and saying nothing in every English ----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("last-thing-off/ask", "my chuddies", "clothing"),  # Indian
        ("last-thing-off/ask", "the kanga", "clothing"),  # East African
        ("last-thing-off/ask", "my doek", "clothing"),  # South African
        ("last-thing-off/ask", "grundies, mate", "clothing"),  # Australian
        ("opposite-genius/genius", "I'm a galah", "fell"),  # Australian
        ("opposite-genius/genius", "me a dunderhead", "fell"),
        ("opposite-genius/genius", "ya plonker... wait, I'm the plonker", "fell"),  # British
        ("opposite-genius/genius", "a right gom, me", "fell"),  # Irish
        ("boo-who/boo", "i'm sayin nuttin", "refuses"),  # Caribbean
        ("boo-who/boo", "not sayin owt", "refuses"),  # Yorkshire
    ],
)
def test_every_englishs_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the fool turned back on the asker is still turned back
        ("opposite-genius/genius", "you're a galah", "flips_it"),
        ("opposite-genius/genius", "ur a drongo", "flips_it"),
        ("last-thing-off/ask", "my feet, obviously", "feet"),
        ("boo-who/boo", "boo who", "boo_who"),
    ],
)
def test_every_englishs_words_leave_the_rest_alone(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch
