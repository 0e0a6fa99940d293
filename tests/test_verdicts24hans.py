"""Round twenty-four's Simplified Chinese verdicts (branch verdicts24hans), read by kind from
round twenty-three's final and dev sets and tuning writers (content/eval/tuning/round23_final/,
round23_dev/, round23_writers/), each kind probed with answers of our own that a mainland writer
from anywhere might type, beside the sets' rows: the shipped corpus and lexicon through the real
matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Ningbo, Shaoxing and Wenzhou Wu write "not" 弗 (lexicon cantonese: 弗 is 不 as 勿 is)
        ("reverse-baba/love", "弗念 肉麻", "refuses"),  # round 23's final set (Ningbo)
        ("favourite-god/ask", "猜弗着", "dont_know"),  # round 23's final set (Ningbo)
        ("xiaoming-third-son/ask", "三毛…弗对 是小明！", "xiaoming"),  # a correction
        ("guess-my-thoughts/ask", "弗晓得 侬自家讲", "dont_know"),
        ("my-flaw/ask", "弗晓得呀", "dont_know"),
        ("follow-me-baba/first", "弗玩了 烦煞了", "refuses"),
        ("running-all-day/ask", "弗累 一点也弗累", "not_tired"),
        ("mama-song/ask", "记弗牢了 老早忘记了", "dont_know"),
        ("zodiac-belong/ask", "弗讲 私人问题", "refuses"),
        ("favourite-god/ask", "我啥也弗信", "atheist"),
        ("play-water/ask", "弗欢喜 水太冷", "no"),
        ("reverse-baba/love", "弗要 肉麻煞了", "refuses"),
        ("gained-weight/ask", "弗胖 我瘦来", "denies"),
    ],
)
def test_wu_fu_is_not(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    # 弗 in foreign names and the literary 无远弗届 is no "not"
    ["弗洛伊德", "弗吉尼亚", "杰弗里", "哈弗h6", "无远弗届"],
)
def test_fu_in_a_name_stays(answer: str) -> None:
    assert fold(answer, LEXICON) == answer


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # Wu's 伐 closing a question is 吗; 伐 of 砍伐 and the Shanghai 伐晓得 (不知道) keep theirs
        ("侬晓得伐", "你知道吗"),
        ("好伐", "好吗"),
        ("砍伐树木", "砍伐树木"),
        ("伐晓得", "不知道"),
    ],
)
def test_wu_fa_closing_a_question(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Southwest Mandarin's 不得 is "won't" after a subject or an adverb, or opening a clause
        # (lexicon wont_leads_zh): 不会
        ("one-and-three/ask", "你这题目有坑，我晓得，不得上当", "saw_through"),  # round 23 (Leshan)
        ("bark-for-you/ask", "莫叫莫叫，我又不得跟你计较", "no"),  # round 20's final set
        ("forget-pig/ask", "老把戏了，我才不得上当", "saw_through"),
        ("running-all-day/ask", "不得累 天天坐到打麻将", "not_tired"),
        ("follow-me-baba/first", "不得跟到你念", "refuses"),
        ("one-and-three/ask", "晓得你有坑 我不得上当", "saw_through"),
        # after a verb it is Mandarin's "cannot", and its own words keep theirs
        ("inedible-melon/ask", "哈密瓜 生的吃不得", "edible"),
        ("inedible-melon/ask", "冬瓜 生的冬瓜吃不得", "edible"),
        ("follow-me-baba/first", "不得行 不玩", "refuses"),
    ],
)
def test_southwest_bude_is_wont(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("我不得上当", "我不会上当"),
        ("不得说", "不会说"),
        ("我不得不说", "我不得不说"),
        ("舍不得", "舍不得"),
        ("了不得", "了不得"),
        ("我不得了了", "我不得了了"),
        ("他不得劲", "他不得劲"),
    ],
)
def test_bude_folds_only_as_wont(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the rhetorical "what's there to be tired about" (有什么好累的, lexicon
        # dismissed_states_zh) restates a no, as 累什么累 does: it is no 好累 (so tired)
        (
            "running-all-day/ask",
            "不累，退休了天天在家歇着，有什么好累的。",
            "not_tired",
        ),  # round 23
        ("running-all-day/ask", "有什么好累的", "not_tired"),
        ("running-all-day/ask", "有啥好累的 天天躺着", "not_tired"),
        ("running-all-day/ask", "没什么好累的，坐办公室而已", "not_tired"),
        ("running-all-day/ask", "这有啥好累的 我又没干活", "not_tired"),
        ("gained-weight/ask", "有什么好胖的 我一百斤", "denies"),
        ("gained-weight/ask", "胖？有啥好胖的，还是老样子", "denies"),
        # 好累 said, with no question word before it, is still tired
        ("running-all-day/ask", "累啊，今天好累的", "tired"),
        ("running-all-day/ask", "好累", "tired"),
    ],
)
def test_what_is_there_to_be_tired_about_is_not_tired(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # pinyin typed with its syllables apart (lexicon pinyin_syllables_zh, read only after
        # pinyin): bu zhi dao is 不知道
        ("dry-hair/ask", "bu zhi dao，侬讲好了", "dont_know"),  # round 14's final set (Shanghai)
        ("favourite-god/ask", "bu zhi dao", "dont_know"),
        ("favourite-god/ask", "bu zhi dao a", "dont_know"),
        ("dry-hair/ask", "bu zhi dao 你说", "dont_know"),
        ("my-flaw/ask", "bu zhi dao ne", "dont_know"),
        ("mama-song/ask", "wo bu zhi dao", "dont_know"),
        ("guess-my-thoughts/ask", "zhen bu zhi dao", "dont_know"),
        # alone a syllable is no pinyin: dao, zhi
        ("i-love-you-english/ai", "dao", None),
        ("favourite-god/ask", "zhi", None),
    ],
)
def test_pinyin_syllables_apart(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Wu praise (compliment's phrases; 邪气 before praise folds to 很 in the lexicon)
        ("compliment-game/ask", "侬老卵额 😂", "compliment"),  # round 23's final set (Ningbo)
        ("compliment-game/ask", "侬人蛮灵额，做事体清爽", "compliment"),  # round 20's (Shanghai)
        ("compliment-game/ask", "你老卵的", "compliment"),
        ("compliment-game/ask", "侬老崭额", "compliment"),
        ("compliment-game/ask", "侬蛮崭的", "compliment"),
        ("compliment-game/ask", "侬邪气聪明额", "compliment"),
        ("compliment-game/ask", "侬长得邪气漂亮", "compliment"),
        # 邪气 alone is Mandarin's "an evil air", no praise
        ("compliment-game/ask", "一身邪气", None),
    ],
)
def test_wu_praise(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # rule "counted anew": the first answer's words named again after a no with another
        # numeral before them put the count right, they are not denied
        ("you-and-pig/explain", "猪是两条腿 不对 四条腿 我两条腿", "explains"),  # round 23
        ("you-and-pig/explain", "猪两条腿 不对 四条腿 我两条", "explains"),  # round 7's final set
        ("you-and-pig/explain", "猪三条腿 不对 四条腿", "explains"),
        ("you-and-pig/explain", "猪是两只脚 不对 四只脚 我两只脚", "explains"),
        ("ten-knives/ask", "剩七把 不对 八把", "eight"),
        # the same words named again with no other number are still denied
        ("inedible-melon/ask", "西瓜？不对西瓜能吃", None),
        ("inedible-melon/ask", "西瓜 不对 西瓜能吃", None),
    ],
)
def test_counted_anew_after_a_no(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # plain mainland words: "thinking of eating X" (想着吃) is wanting to eat it (想吃)
        ("guess-my-thoughts/guess", "想着吃铁锅炖吧", "guesses_thing"),  # round 23 (Tangshan)
        ("guess-my-thoughts/guess", "想着吃烤鸭吧", "guesses_thing"),
        ("guess-my-thoughts/guess", "想着喝一杯", "guesses_thing"),
        ("guess-my-thoughts/guess", "是不是想着吃肉夹馍", "guesses_thing"),
        # 想着 a person keeps its own reading
        ("guess-my-thoughts/guess", "想着我吧", "guesses_me"),
    ],
)
def test_thinking_of_eating_is_wanting_to(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # seeing through in one's own words: the generation turned back (我还比你大) and "why
        # should I call you" (凭什么叫你) refuse to call the asker an elder, as 不叫 does
        (
            "guess-my-age/address",
            "叫啥叫 你比我大一辈 我还比你大两辈呢",
            "sees_through",
        ),  # round 23
        ("guess-my-age/address", "阿姨…哎不对，凭甚叫你", "sees_through"),  # round 23's writers
        ("guess-my-age/address", "叫哥 额比你大", "sees_through"),  # round 12's final set
        ("guess-my-age/address", "凭什么叫你", "sees_through"),
        ("guess-my-age/address", "我凭啥叫你叔叔", "sees_through"),
        ("guess-my-age/address", "我比你大 你叫我吧", "sees_through"),
        ("guess-my-age/address", "为什么要叫你 我们差不多大", "sees_through"),
        # an elder's name said is still the fall
        ("guess-my-age/address", "叔叔", "fell"),
        ("guess-my-age/address", "阿姨好", "fell"),
    ],
)
def test_the_generation_turned_back_sees_through(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the dialect negators as a class, beside 弗: Wu 覅 and 朆, Hakka and Min 毋, Fuzhou 伓,
        # read as 不 (没) in Simplified answers too, and Wu's 晓得伐 (a question) beside 弗晓得
        ("follow-me-baba/first", "覅玩 烦", "refuses"),
        ("silent-love/ask", "朆发现", "no"),
        ("my-flaw/ask", "毋知", "dont_know"),
        ("guess-my-thoughts/ask", "我毋知影", "dont_know"),
        ("running-all-day/ask", "伓累", "not_tired"),
        ("guess-my-thoughts/ask", "侬晓得伐 我弗晓得", "dont_know"),
        ("zodiac-belong/ask", "阿拉弗讲", "refuses"),
    ],
)
def test_dialect_negators_as_a_class(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch
