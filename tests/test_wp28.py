"""Round twenty-eight's wrong punchlines by kind (branch wp28, docs/wp28.md), read from every
tuning set's wrong punchlines and the labels the fresh set's analyst found against the corpus:
the refusal of saying the line quite alone (唔讀, 唔跟喇: read as seeing the trick, where every
writer since round ten labels it otherwise), the insult turned back with more insult or beside
the indignant "what pig?" (你才是猪，你全家都是猪; 咩豬呀 你先係豬: read as the give-away, labelled
deny), the pig "not as dumb as you" (豬冇你咁蠢: read as a plain difference, labelled seeing
through) and "good taste in friends" said to the asker (read as the give-away, labelled a
compliment by every writer). Each kind is probed with answers of our own (none from the sets)
beside answers it must not change: the shipped corpus and lexicon through the real matcher (the
rules' own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # the refusal of reading out or following the line, alone (particles aside): no trick
        # seen, the safe path
        ("i-love-you-english/whole", "唔讀啦", None),
        ("i-love-you-english/whole", "不念了", None),
        ("reverse-baba/baba", "唔念喇", None),
        ("follow-me-baba/third", "唔跟啊", None),
        ("follow-me-baba/third", "不打啦", None),
        # ...where the state has a refusing branch, it refuses there
        ("reverse-baba/love", "唔讀啦", "refuses"),
        # ...with a subject, a laugh or an emoji, or beside the trick named, it still sees through
        ("reverse-baba/baba", "我唔讀", "sees_through"),
        ("i-love-you-english/whole", "唔讀 😏", "sees_through"),
        ("follow-me-baba/third", "不跟，想我叫你爸爸", "sees_through"),
        # ...and so does the refusal of an act no writer typed bare: calling, the next line
        ("guess-my-age/address", "唔叫啦", "sees_through"),
        ("mama-song/ask", "唔接啦", "sees_through"),
    ],
)
def test_the_refusal_of_the_line_alone_sees_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the insult turned back with more insult, or beside "what pig?" / "I'm a pig?": a denial
        ("你先係豬，你全家都係豬", "deny"),
        ("咩豬啊？你先係豬🐷", "deny"),
        ("吓？我係豬咩", "deny"),
        # ...or beside Hokkien's 我 typed 哇 before the denial
        ("汝才是猪啦，哇不是啦", "deny"),
        # ...beside the trick named it still sees through
        ("你才是猪 全家都是猪 这招我早听过了", "saw_through"),
    ],
)
def test_the_insult_turned_back_with_more_denies(corpus: Corpus, answer: str, branch: str) -> None:
    where = "forget-pig/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # the pig "not as dumb as you": the asker insulted, the trick turned back
        ("隻豬都冇你咁笨", "saw_through"),
        ("差别就是猪没有你那么傻", "saw_through"),
        # ...what the pig has not, said of the pig alone, still answers directly
        ("猪没有手机", "answers_directly"),
    ],
)
def test_the_pig_not_as_dumb_as_you_is_asked_first(
    corpus: Corpus, answer: str, branch: str
) -> None:
    where = "you-and-pig/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)


@pytest.mark.parametrize(
    ("answer", "branch"),
    [
        # praising the asker's choice of friends is a compliment
        ("you have great taste in friends tbh", "compliment"),
        ("ya got good taste in friends haha", "compliment"),
        # ...the praise foretold, said of oneself, still sees through
        ("you'll say i have good taste", "saw_through"),
    ],
)
def test_good_taste_in_friends_is_a_compliment(corpus: Corpus, answer: str, branch: str) -> None:
    where = "compliment-game/ask"
    assert reached(corpus, where, answer) == branch, explained(corpus, where, answer)
