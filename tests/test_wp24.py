"""Round twenty-four's wrong punchlines by kind (branch wp24), read from the "What went wrong, by
kind" sections of rounds 19-23: a branch's word in talk about something else (the word asked
with a what, the writer's own age, a sound inside an everyday word, an idiom), a hedge and an
answer together (a muddle after a guess put right), a self-correction that only doubts (a wait,
then a question), and the answer's own words read as the trick seen (a flaw named: 爱骗人).
What they share: the answer holds more than a clean answer, and the branch's word sits in a
clause that asks back, speaks of oneself or is a saying; such an answer goes the safe way (or
keeps the answer it gave), never to another punchline. Each kind is probed with answers of our
own (none from the sets) beside clean answers it must not change: the shipped corpus and
lexicon through the real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a branch's word asked with a what" (kw23 讚咩呀 你有咩好讚, labelled otherwise,
        # reached compliment): a what right after the word closing its clause, or 有什么好 before
        # it, asks what there is to it, the rhetorical no
        ("compliment-game/ask", "赞啥呀 你有啥好赞的", None),
        ("compliment-game/ask", "讚咩讚 你有乜好讚", None),
        ("compliment-game/ask", "有咩好讚呀", None),
        ("compliment-game/ask", "夸什么夸", None),
        ("compliment-game/ask", "誇什麼誇", None),
        ("want-drink/ask", "喝什么喝", None),
        # ...a compliment, a drink named, and Cantonese 咩 closing a longer phrase (the
        # surprised question's particle, naming the trick) stand
        ("compliment-game/ask", "你真棒", "compliment"),
        ("compliment-game/ask", "夸你聪明", "compliment"),
        ("compliment-game/ask", "你好叻", "compliment"),
        ("want-drink/ask", "喝水", "names_drink"),
        ("monkey-name/surname", "你想我叫你阿爺咩", "saw_through"),
        ("monkey-name/ask", "想我叫你爺爺咩？唔講", "saw_through"),
    ],
)
def test_a_word_asked_with_a_what_names_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_a_word_asked_with_a_what_says_why(corpus: Corpus) -> None:
    assert "a branch's word asked with a what" in explained(
        corpus, "compliment-game/ask", "讚咩讚 你有乜好讚"
    )


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "one's own number" (zd23 你先猜𠊎，𠊎六十八了, labelled otherwise, reached
        # guesses_number by the rules): 我, adverbs only, then a number closing the clause tells
        # the writer's own age
        ("guess-my-age/ask", "你先猜我 我都六十八了", None),
        ("guess-my-age/ask", "我今年七十岁了 你呢", None),
        ("guess-my-age/ask", "俺都八十多了", None),
        ("guess-my-age/ask", "你估下我先，我七十歲喇", None),
        ("guess-my-age/ask", "𠊎今年六十五咧", None),
        ("guess-my-age/ask", "我都九十歲啦 你估", None),
        # ...a guess, with 我 and a verb of guessing, or 岁 alone, stands
        ("guess-my-age/ask", "我猜三十", "guesses_number"),
        ("guess-my-age/ask", "三十岁了吧", "guesses_number"),
        ("guess-my-age/ask", "你大概二十八", "guesses_number"),
        ("guess-my-age/ask", "三十歲", "guesses_number"),
        ("guess-my-age/ask", "我估你四十", "guesses_number"),
    ],
)
def test_ones_own_number_is_no_guess(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a sound inside a word" (sk23 你呀？你係我老友囉, labelled otherwise, reached
        # answered: 友 is listed for "you" by sound): the character closing an everyday word
        # is the word's
        ("i-love-you-english/ni", "你呀？你是我老朋友", None),
        ("i-love-you-english/ni", "佢係我老友", None),
        ("i-love-you-english/ni", "我嘅好友", None),
        ("i-love-you-english/ni", "加油啦", None),
        ("i-love-you-english/ni", "你自由", None),
        ("i-love-you-english/ni", "唔知 冇理由", None),
        # ...the character alone, or after a copula, still says "you"
        ("i-love-you-english/ni", "友", "answered"),
        ("i-love-you-english/ni", "系友啦", "answered"),
        ("i-love-you-english/ni", "油", "answered"),
        ("i-love-you-english/ni", "由", "answered"),
        ("want-drink/ask", "开水", "names_drink"),
    ],
)
def test_a_sound_inside_a_word_names_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a word inside an idiom" (sh23 "Boo to a goose", labelled otherwise, reached
        # boo_who): a saying of lexicon.idioms_en around the branch's word says the saying
        ("boo-who/boo", "Boo to a goose", None),
        ("boo-who/boo", "boo to a goose lol", None),
        ("boo-who/boo", "he wouldn't say boo to a goose", None),
        ("hole-dirt/ask", "none of your beeswax lol", None),
        ("greenhouse-bricks/blue", "out of the blue, that question", None),
        ("greenhouse-bricks/blue", "once in a blue moon", None),
        ("greenhouse-bricks/red", "paint the town red", None),
        ("greenhouse-bricks/red", "red tape everywhere", None),
        ("greenhouse-bricks/green", "green with envy", None),
        # ...the word alone, or asked, stands
        ("boo-who/boo", "boo who?", "boo_who"),
        ("boo-who/boo", "boo", "boo_who"),
        ("boo-who/boo", "Boo who", "boo_who"),
        ("hole-dirt/ask", "none", "none"),
        ("greenhouse-bricks/blue", "blue", "blue_bricks"),
        ("greenhouse-bricks/red", "red bricks", "red_bricks"),
        ("greenhouse-bricks/green", "green", "green_bricks"),
    ],
)
def test_a_word_inside_an_idiom_names_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # One rule for a muddle after a guess (ts23 北 不对 南 朝南 哎呀绕晕了, labelled
        # direction, reached dont_know by "a don't-know after takes it back"): a muddle
        # (绕晕了, 懵了) after a guess said plainly or put right gives no guess up, as it did
        # already after a guess asked (_wavered)
        ("cow-tail/ask", "北 不对 南 朝南 哎呀绕晕了", "direction"),
        ("cow-tail/ask", "西…不对，东，我都绕晕了", "direction"),
        ("xiaoming-third-son/ask", "三毛 不对 小明 我懵了", "xiaoming"),
        ("cow-tail/ask", "北 不對 南 朝南 哎呀繞暈了", "direction"),
        ("cow-tail/ask", "東…唔係，南，頭都暈", "direction"),
        ("zodiac-belong/ask", "屬猴……無，屬牛，我暈了", "names_sign"),
        # ...a plain don't-know after it still takes the guess back, and two guesses asked,
        # then muddled, still waver to not knowing
        ("cow-tail/ask", "西 不对 东 算了 不知道", "dont_know"),
        ("xiaoming-third-son/ask", "三毛 不对 小明 不知道", "dont_know"),
        ("cow-tail/ask", "东边？西边？我绕晕了", "dont_know"),
        ("zodiac-belong/ask", "屬猴……唔係，屬牛，唔記得喇", "dont_know"),
        # ...in English the guess put right stands after a muddle too
        ("electric-train/ask", "north, no, south... I'm confused", "picks_way"),
        ("tallest-mountain/ask", "Everest... no, K2? I'm confused now", "other_peak"),
    ],
)
def test_a_muddle_after_a_guess_gives_nothing_up(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a wait, then a question" (wv23 "North I reckon... wait, smoke from what?",
        # labelled no_smoke, reached picks_way): an echo question on the question's words
        # doubts the answer, and none is given instead
        (
            "electric-train/ask",
            "North I reckon, that train's goin a hundred... wait, smoke from what?",
            None,
        ),
        ("apples-take-away/ask", "four... hang on, took them from who?", None),
        ("ten-knives/ask", "八把 等一下 接住的是什么？", None),
        ("houyi-moon/ask", "月亮…等等 射什么？", None),
        ("cow-tail/ask", "朝东 等等 你说什么？", None),
        ("cow-tail/ask", "朝東…咪住，你講咩？", None),
        ("houyi-moon/ask", "月亮…咪住 射乜？", None),
        # ...an answer after the wait counts; a question word opening the question asks a
        # detail, and the word alone asks nothing (asides: rule "an aside asks nothing by
        # itself"); a wait wary of what comes next keeps the answer; a clean answer stands
        ("electric-train/ask", "north... wait, what smoke?", "no_smoke"),
        ("electric-train/ask", "north wait no south", "picks_way"),
        ("rooster-roof-egg/ask", "left side. wait what is the slope?", "picks_side"),
        ("ten-knives/ask", "八把…等等 什么？", "eight"),
        ("opposite-genius/up", "Down... wait, where is this going?", "down"),
        ("electric-train/ask", "east I guess", "picks_way"),
        ("ten-knives/ask", "八把", "eight"),
        ("houyi-moon/ask", "月亮", "moon"),
    ],
)
def test_a_wait_then_a_question_doubts_the_answer(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # The answer's own words read as the trick seen (zd23 愛騙人 to "what's my flaw?",
        # labelled names_flaw, reached the give-away 骗人): lying, said as a habit, is a flaw
        # named (names_flaw lists it, longer than the trick word inside it)
        ("my-flaw/guess", "愛騙人", "names_flaw"),
        ("my-flaw/guess", "你就是爱骗人", "names_flaw"),
        ("my-flaw/guess", "爱撒谎", "names_flaw"),
        ("my-flaw/guess", "成日講大話", "names_flaw"),
        ("my-flaw/guess", "大话精", "names_flaw"),
        ("my-flaw/guess", "太懒", "names_flaw"),
        # ...the trick word alone, or said at the asker, still sees through it
        ("my-flaw/guess", "骗人", "saw_through"),
        ("my-flaw/guess", "你又骗人", "saw_through"),
        ("my-flaw/guess", "又想骗我", "saw_through"),
    ],
)
def test_a_flaw_named_in_the_tricks_words_names_the_flaw(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a guess after a don't-know", by a rule of thumb (wv23 "I don't know, whichever
        # one's closest", labelled otherwise, reached dont_know): the don't-know only hedges a
        # guess no branch takes, question mark or not
        ("dark-room-match/ask", "I don't know, whichever one's closest", None),
        ("dark-room-match/ask", "no idea. whichever's easiest to reach", None),
        ("dark-room-match/ask", "idk, the closest one?", None),
        # ...a don't-know alone, or with a reason, and the answer, stand
        ("dark-room-match/ask", "dunno", "dont_know"),
        ("dark-room-match/ask", "I don't know, never been in one", "dont_know"),
        ("dark-room-match/ask", "idk, whichever", "dont_know"),
        ("dark-room-match/ask", "the match", "match"),
    ],
)
def test_a_guess_by_a_rule_of_thumb_after_a_dont_know_is_a_guess(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
