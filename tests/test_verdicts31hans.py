"""Round thirty-one's Simplified Chinese verdicts (branch verdicts31hans), read by kind from round
thirty's final set (content/eval/tuning/round30_final/README.md, "What went wrong, by kind") and
every tuning set's Simplified misses: the 冒 (没) of Hunan, Hubei and Gan before more of the
words 没 opens, never having thought about it (a no where a branch takes one, else a don't-know),
the net's 6 (skilful) after a word of degree, Shanghainese 伐 for 勿 before a verb, Anhui's 可照,
a student abroad's don't-know, and another's knowing set against one's own don't-know
(这个我同学会我不会). Each kind is probed with answers of our own beside the sets' rows: the
shipped corpus and lexicon through the real matcher (the rules' own verdict: no second
opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # 冒 for 没 before the words 没 opens...
        ("冒想过，你讲", "没想过,你说"),
        ("想当爷爷冒门", "想当爷爷没门"),
        ("冒印象", "没印象"),
        # ...while Mandarin's own words with 冒 stay
        ("冒用身份", "冒用身份"),
        ("冒险", "冒险"),
        ("感冒吃过药了", "感冒吃过药了"),
        ("我感冒想睡觉", "我感冒想睡觉"),
        # the net's 6 after a word of degree is skill; a 6 elsewhere a number
        ("你打游戏挺6的", "你打游戏挺厉害的"),
        ("6个", "6个"),
        # ...and 伐 for 勿 never inside a Mandarin word 伐 ends (review31: 步伐要, 讨伐是 read 不要,
        # 不是): 去啊 讨伐是啥 was a no, a wrong punchline
        ("步伐要一致", "步伐要一致"),
        ("讨伐是啥", "讨伐是啥"),
        ("采伐是不对的", "采伐是不对的"),
        ("伐要", "不要"),
    ],
)
def test_dialect_words_fold(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # round 30's Zhuzhou writer and the same words said by others
        ("ice-to-water/ask", "冒想过，你讲", "dont_know"),
        ("ice-to-water/ask", "没想过", "dont_know"),
        ("ice-to-water/ask", "冇想过", "dont_know"),
        ("ice-to-water/ask", "从来没想过这个", "dont_know"),
        ("ice-to-water/ask", "没研究过", "dont_know"),
        ("ice-to-water/ask", "冒头绪", "dont_know"),
        ("dad-in-english/grandpa", "想当爷爷冒门", "sees_through"),
        ("dad-in-english/grandpa", "想当爷爷冇门", "sees_through"),
        # ...and where a branch takes a no, never having thought about it is one (冇諗過喎 to
        # "do you know how you and the pig differ?", labelled says_no by two writers)
        ("you-and-pig/ask", "冇諗過喎", "says_no"),
        ("you-and-pig/ask", "冒想过", "says_no"),
        ("play-water/ask", "没想过", "no"),
        # Shanghainese 伐 for 勿 before a verb (伐欢喜 was read as 欢喜, a yes), closing a question
        # still 吗; Shanghainese 搞勿灵清, 搞不灵清
        ("play-water/ask", "伐欢喜", "no"),
        ("play-water/ask", "伐要", "no"),
        ("forget-pig/ask", "我又伐是猪", "deny"),
        ("ice-to-water/ask", "搞不灵清", "dont_know"),
        ("ice-to-water/ask", "搞勿灵清", "dont_know"),
        # Anhui's 可照 (OK), the north's 不待见 (don't care for)
        ("play-water/ask", "可照", "yes"),
        ("play-water/ask", "不待见", "no"),
        # a student abroad's don't-know in the language about them
        ("ice-to-water/ask", "不知道 keine Ahnung", "dont_know"),
        ("ice-to-water/ask", "je sais pas", "dont_know"),
        ("ice-to-water/ask", "わからない", "dont_know"),
        # the young net's praise: round 30's Shangrao schoolboy
        ("compliment-game/ask", "你打游戏挺6的", "compliment"),
        ("compliment-game/ask", "你太6了", "compliment"),
    ],
)
def test_dialect_words_answer(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # another knows it (the modal closing what is said of them), I don't: my don't-know
        ("ice-to-water/ask", "这个我同学会我不会", "dont_know"),
        ("ice-to-water/ask", "我同学会，我不会", "dont_know"),
        # ...while a verb after the other's modal is a contrast, finished by the tail
        ("you-and-pig/explain", "猪会拱地，我不会", "explains"),
        ("you-and-pig/explain", "我会说话它不会", "explains"),
    ],
)
def test_anothers_knowing_against_mine(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch
