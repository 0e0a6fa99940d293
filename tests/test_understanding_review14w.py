"""Round fourteen's new words, read by a native reader (docs/review-round14-words.md): false
friends that named the trick in ordinary answers, narrowed. Each answer here is the reader's
kind of everyday sentence, which must reach what it says, not "you saw through it"."""

from __future__ import annotations

import pytest

from bot.content.corpus import GIVE_AWAY, Corpus


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        # a next step, no role taken (bare 就做 / 就扮 were prediction verbs)
        ("elephant-fridge/river", "砍几棵树，然后就做个木筏划过去"),
        ("imagine-chase/ask", "跑先，跟住就扮死"),
        ("ice-to-water/ask", "用锅煮，然后就做好了"),
        # Cantonese 冇咁易: "it doesn't happen that easily" (only 冇咁易呃我 names the trick)
        ("gained-weight/ask", "冇呀，冇咁易肥"),
        ("ten-knives/ask", "十把，冇咁易接"),
        # whichever way it walks is no "down"
        ("cow-tail/ask", "怎么走都是朝北"),
        ("cow-tail/ask", "不管怎么走，尾巴都在后面"),
        # taking turns, to "you go first?"
        ("compliment-game/ask", "换你做先"),
        ("compliment-game/ask", "这次你当真？好吧，你很靓"),
        # hurt, not a read of the pun
        ("gained-weight/ask", "你是故意的吧，气我"),
        # spelling a word out
        ("i-love-you-english/ni", "you，y-o-u拼起来"),
        # how a knock-knock goes, explained
        ("boo-who/knock", "whos there, then you say the name"),
        # noticing the unit changed is not knowing the answer
        ("feathers-steel/pound", "oh you switched it up, steel"),
        # in the age question, 老 is the topic
        ("guess-my-age/ask", "这个很老了吧"),
        # 完你 with a verb of being: "once heated, you have water" (完你 frames take only a call
        # or a role: 唱完你就叫我做寶)
        ("ice-to-water/ask", "加热，加完你就是水"),
    ],
)
def test_an_everyday_sentence_is_no_seeing_through(corpus: Corpus, where: str, answer: str) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].understand(answer)
    assert found.branch_id != GIVE_AWAY, found.explain()
    sharp = (
        found.branch is not None
        and corpus.routines[routine].states[state].answers[found.branch].saw_through
    )
    assert not sharp, found.explain()


@pytest.mark.parametrize(
    ("where", "answer"),
    [
        ("one-and-three/ask", "冇咁易呃我"),
        ("forget-pig/ask", "冇咁易俾你呃到"),
        ("monkey-name/surname", "姓孙 这次你当孙子"),
        ("mama-song/ask", "我一唱完你就扮我媽"),
    ],
)
def test_the_narrowed_forms_still_name_the_trick(corpus: Corpus, where: str, answer: str) -> None:
    routine, state = where.split("/")
    found = corpus.routines[routine].states[state].understand(answer)
    sharp = (
        found.branch is not None
        and corpus.routines[routine].states[state].answers[found.branch].saw_through
    )
    assert found.branch_id == GIVE_AWAY or sharp, found.explain()
