"""Round twenty-six's Simplified Chinese verdicts (branch verdicts26hans), read by kind from
round twenty-five's final, dev and writers' sets and every tuning set's Simplified misses
(content/eval/tuning/round25_final/README.md, "What went wrong, by kind"), each kind probed with
answers of our own that a writer from elsewhere might type, beside the sets' rows: the shipped
corpus and lexicon through the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # Hakka's 𠊎 (I) typed by its sound as 涯 (and 偓) is 我...
        ("你爱涯", "你爱我"),
        ("涯唔晓得", "我不知道"),
        ("偓的", "我的"),
        # ...but 涯 keeps its own in its words
        ("雪花勇闯天涯", "雪花勇闯天涯"),
        ("职业生涯", "职业生涯"),
        # Hakka's and Cantonese's 系 (is) after an adverb or 不, and before a person...
        ("孙子系你不系涯", "孙子是你不是我"),
        ("还系你", "还是你"),
        # ...while 系 keeps its own in its words
        ("联系我", "联系我"),
        ("心系你", "心系你"),
        # my-flaw's pun said back with Shaanxi's 额: lacking a bit of me
        ("缺点额", "缺点我"),
        # Tianjin's 嘛时候 (when), Guilin's 哪门 (how), 哪门子 kept
        ("我嘛时候是猪了", "我不是猪了"),
        ("我哪门是猪了", "我不是猪了"),
        ("这是哪门子题", "这是哪门子题"),
        # Hokkien's 攏嘛會當食 (all can be eaten), Min's 有够 (very), Jin's 解不下 (can't make out)
        ("瓜攏嘛會當食", "瓜都能吃"),
        ("你人有够好", "你人很好"),
        ("解不下", "不懂"),
        # Xinjiang's 亚克西 (great), read before Wuhan's 克 (去) can
        ("你亚克西", "你很棒"),
        # the net's 8 for 不 before a verb of liking or knowing; not after a digit
        ("8喜欢", "不喜欢"),
        ("8知道", "不知道"),
        ("18喜欢", "18喜欢"),
    ],
)
def test_dialect_words_fold(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Hakka's 涯 (I) where the branch's phrase holds 我: a Ganzhou writer (round 25's final
        # set), and the same words from elsewhere
        ("reverse-baba/love", "你爱涯 哈哈", "ni_ai_wo"),
        ("follow-me-baba/second", "涯的", "typed"),
        ("guess-my-thoughts/ask", "想涯咯", "guesses_me"),
        ("guess-my-thoughts/guess", "在想涯啊", "guesses_me"),
        ("my-flaw/guess", "缺点涯嘛", "guesses_me"),
        ("dad-in-english/grandpa", "又想做涯阿公，涯晓得的", "sees_through"),
        ("mama-song/ask", "想当涯阿妈？涯都四十几了还占涯便宜", "sees_through"),
        ("nine-by-three/ask", "除了涯还系涯，晓得晓得", "saw_through"),
        ("guess-my-age/ask", "涯唔晓得", "dont_know"),
        # Shaanxi's 缺点额 (three writers of three rounds)
        ("my-flaw/guess", "缺点额？", "guesses_me"),
        ("my-flaw/guess", "缺点额呗😏", "guesses_me"),
    ],
)
def test_hakka_i_typed_by_its_sound(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # every melon said to be edible: each one named so, whatever asks "every" (Tianjin 嘛,
        # 什么, 所有) and however it is eaten (恰, Cantonese 食得, Hokkien 會當食)
        ("嘛瓜都能吃啊", "edible"),  # round 25's final set (Weifang)
        ("什么瓜都能吃啊", "edible"),
        ("所有瓜都能恰啊", "edible"),  # round 25's writers
        ("所有瓜都食得㗎喎", "edible"),  # round 25's final set (Wan Chai)
        ("瓜攏嘛會當食啊", "edible"),  # round 25's final set (Fengshan)
        ("啥瓜都可以吃吧", "edible"),
        ("所有的瓜都能吃", "edible"),
        # beside a don't-know they rule melons out, as named ones do
        ("不知道 西瓜冬瓜都能吃", "dont_know"),
        ("不晓得，什么瓜都能吃啊", "dont_know"),
        # and the fool is still the fool
        ("傻瓜不能吃", "fool"),
        # a melon named as gone bad is the bad one, not the edible name inside it, however it
        # went (烂, 坏, 放太久) and whatever stands between (Cantonese 左 for 咗, 既 for 的)
        ("烂西瓜", "spoiled"),
        ("爛左既西瓜", "spoiled"),  # round 13's writers (Mong Kok)
        ("壞掉的瓜不能吃啊，像放太久的西瓜", "spoiled"),  # round 21's writers
        ("放太久的哈密瓜", "spoiled"),
        ("西瓜", "edible"),
        ("臭傻瓜", "fool"),
        # Hokkien's 嘛 (also) after I: a melon ruled out beside a don't-know, no guess
        ("啥物瓜不能吃 嘸知捏 苦瓜我嘛吃", "dont_know"),  # round 20's writers (a wrong punchline)
    ],
)
def test_every_melon_edible(corpus: Corpus, answer: str, branch: str) -> None:
    assert reached(corpus, "inedible-melon/ask", answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the pig's question turned on the asker: no difference said with a stress or a what
        # inside (可没区别, 没啥区别)...
        ("you-and-pig/ask", "俺跟猪有区别，恁跟猪可没区别 哈哈", "saw_through"),
        ("you-and-pig/ask", "你跟猪没啥区别", "saw_through"),
        ("you-and-pig/explain", "你同猪也没区别", "flips_it"),
        # ...the asker the pig's kin, or the one it knows...
        ("you-and-pig/explain", "区别就是猪跟恁是亲戚", "saw_through"),
        ("you-and-pig/ask", "猪是你亲戚吧", "saw_through"),
        ("you-and-pig/explain", "区别就是 猪跟我不熟 跟你熟", "flips_it"),
        # ...or the difference named as the asker: "I'm not you", "I'm not a pig, you are"
        ("you-and-pig/explain", "区别就是我不是你🐷", "flips_it"),
        ("you-and-pig/explain", "区别就是额不是猪，你是", "flips_it"),
        ("you-and-pig/explain", "我可不是你", "flips_it"),
        # but one's own no difference is no turn (the reveal), nor a word after 你, nor 你是人
        ("you-and-pig/ask", "我跟猪没啥区别", None),
        ("you-and-pig/explain", "我不是你的猪", None),
        ("you-and-pig/explain", "我不是猪 你是人", "explains"),
    ],
)
def test_pig_turned_on_the_asker(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # hanging down said with its verb (Hakka 系 for 是 beside it)
        ("cow-tail/ask", "涯细时候放过牛，尾巴都系吊下来的，甩来甩去赶蚊子", "down"),
        ("cow-tail/ask", "牛尾巴都是垂下来的", "down"),
        # this song "won't come": not knowing it; 唱不来 of one's voice is no such thing
        ("mama-song/ask", "这歌涯唱唔来", "dont_know"),
        ("mama-song/ask", "这首我唱不来", "dont_know"),
        ("mama-song/ask", "我五音不全的，唱不来", None),
        # Southwest 莫 for 别: "don't play this" asks off the game
        ("follow-me-baba/first", "莫玩这个，忙起", "refuses"),
        ("reverse-baba/love", "别玩这个了", "refuses"),
        # Jin's 解不下 (can't make it out) is a don't-know
        ("misread-char/ask", "解不下 甚字", "dont_know"),
        # Min's 有够 is 很; Xinjiang's 亚克西 is praise
        ("compliment-game/ask", "好啦，你人有够好，可以了吧", "compliment"),
        ("compliment-game/ask", "你亚克西！", "compliment"),
        # a flaw in the words of Changsha and Guilin (话厚), Shaanxi (谝), the Southwest (耍手机)
        ("my-flaw/ask", "你缺点就是话太厚", "names_flaw"),
        ("my-flaw/guess", "嘴贫，爱谝", "names_flaw"),
        ("my-flaw/guess", "爱耍手机 不干活", "names_flaw"),
        ("my-flaw/ask", "孬嘴，爱讲废话", "names_flaw"),
        # Henan's and Shandong's 白叫 (don't bark) is no yes; nor is the net's 8 for 不 before a
        # verb of liking (8喜欢): both were wrong punchlines, 叫 and 喜欢 read alone as the yes
        ("bark-for-you/ask", "白叫", "no"),
        ("bark-for-you/ask", "白叫了 邻居要骂", "no"),
        ("play-water/ask", "8喜欢", "no"),
        # 有滴 (a bit) is 有点: a yes, hedged
        ("silent-love/ask", "有滴", "yes"),
        # "don't pry", "nosy" refuses (问这弄啥，白打听俺年纪), as "none of your business" does
        ("zodiac-belong/ask", "问这弄啥，白打听俺年纪。", "refuses"),
        ("guess-my-age/ask", "别打听", "refuses"),
        # the grandson said to be the asker turns the pun back (孙子系你不系涯: Hakka 系 for 是);
        # which 孙 it is (孙子的孙) still answers
        ("monkey-name/surname", "姓孙，不过孙子系你不系涯哈哈", "saw_through"),
        ("monkey-name/surname", "孙子是你 我姓孙的是孙悟空", "saw_through"),
        ("monkey-name/surname", "姓孙，孙子的孙", "sun"),
        # "how am I a pig?" asked in Tianjin and Guilin denies
        ("forget-pig/ask", "去你的，我嘛时候是猪了？", "deny"),
        ("forget-pig/ask", "我哪门是猪了嘛，讲清楚", "deny"),
    ],
)
def test_words_from_elsewhere(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch
