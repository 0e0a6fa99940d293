"""Round twenty-three's Simplified Chinese verdicts (branch verdicts23hans), read by kind from
round twenty-two's final and dev sets and tuning writers (content/eval/tuning/round22_final/,
round22_dev/, round22_writers/), each kind probed with answers of our own that a mainland writer
from anywhere might type, beside the sets' rows: the shipped corpus and lexicon through the real
matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # rule "would I not know?": 会 or 能 before a negated know in a clause asking it
        # (吗, ？) claims to know; the branch word the 不 negates says no no more than the
        # don't-know does, so a claim beside it stands
        ("my-flaw/ask", "知道啊，我能不知道吗"),  # round 22's final set (Changchun)
        ("guess-my-thoughts/ask", "知道，您想嘛我能不知道？"),  # round 14's final set
        ("my-flaw/ask", "晓得，我会不晓得？"),
        ("my-flaw/ask", "当然知道，我会不知道吗"),
        ("my-flaw/ask", "知道！这我能不知道？"),
        ("guess-my-thoughts/ask", "知道，我能不知道吗"),
        ("guess-my-thoughts/ask", "晓得噻，我会不晓得吗"),
        ("my-flaw/ask", "知道，我咋能不知道"),
    ],
)
def test_would_i_not_know_beside_a_claim_claims_to_know(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) == "claims_to_know"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a plain negated know still says it, and the rhetorical one alone claims nothing the
        # rules can name (the safe path)
        ("my-flaw/ask", "不知道", "dont_know"),
        ("my-flaw/ask", "我真不知道", "dont_know"),
        ("my-flaw/ask", "我能不知道吗", None),
        ("guess-my-thoughts/ask", "不知道，你说吧", "dont_know"),
    ],
)
def test_a_plain_dont_know_is_still_one(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # rule "a count, then its steps": the count said first answers "how many?", the steps
        # told after it are its working
        (
            "elephant-fridge/fridge",
            "五步吧，先把冰箱里的羊肉拿出来腾地方，再开门，再放，再关门，再插电",
        ),
        ("elephant-fridge/fridge", "五步吧 先把大象切块 再装袋 再开门放进去 再关门 再插电"),
        ("elephant-fridge/giraffe", "五步 要先拿大象出来再擦下冰箱😂"),  # round 22's writers (Zibo)
        ("elephant-fridge/fridge", "得四步，开门，放大象，关门，再拍张照"),
        ("elephant-fridge/fridge", "十来步吧，开门要先断电，然后把大象切了，关门"),
        ("elephant-fridge/fridge", "我说五步，开门，把菜拿出来，放大象，关门，插电"),
        ("elephant-fridge/giraffe", "六步吧，开门，把大象拿出来，擦一擦，放长颈鹿，关门，插电"),
        ("elephant-fridge/fridge", "四步：断电，开门，塞进去，关门"),
    ],
)
def test_a_count_then_its_steps_is_the_count(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "other_steps"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the steps alone, the count that is the branch's own, and steps told before a count
        # (no count leading) are read as before
        ("elephant-fridge/fridge", "开门，放进去，关门", "three"),
        ("elephant-fridge/fridge", "三步，开门放进去关门", "three"),
        ("elephant-fridge/giraffe", "开门，把大象拿出来，放长颈鹿，关门", "four"),
        ("elephant-fridge/fridge", "开门，放进去，关门，一共五步", None),
    ],
)
def test_steps_without_a_leading_count_read_as_before(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # dialect words as lexicon data: the Northeast's 唠嗑, 得劲, 老鼻子; Teochew 雅; Ningxia
        # and Gansu 歹得很 (great); Jiaoliao 杠好; Wu 覅 before telling; the Northwest's 麻达
        # (problem), 唦 (the urging 撒), Qinghai 啊们 (怎么); pinyin typed unconverted
        ("compliment-game/ask", "你这人唠嗑贼有意思，跟你唠得劲儿", "compliment"),
        ("compliment-game/ask", "跟你唠嗑真得劲", "compliment"),
        ("compliment-game/ask", "你人长得歹得很", "compliment"),
        ("compliment-game/ask", "你这人歹滴很", "compliment"),
        ("compliment-game/ask", "你雅，行了吧", "compliment"),
        ("compliment-game/ask", "你真雅", "compliment"),
        ("compliment-game/ask", "你人杠好", "compliment"),
        ("compliment-game/ask", "你人嘎嘎好", "compliment"),
        ("compliment-game/ask", "你这人不孬", "compliment"),
        ("compliment-game/ask", "你长得交关好", "compliment"),
        ("compliment-game/ask", "你歹得很", "compliment"),
        ("compliment-game/ask", "你好得很", "compliment"),
        ("elephant-fridge/fridge", "那得老鼻子步了", "other_steps"),
        ("elephant-fridge/fridge", "要好多步，得先剁碎", "other_steps"),
        ("zodiac-belong/ask", "覅告诉你 隐私", "refuses"),
        ("zodiac-belong/ask", "我覅告诉你", "refuses"),
        ("houyi-moon/repeat", "能打，麻达没有", "agrees"),
        ("houyi-moon/repeat", "没麻达，能打", "agrees"),
        ("imagine-chase/ask", "跑唦，还能啊们", "run"),
        ("bark-for-you/ask", "叫唦，叫两声我听听🐶", "yes"),
        ("reverse-baba/love", "ni ai wo，开车呢拼音凑合看吧", "ni_ai_wo"),
        ("reverse-baba/love", "niaiwo", "ni_ai_wo"),
        ("reverse-baba/love", "wo ai ni", "forward"),
    ],
)
def test_mainland_dialect_words_and_pinyin(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # what the dialect data must not change: 唠叨 stays a nag, 阿们 stays Amen, a plain
        # 问题 and a real no still read as they did, 歹 of Hokkien's 歹势 stays sorry
        ("compliment-game/ask", "你好唠叨", None),
        ("houyi-moon/repeat", "没问题", "agrees"),
        ("houyi-moon/repeat", "不打", "refuses"),
        ("elephant-fridge/fridge", "三步", "three"),
        ("compliment-game/ask", "歹势，我不会夸", None),
        ("compliment-game/ask", "你好", None),
        ("bark-for-you/ask", "嘎嘎嘎", None),
    ],
)
def test_dialect_data_leaves_plain_words_alone(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # seeing through in one's own words: the north's 耍我 (fooling me) with "again" or
        # the asker's aim; the follow-me line typed a generation off (爷爷 for 爸爸)
        ("one-and-three/ask", "又想耍我，没那么简单", "saw_through"),
        (
            "one-and-three/ask",
            "你又想耍我呢，答案肯定不是二，这种题我车上的大学生老考我",
            "saw_through",
        ),
        ("one-and-three/ask", "别耍我了，这题我见过", "saw_through"),
        ("one-and-three/ask", "耍我呢？", "saw_through"),
        ("follow-me-baba/third", "嘿嘿，爷爷", "sees_through"),
        ("follow-me-baba/third", "爷爷", "sees_through"),
        ("follow-me-baba/third", "哈哈 太爷爷", "sees_through"),
        ("follow-me-baba/third", "祖宗", "sees_through"),
        ("follow-me-baba/third", "孙子", "sees_through"),
    ],
)
def test_seeing_through_in_ones_own_words(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 耍我 alone is still a guess at the asker's thoughts; the line typed right still falls
        ("guess-my-thoughts/guess", "想耍我", "guesses_thing"),
        ("guess-my-thoughts/guess", "你在想怎么耍我", "guesses_thing"),
        ("follow-me-baba/third", "爸爸", "fell"),
        ("follow-me-baba/third", "嘿嘿，爸爸", "fell"),
    ],
)
def test_own_words_rules_leave_answers_alone(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a hedge and an answer together: in Chinese, "cannot guess it" after a guess asked
        # takes it back (no guess made); muddle (绕晕了, 整懵了: lexicon.muddled_zh) after a
        # guess asked or put right leaves the guess standing
        ("favourite-god/ask", "关公？唔知啦 估唔到", "dont_know"),  # round 10's writers (Dongguan)
        ("favourite-god/ask", "财神爷？猜不到", "dont_know"),
        ("favourite-god/ask", "观音？猜不出来", "dont_know"),
        ("xiaoming-third-son/ask", "三毛？想不出来", "dont_know"),
        (
            "cow-tail/ask",
            "东！不对，走了一圈……朝南？哎呀整懵了",
            "direction",
        ),  # round 22 (Changchun)
        ("cow-tail/ask", "北…不对，南？给我绕晕了", "direction"),
        ("cow-tail/ask", "朝西，不对不对，朝东？头都晕了", "direction"),
    ],
)
def test_a_hedge_and_an_answer_together(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # unchanged: muddled after one guess asked, two guesses asked then muddled, a guess put
        # right then a plain don't-know or a bid to be told, a guess after a don't-know, and
        # a bare 不知道 after a guess asked, and English "black bear? idk" (the guess, hedged)
        ("favourite-god/ask", "财神爷？不知道", "names_god"),
        ("elephant-fridge/river", "直接游? 不知道", "swim"),
        ("cow-tail/ask", "朝东？绕晕了", "direction"),
        ("cow-tail/ask", "东边？西边？我绕晕了。", "dont_know"),
        ("cow-tail/ask", "北…不对 西？整不会了 你直接说", "dont_know"),
        ("cow-tail/ask", "南？不对，北……哎呀我搞不清楚", "dont_know"),
        ("favourite-god/ask", "不晓得，观音菩萨？", "names_god"),
        ("ice-to-water/ask", "不知道 用吹风机吹", "melts_it"),
        ("bear-colour/ask", "black bear? idk", "other_colour"),
    ],
)
def test_hedges_read_as_before(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # "I am a fool" typed by sound in Chinese characters, as the ear heard it: said
        ("爱安么福尔", "fell"),  # round 22's final set (Shantou)
        ("爱门阿夫嗚", "fell"),  # round 17's final set
        ("艾姆阿福", "fell"),
        ("爱俺阿夫儿 对不", "fell"),
        ("哀呃福", "fell"),
        ("爱木啊服", "fell"),
        # not the sound of it: a word of love, Holmes, no English at all
        ("爱嗯阿傻瓜…我唔识英文", None),
        ("我爱福尔摩斯", None),
        ("不会英语", None),
    ],
)
def test_i_am_a_fool_typed_by_sound(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "fool-in-english/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # torn between two branches: a description tied by 的 (or the north's 嘞 typed for
        # it, or with a word of the description between) to the melon it describes names
        # the spoiled one, not a watermelon
        ("烂瓜，放坏了嘞西瓜不能吃。", "spoiled"),  # round 21's final set
        ("烂瓜，放坏了潽水的西瓜", "spoiled"),  # round 19's dev set
        ("放坏的西瓜 烂了的不能吃", "spoiled"),  # round 11's final set
        ("坏了嘞哈密瓜", "spoiled"),
        ("放坏了发臭的西瓜", "spoiled"),
        ("烂掉嘞西瓜呗", "spoiled"),
        # a melon named plainly, or praised, is still the edible one
        ("西瓜", "edible"),
        ("好吃嘞西瓜", "edible"),
    ],
)
def test_a_description_tied_to_the_melon(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) == branch
