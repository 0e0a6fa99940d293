"""Round thirty's Simplified Chinese verdicts (branch verdicts30hans), read by kind from round
twenty-nine's final set (content/eval/tuning/round29_final/README.md, "What went wrong, by kind")
and every tuning set's Simplified misses: Hakka's 㖠 for 不, the comparison of me and the pig read
by its shape, and the excuse for not typing conceded. Each kind is probed with answers of our own
beside the sets' rows: the shipped corpus and lexicon through the real matcher (the rules' own
verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # Hakka's m̀ as Meizhou writes it is 不 wherever it stands...
        ("㖠讲", "不说"),
        ("抓㖠住", "抓不住"),
        # ...and 不是 before Hakka's 系 (是)
        ("我本来就㖠系猪！", "我本来就不是猪!"),
        ("又想叫我洗碗系㖠系", "又想叫我洗碗是不是"),
    ],
)
def test_hakka_not_folds(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # round 29's Meizhou writer...
        ("reverse-baba/love", "㖠念，肉麻", "refuses"),
        ("follow-me-baba/first", "㖠玩，细人仔的游戏", "refuses"),
        ("dad-in-english/dad", "㖠讲，你自家查字典", "refuses"),
        ("play-water/ask", "㖠喜欢，老了怕冷", "no"),
        ("forget-pig/ask", "我本来就㖠系猪！", "deny"),
        # ...and the same word said by another
        ("elephant-fridge/meeting", "𠊎㖠知", "dont_know"),
        ("elephant-fridge/meeting", "㖠晓得", "dont_know"),
    ],
)
def test_hakka_not_answers(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # what I can or have that the pig (它, 他, Cantonese 佢) cannot: the contrast's 不会 and
        # 没有 are no don't-know nor no, with a comma, a space, an IG between or nothing at all
        ("you-and-pig/explain", "我会说话它不会", "explains"),
        ("you-and-pig/explain", "我会游泳，猪不会", "explains"),
        ("you-and-pig/explain", "我会开车它不会", "explains"),
        ("you-and-pig/explain", "我識用 IG 佢唔識", "explains"),
        ("you-and-pig/explain", "豬識打呼 我唔識", "explains"),
        ("you-and-pig/explain", "我有身份證 佢冇", "explains"),
        ("you-and-pig/explain", "我有手机 它没有", "explains"),
        ("you-and-pig/ask", "我会打麻将，猪不会", "answers_directly"),
        ("you-and-pig/ask", "我有工资 它没有", "answers_directly"),
        # one word said of the pig and denied of me, a comparative, what each of us does
        ("you-and-pig/explain", "猪肉好吃，我不好吃", "explains"),
        ("you-and-pig/explain", "猪值钱，俄不值钱，哈哈", "explains"),
        ("you-and-pig/explain", "猪比我好吃", "explains"),
        ("you-and-pig/explain", "猪比我能睡", "explains"),
        ("you-and-pig/explain", "豬好食過我 lol", "explains"),
        ("you-and-pig/explain", "我比较会赚钱", "explains"),
        ("you-and-pig/ask", "豬比較會睡 哈", "answers_directly"),
        ("you-and-pig/explain", "猪会拱白菜 我只会拱直播间的单", "explains"),
        ("you-and-pig/ask", "豬識瞓覺，我識做家務", "answers_directly"),
        # ...not a don't-know of one's own, nor the asker set beside the pig
        ("you-and-pig/explain", "我不会", "dont_know"),
        ("you-and-pig/ask", "不知道，我不会", "dont_know"),
        ("you-and-pig/explain", "猪比你聪明", "flips_it"),
        ("you-and-pig/explain", "猪不会问这种问题，你会", "flips_it"),
    ],
)
def test_me_against_the_pig(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the excuse conceded, the typing done anyway, and the dare taken (review29's)
        ("好 手冷也打", "agrees"),
        ("行，手忙也打", "agrees"),
        ("打就打", "agrees"),
        ("打就打 不想打的是小狗", "agrees"),
        ("手酸都要打", None),
        # ...while the excuse given is still a refusal
        ("手冷不打", "refuses"),
        ("懒得打 手酸", "refuses"),
        ("我打字太慢了", "refuses"),
        ("不想打", "refuses"),
    ],
)
def test_an_excuse_conceded(corpus: Corpus, answer: str, branch: str | None) -> None:
    assert reached(corpus, "houyi-moon/repeat", answer) == branch
