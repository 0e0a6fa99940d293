"""Round twenty-six's Traditional Chinese verdicts (branch verdicts26hant): Taiwan Hokkien and Hong
Kong Cantonese by kind, each pinned with fresh answers of the kind (not the tuning sets' rows)
beside neighbours it must not change. The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- (a) rule "why ask, and a reason not to answer" ------------------------------------------------
# (問這創啥 查某人的歲數毋通問 and 考這創啥 阮無讀冊 were read as a why no branch takes)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("zodiac-belong/ask", "問這幹嘛 女人的年紀不要問", "refuses"),
        ("zodiac-belong/ask", "问这个干什么 别问", "refuses"),
        ("i-love-you-english/wo", "考這個幹嘛 我沒讀過書", "refuses"),
        ("i-love-you-english/wo", "考這創啥 阮無讀冊啦", "refuses"),
    ],
)
def test_a_why_ask_with_a_reason_not_to_answer_refuses(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("zodiac-belong/ask", "你問這個幹嘛"),  # the why-ask alone waits
        ("zodiac-belong/ask", "你問嚟做咩 查戶口?"),  # a guess at the reason: no refusal
        ("play-water/ask", "你問這個幹嘛 我沒空"),  # a refusal only stood in for (refuse: no)
    ],
)
def test_a_why_ask_without_a_reason_or_an_own_refusal_takes_nothing(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


# -- (b) rule "none of what is asked" ----------------------------------------------------------
# (冇分別啩, 冇缺點呀 你咁完美 were set aside as agreeing with the question's aside)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("you-and-pig/ask", "冇分別囉"),
        ("my-flaw/ask", "冇缺點囉"),
        ("my-flaw/ask", "沒有缺點啊 你很完美"),
    ],
)
def test_a_no_of_the_thing_asked_what_of_says_no(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) == "says_no"


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("my-flaw/ask", "你冇缺點", None),  # someone before it: praise, no answer
        ("my-flaw/ask", "你沒有缺點啦", None),
        ("my-flaw/ask", "冇缺點？", None),  # asked back: the question echoed
        ("you-and-pig/ask", "冇分別？你想我講冇分別啫", "saw_through"),
    ],
)
def test_a_no_of_the_thing_with_someone_or_asked_back_stays_aside(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (c) Taiwan Hokkien and Cantonese as typed (lexicon data) ------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        # 水: suí, pretty, after Hokkien's own degree words (review26: not 真水 or 很水, Mandarin's
        # "padded, second-rate" too: tests/test_review26.py)
        ("compliment-game/ask", "你足水", "compliment"),
        ("compliment-game/ask", "你比明星閣較水", "compliment"),
        ("guess-my-thoughts/guess", "想欲食火鍋", "guesses_thing"),
        ("guess-my-age/ask", "我猜無", "dont_know"),  # V無 closing its clause
        ("lost-deer/ask", "兔仔啦", "other_animal"),  # the diminutive 仔
        ("lost-deer/ask", "猴仔囉", "other_animal"),
        ("forget-pig/ask", "林北是人啦", "deny"),  # the brag for I
        ("forget-pig/ask", "恁祖媽毋是豬", "deny"),
        ("i-love-you-english/whole", "哎拉夫你", "fell"),  # "I love you" by sound
        ("follow-me-baba/first", "lei hai", "typed"),  # romanised Cantonese
        ("monkey-name/ask", "syun ng hung", "sun_wukong"),
        ("you-and-pig/ask", "豬有四肢跤", "answers_directly"),  # 肢: legs counted
        ("you-and-pig/explain", "我有兩肢跤 豬四肢", "explains"),
        ("elephant-fridge/giraffe", "啊災 你講啦", "dont_know"),  # 阿災 typed with 啊
    ],
)
def test_hokkien_and_cantonese_as_typed_reach_their_branch(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("lost-deer/ask", "牛仔褲", None),  # jeans, no animal
        ("one-and-three/ask", "梗係唔係二啦", None),  # "of course not two": no two
        ("one-and-three/ask", "梗係二啦", "two"),
    ],
)
def test_their_neighbours_keep_their_reading(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (d) "I know what you're playing at": the trick seen in one's own words -----------------------


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("monkey-name/ask", "孫悟空 我知你玩乜", "saw_through"),
        ("forget-pig/ask", "豬？我知你玩咩", "saw_through"),
        ("follow-me-baba/third", "唔打 知你搞乜", "sees_through"),
        # "how would I know": no claim of knowing
        ("guess-my-thoughts/ask", "我點知你諗咩", "dont_know"),
        ("dad-in-english/dad", "唔講，點知你又玩咩", "refuses"),
    ],
)
def test_knowing_what_the_asker_plays_at_sees_through(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected
