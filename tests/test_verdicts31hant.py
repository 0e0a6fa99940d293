"""Round thirty-one's Traditional Chinese verdicts (branch verdicts31hant): the pig's can't said
of the pig in Traditional's own pronouns (牠, 她, Hokkien 伊), the next one known with its 一
(下一句我知, 下一個我知), a word negated the second opinion may not veto (唔like), and Hong Kong's,
Taiwan's and Hokkien's words for yes, no and don't know as lexicon data (緊係啦, ㄣ, 喜番, m like,
吾識, 冇clue, 腦袋當機, 霧煞煞, 臆袂著), each pinned with fresh answers of the kind (not the tuning
sets' rows) beside neighbours it must not change. The shipped corpus and lexicon, through the
real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict
from understanding.text import fold


def folded(corpus: Corpus, text: str) -> str:
    assert corpus.lexicon is not None
    return fold(text, corpus.lexicon)


# -- (a) the pig's can't, said of the pig as Traditional writes it (contrast_subjects_zh) ---------


@pytest.mark.parametrize(
    "answer",
    [
        "我會用手機 牠不會",
        "我識用電腦 牠唔識",
        "我會講話 她不會",
        "我會煮飯 伊袂曉",
    ],
)
def test_the_animal_pronoun_finishes_the_verb_said_before(corpus: Corpus, answer: str) -> None:
    # 不會 after 牠 is the pig's can't: the clause before answers, no don't-know of the speaker
    assert verdict(corpus, "you-and-pig/explain", answer) == "explains"


def test_a_dont_know_of_ones_own_still_reads(corpus: Corpus) -> None:
    assert verdict(corpus, "you-and-pig/explain", "我不會") != "explains"


# -- (b) the next one known, with its 一 (trick intent; not_numbers_zh) --------------------------


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("follow-me-baba/second", "你係我嘅 下一句我知"),
        ("silent-love/ask", "下一句我都知 唔使講"),
        ("i-love-you-english/ai", "下一個我知 唔答"),
    ],
)
def test_the_next_line_known_with_its_one_sees_through(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) == "saw_through"


@pytest.mark.parametrize("answer", ["八把啦 上一個都係八", "八把 下一首歌"])
def test_the_next_or_last_by_any_counter_is_no_count_of_one(corpus: Corpus, answer: str) -> None:
    # 一 of 上一個, 下一首 is no answer of one beside the eight
    assert verdict(corpus, "ten-knives/ask", answer) == "eight"


def test_a_one_said_alone_still_counts(corpus: Corpus) -> None:
    assert verdict(corpus, "guess-my-age/ask", "一百") == "guesses_number"


# -- (c) a word negated is the rules' to read (bot/content/reading.py) --------------------------


@pytest.mark.parametrize("answer", ["唔like", "不like", "唔 like 喎"])
def test_an_english_word_negated_is_not_vetoed_toward_the_word(corpus: Corpus, answer: str) -> None:
    # the rules read no; the model hears 'like' (a yes) and vetoed it to the safe path
    assert verdict(corpus, "play-water/ask", answer) == "no"


def test_the_word_itself_still_says_yes(corpus: Corpus) -> None:
    assert verdict(corpus, "play-water/ask", "like") == "yes"


# -- (d) yes, no and don't know in Hong Kong's, Taiwan's and Hokkien's words (lexicon) ----------


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("緊係啦", "當然是啦"),
        ("m like 玩水", "不喜歡 玩水"),
        ("我臆無", "我猜不到"),
        ("臆袂著", "猜不到"),
        ("吾識", "不會"),
        ("喜番", "喜歡"),
    ],
)
def test_words_fold_as_the_plain_word(corpus: Corpus, typed: str, plain: str) -> None:
    assert folded(corpus, typed) == folded(corpus, plain)


def test_the_progressive_before_is_keeps_its_own(corpus: Corpus) -> None:
    # 緊 of 諗緊 (thinking) before 係咪 is no lazy 梗係
    assert "当然" not in folded(corpus, "我諗緊係咪有古惑")


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("play-water/ask", "緊係啦", "yes"),
        ("play-water/ask", "ㄣㄣ", "yes"),
        ("play-water/ask", "喜番", "yes"),
        ("play-water/ask", "mm like 玩水", "no"),
        ("play-water/ask", "吾鍾意", "no"),
        ("ice-to-water/ask", "冇clue 喎", "dont_know"),
        ("ice-to-water/ask", "沒clue", "dont_know"),
        ("ice-to-water/ask", "腦袋當機", "dont_know"),
        ("ice-to-water/ask", "霧煞煞", "dont_know"),
        ("ice-to-water/ask", "吾識", "dont_know"),
        ("ice-to-water/ask", "臆袂著", "dont_know"),
    ],
)
def test_the_words_reach_their_branch(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert verdict(corpus, where, answer) == branch


# -- (e) 咗 typed 左 after a state come about, Cantonese 估 and Hokkien 臆 (lexicon: cantonese) ---


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("肥左3磅", "肥咗3磅"),
        ("攰左", "攰咗"),
        ("唔記得左", "唔記得咗"),
        ("唔想估", "不想猜"),
        ("毋臆", "不猜"),
    ],
)
def test_lazy_and_hokkien_typing_folds_as_the_word(corpus: Corpus, typed: str, plain: str) -> None:
    assert folded(corpus, typed) == folded(corpus, plain)


def test_a_verb_of_motion_keeps_its_left(corpus: Corpus) -> None:
    # 行左 is walk left: no 咗 typed 左 is read after a verb of motion
    assert "左" in folded(corpus, "行左邊")


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("gained-weight/ask", "肥左", "admits"),
        ("guess-my-age/ask", "唔想估", "refuses"),
        ("guess-my-age/ask", "毋臆", "refuses"),
    ],
)
def test_the_typed_words_reach_their_branch(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert verdict(corpus, where, answer) == branch


# -- (f) the names older temple-goers in Taiwan call their gods by (jokes: favourite-god) --------


@pytest.mark.parametrize(
    "god", ["恩主公", "大道公", "太子爺", "虎爺", "七娘媽", "瑤池金母", "九天玄女"]
)
def test_taiwan_temple_names_name_a_god(corpus: Corpus, god: str) -> None:
    assert verdict(corpus, "favourite-god/ask", f"{god}啦") == "names_god"


def test_a_sage_quoted_beside_no_belief_is_still_no_belief(corpus: Corpus) -> None:
    assert verdict(corpus, "favourite-god/ask", "我不信神 孔子說敬鬼神而遠之") == "atheist"


# -- (g) tired as Hong Kong writes it (lexicon: cantonese) and Hong Kong's and Taiwan's drinks ---


@pytest.mark.parametrize("answer", ["好癐", "癐到死", "攰攰哋", "好gui", "gwui到死"])
def test_tired_as_hong_kong_types_it(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "running-all-day/ask", answer) == "tired"


def test_gui_alone_is_no_tiredness(corpus: Corpus) -> None:
    assert "累" not in folded(corpus, "gui 設計")


@pytest.mark.parametrize(
    "drink", ["藍妹", "生力", "檸賓", "竹蔗茅根", "齋啡", "黑松", "舒跑", "米漿"]
)
def test_local_drinks_are_drinks(corpus: Corpus, drink: str) -> None:
    assert verdict(corpus, "want-drink/ask", drink) == "names_drink"
