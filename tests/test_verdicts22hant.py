"""Round twenty-two's Traditional Chinese verdicts (branch verdicts22hant): Taiwan Mandarin with
Hokkien and Hakka, and Hong Kong Cantonese, by kind, each pinned with fresh answers of the kind
(not the tuning sets' rows) beside neighbours it must not change. The shipped corpus and lexicon,
through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- a no, then how would I know: the no answers, the don't-know after it says why ---------------
# (冇呀，我點知 and 沒有，𠊎又不會讀心術 reached dont_know: the bare no was set aside as said to a
# fuller answer, and the don't-know was that answer; writers since round fourteen label says_no)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("my-flaw/ask", "沒有欸，想不到"),
        ("guess-my-thoughts/ask", "沒，猜不到"),
        ("guess-my-thoughts/ask", "沒有 𠊎哪會知"),
        ("guess-my-thoughts/ask", "冇呀，諗唔到"),
    ],
)
def test_a_no_then_not_knowing_why_answers_no(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) == "says_no"


def test_a_no_then_not_knowing_why_is_read_no_and_a_doubted_one_goes_the_safe_way(
    corpus: Corpus,
) -> None:
    """The rule still reads 冇，我邊知你有咩缺點 a no; since round twenty-nine's tuning writers
    (a Siu Sai Wan writer labels 我點知你有咩缺點 dont_know) the second opinion doubts it
    (知你有, 知 lead to dont_know) and the verdict is the safe path: a miss, never the
    don't-know's punchline."""
    state = corpus.routines["my-flaw"].states["ask"]
    assert state.understand("冇，我邊知你有咩缺點").branch_id == "says_no"
    assert state.verdict("冇，我邊知你有咩缺點").branch_id is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("my-flaw/ask", "我點知", "dont_know"),
        ("my-flaw/ask", "不知道，沒有吧", "dont_know"),  # the don't-know first: it answers
        ("guess-my-thoughts/ask", "不知道 沒有頭緒", "dont_know"),
        # a no of knowing is the don't-know itself, not a no beside it
        ("guess-my-thoughts/ask", "唔知 我點會知", "dont_know"),
        ("guess-my-thoughts/ask", "母災啦 阮哪會知", "dont_know"),
        ("my-flaw/ask", "有啊，我不知道怎麼講", "dont_know"),
        ("guess-my-thoughts/ask", "沒有在想我吧", "says_no"),
    ],
)
def test_what_a_no_then_not_knowing_why_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- dialect words as lexicon data: Hokkien and Hakka, Taiwan's own, Cantonese -------------------
# (臭掉的西瓜 reached edible: 臭掉, Taiwan's "gone off", was not read and 西瓜 was; 懶屍, 累斃,
# 足巧, 叔仔, 台啤, 叄毛 and 邊知 were read as nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("inedible-melon/ask", "臭掉的瓜", "spoiled"),
        ("inedible-melon/ask", "歹去的西瓜", "spoiled"),  # Hokkien 歹去 (gone bad), not edible
        ("inedible-melon/ask", "放到臭掉的哈密瓜", "spoiled"),
        ("running-all-day/ask", "累斃了啦", "tired"),
        ("running-all-day/ask", "今天真的累斃", "tired"),
        ("my-flaw/guess", "懶屍啦", "names_flaw"),
        ("compliment-game/ask", "你足巧的", "compliment"),
        ("compliment-game/ask", "你蓋巧", "compliment"),
        ("guess-my-age/address", "叔仔啦", "fell"),
        ("want-drink/ask", "冰台啤", "names_drink"),
        ("xiaoming-third-son/ask", "叁毛吧", "sanmao"),
        ("elephant-fridge/meeting", "邊知呀", "dont_know"),
        ("my-flaw/ask", "邊知你有咩缺點", "dont_know"),
        # who knows what you're thinking: no 知你想 (I know what you're after)
        ("guess-my-thoughts/ask", "邊個知你諗咩", "dont_know"),
        ("inedible-melon/ask", "臭去的西瓜啦", "spoiled"),  # 臭去: gone off, not edible
        ("follow-me-baba/third", "拔拔啦", "fell"),
        ("fool-in-english/ask", "要我講我是傻瓜喔 袂想", "sees_through"),
        ("my-flaw/guess", "你好黐身", "names_flaw"),
    ],
)
def test_dialect_words_are_read(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("compliment-game/ask", "好巧喔", None),  # 巧 alone: what a coincidence
        ("running-all-day/ask", "不累", "not_tired"),
        ("inedible-melon/ask", "西瓜", "edible"),
        ("want-drink/ask", "啤酒", "names_drink"),
        ("guess-my-age/address", "阿叔仔", "fell"),
    ],
)
def test_what_the_dialect_words_do_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- nearly fooled, every way "nearly" is said: seen in time -------------------------------------
# (爸爸…啊 連起來是你是我的爸爸 差一點被你騙去 reached fell: 差点被你骗 and 差一点被骗 were listed,
# 差一点被你骗 was not)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("follow-me-baba/third", "爸爸 差一點被你騙", "sees_through"),
        ("follow-me-baba/third", "爸爸…欸 差一點就被你騙了", "sees_through"),
        ("dad-in-english/dad", "爹地…差一點就被你騙了", "sees_through"),
        ("ten-knives/ask", "八把…險些被你騙到", "saw_through"),
        ("forget-pig/ask", "我唔係豬…差啲俾你呃到", "saw_through"),
        ("follow-me-baba/third", "爸爸 哈 差一點中計", "sees_through"),
    ],
)
def test_nearly_fooled_sees_through(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("follow-me-baba/third", "爸爸", "fell"),
        ("ten-knives/ask", "八把", "eight"),
        ("forget-pig/ask", "我唔係豬", "deny"),
        ("ten-knives/ask", "差一點算錯 八把", None),
    ],
)
def test_what_nearly_fooled_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str | None
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- a choice asked back after a trailing-off: 兔子。。。還是鹿？ asks, it answers nothing -----------
# (me…定係my？ reached answered: the first side had no question mark of its own, and only a
# choice asked on both sides, or inside one clause, was read as asked)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("i-love-you-english/wo", "me…定係my？"),
        ("lost-deer/ask", "兔子。。。還是鹿？"),
        ("lost-deer/ask", "兔仔…定係馬？"),
        ("ten-knives/ask", "八把。。。還是九把？"),
        ("ten-knives/ask", "八把…定係七把？"),
    ],
)
def test_a_choice_asked_after_a_trailing_off_is_no_punchline(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("cow-tail/ask", "向南。。。還是向北？", "direction"),  # either side the same branch
        ("lost-deer/ask", "兔子…還是鹿？唔係，係麋鹿", "milu"),  # answered after the choice
        ("ten-knives/ask", "八把…還是九把？不對 八把", "eight"),
        ("lost-deer/ask", "兔子…不對，是麋鹿", "milu"),
        ("ten-knives/ask", "八把…", "eight"),
        ("capital-of-paris/france", "Paris... or F? ehn F", "letter_f"),
    ],
)
def test_what_a_choice_after_a_trailing_off_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- "how could I be": a no of being asked rhetorically --------------------------------------
# (我點會係豬 and 我怎麼可能是豬 were read as nothing: the branch's 我不是猪 is said that way too)


@pytest.mark.parametrize(
    "answer",
    ["我點會係豬", "我怎麼可能是豬", "我怎麼會是豬啦", "我哪會是豬", "我哪可能是豬啊"],
)
def test_how_could_i_be_a_pig_denies(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "forget-pig/ask", answer) == "deny"


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("forget-pig/ask", "我不是豬", "deny"),
        ("forget-pig/ask", "我才不是豬", "deny"),
        ("my-flaw/ask", "我怎麼會知道", "dont_know"),  # 我不 itself is no key of the variant
    ],
)
def test_what_how_could_i_be_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected
