"""Review of round twenty-two (branch review22): fresh answers of our own probing the round's
verdict rules, through the shipped corpus and lexicon and the real matcher (the rules' own
verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a no, then why it cannot be known" reads a bare no; a disbelief (不是吧, 唔係啩,
        # 唔係嘛, 不会吧: "surely not?", "you're kidding") is no answer to "do you know...?", and
        # the don't-know after it is the answer (main gave says_no to each)
        ("my-flaw/ask", "不是吧，我怎么知道", "dont_know"),
        ("my-flaw/ask", "不是吧 谁知道", "dont_know"),
        ("guess-my-thoughts/ask", "唔係啩，我點知", "dont_know"),
        ("guess-my-thoughts/ask", "唔係嘛，我點知", "dont_know"),
        ("guess-my-thoughts/ask", "不是吧？我哪知道", "dont_know"),
        # ...a bare no then why not still answers no (wp22's own probes, and fresh ones)
        ("my-flaw/ask", "没有吧 我哪晓得", "says_no"),
        ("my-flaw/ask", "冇啊，我点知", "says_no"),
        ("guess-my-thoughts/ask", "冇，估唔到", "says_no"),
        ("guess-my-thoughts/ask", "没有，鬼知道", "says_no"),
        ("my-flaw/ask", "沒有", "says_no"),
    ],
)
def test_a_disbelief_is_no_bare_no(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_a_disbelief_says_why(corpus: Corpus) -> None:
    assert "a no, then why" not in explained(corpus, "my-flaw/ask", "不是吧，我怎么知道")
