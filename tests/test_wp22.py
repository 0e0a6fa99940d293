"""Round twenty-two's wrong punchlines by kind (branch wp22), read from the "What went wrong, by
kind" sections of rounds 18-21 and the tuning sets' wrong punchlines: an answer holding more than
a clean answer (a condition, a question, the trick's words) makes the bot less sure, never more.
Each kind is probed with answers of our own (none from the sets) beside clean answers it must
not change: the shipped corpus and lexicon through the real matcher (the rules' own verdict: no
second opinion)."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import explained, reached


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a bargain, no answer": a yes or no the speaker would give for a deal set on the
        # asker is its price, no answer (xm21 你请我吃饭我就不累, labelled otherwise, reached
        # not_tired; so did round 10's and round 21 dev's). Chinese, Simplified:
        ("running-all-day/ask", "你请我喝奶茶我就不累了", None),
        ("running-all-day/ask", "你背我回家，我就不累", None),
        ("running-all-day/ask", "给我买杯咖啡就不累了", None),
        ("running-all-day/ask", "你陪我睡一觉才不累", None),
        ("running-all-day/ask", "你请客我就不累哈哈", None),
        ("running-all-day/ask", "你帮我捶捶背，我就不累", None),
        # ...Traditional, Taiwan and Hong Kong
        ("running-all-day/ask", "你請我飲杯嘢我就唔攰", None),
        ("running-all-day/ask", "你俾我放假我就唔攰囉", None),
        ("running-all-day/ask", "你請我吃雞排我就不累啦", None),
        ("running-all-day/ask", "你幫我按摩，我就唔攰", None),
        ("running-all-day/ask", "你請客我才不累咧", None),
        # ...English
        ("play-water/ask", "if you buy me a water gun, sure", None),
        ("play-water/ask", "if you're paying for the water park then yes", None),
        ("play-water/ask", "buy me a jet ski and yes", None),
        ("play-water/ask", "only if you buy me an ice cream after, then yeah", None),
        ("silent-love/ask", "if you buy me dinner, yes", None),
        ("silent-love/ask", "get me a kebab and I'll say yes", None),
        ("bark-for-you/ask", "if you give me a tenner, go on then", None),
        ("bark-for-you/ask", "if u pay me a fiver, yeah", None),
        # ...what it buys of a branch that is no yes or no still names it; a clean answer, a
        # yes or no beside a deal in another clause, a condition that is no deal, a question
        # about one, stand
        ("want-drink/ask", "你请客我就喝可乐", "names_drink"),
        ("running-all-day/ask", "累死了", "tired"),
        ("running-all-day/ask", "好攰呀", "tired"),
        ("running-all-day/ask", "唔攰", "not_tired"),
        ("running-all-day/ask", "还好，不累", "not_tired"),
        ("running-all-day/ask", "不累，你请我吃饭我就再跑一天", "not_tired"),
        ("running-all-day/ask", "你請我吃飯？不累啦", "not_tired"),
        ("play-water/ask", "yes if it's hot out", "yes"),
        ("play-water/ask", "yeah love a swim", "yes"),
        ("play-water/ask", "no, hate getting wet", "no"),
        ("silent-love/ask", "yes, and you?", "yes"),
        ("bark-for-you/ask", "go on then", "yes"),
    ],
)
def test_a_bargain_is_no_answer(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


def test_a_bargain_says_why(corpus: Corpus) -> None:
    assert "a bargain" in explained(corpus, "running-all-day/ask", "你请我喝奶茶我就不累了")


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a choice asked back", clause by clause: a side of a word or two trailing off,
        # then the other side asked opening with the choice word (yl21d me…定係my？, labelled
        # otherwise, reached answered), or clauses of particles alone between the sides (bq21t
        # 「我」喔…是 me 嗎？還是 my？)
        ("i-love-you-english/wo", "me…定係my？", None),
        ("i-love-you-english/wo", "I…定係me？", "answered"),  # two forms of one answer: meant
        ("i-love-you-english/wo", "me… 还是my？", None),
        ("i-love-you-english/wo", "我…定係my？", None),
        ("i-love-you-english/ni", "you…定係your？", None),
        ("i-love-you-english/ni", "係 you 呀？定係 your？", None),
        ("i-love-you-english/ni", "是 you 吗？还是 your？", None),
        ("i-love-you-english/wo", "是 me 嘛？還是 my？", None),
        # (not English "12… or 1?": the side trailing off before an "or" is Chinese only, since
        # "Paris... or F? ehn F" is answered after the choice: verdicts22hant)
        # ...two forms of one answer asked are meant, unless the answer says it does not know
        # (ur21 我是me还是I来着？忘了, labelled otherwise, reached answered)
        ("i-love-you-english/wo", "是me还是I来着？忘了", None),
        ("i-love-you-english/wo", "me定係I？唔記得喇", None),
        ("i-love-you-english/wo", "I还是me？不记得了", None),
        ("i-love-you-english/wo", "me 定係 I？兩個都得", "answered"),
        ("i-love-you-english/wo", "I还是me？都行吧", "answered"),
        # ...a clean answer, an answer after the question, a longer sentence before the choice
        # word stand
        ("i-love-you-english/wo", "me", "answered"),
        ("i-love-you-english/wo", "I啊", "answered"),
        ("i-love-you-english/wo", "一定是I啦", "answered"),
        ("i-love-you-english/wo", "me还是my？me吧", "answered"),
        ("i-love-you-english/ni", "you", "answered"),
        ("months-28-days/ask", "twelve", "twelve"),
        ("toast-toaster/ask", "bread", "bread"),
        ("yolk-is-are/ask", "is", "picks_is"),
        ("dog-into-woods/ask", "a mile or so?", "guesses"),
    ],
)
def test_a_choice_asked_back_answers_nothing(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # Rule "a no, then why it cannot be known": a bare no opening the answer, then a
        # don't-know after it, answers no (ap21 冇呀，我點知; mn21 沒有，𠊎又不會讀心術; tc21 冇喎，想唔到;
        # hl20 沒有ㄟ 我哪知: each labelled says_no, each reached dont_know)
        ("guess-my-thoughts/ask", "没有，我又不会读心术", "says_no"),
        ("guess-my-thoughts/ask", "没有 我哪知道", "says_no"),
        ("guess-my-thoughts/ask", "冇啊 我又唔識讀心", "says_no"),
        ("guess-my-thoughts/ask", "沒有啦，我怎麼會知道", "says_no"),
        ("my-flaw/ask", "冇啊，我点知", "says_no"),
        ("my-flaw/ask", "沒有啦 我哪會知道", "says_no"),
        ("my-flaw/ask", "没有吧 我哪晓得", "says_no"),
        ("my-flaw/ask", "冇喎 我諗唔到", "says_no"),
        # ...a don't-know alone or first, the rhetorical 又不是 of a don't-know, stand
        ("guess-my-thoughts/ask", "不知道", "dont_know"),
        ("guess-my-thoughts/ask", "我哪知道 我又不是你肚子里的蛔虫", "dont_know"),
        ("guess-my-thoughts/ask", "唔知 我點會知", "dont_know"),
        ("guess-my-thoughts/ask", "我又不是你肚子里的蛔虫 我哪晓得", "dont_know"),
        ("my-flaw/ask", "我点知", "dont_know"),
        ("my-flaw/ask", "沒有", "says_no"),
        # ...a Chinese no only: an English "nah, no idea" may be one don't-know said twice
        ("july-fourth-england/ask", "nah, no idea", "dont_know"),
        ("july-fourth-england/ask", "no, how would I know", "dont_know"),
        ("july-fourth-england/ask", "no", "says_no"),
    ],
)
def test_a_no_then_why_it_cannot_be_known_answers_no(
    corpus: Corpus, where: str, answer: str, branch: str | None
) -> None:
    assert reached(corpus, where, answer) == branch
