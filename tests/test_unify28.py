"""Round twenty-eight's unification (branch unify28): word lists as data, each read from the
lexicon and never from a copy in the code, pinned with real answers through the shipped corpus
and lexicon and the real matcher (no mocks): the shipped lexicon reads the answer one way, the
same file with the one entry cut reads it the other."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus, _matcher
from tests.support.understanding import LEXICON, units
from tests.test_unify27 import lexicon_with, units_with
from understanding.matcher import Branch, Matcher


def test_scots_wan_reads_the_lexicons_words_before_it() -> None:
    assert units("ah ken this wan") == ["ah", "know", "this", "one"]
    unlisted = lexicon_with("scots_wan_after_en: [this, ", "scots_wan_after_en: [")
    assert units_with(unlisted, "ah ken this wan") == ["ah", "know", "this", "want"]


def test_scots_ma_reads_the_lexicons_words_before_it() -> None:
    assert units("in ma apprenticeship") == ["in", "my", "apprenticeship"]
    unlisted = lexicon_with("scots_ma_after_en: [in, ", "scots_ma_after_en: [")
    assert units_with(unlisted, "in ma apprenticeship") == ["in", "ma", "apprenticeship"]


def test_singlish_one_is_kept_after_the_lexicons_words() -> None:
    assert units("i take one lah") == ["i", "take", "one", "lah"]
    unlisted = lexicon_with("which, take, want, pick,", "which, want, pick,")
    assert units_with(unlisted, "i take one lah") == ["i", "take", "lah"]


@pytest.mark.parametrize(
    ("answer", "shipped", "aye_unlisted"),
    [
        # Scots "ye", Patois "yuh" and "ya" after a yes: a yes again, no "you"
        ("aye ye", ["aye", "ye"], ["aye", "you"]),
        ("aye yuh", ["aye", "yuh"], ["aye", "you"]),
        ("aye ya", ["aye", "ya"], ["aye", "you"]),
        # Scots "no" after a yes: still a no
        ("aye no the pig", ["aye", "no", "the", "pig"], ["aye", "not", "the", "pig"]),
    ],
)
def test_a_short_yes_is_the_lexicons(
    answer: str, shipped: list[str], aye_unlisted: list[str]
) -> None:
    assert units(answer) == shipped
    unlisted = lexicon_with(
        'short_yeses_en: [ye, "yes", yeah, ya, yea, aye,',
        'short_yeses_en: [ye, "yes", yeah, ya, yea,',
    )
    assert units_with(unlisted, answer) == aye_unlisted


@pytest.mark.parametrize(
    ("answer", "shipped", "nah_unlisted"),
    [
        # a subject after a no still opens its clause: its dropped copula taken back
        ("nah i aint biting", ["nah", "im", "not", "biting"], ["nah", "i", "aint", "biting"]),
        ("nah he a liar", ["nah", "hes", "a", "liar"], ["nah", "he", "a", "liar"]),
    ],
)
def test_a_short_no_is_the_lexicons(
    answer: str, shipped: list[str], nah_unlisted: list[str]
) -> None:
    assert units(answer) == shipped
    unlisted = lexicon_with("short_noes_en: [nah, ", "short_noes_en: [")
    assert units_with(unlisted, answer) == nah_unlisted


def test_a_marker_after_the_lexicons_surprise_is_no_marker(corpus: Corpus) -> None:
    state = corpus.routines["silent-love"].states["ask"]
    said = "yes no kidding"  # (yes, seriously: "no kidding" takes nothing back)
    unlisted = lexicon_with('r, "no", not, be]', "r, not, be]")
    for lexicon, branch in ((LEXICON, "yes"), (unlisted, None)):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


DOG = [Branch("calls_it", ("youre the dog",)), Branch("refuses", ("no",), intents=("no",))]


def test_an_article_after_the_lexicons_possessives_is_kept() -> None:
    said = "your dog"  # (not "youre the dog": the article after youre is no article dropped)
    shipped = Matcher(DOG, ("who is the dog?",), lexicon=LEXICON)
    assert shipped.match("youre the dog").branch_id == "calls_it"
    assert shipped.match(said).branch_id is None
    unlisted = lexicon_with("possessives_en: [your, youre, ", "possessives_en: [your, ")
    matcher = Matcher(DOG, ("who is the dog?",), lexicon=unlisted)
    assert matcher.match(said).branch_id == "calls_it"


NAMES = [Branch("said_it", ("boss",), lands=True), Branch("saw_through", intents=("trick",))]


def test_a_frame_defied_opens_with_the_lexicons_words() -> None:
    said = "you are not about to make me call you boss"
    shipped = Matcher(NAMES, ("call me boss",), lexicon=LEXICON)
    assert shipped.match(said).branch_id == "saw_through"
    unlisted = lexicon_with(
        "defying_frame_openers_en: [make, get, trick]", "defying_frame_openers_en: [get, trick]"
    )
    matcher = Matcher(NAMES, ("call me boss",), lexicon=unlisted)
    assert matcher.match(said).branch_id == "said_it"  # (not make: boss said, it lands)


def test_a_chinese_frame_defied_opens_with_the_lexicons_characters(corpus: Corpus) -> None:
    state = corpus.routines["reverse-baba"].states["baba"]
    said = "你别想着我叫爸爸"  # (don't count on me calling you dad: the trick named, defied)
    unlisted = lexicon_with(
        "defying_frame_openers_zh: [想住, 想着, 想著]", "defying_frame_openers_zh: [想住, 想著]"
    )
    for lexicon, branch in ((LEXICON, "sees_through"), (unlisted, None)):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


def test_a_correction_opens_past_the_lexicons_copulas(corpus: Corpus) -> None:
    state = corpus.routines["ten-knives"].states["ask"]
    said = "8 no wait its 10"  # (the 8 taken back by the 10 after "its")
    unlisted = lexicon_with("recount_copulas_en: [its, it, is]", "recount_copulas_en: [it, is]")
    for lexicon, branch in ((LEXICON, None), (unlisted, "eight")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


@pytest.mark.parametrize(
    ("said", "written", "cut"),
    [
        ("你脾气很差", 'possessors_zh: "你我他她它的"', 'possessors_zh: "我他她它的"'),
        ("你的脾气超差", 'possessors_zh: "你我他她它的"', 'possessors_zh: "你我他她它"'),
    ],
)
def test_a_flaw_after_the_lexicons_possessors_is_a_persons(
    corpus: Corpus, said: str, written: str, cut: str
) -> None:
    state = corpus.routines["my-flaw"].states["ask"]
    unlisted = lexicon_with(written, cut)
    for lexicon, branch in ((LEXICON, "names_flaw"), (unlisted, None)):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


def test_a_phrase_about_oneself_is_never_the_trick_turned_back(corpus: Corpus) -> None:
    state = corpus.routines["opposite-genius"].states["genius"]
    said = "you im stupid"  # ("im stupid" says it of oneself, whatever stands before it)
    unlisted = lexicon_with(
        "oneself_or_asker_openers: [我, 你, i, im, ", "oneself_or_asker_openers: [我, 你, i, "
    )
    for lexicon, branch in ((LEXICON, "fell"), (unlisted, "flips_it")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


@pytest.mark.parametrize(
    ("where", "said", "word"),
    [
        ("elephant-fridge/fridge", "不晓得，几步啊？", "几"),
        ("july-fourth-england/ask", "dunno tbh, do they?", "do"),
        ("elephant-fridge/fridge", "几步？不知道", "几"),  # (a question before the don't-know)
    ],
)
def test_a_question_back_beside_a_dont_know_reads_the_lexicons_words(
    corpus: Corpus, where: str, said: str, word: str
) -> None:
    routine, name = where.split("/")
    state = corpus.routines[routine].states[name]
    listed = "几, 哪个, 多少, 提示, 吗, 咩, 乜, 什么, do, does,"
    unlisted = lexicon_with(listed, listed.replace(f"{word}, ", "", 1))
    for lexicon, branch in ((LEXICON, "dont_know"), (unlisted, None)):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


# -- one test of a question back beside a don't-know, for the rules before and after it --------
@pytest.mark.parametrize("said", ["不晓得，哪种瓜？", "哪种瓜？不晓得"])
def test_both_dont_know_rules_read_one_question_back(corpus: Corpus, said: str) -> None:
    # a two-character word of mention_questions, added as a writer would, asks back on
    # either side of the don't-know (rules "a guess after a don't-know", "a guess, then unsure")
    state = corpus.routines["inedible-melon"].states["ask"]
    added = lexicon_with("  ano, sino, paano, alin\n]", "  ano, sino, paano, alin, 哪种\n]")
    for lexicon, branch in ((LEXICON, None), (added, "dont_know")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


def test_said_of_the_askers_reads_the_lexicons_yours(corpus: Corpus) -> None:
    state = corpus.routines["joke-yolk"].states["repeat"]
    said = "your life is a joke"  # (a remark on the asker's life, no repeating the joke)
    unlisted = lexicon_with("yours_en: [your, ur, yer, yuh]", "yours_en: [ur, yer, yuh]")
    for lexicon, branch in ((LEXICON, None), (unlisted, "said_it")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


@pytest.mark.parametrize(
    ("written", "cut"),
    [
        ("copulas_before_what_asked_last_en: [is, ", "copulas_before_what_asked_last_en: ["),
        ("what_asked_last_en: [what, ", "what_asked_last_en: ["),
    ],
)
def test_what_asked_last_reads_the_lexicons_words(corpus: Corpus, written: str, cut: str) -> None:
    state = corpus.routines["spell-icup"].states["ask"]
    said = "icup is what word?"  # (Singlish: asks what icup is, spells nothing)
    unlisted = lexicon_with(written, cut)
    for lexicon, branch in ((LEXICON, None), (unlisted, "spelled")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON
