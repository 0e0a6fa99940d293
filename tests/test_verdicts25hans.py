"""Round twenty-five's Simplified Chinese verdicts (branch verdicts25hans), read by kind from
round twenty-four's final and dev sets and every tuning set's Simplified misses
(content/eval/tuning/round24_final/README.md, "What went wrong, by kind"), each kind probed with
answers of our own that a mainland writer from elsewhere might type, beside the sets' rows: the
shipped corpus and lexicon through the real matcher (the rules' own verdict: no second
opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import LEXICON, reached
from understanding.text import fold


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Southwest and Xiang 莫晓得 is 不晓得, the don't-know, not 知道 denied (a no)
        ("guess-my-thoughts/ask", "莫晓得", "dont_know"),  # round 24's final set (Zunyi)
        ("guess-my-thoughts/ask", "我莫晓得哦 你讲嘛", "dont_know"),
        ("my-flaw/ask", "莫晓得，你自己讲", "dont_know"),
        ("xiaoming-third-son/ask", "莫晓得 你讲", "dont_know"),
        ("favourite-god/ask", "莫知道", "dont_know"),
    ],
)
def test_southwest_mo_xiaode_is_a_dont_know(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # "How could I not know": 能 closing its clause unasked over a negated verb of knowing
        # is of course knowing, no don't-know taking 知道 back (asked, 我能不知道吗, it is rule
        # "would I not know?"'s, tests/test_verdicts23hans.py)
        ("pig-ran-away/ask", "知道啊，这俺能不知道", "know"),  # round 24's final set (Xuzhou)
        ("pig-ran-away/ask", "知道，这我能不晓得", "know"),
        ("you-and-pig/ask", "这俺能不知道", "claims_to_know"),
        ("guess-my-thoughts/ask", "知道撒 这个我能不知道", "claims_to_know"),
        # ...but the 能 of 可能 hedges: "I may not know"
        ("pig-ran-away/ask", "我可能不知道", "dont_know"),
    ],
)
def test_could_i_not_know(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # Central Plains 恁 is 你 before a verb, an adverb or a word it owns...
        ("恁说俺是傻瓜啊", "你说我是傻瓜啊"),
        ("恁才是猪", "你才是猪"),
        ("恁这一套", "你这一套"),
        ("不知道 恁说几步", "不知道 你说几步"),
        # ...and as 你 before the words a longer key keeps (Hokkien 想欲: a mention frame)
        ("恁想欲我讲猪", "你想欲我说猪"),
        # ...and "so" before an adjective
        ("大象恁大冰箱恁小", "大象恁大冰箱恁小"),
        ("天恁热", "天恁热"),
    ],
)
def test_central_plains_nen_is_you(written: str, folded: str) -> None:
    assert fold(written, LEXICON) == folded


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        ("inedible-melon/retry", "傻瓜？恁说俺是傻瓜啊", "fool"),  # round 24's final set (Xuzhou)
        ("elephant-fridge/fridge", "装不进去 大象恁大冰箱恁小", "impossible"),
        # judging by how one talks is no 你说 ("tell me") after the guess
        ("guess-my-age/ask", "二十八？看恁说话怪嫩的", "guesses_number"),
        ("guess-my-age/ask", "看你讲话，三十吧", "guesses_number"),
    ],
)
def test_central_plains_answers(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 晓得 typed in pinyin reads as 晓得 folds (知道), beside Chinese or alone
        ("guess-my-thoughts/ask", "xiao得啊", "claims_to_know"),
        ("guess-my-thoughts/ask", "bu xiao de，你讲", "dont_know"),
        ("favourite-god/ask", "bu xiao de，你信哪个嘛", "dont_know"),  # round 23's final set
        ("guess-my-thoughts/ask", "buxiaode", "dont_know"),
        ("guess-my-thoughts/ask", "xiaode", "claims_to_know"),
    ],
)
def test_xiaode_typed_in_pinyin(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Changsha 港 is 讲 refused, begun or failing
        ("guess-my-thoughts/ask", "呃，一下子港不出来", "dont_know"),  # round 24's dev set
        ("guess-my-thoughts/ask", "港不出来 让我想哈", "dont_know"),
        ("inedible-melon/retry", "我不港，港出来就是我自己承认是傻瓜", "sees_through"),
        ("dad-in-english/dad", "不港", "refuses"),
        # ...and 香港 keeps its own
        ("guess-my-thoughts/ask", "我在香港不出门", None),
    ],
)
def test_changsha_gang_is_saying(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 晓得 and 知道 typed by their sound: 资道 (zi for zhi), 小得 before a particle or after 我
        ("pig-ran-away/ask", "小得啊", "know"),  # rounds 4, 5 and 7
        ("pig-ran-away/ask", "资道啊", "know"),  # round 11's final set
        ("guess-my-thoughts/ask", "资道呀", "claims_to_know"),
        ("pig-ran-away/ask", "不资道", "dont_know"),
        # ...and 小得 of size keeps its own
        ("pig-ran-away/ask", "大象比冰箱小得多", None),
    ],
)
def test_knowing_typed_by_sound(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # "some rare character?" names no character: the don't-know beside it is the answer,
        # no hedge of a guess (eight writers of six rounds)
        ("misread-char/ask", "不知道 生僻字？", "dont_know"),
        ("misread-char/ask", "不晓得，是个生僻字吧？", "dont_know"),
        # ...and alone, or beside a character named, it is no don't-know either
        ("misread-char/ask", "生僻字？饕餮？", None),
        ("misread-char/ask", "生僻字吧，biangbiang面的那个biang", None),
    ],
)
def test_a_rare_character_is_no_guess(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the north's 木 for 没 before a thing lacked; 没招 (no way) beside 没辙
        ("ice-to-water/ask", "木招 你说咋弄", "dont_know"),  # round 11's final set
        ("ice-to-water/ask", "没招了", "dont_know"),
        # Southwest "you ask me, whom do I ask" (哪个: 谁)
        ("guess-my-thoughts/ask", "你问我我问哪个", "dont_know"),  # round 12's final set
    ],
)
def test_no_way_and_whom_do_i_ask(corpus: Corpus, where: str, answer: str, branch: str) -> None:
    assert reached(corpus, where, answer) == branch


def test_mu_before_water_is_none() -> None:
    assert fold("河里木水", LEXICON) == "河里没水"  # round 11's final set


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # 不曾 ("never") is 没 before a verb: a no, where its 不 stood alone and 发现 said yes
        ("silent-love/ask", "不曾发现。", "no"),  # round 16's final set
        ("silent-love/ask", "从来不曾注意", "no"),
        # the pig asked after with 能, 行 or 可以, as with 会: "can a pig?" answers
        ("you-and-pig/explain", "我一天跑八百公里 猪能行吗", "explains"),  # round 23's final set
        ("you-and-pig/ask", "我会挣钱 猪可以吗", "answers_directly"),
    ],
)
def test_never_and_the_pig_asked_after(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch
