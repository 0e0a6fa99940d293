"""Round twenty-seven's unification (branch unify27): one rule per overlap and word lists as
data, each behaviour pinned with real answers through the shipped corpus and lexicon and the
real matcher (no mocks)."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, Corpus, CorpusError, _matcher, parse_lexicon
from tests.support.understanding import LEXICON, explained, reached, units
from understanding.lexicon import Lexicon
from understanding.matcher import Branch, Matcher, _told_character
from understanding.text import HAN, clauses, fold


def lexicon_with(written: str, instead: str) -> Lexicon:
    """The shipped lexicon file with `written` (said once in it) written as `instead`, as a
    writer would change it: a rule reads its list from here, or this changes nothing."""
    text = DEFAULT_LEXICON.read_text(encoding="utf-8")
    assert text.count(written) == 1, written
    return parse_lexicon(text.replace(written, instead))


# -- one rule "answered, then doubted", said whole its named exception ------------------------
@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # said whole, then the catch asked in English: the answer stands
        ("shop-green-light/spell", "S.H.O.P. whats the catch", "spelled"),
        ("toast-toaster/repeat", "yeah I can. whats the catch", "agrees"),
        # trailing off into the doubt, or in Chinese, the doubt takes the answer back
        ("shop-green-light/spell", "shop… whats the catch", None),
        ("toast-toaster/repeat", "I can... whats the catch tho", None),
    ],
)
def test_an_answer_said_whole_then_doubted_is_one_rule(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_an_answer_trailing_off_into_a_doubt_is_torn_by_the_one_rule(corpus: Corpus) -> None:
    why = explained(corpus, "shop-green-light/spell", "shop… whats the catch")
    assert "(answered, then doubted)" in why, why


# -- Scots "no" as "not": one list of subjects, in the lexicon ----------------------------------
@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # a subject as the lexicon lists it, and as typed in its shorthand (yer, yere)
        ("am no the pig", ["im", "not", "the", "pig"]),
        ("yer no daft", ["youre", "not", "daft"]),
        ("yere nae a pig", ["youre", "not", "a", "pig"]),
        # "no" before a word of scots_not_before_en, after a word but an exclamation
        ("the whites no the yolk", ["the", "whites", "not", "the", "yolk"]),
        ("hell no the pig", ["hell", "no", "the", "pig"]),
    ],
)
def test_scots_no_reads_the_lexicons_lists(answer: str, read: list[str]) -> None:
    assert units(answer) == read


def test_scots_no_after_a_subject_reads_the_lexicons_subjects() -> None:
    unlisted = lexicon_with(", youll: youll}", "}")
    assert LEXICON.scots_no_pattern.search("youll no get me") is not None
    assert unlisted.scots_no_pattern.search("youll no get me") is None


def test_scots_no_before_a_word_reads_the_lexicons_words() -> None:
    unlisted = lexicon_with("scots_not_before_en: [the, ", "scots_not_before_en: [")
    assert LEXICON.scots_no_pattern.search("the whites no the yolk") is not None
    assert unlisted.scots_no_pattern.search("the whites no the yolk") is None


# -- the offer's closers: built once per lexicon ------------------------------------------------
def test_the_offers_closers_are_built_once_per_lexicon() -> None:
    assert LEXICON.anyway_closers is LEXICON.anyway_closers
    assert "吧" in LEXICON.anyway_closers and "!" in LEXICON.anyway_closers
    assert "、" in LEXICON.anyway_lead_closers and "、" not in LEXICON.anyway_closers


# -- a reason to stop of two characters or more, found as words ---------------------------------
@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # 离开车站 is 离开 + 车站 (no 开车: driving), 公开会议 公开 + 会议 (no 开会: a meeting),
        # 我要走路 我要 + 走路 (no 要走: leaving): the refusal alone, it sees through
        ("reverse-baba/baba", "不念，刚离开车站"),
        ("reverse-baba/baba", "不念，公开会议"),
        ("reverse-baba/baba", "不读，我要走路"),
    ],
)
def test_a_reason_across_two_words_is_no_reason_to_stop(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) == "sees_through"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # said as a word, the reason still stops the game (no trick seen)
        ("reverse-baba/baba", "不念，在开车"),
        ("reverse-baba/baba", "不念，要开会"),
        ("reverse-baba/baba", "不念，我要走了"),
        ("reverse-baba/baba", "不读，手好痛"),
    ],
)
def test_a_reason_of_its_own_words_still_stops_the_game(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) is None


# -- word lists as data: each read from the lexicon, never from a copy in the code -------------
WEIGHT = [
    Branch("denies", ("没胖",), intents=("no",)),
    Branch("admits", ("胖了",), intents=("yes",)),
]


def test_if_not_then_dont_reads_the_lexicons_orders() -> None:
    said = "不想就不要"  # (the other rules read most such answers as no denial too)
    shipped = Matcher(WEIGHT, ("你是不是最近胖了？",), lexicon=LEXICON)
    assert shipped.match(said).branch_id is None  # told off: no denial
    unlisted = lexicon_with("then_dont_zh: [就别, 就不要, 就不用]", "then_dont_zh: [就别, 就不用]")
    matcher = Matcher(WEIGHT, ("你是不是最近胖了？",), lexicon=unlisted)
    assert matcher.match(said).branch_id == "denies"


def test_an_order_not_to_opens_with_its_then() -> None:
    with pytest.raises(CorpusError, match="must open with 就"):
        lexicon_with("then_dont_zh: [就别, 就不要, 就不用]", "then_dont_zh: [就别, 不要]")


def test_a_pronoun_asked_back_is_the_lexicons() -> None:
    # (no routine's answer turns on it alone today: the other rules read 是要我说你吗 alike)
    said, kinds = ["你"], [HAN]
    told = frozenset({"你和"})  # you-and-pig's lines hold 你 in a word
    assert not _told_character(said, kinds, told, LEXICON)
    unlisted = lexicon_with('pronouns_zh: "我你他她它您"', 'pronouns_zh: "我他她它您"')
    assert _told_character(said, kinds, told, unlisted)


THOUGHTS = [Branch("claims", ("知道", "猜得到")), Branch("dont_know", intents=("dont_know",))]


def test_all_you_know_is_reads_the_lexicons_only_words() -> None:
    said = "想打游戏吧 你光晓得玩"
    shipped = Matcher(THOUGHTS, ("你知道我在想什么吗？",), lexicon=LEXICON)
    assert shipped.match(said).branch_id != "claims"
    unlisted = lexicon_with('only_adverbs_zh: "就只光净"', 'only_adverbs_zh: "就只净"')
    matcher = Matcher(THOUGHTS, ("你知道我在想什么吗？",), lexicon=unlisted)
    assert matcher.match(said).branch_id == "claims"


def units_with(lexicon: Lexicon, text: str) -> list[str]:
    """`text`'s units as `units` reads them, by `lexicon`."""
    return [t for texts, _ in clauses(fold(text, lexicon), lexicon) for t in texts]


