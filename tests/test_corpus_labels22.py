"""Labels against the corpus (round twenty-two, branch corpus22): corpus choices that several
writers since round ten, who never saw the corpus, labelled otherwise, changed so that the reply
fits every reading. "boo hoo?" is "Boo who?" said the way it sounds (13 of 16 writers since
round ten: boo_who, whose "don't cry, it's only a joke" fits one who laughs it knowingly too);
a bare "depends" is a joke beside "how many birthdays?" and "how far can a dog run into the
woods?" (8 and 4 writers), no count and no distance; 心在肚子里 (the heart's in the belly) is a
shrug, no side named (4 writers, none the branch), and 心脏 alone is talk of a bad heart (5). And the river's "swim? no way… don't know":
the correction between the guess and the don't-know takes the guess back, though the river's no
goes to the safe path (corpus21). Each said in words written for this file, beside an answer
each branch must keep."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

BOO = "boo-who/boo"


@pytest.mark.parametrize("said", ["boo hoo?", "Boo-hoo?? lol", "boohoo 🤔", "boo hoo"])
def test_boo_hoo_is_boo_who_said_as_it_sounds(corpus: Corpus, said: str) -> None:
    assert reached(corpus, BOO, said) == "boo_who"


@pytest.mark.parametrize(
    "said", ["boo hoo, don't cry, I've heard this one", "boo hoo lol heard it before"]
)
def test_boo_hoo_with_the_joke_named_still_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, BOO, said) == "saw_through"


BIRTHDAYS = "how-many-birthdays/ask"


@pytest.mark.parametrize(
    "said", ["depends, are you born on the 29th of feb?", "it depends if my mum is baking"]
)
def test_a_bare_depends_counts_no_birthdays(corpus: Corpus, said: str) -> None:
    assert reached(corpus, BIRTHDAYS, said) is None


@pytest.mark.parametrize(
    "said",
    [
        "depends how old you are",
        "depends on how long they live",
        "depends on age really",
        "depends on the person i guess",
        "about 80, depends",
    ],
)
def test_depends_on_the_years_still_counts_them(corpus: Corpus, said: str) -> None:
    assert reached(corpus, BIRTHDAYS, said) == "counts_years"


DOG = "dog-into-woods/ask"


@pytest.mark.parametrize("said", ["depends if there's a sausage in there", "depends, lol"])
def test_a_bare_depends_is_no_distance(corpus: Corpus, said: str) -> None:
    assert reached(corpus, DOG, said) is None


@pytest.mark.parametrize("said", ["depends on the dog", "depends on the woods", "a mile or so"])
def test_a_distance_still_guesses(corpus: Corpus, said: str) -> None:
    assert reached(corpus, DOG, said) == "guesses"


HEART = "heart-side/ask"


@pytest.mark.parametrize("said", ["心在肚子里呗，还能在哪", "肚子里啊 你问这个做什么"])
def test_the_heart_in_the_belly_names_no_side(corpus: Corpus, said: str) -> None:
    assert reached(corpus, HEART, said) is None


@pytest.mark.parametrize("said", ["你心脏不舒服？早点去看医生", "我心臟最近怪怪的 要去檢查"])
def test_a_bad_heart_talked_of_names_no_side(corpus: Corpus, said: str) -> None:
    assert reached(corpus, HEART, said) is None


@pytest.mark.parametrize("said", ["左边", "在胸口偏左一点", "身体里啊", "心脏当然在左边"])
def test_a_side_is_still_named(corpus: Corpus, said: str) -> None:
    assert reached(corpus, HEART, said) == "names_side"


RIVER = "elephant-fridge/river"


@pytest.mark.parametrize(
    "said",
    [
        "直接游? 不對吧鱷魚會咬人耶 不知道",
        "游过去？不对呀有鳄鱼 想不出来",
        "swim? no wait, they'd eat me. no idea",
    ],
)
def test_a_guess_corrected_then_not_known(corpus: Corpus, said: str) -> None:
    assert reached(corpus, RIVER, said) == "dont_know"


@pytest.mark.parametrize("said", ["直接游? 不知道", "游过去？唔知啱唔啱"])
def test_an_unsure_guess_with_no_correction_stands(corpus: Corpus, said: str) -> None:
    assert reached(corpus, RIVER, said) == "swim"


CEILING = "gullible-ceiling/ceiling"


@pytest.mark.parametrize(
    "said", ["nope, nothing written", "nah nothing dey", "no, can't see a thing", "No. Nothing."]
)
def test_a_bare_no_and_nothing_seen_says_no(corpus: Corpus, said: str) -> None:
    assert reached(corpus, CEILING, said) == "says_no"


@pytest.mark.parametrize(
    "said", ["nothing written, I did look up", "no, nothing there but a crack in the paint"]
)
def test_telling_of_looking_still_looked(corpus: Corpus, said: str) -> None:
    assert reached(corpus, CEILING, said) == "looked"


KNIVES = "ten-knives/ask"


@pytest.mark.parametrize(
    "said", ["八把，念快了像爸爸吧 哈哈", "剩八把 讀落似爸爸喎", "八把读出来是爸爸 嘿嘿"]
)
def test_the_pun_spelled_out_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, KNIVES, said) == "saw_through"


@pytest.mark.parametrize("said", ["还剩八把", "剩爸爸", "八把啊 这还用算"])
def test_eight_said_still_falls(corpus: Corpus, said: str) -> None:
    assert reached(corpus, KNIVES, said) == "eight"
