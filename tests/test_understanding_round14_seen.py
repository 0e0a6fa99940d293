"""Round fourteen's pass by one kind (seen14): seeing through it in words no list held, across
every tuning set (round14_writers2 left out, the held-out check). Fixed in content/lexicon.yaml
and content/jokes.yaml alone (no rule changed): the routine known by how it goes (`trick`), the
victim's answer foreseen as "you think I'll say…" or "to get me saying…" (`mention_frames`), and
the punchline said before it is told in three routines' English give-aways (the pig came to
listen to you; the calves drink the milk; toast comes out). Examples written here, not copied
from the eval rows; the English ones were each seen red with their data line taken out. The
Chinese ones pass without this change: the same sense was already read there, and they keep the
English in step with it."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- the routine known by how it goes (trick) --------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("bark-for-you/ask", "haha i know how this goes, not doing it", "saw_through"),
        ("ten-knives/ask", "i know how this one goes lol", "saw_through"),
        ("one-and-three/ask", "mate i know where this goes", "saw_through"),
        ("bark-for-you/ask", "ok i see where this goes 😏", "saw_through"),
        # "let's see where this goes" plays along: no trick named, the yes stands
        ("play-water/ask", "sure, lets see where this goes", "yes"),
        ("bark-for-you/ask", "這套我知道 你想我學狗叫", "saw_through"),
        ("bark-for-you/ask", "这套我知道 你想我学狗叫", "saw_through"),
    ],
)
def test_the_routine_known_by_how_it_goes(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the answer foreseen: "you think I'll say…", "to get me saying…" (mention_frames) ---------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("toast-toaster/ask", "u think im gonna say toast lol, bread", "bread"),
        ("silk-milk/ask", "you think ill say milk, but its water", "water"),
        # the first place foreseen, not said: before, a punchline for it; now the safe path
        ("race-second-place/second", "you think im gonna say first. nah", None),
        ("silk-milk/ask", "lol that was all to get me sayin milk. water", "water"),
        ("silk-milk/ask", "all that silk was so i say milk, its water", "water"),
        ("toast-toaster/ask", "bet u think ill say toast. bread", "bread"),
        # the speaker's own conclusion, no aim of the asker's: "so i say" alone stays an answer
        ("ten-knives/ask", "10 minus 2 so i say 8", "eight"),
        # the Chinese frame names the trick, and the give-away's reply fits as well as water's
        ("silk-milk/ask", "你以為我會說牛奶 係水啦", "saw_through"),
        ("silk-milk/ask", "你以为我会说牛奶 是水", "saw_through"),
    ],
)
def test_the_answer_foreseen(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- the punchline said before it is told (give-aways) -----------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("pig-ran-away/ask", "it ran over there to listen to ya, didnt it", "saw_through"),
        ("pig-ran-away/why", "came to hear ur story... so am i the pig? lol", "saw_through"),
        ("pig-ran-away/why", "it came to hear you talk 🐷", "saw_through"),
        ("silk-milk/ask", "water, the calves drink the milk", "water"),
        ("silk-milk/ask", "water. cows give milk, they dont drink it", "water"),
        ("toast-toaster/ask", "bread mate, toast come out at the end", "bread"),
        ("pig-ran-away/why", "跑來聽你講故仔囉", "saw_through"),
        ("pig-ran-away/why", "跑来听你讲故事呗", "saw_through"),
    ],
)
def test_the_punchline_said_before_it_is_told(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- you-and-pig's question is no give-away: the bot's own words echoed ---------------------------
# (seen14 put 你和猪有什么区别 and its forms in the give-away; the held-out second wave lost a row
# to it, a don't-know that repeats the question: taken out on merging.)


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("you-and-pig/ask", "你同豬有咩分別？唔知喎", "dont_know"),
        ("you-and-pig/ask", "你和猪有什么区别？不知道", "dont_know"),
        # the question echoed as the victim's own (我和猪) is no turning back
        ("you-and-pig/ask", "我和猪有什么区别？", None),
        # not 你才是猪 alone: writers label it both ways at this state (new_routines.tsv)
        ("you-and-pig/ask", "你才是猪", None),
    ],
)
def test_the_question_asked_back(corpus: Corpus, where: str, said: str, branch: str | None) -> None:
    assert reached(corpus, where, said) == branch


# -- once said or read out, what it turns into (mention_frames): 说了就成, 一念就成 --------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("monkey-name/surname", "才不说 说了就成您孙子", "saw_through"),
        ("monkey-name/surname", "俺不说 说了俺就成恁孙子了", "saw_through"),
        ("reverse-baba/baba", "我不得念 一念就成你儿了哦", "sees_through"),
        ("i-love-you-english/whole", "念出来就成我跟你表白了", "sees_through"),
        ("monkey-name/surname", "我唔講 講出來就變咗你個孫", "saw_through"),
        # 就是 stays out: read out, it is the character (the answer)
        ("misread-char/ask", "错字 念出来就是错", "cuo"),
    ],
)
def test_what_it_turns_into_once_said(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch


# -- the routine's last or next question foretold (mention_frames) ------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("opposite-genius/up", "lol the last one is gonna be genius right", "saw_through"),
        ("opposite-genius/up", "my guy last one go be genius o", "saw_through"),
        ("opposite-genius/up", "down, and the next ones gonna be genius innit", "saw_through"),
        # a warm-up answered alone goes on
        ("opposite-genius/up", "down", "down"),
    ],
)
def test_the_last_question_foretold(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
