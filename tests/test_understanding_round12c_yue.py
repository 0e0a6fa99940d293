"""Round twelve's third Cantonese tuning writer (tw21, a Tsuen Wan IT support technician writing
Kongish: reboot, on9, d for 啲) tuned on by kind (rules21yue). Each said in words written for
this file, not the writer's sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a branch's word inside a word about something else -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # 上游 / 下游 (upstream, downstream) hold 游 but swim nowhere: going along the river
        "行上游嗰頭先算",
        "去下游望吓先",
        # looking for a narrow or a shallow place to cross: a way round, not straight across
        "揾個窄啲嘅地方再過",
        "沿住河邊搵淺d嘅位",
    ],
)
def test_going_along_the_river_is_a_detour(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "elephant-fridge/river", said) == "detour"


@pytest.mark.parametrize(
    "said",
    [
        # a set saying holding a numeral (二話不說, 三言兩語) counts nothing
        "二話不說 答「同」",
        "三言兩語講完 同字囉",
    ],
)
def test_a_numeral_inside_a_set_saying_counts_nothing(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "one-and-three/ask", said) == "and"


# -- the trick named beside an answer: the naming wins ------------------------------------


def test_being_called_grandson_named_beside_the_answer_wins(corpus: Corpus) -> None:
    # 叫我做孫 / 想我做孫 (you want to make me your grandson): monkey-name's trick, named
    assert reached(corpus, "monkey-name/ask", "悟空 喂 你係咪要我做孫先") == "saw_through"
    assert reached(corpus, "monkey-name/ask", "孫悟空 哈 又叫我孫子") == "saw_through"


# -- Kongish: 啲 typed as d ------------------------------------------------------------------


def test_d_for_the_plural_this_and_that(corpus: Corpus) -> None:
    # 呢d / 嗰d read as 呢啲 / 嗰啲: the pig would not ask such questions, you would
    assert reached(corpus, "you-and-pig/explain", "豬都唔會問呢D嘢 你先會") == "flips_it"


# -- another's denial: "you're not …" is not the speaker's -----------------------------------


def test_a_bare_is_not_about_the_asker_denies_nothing(corpus: Corpus) -> None:
    # 你又唔係 / 佢又唔係 (you're / he's not …): not the victim's 我又唔係豬
    assert reached(corpus, "forget-pig/ask", "你又唔係魔術師 變乜鬼") is None
    assert reached(corpus, "forget-pig/ask", "佢才不是乜嘢大師") is None
    # the speaker's own stays a denial
    assert reached(corpus, "forget-pig/ask", "變乜 我又唔係豬") == "deny"


# -- the trick named: fallen for it before, and the next step told ---------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # fallen for it once, learned since (中過, 上過當, 學精咗, 學乖咗)
        ("fool-in-english/ask", "唔講 呢種我以前上過當", "sees_through"),
        ("dad-in-english/grandpa", "學精咗 唔會講", "sees_through"),
        ("dad-in-english/grandpa", "唔講 中過一次夠晒", "sees_through"),
        # the crocodiles' meeting told with 咗 (去咗開會) beside the answer: the whole trick known
        ("elephant-fridge/meeting", "長頸鹿 因為鱷魚都去咗開會嘛", "saw_through"),
    ],
)
def test_the_trick_known_wins(corpus: Corpus, where: str, said: str, branch: str) -> None:
    assert reached(corpus, where, said) == branch


@pytest.mark.parametrize(
    "said",
    [
        # "so that makes me the dog" (所以我係狗, 咪即係我係狗): bark-for-you's trick, spelt out
        "我應咗你 所以我係狗咩",
        "你叫完我答 咪即係我係狗",
    ],
)
def test_so_i_am_the_dog_sees_through(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "bark-for-you/ask", said) == "saw_through"


def test_ge_for_the_possessive_is_typed(corpus: Corpus) -> None:
    # Kongish 嘅 romanised (我ge), as 我de already was
    assert reached(corpus, "follow-me-baba/second", "我ge") == "typed"
