"""Round twenty-six's unification (branch unify26): one rule per overlap and word lists as
data, each behaviour pinned with real answers through the shipped corpus and lexicon and the
real matcher (no mocks)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.content.corpus import (
    DEFAULT_LEXICON,
    Corpus,
    CorpusError,
    _matcher,
    load_corpus,
    parse_lexicon,
)
from tests.support.playground import played
from tests.support.understanding import LEXICON, explained, reached
from understanding.lexicon import Lexicon
from understanding.matcher import Branch, Matcher


def lexicon_with(written: str, instead: str) -> Lexicon:
    """The shipped lexicon file with `written` (said once in it) written as `instead`, as a
    writer would change it: a rule reads its list from here, or this changes nothing."""
    text = DEFAULT_LEXICON.read_text(encoding="utf-8")
    assert text.count(written) == 1, written
    return parse_lexicon(text.replace(written, instead))


# -- one rule for a refusal beside a reason to stop -------------------------------------------------
@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a refusal with a reason of its own" reads what verdicts25hant's rule of that name
        # read (a negated verb the corpus lists, 不打了, 不跟, not a word of the refuse intent)...
        ("follow-me-baba/third", "不打了 懒", None),
        ("follow-me-baba/third", "不跟哒 累哒", None),
        # ...and what wp25's "a refusal with a complaint" read (a word of the refuse intent,
        # 不告诉你 of four units, beside talk of nothing else: a why, an aside)...
        ("dad-in-english/grandpa", "不告诉你，好累", None),
        ("i-love-you-english/whole", "唔讀喇，老花，睇唔清", None),
        # ...and what neither read: a negated verb beside a why (连起来干嘛), 才不要 beside
        # its own 不要 (both saw through the trick)
        ("follow-me-baba/third", "连起来干嘛，不打了，烦", None),
        ("i-love-you-english/whole", "才不要，没空", None),
        # a state with a refusing branch takes the refusal there, whichever word refused
        ("reverse-baba/love", "不念 好烦", "refuses"),
        ("dad-in-english/dad", "不叫，好累", "refuses"),
        # alone, the refusal of the line sees nothing either (wp28); beside the trick named, or
        # a refusal of another act, it still sees through
        ("follow-me-baba/third", "不打了", None),
        ("dad-in-english/grandpa", "不告诉你", "sees_through"),
        ("reverse-baba/baba", "不念，烦，想占我便宜", "sees_through"),
    ],
)
def test_one_rule_reads_a_refusal_beside_a_reason_to_stop(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [("follow-me-baba/third", "不打了 懒"), ("reverse-baba/baba", "不念，好烦")],
)
def test_one_rule_names_itself(corpus: Corpus, where: str, answer: str) -> None:
    why = explained(corpus, where, answer)
    assert "a refusal with a reason of its own" in why
    assert "a refusal with a complaint" not in why


# -- reasons to stop found as words ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # a one-character reason inside an everyday word names no reason (帮忙 is help, not 忙
        # busy; 纳闷 wonders, not 闷 bored; 积累 gathers, not 累 tired): the bare refusal it is
        # sees through, as 不念 alone does
        ("reverse-baba/baba", "不念，找人帮忙吧"),
        ("reverse-baba/baba", "不念，我很纳闷"),
        ("reverse-baba/baba", "不读，积累经验"),
        # sleeping with someone is no going to sleep
        ("i-love-you-english/whole", "不念，你想跟我睡觉"),
    ],
)
def test_a_reason_inside_another_word_is_no_reason_to_stop(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) == "sees_through"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # ...a one-character reason said as a word still is one, after a degree word too
        ("reverse-baba/baba", "不念，好累"),
        ("reverse-baba/baba", "不读，很忙"),
        # ...and so are the everyday words that are reasons, listed whole
        ("reverse-baba/baba", "不读，好麻烦"),
        ("reverse-baba/baba", "不读，郁闷"),
        ("reverse-baba/baba", "不读，懒得"),
        # ...and going to sleep
        ("i-love-you-english/whole", "唔讀喇，我要瞓覺"),
    ],
)
def test_a_reason_said_as_a_word_still_stops_the_game(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) is None


# -- "you'd better not know" is no claim to know --------------------------------------------------
@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 最好能不知道 ("you'd better not know", a tease) and 希望能不知道 wish not to know: they
        # read as 你最好不知道 does, not as 这俺能不知道 ("could I not know?": of course I know)
        ("guess-my-thoughts/ask", "你最好能不知道", "dont_know"),
        ("you-and-pig/ask", "最好能不知道", "dont_know"),
        ("pig-ran-away/ask", "希望能不知道", "dont_know"),
        # ...the rhetorical "could I not know" still claims to know
        ("guess-my-thoughts/ask", "这俺能不知道", "claims_to_know"),
        ("pig-ran-away/ask", "知道啊，这俺能不知道", "know"),
    ],
)
def test_a_wish_not_to_know_claims_no_knowing(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- word lists as data: each read from the lexicon, never from a copy in the code -------------------
def test_the_r_not_sounded_reads_the_lexicons_endings() -> None:
    branches = [Branch("clothing", ("slippers", "shoes")), Branch("food", ("rice",))]
    shipped = Matcher(branches, ("what",), lexicon=LEXICON)
    assert shipped.match("da slippahs").branch_id == "clothing"
    unlisted = lexicon_with("r_less_endings_en: {ahs: ers, ", "r_less_endings_en: {")
    assert Matcher(branches, ("what",), lexicon=unlisted).match("da slippahs").branch_id is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # rule "a rhetorical where" (哪有 read again as 没有)
        ("favourite-god/ask", "你哪有信神啦 廟都沒去過", "atheist"),
        # rule "where is there" (a phrase on the 有 of 哪有 closing its clause, denied)
        ("silent-love/ask", "我哪有感覺", "no"),
    ],
)
def test_a_rhetorical_where_is_the_lexicons(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    routine, name = where.split("/")
    state = corpus.routines[routine].states[name]
    unlisted = lexicon_with("rhetorical_wheres_zh: {哪有: 没有}", "rhetorical_wheres_zh: {}")
    for lexicon, reads in ((LEXICON, True), (unlisted, False)):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert (matcher.match(answer).branch_id == branch) is reads, (answer, reads)


def test_a_rhetorical_where_is_two_characters_for_two() -> None:
    with pytest.raises(CorpusError, match="two characters each"):
        lexicon_with("rhetorical_wheres_zh: {哪有: 没有}", "rhetorical_wheres_zh: {哪有: 没}")


TEN_KNIVES_ASKED = "Someone throws ten knives at you"  # the routine offered, played


@pytest.mark.parametrize("typed", ["好、照玩", "好，照玩", "ok anyway!"])
def test_the_offer_taken_reads_the_lexicons_marks(
    corpus: Corpus, tmp_path: Path, typed: str
) -> None:
    shown = "\n".join(played(corpus, tmp_path, "/prank ten-knives", typed))
    assert TEN_KNIVES_ASKED in shown, shown


def test_a_listing_mark_closes_an_assent_by_the_lexicon(corpus: Corpus, tmp_path: Path) -> None:
    unlisted = lexicon_with('anyway_lead_marks: "、"', 'anyway_lead_marks: "；"')
    lines = played(replace(corpus, lexicon=unlisted), tmp_path, "/prank ten-knives", "好、照玩")
    assert TEN_KNIVES_ASKED not in "\n".join(lines), lines


def test_the_pun_spelt_out_reads_the_lexicons_equations(corpus: Corpus) -> None:
    said = "8即係爸爸"  # "8 is just 爸爸": the pun spelt out, seen through
    assert reached(corpus, "ten-knives/ask", said) == "saw_through"
    unlisted = lexicon_with("等于, 等於, 就係, 即係]", "等于, 等於, 就係]")
    other = load_corpus(corpus.source, lexicon=unlisted)
    assert reached(other, "ten-knives/ask", said) == "eight"


@pytest.mark.parametrize(("answer", "listed"), [("还剩巴把", True), ("巴把", False)])
def test_a_numeral_typed_by_its_sound_reads_the_lexicons_leads(
    corpus: Corpus, answer: str, listed: bool
) -> None:
    state = corpus.routines["ten-knives"].states["ask"]
    shipped = _matcher(state.say, state.answers, LEXICON, give_away=state.give_away)
    assert shipped.match(answer).branch_id == "eight"
    unlisted = lexicon_with("numeral_slip_leads_zh: [剩, 还剩,", "numeral_slip_leads_zh: [剩,")
    other = _matcher(state.say, state.answers, unlisted, give_away=state.give_away)
    # 还剩 unlisted: no lead any more; the slip opening its clause needs none
    assert (other.match(answer).branch_id == "eight") is not listed


def test_the_questions_number_or_another_reads_the_lexicons_or() -> None:
    branches = [
        Branch("twelve", ("all of them",), number="12"),
        Branch("one", number="1"),
        Branch("february", ("february", "feb", "二月")),
    ]
    question = ["Some months have 31 days, some 30. How many have 28 days?", "一年里几个月有28天？"]
    said = "12个，每个月都有28或者30天"  # "12, every month has 28 or 30 days"
    shipped = Matcher(branches, question, lexicon=LEXICON).match(said)
    assert shipped.branch_id == "twelve"
    assert "the question's number, or another" in shipped.explain()
    unlisted = lexicon_with("number_or_words: [or, 或, 或者, 还是]", "number_or_words: [or]")
    other = Matcher(branches, question, lexicon=unlisted).match(said)
    assert "the question's number, or another" not in other.explain()


def test_in_a_place_reads_the_lexicons_words_that_still_join() -> None:
    branches = [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))]
    question = ["Fancy a swim later?"]
    said = "im in mate"  # "count me in, mate": joins
    shipped = Matcher(branches, question, lexicon=LEXICON).match(said)
    assert shipped.branch_id == "yes", shipped.explain()
    unlisted = lexicon_with("also, tho, mate, man,", "also, tho, man,")
    other = Matcher(branches, question, lexicon=unlisted).match(said)
    assert other.branch_id is None, other.explain()  # "mate" read as a place, unlisted
