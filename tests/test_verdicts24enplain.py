"""Round twenty-four's plain-English kinds (verdicts24enplain), from round twenty-three's final
set (content/eval/tuning/round23_final/README.md, "What went wrong, by kind"), its dev set and
its tuning writers: a refusal word in other talk ("enough" as an amount, "whatever" as "whatever
is in it", Irish and Newfoundland "go way" as disbelief), a bare no to the forget-pig magic trick
as the denial it is, praise in plain words ("you're some good at gettin people talkin"), and
"not a bit of it" as a no. Every answer here was written for this file, not copied from the eval
rows, in varied English (Newfoundland, Irish, Yorkshire, Appalachian, Scots, Nigerian, Indian,
Australian, Zimbabwean); each kind has answers it must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- (a) a refusal word in other talk ---------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "enough" inside a clause is an amount, no refusal: the answer around it is read
        ("play-water/ask", "not a bit of it, I get enough water on the trawler", "no"),
        ("bark-for-you/ask", "nah, my neighbour's dog barks enough for the whole street", "no"),
        ("bark-for-you/ask", "no thanks, I get enough barking from next door's dog", "no"),
        ("play-water/ask", "Not really no, sorry, I get enough of it at work", "no"),
        ("silk-milk/repeat", "silk silk silk silk silk, enough silk for a dress", "said_it"),
        # "whatever" inside a clause is "whatever is it", no refusal
        ("silk-milk/repeat", "silk silk silk silk silk, whatever that proves", "said_it"),
        # "go way" (Irish, Newfoundland) is disbelief: to the pig trick a denial
        ("forget-pig/ask", "go way with ya, I'm no pig", "deny"),
        ("forget-pig/ask", "Go way outta that", "deny"),
        ("forget-pig/ask", "ah get away with you b'y", "deny"),
        # "not a bit of it": not at all
        ("play-water/ask", "Not a bit of it", "no"),
        ("play-water/ask", "not a bit of it, I'm on the water all day", "no"),
    ],
)
def test_a_refusal_word_in_other_talk_is_no_refusal(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # closing its clause, or in the refusals listed whole, "enough" still refuses
        ("boo-who/boo", "ok enough", "refuses"),
        ("boo-who/boo", "enough now", "refuses"),
        ("boo-who/boo", "enough bro", "refuses"),
        ("boo-who/boo", "enough with the knock knocks", "refuses"),
        ("boo-who/boo", "that's enough for today", "refuses"),
        ("boo-who/boo", "had enough of these", "refuses"),
        # and so does "whatever"
        ("boo-who/boo", "ugh whatever", "refuses"),
        ("boo-who/boo", "whatever dude, im out", "refuses"),
        # a refusal to the pig trick is no denial: the reveal
        ("forget-pig/ask", "not playing", None),
        ("forget-pig/ask", "no thanks", None),
        ("forget-pig/ask", "no, you're the pig", "saw_through"),
        # "go way" to the dictionary story stays surprise
        ("gullible-ceiling/dict", "Go way! Really??", "surprised"),
    ],
)
def test_a_refusal_word_said_as_one_still_refuses(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- (b) a denial and a compliment in plain own words --------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a bare no to "I can make you forget you're a pig" denies being one
        ("forget-pig/ask", "what pig? naw mate", "deny"),
        ("forget-pig/ask", "Me? a pig? nope", "deny"),
        ("forget-pig/ask", "Pig?! no sah", "deny"),
        ("forget-pig/ask", "a pig?? nah fam", "deny"),
        # you, a degree word or two, good at or with: praise
        ("compliment-game/ask", "ur so good at this game ngl", "compliment"),
        ("compliment-game/ask", "you're dead good at making folk laugh", "compliment"),
        ("compliment-game/ask", "You are really good with words, my friend", "compliment"),
        ("compliment-game/ask", "ya real good at listenin", "compliment"),
        ("compliment-game/ask", "you're proper good with the jokes", "compliment"),
        ("compliment-game/ask", "Okay. You are very good at maths", "compliment"),
    ],
)
def test_plain_praise_and_a_bare_denial_are_read(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # good at a lie or a trick, "not good", or the speaker's own skill: no praise
        ("compliment-game/ask", "you're good at lying, that's about it"),
        ("compliment-game/ask", "you're not good at this"),
        ("compliment-game/ask", "you're good at tricking people"),
        ("compliment-game/ask", "your good at wasting my time"),
        ("compliment-game/ask", "i'm good at this game, you go first"),
        ("compliment-game/ask", "no you first"),
        # a "ready" to the pig trick is no denial
        ("forget-pig/ask", "ready"),
        # nor is a no that asks the trick off ("no need", "please don't": Chinese 不用, 不要)
        ("forget-pig/ask", "no need"),
        ("forget-pig/ask", "please don't"),
    ],
)
def test_what_is_no_praise_or_denial_stays_unread(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


# -- (c) surprise as "never!" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        # "Never!" as an exclamation, beside a surprise or a why, is "you don't say"
        ("Really? Well I never!", "surprised"),
        ("well i never", "surprised"),
        ("ooh really, well I never", "surprised"),
        ("Never! why would they do that", "surprised"),
        ("never! seriously?", "surprised"),
        ("Never! What for?", "surprised"),
        # a no beside it, or a verb after it, answers no
        ("no i never", "says_no"),
        ("nah, never heard that", "says_no"),
        ("nope, never", "says_no"),
        ("never", "says_no"),
    ],
)
def test_never_as_an_exclamation_is_surprise(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "gullible-ceiling/dict", said) == branch


# -- (d) torn between two branches, where every writer reads one ---------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # seven pairs of the clean ones: seven counts the pairs
        ("moses-ark/ask", "seven pairs of clean beasts, one pair of the unclean", "seven"),
        ("moses-ark/ask", "Seven pair of the clean kind, so says the Good Book", "seven"),
        ("moses-ark/ask", "7 pairs of the clean ones I believe", "seven"),
        # bricks beside other building stuff, or red stuff that is no brick
        ("greenhouse-bricks/red", "concrete n bricks like every house in Bulawayo", "other_stuff"),
        ("greenhouse-bricks/red", "bricks and mortar then a lick of red paint", "other_stuff"),
        ("greenhouse-bricks/red", "red clay, same as the hills round here", "other_stuff"),
        # a bread named beside plain bread words
        ("toast-toaster/ask", "a couple slices of sourdough from the bakery", "fancy_bread"),
        ("toast-toaster/ask", "rye or a crumpet, depends on the day", "fancy_bread"),
        ("toast-toaster/ask", "a slice of raisin bread, toasted proper", "fancy_bread"),
        # a pet name or an address after a bare no keeps it one
        ("gullible-ceiling/ceiling", "nah love, can't see it", "says_no"),
        ("gullible-ceiling/ceiling", "no darlin, nothing up there", "says_no"),
        ("gullible-ceiling/ceiling", "nope pal, can't see a thing", "says_no"),
        ("gullible-ceiling/dict", "no hon i didnt know that", "says_no"),
    ],
)
def test_the_writers_reading_settles_a_torn_answer(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("moses-ark/ask", "pairs", "pairs"),
        ("moses-ark/ask", "7", "seven"),
        ("greenhouse-bricks/red", "red bricks", "red_bricks"),
        ("greenhouse-bricks/red", "bricks", "red_bricks"),
        ("toast-toaster/ask", "a slice of bread", "bread"),
        ("toast-toaster/ask", "hops bread boy", "bread"),
        # plain bread beside a named one: both answers given, the safe path
        ("toast-toaster/ask", "bread, or a bagel on weekends", None),
        ("gullible-ceiling/ceiling", "I looked, I don't see nothin but a water stain", "looked"),
        ("gullible-ceiling/ceiling", "yes hon I see it", "sees_it"),
    ],
)
def test_what_was_not_torn_keeps_its_reading(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- a local peak named before Everest (the state reads "obviously" as no yes beside it) ---------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("Kinder Scout, obviously", "other_peak"),
        ("Scafell Pike, obviously", "other_peak"),
        ("Mount Mulanje I reckon", "other_peak"),
        ("Ben Wyvis surely", "other_peak"),
        ("Ben Lawers, I reckon", "other_peak"),
        ("Ras Dashen", "other_peak"),
        ("Crib Goch Pike innit", "other_peak"),
        # Everest by any of these names stays Everest; a peak unnamed is none
        ("Everest, obviously", "everest"),
        ("mount everest still", "everest"),
        ("the highest peak, whichever it was", None),
    ],
)
def test_a_local_peak_named_is_another_peak(corpus: Corpus, said: str, branch: str | None) -> None:
    assert reached(corpus, "tallest-mountain/ask", said) == branch
