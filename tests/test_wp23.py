"""Round twenty-three's wrong punchlines by kind (branch wp23), read from the "What went wrong, by
kind" sections of rounds 18-22: a branch's word inside talk about something else (a question
back, a fortune-teller's 八字, a word put right), and the answer's own words read as the trick
seen. What they share: the answer holds more than a clean answer, and the branch's word sits in
a clause that asks back or speaks of oneself; such an answer goes the safe way, never to a
punchline. Each kind is probed with answers of our own (none from the sets) beside clean
answers it must not change: the shipped corpus and lexicon through the real matcher (the rules'
own verdict: no second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a question back naming a branch word", its "?" left off (bt22 "who paints a
        # house blue fr", labelled otherwise, reached other_stuff): a long last clause opening
        # with who, why, how, where or when asks too
        ("greenhouse-bricks/blue", "who builds a house out of bricks lol", None),
        ("greenhouse-bricks/blue", "who would use blue bricks for a greenhouse", None),
        ("greenhouse-bricks/blue", "where would you even get blue bricks from", None),
        ("greenhouse-bricks/blue", "how do you even paint bricks blue", None),
        ("months-28-days/ask", "how is every one of them 28 days bro", None),
        ("months-28-days/ask", "who counts every single one of them lol", None),
        ("dog-into-woods/ask", "how far do dogs even run in the woods", None),
        # ...a short clause, a suggestion, a don't-know asking rhetorically, a clean answer
        # stand
        ("greenhouse-bricks/blue", "blue", "blue_bricks"),
        ("greenhouse-bricks/blue", "how about blue", "blue_bricks"),
        ("greenhouse-bricks/blue", "who knows, blue", "blue_bricks"),
        ("months-28-days/ask", "every single one", "all_of_them"),
        ("months-28-days/ask", "all of them, every one", "all_of_them"),
        ("july-fourth-england/ask", "how would i know never been to england in july", "dont_know"),
        # ...in Chinese: who or why before the branch's word in its clause (wt22-like 邊個會…,
        # 为什么老问…); not with a negator (谁不知道是月亮 says it), nor after the answer
        ("houyi-moon/ask", "谁会射月亮啊 神经", None),
        ("houyi-moon/ask", "邊個會射月亮呀", None),
        ("guess-my-thoughts/guess", "谁有空猜你想吃饭", None),
        ("cow-tail/ask", "谁管牛尾巴朝东朝西", None),
        ("houyi-moon/ask", "月亮", "moon"),
        ("houyi-moon/ask", "是月亮吧", "moon"),
        ("houyi-moon/ask", "谁不知道是月亮", "moon"),
        ("houyi-moon/ask", "月亮啊，谁都知道", "moon"),
        ("guess-my-thoughts/guess", "想吃饭", "guesses_thing"),
        ("cow-tail/ask", "东", "direction"),
        # ...the trick's own words after a who deny it (no give-away), after a why name it
        ("forget-pig/ask", "边个话我是猪", None),
        ("forget-pig/ask", "你为什么骂我是猪", "saw_through"),
    ],
)
def test_a_question_back_names_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a numeral inside a word is no amount", for a branch's regex too (wt22
        # 畀你個時辰八字我先，我幫你計, labelled otherwise, reached guesses_number by 八)
        ("guess-my-age/ask", "八字先給我睇吓", None),
        ("guess-my-age/ask", "你生辰八字係幾多", None),
        ("guess-my-age/ask", "你个八字我看看先", None),
        ("guess-my-age/ask", "報個八字嚟", None),
        ("guess-my-age/ask", "先算算你的八字", None),
        ("guess-my-age/ask", "看八字就知道", None),
        # ...an age said beside it, or alone, stands
        ("guess-my-age/ask", "睇八字先…八歲吧", "guesses_number"),
        ("guess-my-age/ask", "八歲", "guesses_number"),
        ("guess-my-age/ask", "八十", "guesses_number"),
        ("guess-my-age/ask", "三十八", "guesses_number"),
    ],
)
def test_a_birth_chart_is_no_age(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a no correcting a word" (kp22 "Eh, they have their own Queen's day, no, King
        # now", labelled otherwise, reached says_no): a no alone between a remark and the word
        # it puts right answers nothing
        ("july-fourth-england/ask", "Eh, they have their own Queen's day, no, King now", None),
        ("july-fourth-england/ask", "they got the Queen's birthday, no, the King's now", None),
        ("july-fourth-england/ask", "bonfire night is in november, no, october", None),
        ("july-fourth-england/ask", "my cousin lives in London, no, Leeds", None),
        ("july-fourth-england/ask", "they celebrate in June i think, no, May", None),
        ("july-fourth-england/ask", "its a normal tuesday there, no, wednesday", None),
        # ...a no that answers stands
        ("july-fourth-england/ask", "no", "says_no"),
        ("july-fourth-england/ask", "no they dont", "says_no"),
        ("july-fourth-england/ask", "of course not, no", "says_no"),
        ("july-fourth-england/ask", "hmm, no", "says_no"),
    ],
)
def test_a_no_correcting_a_word_answers_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "one's own wits beside a yes" (ed22 "Aye, I'm no daft" to "can you spell
        # 'shop'?", labelled agrees; cz22 我知，我知！呢條我識 to "do you know why?", labelled
        # know; both reached saw_through): a bare yes, or the question's word said back, beside
        # words only about the speaker's wits or this question known: both readings are fair,
        # the safe path
        ("shop-green-light/spell", "yes im not daft", None),
        ("shop-green-light/spell", "Yeah, I'm not daft", None),
        ("shop-green-light/spell", "sure, I wasn't born yesterday", None),
        ("shop-green-light/spell", "yes of course, not born yesterday", None),
        ("shop-green-light/spell", "ok, i no be fool", None),
        ("pig-ran-away/ask", "知，呢條我識", None),
        ("pig-ran-away/ask", "知道，呢條我知", None),
        ("pig-ran-away/ask", "知，呢題我識啦", None),
        ("pig-ran-away/ask", "知呀 呢題我識", None),
        # ...alone, beside a claim of the routine known or met before, they see through it; a
        # clean yes or know stands
        ("shop-green-light/spell", "im not daft", "saw_through"),
        ("shop-green-light/spell", "yes, i know this trick", "saw_through"),
        ("shop-green-light/spell", "of course i can", "agrees"),
        ("shop-green-light/spell", "yeah", "agrees"),
        ("pig-ran-away/ask", "呢條我識", "saw_through"),
        ("pig-ran-away/ask", "知道，這題我聽過", "saw_through"),
        ("pig-ran-away/ask", "知", "know"),
        ("pig-ran-away/ask", "我知道", "know"),
    ],
)
def test_ones_own_wits_beside_a_yes_is_torn(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "the give-away as reasoning" (sz22 嫦娥奔月…所以射的是月亮伐, labelled moon, reached
        # saw_through): the give-away, a conclusion drawn, then an answer that does not see
        # through it: the legend is the writer's way to the answer as likely as the trick seen
        ("houyi-moon/ask", "嫦娥奔月 所以是月亮", None),
        ("houyi-moon/ask", "嫦娥奔月嘛，因此係月亮", None),
        ("houyi-moon/ask", "嫦娥奔月咯，咁就係月亮啦", None),
        ("houyi-moon/ask", "嫦娥奔月，于是射月亮", None),
        ("feathers-steel/kilo", "old trick, therefore steel", None),
        ("feathers-steel/kilo", "its a trick question, hence steel", None),
        # ...to an answer that sees through it, after the answer, or alone, the give-away stands
        ("houyi-moon/ask", "后羿射日嘛，所以是太阳", "sun"),
        ("houyi-moon/ask", "嫦娥奔月，所以是月亮 你想我咁答啊", "saw_through"),
        ("houyi-moon/ask", "月亮，嫦娥奔月嘛", "saw_through"),
        ("houyi-moon/ask", "嫦娥奔月", "saw_through"),
        ("houyi-moon/ask", "月亮", "moon"),
        ("feathers-steel/kilo", "heard this one before", "saw_through"),
        ("feathers-steel/kilo", "steel, i know this one", "saw_through"),
    ],
)
def test_the_give_away_as_reasoning_is_torn(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a why at the asker" (bt22 "bruh why u always talkin bout pigs", labelled
        # otherwise, reached dont_know by its "why"): a why with the asker named after it asks
        # about them; the branch's "why?" (I don't know, tell me) it is not
        ("pig-ran-away/ask", "why do you keep asking me about pigs", None),
        ("pig-ran-away/ask", "why are you so into pigs lol", None),
        ("pig-ran-away/ask", "why u always on about pigs man", None),
        ("pig-ran-away/ask", "为什么你老是问猪", None),
        ("pig-ran-away/ask", "點解你成日問豬嘅嘢", None),
        ("pig-ran-away/ask", "為什麼你一直問豬啦", None),
        # ...a why alone, with the question's own story, or after a don't-know stands
        ("pig-ran-away/ask", "why?", "dont_know"),
        ("pig-ran-away/ask", "why did it run away", "dont_know"),
        ("pig-ran-away/ask", "why, tell me", "dont_know"),
        ("pig-ran-away/ask", "为什么？", "dont_know"),
        ("pig-ran-away/ask", "不知道，为什么", "dont_know"),
    ],
)
def test_a_why_at_the_asker_answers_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "an answer asked, then said again" (cz22 五步？開門、拎大象出嚟、摺好條頸、放入去、
        # 閂門，我估五步。, labelled other_steps, reached four by what followed the "?"): the "?"
        # took nothing back, and the steps between are no answer instead
        ("elephant-fridge/giraffe", "五步？开门，拿出大象，放长颈鹿，关门，嗯五步", None),
        ("elephant-fridge/giraffe", "五步？打開雪櫃、攞大象出嚟、放長頸鹿入去、閂門，五步囉", None),
        ("elephant-fridge/giraffe", "五步？開門，拎大象出嚟，放長頸鹿，閂門，即係五步", None),
        ("elephant-fridge/giraffe", "五步？打开冰箱，拿出大象，塞进长颈鹿，关上，还是五步吧", None),
        ("elephant-fridge/giraffe", "5步？開冰箱，取出大象，放長頸鹿，關門，5步啦", None),
        ("elephant-fridge/giraffe", "六步？开门，拿大象出来，折脖子，放进去，关门，六步", None),
        # ...an answer taken back, the steps told after a "?", a clean answer stand
        ("elephant-fridge/giraffe", "四步？不对，三步", "three"),
        ("elephant-fridge/giraffe", "四步？开门，拿出大象，放进长颈鹿，关门", "four"),
        ("elephant-fridge/giraffe", "四步", "four"),
        ("elephant-fridge/giraffe", "五步", "other_steps"),
    ],
)
def test_an_answer_asked_then_said_again_is_torn(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_the_new_rules_say_why(corpus: Corpus) -> None:
    assert "a question back" in explained(
        corpus, "greenhouse-bricks/blue", "who builds a house out of bricks lol"
    )
    assert "one's own wits" in explained(corpus, "shop-green-light/spell", "yes im not daft")
    assert "a why at the asker" in explained(corpus, "pig-ran-away/ask", "为什么你老是问猪")
    assert "said again" in explained(
        corpus, "elephant-fridge/giraffe", "五步？开门，拿出大象，关门，五步"
    )
    assert "as reasoning" in explained(corpus, "houyi-moon/ask", "嫦娥奔月 所以是月亮")
    assert "a no correcting a word" in explained(
        corpus, "july-fourth-england/ask", "my cousin lives in London, no, Leeds"
    )
