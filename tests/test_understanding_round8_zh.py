"""Round eight's Chinese kinds (issue 18; the Nanning, Dalian, Tainan and Hong Kong tuning
writers of `eval/tuning/round8_writers/`, and the kinds round seven's final set showed), each
said in words written for this file, in Simplified Mandarin, Taiwan Mandarin and written
Cantonese."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, matching
from understanding.matcher import Branch, Matcher


def with_give_away(answers: list[Branch], give_away: tuple[str, ...], question: str) -> Matcher:
    """A state as the corpus builds one: its answers, then the give-away as one more branch,
    where the trick's words go."""
    branches = [*answers, Branch("saw_through", give_away)]
    return Matcher(branches, [question], lexicon=LEXICON, routes={"trick": "saw_through"})


def picks(matcher: Matcher, text: str) -> str | None:
    return matcher.match(text).branch_id


# -- a give-away read across a word boundary ------------------------------------------------

LAND = with_give_away(
    [Branch("names_land", ("地", "农地", "田")), Branch("refuses", intents=("refuse",))],
    ("休想", "中计"),
    "要是你有钱，你会买什么地？",
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("买块田 退休想去养鸡", "names_land"),  # 退休 + 想, no 休想
        ("農地啊 我退休想過清靜日子", "names_land"),
        ("田吧 集中计划一下再说", "names_land"),  # 集中 + 计划, no 中计
        ("休想骗我", "saw_through"),
        ("你休想", "saw_through"),
        ("我才不会中计", "saw_through"),
    ],
)
def test_a_give_away_across_a_word_boundary_is_no_give_away(said: str, branch: str) -> None:
    assert picks(LAND, said) == branch, LAND.match(said).explain()


# -- a fall admitted after the punchline spelt out -------------------------------------------

DAD = Matcher(
    [
        Branch("fell", ("爸爸", "爸"), lands=True),
        Branch("sees", ("不打",), intents=("trick",)),
    ],
    ["最后一句：“爸爸”，跟一句？"],
    lexicon=LEXICON,
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("爸爸 咦 你是我的爸爸 又中招了", "fell"),
        ("爸爸…慢着 连起来是你是我爸爸 被你坑惨了", "fell"),
        ("爸爸 哎 你係我嘅爸爸 又中伏", "fell"),
        ("你是我的爸爸 我才不会上当", "sees"),  # said ahead, not fallen for
        ("爸… 不打了 这套路我懂", "sees"),  # a refusal is no punchline spelt out
    ],
)
def test_a_fall_admitted_after_the_punchline_spelt_out_is_a_fall(said: str, branch: str) -> None:
    assert picks(DAD, said) == branch, DAD.match(said).explain()


# -- the punchline said with its "a little" spelt out, or asked back -------------------------


@pytest.mark.parametrize(
    "said", ["缺一点我咯", "是不是缺一点点我😏", "你係咪缺少少我呀", "缺點囉 缺一點你啦"]
)
def test_my_flaw_said_with_a_little_spelt_out_sees_through(corpus: Corpus, said: str) -> None:
    state = corpus.routines["my-flaw"].states["ask"]
    assert state.understand(said).branch_id == "saw_through", state.understand(said).explain()


# -- guess-my-age: its punchline's words named before it comes, the grandchild turned back ----


@pytest.mark.parametrize(
    "said", ["你肯定要说你比我大一辈 不猜", "等下又讲大一辈吧 無聊", "你實會話大我一輩 唔估"]
)
def test_a_generation_older_named_ahead_sees_through(corpus: Corpus, said: str) -> None:
    state = corpus.routines["guess-my-age"].states["ask"]
    assert state.understand(said).branch_id == "saw_through", state.understand(said).explain()


@pytest.mark.parametrize("said", ["你才是我孙咧 阿婆都七十了", "叫你我孫仔啦"])
def test_the_asker_called_my_grandchild_sees_through(corpus: Corpus, said: str) -> None:
    state = corpus.routines["guess-my-age"].states["address"]
    assert state.understand(said).branch_id == "sees_through", state.understand(said).explain()


# -- "perfectly fine" is no OK; how the asker is, asked back ---------------------------------

