"""Round eleven's English kinds (rules17en): what round ten's final set (its English writers:
Sydney, Lagos, Southern California, Yorkshire) and round ten's English tuning writers (Kingston,
Singapore) still missed or got a wrong punchline for, fixed by kind: class-wide lexicon words,
a corpus phrase where a branch lacked people's words, or one named rule (content/README.md).
Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached
from understanding.text import fold

# -- Northern English: "t'" is "the", nowt, owt, misen, tha'll, ah'm, un ----------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "t'" before a word is the article: the phrase of a branch or the lexicon is found
        ("dark-room-match/ask", "t'match, what else", "match"),
        ("hole-dirt/ask", "that's the oldest un in t'book, lad", "saw_through"),
        ("toast-toaster/repeat", "not in t'mood, ta", "refuses"),
        # a t inside a word is no article
        ("toast-toaster/repeat", "can't be bothered", "refuses"),
        # nowt is nothing, owt anything
        ("hole-dirt/ask", "there's nowt in it", "none"),
        # tha'll is you'll: the next line predicted
        ("forget-pig/ask", "tha'll just say i'm a pig anyway", "saw_through"),
        # ah'm is I'm
        ("forget-pig/ask", "ah'm no pig, cheeky", "deny"),
    ],
)
def test_northern_english_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the trick named in dialect: not caught, seen coming, clocked, had before --------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("hole-dirt/ask", "ha you're not catching me with that", "saw_through"),
        ("rooster-roof-egg/ask", "left. nah kidding, yer not catchin me", "saw_through"),
        ("rooster-roof-egg/ask", "saw it coming, nice one", "saw_through"),
        ("hole-dirt/ask", "clocked it straight away mate", "saw_through"),
        (
            "plane-border-survivors/ask",
            "you got me once before with this, not today",
            "saw_through",
        ),
        ("rooster-roof-egg/ask", "you think i don't know this one?", "saw_through"),
        ("plane-border-survivors/ask", "u think i wouldnt notice the wording?", "saw_through"),
        ("spell-icup/ask", "lol i know what it spells", "saw_through"),
        (
            "opposite-genius/hot",
            "i know where this ends, you'll get me calling myself dumb",
            "saw_through",
        ),
        # the words alone, about something else, name no trick
        ("hole-dirt/ask", "a lot, i dug one last week", "calculates"),
    ],
)
def test_the_trick_named_in_dialect(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a don't-know said as a saying; the weather's faces as emoji ----------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("dog-into-woods/ask", "how long is a piece of string mate", "dont_know"),
        ("opposite-genius/hot", "🥶", "cold"),
        ("opposite-genius/hot", "🥶🥶", "cold"),
    ],
)
def test_sayings_and_emoji(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- corpus: the words people use for a branch or a give-away ------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the reason the trick works, in other words: the calf drinks the milk
        ("silk-milk/ask", "water, it's only the calves that drink milk", "water"),
        ("silk-milk/ask", "water obviously, it's baby cows that drink milk", "water"),
        # the knowing claim to the warm-up: it ends there, as "heard this one" does
        ("feathers-steel/kilo", "old trick, they're both a kilo", "saw_through"),
        # the switch noticed is the second half's trick
        ("feathers-steel/pound", "oh you switched it to a pound this time", "saw_through"),
        # the punchline refused is the punchline known
        ("boo-who/boo", "nope, you won't make me cry", "saw_through"),
        ("boo-who/knock", "is it boo again", "saw_through"),
        ("forget-pig/ask", "oi who you call pig", "deny"),
        ("gullible-ceiling/dict", "what for?", "surprised"),
    ],
)
def test_corpus_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a reason shrugged: the emoji after a reason is its tone, no don't-know ----------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("pig-ran-away/ask", "because pigs are way faster than they look 🤷", None),
        ("pig-ran-away/ask", "cos it was cleverer than the others 🤷‍♀️", None),
        # a shrug alone, or beside a don't-know, still does not know
        ("pig-ran-away/ask", "🤷", "dont_know"),
        ("pig-ran-away/ask", "no clue 🤷", "dont_know"),
    ],
)
def test_a_reason_shrugged(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- working typed out: a sum opening with the result before it goes on from it ------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("divide-by-half/ask", "30 / 0.5 = 60 then 60 + 10 = 70", "seventy"),
        ("divide-by-half/ask", "30/2 = 15 then 15+10 = 25", "twenty_five"),
        # a sum of its own after another still says two numbers: neither
        ("divide-by-half/ask", "30/2=15, 60+10=70", None),
    ],
)
def test_working_chained(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- a no opening a phrase of its own: no correction ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the give-away "no trick" after the answer is said, not a correction of it
        ("capital-of-paris/france", "paris! no trick this round, nice try", "paris"),
        # a no opening no phrase of the state still corrects
        ("capital-of-paris/france", "f. no, paris", "paris"),
        ("toast-toaster/ask", "toast. no, bread", "bread"),
    ],
)
def test_a_no_opening_a_phrase_of_its_own(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- more words: the trick pointed at, Caribbean "dere", Pidgin "I don look" ------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("rooster-roof-egg/ask", "roosters huh. thats the trick innit", "saw_through"),
        ("boo-who/knock", "whos dare?", "whos_there"),
        ("interrupting-cow/knock", "whos dare lol", "whos_there"),
        ("gullible-ceiling/ceiling", "i don look up sef, wetin dey there", "looked"),
        ("gullible-ceiling/ceiling", "ya i done looked, so what", "looked"),
    ],
)
def test_more_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the asker's ways known, the riddle heard already: the class beyond the tuning rows ------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("hole-dirt/ask", "lol not my first rodeo", "saw_through"),
        ("rooster-roof-egg/ask", "im onto you mate", "saw_through"),
        ("plane-border-survivors/ask", "i know your tricks by now", "saw_through"),
        ("hole-dirt/ask", "heard this already, try another", "saw_through"),
        ("rooster-roof-egg/ask", "this riddle again?", "saw_through"),
    ],
)
def test_the_asker_known(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("said", "folded"),
    [
        ("T'is grand", "tis grand"),  # 'tis, not "the is"
        ("t'was fine", "twas fine"),
        ("in t`mood", "in the mood"),  # a backtick for the apostrophe, as the rule reads it
        ("in t'mood", "in the mood"),
    ],
)
def test_northern_t_is_the_article_but_not_in_tis_and_twas(
    corpus: Corpus, said: str, folded: str
) -> None:
    state = next(iter(corpus.routines["hole-dirt"].states.values()))
    assert state.matcher is not None
    assert fold(said, state.matcher.lexicon) == folded
