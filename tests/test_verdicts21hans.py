"""Round twenty-one's Simplified Chinese verdicts (branch verdicts21hans), read by kind from
round twenty's final and dev sets and round twenty-one's tuning writers
(content/eval/tuning/round20_final/, round20_dev/, round21_writers/), each kind probed with
answers of our own that a mainland writer from anywhere might type, beside the sets' rows: the
shipped corpus and lexicon through the real matcher (the rules' own verdict: no second
opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    "answer",
    [
        # the insult turned back (你才是猪) beside a denial in one's own words: the zodiac sign
        # one was born under, not the pig's, or "a perfectly good person"
        "你才似猪呢，我属虎的",  # round 20's final set (Tianjin)
        "你才是猪！额好好一个人",  # round 21's tuning writers (Baoji)
        "你才是猪 我属龙的",  # round 17's final set
        "你才是猪，我是属马的",
        "你先係豬，我屬羊㗎",
        "你才是猪呢 俺属狗",
        "你才是猪，老子好好的一个人",
        "你才是猪 我是正常人",
        "我属兔的 你才是猪",
    ],
)
def test_the_insult_turned_back_beside_a_denial_in_own_words_denies(
    corpus: Corpus, answer: str
) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == "deny"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the retort alone, or beside a trick word, still sees through; born in the pig's year
        # denies nothing
        ("你才是猪", "deny"),  # quite alone: a denial since wp27
        ("你才是猪 这招我知道", GIVE_AWAY),
        ("我属猪的", None),
    ],
)
def test_the_retort_alone_and_the_pigs_year_are_unchanged(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # can't call it to mind without 来, can't remember any more (了 closing it), and 冇
        # before knowing and remembering as 不 (Guangxi, Hunan Mandarin)
        ("my-flaw/guess", "额 一时想不起"),  # round 20's final set (Guiyang)
        ("zodiac-belong/ask", "我属嘛来着，老了老了记不清了"),  # ...(Tianjin)
        ("mama-song/ask", "冇记得了，好多年冇唱"),  # round 21's tuning writers (Liuzhou)
        ("inedible-melon/ask", "冇知道"),  # ...(Liuzhou)
        ("mama-song/ask", "这歌我会哼调子，词记不清了"),  # round 16's final set
        ("my-flaw/guess", "一时想不起"),
        ("mama-song/ask", "想不起了"),
        ("zodiac-belong/ask", "记不得了"),
        ("inedible-melon/ask", "这个我真的冇知道"),
        ("mama-song/ask", "冇记得啦"),
    ],
)
def test_a_dont_know_outside_the_old_lists(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "dont_know"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # 记不清 alone is still a hedge before a guess, and a guess after it stands
        ("记不清，好像属牛", "names_sign"),
        ("记不清了，好像属牛", "names_sign"),
        ("想不起了 应该是属龙", "names_sign"),
    ],
)
def test_a_guess_after_the_dont_know_stands(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "zodiac-belong/ask", answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # praise said to the asker and then called the flaw names it (review20's find)
        "你太帅了，这就是缺点",
        "你太好看了 这是你的缺点",
        "长得太靓仔就是你的缺点",
        "太聪明了，这就是你的缺点",
        "你人太好了，这就是缺点",
        "太完美就是你的缺点",
    ],
)
def test_praise_called_the_flaw_names_it(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "my-flaw/ask", answer) == "names_flaw"
    assert reached(corpus, "my-flaw/guess", answer) == "names_flaw"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # praise alone still names no flaw; the trick named still sees through it
        ("my-flaw/ask", "你太帅了", None),
        ("my-flaw/guess", "你太帅了", None),
        ("my-flaw/ask", "你的缺点就是缺我", GIVE_AWAY),
        ("my-flaw/guess", "你的缺点就是缺我", "guesses_me"),
    ],
)
def test_praise_alone_and_the_trick_named_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # a complaint beside asking how much is left: still playing, no refusal
        "好无聊啊 还有几句",  # round 20's final set (Guiyang)
        "无聊死了，还要念几遍",
        "好烦啊 还有多少个",
        "真无聊 还剩几句",
        "闷死了 还有几句啊",
        "好无聊 什么时候完",
        "累死了，还有几遍啊",
    ],
)
def test_a_complaint_that_goes_on_refuses_nothing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "follow-me-baba/second", answer) is None


@pytest.mark.parametrize(
    "answer",
    [
        # a complaint alone, and a refusal in words beside the question, still refuse
        "好无聊啊",
        "不念了 还有几句也不念",
        "无聊，不玩了，还有几句都不玩",
    ],
)
def test_a_complaint_alone_or_a_refusal_in_words_refuses(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "follow-me-baba/second", answer) == "refuses"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # the trap named as a pit (有坑, 是个坑) beside a refusal or an answer: seen through
        ("you-and-pig/explain", "咋说都是个坑，额不说咧"),  # round 21's tuning writers (Baoji)
        ("reverse-baba/baba", "爸爸…等一下！不念了，后面肯定有坑"),
        ("dad-in-english/dad", "里头有坑，额才不说出来"),
        ("dad-in-english/dad", "肯定有坑，不说"),
        ("dad-in-english/dad", "这是个坑 不说"),
        ("reverse-baba/baba", "不念了 后面肯定有坑"),
        ("reverse-baba/baba", "额不念，这里头有坑"),
        # the joke named with 这个 between, or mocked as corny
        ("zodiac-belong/ask", "属于你是吧 这个梗好土"),  # round 20's final set (Guiyang)
        ("zodiac-belong/ask", "这个梗好老 属于你"),
        ("zodiac-belong/ask", "又是这个梗"),
        ("zodiac-belong/ask", "土梗 属于你是吧"),
        ("zodiac-belong/ask", "属于你 梗太土了"),
    ],
)
def test_the_trap_or_the_joke_named_sees_through(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) in (GIVE_AWAY, "sees_through")


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a fall owned (被坑) is no pit named: the fall stands
        ("follow-me-baba/third", "爸爸…靠 我被坑了", "fell"),
        ("zodiac-belong/ask", "属于你", "belongs"),
        # 这题有坑 is not listed: a catch suspected with a refusal where no branch takes one
        # is labelled the safe path (round 3's final set)
        ("nine-by-three/ask", "这题有坑吧 不敢答", None),
    ],
)
def test_a_fall_owned_and_a_plain_answer_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # a correction, then "nearly got me" (差点遭了, as 差点上当): nearly fell, saw it
        "三毛…哦不对，小明！差点遭了",  # round 20's final set (Chongqing)
        "三毛 不对 小明 险些着道",
        "三毛，哦不对，是小明，差点糟了",
        "三毛…不对不对 小明 差一点就完蛋",
        "三毛 哦不 小明 差点儿被骗",
        "三毛…等下 不对 是小明 差點中伏",
    ],
)
def test_a_correction_then_nearly_fallen_stands(corpus: Corpus, answer: str) -> None:
    found = corpus.routines["xiaoming-third-son"].states["ask"].recognise(answer)
    assert found is not None
    # the answer after the correction, with the bot's line for a save (caught in time)
    assert (found.id, found.caught_in_time) == ("xiaoming", True)


@pytest.mark.parametrize(
    "answer",
    [
        # a correction then a fall owned outright: the fall said after, the first answer stands
        "三毛…不对，糟了",
        "三毛 哦不对 中计了",
    ],
)
def test_a_correction_then_fallen_keeps_the_first(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "xiaoming-third-son/ask", answer) == "sanmao"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a catch asked about beside an answer doubts it: the answer stands
        ("ten-knives/ask", "八把 里面有坑吗？", "eight"),
        ("ten-knives/ask", "肯定有坑吗 八把", "eight"),
        ("ten-knives/ask", "八把 这个陷阱吗", "eight"),
        ("ten-knives/ask", "八把吧？有坑吗", "eight"),
        ("ten-knives/ask", "8把 后面有坑吗", "eight"),
        ("ten-knives/ask", "八把，是个坑吗", "eight"),
    ],
)
def test_a_catch_asked_beside_an_answer_keeps_the_answer(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a catch said, or asked alone, still names the trick; a move named as a question
        # still sees it through
        ("ten-knives/ask", "八把，肯定有坑", GIVE_AWAY),
        ("ten-knives/ask", "后面有坑吗", GIVE_AWAY),
        ("follow-me-baba/third", "爸爸？你想我叫你爸爸吗", "sees_through"),
    ],
)
def test_a_catch_said_or_a_move_asked_sees_through(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Wu (Shanghai) 搿 for 这, 脱 for 掉 after going bad, 额 for 的
        ("inedible-melon/ask", "烂脱额西瓜", "spoiled"),  # round 20's final set (Shanghai)
        ("inedible-melon/ask", "坏脱额冬瓜", "spoiled"),
        ("inedible-melon/ask", "烂脱了", "spoiled"),
        ("heart-side/ask", "在我搿边呗，油腻", GIVE_AWAY),  # ...(Shanghai)
        # the trap met before, Shaanxi 哄 for 骗; said "with one's own mouth"
        ("xiaoming-third-son/ask", "这题额小学就被哄过，嫑来", GIVE_AWAY),  # round 21 (Baoji)
        ("xiaoming-third-son/ask", "这题我小学就被坑过", GIVE_AWAY),
        ("fool-in-english/ask", "想我亲口说我是傻瓜嗦，莫得门", "sees_through"),  # round 20
        ("fool-in-english/ask", "想我亲口说我是傻瓜", "sees_through"),
        # 一哈 (一下) and 找零 (giving change) in the working: no count
        ("ten-knives/ask", "八把呗，介还用算？我开出租那会儿找零比介快多了", "eight"),  # round 20
        ("ten-knives/ask", "额算一哈，十减二，剩下的就是……八把嘛", "eight"),  # round 21
        ("ten-knives/ask", "我算一哈 八把", "eight"),
        ("ten-knives/ask", "等一哈，八把吧", "eight"),
        ("ten-knives/ask", "八把，我卖菜找零都比这快", "eight"),
    ],
)
def test_dialect_words_and_working_as_lexicon_data(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 脱 alone keeps its own (脱发, a flaw); a melon named beside going bad stays torn
        ("my-flaw/guess", "脱发", "names_flaw"),
        ("inedible-melon/ask", "西瓜烂脱了", None),
        ("ten-knives/ask", "零把", None),
    ],
)
def test_dialect_words_leave_the_rest(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # "I love you" texted (i lv u) or typed in pinyin by sound (ai lao you)
        "i lv u",  # round 20's final set (Guiyang)
        "ai lao you 哈哈",  # round 21's tuning writers (Liuzhou)
        "I lv you",
        "i lv u 😘",
        "ai la fu you",
        "ai lao hu you~",
        "ai le fu you",
    ],
)
def test_i_love_you_texted_or_in_pinyin_falls(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "i-love-you-english/whole", answer) == "fell"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # lv alone is no "love": writers correct it (lv，不对，love)
        ("lv", None),
        ("lv，不对，love", "answered"),
    ],
)
def test_lv_alone_is_no_love(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "i-love-you-english/ai", answer) == branch
