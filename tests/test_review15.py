"""Round fifteen's new rules and words read by two reviewers (a code reviewer, B1-B5 and
SHOULDs; a native reader): everyday answers a new or widened rule took wrongly, each back
where a fair friend puts it, and the rules' own cases kept. The shipped corpus and lexicon,
through the real matcher."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached


def put_off(corpus: Corpus, where: str, answer: str) -> bool:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].puts_off(answer)


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # B1: a yes after "so" stays the yes: "died" is said of the wife, the yes is the fall
        ("widow-sister/ask", "his wife died so yes", "says_yes"),
        ("widow-sister/ask", "his wife passed away so yes he can", "says_yes"),
        ("widow-sister/ask", "if his wife is dead so yes", "says_yes"),
        ("widow-sister/ask", "wife died, so yeah legal", "says_yes"),
        ("widow-sister/ask", "she's a widow cause her husband died so yes", "says_yes"),
        ("widow-sister/ask", "her first husband died so yes she can remarry", "says_yes"),
        ("widow-sister/ask", "hes dead so no", "dead"),  # the rule's own case: a no concludes
        ("widow-sister/ask", "hed be six foot under so not really", "dead"),
        # B3: asking the asker why, or a give-away after a why, sees the trick
        ("forget-pig/ask", "你为什么骂我是猪", "saw_through"),
        ("forget-pig/ask", "你凭啥说我是猪", "saw_through"),
        ("forget-pig/ask", "你点解话我系猪", "saw_through"),
        ("forget-pig/ask", "你為甚麼說我是豬", "saw_through"),
        ("forget-pig/ask", "你为啥骂我是猪", "saw_through"),
        ("forget-pig/ask", "你为啥骂我是猪？", "saw_through"),
        ("forget-pig/ask", "你干嘛拐着弯骂我", "saw_through"),
        ("forget-pig/ask", "凭甚说我是猪", "saw_through"),
        ("forget-pig/ask", "凭什么说我是猪", "saw_through"),
        # B4: in you-and-pig the insult turned back beside an answer said outright sees through
        ("you-and-pig/ask", "我是人，你就是猪", "saw_through"),
        ("you-and-pig/ask", "我会说话 你就是猪", "saw_through"),
        ("you-and-pig/ask", "我比猪瘦，你就是猪", "saw_through"),
        ("you-and-pig/ask", "我是人 你就是猪吧", "saw_through"),
        # B4, the rule's own cases: the retort beside a denial is what anyone denying says
        ("forget-pig/ask", "我唔係豬，你先係豬", "deny"),
        ("forget-pig/ask", "邊個係豬呀 你先係豬", "deny"),
        ("forget-pig/ask", "我不是猪，你才是猪", "deny"),
        ("forget-pig/ask", "你先係豬 😏", "deny"),  # alone: a denial since wp27
        # B5: 佢/他 as "it", 他 as an object, 其他, 他 compared: the victim's own act
        ("ice-to-water/ask", "佢自己會溶", "melts_it"),
        ("ice-to-water/ask", "他自己会化的", "melts_it"),
        ("ice-to-water/ask", "等陣佢就溶", "melts_it"),
        ("imagine-chase/ask", "看到他就跑", "run"),
        ("imagine-chase/ask", "见到他就跑", "run"),
        ("imagine-chase/ask", "見到佢就走", "run"),
        ("imagine-chase/ask", "打不过他就跑", "run"),
        ("imagine-chase/ask", "打唔過佢咪走", "run"),
        ("imagine-chase/ask", "看見他拿刀就跑", "run"),
        ("imagine-chase/ask", "他来了就跑", "run"),
        ("imagine-chase/ask", "跟其他人一起跑", "run"),
        ("imagine-chase/ask", "叫上其他人一起逃", "run"),
        ("running-all-day/ask", "跟他一样累", "tired"),
        # B5, the rule's own cases: his act, no answer
        ("imagine-chase/ask", "同佢講我賣保險 佢自然會走😂", None),
        ("imagine-chase/ask", "他来我就跑", "run"),
        # native BLOCKER: a plain admission is the prank landing; a framed one sees through
        ("forget-pig/ask", "好吧我承认我是猪", None),
        ("forget-pig/ask", "我才不承认我是猪", None),
        ("forget-pig/ask", "想让我承认自己是猪", "saw_through"),
        ("forget-pig/ask", "答了就是承认我是猪", "saw_through"),
        ("forget-pig/ask", "你就是要我承认", "saw_through"),
        # code review NIT: the aim named beside the retort (想我認自己係豬) sees through
        ("forget-pig/ask", "我唔係豬，你先係豬，想我認自己係豬咩", "saw_through"),
        ("forget-pig/ask", "不管我咋个答都是承认自己是猪", "saw_through"),
        ("forget-pig/ask", "我讲准备好了不就是承认自己是猪咯？", "saw_through"),
        ("forget-pig/ask", "我說準備好就等於承認我是豬", "saw_through"),
        # B2: the word again as an object, said outright, or said again later: the answer stands
        ("toast-toaster/ask", "toast. i dont eat toast much tho", "toast"),
        ("toast-toaster/ask", "bread. i dont eat bread much tho", "bread"),
        ("toast-toaster/ask", "toast? i never eat toast me", "toast"),
        ("race-second-place/second", "first. i dont normally come first", "first"),
        ("imagine-chase/ask", "run. i dont run often but id run from that", "run"),
        ("imagine-chase/ask", "run! i don't usually run but i would", "run"),
        ("imagine-chase/ask", "run, even though i dont run", "run"),
        ("imagine-chase/ask", "hide, i dont hide well tho", "run"),  # hide is a run
        # B2, the rule's own cases: the word asked, then the speaker's own verb denied
        ("imagine-chase/ask", "run? with my knees, i dont run for buses even", None),
        ("imagine-chase/ask", "run? i drive a bus for a reason mate, i dont run anywhere", None),
    ],
)
def test_an_everyday_answer_reaches_what_it_says(
    corpus: Corpus, where: str, answer: str, branch: str
) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "waits"),
    [
        # S1: a hum alone to "准备好了吗？" is the yes, not thinking
        ("forget-pig/ask", "嗯", False),
        ("forget-pig/ask", "嗯嗯", False),
        ("forget-pig/ask", "恩", False),
        ("forget-pig/ask", "mm", False),
        # S1: thinking sounds, or a hum trailing off, are thinking: waited for
        ("forget-pig/ask", "hmm", True),
        ("forget-pig/ask", "um", True),
        ("forget-pig/ask", "erm", True),
        ("forget-pig/ask", "呃", True),
        ("forget-pig/ask", "嗯……", True),
        ("forget-pig/ask", "嗯...", True),
        ("forget-pig/ask", "mm...", True),
    ],
)
def test_a_hum_alone_is_no_thinking(corpus: Corpus, where: str, answer: str, waits: bool) -> None:
    assert put_off(corpus, where, answer) is waits


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # S4: tripled 啱 is "right right right", a yes; 啱啱 before a verb is "just now"
        ("silent-love/ask", "啱啱啱", "yes"),
        ("running-all-day/ask", "啱啱啱", "tired"),
        ("running-all-day/ask", "啱啱放工好攰", "tired"),
        ("running-all-day/ask", "啱啱先瞓醒，唔攰", "not_tired"),
    ],
)
def test_words_read_natively(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # S5: bare 怎么/咋 before a don't-know is surprise or a lament: the don't-know
        ("pig-ran-away/ask", "我咋不知道", "dont_know"),
        ("pig-ran-away/ask", "咦？我怎么不知道", "dont_know"),
        ("pig-ran-away/ask", "我怎么想不出来", "dont_know"),
        ("my-flaw/guess", "我怎么想不出来", "dont_know"),
        ("my-flaw/guess", "咋想不起来了", "dont_know"),
        ("guess-my-thoughts/guess", "我怎么猜不到呢", "dont_know"),
        ("guess-my-thoughts/ask", "我怎么不知道", "dont_know"),
        ("you-and-pig/ask", "我咋不晓得", "dont_know"),
        # S5, the modal forms stay rhetorical: a claim to know, no don't-know
        ("pig-ran-away/ask", "我怎么会不知道", "know"),
        ("pig-ran-away/ask", "知道啊 咋不知道", "know"),
        ("pig-ran-away/ask", "哪能不知道", "know"),
        ("pig-ran-away/ask", "我怎么可能不知道", "know"),
    ],
)
def test_how_come_is_no_claim(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch", "waits"),
    [
        # S7: 等下 alone is "hold on": waited for, its 下 no "down"; 等下再说 puts off
        ("cow-tail/ask", "等下", None, True),
        ("cow-tail/ask", "等下先", None, True),
        ("cow-tail/ask", "等下再说", None, True),
        ("cow-tail/ask", "等下，朝下", "down", True),
        # the native NOTE, decided: 等一下/等等 alone to ice-to-water are waited for (a wait is
        # the safer reading: 等一下，我想想 thinks), 等 alone and 等一下就化了 melt it
        ("ice-to-water/ask", "等一下", None, True),
        ("ice-to-water/ask", "等等", None, True),
        ("ice-to-water/ask", "等", "melts_it", False),
        ("ice-to-water/ask", "等一下就化了", "melts_it", False),
    ],
)
def test_hold_on_is_waited_for(
    corpus: Corpus, where: str, answer: str, branch: str | None, waits: bool
) -> None:
    assert reached(corpus, where, answer) == branch
    if branch is None:
        assert put_off(corpus, where, answer) is waits


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # native: "dad, i.e. your dad" glosses the word (fell); the retort has 我 as subject
        ("dad-in-english/dad", "dad，就是你爸", "fell"),
        ("dad-in-english/dad", "daddy 就是你爸爸咯", "fell"),
        ("dad-in-english/dad", "是你爸爸的意思 dad", "fell"),
        ("dad-in-english/grandpa", "grandpa，就是你爷爷", "fell"),
        ("dad-in-english/dad", "我是你爸", "sees_through"),
        ("dad-in-english/dad", "dad 我不是你爸", "fell"),
    ],
)
def test_a_gloss_is_no_retort(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # native: "which leaves 9?" is a tentative conclusion, no question back
        ("sheep-all-but-nine/ask", "which leaves 9?", "nine"),
        ("sheep-all-but-nine/ask", "which means nine?", "nine"),
    ],
)
def test_which_concluding(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("where", "answer", "branch"),
    [
        # native: literary 不甚 is "not very": 不甚喜欢 is a no, 不甚累 not tired
        ("play-water/ask", "不甚喜欢", "no"),
        ("running-all-day/ask", "不甚累", "not_tired"),
        # the Jin 甚 still reads "what"
        ("forget-pig/ask", "凭甚说我是猪", "saw_through"),
    ],
)
def test_literary_shen(corpus: Corpus, where: str, answer: str, branch: str | None) -> None:
    assert reached(corpus, where, answer) == branch


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("更有甚者", "更有甚者"),
        ("莫此为甚", "莫此为甚"),
        ("不甚清楚", "不太清楚"),
        ("干甚", "干什么"),
    ],
)
def test_literary_shen_folds(corpus: Corpus, text: str, folded: str) -> None:
    from understanding.matcher import fold

    assert fold(text, corpus.lexicon) == folded


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # native: Taiwan's 賣 for 袂 (cannot) only after a verb; plain 賣起來 is "when sold"
        ("這個賣起來很貴", "这个卖起来很贵"),
        ("想賣起來", "想不起来"),
        ("講賣出來", "说不出来"),
    ],
)
def test_mai_folds_after_a_verb(corpus: Corpus, text: str, folded: str) -> None:
    from understanding.matcher import fold

    assert fold(text, corpus.lexicon) == folded
