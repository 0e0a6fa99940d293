"""Round thirteen's dialect pass for English (dialen13): the everyday chat words of the
Englishes people type (Scots, Irish, Northern English, Welsh, MLE, American, Australian, South
African, Nigerian, Ghanaian, Kenyan, Caribbean, Singlish, Indian, Filipino English, net
shorthand), added to content/lexicon.yaml from knowledge of the varieties, not from eval rows.
Examples written here."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- yes: Twi, Tagalog, Malay, Hindi, Tamil, Australian, Singlish ----------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "sige po", "yes"),  # Tagalog
        ("play-water/ask", "boleh lah", "yes"),  # Malay
        ("play-water/ask", "sahi", "yes"),  # Hindi
        ("play-water/ask", "aama", "yes"),  # Tamil
        ("play-water/ask", "abuden", "yes"),  # Singlish
        ("widow-sister/ask", "betul", "says_yes"),  # Malay
        ("widow-sister/ask", "appen", "says_yes"),  # Yorkshire: happen, maybe
    ],
)
def test_yes_in_more_englishes(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- no: Twi, South African, Tamil, Tagalog, Swahili, Pidgin, US, net shorthand ---------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "daabi", "no"),  # Twi
        ("play-water/ask", "aikona", "no"),  # South African
        ("play-water/ask", "hayi", "no"),  # Xhosa
        ("play-water/ask", "illa", "no"),  # Tamil
        ("play-water/ask", "ayaw ko", "no"),  # Tagalog
        ("play-water/ask", "sitaki", "no"),  # Swahili
        ("play-water/ask", "vendam", "no"),  # Tamil
        ("widow-sister/ask", "no be so", "says_no"),  # Pidgin
        ("play-water/ask", "nu uh", "no"),  # US (not "uh uh": a doubled hesitation too, review13b)
        ("play-water/ask", "nvr", "no"),  # net shorthand: never
        ("play-water/ask", "will i fuck", "no"),  # Irish and British
        ("play-water/ask", "will i heck", "no"),
        ("play-water/ask", "me bollix", "no"),  # Irish
        ("play-water/ask", "kao", "no"),  # Maori
    ],
)
def test_no_in_more_englishes(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- don't know: Zulu, Afrikaans, Twi, Urdu, South Indian, Tagalog, Welsh, Singlish, shorthand -


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("pig-ran-away/ask", "angazi", "dont_know"),  # Zulu
        ("pig-ran-away/ask", "ek weet nie", "dont_know"),  # Afrikaans
        ("pig-ran-away/ask", "geen idee", "dont_know"),  # Afrikaans
        ("pig-ran-away/ask", "mennim", "dont_know"),  # Twi
        ("pig-ran-away/ask", "maloom nahi yaar", "dont_know"),  # Urdu and Hindi
        ("pig-ran-away/ask", "theriyadhu", "dont_know"),  # Tamil
        ("pig-ran-away/ask", "gottilla", "dont_know"),  # Kannada
        ("pig-ran-away/ask", "teliyadu", "dont_know"),  # Telugu
        ("pig-ran-away/ask", "ariyilla", "dont_know"),  # Malayalam
        ("pig-ran-away/ask", "walang idea", "dont_know"),  # Tagalog
        ("pig-ran-away/ask", "dim syniad", "dont_know"),  # Welsh
        ("pig-ran-away/ask", "how to know", "dont_know"),  # Singlish
        ("widow-sister/ask", "how to know ah", "dont_know"),
        ("pig-ran-away/ask", "how wud i know", "dont_know"),  # shorthand: would
        ("pig-ran-away/ask", "how shud i knw", "dont_know"),  # shorthand: should
    ],
)
def test_dont_know_in_more_englishes(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- why (pig-ran-away takes it as a don't-know): Hindi, Tagalog -------------------------------


@pytest.mark.parametrize("said", ["kyun", "kya matlab", "bakit"])
def test_why_in_more_englishes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "pig-ran-away/ask", said) == "dont_know"


# -- refuse: Glasgow, Hindi, Jamaican, Australian, US, net shorthand ---------------------------


@pytest.mark.parametrize(
    "said",
    [
        "away an bile yer heid",  # Glasgow
        "chal hat",  # Hindi
        "piss off",  # Australian
        "aint nobody got time for that",  # US
        "wtv",  # shorthand: whatever
        "whatevs",
        "nty",  # shorthand: no thank you
        "mi nuh business",  # Jamaican
    ],
)
def test_refusing_in_more_englishes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "toast-toaster/repeat", said) == "refuses"


# -- insult: my-flaw takes one as the flaw named -----------------------------------------------


@pytest.mark.parametrize(
    "said", ["gobshite", "ur a divvy", "hoser", "mumu", "kwasia", "tanga", "idiat"]
)
def test_insults_in_more_englishes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "my-flaw/ask", said) == "names_flaw"


# -- the trick seen: Scots, Hindi, Pidgin, Trinidad, Swahili, Tagalog, Singlish ---------------


@pytest.mark.parametrize(
    "said",
    [
        "ah ken whit yer daein",  # Scots
        "ullu mat bana",  # Hindi
        "i no be mugu",  # Pidgin
        "you dey whine me",  # Pidgin
        "yuh mamaguying me",  # Trinidad
        "wacha mchezo",  # Swahili
        "alam ko na yan",  # Tagalog
        "luma na yan",
        "asa ka pa",
        "you want con me",  # Singlish
    ],
)
def test_the_trick_seen_in_more_englishes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "play-water/ask", said) == "saw_through"


# -- fillers around a one-letter answer: Scots "och", Ghanaian "chale" -------------------------


@pytest.mark.parametrize("said", ["p och", "p chale", "p blimey", "p crikey"])
def test_fillers_in_more_englishes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "capital-of-paris/paris", said) == "letter_p"


# -- a dad in Hindi and Urdu, Tagalog and Jamaican folds to dad (silent-love's "be my dad") ---


@pytest.mark.parametrize(
    "said",
    [
        "you want to be my baap",  # Hindi and Urdu
        "ur tryna be my pitaji",
        "you want to be my tatay",  # Tagalog
        "you want to be my fada",  # Jamaican
    ],
)
def test_a_dad_in_more_englishes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "silent-love/ask", said) == "saw_through"
