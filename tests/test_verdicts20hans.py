"""Round twenty's Simplified Chinese verdicts (branch verdicts20hans), read from round
nineteen's final and dev sets (content/eval/tuning/round19_final/, round19_dev/) by kind, each
kind probed with answers of our own that a mainland writer might type, beside the sets' rows,
and a new user's play: the shipped corpus and lexicon through the real matcher (the rules' own
verdict: no second opinion), and what the bot says back (`recognise`)."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, SAW_THROUGH, Corpus
from bot.conversation.answering import step
from bot.i18n.catalogue import say
from tests.support.understanding import reached


@pytest.mark.parametrize(
    "answer",
    [
        # the insult turned back (你才是猪) beside a denial asked as "how/when am I a pig?",
        # said with the dialect's "I" (老子, 老娘, 俺, Shaanxi 额) or "when" (Wuhan 么时候)
        "你才是猪，老子哪是猪",  # round 19's dev set
        "你才是猪！老子么时候是猪了",  # round 19's final set (Wuhan)
        "额啥时候成猪咧？你才是猪",  # ...(Xi'an): the retort after the '?' corrects nothing
        "恁才是猪嘞 俺可不是",  # ...(Zhengzhou): 俺可不是, "I certainly am not"
        "啥个猪啦，我是仍，你才是猪",  # round 13's Hangzhou writer: Wu 啥个 is 什么
        "你才是猪 俺啥时候成猪了",
        "俺哪是猪啊 你才是猪",
        "你才是猪呢，我么时候变成猪了",
        "你才是猪 我可不是猪",
        "你才是猪！老娘哪里是猪",
        "额哪是猪 你才是猪",
        "我啥时候成猪了？你才是",
    ],
)
def test_the_insult_turned_back_beside_a_denial_denies(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == "deny"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # alone, or beside a trick word, the retort still sees through it
        ("你才是猪", "deny"),  # quite alone: a denial since wp27
        ("你才是猪 这招我知道", GIVE_AWAY),
        # 可不是 alone is "isn't it so", no denial; "since when did I succeed" denies no pig
        ("可不是嘛", None),
        ("我啥时候成功过", None),
    ],
)
def test_a_retort_without_a_denial_is_unchanged(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "forget-pig/ask", answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # a guess taken back (不对, glued to the guess named again, or apart) and then "what is
        # it then?": nothing is answered yet
        "鸽子吧 不对鸽子认得路 那是啥",  # round 19's final set (Zhengzhou)
        "狗？不对 狗认识路 那是啥呢",
        "羊吧，不对，羊也认路啊，那到底是啥",
        "马吧 不对马认得路 那是什么",
        "猪吧 不对 猪那么笨 那会是啥",
        "鸽子 不对鸽子会飞 那还能是啥",
        "蚂蚁吧，不是不是，蚂蚁认路，那究竟是什么",
    ],
)
def test_a_guess_taken_back_with_none_instead_answers_nothing(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "lost-deer/ask", answer) is None


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # another answer after the correction is still taken, and a guess alone stands
        ("鸽子？不对鸽子会认路 那就猪吧", "other_animal"),
        ("鸽子吧 不对 猪吧", "other_animal"),
        ("鸽子", "other_animal"),
        # 不对 glued to a word of its own (不对劲) corrects nothing
        ("鸽子吧 不对劲", "other_animal"),
    ],
)
def test_a_correction_to_another_answer_keeps_it(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "lost-deer/ask", answer) == branch


@pytest.mark.parametrize(
    "answer",
    [
        # praise said to the asker, 太…了 as an exclamation: no flaw named (a new user's play)
        "你太帅了",
        "你太帥了吧",
        "你长得太帅了",
        "你也太好看了哈哈",
        "你太靓仔了",
        "你太漂亮了",
    ],
)
def test_praise_said_to_the_asker_names_no_flaw(corpus: Corpus, answer: str) -> None:
    assert reached(corpus, "my-flaw/ask", answer) is None
    assert reached(corpus, "my-flaw/guess", answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a boast guessed as the flaw, and a flaw said to the asker, are still flaws named
        ("my-flaw/ask", "太帥？", "names_flaw"),
        ("my-flaw/ask", "太帅了吧", "names_flaw"),
        ("my-flaw/ask", "你太懒了", "names_flaw"),
        ("my-flaw/ask", "你太啰嗦了", "names_flaw"),
        # ...and the same praise in the compliment game is a compliment
        ("compliment-game/ask", "你太帅了", "compliment"),
        ("compliment-game/ask", "你长得太好看了", "compliment"),
    ],
)
def test_a_flaw_named_and_praise_elsewhere_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # a refusal beside the trick named ends the routine seen through (a new user's play)
        ("dad-in-english/dad", "我不说，你就想让我叫你爸爸"),
        ("dad-in-english/dad", "不说，你想让我叫你爸爸吧"),
        ("dad-in-english/dad", "我才不说 你想当我爸"),
        ("dad-in-english/dad", "不告诉你 你就想我喊你爸"),
        ("dad-in-english/dad", "不说不说，想占我便宜"),
        ("dad-in-english/dad", "我不说，你就是想让我喊爸爸"),
    ],
)
def test_a_refusal_beside_the_trick_named_ends_seen_through(
    corpus: Corpus, where: str, answer: str
) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].recognise(answer)
    assert found is not None
    assert found.id == GIVE_AWAY
    assert found.goto is None


@pytest.mark.parametrize(
    ("answer", "branch", "goes_to"),
    [
        # wariness with no refusal goes on, as written; a refusal alone is the refusal
        ("不上当", "sees_through", "grandpa"),
        ("你先说", "sees_through", "grandpa"),
        ("不说", "refuses", None),
    ],
)
def test_wariness_goes_on_and_a_refusal_alone_declines(
    corpus: Corpus, answer: str, branch: str, goes_to: str | None
) -> None:
    found = corpus.routines["dad-in-english"].states["dad"].recognise(answer)
    assert found is not None
    assert (found.id, found.goto) == (branch, goes_to)


@pytest.mark.parametrize(
    "answer",
    [
        # the fall taken back, the answer that sees through it said after: the last counts,
        # with the bot's line for a save, not "一眼看穿" (a new user's play)
        "三毛，不对不对，是小明",
        "三毛 不对 小明",
        "三毛吧，不对不对，小明啊",
        "三毛！等等，不对，小明",
        "三毛，错了错了，小明",
        "三毛，啊不是，小明",
        "三毛 不对 小明 差点上当",  # the fall outweighed by seeing it, not corrected
    ],
)
def test_a_fall_taken_back_is_caught_in_time(corpus: Corpus, answer: str) -> None:
    routine = corpus.routines["xiaoming-third-son"]
    found = routine.states["ask"].recognise(answer)
    assert found is not None
    assert (found.id, found.outcome) == ("xiaoming", SAW_THROUGH)
    assert step(routine, "ask", found, "zh") == ([say("caught_in_time", "zh")], None)


@pytest.mark.parametrize("answer", ["小明", "当然是小明", "小明 差点上当"])
def test_seeing_through_at_once_keeps_its_own_reply(corpus: Corpus, answer: str) -> None:
    routine = corpus.routines["xiaoming-third-son"]
    found = routine.states["ask"].recognise(answer)
    assert found is not None
    assert found.id == "xiaoming"
    assert step(routine, "ask", found, "zh") == (["小明！一眼看穿，厉害。"], None)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # 反弹, the playground's "bounced back", turns the insult back: flips_it, whose reply
        # says it (round 19's final set: "you are a fool 哈哈哈哈反弹")
        ("you are a fool 哈哈哈哈反弹", "flips_it"),
        ("反弹！", "flips_it"),
        ("反彈", "flips_it"),
        ("反弹给你", "flips_it"),
        ("you're a fool 反弹回去", "flips_it"),
        # a refusal and the fall are unchanged
        ("我不说", "sees_through"),
        ("i am a fool", "fell"),
    ],
)
def test_bounced_back_turns_the_insult_back(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "fool-in-english/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # the speaker's own son opening a story (俺 folds to 我) is no son made of the asker,
        # even where the son is the trick's word (round 19's final set, Zhengzhou)
        ("follow-me-baba/third", "俺儿子喊俺妈喊得可甜 他爸爸在外地打工嘞"),
        ("follow-me-baba/third", "我儿子天天喊我妈妈"),
        ("follow-me-baba/third", "我儿子昨天考了一百分"),
        ("follow-me-baba/third", "俺儿子在上学呢"),
        ("follow-me-baba/third", "我儿子也这么叫我"),
        ("guess-my-age/address", "我儿子都上大学了"),
    ],
)
def test_ones_own_son_opening_a_story_is_no_answer(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # the asker made a son still sees through it, alone or after the clause's own words
        ("follow-me-baba/third", "你是我儿子"),
        ("follow-me-baba/third", "儿子"),
        ("follow-me-baba/third", "儿子乖"),
        ("guess-my-age/address", "你做我個仔就真，乖啦"),
    ],
)
def test_the_asker_made_a_son_still_sees_through(corpus: Corpus, where: str, answer: str) -> None:
    assert reached(corpus, where, answer) == "sees_through"


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # rhetorical questions read as meant: "who couldn't see it?" noticed (round 19's final
        # set, Hangzhou; its dev set, Nanjing) ...
        ("发现啦 天天给我带奶茶 谁看不出来💕", "yes"),
        ("谁看不出来啊", "yes"),
        ("谁感觉不到啊", "yes"),
        ("哪能看不出来", "yes"),
        ("谁没发现啊", "yes"),
        ("能不发现吗", "yes"),
        ("发现了发现了，天天给我发消息，能不发现吗", "yes"),
        # ... and "where did I see it?" did not (round 19's final set, Zhengzhou)
        ("没发现 哪看出来了", "no"),
        ("哪看出来了", "no"),
        ("我哪发现了", "no"),
        ("哪有发现", "no"),
    ],
)
def test_rhetorical_questions_of_noticing_read_as_meant(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert reached(corpus, "silent-love/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # plain answers, a real "where?" and a request are unchanged
        ("silent-love/ask", "看不出来", "no"),
        ("silent-love/ask", "没看出来", "no"),
        ("silent-love/ask", "看出来了", "yes"),
        ("silent-love/ask", "哪里看得出来", "no"),
        ("silent-love/ask", "你从哪看出来的", None),
        ("guess-my-thoughts/ask", "你能不要问了吗", None),
    ],
)
def test_plain_noticing_and_real_questions_are_unchanged(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # dialect typed as said: Shaanxi 咥 (eat), Henan 恁 told something, Wuhan and Hunan 灵醒
        # (sharp), Henan and Southwest 想不来 (cannot think of it) (round 19's final set)
        ("guess-my-thoughts/guess", "想咥肉夹馍", "guesses_thing"),
        ("guess-my-thoughts/guess", "想咥羊肉泡馍咧", "guesses_thing"),
        ("zodiac-belong/ask", "不告诉恁 问人家属啥弄啥", "refuses"),
        ("zodiac-belong/ask", "不告诉恁", "refuses"),
        ("compliment-game/ask", "你蛮好，人长得灵醒", "compliment"),
        ("compliment-game/ask", "你蛮灵醒", "compliment"),
        ("inedible-melon/retry", "想不来 啥瓜", "dont_know"),
        ("inedible-melon/retry", "猜不来", "dont_know"),
        # "fat, what fat?" dismisses the word (Wuhan 胖么斯胖), a thing named stays named
        ("gained-weight/ask", "胖么斯胖，我天天站摊子瘦了五斤", "denies"),
        ("gained-weight/ask", "胖什么胖", "denies"),
        ("gained-weight/ask", "胖啥胖 瘦了", "denies"),
        ("running-all-day/ask", "累什么累", "not_tired"),
        ("forget-pig/ask", "猪什么猪", "deny"),
        ("running-all-day/ask", "累", "tired"),
        # single characters between pauses are one word said slowly (round 19's final set)
        ("reverse-baba/love", "我…爱…你？", "forward"),
        ("reverse-baba/love", "我...爱...你", "forward"),
        ("reverse-baba/love", "我……爱……你", "forward"),
        ("reverse-baba/love", "你…爱…我？", "ni_ai_wo"),
        ("reverse-baba/love", "嗯…我爱你", "forward"),
        # ...but numerals counted out stay apart
        ("ten-knives/ask", "八…九…十", None),
    ],
)
def test_dialect_and_pauses_read_as_said(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # "one moment X, the next Y" beside a don't-know offers a choice it cannot make
        # (round 19's final set, Wuhan)
        ("属么斯…我自己都搞不清，我妈一时说属猴一时说属鸡", "dont_know"),
        ("我也搞不清 一会属猴一会属鸡", "dont_know"),
        ("不记得了 一会说属龙一会说属蛇", "dont_know"),
        ("搞不清楚，一下属狗一下属猪", "dont_know"),
        # one sign, or one corrected after a wait, is still named
        ("属猴", "names_sign"),
        ("属猴 等一会 属鸡", "names_sign"),
    ],
)
def test_one_moment_this_the_next_that_is_a_choice_unmade(
    corpus: Corpus, answer: str, branch: str
) -> None:
    assert reached(corpus, "zodiac-belong/ask", answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # "nearly" before an admission is a near miss, seen in time (round 19's final set,
        # Xi'an: 差点着道), not a fall admitted
        ("三毛……哦不对，小明！差点着道", "xiaoming"),
        ("三毛 不对 小明 差点着道", "xiaoming"),
        ("三毛 不对 小明 差点中招", "xiaoming"),
        ("三毛 哦不对 小明 差点被坑", "xiaoming"),
        ("三毛 不对 小明 差一点被套路", "xiaoming"),
        # the admission itself after the fall still admits it
        ("三毛 着道了", "sanmao"),
    ],
)
def test_nearly_fallen_is_seen_in_time(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "xiaoming-third-son/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # "love" typed by sound, la or le then fu or (Wuhan) wu (round 19's final and dev sets)
        ("i-love-you-english/ai", "辣舞", "answered"),
        ("i-love-you-english/ai", "拉芙", "answered"),
        ("i-love-you-english/ai", "啦夫 哈哈", "answered"),
        # 标致 (pretty, handsome) is a compliment (round 19's dev set, Nanjing)
        ("compliment-game/ask", "你长得蛮标致的，行了吧", "compliment"),
        ("compliment-game/ask", "你很标致", "compliment"),
        # a bare yes is still no compliment
        ("compliment-game/ask", "行", None),
    ],
)
def test_love_by_sound_and_praise_words(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # raw (生的) said of a melon named: eaten cooked, the melon is the answer (six writers
        # of four rounds; round 19's final set, Zhengzhou)
        ("冬瓜吧 生的不能吃", "edible"),
        ("木瓜？生的不能吃吧", "edible"),
        ("冬瓜 生的冬瓜吃不得", "edible"),
        ("南瓜 生的吃不了", "edible"),
        # raw alone answers nothing; unripe and rotten melons are still spoiled
        ("生的", None),
        ("生瓜", "spoiled"),
        ("没熟的瓜", "spoiled"),
        ("烂了的西瓜", "spoiled"),
    ],
)
def test_raw_beside_a_melon_named_is_the_melon(
    corpus: Corpus, answer: str, branch: str | None
) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) == branch
