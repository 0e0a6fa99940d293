"""Round thirteen's Cantonese tuning writer (mk22, a Mong Kok phone-shop salesman) and the
Cantonese misses of round twelve's and round eleven's final sets, tuned on by kind
(rules22yue). Each said in words written for this file, not the writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the punchline predicted with Cantonese 話 (say): every 说 mention frame has its 话 twin --


@pytest.mark.parametrize(
    ("where", "said"),
    [
        # "I answer don't know, then you say …" (我答…你就話…)
        ("you-and-pig/ask", "我答唔知 你就話差唔多"),
        ("forget-pig/ask", "我講咗你就話我蠢"),
        # "are you going to say again that …" (係咪又話…)
        ("gained-weight/ask", "係咪又話我喺你心入面重咗"),
        ("gained-weight/ask", "你係咪又話我喺你心中好重"),
    ],
)
def test_the_punchline_predicted_with_wa(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- "not yet" of another verb (仲未, 还没 running into a verb): no answer ------------------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("play-water/ask", "玩咩水呀 我份報告仲未寫完"),
        ("play-water/ask", "冇心情 屋企冷氣仲未修好"),
        ("gained-weight/ask", "新衫都還沒試穿"),
    ],
)
def test_not_yet_of_another_verb_answers_nothing(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize("said", ["還沒", "唔玩 我仲未"])
def test_not_yet_closing_its_clause_still_says_no(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "play-water/ask", said) == "no"


# -- the trick forbidden: 唔好扮我…, 不要想當我… tell the asker off, so they name it ---------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("monkey-name/surname", "姓孫 不過你唔好再扮我阿爺"),
        ("follow-me-baba/first", "阿明 但你唔好扮我老豆"),
        ("dad-in-english/dad", "father 你不要想當我爸"),
    ],
)
def test_the_trick_forbidden_names_it(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) in ("saw_through", "sees_through")


def test_a_plea_not_to_be_fooled_names_no_trick(corpus: Corpus) -> None:
    assert reached(corpus, "forget-pig/ask", "我讀書少 你唔好呃我") is None


# -- Cantonese words as classes: the son's pet names, Hong Kong's everyday worries -----------


@pytest.mark.parametrize("said", ["阿仔 乖啦", "仔仔呀 😂"])
def test_the_son_by_his_pet_name_turns_the_line_round(corpus: Corpus, said: str) -> None:
    # 仔仔, 阿仔 fold to 儿子 as 個仔 did: the asker called one's son
    assert reached(corpus, "follow-me-baba/third", said) == "sees_through"


@pytest.mark.parametrize("said", ["今晚跑馬", "你諗緊炒股", "諗緊股市"])
def test_horses_and_shares_are_things_one_thinks_about(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "guess-my-thoughts/guess", said) == "guesses_thing"


# -- the trick named in words no list held: said, "not to you"; Cantonese 條橋 (the scheme) --


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("i-love-you-english/whole", "I love you 不過唔係同你講"),
        ("i-love-you-english/whole", "i love you 不是對你說的喔"),
        ("follow-me-baba/third", "爸爸 唔係同你講"),
        ("monkey-name/surname", "孫 我知你條橋㗎"),
    ],
)
def test_not_said_to_you_and_the_scheme_known_see_through(
    corpus: Corpus, where: str, said: str
) -> None:
    assert reached(corpus, where, said) in ("saw_through", "sees_through")


# -- asked, not said: the A after an A-not-A's negator (知唔知, 喜唔喜歡) claims nothing --------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("pig-ran-away/ask", "你知唔知今日幾號先"),
        ("pig-ran-away/ask", "咁你又知唔知道我幾攰"),
        ("play-water/ask", "你喜唔喜歡食魚先"),
    ],
)
def test_the_a_of_a_not_a_asks(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) is None


@pytest.mark.parametrize("said", ["知道", "知唔知 知"])
def test_a_claim_beside_the_question_still_counts(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "pig-ran-away/ask", said) == "know"


# -- the next question or line predicted: 就問 as a prediction verb, Cantonese 跟住係 ----------


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("elephant-fridge/meeting", "長頸鹿 然後就問我點過河"),
        ("elephant-fridge/giraffe", "開門入去 接下來就問長頸鹿"),
        ("i-love-you-english/ai", "Love 跟住係you 吖嘛"),
    ],
)
def test_the_next_one_predicted(corpus: Corpus, where: str, said: str) -> None:
    assert reached(corpus, where, said) == "saw_through"


# -- the premise repeated: a no as the question itself says it (冇橋冇船) answers nothing ------


@pytest.mark.parametrize("said", ["冇橋又冇船喎 咁點算", "都話咗沒有船囉"])
def test_the_premise_repeated_answers_nothing(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "elephant-fridge/river", said) is None


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        # the question's A-not-A (有冇發覺, 係咪肥咗) answered with its negative: still a no
        ("silent-love/ask", "冇發覺", "no"),
        ("gained-weight/ask", "不是胖", "denies"),
    ],
)
def test_a_no_that_is_no_premise_still_says_no(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert reached(corpus, where, said) == branch


def test_not_crossing_is_a_no_not_the_premise(corpus: Corpus) -> None:
    # the river's no goes to the reveal since corpus21 (it was the detour): still read as a no,
    # not dropped as the question's 没有桥也没有船 said back
    found = corpus.routines["elephant-fridge"].states["river"].understand("不過河")
    assert found.branch_id is None
    assert found.hit is not None and found.hit.intent == "no", found.explain()


# -- 唔 before an English no: the no said twice (or Cantonese "mm"), not "not no" -------------


@pytest.mark.parametrize("said", ["唔 nope", "唔 nah"])
def test_a_negator_before_an_english_no_still_says_no(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "you-and-pig/ask", said) == "says_no"


def test_a_negator_before_another_english_word_still_negates_it(corpus: Corpus) -> None:
    assert reached(corpus, "my-flaw/ask", "唔 sure") == "dont_know"


# -- compliment-game's punchline in Cantonese: praising oneself back (讚返), good at picking friends


@pytest.mark.parametrize("said", ["咁你咪夸返自己囉", "你識揀朋友吖嘛 我知"])
def test_the_compliment_returned_named(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "compliment-game/ask", said) == "saw_through"
