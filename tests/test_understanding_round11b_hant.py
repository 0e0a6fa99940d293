"""Round eleven's Kwun Tong foreman (hkw17, rough Cantonese by handwriting input) tuned on
(rules18hant), by kind: handwriting slips of a like shape folded as a class (晤 for 唔, 己 for 已,
末 for 未, 黎 for 嚟); "X is no good" (英文唔好) not read as "don't"; the trick named in
Cantonese (你估我唔知, 老到掉牙, 細個聽過, 想做我老母). Each said in words written for this file,
not the writer's sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- handwriting slips as a class: 晤 for 唔 ----------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("play-water/ask", "晤想玩 凍到震", "no"),
        ("play-water/ask", "晤鍾意囉 濕晒身", "no"),
    ],
)
def test_a_slipped_negator_still_negates(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected


def test_the_slip_the_other_way_keeps_the_name(corpus: Corpus) -> None:
    assert reached(corpus, "monkey-name/ask", "孫晤空囉") == "sun_wukong"


# -- "X is no good" is no "don't" ----------------------------------------------------------


@pytest.mark.parametrize("said", ["佢英文唔好 唔識", "我英文唔好"])
def test_english_no_good_is_no_refusal(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "i-love-you-english/wo", said) is None


# -- the trick named in Cantonese ---------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("elephant-fridge/river", "你估我唔知咩 冇鱷魚啦"),
        ("my-flaw/ask", "你估我唔知咩"),
        ("birds-on-tree/ask", "老到掉牙 唔答"),
        ("mama-song/ask", "又想做我老母 唔得"),
    ],
)
def test_the_trick_named_in_cantonese(corpus: Corpus, where: str, said: str) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state]
    match = found.understand(said)
    assert match.branch_id is not None
    answer = found.answers[match.branch] if match.branch is not None else None
    assert answer is None or answer.saw_through or "trick" in answer.intents


def test_heard_as_a_kid_claims_the_routine_known(corpus: Corpus) -> None:
    # the trick word is heard beside the branch's own words
    explained = corpus.routines["birds-on-tree"].states["ask"].understand("我細個聽過呢條 冇晒啦")
    assert "细个听过" in explained.explain()


# -- rule "one's own, then a story": my dad, my wife, the subject of a sentence ------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("follow-me-baba/third", "我爸爸上個月入咗醫院"),
        ("follow-me-baba/third", "阮爸爸早就過身矣"),
        ("lost-deer/ask", "我老公今朝又行錯路"),
    ],
)
def test_ones_own_kin_in_a_story_answers_nothing(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("follow-me-baba/third", "我爸爸", "fell"),
        ("you-and-pig/explain", "我瘦過豬啦", "explains"),  # not kin: my own looks answer
    ],
)
def test_ones_own_kin_alone_still_answers(
    corpus: Corpus, where: str, said: str, expected: str
) -> None:
    assert reached(corpus, where, said) == expected


# -- rule "the same routine again" reaches the move (嗰招, 這招) -----------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dad-in-english/dad", "又係叫爸爸嗰招"),
        ("fool-in-english/ask", "又係講傻瓜嗰招 唔玩"),
    ],
)
def test_the_same_move_again_names_the_trick(corpus: Corpus, where: str, said: str) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state]
    match = found.understand(said)
    assert match.branch is not None
    answer = found.answers[match.branch]
    assert answer.saw_through or "trick" in answer.intents


# -- rule "owning a thing": 我的 running on into the thing it owns --------------------------


@pytest.mark.parametrize("said", ["我嘅手機呢 頭先仲喺度", "我的鎖匙去咗邊"])
def test_my_thing_is_no_word_typed(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "follow-me-baba/second", said) is None


# (我的跟上了 answered "跟上了吗？", which the second line no longer asks: round 18)
@pytest.mark.parametrize("said", ["我嘅 跟到", "我的 打了", "我嘅啦"])
def test_my_typed_alone_still_answers(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "follow-me-baba/second", said) == "typed"


# -- the trick named: counting on it, told not to; waiting for the call -----------------


def _sees(corpus: Corpus, where: str, said: str) -> bool:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state]
    match = found.understand(said)
    if match.branch is None:
        return match.branch_id is not None  # the give-away
    answer = found.answers[match.branch]
    return answer.saw_through or "trick" in answer.intents


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("dad-in-english/grandpa", "唔好諗住我會叫你grandpa"),
        ("dad-in-english/dad", "你仲等緊我叫你daddy呀"),
        ("dad-in-english/dad", "唔講 你就係等我叫你dad"),
        ("i-love-you-english/whole", "我唔會跌㗎 你慢慢等"),
    ],
)
def test_the_trick_named_around_the_word(corpus: Corpus, where: str, said: str) -> None:
    assert _sees(corpus, where, said)


def test_not_wanting_me_to_say_still_names_nothing(corpus: Corpus) -> None:
    # 不想我说 names no plan: the rule reaches only 想住/想着 (counting on it)
    routine = corpus.routines["dad-in-english"].states["dad"]
    assert "mention" not in routine.understand("你不想我說dad").explain()


# -- corpus: "I love you" read out by sound in Cantonese characters -------------------------


@pytest.mark.parametrize(
    ("where", "said", "expected"),
    [
        ("i-love-you-english/wo", "哀", "answered"),
        ("i-love-you-english/ai", "勒扶囉", "answered"),
        ("i-love-you-english/ni", "友 係咪", "answered"),
        ("i-love-you-english/whole", "挨喇扶友", "fell"),
        ("i-love-you-english/whole", "哀 拉扶 由 得未", "fell"),
    ],
)
def test_i_love_you_by_sound(corpus: Corpus, where: str, said: str, expected: str) -> None:
    assert reached(corpus, where, said) == expected


@pytest.mark.parametrize("said", ["哎 唔知", "哎呀 我唔識"])
def test_a_sigh_before_a_dont_know_is_no_i(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "i-love-you-english/wo", said) is None


# -- corpus: running to a place (走去, 跑去 + where) ----------------------------------------


@pytest.mark.parametrize("said", ["即刻走去便利店 搵人幫手", "跑到大街叫救命"])
def test_running_to_a_place_runs(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "imagine-chase/ask", said) == "run"
