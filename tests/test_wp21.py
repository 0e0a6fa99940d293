"""Round twenty-one's wrong punchlines by kind (branch wp21), read from the "What went wrong, by
kind" sections of rounds 17-20 and the tuning sets' wrong punchlines; each kind probed with
answers of our own beside one it must not change: the shipped corpus and lexicon through the
real matcher (the rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus
from tests.support.understanding import reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # The insult turned back beside a denial, in English as in Chinese: the retort ("you're
        # the pig") is what anyone denying it says, so the denial stands (lh20: "Oye I'm not a
        # pig, you're the pig", labelled deny, reached the give-away)
        ("forget-pig/ask", "I'm not a pig, you're the pig", "deny"),
        ("forget-pig/ask", "Not a pig mate, you're the pig", "deny"),
        ("forget-pig/ask", "who's a pig? you're the pig", "deny"),
        ("forget-pig/ask", "never been a pig in my life, ur the pig", "deny"),
        ("forget-pig/ask", "i ain't no pig, youre the pig", "deny"),
        ("forget-pig/ask", "excuse me?? i'm not a pig. YOU are the pig", "deny"),
        ("forget-pig/ask", "who you calling a pig, you're the pig lol", "deny"),
        ("forget-pig/ask", "no pig here, you are the pig", "deny"),
        # ...the Chinese as before
        ("forget-pig/ask", "你才是猪 我又不是猪", "deny"),
        ("forget-pig/ask", "我才不是猪 你才是", "deny"),
        ("forget-pig/ask", "谁是猪啊 你才是猪", "deny"),
        ("forget-pig/ask", "俺又不是猪，你才是", "deny"),
        ("forget-pig/ask", "我哪里是猪了 你才是猪", "deny"),
        ("forget-pig/ask", "我唔係豬，你先係豬", "deny"),
        ("forget-pig/ask", "我唔係豬 你先係", "deny"),
        ("forget-pig/ask", "誰是豬 你才是豬", "deny"),
        ("forget-pig/ask", "我哪是豬 你才是豬", "deny"),
        ("forget-pig/ask", "我才不是豬咧 你才是豬", "deny"),
        # ...alone, or beside a trick word, the retort still sees through; where the retort's
        # words are the give-away itself (pig-ran-away: "I'm not a pig") nothing denies
        ("forget-pig/ask", "you're the pig", GIVE_AWAY),
        ("forget-pig/ask", "ur the pig, i know this one", GIVE_AWAY),
        ("forget-pig/ask", "you're the pig, nice try", GIVE_AWAY),
        ("forget-pig/ask", "not falling for it, you're the pig", GIVE_AWAY),
        # wp27: the Chinese retort quite alone denies (every writer since round eleven labels
        # it deny, tests/test_wp27); beside a trick word it still sees through
        ("forget-pig/ask", "你才是猪", "deny"),
        ("forget-pig/ask", "你先係豬 呢招我識", GIVE_AWAY),
        ("pig-ran-away/ask", "I'm not a pig, you're the pig", GIVE_AWAY),
        ("you-and-pig/explain", "I'm human, you're the pig", None),
    ],
)
def test_the_insult_turned_back_beside_a_denial(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # The retort said alone beside the speaker's own words about themselves that no answer
        # reads: the denial the writers label and the retort that sees through both pull at it,
        # so the safe path, not the give-away's punchline (tj20 你才似猪呢，我属虎的; bz21t
        # 你才是猪！额好好一个人)
        # a sign not the pig's is a denial in its own words (verdicts21hans: deny takes it)
        ("forget-pig/ask", "你才是猪，我属马的", "deny"),
        ("forget-pig/ask", "你才是猪 我可是属兔的", "deny"),
        ("forget-pig/ask", "你才似猪呢 老子属狗", "deny"),
        ("forget-pig/ask", "你才是猪 俺是大学生", None),
        ("forget-pig/ask", "你才是猪！额长得可精神了", None),
        ("forget-pig/ask", "你先係豬 我屬龍㗎", "deny"),
        ("forget-pig/ask", "你先係豬啦 我今年先二十歲", None),
        ("forget-pig/ask", "你才是豬 偶是仙女", None),
        ("forget-pig/ask", "你才是豬咧 林北屬虎", "deny"),
        # ...a refusal or a claim to know beside it still sees through; the denial's own
        # words still deny; the retort alone denies (wp27; it saw through before)
        ("forget-pig/ask", "你才是猪 我不上当", GIVE_AWAY),
        ("forget-pig/ask", "你先係豬 我唔中計", GIVE_AWAY),
        ("forget-pig/ask", "你先係豬 我知你玩咩把戲", GIVE_AWAY),
        ("forget-pig/ask", "你才是猪 我知道这招", GIVE_AWAY),
        ("forget-pig/ask", "你才是猪", "deny"),  # alone: a denial (wp27)
        ("forget-pig/ask", "你才是猪 我是人", "deny"),
        ("forget-pig/ask", "你先係豬 我係人嚟㗎", "deny"),
        ("you-and-pig/explain", "你才是猪 我属虎的", "flips_it"),
        ("pig-ran-away/ask", "你才是猪 我是人", GIVE_AWAY),
        ("pig-ran-away/ask", "你才是猪 我属虎的", GIVE_AWAY),
    ],
)
def test_the_retort_beside_ones_own_words_is_unsure(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
