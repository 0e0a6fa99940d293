"""Review twelve's S5 (health13): the rules' word lists live in content/lexicon.yaml, one place
for a word. A writer's word added there reaches its rule; what is derived from a list (a
rule's gate, the worded sums' operators) agrees with it."""

from __future__ import annotations

import re

import pytest

from bot.content.corpus import DEFAULT_LEXICON, parse_lexicon
from tests.support.understanding import LEXICON
from understanding import text
from understanding.lexicon import FIELDS, Lexicon
from understanding.matcher import Branch, Matcher, _intent_keys, _shared

TEXT = DEFAULT_LEXICON.read_text(encoding="utf-8")

# the lists moved out of understanding/matcher.py, each read by its rule from the compiled
# shared lexicon (never from a copy in the code)
MOVED = (
    "mine_zh",
    "own_kin_zh",
    "mine_en",
    "there_is_en",
    "speaker_is_en",
    "at_en",
    "place_leads_en",
    "under_a_roof_en",
    "own_subjects_en",
    "experience_en",
    "own_means_en",
    "lifes_years_en",
    "not_homes_zh",
    "askers_own_zh",
    "keeps_a_no_zh",
    "keeps_not_even_zh",
    "keeps_a_thing_no_zh",
    "giving_up",
)


def with_words(name: str, words: str) -> Lexicon:
    """The shipped lexicon file with `words` written first into list `name`, as a writer would."""
    head = f"\n{name}: ["
    assert TEXT.count(head) == 1, name
    return parse_lexicon(TEXT.replace(head, head + words + ", "))


@pytest.mark.parametrize("name", MOVED)
def test_each_moved_list_is_the_lexicons(name: str) -> None:
    assert name in FIELDS
    assert getattr(LEXICON, name), name  # shipped with its words
    assert getattr(_shared(LEXICON), name) == getattr(LEXICON, name)


def test_a_kin_word_added_reaches_ones_own_story() -> None:
    branches = [Branch("uncle", ("舅舅", "叔叔")), Branch("aunt", ("阿姨", "姑姑"))]
    said = "我舅舅上个月去了北京"  # my uncle went to Beijing last month: a story
    assert Matcher(branches, ("谁",), lexicon=LEXICON).match(said).branch_id == "uncle"
    added = with_words("own_kin_zh", "舅舅")
    assert Matcher(branches, ("谁",), lexicon=added).match(said).branch_id is None
    # the kin word alone, or closing its clause, still answers
    for alone in ("我舅舅", "舅舅", "我舅舅啦"):
        assert Matcher(branches, ("谁",), lexicon=added).match(alone).branch_id == "uncle"


def test_a_roof_added_reaches_the_premise_denied() -> None:
    branches = [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))]
    question = ("can", "you", "see", "your", "ceiling")
    said = "im in my tent, theres no ceiling"
    assert Matcher(branches, question, lexicon=LEXICON).match(said).branch_id is None
    added = with_words("under_a_roof_en", "tent")
    assert Matcher(branches, question, lexicon=added).match(said).branch_id == "no"
    # somewhere with no roof still denies the premise
    on_the_bus = "im on the bus, theres no ceiling"
    assert Matcher(branches, question, lexicon=added).match(on_the_bus).branch_id is None


def test_the_plain_nos_are_the_no_intents_chinese_words() -> None:
    # rule "a no of another verb": a branch's phrase that is a no word (没有) is read as one;
    # the list it replaced (没有, 没, 无, 没得) is held, 没得 by its fold to 没有
    nos = _shared(LEXICON).plain_nos_zh
    assert nos == {k for k in _intent_keys(LEXICON, "no") if not k.isascii()}
    assert {"没有", "没", "无"} <= nos
    assert LEXICON.cantonese["没得"] == "没有"


def test_the_degree_words_are_written_in_degree_zh() -> None:
    # review13 S4: degree_zh says what the matcher reads (no union at load); the describing
    # words 很太真挺蛮 are in it, 超 and 足 not (不足九只, 不超八把 negate no number)
    written = re.search(r'^degree_zh: "(.*)"$', TEXT, re.M)
    assert written is not None
    assert set(written.group(1)) == LEXICON.degree_zh
    assert set("很太真挺蛮") <= LEXICON.degree_zh
    assert not set("超足") & LEXICON.degree_zh


def test_the_worded_sums_operators_agree_with_the_lexicon() -> None:
    # the operators "working in words" reads are the lexicon's (operators_zh, operators_en;
    # "take away" is two words, and "take" alone no operator)
    assert {k[0] for k in text._CN_OPERATORS} == LEXICON.operators_zh
    firsts = {k.split()[0] for k in text._EN_OPERATORS}
    assert firsts - {"take"} <= LEXICON.operators_en
    # the hint's words are the operators' (their first word, or "take away" whole)
    assert set(text._WORDED_SUM_WORDS) == {k.removesuffix(" by") for k in text._EN_OPERATORS}
    # and its scan finds each operator, and every answer a regex of them finds
    pattern = "|".join(map(re.escape, (*text._CN_OPERATORS, *text._WORDED_SUM_WORDS)))
    for said in (*text._CN_OPERATORS, *text._EN_OPERATORS, "八把", "take", "divide", "mult"):
        assert text._worded_sum_hint(said) == bool(re.search(pattern, said)), said
