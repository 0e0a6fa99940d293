"""Round fourteen's Simplified data pass (data25hans; gy25, a Guiyang cook, and my25, a Kuala
Lumpur shop assistant writing Malaysian Chinese): classes of everyday words added to the lexicon
and the corpus only, no rule changed. Each kind is said in words written for this file, none
copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- don't-knows: Malaysian and Cantonese word order (怎么我会知道), 哪 typed 那 ---------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("guess-my-thoughts/ask", "怎么我会知道你在想什么"),
        ("pig-ran-away/ask", "怎么我会知道啦"),
        ("zodiac-belong/ask", "怎么我知道自己属啥 没问过妈妈"),
        ("my-flaw/ask", "我那晓得你有什么缺点"),
        ("zodiac-belong/ask", "我那知道自己属啥"),
        ("cow-tail/ask", "那个晓得嘛 牛又不是我家的"),
    ],
)
def test_a_dont_know_in_another_word_order_or_typed_with_na(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "dont_know"


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # 我哪里会知道 had read as claiming to know (its 知道)
        ("guess-my-thoughts/ask", "我哪里会知道你脑子里装的啥"),
        ("guess-my-thoughts/ask", "怎样我会知道嘛"),
        ("my-flaw/ask", "我哪懂你的缺点"),
        ("pig-ran-away/ask", "我怎么懂啊"),
        ("zodiac-belong/ask", "我好blur哦"),
    ],
)
def test_how_would_i_know_with_other_words_is_a_dont_know(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) == "dont_know"


# -- forget-pig: "who's a pig?" with the other words for who -------------------------------------


@pytest.mark.parametrize("said", ["哪个是猪嘛 你莫乱讲", "哪位是猪哦", "啥人是猪啦"])
def test_who_is_a_pig_asked_with_other_words_for_who_denies(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "forget-pig/ask", said) == "deny"


# -- guess-my-age: the Southwest's younger generation (弟娃, 妹娃, 幺妹) ---------------------------


@pytest.mark.parametrize("said", ["喊你妹娃", "叫你幺妹嘛", "我喊你弟娃儿要得不"])
def test_the_southwests_little_ones_turn_the_generation_back(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "guess-my-age/address", said) == "sees_through"


# -- my-flaw: stinginess in other words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("my-flaw/guess", "太吝啬了 一分钱都不出"),
        ("my-flaw/ask", "铁公鸡一个"),
        ("my-flaw/guess", "守财奴"),
    ],
)
def test_stinginess_names_a_flaw(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "names_flaw"


# -- favourite-god: Malaysian and Hokkien folk gods -------------------------------------------------


@pytest.mark.parametrize("said", ["天公伯啦", "拿督爷吧", "你信地藏王菩萨", "拿督公咯"])
def test_a_folk_god_of_malaysia_or_taiwan_is_named(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "favourite-god/ask", said) == "names_god"


# -- elephant-fridge: the fridge "that small" --------------------------------------------------------


@pytest.mark.parametrize("said", ["冰箱这么小怎么放", "冰箱好小的 放个屁", "你家冰箱那么小哦"])
def test_the_fridge_said_that_small_is_impossible(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "elephant-fridge/fridge", said) == "impossible"


def test_three_steps_told_with_the_size_still_counts_three(corpus: Corpus) -> None:
    assert reached(corpus, "elephant-fridge/fridge", "打开冰箱 放进去 关门") == "three"


# -- "this one's old" (这个 for 这题): a trick word -------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # torn between 错字 and the brain-teaser said no such word, until the trick word settles it
        ("misread-char/ask", "错字吧 这题很老了 脑筋急转弯", "cuo"),
        ("misread-char/ask", "这题好老了 小时候就玩过 脑筋急转弯嘛", "saw_through"),
        ("ten-knives/ask", "这题很老了 八把", "saw_through"),
    ],
)
def test_this_one_is_old_names_the_trick(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_old_said_of_the_asker_is_no_trick_word(corpus: Corpus) -> None:
    assert reached(corpus, "guess-my-age/ask", "你很老了吧 六十") == "guesses_number"


# -- 是咩 closing a statement: the tag question "isn't it?" (Malaysian, Cantonese), not "what" -----


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("ten-knives/ask", "你想我讲八把是咩"),
        ("monkey-name/ask", "你想我讲孙悟空是咩 哈哈"),
        ("guess-my-age/address", "你想我叫你叔叔是咩"),
    ],
)
def test_a_mention_closed_by_the_tag_shi_mie_names_the_trick(
    corpus: Corpus, where: str, said: str
) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id in ("saw_through", "sees_through"), found.explain()


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("misread-char/ask", "係咩字嚟㗎"),  # "which character is it?"
        ("mama-song/ask", "下句係咩嚟㗎，唔記得咗"),  # "what's the next line?": no line named
        ("monkey-name/ask", "你係咩呀"),  # "what are you?"
    ],
)
def test_shi_mie_before_a_noun_or_after_a_person_still_asks_what(
    corpus: Corpus, where: str, said: str
) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id in (None, "dont_know"), found.explain()
