"""Round eighteen's Simplified Chinese verdicts (branch verdicts18hans), read from round
seventeen's final set (content/eval/tuning/round17_final/) by kind, each rule checked against
how the writers of every tuning set label the same kind: the shipped corpus and lexicon through
the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # rule "a question about the asker": 你 (Wu 侬) … 啊？ with the mark typed asks the asker
        # back, as 你…吗 does; a branch's word in it answers nothing
        ("play-water/ask", "干嘛？侬要去游泳啊？", None),
        ("play-water/ask", "你要去游泳呀？", None),
        ("play-water/ask", "你要去游泳吗？", None),
        # ...not without 你, nor without the mark, nor a bare mark (你想买块墓地？ guesses)
        ("play-water/ask", "游泳啊？", "yes"),
        ("play-water/ask", "喜欢啊？", "yes"),
        ("buy-land/ask", "你想买块墓地？", "names_land"),
    ],
)
def test_a_question_back_with_a_or_ya_and_the_mark(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 你自己 before a don't-know makes it the asker's, told as well as asked
        ("my-flaw/guess", "你自己不知道问我干撒", None),
        ("my-flaw/guess", "你自己都不晓得还问我", None),
        ("my-flaw/guess", "你自己不知道吗", None),
        # the victim's own don't-know beside it still counts; a bare 你不知道 is left as it was
        ("my-flaw/ask", "我么样晓得 你自己不知道？", "dont_know"),
        ("my-flaw/guess", "不知道", "dont_know"),
    ],
)
def test_a_dont_know_of_the_asker_himself(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # trick: "don't pull this one" (别来这套, 甭来这套, Wu 覅 folds to 不要)
        ("zodiac-belong/ask", "属于你的？别来这套", GIVE_AWAY),
        ("zodiac-belong/ask", "属于你的？甭来这套", GIVE_AWAY),
        ("zodiac-belong/ask", "属于你的？覅来这套", GIVE_AWAY),
        # the answer alone, and Southwest 莫来这套 (left out: one writer's refusal)
        ("zodiac-belong/ask", "属于你的", "belongs"),
        ("bark-for-you/ask", "莫来这套，不用不用", "no"),
    ],
)
def test_dont_pull_this_one_sees_through(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # "cannot even afford it" (X都买不起, X也养不起): the thing out of reach, no guess
        ("买甚地，房子都买不起", None),
        ("买啥地啊 车位也买不起", None),
        # the thing named, and "I can't afford it" said apart from it, still guess
        ("房子", "names_land"),
        ("买房子啊 我都买不起", "names_land"),
    ],
)
def test_a_thing_one_cannot_even_afford_is_no_guess(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "buy-land/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # tens of times, loosely (几十遍 folds to 好多遍)
        ("elephant-fridge/river", "这个段子我听过几十遍了侬还问，大象长颈鹿鳄鱼一套的", GIVE_AWAY),
        # rule "the joke met before": this joke, named, and heard, seen, played before
        ("bark-for-you/ask", "你叫完了就该说我叫得比你像了，这套把戏我见过", GIVE_AWAY),
        ("bark-for-you/ask", "我回你啥你都说是我汪汪叫是吧 这套我见过", GIVE_AWAY),
        ("birds-on-tree/ask", "这题我小学就被问过 你先说是不是消音枪", GIVE_AWAY),
        ("misread-char/ask", "呢個腦筋急轉彎我細個玩過", GIVE_AWAY),
        ("xiaoming-third-son/ask", "这个笑话我以前听过", GIVE_AWAY),
        # ...not a joke new to them, not "that" one (a film), and beside a warm-up's answer
        # it names the kind while the warm-up goes on
        ("xiaoming-third-son/ask", "这个笑话我没听过", None),
        ("monkey-name/ask", "我淨系睇過周星馳嗰套 記唔起", None),
        ("elephant-fridge/meeting", "長頸鹿啦 這題我聽過", "giraffe"),
    ],
)
def test_the_joke_met_before_sees_through(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # rule "a word cut off": a lone character trailing off, then another branch's answer
        ("houyi-moon/ask", "月…太阳太阳，差点被你绕进去哈哈", "sun"),
        ("houyi-moon/ask", "月…太阳！差点着哒", "sun"),
        ("houyi-moon/ask", "月...太陽！差點", "sun"),
        ("gained-weight/ask", "冇...好似有少少 係 肥左", "admits"),
        # ...not a lone character set apart without trailing off (零 都被嚇飛了 counts 0), nor
        # one the rest does not contradict
        ("houyi-moon/ask", "月 太阳", None),
        ("birds-on-tree/ask", "零 都被嚇飛了", "zero"),
        ("houyi-moon/ask", "月…月亮", "moon"),
    ],
)
def test_a_word_cut_off_is_not_said(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # rule "worked to a conclusion": the last duration after 就, 所以, Cantonese 咪
        ("3個3分鐘 咁90個咪90分鐘囉", "ninety"),
        ("3分钟吃3张 一张一分钟 90张就是90分钟", "ninety"),
        ("3分鐘吃3張 所以90張要90分鐘", "ninety"),
        # ...and an answer said alone first, then a rate of one thing
        ("九十分钟哇，一个娃娃一分钟", "ninety"),
        ("90分钟，一个人一分钟嘛", "ninety"),
        # not two answers without a conclusion, nor a later duration that is no rate
        ("90分钟 3分钟", None),
        ("三分钟 一块吃呗 我们食堂几百人一块开饭也没见谁多吃半小时", None),
        ("三分钟", "three"),
    ],
)
def test_durations_worked_to_a_conclusion(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "kids-pancakes/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # rule "a guess after a don't-know" leaves a question back to the asker alone, the
        # polite 您 (lexicon.askers_zh) as 你: the don't-know stands
        ("guess-my-age/ask", "猜不着，您多大？", "dont_know"),
        ("my-flaw/ask", "不知道 您有缺点？", "dont_know"),
        ("my-flaw/ask", "不知道 你有缺点喔？", "dont_know"),
        # a guess after it still only hedges
        ("elephant-fridge/meeting", "不知道啊，乌龟爬得慢？", None),
    ],
)
def test_a_polite_question_back_after_a_dont_know(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # compliment-game's class words: 人不错, 会说话, 脑子好使 praise the asker
        ("你这人脑子好使", "compliment"),
        ("行，你挺会说话的，比我们队长强", "compliment"),
        ("你人不错 比我隔壁卖酿皮子的强多了", "compliment"),
        # ...and in dialect: Henan 排场 (handsome), 怪好; Wu 来斯 (capable); northern 会来事
        ("你长嘞怪排场", "compliment"),
        ("你来斯 会弄这些机器人 我是搞不来", "compliment"),
        ("你这人挺机灵的，脑子转得快。", "compliment"),
        ("你比我年轻，皮肤也好，有福气的", "compliment"),
        # a bare "not bad" or yes to the game praises nobody
        ("不错啊", None),
        ("好啊", None),
    ],
)
def test_compliments_in_everyday_words(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "compliment-game/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # closers_zh: 得很 typed 的很 (的 a particle, read past) still closes a one-character word
        ("累的很 从早上五点揉面到现在", "tired"),
        ("累的很", "tired"),
        ("累得很", "tired"),
        # a one-character word running into another word is still no answer
        ("累积了好多货", None),
    ],
)
def test_very_typed_de_hen(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "running-all-day/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # you-and-pig's question turned back: the pig would not ask, said without 会 or with
        # Southwest 得 (不得: 不会), and the pig the one talking to me now
        ("区别就是猪不问这种问题，你问了，你说你是甚", "flips_it"),
        ("区别就是猪不得问这种瓜问题 你会", "flips_it"),
        ("区别就是猪正跟我唠嗑呢", "flips_it"),
        ("区别就是猪正在问我这个问题", "flips_it"),
        # a difference of the pig's own still explains
        ("猪不会玩手机", "explains"),
        ("我是人", "explains"),
    ],
)
def test_the_pig_asking_turns_it_back(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "you-and-pig/explain", answer) == branch


@pytest.mark.parametrize(
    ("said", "folded"),
    [
        # "how could one put it in" (咋能装进, 怎么能放下) is "it won't go in", as 怎么装得下 is
        ("大象那么大咋能装进冰箱", "大象那么大装不进冰箱"),
        ("怎么能放下", "放不下"),
        ("怎么装得下", "装不下"),
        # 能 without a lead asks or says it can
        ("能装进去", "能装进去"),
        ("三步 能装进去", "三步 能装进去"),
    ],
)
def test_how_could_it_go_in_folds_to_it_wont(said: str, folded: str) -> None:
    assert fold(said, LEXICON) == folded


def test_how_could_it_go_in_is_impossible(corpus: Corpus) -> None:
    assert reached(corpus, "elephant-fridge/fridge", "大象那么大咋能装进冰箱，胡说") == "impossible"
    assert reached(corpus, "elephant-fridge/fridge", "三步 能装进去") == "three"
