"""Round fourteen's Traditional pass (rules24hant): what round thirteen's former final set
(round13_final/tc13.tsv, mo13.tsv) and round thirteen's writers (round13_writers/kl22, tz24,
mk22, sk23, tp24) got a wrong punchline for or missed, fixed by kind: lexicon classes or one
named rule's reach (content/README.md). Examples written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- whose what, asked back: a branch's phrase closing on the ask's 的 (我嘅乜嘢呀: "my what?") --


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("follow-me-baba/second", "我的什麼啊？", None),
        ("follow-me-baba/second", "我嘅咩呀 你講清楚", None),
        ("follow-me-baba/second", "你是我的啥", None),
        ("follow-me-baba/second", "我的啥呀", None),
        # the word typed alone, or with more after it, is still typed
        ("follow-me-baba/second", "我的", "typed"),
        ("follow-me-baba/second", "我的～", "typed"),
    ],
)
def test_whose_what_asked_back(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the asker's move once the task is done: 完你 as a prediction lead, whatever the task's verb --


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("mama-song/ask", "唱完你就會叫我仔", "sees_through"),
        ("mama-song/ask", "我一唱完你就扮我媽", "sees_through"),
        ("mama-song/ask", "唱完之後你就叫我乖寶 我知", "sees_through"),
        ("dad-in-english/grandpa", "講完你就會應我 唔講", "sees_through"),
        ("dad-in-english/grandpa", "說完以後你就做我阿公 不說", "sees_through"),
        # the task done, nothing foretold: the answer still counts
        ("mama-song/ask", "有媽的孩子像塊寶 唱完啦", "fell"),
        ("dad-in-english/grandpa", "grandpa 講完你滿意未", "fell"),
    ],
)
def test_move_after_the_task(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- "when was I ever", Cantonese 咩時候 / 乜時, and "when did I become" (變咗, 变成) ----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("forget-pig/ask", "我咩時候係過豬呀 你講清楚", "deny"),
        ("forget-pig/ask", "痴線 我乜時係豬", "deny"),
        ("forget-pig/ask", "我幾時變咗豬呀", "deny"),
        ("forget-pig/ask", "我什麼時候變成豬了", "deny"),
        ("forget-pig/ask", "我啥时候变成猪了", "deny"),
        # a "when" asked of the asker is no denial
        ("forget-pig/ask", "你乜時返嚟", None),
    ],
)
def test_when_was_i_ever(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- Cantonese 識 before a person is knowing them (唔識你: "I don't know you"), no plain no ---


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bark-for-you/ask", "我唔識你喎", None),
        ("guess-my-thoughts/ask", "我唔識你喎", None),
        ("follow-me-baba/first", "你邊位呀 我唔識你", None),
        ("xiaoming-third-son/ask", "我唔識佢㗎", None),
        # 唔識 before a verb is still "can't"; a plain no still answers no
        ("bark-for-you/ask", "冇", "no"),
        ("dad-in-english/dad", "唔識 我英文好差", None),
    ],
)
def test_not_knowing_a_person(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- rule "where is there": a phrase opening on the 有 of a rhetorical 哪有 / 邊有, closing its clause --


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "我哪有感覺", "no"),
        ("silent-love/ask", "冇呀 我邊有感覺", "no"),
        ("silent-love/ask", "哪有感覺啦 你想太多", "no"),
        # the phrase alone still says yes; with more after it the 哪有 says why, no answer
        ("silent-love/ask", "有感覺啊", "yes"),
        ("play-water/ask", "聽日要考試 邊有時間去玩水", None),
    ],
)
def test_where_is_there(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the question turned back with where or how it is asked between (豬唔會周圍問人呢啲問題) ----


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("you-and-pig/explain", "豬唔會到處問人呢種嘢", "flips_it"),
        ("you-and-pig/explain", "豬不會在網上問這種問題 你會", "flips_it"),
        ("you-and-pig/explain", "猪不会乱问人这些傻问题", "flips_it"),
        # a pig's lack named, no question turned back: still explains
        ("you-and-pig/explain", "豬唔會講嘢", "explains"),
    ],
)
def test_question_turned_back_asked_somewhere(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the asker answering the call, in Cantonese: 你咪應 (then you answer) as 你就应 -----------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("dad-in-english/dad", "我講咗你咪應我 我唔講", "saw_through"),
        # the give-away 你咪應, and a trick word (verdicts17zh: the asker's next move foretold)
        # reaching the state's own seeing-through answer, the give-away's reply
        ("mama-song/ask", "你想我唱 我唱完你咪應我囉", "sees_through"),
        ("dad-in-english/grandpa", "我一講你咪答應 唔講喇", "sees_through"),
        ("dad-in-english/dad", "dad", "fell"),
    ],
)
def test_then_you_answer(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch
