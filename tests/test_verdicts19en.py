"""Round nineteen's English kinds (verdicts19en), from round eighteen's final set
(content/eval/tuning/round18_final/README.md): Taglish and Tagalog as lexicon data (yes, no,
don't know, thinking, refusals, "ay hindi … pala" self-corrections, seeing through, numbers,
"charot"), the politeness "po" inside a phrase, and Irish "I will yeah" (I will not). Every
answer here was written for this file, not copied from the eval rows; each kind has answers it
must not change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached, units
from understanding.text import fold

# -- Tagalog yes, no and don't know ------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "oo po, tara na 💦", "yes"),
        ("play-water/ask", "Oo nga, gusto ko yan", "yes"),
        ("silk-milk/repeat", "kaya ko yan, easy", "agrees"),
        ("toast-toaster/repeat", "oo po kaya ko", "agrees"),
        ("play-water/ask", "hindi, ang lamig eh", "no"),
        ("bark-for-you/ask", "hindi na, ok lang ako", "no"),
        # "ok lang ako" (I'm fine) is a no alone; "okay lang ako sa tubig" is fine with
        # water, no no (review19: it took the no's punchline)
        ("bark-for-you/ask", "ok lang ako", "no"),
        ("play-water/ask", "okay lang ako sa tubig, gusto ko nga", "yes"),
        # "tara na" (let's go) is a yes; bare "tara" is a name or the North of England's
        # goodbye, no yes (review19: "only Tara does" took the yes's punchline)
        ("play-water/ask", "tara na!", "yes"),
        ("play-water/ask", "only Tara does", None),
        ("play-water/ask", "my sister Tara would", None),
        ("play-water/ask", "hindi masyado po", "no"),
        ("july-fourth-england/ask", "hindi po, sa america lang yan", "says_no"),
        ("july-fourth-england/ask", "oo naman po, every year may july 4", "says_yes"),
        ("widow-sister/ask", "Hindi po ata pwede, bawal yun", "says_no"),
        ("five-daughters/ask", "malay ko", "dont_know"),
        ("widow-sister/ask", "di ako sure po", "dont_know"),
        ("electric-train/ask", "ewan ko ba, hindi ako engineer", "dont_know"),
        ("bear-colour/ask", "hmm hindi ko sure", "dont_know"),
    ],
)
def test_tagalog_yes_no_and_dont_know_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # "alam ko yan" is "I know it": where knowing is asked, it answers (not the trick)
        ("pig-ran-away/ask", "opo, alam ko yan", "know"),
        # a cow's "moooo" and a surprised "ooo" are no Tagalog yes
        ("interrupting-cow/knock", "moooooo", "saw_through"),
        ("play-water/ask", "ooo", None),
    ],
)
def test_tagalog_words_leave_what_they_do_not_say(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- "po" inside a phrase --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("five-daughters/ask", "di ko po alam eh", "dont_know"),
        ("tallest-mountain/ask", "hindi ko po alam 😅", "dont_know"),
        ("five-daughters/ask", "di po ako sure", "dont_know"),
        ("silk-milk/repeat", "kaya ko po yan", "agrees"),
        ("capital-of-paris/paris", "p po! capital letter", "letter_p"),
    ],
)
def test_po_inside_a_phrase_is_read_through(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_po_after_a_determiner_or_before_a_hyphen_stays() -> None:
    assert units("di ko po alam") == ["the", "ko", "alam"]
    assert units("hindi po ata pwede") == ["hindi", "pwede"]
    assert "po" in units("a po boy from the corner")
    assert "po" in units("cut po-boy bread")
    assert fold("sige po", LEXICON) == "sige po"  # closing its clause: a tone word there


# -- refusals and seeing through, in Tagalog ---------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silk-milk/repeat", "pass muna ako, pagod na", "refuses"),
        ("shop-green-light/spell", "tinatamad ako mag type", "refuses"),
        ("silk-milk/repeat", "next time na lang po", "refuses"),
        ("months-28-days/ask", "gets ko na, trick question yan", "saw_through"),
        ("rooster-roof-egg/ask", "alam ko na to, hindi ako madadale", "saw_through"),
    ],
)
def test_tagalog_refusals_and_seeing_through(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- "ay hindi … pala": the answer corrected -------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("shop-green-light/light", "stop... ay mali, go pala", "go"),
        ("silk-milk/ask", "milk ay hindi water pala", "water"),
        ("toast-toaster/ask", "toast, ay hindi, bread pala", "bread"),
        ("capital-of-paris/paris", "p... ay mali, paris pala", "no_capital"),
        ("opposite-genius/up", "up... ay hindi, down pala", "down"),
        # corrected to a word the bot cannot read: no punchline for the one taken back
        # (verdicts30endialect: "kuwan", whatchamacallit, for "monay", a Filipino bread roll the
        # corpus now reads as fancy_bread: tests/test_verdicts30endialect.py)
        ("toast-toaster/ask", "toast... ay teka, kuwan pala", None),
        # verdicts26enb: pandesal is fancy_bread now (three writers), and the correction reaches it
        ("toast-toaster/ask", "toast... ay teka, pandesal pala", "fancy_bread"),
    ],
)
def test_ay_hindi_pala_corrects_the_answer(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- thinking, numbers, "charot" ---------------------------------------------------------------


@pytest.mark.parametrize("said", ["teka", "sandali", "wait lang", "teka lang"])
def test_tagalog_wait_is_thinking(corpus: Corpus, said: str) -> None:
    assert corpus.routines["bark-for-you"].states["ask"].puts_off(said)


def test_a_tagalog_no_is_no_wait(corpus: Corpus) -> None:
    assert not corpus.routines["bark-for-you"].states["ask"].puts_off("hindi")


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("how-many-birthdays/ask", "isa lang po syempre", "one"),
        ("moses-ark/ask", "dos po", "two"),
        ("three-pills/ask", "isang oras", "an_hour"),
        ("months-28-days/ask", "lahat, labindalawa", "twelve"),
        ("months-28-days/ask", "onse? hindi, labindalawa po lahat", "twelve"),
        # number words spelt as English ones stay words
        ("three-pills/ask", "dose every 30 min", "thirty"),
        ("months-28-days/ask", "dose", None),
        ("how-many-birthdays/ask", "uno reverse card", None),
    ],
)
def test_tagalog_and_spanish_numbers(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("tara charot", None),
        ("sige po charot lang", None),
        ("oo po charot, ayoko", "no"),  # taken back, then the answer
    ],
)
def test_charot_takes_back_the_answer_before_it(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "bark-for-you/ask", said) == branch


# -- Irish "I will yeah": I will not -----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "i will yeah 🙄", "no"),
        ("july-fourth-england/ask", "I will yeah, they hate the fourth", "says_no"),
        ("bark-for-you/ask", "i will yeah, not a chance", "no"),
        # a plain yeah, and "I will" alone, stay yes
        ("silent-love/ask", "yeah i will", "yes"),
        ("bark-for-you/ask", "yeah", "yes"),
    ],
)
def test_irish_i_will_yeah_is_no(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- Tagalog question words: a question back, no guess ------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("five-daughters/ask", "Di ko po alam, ano po?", "dont_know"),
        ("five-daughters/ask", "ewan, sino ba?", "dont_know"),
        ("tallest-mountain/ask", "hindi ko alam, paano ko malalaman?", "dont_know"),
        # a guess after a don't-know still hedges it
        ("five-daughters/ask", "idk, nunu?", "nunu"),
    ],
)
def test_a_tagalog_question_after_a_dont_know_asks_back(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("interrupting-cow/knock", "sino yan?"),
        ("interrupting-cow/knock", "Sino po yan? 👀"),
        ("boo-who/knock", "sino po sila"),
        ("boo-who/knock", "sino yun"),
    ],
)
def test_who_is_there_in_tagalog(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "whos_there"


# -- the punchline refused in Tagalog ------------------------------------------------------------


def test_the_punchline_refused_in_tagalog_sees_through(corpus: Corpus) -> None:
    assert reached(corpus, "toast-toaster/ask", "hindi ko sasabihin toast") == "saw_through"
    assert reached(corpus, "toast-toaster/ask", "toast po") == "toast"


# -- Irish "sure wasn't it": an asserting question ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("moses-ark/ask", "Sure wasnt it seven of the clean ones?", "seven"),
        ("moses-ark/ask", "ah sure isnt it two of each", "two"),
        # where the state takes a yes, its yes tears the answer: the safe path
        ("widow-sister/ask", "sure isnt it illegal", None),
        # "sure" alone stays a yes, and a plain negation stays one
        ("bark-for-you/ask", "sure", "yes"),
        ("moses-ark/ask", "sure it wasnt two", None),
    ],
)
def test_irish_sure_before_an_asserting_question(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- South African "ja no", "no ja": yes -----------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("play-water/ask", "ja no definitely", "yes"),
        ("play-water/ask", "no ja, why not", "yes"),
        ("play-water/ask", "ja-nee, lekker", "yes"),
        ("play-water/ask", "no ja sure", "yes"),
        # a plain no, and "ja" before a no that says it, stay no
        ("play-water/ask", "no", "no"),
        ("july-fourth-england/ask", "ja no they don't", "says_no"),
    ],
)
def test_south_african_ja_no_is_yes(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- the answering refused; the end foreseen ---------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("interrupting-cow/knock", "not answerin that door, sorry", "refuses"),
        ("silk-milk/repeat", "no comment", "refuses"),
        ("shop-green-light/spell", "i wont answer, too lazy", "refuses"),
        ("silent-love/ask", "lol i see where this is going", "saw_through"),
        ("bark-for-you/ask", "i know how it ends, nope", "saw_through"),
        ("months-28-days/ask", "alam ko na kung saan papunta to hahaha", "saw_through"),
        # knowing where something is, where knowing is asked, is no seeing through
        ("pig-ran-away/ask", "i know where it is", "know"),
    ],
)
def test_refusing_to_answer_and_the_end_foreseen(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- Tagalog "kasi" (because): the reason after the answer --------------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("70 po, kasi 30 divided by 0.5 is 60", "seventy"),
        ("70 kase 60 plus 10", "seventy"),
        ("25 kasi 50 divided by 2", "twenty_five"),
    ],
)
def test_a_reason_after_kasi_is_working(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "divide-by-half/ask", said) == branch


# -- an emoji inside another language still answers --------------------------------------------


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("Takbo na agad!! 🏃 tapos sigaw ng tulong", "run"),
        ("tatakbo ako syempre 🏃💨", "run"),
        # a branch's English word inside Tagalog is still set aside
        ("wala akong magagawa kundi run lang siguro", None),
    ],
)
def test_an_emoji_inside_another_language_still_answers(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "imagine-chase/ask", said) == branch
