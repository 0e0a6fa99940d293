"""Round twenty-two's Simplified Chinese verdicts (branch verdicts22hans), read by kind from
round twenty-one's final and dev sets and round twenty-two's tuning writers
(content/eval/tuning/round21_final/, round21_dev/, round22_writers/), each kind probed with
answers of our own that a mainland writer from anywhere might type, beside the sets' rows: the
shipped corpus and lexicon through the real matcher (the rules' own verdict: no second
opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    "answer",
    [
        # rule "a bargain struck": the asker's favour or a condition on the asker, then 就 or
        # 才 and a branch's words, is what one would say once paid, no answer now
        "你请我吃饭我就不累",  # round 21's final set (Xiamen)
        "你请我喝茶就不累",  # round 21's dev set (Haikou)
        "你请我恰宵夜我就不累",  # round 10's final set
        "要是你给我发个红包，我就不累了",
        "你帮我把活干了我就不累",
        "只要你陪我打把游戏我就精神了",
        "你请我喝奶茶我才不累",
        "如果你明天放我假，那我就还好",
        "你先给我捶捶背我就不累",
    ],
)
def test_a_bargain_struck_answers_nothing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "running-all-day/ask", answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the answer said outside the bargain, a condition of one's own (no asker named), and a
        # 就 with no condition before it still answer
        ("running-all-day/ask", "不累，你请我吃饭吧", "not_tired"),
        ("running-all-day/ask", "累死了，你请我吃饭就好了", "tired"),
        ("running-all-day/ask", "我就不累", "not_tired"),
        ("running-all-day/ask", "如果是我就说还好", "not_tired"),
        ("running-all-day/ask", "你给的活太多了，我就累了", "tired"),
        ("running-all-day/ask", "你请客吃饭的事先不说，我就还好", "not_tired"),
        ("bark-for-you/ask", "你给我买束花我就不生气，叫就不用了", "no"),
    ],
)
def test_an_answer_beside_a_bargain_or_an_own_condition_still_answers(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # don't-knows in everyday words: can't work it out (算不过来, 算不清), the head turned
        # round (转晕了, 绕晕了), the Northeast's and Shandong's 整不会了, 整懵了
        ("cow-tail/ask", "俺算不过来，转晕了", "dont_know"),  # round 22's tuning writers (Zibo)
        ("cow-tail/ask", "东……不对，俺画个图……算不清，恁说吧。", "dont_know"),  # round 21 (Luoyang)
        ("cow-tail/ask", "晕了 算不过来", "dont_know"),  # round 14's final set
        ("cow-tail/ask", "东……不对，算不清，你说吧", "dont_know"),
        ("cow-tail/ask", "绕晕了 你直接说答案", "dont_know"),
        ("cow-tail/ask", "给我整不会了", "dont_know"),
        ("cow-tail/ask", "整懵了都", "dont_know"),
        ("cow-tail/ask", "算不清楚 头大", "dont_know"),
        ("cow-tail/ask", "大脑宕机了", "dont_know"),
        # Minnan, Hainanese and Hakka 无有 (没有)
        ("guess-my-thoughts/ask", "无有", "says_no"),  # round 21's dev set (Haikou)
        ("gained-weight/ask", "无有 瘦咯 天天热", "denies"),  # round 21's dev set (Haikou)
        ("gained-weight/ask", "无有啦，还是老样子", "denies"),
    ],
)
def test_dont_knows_and_a_no_in_everyday_and_dialect_words(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a plain answer, "countless" (数不清) and a guess with a don't-know after stay as they were
        ("cow-tail/ask", "朝东", "direction"),
        ("cow-tail/ask", "数不清", None),
        ("gained-weight/ask", "有，胖了", "admits"),
    ],
)
def test_answers_beside_the_new_dont_knows_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # rule "a choice of one word's forms, then unsure": which form it was, asked, then a
        # don't-know: no answer
        "我是me还是I来着？忘了",  # round 21's final set (Ürümqi)
        "是I还是me？不记得了",
        "me还是I？想不起来了",
        "I还是me啊？不知道",
        "I还是me来着？忘记了",
        "I还是me？记不清了",
    ],
)
def test_a_choice_of_forms_then_a_dont_know_answers_nothing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "i-love-you-english/wo", answer) is None


@pytest.mark.parametrize(
    "answer",
    ["me 还是 I？", "I还是me？反正就这个", "I", "是I还是me？都行吧"],
)
def test_a_choice_of_forms_alone_still_answers(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "i-love-you-english/wo", answer) == "answered"


@pytest.mark.parametrize(
    "answer",
    [
        # rule "a fit doubted": whether it fits, asked (装得下吗？, 塞得进…？), doubts it fits
        "大象那么大，哪个冰箱装得下？扯呢",  # round 22's tuning writers (Zibo)
        "冰箱装得下大象？你家冰箱几大哦",  # round 21's tuning writers
        "大象那么大冰箱装得下吗，瞎掰",  # round 20's tuning writers
        "大象那么大冰箱装得下啊？扯",  # round 19's dev set
        "你家冰箱塞得进一头大象？",
        "冰箱放得下吗",
        "那么大个东西，冰箱放得进？",
        "冰箱能有多大，塞得下吗？别逗了",
    ],
)
def test_a_fit_doubted_says_it_cannot_fit(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "elephant-fridge/fridge", answer) == "impossible"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a fit said, not asked, and 得 after other verbs (觉得, 记得) are unchanged
        ("elephant-fridge/fridge", "装得下，三步", "three"),
        ("elephant-fridge/fridge", "装得下的，三步", "three"),
        ("elephant-fridge/fridge", "打开冰箱，放进去，关上", "three"),
        ("cow-tail/ask", "你觉得下一步是往东？那就东", "direction"),
    ],
)
def test_a_fit_said_or_another_verbs_de_is_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # rule "a plain no, then why not": a no alone first, a don't-know only after it, says no
        # and why not
        ("guess-my-thoughts/ask", "不，我又不是你肚子里的蛔虫"),  # round 20's tuning writers
        ("guess-my-thoughts/ask", "没有 leh 我又不是你肚子里的蛔虫"),  # round 14's tuning writers
        ("guess-my-thoughts/ask", "沒有，𠊎又不會讀心術"),  # round 21's final set (Meinong)
        ("my-flaw/ask", "冇呀，我點知"),  # round 21's final set (Ap Lei Chau)
        ("guess-my-thoughts/ask", "没有，我又不会读心术"),
        ("guess-my-thoughts/ask", "不，我怎么知道"),
        ("guess-my-thoughts/ask", "没有啊，我哪猜得到"),
        ("my-flaw/ask", "没有，想不到"),
        # (not 不，不知道 or "no 囉 唔知": a don't-know said twice reads either way, wp22)
    ],
)
def test_a_plain_no_then_why_not_says_no(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "says_no"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # a don't-know alone or first, and 不会 ("cannot") before one, stay don't-knows
        ("guess-my-thoughts/ask", "不知道"),
        ("guess-my-thoughts/ask", "不会，我哪知道"),
        ("guess-my-thoughts/ask", "没想过，不知道"),
        ("guess-my-thoughts/ask", "不知道，没有"),
        ("elephant-fridge/river", "不会 😂 你告诉我"),
    ],
)
def test_a_dont_know_first_or_after_cannot_is_unchanged(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert reached(corpus, where, answer) == "dont_know"


@pytest.mark.parametrize(
    "answer",
    [
        # rule "wavered, then a don't-know": a guess taken back, another guess, then a
        # don't-know with the asker bid tell after it, is not knowing
        "北…不对 西？整不会了 你直接说",  # round 21's final set (Shenzhen)
        "东……不对，西？不知道，你说吧",
        "东…不对 西？我猜不着 你讲讲",
        "北…不对 南？算了 不知道",
    ],
)
def test_wavered_then_a_dont_know_before_you_tell_me(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "cow-tail/ask", answer) == "dont_know"


@pytest.mark.parametrize(
    "answer",
    [
        # a guess after the don't-know, and one guess hedged, still guess
        "北…不对 西？不知道 还是东吧",
        "西？不知道 你说",
    ],
)
def test_a_guess_after_the_dont_know_or_one_guess_hedged_still_guesses(
    corpus: Corpus, answer: str
) -> None:
    assert reached(corpus, "cow-tail/ask", answer) == "direction"


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # forgot (Sichuan 忘球了, 忘词儿了, 忘光了), can't be sure (我猜不准, Fuzhou 伓 for 不), who
        # could guess
        ("mama-song/ask", "后面是啥子来着 忘球了", "dont_know"),  # round 15's final set
        ("mama-song/ask", "忘词儿了", "dont_know"),  # round 20's tuning writers
        ("mama-song/ask", "早忘光了", "dont_know"),
        ("guess-my-age/ask", "我猜伓准，你自己讲。", "dont_know"),  # round 15's final set
        ("guess-my-age/ask", "那谁猜得着", "dont_know"),  # round 11's final set
        ("guess-my-age/ask", "这谁猜得到啊", "dont_know"),
        # Henan and Shandong 白白白 (别别别: no no no), the north's 这号字 (这种字)
        (
            "bark-for-you/ask",
            "白白白，一把年纪了学啥狗叫，叫人家听见笑话。",
            "no",
        ),  # round 21 (Luoyang)
        ("bark-for-you/ask", "白白白 俺不听", "no"),
        (
            "misread-char/ask",
            "没有这号字，俺教了三十年语文，只要认真学都能念对。",
            "no_such",
        ),  # round 21
        ("misread-char/ask", "哪有这号字", "no_such"),
    ],
)
def test_dialect_dont_knows_and_nos(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a guess after 猜不准 guesses, and 猜不准 said of the thing, not the speaker, is no
        # don't-know (then a refusal refuses); 冇知 to "any flaw?" is a no; 白 alone is white,
        # 这号码 is a number
        ("guess-my-age/ask", "猜不准 三十？", "guesses_number"),
        ("guess-my-age/ask", "年龄这东西猜不准，我不猜。", "refuses"),  # round 16's final set
        ("my-flaw/ask", "冇知", "says_no"),  # round 16's final set
        ("bark-for-you/ask", "白白的叫啥", None),
        ("misread-char/ask", "这号码不对吧", None),
    ],
)
def test_white_a_number_and_a_guess_after_cant_be_sure_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Shaanxi, Gansu and Henan 咧 for 了 after a change of state
        ("gained-weight/ask", "胖咧 天天咥面能不胖么", "admits"),  # round 12's final set
        ("gained-weight/ask", "胖咧，天天咥泡馍", "admits"),  # round 19's final set
        ("gained-weight/ask", "瘦咧 天天干活", "denies"),
        ("running-all-day/ask", "累咧，今儿个跑了一天", "tired"),
        ("mama-song/ask", "忘咧", "dont_know"),
        # 咧 elsewhere stays a particle
        ("bark-for-you/ask", "不要咧", "no"),
    ],
)
def test_le_said_as_lie_after_a_change_of_state(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch
