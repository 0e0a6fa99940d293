"""Round nineteen's Traditional Chinese verdicts (branch verdicts19hant): Taiwan Mandarin with
Hokkien and zhuyin, and Hong Kong Cantonese, worked by kind rather than by the rows of round
eighteen's final set (content/eval/tuning/round18_final/): each kind pinned on fresh answers
written for it (none from a tuning set) through the shipped corpus, lexicon and real matcher,
with answers each change must leave as they were."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from bot.content.reading import asks_back
from understanding.text import fold


def reached(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(answer).branch_id


# -- a double negative says yes (又唔係唔鍾意: it is not that I don't like it) ----------------


@pytest.mark.parametrize(
    "answer",
    [
        "唔係唔鍾意 係怕曬黑",
        "又唔係唔鍾意嘅 不過冇時間",
        "並唔係唔鍾意",
        "唔係唔好玩 不過好攰",
        "冇唔鍾意喎",
        "也沒有不喜歡啦",
        "不會不喜歡啊",
        "哪有人不喜歡玩水",
        "邊有人唔鍾意玩水㗎",
        "唔係唔鍾意囉 鍾意㗎",
    ],
)
def test_a_double_negative_is_a_yes(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) == "yes"


@pytest.mark.parametrize("answer", ["唔係冇興趣 係冇時間", "不是沒有興趣啦", "唔係冇心機玩"])
def test_not_that_there_is_none_is_no_no(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) != "no"


@pytest.mark.parametrize(
    "answer", ["唔鍾意", "不喜歡", "唔係好鍾意", "係唔係唔鍾意", "有沒有不喜歡都沒差"]
)
def test_one_negative_or_a_question_of_one_is_no_double_negative(
    corpus: Corpus, answer: str
) -> None:
    assert reached(corpus, "play-water/ask", answer) in ("no", None)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("houyi-moon/ask", "月亮…唔係唔係 太陽！", "sun"),
        ("houyi-moon/ask", "月亮…不是不是 是太陽", "sun"),
        ("ten-knives/ask", "七把 唔係唔係 八把", "eight"),
    ],
)
def test_a_no_said_twice_is_a_self_correction_not_a_double_negative(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- Cantonese 好 (very) between a negator and its word: 唔係好好玩 is "not much fun" ----------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("play-water/ask", "唔係好好玩", "no"),
        ("play-water/ask", "冇好鍾意囉", "no"),
        ("play-water/ask", "不是好喜歡", "no"),
        ("running-all-day/ask", "唔係好累啫", "not_tired"),
        ("play-water/ask", "好好玩", "yes"),
        ("play-water/ask", "好鍾意呀", "yes"),
        ("running-all-day/ask", "好攰呀", "tired"),
    ],
)
def test_very_between_a_negator_and_its_word_is_still_negated(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- Cantonese typed in Latin letters (m hai, hai, mou, m ji) --------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("play-water/ask", "hai ah", "yes"),
        ("play-water/ask", "hai lor", "yes"),
        ("play-water/ask", "m hai wor", "no"),
        ("play-water/ask", "mm hai ah", "no"),
        ("play-water/ask", "m jung yi", "no"),
        ("play-water/ask", "m hai 幾鍾意", "no"),
        ("play-water/ask", "m hai好好玩", "no"),
        ("bark-for-you/ask", "m sai la", "no"),
        ("bark-for-you/ask", "m oi", "no"),
        ("bark-for-you/ask", "mou la", "no"),
        ("pig-ran-away/ask", "mou idea ah", "dont_know"),
        ("pig-ran-away/ask", "m chi", "dont_know"),
        ("pig-ran-away/ask", "m ji dou", "dont_know"),
    ],
)
def test_romanised_cantonese_yes_no_and_dont_know(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a held-down moo is the cow's, not a "mo" (no "mo" was added for mo idea)
        ("interrupting-cow/knock", "MOOOO", "saw_through"),
        ("interrupting-cow/cow", "mooooo", "moo_first"),
        # "hai" counts only alone: in a longer English line it is some other word
        ("play-water/ask", "hai there, I hate getting wet", "no"),
    ],
)
def test_romanised_words_leave_other_words_alone(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- "anything goes" answers, it asks nothing back (做乜都得) ---------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "做乜都得",
        "做咩都得啦",
        "乜嘢都得",
        "你想點都得",
        "點樣都得 你鍾意啦",
        "幹嘛都可以",
        "怎樣都行啦",
        "什麼都無所謂",
        "咩都ok",
    ],
)
def test_anything_goes_is_no_question_back(corpus: Corpus, answer: str) -> None:
    state = corpus.routines["bark-for-you"].states["ask"]
    assert not asks_back(state, answer)
    assert state.verdict(answer).branch_id is None


@pytest.mark.parametrize("answer", ["你問呢啲做乜", "做乜問我", "你干嘛也不說", "你做乜都唔出聲"])
def test_a_why_without_consent_after_it_still_asks_back(corpus: Corpus, answer: str) -> None:
    assert asks_back(corpus.routines["bark-for-you"].states["ask"], answer)


@pytest.mark.parametrize("answer", ["你乜都好", "你什麼都好", "你好叻 乜都識"])
def test_good_at_everything_is_no_anything_goes(corpus: Corpus, answer: str) -> None:
    state = corpus.routines["compliment-game"].states["ask"]
    assert "随便" not in fold(answer, state.matcher.lexicon)


# -- an adverb holding 一 is no count (我一早知: I knew long ago) -----------------------------


@pytest.mark.parametrize(
    "answer",
    ["呢條好老啦 我一早知", "我一路都知㗎啦", "一眼睇穿啦", "一整個很無言", "一大早問這個"],
)
def test_an_adverb_holding_one_is_no_count(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "birds-on-tree/ask", answer) != "one_left"


@pytest.mark.parametrize("answer", ["一隻", "剩返一隻", "一早飛晒啦 一隻都冇"])
def test_one_bird_still_counts(corpus: Corpus, answer: str) -> None:
    expected = "none_left" if "冇" in answer else "one_left"
    assert reached(corpus, "birds-on-tree/ask", answer) == expected


# -- "I don't want to say it" refuses (ㄅ要講, 毋愛講) ----------------------------------------


@pytest.mark.parametrize("answer", ["ㄅ要講", "毋愛講啦", "不要說", "不要講 ㄏㄏ"])
def test_not_wanting_to_say_it_refuses(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "dad-in-english/dad", answer) == "refuses"


@pytest.mark.parametrize(("answer", "branch"), [("daddy", "fell"), ("不要", None)])
def test_a_bare_no_or_the_word_is_no_refusal(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "dad-in-english/dad", answer) == branch


# -- self-corrections as Taiwan and Hong Kong type them (等ㄧ下, 算錯, 修正) --------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("houyi-moon/ask", "月亮…等ㄧ下 是太陽", "sun"),
        ("houyi-moon/ask", "ㄧ定是太陽啦", "sun"),
        ("ten-knives/ask", "七把 算錯 係八把", "eight"),
        ("ten-knives/ask", "七把 修正一下 八把", "eight"),
        ("ten-knives/ask", "7把 搞錯了 是8把", "eight"),
        ("ten-knives/ask", "七 睇錯 八把", "eight"),
        ("xiaoming-third-son/ask", "三毛 按錯 小明啦", "xiaoming"),
    ],
)
def test_a_taiwan_or_hong_kong_self_correction_keeps_what_follows(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("ten-knives/ask", "八把 算錯了 哈哈", "eight"),
        ("ten-knives/ask", "剩返7把... 唔係 8把 計錯數 收銀收到傻左", "eight"),
        ("houyi-moon/ask", "太陽 ㄅㄧㄢ 問", "sun"),
    ],
)
def test_a_correction_word_after_the_answer_keeps_it(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- Hong Kong's "gag" and Taiwan's 哏 are kinds of trick a claim of knowing names ------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("misread-char/ask", "呢個gag我識"),
        ("misread-char/ask", "呢個gag我一早知 唔玩"),
        ("birds-on-tree/ask", "這個哏我看過了"),
        ("birds-on-tree/ask", "呢條gag我細個聽過"),
    ],
)
def test_a_gag_claimed_known_sees_through(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "saw_through"


@pytest.mark.parametrize("answer", ["呢個gag好好笑", "gag咩 九隻", "這個哏很好笑 零隻"])
def test_a_gag_not_claimed_known_is_no_seeing_through(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "birds-on-tree/ask", answer) != "saw_through"


# -- Hokkien 甲意 (to like) and Cantonese 考起我 (stumped me) -----------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("play-water/ask", "甲意", "yes"),
        ("play-water/ask", "真佮意ㄟ", "yes"),
        ("play-water/ask", "毋甲意啦", "no"),
        ("play-water/ask", "我嘛無甲意", "no"),
        ("pig-ran-away/ask", "考起我", "dont_know"),
        ("pig-ran-away/ask", "嘩 考起咗我", "dont_know"),
    ],
)
def test_hokkien_liking_and_cantonese_stumped(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(("answer", "branch"), [("甲等", None), ("我知 佢走去邊", "know")])
def test_words_near_them_keep_their_reading(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "pig-ran-away/ask", answer) == branch


# -- "there must be a trap" sees through; a trap asked about stays a doubt --------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("dad-in-english/dad", "一定有伏"),
        ("dad-in-english/dad", "一定有詐 我不講"),
        ("dad-in-english/grandpa", "實有伏 唔講"),
        ("i-love-you-english/whole", "梗有伏啦 唔讀"),
        ("guess-my-age/address", "呢題有伏 唔叫"),
    ],
)
def test_a_trap_said_for_sure_sees_through(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "sees_through"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("nine-by-three/ask", "3啩? 係咪有伏", "three"),
        ("ten-knives/ask", "8把吧?? 有陷阱嗎", "eight"),
    ],
)
def test_a_trap_asked_about_is_a_doubt(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- 妳 ("you" to a woman) is 你: the insult turned back reads through it -----------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("inedible-melon/retry", "妳先係傻瓜", "sees_through"),
        ("inedible-melon/retry", "妳才是傻瓜啦", "sees_through"),
        ("bark-for-you/ask", "妳先係狗", "saw_through"),
        ("bark-for-you/ask", "妳才是狗吧", "saw_through"),
        ("compliment-game/ask", "妳好靚", "compliment"),
    ],
)
def test_you_to_a_woman_reads_as_you(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch
