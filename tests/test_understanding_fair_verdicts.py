"""Round five's rules of answer understanding (issue 18), on the kinds of failure round four's
final set showed: each rule named, in all three scripts where it applies (see content/README.md,
"Round five's rules")."""

from __future__ import annotations

import pytest

from tests.support.understanding import matching, picks
from understanding.matcher import Branch

FOLLOW = matching(
    [
        Branch("typed", ("你是", "我的")),
        Branch("refuses", ("不跟", "不打"), intents=("refuse",)),
        Branch("knew", intents=("trick",)),
    ]
)


# -- the trick predicted beside a refusal or an echo ---------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "接下来是爸爸对吧 不跟",
        "接着是「爸爸」啦 不打",
        "你是我的… 後面要接爸爸了吼 停停停",
        "一陣又話你係我老豆 我知㗎",
        "等下又说我是你儿子 不跟",
    ],
)
def test_the_next_line_predicted_sees_through_beside_a_refusal_or_an_echo(typed: str) -> None:
    assert picks(FOLLOW, typed) == "knew", FOLLOW.match(typed).explain()


def test_a_refusal_without_a_prediction_still_refuses() -> None:
    assert picks(FOLLOW, "不跟") == "refuses"
    assert picks(FOLLOW, "我的") == "typed"


# -- the trick turned back -----------------------------------------------------------------

GENIUS = matching(
    [
        Branch("fell", ("i'm an idiot", "an idiot", "idiot", "an eejit", "dumb"), lands=True),
        Branch("flips", ("you're an idiot",), intents=("trick",)),
    ]
)
DADDY = matching(
    [Branch("fell", ("爸爸", "daddy", "dad"), lands=True), Branch("knew", intents=("trick",))]
)
COMPLIMENT = matching([Branch("compliment", ("amazing", "cute"), lands=True)])


@pytest.mark.parametrize(
    "typed", ["ur an eejit 😂", "ur a dumbo hahaha", "you idiot", "youre dumb"]
)
def test_a_self_insult_said_of_the_asker_turns_the_trick_back(typed: str) -> None:
    assert picks(GENIUS, typed) == "flips", GENIUS.match(typed).explain()


@pytest.mark.parametrize("typed", ["idiot", "you, im an idiot", "an eejit"])
def test_the_self_insult_said_of_oneself_still_falls(typed: str) -> None:
    assert picks(GENIUS, typed) == "fell", GENIUS.match(typed).explain()


@pytest.mark.parametrize("typed", ["你先叫我爸爸啦 衰人", "叫我爸爸先", "u call me daddy first"])
def test_being_called_the_punchline_first_turns_it_back(typed: str) -> None:
    assert picks(DADDY, typed) == "knew", DADDY.match(typed).explain()
    assert picks(DADDY, "爸爸") == "fell"


def test_a_punchline_said_to_the_asker_is_no_turn_back() -> None:
    # the compliment game's punchline is a compliment to the asker: "you're cute" falls
    assert picks(COMPLIMENT, "you're cute") == "compliment"
    assert picks(COMPLIMENT, "ur amazing") == "compliment"


# -- words ---------------------------------------------------------------------------------


def test_a_believer_heard_it_somewhere() -> None:
    news = matching([Branch("heard_it", intents=("yes",)), Branch("wise", intents=("trick",))])
    assert picks(news, "ya heard it somewhere") == "heard_it"
    assert picks(news, "heard it") == "wise"


def test_a_common_slip_of_zhidao_is_read_as_meant() -> None:
    knows = matching([Branch("knows", ("知道",)), Branch("yes", intents=("yes",))])
    assert picks(knows, "當然知到") == "knows", knows.match("當然知到").explain()


def test_papa_is_dad() -> None:
    knew = matching([Branch("no", intents=("no",)), Branch("knew", intents=("trick",))])
    typed = "dont start, I'm not calling u papa 😂"
    assert picks(knew, typed) == "knew", knew.match(typed).explain()


@pytest.mark.parametrize(
    "typed",
    [
        "跟住咪「我的」「爸爸」，唔跟 😂",
        "你等一下要說你是我爸爸對吧 不要",
        "哈 不講了 下一步就要我講你是我的爸爸",
        "下一題係咪「你是我的爸爸」? 唔跟",
        "你咪又話你係我老豆",
    ],
)
def test_every_prediction_lead_with_every_verb_is_a_frame(typed: str) -> None:
    assert picks(FOLLOW, typed) == "knew", FOLLOW.match(typed).explain()


def test_asking_what_the_next_line_is_names_nothing() -> None:
    song = matching([Branch("sings", ("妈妈",)), Branch("dont_know", intents=("dont_know",))])
    assert picks(song, "下一句係乜? 唔記得咗添") == "dont_know"


# -- double negatives: "how could I not know" --------------------------------------------

KNOWS = matching(
    [
        Branch("knows", ("知道",)),
        Branch("yes", intents=("yes",)),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


@pytest.mark.parametrize(
    "typed",
    ["那能不知道么 哥们儿能掐会算", "知呀 點會唔知", "怎么会不知道", "哪个不晓得", "谁不知道啊"],
)
def test_how_could_i_not_know_claims_to_know(typed: str) -> None:
    assert picks(KNOWS, typed) == "knows", KNOWS.match(typed).explain()


@pytest.mark.parametrize("typed", ["不知道", "我怎么知道", "點知", "天知道"])
def test_a_plain_or_rhetorical_don_t_know_stays_one(typed: str) -> None:
    assert picks(KNOWS, typed) == "dont_know", KNOWS.match(typed).explain()


def test_i_am_your_dad_first_turns_the_call_back() -> None:
    assert picks(DADDY, "我先係你爸爸") == "knew", DADDY.match("我先係你爸爸").explain()


# -- questions: a choice unmarked, a question about the asker -----------------------------

AND_OR_TWO = matching([Branch("two", number="2"), Branch("and", ("和",))])


def test_cantonese_ding_asks_a_choice_and_the_last_guess_counts() -> None:
    typed = "二。。定係「和」？ 我估係和"
    assert picks(AND_OR_TWO, typed) == "and", AND_OR_TWO.match(typed).explain()


@pytest.mark.parametrize("typed", ["是二还是和", "二 定 和"])
def test_a_choice_without_a_question_mark_answers_nothing(typed: str) -> None:
    assert picks(AND_OR_TWO, typed) is None, AND_OR_TWO.match(typed).explain()


def test_you_or_your_asked_back_answers_nothing() -> None:
    you = matching([Branch("answered", ("you",))])
    assert picks(you, "你是 you 還是 your 我搞混了") is None
    assert picks(you, "you") == "answered"
    assert picks(matching([Branch("nine", ("除了你还是你",))]), "除了你还是你") == "nine"


def test_a_choice_after_a_mention_frame_names_no_trick() -> None:
    flaw = matching([Branch("flaw", ("懒",)), Branch("knew", intents=("trick",))])
    assert picks(flaw, "你想我講真話定假話?") is None
    assert picks(flaw, "你想我講你係我老豆?") == "knew"


MISREAD = matching(
    [Branch("cuo", ("错", "错字")), Branch("knew", ("是错字",))],
    ["有一个字，不管谁念都念错，是什么字？"],
)


def test_a_question_about_the_asker_answers_nothing() -> None:
    typed = "你讀書嗰陣成日讀錯字咩 lol"
    assert picks(MISREAD, typed) is None, MISREAD.match(typed).explain()
    assert picks(MISREAD, "错字") == "cuo"
    believer = matching([Branch("atheist", ("不信",))])
    assert picks(believer, "你不是啥都不信吗") == "atheist"  # rhetorical: it asserts


def test_du_cuo_is_nian_cuo_and_echoes_the_question() -> None:
    assert picks(MISREAD, "我個名囉 阿Sir成日讀錯") is None


def test_the_son_turned_back_names_the_trick() -> None:
    eight = matching(
        [
            Branch("eight", ("八把", "爸爸"), number="8", lands=True),
            Branch("knew", intents=("trick",)),
        ]
    )
    typed = "靠北 八把=爸爸 我才不會講咧 你才是兒子"
    assert picks(eight, typed) == "knew", eight.match(typed).explain()
    assert picks(eight, "八把") == "eight"


# -- a near miss, working that counts down ------------------------------------------------


def test_a_near_miss_said_after_the_answer_is_not_said() -> None:
    houyi = matching([Branch("sun", ("太阳",)), Branch("moon", ("月亮",))])
    assert picks(houyi, "太阳！差点说成月亮[笑哭]") == "sun"
    assert picks(houyi, "月亮。差點講成太陽") == "moon"
    assert picks(houyi, "太阳 月亮") is None  # torn, with no near miss: the safe path


@pytest.mark.parametrize(("typed", "number"), [("9隻啊 10-1", "9"), ("eight? 17-9", "8")])
def test_a_minus_counting_down_is_working_not_a_range(typed: str, number: str) -> None:
    counted = matching([Branch("right", number=number), Branch("other", number="1")])
    assert picks(counted, typed) == "right", counted.match(typed).explain()
    assert picks(matching([Branch("eight", number="8")]), "8-10") is None  # a range goes up


# -- everyday words of each variety -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("甭了甭了", "no"),
        ("嘸", "no"),
        ("哪里有 🙄", "no"),
        ("阿災 我投降", "dont_know"),
        ("enough already", "refuse"),
        ("im done with this one", "refuse"),
    ],
)
def test_everyday_words_of_each_variety(typed: str, intent: str) -> None:
    shared = matching(
        [
            Branch("no", intents=("no",)),
            Branch("dont_know", intents=("dont_know",)),
            Branch("refuse", intents=("refuse",)),
        ]
    )
    assert picks(shared, typed) == intent, shared.match(typed).explain()


def test_lov_is_love() -> None:
    assert picks(matching([Branch("fell", ("i love you",))]), "i lov u") == "fell"


def test_waiting_for_me_to_say_it_names_the_trick() -> None:
    pig = matching([Branch("deny", ("我不是猪",)), Branch("knew", intents=("trick",))])
    typed = "你就等我说我不是猪 然后说我又忘了 是吧 不接茬"
    assert picks(pig, typed) == "knew", pig.match(typed).explain()
    assert picks(pig, "我不是猪") == "deny"


@pytest.mark.parametrize(
    ("typed", "branch"), [("一只没有 一响枪全吓飞了", None), ("一只没有飞", "one")]
)
def test_not_one_left_is_none(typed: str, branch: str | None) -> None:
    birds = matching([Branch("one", number="1")])
    assert picks(birds, typed) == branch, birds.match(typed).explain()


def test_wu_zhi_typed_for_m_zhi_is_a_don_t_know() -> None:
    knows = matching([Branch("knows", ("知",)), Branch("dont_know", intents=("dont_know",))])
    assert picks(knows, "吾知") == "dont_know"
    assert picks(knows, "知") == "knows"


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("不道啊 你说呢", "dont_know"),
        ("不整这玩意 拉活呢", "refuse"),
        ("你是我的儿砸 哈哈哈", "knew"),
        ("最后是不是“我的爸爸” 这套我早知道", "knew"),
        ("跑来听你讲故事来了 我可不当这猪 哈哈哈", "knew"),
    ],
)
def test_northern_and_net_words(typed: str, branch: str) -> None:
    shared = matching(
        [
            Branch("dont_know", intents=("dont_know",)),
            Branch("refuse", intents=("refuse",)),
            Branch("knew", intents=("trick",)),
        ]
    )
    assert picks(shared, typed) == branch, shared.match(typed).explain()


def test_how_tf_would_i_know_is_a_don_t_know() -> None:
    bear = matching([Branch("white", ("white",)), Branch("dont_know", intents=("dont_know",))])
    assert picks(bear, "how tf would i know lol") == "dont_know"


def test_a_no_giving_its_reason_is_said_to_it() -> None:
    widow = matching([Branch("dead", ("he's dead",)), Branch("says_no", intents=("no",))])
    assert picks(widow, "no cuz hes dead lmaooo") == "dead", widow.match(
        "no cuz hes dead"
    ).explain()
    assert picks(widow, "no") == "says_no"


def test_how_would_i_ever_know_is_a_don_t_know() -> None:
    typed = "這我哪會知道 森林又不是我家開的😂"
    assert picks(KNOWS, typed) == "dont_know", KNOWS.match(typed).explain()


@pytest.mark.parametrize(
    "typed", ["朝下啊 尾巴还能朝天？", "朝下呗 牛尾巴还能朝天啊", "朝下 难道朝天"]
)
def test_a_rhetorical_question_after_the_answer_asks_it_does_not_answer(typed: str) -> None:
    tail = matching([Branch("down", ("朝下",)), Branch("direction", ("朝天",))])
    assert picks(tail, typed) == "down", tail.match(typed).explain()
    assert picks(tail, "朝天") == "direction"
    assert picks(tail, "朝下 朝天") is None  # two answers, no rhetoric: the safe path


def test_w_is_with() -> None:
    boo = matching([Branch("boo", ("boo who",)), Branch("refuses", intents=("refuse",))])
    assert picks(boo, "im done w this one") == "refuses"


@pytest.mark.parametrize(
    "typed",
    [
        "唔講 下面要我講你是我的爸爸 我知",
        "又想轉頭話我係你個仔？唔上你當 lol",
        "so ur calling me your son. no thanks",
        "你是我的…… 哈哈哈 我看过这个",
    ],
)
def test_more_ways_of_naming_the_trick(typed: str) -> None:
    assert picks(FOLLOW, typed) == "knew", FOLLOW.match(typed).explain()


def test_the_give_away_asked_with_still_is_not_a_choice() -> None:
    nine = matching([Branch("nine", ("九",)), Branch("knew", ("除了你还是你",), ("trick",))])
    assert picks(nine, "除了你还是你？ 哈哈哈") == "knew", nine.match("除了你还是你？").explain()
    assert picks(nine, "是九还是十？") is None


@pytest.mark.parametrize("typed", ["hour n a half", "one and half hour", "an hour & a half"])
def test_and_a_half_however_typed_is_a_half(typed: str) -> None:
    pills = matching(
        [
            Branch("hour_and_half", ("hour and a half",), number="5400", unit="seconds"),
            Branch("thirty", number="1800", unit="seconds"),
        ]
    )
    assert picks(pills, typed) == "hour_and_half", pills.match(typed).explain()
    assert picks(pills, "half an hour") == "thirty"


def test_who_does_not_believe_believes() -> None:
    god = matching([Branch("names_god", ("财神",)), Branch("atheist", ("不信", "谁都不信"))])
    assert picks(god, "财神爷呗 咱谁不信财神爷") == "names_god"
    assert picks(god, "我谁都不信") == "atheist"


UNSURE = matching(
    [
        Branch("sanmao", ("三毛",)),
        Branch("dont_know", intents=("dont_know",)),
    ]
)


@pytest.mark.parametrize(
    "typed", ["唔知，四毛？我亂講嘅", "不知道啊，二毛？", "no idea, maybe Simao?"]
)
def test_a_guess_after_a_don_t_know_gets_no_punchline(typed: str) -> None:
    assert picks(UNSURE, typed) is None, UNSURE.match(typed).explain()


@pytest.mark.parametrize(
    "typed",
    [
        "不知道 几步？",
        "唔知喎 咩字呀？",
        "唔知 提示下?",
        "I honestly don't know, do they?",
        "不知道 四毛？没辙",
    ],
)
def test_a_question_back_or_a_give_up_after_a_don_t_know_stays_one(typed: str) -> None:
    assert picks(UNSURE, typed) == "dont_know", UNSURE.match(typed).explain()


def test_wanting_to_be_someone_s_dad_names_the_trick() -> None:
    assert picks(DADDY, "自己打咯 想当人老豆 冇门") == "knew", DADDY.match("想当人老豆").explain()


def test_a_guess_wrapped_in_dont_knows_drops_the_guess_alone() -> None:
    # rule "wrapped in don't-knows": the don't-know said in the guess's own clause counts on
    matched = matching([Branch("hot", ("放热水",)), Branch("dk", intents=("dont_know",))]).match(
        "不知道，放热水不知道？，唉不知道"
    )
    assert matched.branch_id == "dk", matched.explain()
    assert (1, "dont_know") in {(h.clause, h.intent) for h in matched.hits}, matched.explain()
    assert [(h.clause, h.text) for h in matched.dropped if "wrapped" in h.why_not] == [
        (1, "放热水")
    ]
