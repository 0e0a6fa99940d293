"""Round seven's Chinese kinds of miss (issue 18; the Xi'an, Taipei and Hong Kong tuning
writers), each said in words written for this file: the question's own pieces asked back
(乜嘢你九我三？), a guess then unsure (乂？ 不確定), Shaanxi's 额 for 我, the next line
predicted in more words, knowing what comes next, and a trick word naming the asker's ploy."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- the question's pieces asked back ------------------------------------------------------

DIVIDED = matching(
    [Branch("three", number="3"), Branch("dont_know", intents=("dont_know",))],
    ["出道题：我是六，你是三，六除以三得几？"],
)


@pytest.mark.parametrize(
    "said",
    [
        "咩话？你六我三？",
        "我是三？",
        "你係6我係3?",
        "吓 你是三我是六？",
        "我三你六？",
        "我係三咩",
        "我是三你是六吗",
    ],
)
def test_a_question_of_the_questions_own_pieces_gives_no_number(said: str) -> None:
    matched = DIVIDED.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "the question's pieces asked back" in matched.explain()


@pytest.mark.parametrize("said", ["三？", "得三？", "我猜三？", "三啦", "我觉得是三", "是三吗"])
def test_a_guess_asked_or_said_still_answers(said: str) -> None:
    assert picks(DIVIDED, said) == "three", DIVIDED.match(said).explain()


def test_a_number_the_question_did_not_give_still_counts_in_a_question() -> None:
    halves = matching([Branch("two", number="2")], ["我是六，你是三，六除以三得几？"])
    assert picks(halves, "我是二？") == "two", halves.match("我是二？").explain()


def test_a_phrase_asked_back_is_an_unsure_answer() -> None:
    backwards = matching([Branch("said", ("你是我爸爸",))], ["倒过来说：爸爸我是你"])
    assert picks(backwards, "你是我爸爸？") == "said"


# -- a guess, then unsure ------------------------------------------------------------------

WORD = matching(
    [Branch("cuo", ("错",)), Branch("dont_know", intents=("dont_know",))],
    ["有个字谁都念错，是什么字？"],
)


@pytest.mark.parametrize("said", ["丐？ 唔肯定", "丏? 不确定喔", "qq? not sure"])
def test_a_guess_no_answer_takes_then_a_dont_know_is_hedged(said: str) -> None:
    matched = WORD.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "a guess, then unsure" in matched.explain()


@pytest.mark.parametrize(
    "said",
    ["咩字？唔知", "吓？唔知道", "是吗？不知道", "嗯？不知道", "不知道", "丐？乱猜的 我投降"],
)
def test_a_question_back_before_a_dont_know_keeps_it(said: str) -> None:
    assert picks(WORD, said) == "dont_know", WORD.match(said).explain()


def test_a_guess_an_answer_takes_then_unsure_still_counts() -> None:
    assert picks(WORD, "错？不确定") == "cuo"


# -- Shaanxi's 额 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("额知道咧", "我知道咧"),
        ("你想额", "你想我"),
        ("额滴娃", "我的娃"),
        ("嫑弄", "不要弄"),
        ("额，不晓得", "额不知道"),  # alone: the interjection
        ("余额不够", "余额不够"),
        ("额外加钱", "额外加钱"),
        ("在额头上", "在额头上"),
    ],
)
def test_shaanxi_e_is_i_beside_a_verb_and_a_word_of_its_own_elsewhere(said: str, read: str) -> None:
    assert "".join(units(said)) == read


def test_shaanxi_e_lets_the_trick_turned_back_and_the_mention_read() -> None:
    love = matching(
        [Branch("falls", ("我爱你",), lands=True), Branch("knew", intents=("trick",))],
        ["跟我说：我爱你"],
    )
    assert picks(love, "额爱你") == "falls"
    assert picks(love, "嫑说咧，你是想叫额说爱你") == "knew", love.match(
        "你是想叫额说爱你"
    ).explain()


# -- the next line predicted, what comes next known --------------------------------------

FOLLOW = matching(
    [
        Branch("typed", ("你是", "我的")),
        Branch("refuses", ("不跟", "不打"), intents=("refuse",)),
        Branch("knew", intents=("trick",)),
    ]
)


@pytest.mark.parametrize(
    "said",
    [
        "后边准是爸爸 不打",
        "下一句应该是爸爸吧 不跟",
        "你就说我是你儿子 不跟",
        "我知道你后面要说啥 不打了",
        "额知道你下一步 不跟",
        "知道你那套 不打",
    ],
)
def test_the_next_line_predicted_or_known_sees_through_beside_a_refusal(said: str) -> None:
    assert picks(FOLLOW, said) == "knew", FOLLOW.match(said).explain()


def test_a_refusal_alone_still_refuses() -> None:
    assert picks(FOLLOW, "不打") == "refuses"


# -- a trick word naming the asker's ploy, beside a warm-up's answer ----------------------


@pytest.mark.parametrize("said", ["这招我知道", "這套我知道啦", "你才是豬 這梗我知道"])
def test_knowing_the_ploy_is_no_warm_up_answered(corpus: Corpus, said: str) -> None:
    state = corpus.routines["you-and-pig"].states["ask"]
    assert state.understand(said).branch_id == "saw_through", state.understand(said).explain()


def test_knowing_the_answer_still_answers_the_warm_up(corpus: Corpus) -> None:
    state = corpus.routines["you-and-pig"].states["ask"]
    assert state.understand("这个我知道").branch_id == "claims_to_know"


# -- dialects' everyday words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("咱知不道", "我不知道"),
        ("阿拉勿晓得", "我不知道"),
        ("阿拉伯数字", "阿拉伯数字"),
        ("搞么子", "搞什么"),
        ("你弄啥嘞", "你干啥嘞"),
        ("为嘛呀", "为什么呀"),
        ("我系人", "我是人"),
        ("你系咪想", "你是不是想"),
        ("系啊", "是啊"),
        ("冇关系啊", "没有关系啊"),
        ("唔智啦", "不知道啦"),
        ("中意呀", "喜欢呀"),
        ("一个都没得", "一个都没有"),
        ("没得了", "没有了"),
    ],
)
def test_dialect_words_read_as_their_mandarin(said: str, read: str) -> None:
    assert "".join(units(said)) == read


@pytest.mark.parametrize("said", ["这个真说不上", "说不好", "不好说啊"])
def test_hard_to_say_is_a_dont_know(said: str) -> None:
    assert picks(WORD, said) == "dont_know", WORD.match(said).explain()


def test_a_school_year_is_no_count() -> None:
    knives = matching([Branch("eight", number="8")], ["十把刀拿走两把，还剩几把？"])
    said = "8把，這是小二的題目吧"
    assert picks(knives, said) == "eight", knives.match(said).explain()


@pytest.mark.parametrize("said", ["才不上你这当", "想我同你表白咩", "我知你想我表白"])
def test_not_falling_for_it_and_being_made_to_confess_see_through(said: str) -> None:
    assert picks(FOLLOW, said) == "knew", FOLLOW.match(said).explain()


# -- a suspicion, no denial ----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "该不会下一句是我的吧 不跟",
        "难不成后面就是我的 不打",
        "不会是要我说我是你的吧 不跟",
        "你后边肯定要我打我的 不打",
        "然后你要打我的对吧 不打",
        "接着要打我的 不跟",
        "下来是不是我的 不跟",
        "跟住你實打我的 唔跟",
    ],
)
def test_a_suspicion_names_the_trick_it_denies_nothing(said: str) -> None:
    assert picks(FOLLOW, said) == "knew", FOLLOW.match(said).explain()


def test_a_plain_will_not_still_denies() -> None:
    love = matching([Branch("yes", intents=("yes",)), Branch("no", intents=("no",))])
    assert picks(love, "不会") == "no"


# -- said of a person, no correction; a slip where only an intent no answer takes fits -----


def test_not_said_of_oneself_takes_nothing_back() -> None:
    difference = matching(
        [Branch("explains", ("我是人",)), Branch("flips", ("你是猪",))],
        ["那你说说，区别在哪？"],
    )
    said = "你是猪 我不是 好吧"
    assert picks(difference, said) == "flips", difference.match(said).explain()
    fruit = matching([Branch("melon", ("西瓜",)), Branch("apple", ("苹果",))])
    assert picks(fruit, "西瓜 不是 苹果") == "apple"  # a bare 不是 still corrects


def test_a_slip_is_read_where_only_an_aside_fits() -> None:
    monkey = matching([Branch("wukong", ("孙悟空",))], ["西游记里的猴子叫什么名字？"])
    counted = matching([Branch("wukong", ("孙悟空",)), Branch("eight", number="8")])
    said = "孙五空呀 这都不知道？"
    assert picks(counted, said) is None  # a numeral is no slip where a number answers
    said = "孙捂空呀 这都不知道？"
    matched = monkey.match(said)
    assert matched.branch_id == "wukong", matched.explain()
    assert "a slip" in matched.explain()


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("话忒多", "话太多"),
        ("歌词记不得了", "歌词不记得了"),
        ("咋可能嘛", "怎么可能嘛"),
        ("我啷个是狗嘛", "我不是狗嘛"),
        ("我怎么是狗了", "我不是狗了"),
        ("我咋是狗", "我不是狗"),
        ("我怎么走过去", "我怎么走过去"),  # asks the way: no "never"
        ("阿拉斯加", "阿拉斯加"),
        ("下一个系咩", "下一个是咩"),
        ("跟住系咪爸爸", "跟住是不是爸爸"),
    ],
)
def test_more_dialect_words_read_as_their_mandarin(said: str, read: str) -> None:
    assert "".join(units(said)) == read


def test_one_of_a_kind_is_no_count() -> None:
    same = matching([Branch("one", number="1"), Branch("same", ("一样",))], ["你跟它有啥不同？"])
    said = "一个样"
    assert picks(same, said) is None, same.match(said).explain()


@pytest.mark.parametrize("said", ["不要考我啦", "英语不行 别考我"])
def test_dont_test_me_refuses(said: str) -> None:
    quiz = matching([Branch("dad", ("daddy",)), Branch("refuses", intents=("refuse",))])
    assert picks(quiz, said) == "refuses", quiz.match(said).explain()


def test_asking_what_comes_next_names_nothing() -> None:
    matched = FOLLOW.match("我的 然后你要干嘛")  # doubts the answer, names no next line
    assert matched.branch_id is None and "answered, then doubted" in matched.explain()
    assert picks(FOLLOW, "我的 然后呢") == "typed"


# -- the question's words echoed with one left out ------------------------------------------


@pytest.mark.parametrize("said", ["随便咋读都错 嘿嘿", "谁来都错"])
def test_the_questions_words_echoed_with_its_verb_left_out_name_nothing(said: str) -> None:
    matched = WORD.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "echoes the question's own word" in matched.explain()


@pytest.mark.parametrize("said", ["错", "就是错", "错字吧"])
def test_the_character_itself_still_answers(said: str) -> None:
    assert picks(WORD, said) == "cuo", WORD.match(said).explain()


# -- liking, denied twice; no in more dialects --------------------------------------------

WATER = matching(
    [Branch("yes", ("喜欢",), intents=("yes",)), Branch("no", ("不喜欢",), intents=("no",))],
    ["你喜欢去游泳吗？"],
)


@pytest.mark.parametrize(
    "said", ["哪个不喜欢嘛", "咋可能不喜欢", "谁不想去", "也不是不喜欢啦", "稀罕得很"]
)
def test_liking_denied_twice_is_liking(said: str) -> None:
    assert picks(WATER, said) == "yes", WATER.match(said).explain()


@pytest.mark.parametrize("said", ["么有", "米有啦", "谁稀罕", "不喜欢"])
def test_no_in_more_dialects_is_no(said: str) -> None:
    assert picks(WATER, said) == "no", WATER.match(said).explain()


# -- tell me, you first, called so ----------------------------------------------------------


def test_tell_me_in_cantonese_knows_nothing() -> None:
    knows = matching(
        [
            Branch("knows", ("知道", "知")),
            Branch("dk", intents=("dont_know",)),
            Branch("no", intents=("no",)),
        ],
        ["你知唔知你同狗有咩分別？"],
    )
    assert picks(knows, "唔知喎 你講畀我知") == "dk", knows.match("唔知喎 你講畀我知").explain()


def test_you_first_pays_no_compliment() -> None:
    praise = matching([Branch("compliment", ("赞", "好看"))], ["你夸我一句，我再夸你，你先来？"])
    assert picks(praise, "你先讚我喇") is None
    assert picks(praise, "你好好看") == "compliment"


@pytest.mark.parametrize("said", ["阿姨？你想我咁叫你？", "阿姨 你要我这样叫你吧"])
def test_being_made_to_call_one_so_sees_through(said: str) -> None:
    address = matching([Branch("fell", ("阿姨",)), Branch("sees", intents=("trick",))])
    assert picks(address, said) == "sees", address.match(said).explain()


@pytest.mark.parametrize(
    "said",
    [
        "我的 下一句唔使講都知",
        "我的 后面我猜得到",
        "你是我的… 唔跟 知你想點",
        "不打 说了我就变我的",
    ],
)
def test_the_next_line_known_without_saying_sees_through(said: str) -> None:
    assert picks(FOLLOW, said) == "knew", FOLLOW.match(said).explain()


def test_are_you_all_right_in_cantonese_says_no_no() -> None:
    said = "老婆?? 你冇嘢嘛"
    assert picks(WATER, said) is None, WATER.match(said).explain()
    assert picks(WATER, "冇嘢") == "no"


# -- answered, then doubted ---------------------------------------------------------------


@pytest.mark.parametrize("said", ["我的 这是要干嘛", "我的… 你想干嘛", "我的 又来了"])
def test_an_answer_doubted_after_it_takes_the_safe_path(said: str) -> None:
    matched = FOLLOW.match(said)
    assert matched.branch_id is None, matched.explain()
    assert "answered, then doubted" in matched.explain()


def test_doubting_first_then_answering_still_answers() -> None:
    assert picks(FOLLOW, "你想干嘛 我的") == "typed"
