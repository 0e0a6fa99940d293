"""Round nineteen's Simplified Chinese verdicts (branch verdicts19hans), read from round
eighteen's final set (content/eval/tuning/round18_final/) by kind, each kind probed with answers
of our own that a mainland writer might type, beside the set's rows: the shipped corpus and
lexicon through the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a northern "hang on" (等会, 等会儿, 等一会) between two answers corrects the first
        ("xiaoming-third-son/ask", "三毛 哦等会 小明", "xiaoming"),
        ("xiaoming-third-son/ask", "三毛 等一会 是小明", "xiaoming"),
        ("xiaoming-third-son/ask", "三毛吧 嗯…等会儿 小明！", "xiaoming"),
        ("nine-by-three/ask", "九…等会 三", "three"),
        ("heart-side/ask", "左边 哎等会 是右边吧", "names_side"),
        ("cow-tail/ask", "东边 等一会儿 朝下", "down"),
        # ...not a put-off after the answer (等会再说): the answer stays, unread
        ("xiaoming-third-son/ask", "三毛 等会再说", None),
        ("xiaoming-third-son/ask", "三毛", "sanmao"),
    ],
)
def test_wait_a_moment_corrects(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the asker's own not knowing (你自己都不知道) to "do you know what I'm thinking?" is
        # neither the victim's no nor their don't-know (review)
        ("guess-my-thoughts/ask", "你自己都不知道", None),
        ("guess-my-thoughts/ask", "你自己都不知道你在想什么", None),
        ("guess-my-thoughts/ask", "你自己也不晓得吧", None),
        ("guess-my-thoughts/ask", "你都不知道还问我", None),
        ("guess-my-thoughts/ask", "你自己都搞不清楚", None),
        ("my-flaw/ask", "你自己都不知道", None),
        # the victim's own don't-know and no stand
        ("guess-my-thoughts/ask", "我不知道", "dont_know"),
        ("guess-my-thoughts/ask", "不知道", "dont_know"),
        ("guess-my-thoughts/ask", "没有", "says_no"),
    ],
)
def test_the_askers_own_not_knowing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # a yes or "come on" to "第一句是“你是”，你来？" agrees to follow: the game goes on
        ("好", "typed"),
        ("好啊", "typed"),
        ("ok", "typed"),
        ("行", "typed"),
        ("可以可以", "typed"),
        ("没问题", "typed"),
        ("来吧！", "typed"),
        ("来", "typed"),
        ("开始吧", "typed"),
        # ...not 来 closing a sentence (咩遊戲嚟㗎: 嚟 folds to 来), nor a refusal after a 好
        ("咩遊戲嚟㗎", None),
        ("来客了 回头再玩", None),
        ("好无聊 不玩", "refuses"),
        ("不来", "refuses"),
    ],
)
def test_a_yes_to_follow_me_agrees_to_follow(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "follow-me-baba/first", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the insult turned back beside what one is instead (我是人, 我是帅哥), where that is
        # the state's denial's own phrase (forget-pig's deny also says 不是猪): a denial
        ("forget-pig/ask", "你才是猪咧！我是人，属龙的人。", "deny"),
        ("forget-pig/ask", "你才是猪 我是人", "deny"),
        ("forget-pig/ask", "我是帅哥 你才是猪", "deny"),
        ("forget-pig/ask", "你才是猪！我是美女", "deny"),
        ("forget-pig/ask", "我哪像猪 你才是", "deny"),
        ("forget-pig/ask", "你先係豬 我係靚仔", "deny"),
        # ...alone, or beside a trick word, it still sees through; you-and-pig's 我是人 answers
        # the difference (its answer never says 不是猪)
        ("forget-pig/ask", "你才是猪", "deny"),  # quite alone: a denial since wp27
        ("forget-pig/ask", "你才是猪 这招我知道", GIVE_AWAY),
        ("forget-pig/ask", "你才是猪 我是人 这招我见过", GIVE_AWAY),
        ("pig-ran-away/ask", "你才是猪 我是人", GIVE_AWAY),
    ],
)
def test_the_insult_turned_back_beside_the_denials_own_words(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the fall's word said, then what it said told back to the asker (你是说我…, 你骂我):
        # realised once said, the fall stands
        ("inedible-melon/retry", "傻瓜？你是说我是傻瓜！", "fool"),
        ("inedible-melon/retry", "傻瓜…好啊你拐弯抹角骂我", "fool"),
        ("inedible-melon/retry", "傻瓜 哎你是在骂我吧", "fool"),
        ("inedible-melon/ask", "傻瓜！哦 你说我是傻瓜啊", "fool"),
        ("inedible-melon/ask", "傻瓜。。你这是骂我呢", "fool"),
        ("inedible-melon/retry", "傻瓜 哼 你损我", "fool"),
        ("follow-me-baba/third", "爸爸 你是说我是你儿子？", "fell"),
        # ...not the asker's move foreseen (想, 要, 然后 before 你), nor told without the fall
        ("inedible-melon/retry", "傻瓜 然后你要说我就是那个傻瓜 对吧", "sees_through"),
        ("inedible-melon/retry", "傻瓜 你想说我是傻瓜吧", "sees_through"),
        ("inedible-melon/ask", "傻瓜 你是不是又想骂我", GIVE_AWAY),
        ("inedible-melon/retry", "你是说我是傻瓜", GIVE_AWAY),
        ("compliment-game/ask", "我讚你 然後你話我有眼光 即係讚返你自己 唔跌", GIVE_AWAY),
    ],
)
def test_fell_then_told_what_it_said(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the line to type (你是) run on into a sentence of one's own about the asker: no line
        ("你是猪", None),
        ("你係豬", None),
        ("你係咪好得閒", None),
        ("你是豬 ㄏㄏ", None),
        ("你是坏人吧", None),
        ("你是机器人吗", None),
        # ...the line alone, with a particle, or apart from what follows still types it; run
        # on into the question's own words (你是我的爸爸) it names the trick
        ("你是～", "typed"),
        ("你是呀", "typed"),
        ("好 你是", "typed"),
        ("你是 然后呢", "typed"),
        ("nishi", "typed"),
        ("你是我的爸爸对吧 不跟", GIVE_AWAY),
    ],
)
def test_the_line_said_on(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "follow-me-baba/first", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # an answer, then a question of its own and "tell me" (说来听听): the why asks about the
        # question, it does not ask the answer back
        ("silent-love/ask", "冇发现，你那里爱我了？说来听听。", "no"),
        ("silent-love/ask", "没发现 你哪里爱我了？说说看", "no"),
        ("silent-love/ask", "没有啊，你啥时候爱我了？讲讲", "no"),
        # ...the answer itself asked, then why, is still asked back
        ("nine-by-three/ask", "我是三？你想怎样", None),
        ("nine-by-three/ask", "三？为什么", None),
    ],
)
def test_a_question_of_its_own_then_tell_me(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 不知道 typed by sound (Kunming voice input's 不值到; 晓不的 for 晓不得)
        ("elephant-fridge/fridge", "不值到 几步", "dont_know"),
        ("elephant-fridge/fridge", "我也不值到", "dont_know"),
        ("pig-ran-away/ask", "不值到", "dont_know"),
        ("pig-ran-away/ask", "晓不的", "dont_know"),
        ("guess-my-age/ask", "不值到 你多大", "dont_know"),
        # ...not worth (不值得, 不值钱)
        ("buy-land/ask", "不值得买", None),
        ("buy-land/ask", "这地不值钱", None),
    ],
)
def test_dont_know_typed_by_sound(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # Hebei, Henan and Shandong 血 for 很 before praise; looks praised; Shandong 杠赛
        ("你长得血好 行了吧", "compliment"),
        ("恁人血好 杠赛来", "compliment"),
        ("你人血好", "compliment"),
        ("你长得挺好", "compliment"),
        ("杠赛", "compliment"),
        # ...blood stays blood, and looks run down are no praise
        ("我血型好", None),
        ("你长得好丑", None),
        ("你长得很丑", None),
    ],
)
def test_praise_in_northern_words(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "compliment-game/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # seeing through it in one's own words: what saying it makes one (一说俺成孙子了, with
        # no 就), and "whatever I say, I'm the pig" (说啥都是猪, 咋说都是猪)
        ("monkey-name/surname", "不说 一说俺成孙子了 俺懂", GIVE_AWAY),
        ("monkey-name/surname", "不说 一说我变孙子", GIVE_AWAY),
        ("forget-pig/ask", "这个俺知道 说啥都是猪 不接茬", GIVE_AWAY),
        ("forget-pig/ask", "说什么都是猪", GIVE_AWAY),
        ("forget-pig/ask", "咋说都是猪 不上你当", GIVE_AWAY),
        # ...the answer and a denial stand
        ("monkey-name/surname", "孙 一说我成了啥", "sun"),
        ("forget-pig/ask", "我不是猪", "deny"),
    ],
)
def test_seen_through_in_ones_own_words(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a don't-know, then a how asked (怎么猜？, 咋猜？): no guess after it, the don't-know
        ("guess-my-age/ask", "不晓得，看不到你的样子，怎么猜？", "dont_know"),
        ("guess-my-age/ask", "不知道 没见过你 咋猜？", "dont_know"),
        ("guess-my-age/ask", "猜不到，我都没见过你，怎么知道？", "dont_know"),
        ("elephant-fridge/river", "ㄅ知道ㄋ 怎麼過?", "dont_know"),
        # ...a guess after it still hedges it
        ("xiaoming-third-son/ask", "唔知，四毛？", None),
    ],
)
def test_a_dont_know_then_a_how_asked(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
