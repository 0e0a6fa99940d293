"""Round twenty-three's Traditional Chinese verdicts (branch verdicts23hant): Taiwan Mandarin with
Hokkien and Hakka, and Hong Kong Cantonese (and the mainland where the kind is shared), by kind,
each pinned with fresh answers of the kind (not the tuning sets' rows) beside neighbours it must
not change. The shipped corpus and lexicon, through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import verdict

# -- (a) Hokkien's 我 typed 哇 where the state expects 我 -------------------------------------------
# (哇的, 在想哇喔, 你是要罵哇是豬 reached nothing: 哇 is "wow" to Mandarin)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("follow-me-baba/second", "哇的啦", "typed"),
        ("follow-me-baba/second", "好啦 哇的", "typed"),
        ("guess-my-thoughts/ask", "應該是在想哇吧", "guesses_me"),
        ("guess-my-thoughts/ask", "想哇喔 對不對", "guesses_me"),
        ("guess-my-thoughts/ask", "是不是在想哇", "guesses_me"),
        ("guess-my-thoughts/guess", "你一定在想哇啦", "guesses_me"),
        ("my-flaw/guess", "缺一點哇喔", "guesses_me"),
        ("reverse-baba/baba", "爸爸你是哇", "fell"),
    ],
)
def test_hokkien_me_typed_wa_reads_as_me(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # "wow" alone, doubled, or opening its own clause stays "wow"
        ("guess-my-thoughts/ask", "哇，你在想什麼"),
        ("guess-my-thoughts/ask", "哇哇哇"),
        ("follow-me-baba/second", "哇 好玩"),
        ("follow-me-baba/second", "哇！"),
    ],
)
def test_wow_stays_wow(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) is None


# -- (a) English typed by its sound in characters, and 愛 or ㄞ for the letter I -------------------
# (古藍趴, 愛母阿夫魯 and a lone 愛 for "I" reached nothing)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("dad-in-english/grandpa", "古蘭趴啦", "fell"),
        ("dad-in-english/grandpa", "古藍趴 對吧", "fell"),
        ("fool-in-english/ask", "愛母阿夫", "fell"),
        ("fool-in-english/ask", "爱母阿夫鲁 哈哈", "fell"),
        ("i-love-you-english/wo", "愛啦", "answered"),
        ("i-love-you-english/wo", "ㄞ", "answered"),
        ("i-love-you-english/wo", "爱呀", "answered"),
    ],
)
def test_english_typed_by_sound(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("i-love-you-english/wo", "愛你喔"),  # a word more: no letter
        ("i-love-you-english/wo", "唉"),
        ("dad-in-english/grandpa", "古蹟"),
    ],
)
def test_what_english_by_sound_does_not_read(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) is None


# -- (b) Cantonese 都得 (either's fine: sure), closing its clause ----------------------------------


@pytest.mark.parametrize(
    "answer", ["都得嘅", "都得呀，吠兩聲嚟聽吓", "都得啦 你叫先", "好似都得喎", "咁都得"]
)
def test_cantonese_dou_dak_is_a_yes(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "bark-for-you/ask", answer) == "yes"


@pytest.mark.parametrize("answer", ["我都得返工", "佢都得叫"])
def test_dou_dak_inside_a_sentence_is_no_yes(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "bark-for-you/ask", answer) != "yes"


# -- (d) a pause inside the answer's words ---------------------------------------------------------
# (缺…點我？ and I……love……you，原來我咁識英文 reached nothing: each pause cut a clause)


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("my-flaw/guess", "缺……點我喔", "guesses_me"),
        ("my-flaw/guess", "缺…点我吧", "guesses_me"),
        ("guess-my-thoughts/ask", "在…想…我？", "guesses_me"),
        ("guess-my-thoughts/ask", "想…我喔", "guesses_me"),
        ("i-love-you-english/whole", "I…love…you 對吧", "fell"),
        ("i-love-you-english/whole", "I... love... you 囉", "fell"),
        ("i-love-you-english/whole", "I……love……you，好簡單", "fell"),
    ],
)
def test_a_pause_inside_the_words(corpus: Corpus, where: str, answer: str, expected: str) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("my-flaw/guess", "嗯…不知道", "dont_know"),
        ("my-flaw/guess", "缺…我不知道", "dont_know"),
    ],
)
def test_what_a_pause_inside_the_words_does_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize("answer", ["胖了一點…不是，是衣服縮水", "肥咗少少… 唔係 係件衫縮水"])
def test_a_pause_before_a_take_back_stays_a_break(corpus: Corpus, answer: str) -> None:
    # closed, the pause would lose the take-back after it, and the gain would be admitted
    assert verdict(corpus, "gained-weight/ask", answer) != "admits"


# -- (c) self-corrections: "not even that" takes the answer back; a 唔係 trailing off denies what
# came before it (有少少攰……都唔算 reached tired; 姓猴？唔係……係姓孫 read 唔係 as negating 姓孫)


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("running-all-day/ask", "有少少攰……都唔算"),
        ("running-all-day/ask", "有一點累…也不算啦 仲跑得"),
        ("running-all-day/ask", "累少少…都不算啦，習慣咗"),
        ("gained-weight/ask", "胖了一點點…也不算啦"),
    ],
)
def test_not_even_that_takes_the_answer_back(corpus: Corpus, where: str, answer: str) -> None:
    assert verdict(corpus, where, answer) is None


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("running-all-day/ask", "有一點累…也不算啦，還好", "not_tired"),
        ("monkey-name/surname", "姓猴？唔係……係姓孫", "sun"),
        ("monkey-name/surname", "姓猴？不是……是姓孫啦", "sun"),
        ("monkey-name/surname", "猴？不是……姓孙", "sun"),
    ],
)
def test_an_answer_after_a_take_back_counts(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("running-all-day/ask", "有少少攰", "tired"),
        ("running-all-day/ask", "一步都不算遠，唔攰", "not_tired"),
        ("forget-pig/ask", "我不是……豬", "deny"),  # inside a sentence 不是 negates what follows
    ],
)
def test_what_take_backs_do_not_change(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected


# -- (d) a don't-know, then how asked back in Cantonese: still a don't-know ------------------------
# (唔知，點過呀？ read 點過 as a guess the don't-know hedged: the safe path)


@pytest.mark.parametrize(
    "answer",
    ["唔知啊 點樣過？", "唔知喎，點過呀？話我知啦", "我唔知 點過㗎？", "不知道 點解要過河？"],
)
def test_a_dont_know_then_how_asked_back(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "elephant-fridge/river", answer) == "dont_know"


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # a guess after a don't-know is hedged, and fits no answer: the safe path
        ("elephant-fridge/river", "唔知，坐飛機？"),
        ("monkey-name/surname", "唔知，姓陳？"),
    ],
)
def test_a_guess_after_a_dont_know_stays_the_safe_path(
    corpus: Corpus, where: str, answer: str
) -> None:
    assert verdict(corpus, where, answer) is None


# -- (b) praise in everyday words: "you're good at it", a lucky face, being on time ---------------
# (你…很會聊天, 你個樣幾有福相, 交report幾準時 reached nothing)


@pytest.mark.parametrize(
    "answer",
    [
        "你好會講嘢",
        "你超會穿搭欸",
        "你真会做饭",
        "你很會拍照",
        "你個樣好有福相",
        "你返工好準時",
        "你好守時",
    ],
)
def test_everyday_praise_is_a_compliment(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) == "compliment"


@pytest.mark.parametrize("answer", ["你很會喔", "你真会装", "你好會扮嘢", "我很會聊天"])
def test_good_at_a_trick_or_oneself_is_no_compliment(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "compliment-game/ask", answer) != "compliment"


# -- (c) 不对 of 念不对 is how it came out, no correction ------------------------------------------
# (社么字念不对 read 不对 as taking back the don't-know before it)


@pytest.mark.parametrize(
    "answer",
    [
        # (the 不对 in the later clause, read as a no, took the don't-know back)
        "不知道，这字我念不对，怎么念都念不对",
        "唔知，呢個字我讀不對，點讀都讀不對",
        "想不到，字都念不對，我講話都講不對啦",
        "想不起来，写不对，我们这写啥都写不对",
    ],
)
def test_a_verbs_wrong_result_is_no_correction(corpus: Corpus, answer: str) -> None:
    assert verdict(corpus, "misread-char/ask", answer) == "dont_know"


@pytest.mark.parametrize(
    ("where", "answer", "expected"),
    [
        ("monkey-name/surname", "姓猴，不對，姓孫", "sun"),  # a correction still corrects
        ("monkey-name/surname", "姓猴？唔係，姓孫", "sun"),
    ],
)
def test_a_correction_after_an_answer_still_corrects(
    corpus: Corpus, where: str, answer: str, expected: str
) -> None:
    assert verdict(corpus, where, answer) == expected
