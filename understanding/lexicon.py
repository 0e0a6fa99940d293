"""The shared word lists behind answer understanding: data only, documented in content/README.md.

Every entry goes through the same folding as an answer (width, case, Traditional → Simplified,
the Cantonese table below), so an entry is written once, in Simplified Chinese or in plain
English without apostrophes ("dont", "im"). Add a word here and every routine using the intent
understands it; `python -m bot eval` shows what that changes.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import cache
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    """A comma-separated list: one entry per comma, spaces inside an entry kept."""
    return tuple(word.strip() for word in text.split(",") if word.strip())


# -- intents --------------------------------------------------------------------------------
# A branch with `intent: yes` matches every entry of the `yes` lexicon. Every state also knows
# the intents it does not use: an answer meaning "I don't know" where no branch takes
# dont_know is understood as such and gets the hint or the reveal, never a wrong punchline.
# One-character Chinese entries (好, 行, 不…) and one-letter English ones (y, k, n) count only
# where they stand alone in a clause: they are parts of countless other words.

INTENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "yes": {
        "label": ("是的", "yes"),
        "zh": _words(
            """
            是, 是的, 是啊, 是呀, 是滴, 对, 对的, 对啊, 对呀, 对对对, 没错, 嗯, 嗯嗯, 恩,
            嗯哼, 嗯呐, 好, 好的, 好啊, 好呀, 好吧, 好嘞, 好哒, 好哇, 行, 行啊, 行吧, 成, 得,
            可以, 可以啊, 当然, 当然了, 那当然, 当然是, 必须的, 肯定, 肯定的, 确实, 没问题, 没有问题,
            同意, 愿意, 乐意, 欧克, 那还用说, 可不是, 可不是嘛, 废话, 👍, 👌, ✅, 🙆, 💯
            """
        ),
        "en": _words(
            """
            yes, yeah, yep, yup, yea, yah, ya, yas, ye, yeh, yesh, sure, sure do, sure thing,
            for sure, of course, ok, okay, okey, okie, kk, k, y, alright, all right,
            absolutely, definitely, certainly, indeed, obviously, totally, exactly, correct,
            right, thats right, affirmative, i do, i did, i have, uh huh, mhm, mm hmm,
            yes please, why not, you bet, aye, yessir, no problem, fine, go for it
            """
        ),
    },
    "no": {
        "label": ("不", "no"),
        "zh": _words(
            """
            不, 不是, 不是的, 不对, 不要, 不用, 不用了, 不行, 不好, 不了, 不会, 不想, 不愿意,
            不可以, 不能, 不必, 不需要, 没, 没有, 没呢, 还没, 还没有, 并没有, 并不, 才不,
            才没有, 才没, 当然不, 当然没有, 肯定不, 肯定没有, 否, 错, 没门, 想得美, 别, 别了,
            从来没有, 根本没有, 一点也不, 一点都不, 绝对不, 🙅, 👎, ❌, 🚫
            """
        ),
        "en": _words(
            """
            no, nope, nah, naw, nay, nop, n, no way, not really, not at all, not rly,
            of course not, hell no, i dont, i do not, dont, i dont think so, dont think so,
            i havent, i didnt, i wont, never, nuh uh, negative, guess not, i guess not,
            probably not, definitely not, absolutely not, certainly not, not yet, not quite,
            no need, please dont, i dont want to
            """
        ),
    },
    "dont_know": {
        "label": ("不知道", "I don't know"),
        "zh": _words(
            """
            不知道, 不晓得, 不清楚, 不太清楚, 不确定, 不太确定, 不懂, 不明白, 不知, 不了解,
            不记得, 忘了, 忘记了, 谁知道, 天知道, 鬼知道, 不造, 母鸡, 想不出, 想不出来,
            猜不到, 猜不出, 猜不出来, 没想法, 没头绪, 没概念, 答不上来, 说不上来, 问倒我了,
            你问我我问谁, 说不出来, 说不出, 讲不出来, 想不起来, 想不出, 答不出来, 不会答, 🤷
            """
        ),
        "en": _words(
            """
            idk, idek, i dont know, dont know, i do not know, dunno, i dunno, no idea,
            i have no idea, no clue, not a clue, not sure, im not sure, who knows, beats me,
            search me, cant remember, dont remember, i forgot, i forget, forgot, clueless,
            i give up, 🤷
            """
        ),
    },
    "refuse": {
        "label": ("不玩", "no thanks"),
        "zh": _words(
            """
            不玩, 不想玩, 不要玩, 不玩了, 没兴趣, 没有兴趣, 不感兴趣, 没空, 没时间, 无聊, 好无聊, 懒得,
            懒得理你, 不理你, 别烦我, 别闹, 走开, 滚, 滚开, 不干, 算了, 算了吧, 才不要,
            不陪你玩, 你自己玩, 没心情, 拒绝, 无所谓, 不在乎, 谁在乎, 不告诉你, 不想告诉你, 保密, 秘密, 无可奉告,
            关你什么事, 关你屁事, 不关你事, 管得着吗, 不答, 不回答, 不想答, 不想回答, 不想说,
            不说了
            """
        ),
        "en": _words(
            """
            no thanks, no thank you, not playing, im not playing, not interested, pass, i pass,
            ill pass, leave me alone, go away, boring, im busy, busy, no time, not now,
            im good, im ok, stop, stop it, whatever, i dont care, dont care, idc, who cares,
            shut up, not in the mood, not doing this,
            not doing that, not doing it, not doing, id rather not, rather not, none of your
            business, not telling, not telling you, its a secret, secret
            """
        ),
    },
    "insult": {
        "label": ("你真丑", "you're ugly"),
        "zh": _words(
            """
            丑, 好丑, 真丑, 丑八怪, 难看, 笨, 蠢, 傻, 傻瓜, 笨蛋, 白痴, 智障, 脑残, 蠢货, 二货,
            讨厌鬼, 烦人, 好烦, 真烦, 恶心, 猪头, 废物, 垃圾, 渣, 无语
            """
        ),
        "en": _words(
            """
            ugly, pretty ugly, stupid, pretty stupid, dumb, pretty dumb, idiot, moron, annoying,
            pretty annoying, pretty bad, lame, loser, gross, weird, you stink, you suck, sucks,
            trash, hate you, i hate you, creepy, cringe
            """
        ),
    },
    "trick": {
        "label": ("识破了", "nice try"),
        "zh": _words(
            """
            不上当, 才不上当, 我不上当, 不会上当, 才不会上当, 没上当, 占便宜, 占我便宜, 想占我便宜, 套路,
            又是套路, 老套路, 同一个套路, 同一招, 又来, 又来了, 骗我, 想骗我, 别想骗我, 骗人,
            骗我说, 骗我叫, 让我说, 让我叫, 想让我, 做梦, 做梦吧, 白日做梦, 休想, 别想, 门都没有,
            我不傻, 我又不傻, 当我傻, 我才不傻, 识破, 看穿, 看穿了, 我就知道, 早就知道, 你想干嘛,
            你想干什么, 我知道你想, 我知道你在想, 打什么主意, 坑我, 挖坑, 想得倒美, 美得你,
            当我爸, 当我妈, 当我爷爷, 叫你爸, 叫你爸爸, 叫你妈, 叫你妈妈, 叫你爷爷, 你是我儿子,
            你是我孙子, 乖儿子, 乖孙, 乖孙子, 我是你爸, 我是你爸爸, 我是你爷爷
            """
        ),
        "en": _words(
            """
            nice try, good try, not falling for it, not falling for that, not falling for this,
            not falling, i see what you did there, i know this one, i know this trick,
            i know that trick, old trick, classic trick, same trick, trick question, you wish,
            dream on, in your dreams, not gonna happen, not happening, youre trying to trick me,
            trying to trick me, not gullible, im not gullible, not that gullible
            """
        ),
    },
    "why": {
        "label": ("为什么", "why"),
        "zh": _words(
            """
            为什么, 为啥, 为何, 咋了, 怎么了, 什么原因, 啥原因, 告诉我, 你说, 你说吧, 你说呢,
            说吧, 快说, 说说, 说来听听, 说说看, 然后呢, 怎么说, 请讲, 愿闻其详, 求解, 求答案
            """
        ),
        "en": _words(
            """
            why, how come, tell me, tell me why, go on, do tell, pray tell, then what,
            and then, whats the answer, explain, spill, how so
            """
        ),
    },
}

# Where no branch of a state takes an intent, its words (all, or the ones listed) count for
# the branch taking the other intent named: a plain no refuses a game ("nope" to "can you do
# it?"); declining answers a yes/no question with no (没兴趣 to 你喜欢玩水吗). Only declining:
# 无聊, 滚 or "whatever" refuse to play but answer nothing.
DECLINES = _words(
    """
    不玩, 不想玩, 不要玩, 不玩了, 没兴趣, 没有兴趣, 不感兴趣, 不干, 才不要, 拒绝, 不陪你玩,
    no thanks, no thank you, not interested, not playing, im not playing, id rather not,
    rather not
    """
)
STAND_INS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "refuse": ("no", DECLINES),
    "no": ("refuse", None),
}

# -- Cantonese ------------------------------------------------------------------------------
# Common Cantonese forms folded to Mandarin after OpenCC's Traditional → Simplified, so the
# keys are Simplified. 係 is handled before OpenCC, which would make it 系 ("system"); 關係
# ("relationship") keeps its 係. Longer keys are tried first.
CANTONESE: dict[str, str] = {
    "唔该": "谢谢",
    "唔使": "不用",
    "唔好": "不要",
    "唔知道": "不知道",
    "唔知": "不知道",
    "唔": "不",
    "冇": "没有",
    "钟意": "喜欢",
    "点解": "为什么",
    "为咩": "为什么",
    "做咩": "干什么",
    "梗是": "当然是",
    "叻": "厉害",
    "点样": "怎样",
    "咁": "这么",
    "佢哋": "他们",
    "佢": "他",
    "乜嘢": "什么",
    "咩嘢": "什么",
    "嘅": "的",
    "咗": "了",
    "啲": "些",
    "喺": "在",
    "嘢": "东西",
    "靓仔": "帅哥",
    "靓女": "美女",
    "靓": "漂亮",
    "走佬": "逃跑",
    "系咪": "是不是",
    "是咪": "是不是",
    "边个": "谁",
    "啱": "对",
    "睇": "看",
    "冇错": "没错",
    "冇问题": "没问题",
    "匿埋": "躲起来",
    "唔估": "不猜",
    "估下": "猜猜",
    "估吓": "猜猜",
    "你估": "你猜",
    "唔识": "不会",
    "识唔识": "会不会",
    "知唔知道": "知不知道",
    "知唔知": "知不知道",
    "个仔": "儿子",
    "老豆": "爸爸",
    "老窦": "爸爸",
    "阿爸": "爸爸",
    "阿妈": "妈妈",
    "阿爷": "爷爷",
    "阿嫲": "奶奶",
    "食咩": "吃什么",
    "想食": "想吃",
    "食紧": "在吃",
    "食饭": "吃饭",
    "食嘢": "吃东西",
    "食咗": "吃了",
    "打机": "打游戏",
    "返工": "上班",
    "放工": "下班",
    "银纸": "钱",
    "醒目": "聪明",
    "好型": "好帅",
    "搞掂": "搞定",
    "得闲": "有空",
    "边度": "哪里",
    "几多": "多少",
    "几时": "什么时候",
    "多谢": "谢谢",
    "点算": "怎么办",
    "点知": "怎么知道",
    "你先是": "你才是",
    "我先是": "我才是",
    "谂紧": "在想",
    "谂": "想",
    "唔讲": "不说",
    "讲": "说",
    "唔话你知": "不告诉你",
    "话你知": "告诉你",
    "走晒": "走光了",
    "飞晒": "飞光了",
    "死晒": "死光了",
    "冇晒": "都没了",
    "边有": "哪有",
    "呢个": "这个",
    "呢种": "这种",
    "唔落": "不下",
    "游水": "游泳",
    "仲未": "还没",
    "仲有": "还有",
    "嚟": "来",
    "畀": "给",
    "揾我笨": "骗我",
    "揾笨": "骗",
    "揾": "找",
    "乖仔": "乖儿子",
    "行过去": "走过去",
    "行路": "走路",
    "行开": "走开",
    "走先": "先走",
    "瞓": "睡",
    "攰": "累",
    "哋": "们",
    # Taiwan's everyday words (after OpenCC, so Simplified)
    "阿公": "爷爷",
    "阿嬷": "奶奶",
    "阿伯": "伯伯",
    "把拔": "爸爸",
    "马麻": "妈妈",
    "作梦": "做梦",
    "打电动": "打游戏",
    "玩电动": "玩游戏",
    "滑手机": "玩手机",
    "母汤": "不行",
    "拍谢": "不好意思",
    "啰唆": "啰嗦",
}

# -- emoji ---------------------------------------------------------------------------------
# An emoji that stands for a word counts as that word's phrase in a state that has it: 🏃 is
# 跑 or "run" where a branch has one of them, 🐯 is 虎 where a branch has it. (Emoji for
# yes, no or "no idea", like 👍 and 🤷, are in the intents above.)
EMOJI: dict[str, tuple[str, ...]] = {
    "🏃": ("跑", "逃跑", "run", "run away"),
    "💨": ("跑", "逃跑", "run", "run away"),
    "🏊": ("游泳", "游", "swim"),
    "🐭": ("鼠", "mouse"),
    "🐀": ("鼠", "rat"),
    "🐮": ("牛", "cow"),
    "🐄": ("牛", "cow"),
    "🐂": ("牛", "ox"),
    "🐯": ("虎", "tiger"),
    "🐅": ("虎", "tiger"),
    "🐰": ("兔", "rabbit"),
    "🐇": ("兔", "rabbit"),
    "🐲": ("龙", "dragon"),
    "🐉": ("龙", "dragon"),
    "🐍": ("蛇", "snake"),
    "🐴": ("马", "horse"),
    "🐎": ("马", "horse"),
    "🐑": ("羊", "sheep"),
    "🐐": ("羊", "goat"),
    "🐵": ("猴", "monkey"),
    "🐒": ("猴", "monkey"),
    "🐔": ("鸡", "chicken"),
    "🐓": ("鸡", "rooster"),
    "🐶": ("狗", "dog"),
    "🐕": ("狗", "dog"),
    "🐷": ("猪", "pig"),
    "🐖": ("猪", "pig"),
    "🐘": ("大象", "elephant"),
    "🦒": ("长颈鹿", "giraffe"),
    "🌙": ("月亮", "moon"),
    "🌕": ("月亮", "moon"),
    "☀": ("太阳", "sun"),
    "🌞": ("太阳", "sun"),
    "🍉": ("西瓜", "watermelon"),
    "🥒": ("黄瓜", "cucumber"),
    "🥛": ("牛奶", "milk"),
    "💧": ("水", "water"),
    "🍞": ("面包", "bread"),
    "🥪": ("面包", "bread"),
}

# -- English shorthand ----------------------------------------------------------------------
# Whole words only, after apostrophes are dropped ("don't" is "dont").
ENGLISH_SHORTHAND: dict[str, str] = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "rly": "really",
    "srsly": "seriously",
    "pls": "please",
    "plz": "please",
    "ofc": "of course",
    "thx": "thanks",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "luv": "love",
    "wanna": "want to",
    "gonna": "going to",
}

# Expletives inside a phrase say nothing: "get the hell out" is "get out". Dropped whole.
EXPLETIVES_EN = _words("the hell, the heck, the fuck, the frick")
# Words that carry tone, not meaning, around a one-letter answer: "p lol", "F obviously".
FILLERS_EN = frozenset(
    _words(
        """
        lol, lmao, lmfao, rofl, haha, hahaha, hah, ha, hehe, heh, xd, duh, obviously, obv,
        obvs, surely, clearly, tbh, bruh, hmm, um, uh
        """
    )
)

# -- the shape of a Chinese answer ----------------------------------------------------------
# Sentence particles and fillers carry tone, not meaning: a one-character phrase with them
# around it still stands alone ("好呀", "和啊", "嗯，好").
PARTICLES = frozenset("呀啊啦吧呢哦嘛喔噢哟呗哈了啰咯嘞哇呐欸诶耶咧捏哒的吗么嗯额呃哼")
# A one-character phrase may also stand inside a sentence right after one of these, which
# start a word of its own (先跑再说, 我会跑, 能逃多远就逃多远, 想吃), unless the question uses
# that character (和 in 一和三): pronouns, adverbs, modals, degree words, 往/向/朝.
WORD_STARTS_ZH = frozenset(
    "我你他她它咱先就会要能肯只才再都也还又便却直想该去快赶立真很太最超挺往向朝"
)
# What may close a one-character answer besides the end of its clause: "和字", "跑就对了".
# A direction followed by 边, 面 or 方 is still that direction, a word of its own: 左边, 东面.
DIRECTIONS_ZH = frozenset("东西南北左右前后上下里外")
SIDES_ZH = frozenset("边面方")
CLOSERS = ("字", "就对了", "就完事了", "就完了", "就行了", "就行", "就好了", "就好", "就是了")

# -- reasons -------------------------------------------------------------------------------
# A clause giving a reason explains; its yes and no words say nothing: 因为猪太肥没有人捉到
# is an answer to "why", not a no.
REASONS_ZH = frozenset(_words("因为, 由于"))
REASONS_EN = frozenset(_words("because, cos"))
# 没有 before these is "nobody", not no: 没有人捉到, 没有谁.
NOBODY_ZH = frozenset("人谁")

# A clause that is the question's verb negated says no (不猜 to 猜猜我几岁？): the negators,
# and what may come before them (我才不打).
ECHO_NEGATORS_ZH = frozenset("不没")
ECHO_LEADS_ZH = frozenset("我才就偏也都还")

# -- negation -------------------------------------------------------------------------------
# Chinese also negates after the word: 好看个屁, 喜欢个鬼 ("pretty, my foot").
NEGATING_TAILS_ZH = ("个屁", "个鬼", "个毛", "个头")
# A phrase right after a negator is negated: 不喜欢 is not 喜欢. Up to two degree words may
# stand between (不太喜欢, 没有很喜欢, 不是孙悟空).
NEGATORS_ZH = frozenset("不没别未无非甭勿莫")
# Words ending in a negator character that do not negate: 特别喜欢 is very much 喜欢.
NOT_NEGATORS_ZH = frozenset(
    _words("特别, 区别, 分别, 差别, 个别, 级别, 性别, 告别, 类别, 识别, 除非, 莫非, 无非, 是非")
)
DEGREE_ZH = frozenset("太很怎么大是都也会想要再咋那这够算真还")
# "Nothing (worth) …": a negator, a word for "thing" and maybe a "worth" word negate the
# phrase after them: 没有东西好赞 (冇嘢好讚), 没什么好看, 没啥可以夸.
NOTHING_ZH = frozenset(_words("东西, 什么, 甚么, 啥, 咩, 嘢, 乜"))
WORTH_ZH = frozenset(_words("好, 可, 可以, 值得, 能"))
# English: a negator among the three words before a phrase, in its clause, with none of the
# STOPS between ("not sure but yes" is yes).
NEGATORS_EN = frozenset(
    _words(
        """
        not, never, dont, doesnt, didnt, isnt, arent, wasnt, werent, havent, hasnt, hadnt,
        cant, cannot, couldnt, wont, wouldnt, shouldnt, aint, nor, neither, hardly, barely,
        without
        """
    )
)
NEGATION_STOPS_EN = frozenset(_words("but, and, or, though, so, because, yet"))

# -- typos ---------------------------------------------------------------------------------
# Common English words are never taken for typos of another word, however close: "there" is
# not a misspelt "three", nor "form" "from". (A rare word like "tow" may be: tow → two.)
COMMON_EN = frozenset(
    _words(
        """
        about, above, after, again, all, also, always, am, an, another, any, are, around, as,
        ask, at, away, back, be, because, been, before, being, best, better, big, both, but,
        by, call, came, can, come, could, day, did, do, does, doing, done, down, each, eat,
        even, ever, every, few, find, first, for, form, found, from, gave, get, give, go,
        going, good, got, great, had, has, have, he, her, here, him, his, how, if, in, into,
        is, it, its, just, keep, kind, knew, know, last, left, let, life, like, little, live,
        long, look, made, make, man, many, may, me, might, more, most, much, must, my, need,
        never, new, next, no, not, now, of, off, old, on, once, one, only, or, other, our,
        out, over, own, part, people, place, put, read, real, right, said, same, saw, say,
        see, she, should, show, side, since, so, some, still, such, sure, take, tell, than,
        that, the, their, them, then, there, these, they, thing, think, this, those, though,
        thought, through, time, to, told, too, took, try, turn, under, up, upon, us, use,
        used, very, want, was, way, we, well, went, were, what, when, where, which, while,
        who, whole, whose, why, will, with, word, work, world, would, year, yet, you, your,
        ate, tea, won, now, wait, wish, hear, heard, here, hope, mean, meant, nothing,
        something, anything, everything, okay, lol, haha, hmm
        """
    )
)

# Real English words are never typos of another word, however close: "grandma" is not a
# misspelt "grandpa", "diary" not "dairy", "theyre" not "there". The list is SCOWL's size-50
# American English list (a standard dictionary's words and inflections, apostrophes dropped,
# words of three letters or more; copyright
# and permission in english_words.NOTICE beside this file), read once per process, when the
# lexicons are compiled (the first corpus loaded). The one
# exception: two swapped letters towards a number word ("tow" to "two").
_ENGLISH_WORDS = Path(__file__).with_name("english_words.txt.gz")


@cache
def english_words() -> tuple[str, ...]:
    """The list, sorted (as the file is): searched by bisection, since hashing 88,000 words
    into a set would take twice as long as reading them (about 7 ms, once per process)."""
    return tuple(gzip.decompress(_ENGLISH_WORDS.read_bytes()).decode("ascii").split())


def is_english_word(word: str) -> bool:
    words = english_words()
    at = bisect_left(words, word)
    return at < len(words) and words[at] == word


# -- numbers --------------------------------------------------------------------------------
# Chinese numerals read by cn2an, financial forms included. 几 makes a run unreadable: 十几
# is some number, not eight.
NUMERALS_ZH = frozenset("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅几")
# Words holding a numeral that is not an amount: a number inside them does not count.
NOT_NUMBERS_ZH = _words(
    """
    一下, 一起, 一样, 一点, 一直, 一定, 一般, 一些, 一会, 一切, 一共, 一边, 一旦, 一向, 一致,
    一律, 一再, 一时, 一口气, 一模一样, 一心, 一次, 一看, 一想, 一听, 一脸, 一句, 一个人, 万一,
    千万, 万万, 统一, 唯一, 第一, 一心一意, 三心二意, 七上八下, 乱七八糟, 一五一十, 四面八方,
    八九不离十, 十有八九, 五花八门, 七嘴八舌, 横七竖八, 不三不四, 丢三落四, 朝三暮四, 接二连三,
    独一无二, 三番五次, 千方百计, 万无一失, 一干二净, 一清二楚, 十全十美, 九牛一毛, 八卦, 八成,
    十分, 百分百, 二百五, 三八, 二货, 猪八戒, 万岁, 差一点, 有一点, 一点点, 零食, 零钱, 零花钱,
    零件, 零售, 零下, 二郎神, 关二爷, 二哈, 二手, 三明治, 四川, 九寨沟
    """
)
# 一 before a measure word and 都/也 + a negation, or 不剩/不留, is "not a single one": none.
NOT_ONE_ZH = "一(?=[^零〇一二两三四五六七八九十百千万亿几]?(?:[都也][不没]|不剩|不留))"
# A number right after one of these is working shown, not the answer: "70, dividing by half is
# times 2", "30除以0.5加10".
OPERATORS_EN = frozenset(_words("times, plus, minus, divided, multiplied, over, x"))
OPERATORS_ZH = frozenset("乘除加减")
NUMBERS_EN = frozenset(
    _words(
        """
        zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve,
        thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty,
        forty, fifty, sixty, seventy, eighty, ninety, hundred, thousand, million, billion
        """
    )
)
# Whole words that are numbers text2num does not read.
NUMBER_WORDS_EN = {"none": "0", "dozen": "12"}
# "one" that is not an amount, by the word before or after it: "no one", "one of them".
NOT_NUMBER_EN_BEFORE = frozenset(
    _words("no, the, this, that, which, every, each, any, some, single, same, other, another")
)
# Nor after a determiner and one more word: "the big one", "every single one".
DETERMINERS_EN = frozenset(_words("a, an, the, this, that, which, every, each, any, some, no"))
NOT_NUMBER_EN_AFTER = frozenset(_words("of, day, more, sec, second, moment"))