BARK = matching(
    [
        Branch("yes", ("叫",), intents=("yes",)),
        Branch("no", intents=("no", "refuse")),
    ],
    ["你别生气，我学狗叫给你听好不好？"],
)


@pytest.mark.parametrize("said", ["我好好的呀 你咋了", "爷爷好好的 没事做"])
def test_perfectly_fine_is_no_ok(said: str) -> None:
    assert picks(BARK, said) != "yes", BARK.match(said).explain()


def test_ok_alone_is_still_yes() -> None:
    assert picks(BARK, "好的 叫吧") == "yes"


HEART = matching([Branch("side", ("左边", "心脏", "左"))], ["考你个生理常识：我的心在哪边？"])


@pytest.mark.parametrize("said", ["你心脏咋了 快去医院", "你個心臟點樣呀", "你心脏怎么回事啊"])
def test_how_the_asker_is_asked_back_answers_nothing(said: str) -> None:
    assert picks(HEART, said) is None, HEART.match(said).explain()


@pytest.mark.parametrize("said", ["心脏在左边", "你心脏在左边啊"])
def test_the_side_said_still_answers(said: str) -> None:
    assert picks(HEART, said) == "side", HEART.match(said).explain()


# -- the question's words said on retell it --------------------------------------------------

SONS = matching(
    [Branch("sanmao", ("三毛",)), Branch("xiaoming", ("小明",))],
    ["小明的妈妈有三个儿子：老大叫大毛，老二叫二毛，老三叫什么？"],
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("小明的妈妈好辛苦 养三个", None),
        ("小明嘅媽媽咁犀利 生三個", None),
        ("小明啦 小明的妈妈的儿子嘛", "xiaoming"),
        ("三毛", "sanmao"),
    ],
)
def test_the_questions_words_said_on_answer_nothing(said: str, branch: str | None) -> None:
    assert picks(SONS, said) == branch, SONS.match(said).explain()


# -- Taiwan's 無知 (毋知 by voice) is a don't-know; a grandparent's own home tells why ---------

FRIDGE = matching(
    [
        Branch("impossible", ("放不下", "装不下"), intents=("no",)),
        Branch("dont_know", intents=("dont_know",)),
        Branch("flaw", intents=("insult",)),
    ],
    ["把大象装进冰箱要几步？"],
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("無知耶", "dont_know"),
        ("阿公無知啦 你講", "dont_know"),
        ("無知 阿公家的冰箱連個瓜都放不下", "dont_know"),
        ("你真無知", "flaw"),  # calling one ignorant
        ("放不下啦", "impossible"),
    ],
)
def test_wuzhi_is_a_dont_know_and_a_grandparents_home_tells_why(said: str, branch: str) -> None:
    assert picks(FRIDGE, said) == branch, FRIDGE.match(said).explain()


# -- "if not, then don't" tells off, it says no no -------------------------------------------

WEIGHT = matching(
    [Branch("denies", ("没胖",), intents=("no",)), Branch("admits", ("胖了",), intents=("yes",))],
    ["你是不是最近胖了？"],
)


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("不会讲话就别讲", None),
        ("不想夸就不要夸 哼", None),
        ("没有 别乱说", "denies"),
        ("不会吧 没胖", "denies"),
    ],
)
def test_if_not_then_dont_says_no_no(said: str, branch: str | None) -> None:
    assert picks(WEIGHT, said) == branch, WEIGHT.match(said).explain()


# -- Cantonese 吠 barks; what one would be called once it is said, named ---------------------


@pytest.mark.parametrize("said", ["吠吧", "快啲吠呀"])
def test_cantonese_fai_is_bark(corpus: Corpus, said: str) -> None:
    state = corpus.routines["bark-for-you"].states["ask"]
    assert state.understand(said).branch_id == "yes", state.understand(said).explain()


@pytest.mark.parametrize("said", ["不说，说了你就叫我孙子", "唔講 講咗你就叫我孫仔"])
def test_what_one_is_called_once_said_names_the_trick(corpus: Corpus, said: str) -> None:
    state = corpus.routines["monkey-name"].states["ask"]
    assert state.understand(said).branch_id == "saw_through", state.understand(said).explain()
