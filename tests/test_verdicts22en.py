"""Round twenty-two's English kinds (verdicts22en), from round twenty-one's final set
(content/eval/tuning/round21_final/README.md, "What went wrong, by kind"), its dev set and round
twenty-two's tuning writers: working shown without a result (a sum still being worked is no
answer yet), a tag asking agreement ("…, right?") is no yes, seeing through in one's own words
(an old chestnut, told that one), don't-knows outside the lists, "ya" for you before never and
its kin, and a slip seen in a mild oath ("oh shoot") as a self-correction. Every answer here was
written for this file, not copied from the eval rows, in varied English (British, Irish,
Scottish, American, Indian, African, Caribbean, Australian); each kind has answers it must not
change beside it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold

# -- a sum still being worked is no answer yet ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "2 times 3 times 1... hang on",
        "2 x 3 x 1... lemme get my calculator",
        "3 x 2 x 1… hold on",
        "2*3*1... one sec",
        "two times three times one... um",
        "2 times 3 times 1 = erm hold on",
        "3*2*1 .. wait",
        "2x3x1... carry the... uh",
    ],
)
def test_a_sum_trailing_off_reads_no_number(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "hole-dirt/ask", said) != "six"


@pytest.mark.parametrize(
    "said",
    [
        "2 times 3 times 1... lemme get my calculator",
        "2 x 3 x 1… need a calculator for this one",
        "3*2*1... let me calculate",
        "2 x 3 x 1... hang on, let me work it out",
        "length times width times depth, hang on let me work it out",
        "two by three by one... wait let me get the calculator out",
    ],
)
def test_working_it_out_at_the_hole_calculates(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "hole-dirt/ask", said) == "calculates"


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        # a result of its own, or said after the trailing off: the answer
        ("2x3x1 = 6", "six"),
        ("2x3x1=6...", "six"),
        ("2x3x1... 6", "six"),
        ("2 x 3 x 1... so 6 cubic metres", "six"),
        ("2*3*1 so 6m3", "six"),
        ("6", "six"),
    ],
)
def test_a_sum_with_its_result_still_answers(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "hole-dirt/ask", said) == branch


def test_a_finished_sum_is_worked_out_and_an_unfinished_one_written_out() -> None:
    assert fold("2x3x1 = 6", LEXICON) == "6"
    assert fold("2x3 so", LEXICON) == "6 so"
    # wp26: three factors with no result said are working, written out as trailing off is
    assert fold("2x3x1 so", LEXICON) == "2 times 3 times 1 so"
    assert fold("2x3x1... hang on", LEXICON) == "2 times 3 times 1... hang on"
    assert fold("10-2...", LEXICON) == "10 minus 2..."
    assert fold("8-10...", LEXICON) == "8-10..."  # a range stays as typed


# -- a tag asking agreement says no yes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "no. you never say it, right?", "no"),
        ("silent-love/ask", "nah mate, ya never once said it, yeah?", "no"),
        ("play-water/ask", "nah, its freezing out there, yeah?", "no"),
        ("pig-ran-away/ask", "it hid where the other two couldnt fit, right?", None),
        ("pig-ran-away/ask", "the farmer left the gate open for it, innit?", None),
        ("pig-ran-away/ask", "it was too slippery to catch, correct?", None),
    ],
)
def test_a_tag_asking_agreement_says_no_yes(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a yes alone before it, or a clause too short to agree with: a yes still
        ("pig-ran-away/ask", "yes, right?", "know"),
        ("pig-ran-away/ask", "i know, right?", "know"),
        ("play-water/ask", "yeah sure, why not?", "yes"),
        ("silent-love/ask", "right", "yes"),
    ],
)
def test_a_yes_beside_a_tag_keeps_its_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- seeing through in one's own words -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "oh this old chestnut again",
        "ah the old chestnut, me granda told it",
        "my dad used to tell that one every christmas",
        "my teacher told us this one in class 5",
        "that's an oldie, my nan had it",
        "been told this one loads of times bro",
        "seen this one on tiktok last week",
        "a golden oldie that, ya can't fool me",
    ],
)
def test_the_joke_known_in_ones_own_words_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "rooster-roof-egg/ask", said) == "saw_through"


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # news heard, not a joke met: the dictionary's gullible is heard of
        ("gullible-ceiling/dict", "yea i saw that on the news", "heard_it"),
        ("rooster-roof-egg/ask", "the left side", "picks_side"),
    ],
)
def test_news_seen_is_no_joke_known(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


# -- don't-knows outside the lists ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "haven't a bull's notion",
        "not a bulls notion like",
        "you've got me there",
        "God alone knows",
        "lord only knows mate",
        "heaven knows, not me",
    ],
)
def test_dont_knows_in_more_words(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "july-fourth-england/ask", said) == "dont_know"


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("july-fourth-england/ask", "course they do, every country has it", "says_yes"),
        ("july-fourth-england/ask", "no they don't", "says_no"),
    ],
)
def test_answers_beside_the_new_dont_knows_keep_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- "ya" for you before never, always, a past or negated verb ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "not really no, ya never say it",
        "nah ya always forget",
        "no, ya cant even say it",
        "nah, ya didnt mean it",
    ],
)
def test_ya_before_never_is_you_not_yes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "silent-love/ask", said) == "no"


@pytest.mark.parametrize("said", ["ya", "ya, always", "ya i did"])
def test_ya_alone_or_before_anything_else_is_still_yes(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "silent-love/ask", said) == "yes"


# -- a slip seen in a mild oath -----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "the candle... oh shoot, the match of course",
        "the lantern, oh crap, the match",
        "fireplace. oh snap, match first",
        "the oil lamp... oh dang, the match innit",
    ],
)
def test_a_slip_seen_takes_the_first_answer_back(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "dark-room-match/ask", said) == "match"


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("dark-room-match/ask", "oh shoot, the match", "match"),
        ("dark-room-match/ask", "the match, oh crap", "match"),
        ("dark-room-match/ask", "the candle", "picks_thing"),
    ],
)
def test_an_oath_after_the_only_answer_keeps_it(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


# -- a bare no, then nothing written or nothing there in one's own words -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no, nothing written",
        "Nah, nothing dey.",
        "nope nothing written up there",
        "naw, nothing on it",
        "no mate nothing deh",
        "no nothing dere",
    ],
)
def test_a_no_then_nothing_written_says_no(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "gullible-ceiling/ceiling", said) == "says_no"


@pytest.mark.parametrize(
    "said",
    [
        # nothing seen told alone, or beside the looking, or beside something seen: looked
        "nothing written",
        "i looked, nothing written",
        "no, nothing written but a stain",
        "nothing dey",
    ],
)
def test_nothing_written_alone_or_beside_looking_looked(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "gullible-ceiling/ceiling", said) == "looked"


# -- praise by comparison or understatement ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "your cooking is better than my mum's, don't tell her",
        "you type better than my nephew",
        "you're not the worst company I've had today",
        "ur not the worst bot ive met init",
        "you got good manners for a robot",
        "you've better manners than my teenagers",
        "ye chat better than half the lads at work",
        "your jokes are better than most of the uncles at the wedding",
    ],
)
def test_praise_by_comparison_or_understatement_compliments(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) == "compliment"


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        # a boast is no compliment, and a refusal none either
        ("i'm better than you", None),
        ("no thanks", None),
        ("then u say i got good taste right? nah", "saw_through"),
    ],
)
def test_a_boast_or_a_refusal_is_no_compliment(
    corpus: Corpus, said: str, branch: str | None
) -> None:
    assert reached(corpus, "compliment-game/ask", said) == branch


# -- a hedge the rules weighed is no doubt for the second opinion --------------------------------


def verdict_of(corpus: Corpus, where: str, said: str) -> str | None:
    """The branch the bot acts on at `where`: the rules' reading, with the second opinion's
    veto (learned from the shipped tuning sets)."""
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(said).branch_id


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("dog-into-woods/ask", "no clue bro, 3 km?", "guesses"),
        ("dog-into-woods/ask", "haven't a clue, a mile?", "guesses"),
        ("dog-into-woods/ask", "idk... 500 metres?", "guesses"),
        ("dog-into-woods/ask", "dunno o, 2 miles?", "guesses"),
        ("tallest-mountain/ask", "haven't a clue, ben nevis?", "other_peak"),
        ("tallest-mountain/ask", "no idea la, snowdon?", "other_peak"),
        ("tallest-mountain/ask", "idk... kilimanjaro?", "other_peak"),
    ],
)
def test_a_dont_know_before_a_guess_asked_is_no_doubt(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert verdict_of(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # a statement beside the don't-know may be its reason: the doubt stands
        ("electric-train/ask", "how would i know, no smoke there just the smell"),
        ("july-fourth-england/ask", "ion know, they don't like us like that"),
        # words after the guess may take it back
        ("favourite-god/ask", "猜不到，如来佛祖？算了不猜了"),
    ],
)
def test_a_dont_know_beside_a_statement_or_after_the_guess_still_doubts(
    corpus: Corpus, where: str, said: str
) -> None:
    assert verdict_of(corpus, where, said) is None


# -- the dishes in other Englishes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "this is about doing the pots innit",
        "ah i see, then i wash the plates",
        "lol yuh want me wash the wares",
        "haha and after that i'm washing the utensils na",
        "nice one, it ends with me doing the pots",
        "gonna have me washing the plates after, no chance",
    ],
)
def test_the_dishes_in_other_words_see_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "play-water/ask", said) == "saw_through"


@pytest.mark.parametrize(
    ("said", "branch"),
    [("yes please", "yes"), ("nah too cold", "no"), ("pots of fun, yes", "yes")],
)
def test_answers_beside_pots_keep_their_branch(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "play-water/ask", said) == branch


# -- one word asked alone opens the answer, it is no guess doubted -------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "honestly? no. you never text first", "no"),
        ("play-water/ask", "honestly? no. never liked it", "no"),
        ("silent-love/ask", "seriously? no. you never say anything nice", "no"),
        ("play-water/ask", "truthfully? no. far too cold", "no"),
        ("silent-love/ask", "honestly? yes. every day", "yes"),
    ],
)
def test_a_word_asked_alone_then_a_no_says_no(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # a guess asked, then doubted with a reason: the doubt answers nothing
        ("pig-ran-away/ask", "因为它胖？不对 胖的跑不动", None),
        ("pig-ran-away/ask", "因为它跑得快？不对啊 兔子更快", None),
    ],
)
def test_a_guess_asked_then_doubted_still_answers_nothing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the aim told with the generic you -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "the silk bit's just there to get you saying milk",
        "the whole silk thing gets you to say milk lol",
        "haha its one of those that makes people say milk",
        "ah the one that gets you sayin milk without thinking",
    ],
)
def test_the_aim_told_with_the_generic_you_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "silk-milk/ask", said) == "saw_through"


@pytest.mark.parametrize(("said", "branch"), [("water", "water"), ("milk", "milk")])
def test_an_answer_said_plainly_keeps_its_branch(corpus: Corpus, said: str, branch: str) -> None:
    assert reached(corpus, "silk-milk/ask", said) == branch
