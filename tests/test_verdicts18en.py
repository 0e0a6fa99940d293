"""Round eighteen's English pass (verdicts18en): kinds from round seventeen's final set
(content/eval/tuning/round17_final/: gl17 Glasgow, lg17 Lagos, tx17 Amarillo, sg17 Singapore),
fixed by kind. Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- seeing through in one's own words, world English: "know that one" / "know the game"
# without "i" (Scots "ken" folds to know), the game seen, being tripped up, Pidgin "I know
# wetin you dey …", seen coming from far, fishing for a compliment, an old one -----------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bark-for-you/ask", "ha ken that one pal", "saw_through"),
        ("toast-toaster/repeat", "aye aye, ken the game", "saw_through"),
        ("toast-toaster/repeat", "i see the game here", "saw_through"),
        ("moses-ark/ask", "you tryin to trip me up again", "saw_through"),
        ("silk-milk/repeat", "i know wetin you dey try", "saw_through"),
        ("greenhouse-bricks/green", "i saw the colours thing coming from far", "saw_through"),
        ("compliment-game/ask", "u fishing for compliment lah", "saw_through"),
        ("dark-room-match/ask", "aiyo this one old already", "saw_through"),
        # the words alone, no claim of knowing: the answer stands
        ("toast-toaster/ask", "toast", "toast"),
        ("greenhouse-bricks/green", "glass", "glass"),
    ],
)
def test_seen_through_in_world_english(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "the trick's words inside a longer answer": a trick word overlapped by the longer
# don't-know the rules reached is part of it ("how would I know that one") --------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("electric-train/ask", "how would i know that one", "dont_know"),
        ("electric-train/ask", "how I go take know that one? I never study am", "dont_know"),
        # said apart from the don't-know, the trick stands
        ("electric-train/ask", "i know that one, no smoke", "no_smoke"),
        ("electric-train/ask", "heard that one before", "saw_through"),
    ],
)
def test_trick_inside_a_dont_know(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- world-English words as data: Scots "naw" corrects as "nah" does, "nane" is none; Pidgin
# "I don confuse" and Texan "don't rightly know" don't know; "ain't got time" refuses; Singlish
# and Pidgin drop the "to" before the foretold question ("u wan ask", "u going ask") ----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("capital-of-paris/france", "letter F... naw, paris", "paris"),
        ("apples-take-away/ask", "nane left, ate them", "none"),
        ("tallest-mountain/ask", "i dont rightly know mate", "dont_know"),
        ("electric-train/ask", "I don confuse o", "dont_know"),
        ("toast-toaster/repeat", "aint got time for games", "refuses"),
        ("silk-milk/repeat", "u wan ask what cow drink right", "saw_through"),
        ("joke-yolk/repeat", "u going ask about the egg white", "saw_through"),
        # "naw" alone is the no it always was; "na" (Pidgin "it is") corrects nothing
        ("spell-icup/ask", "naw", None),
        ("capital-of-paris/france", "na paris", "paris"),
    ],
)
def test_world_english_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the corpus's own words in Singlish: cabut, chiong (run), sejuk (cold), a croissant ---------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("imagine-chase/ask", "cabut lor", "run"),
        ("imagine-chase/ask", "chiong out of there", "run"),
        ("opposite-genius/hot", "sejuk lah", "cold"),
        ("toast-toaster/ask", "a croissant", "fancy_bread"),
    ],
)
def test_singlish_words(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- more of one's own words for seeing through: heard it at school, told it before, the trick
# told off by name ("don't start the … thing"), Scots "gonnae" foretelling the next line, the
# pig named as oneself ("the pig's me") or as the one listening ----------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bark-for-you/ask", "lol heard that at school", "saw_through"),
        ("bark-for-you/ask", "my big sister told me that one", "saw_through"),
        ("silent-love/ask", "dun start the thank you thing again", "saw_through"),
        ("silent-love/ask", "dont start with the noticing thing", "saw_through"),
        ("boo-who/boo", "yer gonnae tell me tae stop greetin", "saw_through"),
        ("pig-ran-away/ask", "aye the pig's me, very funny", "saw_through"),
        ("pig-ran-away/why", "cause it's listening to you, that's me", "saw_through"),
        ("spell-icup/ask", "I know wetin it go sound like", "saw_through"),
        ("bark-for-you/ask", "this is where you make me woof right. nah", "saw_through"),
        ("toast-toaster/repeat", "i see yer game pal", "saw_through"),
        # not these: heard on the news believes it; a sigh of "don't start" is no trick seen
        ("gullible-ceiling/dict", "yes heard it on the news", "heard_it"),
        ("months-28-days/ask", "dont start me on leap years", None),
    ],
)
def test_more_seen_through(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- counting by the year with a digit: "1 per year" counts the years as "one per year" does ---


@pytest.mark.parametrize(
    ("said", "branch"),
    [("1 per year mate", "counts_years"), ("1 a year", "counts_years"), ("1", "one")],
)
def test_one_a_year_in_digits(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "how-many-birthdays/ask", said) == branch


# -- rule "said, then told why": the first clause one branch's word alone, another branch's word
# only inside a later sentence: the first answers, the rest says why ------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/ask", "Water o. na calf dey drink milk", "water"),
        ("race-second-place/second", "second lah. the first guy still in front", "second"),
        ("greenhouse-bricks/green", "glass. bricks would block the sun", "glass"),
        # another branch's word alone in its clause, or the first clause asked: torn, as before
        ("silk-milk/ask", "water. milk", None),
    ],
)
def test_said_then_told_why(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "stated, then reasoned": a number alone first, then working or a reason with numbers
# of its own in later sentences: the first number answers --------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("months-28-days/ask", "12. every one of dem get 28, some reach 30, 31", "twelve"),
        ("three-pills/ask", "One hour. one now, then at 30, then at 60", "an_hour"),
        ("sheep-all-but-nine/ask", "17 lor, the 1 that died still counts", "seventeen"),
        # a second answer, not a reason: torn, as before
        ("sheep-all-but-nine/ask", "17. or 9", None),
        ("sheep-all-but-nine/ask", "17, 9", None),
    ],
)
def test_stated_then_reasoned(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- more world-English words: Scots "coo" (cow) in the knock-knock's reply, nobody home to a
# knock-knock (Pidgin "nobody dey house"), Singlish "confirm can", a hog for a pig -------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("interrupting-cow/cow", "interrupting coo who?", "cow_who"),
        ("boo-who/knock", "nobody dey house o", "refuses"),
        ("interrupting-cow/knock", "nobody home", "refuses"),
        ("toast-toaster/repeat", "confirm lah", "agrees"),
        ("forget-pig/ask", "im no hog", "deny"),
        # the knock answered as always
        ("boo-who/knock", "who's there", "whos_there"),
        ("boo-who/knock", "whos ther", "whos_there"),
    ],
)
def test_more_world_english_words(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- fix18en: a later clause that reconsiders (lexicon.rethinking_en: or, maybe, technically,
# think, hmm, idk, "more sense", "second thoughts"…) holds no reason for the first answer but
# another thought: rules "stated, then reasoned" and "said, then told why" stand down, and the
# first answer is not reached (torn: the hint) ----------------------------------------------------

_RETHOUGHT = [
    ("sheep-all-but-nine/ask", "8. Or maybe 9 actually", "eight"),
    ("sheep-all-but-nine/ask", "8. Well technically 9", "eight"),
    ("sheep-all-but-nine/ask", "8. I think its 9 really", "eight"),
    ("apples-take-away/ask", "2. Oh no its 4 obviously", "two"),
    ("apples-take-away/ask", "2. Hmm, 4 makes more sense", "two"),
    ("three-pills/ask", "90 minutes. Or maybe 1 hour actually", "ninety"),
    ("hole-dirt/ask", "6. Well technically 0", "six"),
    ("moses-ark/ask", "2. Hmm, 0 makes more sense", "two"),
    ("divide-by-half/ask", "25. Well technically 70", "twenty_five"),
    ("shop-green-light/light", "Stop. Hmm i think its go really", "stop"),
    ("shop-green-light/light", "Stop. Or go idk man", "stop"),
    ("shop-green-light/light", "Stop. Second thoughts, go for sure", "stop"),
    ("shop-green-light/light", "Stop. Well technically go", "stop"),
    ("silk-milk/ask", "Milk. Or water idk man", "milk"),
    ("silk-milk/ask", "Milk. Well technically water", "milk"),
    ("feathers-steel/kilo", "Steel. Well technically the same", "steel"),
    ("months-28-days/ask", "Feb. Well technically all of them", "february"),
    ("capital-of-paris/paris", "France. Hmm i think its no capital really", "france"),
]


@pytest.mark.parametrize(("where", "said", "first"), _RETHOUGHT)
def test_rethought_not_the_first_answer(corpus: Corpus, where: str, said: str, first: str) -> None:
    assert reached(corpus, where, said) != first


# the rules' own wins stand: no word of rethinking in the reason (Pidgin "na" is "it is")
@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/ask", "Water o. Cow dey drink water, na calf dey drink milk", "water"),
        (
            "months-28-days/ask",
            "Twelve. All of dem get 28, some just dey go reach 30, 31",
            "twelve",
        ),
        ("three-pills/ask", "One hour. First one now, then 30, then 60", "an_hour"),
        ("race-second-place/second", "2nd. The first person is still ahead of me", "second"),
        ("apples-take-away/ask", "six, 4 in my hand n 2 in the bowl", "six"),
        ("sheep-all-but-nine/ask", "17 lah, dead one also still his sheep", "seventeen"),
    ],
)
def test_reasons_still_kept(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch
