"""Round twenty-eight, wp28b: a branch's word in talk about something else. The question's own
word asked back (爸爸？ to 跟我讀：爸爸) and then words at the asker (頂你) echoes the question: it
is not the word said, what follows answers, or nothing does (the safe path). A branch's word
right after "you asked" / "you said" tells what the asker said: no answer. Answers of our own
(none from the sets), through the shipped corpus and lexicon and the real matcher (the rules'
own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the question's word asked back, then words at the asker choosing no branch: the
        # safe path
        ("follow-me-baba/third", "爸爸？你唔好玩喇", None),
        ("follow-me-baba/third", "爸爸？ 顶你 那一起读不就输了", None),
        ("reverse-baba/love", "我爱你？你想点", None),
        # ...then words at the asker that see the trick: what follows answers
        ("follow-me-baba/third", "爸爸？我先唔上你當", "sees_through"),
        # ...the word said (alone, asked alone, said again after, or asked with no word at the
        # asker: "that's all?"): it is said
        ("follow-me-baba/third", "爸爸", "fell"),
        ("follow-me-baba/third", "爸爸？", "fell"),
        ("follow-me-baba/third", "爸爸？好啦 爸爸", "fell"),
        ("follow-me-baba/third", "爸爸？唔好玩喇", "fell"),
        ("reverse-baba/love", "我爱你？这有什么难的", "forward"),
        ("reverse-baba/love", "我爱你？就这样？", "forward"),
    ],
)
def test_the_questions_word_asked_back_at_the_asker_is_no_answer(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # a branch's word right after "you asked" / "you said": the asker's words, no answer
        ("capital-of-paris/france", "why again? u asked paris a minute ago", None),
        ("capital-of-paris/france", "you just said paris lol", None),
        # ...the answer said after it still answers
        ("capital-of-paris/france", "ok you asked again, paris", "paris"),
        ("capital-of-paris/france", "paris", "paris"),
    ],
)
def test_the_askers_words_told_back_are_no_answer(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)