def test_singlish_never_reads_the_lexicons_things() -> None:
    assert units("door never lock") == ["door", "didnt", "lock"]
    unlisted = lexicon_with("singlish_never_subjects_en: [door, ", "singlish_never_subjects_en: [")
    assert units_with(unlisted, "door never lock") == ["door", "never", "lock"]


def test_singlish_one_reads_the_lexicons_tails() -> None:
    assert units("sure reach 28 one lor") == ["sure", "reach", "28", "lor"]
    unlisted = lexicon_with("singlish_tails_en: [lah, leh, lor]", "singlish_tails_en: [lah, leh]")
    assert units_with(unlisted, "sure reach 28 one lor") == ["sure", "reach", "28", "one", "lor"]


def test_scots_ma_reads_the_lexicons_parents() -> None:
    assert units("ma maw says no") == ["my", "maw", "says", "no"]
    unlisted = lexicon_with("scots_ma_nouns_en: [da, maw, ", "scots_ma_nouns_en: [da, ")
    assert units_with(unlisted, "ma maw says no") == ["ma", "maw", "says", "no"]


def test_said_of_the_askers_reads_the_lexicons_things(corpus: Corpus) -> None:
    state = corpus.routines["joke-yolk"].states["repeat"]
    said = "this quiz is a joke mate"
    unlisted = lexicon_with("quiz, question, riddle, prank, chat", "question, riddle, prank, chat")
    for lexicon, branch in ((LEXICON, None), (unlisted, "said_it")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


def test_the_other_one_described_reads_the_lexicons_you(corpus: Corpus) -> None:
    state = corpus.routines["toast-toaster"].states["ask"]
    said = "bread ya numpty. toast is after"  # (ya folds to you first)
    unlisted = lexicon_with("you_before_a_name_en: [you, ya, ", "you_before_a_name_en: [ya, ")
    for lexicon, branch in ((LEXICON, "bread"), (unlisted, None)):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


def test_an_amount_not_a_yes_reads_the_lexicons_amounts(corpus: Corpus) -> None:
    state = corpus.routines["silent-love"].states["ask"]
    said = "its 2 grand"
    unlisted = lexicon_with("amount_words_en: [grand]", "amount_words_en: [thousand]")
    for lexicon, branch in ((LEXICON, None), (unlisted, "yes")):
        matcher = _matcher(state.say, state.answers, lexicon, give_away=state.give_away)
        assert matcher.match(said).branch_id == branch, lexicon is LEXICON


FOLLOW = [
    Branch("typed", ("你是",), lands=True),
    Branch("refuses", ("不跟", "不打", "不说")),
    Branch("knew", intents=("trick",)),
]


def test_going_on_would_land_it_reads_the_lexicons_verbs() -> None:
    said = "不说 再说我就成你儿子了吧"
    shipped = Matcher(FOLLOW, ("跟我打：你是",), lexicon=LEXICON)
    assert shipped.match(said).branch_id == "knew"
    unlisted = lexicon_with('becoming_verbs_zh: "叫喊成当变做"', 'becoming_verbs_zh: "叫喊当变做"')
    matcher = Matcher(FOLLOW, ("跟我打：你是",), lexicon=unlisted)
    assert matcher.match(said).branch_id == "refuses"
