"""Round eighteen's Traditional Chinese verdicts (branch verdicts18hant): Taiwan Hokkien and
Hong Kong / Macau Cantonese that round seventeen's final set (now a tuning set) read otherwise
than its writers, fixed by kind, each pinned on the shipped corpus and lexicon through the
real matcher: the answers each change fixes, and ones it must leave as they were."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def reached(corpus: Corpus, where: str, answer: str) -> str | None:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(answer).branch_id


# -- Kongish m (唔) typed apart from its verb ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("play-water/ask", "m 鍾意喎，怕曬黑，返工要靚靚企枱㗎", "no"),
        ("play-water/ask", "m 鍾意", "no"),
        ("play-water/ask", "真係 m 中意", "no"),
    ],
)
def test_a_kongish_m_typed_apart_negates_the_verb_after_it(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize("answer", ["hmm 鍾意", "mm 鍾意", "emm 鍾意喎", "鍾意 m"])
def test_an_m_that_is_no_word_of_its_own_leaves_the_yes(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) == "yes"


# -- Hokkien 嘛 (also, even) before a negated verb; 驚 (afraid) --------------------------------


@pytest.mark.parametrize(
    "answer",
    ["毋愛啦，我驚水，游泳嘛袂曉", "游泳嘛袂曉", "游泳嘛不會", "唔鍾意 驚水", "驚水", "老矣驚寒"],
)
def test_hokkien_even_not_and_afraid_say_no(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) == "no"


@pytest.mark.parametrize("answer", ["游泳嘛", "鍾意游泳嘛", "游泳嘛 好玩"])
def test_a_closing_particle_ma_leaves_the_yes(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "play-water/ask", answer) == "yes"


# -- the last question's own instruction said back is no seeing through ----------------------


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("連埋讀做咩 好肉麻", None),
        ("連埋讀…我困喇 聽日先", None),
        ("頂唔順 連埋讀？我唔識", None),
        ("連起來唸做乜", None),
        ("連埋讀…I LOVE YOU…喂！！你呃我", "fell"),
    ],
)
def test_the_joining_asked_for_is_no_give_away_when_asked(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "i-love-you-english/whole", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("i-love-you-english/wo", "I 跟住連埋讀係咪"),
        ("i-love-you-english/ai", "love 連埋讀咪表白"),
        ("i-love-you-english/ni", "you 連着念 我知"),
        ("i-love-you-english/whole", "唔讀 連埋就係表白"),
        ("i-love-you-english/whole", "連起來就是i love you 不唸"),
    ],
)
def test_the_joining_named_before_it_is_asked_still_sees_through(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) in ("saw_through", "sees_through")


# -- the question's "you are three" thrown back ---------------------------------------------


@pytest.mark.parametrize(
    "answer", ["我唔係三，你先係三", "你先係三", "你才是三啦", "我不是三 你才三"]
)
def test_a_number_thrown_back_at_the_asker_answers_nothing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "nine-by-three/ask", answer) is None


@pytest.mark.parametrize("answer", ["係三囉", "三 你才是三", "等於三 你才是九", "梗係三啦"])
def test_a_number_of_ones_own_beside_it_still_answers(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "nine-by-three/ask", answer) == "three"


def test_a_trick_turned_back_after_you_are_still_sees_through(corpus: Corpus) -> None:
    # 你才是我孫: the phrase after 你才是 turns the trick back; no number, no drop
    assert reached(corpus, "guess-my-age/address", "你才是我孫啦") == "sees_through"


# -- a where or when asked of oneself denies, beside the retort -------------------------------


@pytest.mark.parametrize(
    "answer", ["喂 我邊度係豬呀，你先係豬 🐷", "我哪裡是豬呀 你才是豬", "我幾時係豬 你先係豬"]
)
def test_a_where_or_when_denial_beside_the_retort_is_a_denial(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == "deny"


@pytest.mark.parametrize(
    # (wp27: 你先係豬 😏 quite alone denies now; laughing, it still sees through)
    "answer",
    ["你先係豬 哈哈 😏", "你先係豬 我知你想點", "你才是豬啦 這招我國小就聽過了"],
)
def test_the_retort_alone_or_beside_a_trick_word_still_sees_through(
    corpus: Corpus, answer: str
) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == "saw_through"


# -- Hokkien words outside the lists: 無愛 (don't want), closing 矣, 北爿 ------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("follow-me-baba/second", "無愛矣 我欲去食飯", "refuses"),
        ("play-water/ask", "無愛", "no"),
        ("cow-tail/ask", "北爿", "direction"),
        ("cow-tail/ask", "南 啊毋是 東爿 東爿啦", "direction"),
    ],
)
def test_hokkien_words_reach_their_branches(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("i-love-you-english/ai", "愛 台語講愛 英文袂記得矣", None),  # 矣 closes, nothing more
        ("follow-me-baba/second", "我的", "typed"),
        ("heart-side/ask", "左爿", "names_side"),
    ],
)
def test_the_words_beside_them_read_as_before(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


# -- the trick claimed known: 这 (呢), a kind of trick, 我, a claim ----------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("forget-pig/ask", "點答都係認咗自己係豬啦 😂 呢個魔術我識，唔玩"),
        ("forget-pig/ask", "呢個魔術我一早識"),
        ("elephant-fridge/river", "鱷魚去晒開會嘛 呢條我識"),
        ("elephant-fridge/river", "鱷魚都跑去開動物大會了嘛 這套題我看過 哈哈"),
        ("bark-for-you/ask", "我回你啥你都说是我汪汪叫是吧 这套我见过"),
        ("dry-hair/ask", "呢題我見過 老屎橋😂"),
    ],
)
def test_a_trick_claimed_known_sees_through(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "saw_through"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("forget-pig/ask", "這個魔術我沒看過", None),  # the claim negated
        ("follow-me-baba/first", "這個遊戲我識玩 你是", "typed"),  # the verb goes on: able to
        ("pig-ran-away/ask", "這個我知道", "know"),  # no kind named: "do you know?" answered
        ("play-water/ask", "這個我知道 喜歡", "yes"),
    ],
)
def test_no_claim_of_this_trick_leaves_the_answer(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


# -- a choice beside a don't-know ------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "屬龍定蛇呀…唔記得喇",
        "唔記得喇，好似屬狗又好似屬雞，問我阿媽先",
        "忘記左 牛定虎…",
        "屬猴還是屬雞 不記得了",
    ],
)
def test_a_choice_beside_a_dont_know_is_not_knowing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "zodiac-belong/ask", answer) == "dont_know"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("屬龍定蛇呀", "names_sign"),  # no don't-know beside it: both guesses are signs
        ("屬龍？唔記得", "names_sign"),  # one guess, unsure, hedged
        ("肯定屬龍", "names_sign"),  # 定 in 肯定 names no choice
    ],
)
def test_one_guess_or_no_dont_know_reads_as_before(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "zodiac-belong/ask", answer) == branch


# -- Hokkien 無 (bô) before a verb -------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("favourite-god/ask", "猜你無信 啥物神都無信", "atheist"),
        ("misread-char/ask", "甘有這款字？無可能啦", "no_such"),
        ("my-flaw/guess", "想無 你講啦", "dont_know"),
    ],
)
def test_hokkien_bo_before_a_verb_negates_it(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


# -- a count and its time: working beside the answer ---------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "90 一張一分鐘阿",  # a rate: one each
        "90分鐘吖 1個食1分鐘嘛",
        "3個人3分鐘... 咁90個人就90分鐘 啱唔啱",  # the question's premise said back
        "3分鐘吃3張 所以90張要90分鐘",
        "3分鐘3張 90張就90分鐘",  # 3张 counts pancakes: no 3 minutes 3 seconds
        "九十分钟 一张一分钟嘛",
    ],
)
def test_a_count_and_its_time_beside_the_answer_is_working(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "kids-pancakes/ask", answer) == "ninety"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("三分鐘三個人一齊食", "three"),  # alone, the pair still answers
        ("3分鐘 一齊食", "three"),
        ("一個人一分鐘", None),  # a rate alone: 1 minute answers no branch
        ("1小時30", "hour_half"),  # a bare number after a unit still adds up
        ("90分鐘 3分鐘", None),  # two durations, no count: torn as before
    ],
)
def test_durations_with_no_count_beside_them_read_as_before(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "kids-pancakes/ask", answer) == branch


# -- Cantonese 你先肥 (you're the fat one) turned back ----------------------------------------


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        ("你先肥咗 照吓鏡啦", None),
        ("你先肥咗 上次見你已經覺", None),
        ("邊有 你先肥", "denies"),
        ("肥咗少少", "admits"),  # said of oneself, as before
    ],
)
def test_you_are_the_fat_one_admits_nothing(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "gained-weight/ask", answer) == branch


# -- a give-away run into a longer word ------------------------------------------------------


@pytest.mark.parametrize("answer", ["你有咩缺點我點知啦 我又唔係你老婆", "你有咩缺點我點知"])
def test_a_give_away_run_into_a_dont_know_is_not_said(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "my-flaw/ask", answer) == "dont_know"


@pytest.mark.parametrize("answer", ["缺點我", "缺點我啦 這句我聽過矣"])
def test_the_give_away_standing_on_its_own_still_sees_through(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "my-flaw/ask", answer) == "saw_through"


# -- Cantonese 先 closing an ask ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("follow-me-baba/second", "你係我嘅乜嘢先？講埋先"),
        ("follow-me-baba/second", "你係我嘅乜嘢先"),
        ("follow-me-baba/first", "你係邊個先？"),
    ],
)
def test_an_ask_closed_by_first_answers_nothing(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer"), [("follow-me-baba/second", "我嘅"), ("follow-me-baba/first", "你係 先")]
)
def test_the_phrase_typed_still_goes_on(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "typed"


# -- 老招 (an old move) names the trick ---------------------------------------------------------


def test_an_old_move_named_beside_a_quoted_compliment_sees_through(corpus: Corpus) -> None:
    answer = "你484要我先誇 然後回我「你眼光真好」 等於我在誇你 老招了"
    assert reached(corpus, "compliment-game/ask", answer) == "saw_through"


def test_a_compliment_with_no_trick_named_still_compliments(corpus: Corpus) -> None:
    assert reached(corpus, "compliment-game/ask", "你眼光真好") == "compliment"
