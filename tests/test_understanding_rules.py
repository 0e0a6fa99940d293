"""Round four's general rules of answer understanding: naming the trick whatever follows,
self-corrections and questions, yes and no read from hedges and asides, rhetorical
don't-knows, and two answers in one (see content/README.md, "How answers are understood")."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, load_lexicon
from understanding.matcher import Branch, Matcher
from understanding.text import clauses, fold, numbers

LEXICON = load_lexicon(DEFAULT_LEXICON)


def matching(branches: list[Branch], question: list[str] | tuple[str, ...] = ()) -> Matcher:
    return Matcher(branches, question, lexicon=LEXICON)


def picks(matcher: Matcher, text: str) -> str | None:
    return matcher.match(text).branch_id


YES_NO = matching([Branch("yes", intents=("yes",)), Branch("no", intents=("no",))])
SEES_THROUGH = matching(
    [
        Branch("typed", ("你是", "love")),
        Branch("refuses", ("不跟", "不打"), intents=("refuse",)),
        Branch("knew", intents=("trick",)),
    ]
)


# -- naming the trick, then refusing or mentioning ----------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "你是我的爸爸是吧 不跟",
        "下一步就要我講I love you 啦 唔講",
        "再下去就是I love you了 不说",
        "等等 下一句是爸爸吧 不跟了",
        "你是我的爸爸？？好家伙 差点上当",
        "最後是你是我的爸爸對吧 這招我看過了",
        "咁我咪係豬 唔玩",
        "so im the pig. nope",
        "nah u go first, ull just say i love you",
        "heard this one, not doing it",
        "lol i know where ur going with this. love",
    ],
)
def test_naming_the_trick_sees_through_it_whatever_follows(typed: str) -> None:
    assert picks(SEES_THROUGH, typed) == "knew", SEES_THROUGH.match(typed).explain()


def test_a_flip_of_the_insult_names_the_trick() -> None:
    fool = matching([Branch("fool", ("傻瓜",)), Branch("knew", intents=("trick",))])
    assert picks(fool, "你才傻瓜") == "knew"
    assert picks(fool, "傻瓜") == "fool"


# -- self-corrections and questions -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("toast- no bread!!", "bread"),
        ("toast, no bread", "bread"),
        ("stop. no hang on, go, green is go", "go"),
        ("bread? idk", "bread"),  # unsure of the guess, not taking it back
        ("toast? whose toast is this", "toast"),  # a second question corrects nothing
        ("no, no problem", None),  # an answer word after "no" that names nothing else
    ],
)
def test_self_corrections_and_questions(typed: str, branch: str | None) -> None:
    bread = matching(
        [
            Branch("toast", ("toast",)),
            Branch("bread", ("bread",)),
            Branch("go", ("go",)),
            Branch("stop", ("stop",)),
            Branch("dont_know", intents=("dont_know",)),
        ]
    )
    assert picks(bread, typed) == branch, bread.match(typed).explain()


def test_no_opening_a_clause_corrects_only_in_english() -> None:
    animals = matching([Branch("pig", ("猪",)), Branch("dog", ("狗",))])
    assert picks(animals, "猪，不是狗") != "dog"  # 不是狗 denies, it corrects nothing


def test_so_brings_the_conclusion() -> None:
    months = matching([Branch("all", ("every month",)), Branch("twelve", number="12")])
    assert picks(months, "every month has at least 28 so all 12") == "twelve"
    assert picks(months, "every month") == "all"


def test_an_answer_asked_back_after_its_question_mark_is_not_given() -> None:
    three = matching([Branch("three", number="3")], ["9 除以 3 等于几？"])
    assert picks(three, "我係三？咁你即係想點先") is None
    assert picks(three, "三？") == "three"


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("鸽子？不对鸽子会认路 那就猪吧", "pig"),
        ("鸽子？不对鸽子会认路", None),
        ("猪，等等不对劲", "pig"),  # a second thought, nothing said instead
    ],
)
def test_a_denied_answer_gives_way_to_the_one_said_after_it(typed: str, branch: str | None) -> None:
    animals = matching([Branch("pigeon", ("鸽子",)), Branch("pig", ("猪",))])
    assert picks(animals, typed) == branch, animals.match(typed).explain()


def test_an_answer_named_again_after_a_surer_marker_stands() -> None:
    drinks = matching([Branch("drink", ("可乐",))])
    assert picks(drinks, "可乐，不对，你最近减肥 应该是零度可乐") == "drink"
    assert picks(drinks, "可乐，不对，可乐不好") is None


# -- yes and no read from a hedge or an aside ----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("no ur alright mate", "no"),
        ("nah im good thanks", "no"),
        ("有吗？我觉得还好啊", "no"),
        ("no? pretty sure its only in the US", "no"),
        ("u feelin alright?? whats brought this on", None),
        ("yes?", "yes"),
        ("a little bit lol", "yes"),
        ("少少啦", "yes"),
        ("i think so?", "yes"),
        ("depends if someones crossing", None),
        ("yes but they dont celebrate it", "yes"),
        ("是啊，不过很少", "yes"),
    ],
)
def test_yes_and_no_read_from_hedges_and_asides(typed: str, branch: str | None) -> None:
    assert picks(YES_NO, typed) == branch, YES_NO.match(typed).explain()


def test_yes_but_keeps_the_yes_over_another_branchs_phrase() -> None:
    july = matching(
        [
            Branch("says_yes", intents=("yes",)),
            Branch("says_no", ("they don't celebrate it",), intents=("no",)),
        ]
    )
    assert picks(july, "yes but they dont celebrate it") == "says_yes"
    assert picks(july, "they dont celebrate it") == "says_no"


def test_an_aside_hides_the_lexicons_words_not_a_branchs_own() -> None:
    birthdays = matching([Branch("years", ("depends",)), Branch("one", ("once",))])
    assert picks(birthdays, "Depends on the person doesn't it") == "years"
    story = matching([Branch("dont_know", intents=("why", "dont_know"))], ["猪为什么跑了？"])
    assert picks(story, "跑来听你讲故事了呗") is None  # 听你说 is no "你说" (tell me)


def test_an_echoed_verb_the_question_negates_or_asks_about_says_no_no() -> None:
    bark = matching(
        [Branch("yes", intents=("yes",)), Branch("no", intents=("no",))],
        ["亲爱的，你别生气，我给你学狗叫好不好？"],
    )
    assert picks(bark, "我没生气啊 咋了") is None
    assert picks(bark, "我冇嬲呀 做咩") is None  # 我没有生气: agrees with the aside
    assert picks(bark, "没有") == "no"
    assert picks(bark, "不学") != "yes"
    pig = matching([Branch("says_no", intents=("no",))], ["你知道你和猪有什么区别吗？"])
    assert picks(pig, "没区别") is None
    guess = matching([Branch("says_no", intents=("no",))], ["猜猜我几岁？"])
    assert picks(guess, "不猜") == "says_no"
    river = matching([Branch("detour", intents=("no",))], ["前面有条河，怎么过？"])
    assert picks(river, "唔過囉") == "detour"  # how it is done is still the verb


def test_when_was_i_ever_without_guo_denies() -> None:
    pig = matching([Branch("deny", ("我不是猪",))])
    assert picks(pig, "？？我啥时候是猪了") == "deny"
    assert picks(pig, "我什么时候是过猪") == "deny"


# -- rhetorical don't-knows and insults ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("我又不是你肚子里的蛔虫", "dont_know"),
        ("im not a mind reader", "dont_know"),
        ("idk ive never been", "dont_know"),
        ("我哪知道 拿吹風機吹？", "melts"),  # a guess beside a don't-know is the answer
        ("不会英语", "dont_know"),
    ],
)
def test_rhetorical_dont_knows(typed: str, branch: str) -> None:
    thoughts = matching(
        [
            Branch("dont_know", intents=("dont_know",)),
            Branch("says_no", intents=("no",)),
            Branch("melts", ("吹风机",)),
        ]
    )
    assert picks(thoughts, typed) == branch, thoughts.match(typed).explain()


# -- two answers in one --------------------------------------------------------------------


def test_two_branches_numbers_in_one_answer_are_neither() -> None:
    apples = matching(
        [Branch("two", number="2"), Branch("four", number="4")],
        ["There are six apples and you take away four. How many do you have?"],
    )
    assert picks(apples, "two left but I have four") is None
    # verdicts28enplain: where the two is the bowl's and the four the speaker's, the four is the
    # answer (rule "a count held elsewhere, beside mine"; nine writers, all labelled four)
    assert picks(apples, "Two left in the bowl but I've got four") == "four"
    assert picks(apples, "four") == "four"
    assert picks(apples, "6-4=2") == "two"  # working typed out is its result


# -- reading what is typed ------------------------------------------------------------------


def test_a_dropped_g_is_read_back() -> None:
    refuse = matching([Branch("refuses", intents=("refuse",))])
    assert picks(refuse, "not playin sorry") == "refuses"
    assert picks(refuse, "not doin knock knock jokes") == "refuses"


def test_just_the_one_is_one_and_the_big_one_is_not() -> None:
    def read(text: str) -> list[str]:
        return [v for *_, v in numbers(clauses(fold(text, LEXICON), LEXICON), LEXICON)]

    assert read("just the one") == ["1"]
    assert read("the big one") == []
    assert read("the one") == []


def test_single_chinese_characters_typed_apart_spell_one_phrase() -> None:
    assert fold("你 愛 我", LEXICON) == "你爱我"
    assert fold("是 8", LEXICON) == "是 8"
    assert fold("好啊 走吧", LEXICON) == "好啊 走吧"


def test_a_branchs_question_word_counts_only_standing_alone() -> None:
    surprised = matching([Branch("surprised", ("what", "no way"))])
    assert picks(surprised, "what word they puttin in instead") is None
    assert picks(surprised, "WHAT") == picks(surprised, "what?! lol") == "surprised"


def test_a_letter_typed_twice_is_read_once_and_em_is_them() -> None:
    counts = matching([Branch("two", number="2"), Branch("all", ("all of them",))])
    assert picks(counts, "twoo") == "two"
    assert picks(counts, "all of em") == "all"
    assert picks(counts, "tooo") is None  # too, held down: no number


def test_a_hedge_keeps_the_guess_and_a_condition_answers_nothing() -> None:
    bread = matching([Branch("toast", ("toast",)), Branch("bread", ("bread",))])
    assert picks(bread, "pretty sure its toast") == "toast"
    assert picks(bread, "depends on the toast") is None
    assert picks(bread, "toast, depends") == "toast"


def test_a_yes_after_so_confirms_the_answer() -> None:
    knives = matching([Branch("eight", number="8")], ["How many knives are left?"])
    assert picks(knives, "8 so yeah") == "eight"


def test_a_pause_inside_a_chinese_sentence_is_no_break() -> None:
    assert fold("你是我的……爸爸？", LEXICON) == "你是我的爸爸?"
    assert fold("嗯…火锅吃多了", LEXICON) == "嗯...火锅吃多了"  # an interjection, then the answer


def test_the_give_away_said_first_is_not_taken_back() -> None:
    follow = Matcher(
        [
            Branch("typed", ("我的",)),
            Branch("refuses", ("不打了",), intents=("refuse",)),
            Branch("saw_through", ("你是我的爸爸",)),
        ],
        lexicon=LEXICON,
        routes={"trick": "saw_through"},  # as the corpus routes the trick to its give-away
    )
    assert picks(follow, "等等 你是我的……爸爸？不打了") == "saw_through"
    assert picks(follow, "我的？不打了") == "refuses"


def test_a_one_character_answer_echoing_the_questions_word_names_nothing() -> None:
    misread = matching(
        [Branch("cuo", ("错",)), Branch("no_such", ("没有这个字",))],
        ["有一个字，不管谁念都念错，是什么字？"],
    )
    assert picks(misread, "饕餮？大家都念錯") is None
    assert picks(misread, "错") == picks(misread, "是错字吧") == "cuo"


# -- round five: the safe path, and the named rules that resolve two branches -------------

KNIVES = matching(
    [Branch("eight", number="8"), Branch("feb", ("february",)), Branch("knew", intents=("trick",))],
    ["How many months have 28 days?"],
)


def test_two_branches_apart_that_no_rule_resolves_give_no_punchline() -> None:
    both = matching([Branch("toast", ("toast",)), Branch("bread", ("bread",))])
    match = both.match("toast. bread")
    assert match.branch is None, match.explain()
    assert "torn between toast 'toast' and bread 'bread'" in match.explain()
    assert picks(both, "toast") == "toast" and picks(both, "toast, no wait, bread") == "bread"


def test_two_opposite_intents_apart_are_torn_not_guessed() -> None:
    # "ok" after a no may be a tag ("ok?") or giving in: a friend would ask again (typed right
    # after it, 不 ok is "not ok": tests/test_understanding_round8_hant.py)
    assert picks(YES_NO, "不，ok") is None, YES_NO.match("不，ok").explain()
    assert picks(YES_NO, "唔洗喇 我冇嬲 ok") == "no"  # the no given whole first, then more
    assert picks(YES_NO, "Yes, I don't see why not") == "yes"  # one yes, said two ways


@pytest.mark.parametrize(
    "typed",
    [
        "你是 我的 爸爸 是吧 我早知道套路了",
        "love... 被你套路了",
        "lol yeah nah im not gonna be the dog in this one",
        "傻瓜是你啦",
    ],
)
def test_the_trick_named_anywhere_wins_over_another_branch(typed: str) -> None:
    trick = matching(
        [
            Branch("typed", ("你是", "love")),
            Branch("no", intents=("no",)),
            Branch("fool", ("傻瓜",)),
            Branch("knew", intents=("trick",)),
        ]
    )
    assert picks(trick, typed) == "knew", trick.match(typed).explain()


def test_the_question_s_word_said_after_an_answer_describes_it() -> None:
    house = matching(
        [Branch("blue", ("blue",)), Branch("other", ("concrete", "wood"))],
        ["A blue house is made of blue bricks. What is a red house made of?"],
    )
    assert picks(house, "concrete painted blue") == "other"
    assert picks(house, "blue. concrete") is None  # the question's word first may be the answer


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("no, he's dead", "dead"),
        ("猪有尾巴我没有", "tail"),
        ("属猪 🐷 唔好笑", "pig"),
        ("你不想我说死了吧", None),  # a verb's no leading into it: torn
    ],
)
def test_a_bare_yes_or_no_beside_a_fuller_answer_is_said_to_it(
    typed: str, branch: str | None
) -> None:
    fuller = matching(
        [
            Branch("dead", ("he's dead", "死了")),
            Branch("tail", ("尾巴",)),
            Branch("pig", ("猪",)),
            Branch("worm", ("肚子里的蛔虫",)),
            Branch("no", intents=("no",)),
        ],
        ["Can a man marry his widow's sister?"],
    )
    assert picks(fuller, typed) == branch, fuller.match(typed).explain()


def test_a_count_leads_what_follows_names_what_it_counts() -> None:
    assert picks(KNIVES, "eight, february") == "eight"
    assert picks(KNIVES, "february, eight") is None  # the name first: torn
    assert picks(KNIVES, "the second one sounds right") is None  # "second one" is no count


def test_what_de_ties_to_the_thing_says_which_one() -> None:
    melon = matching([Branch("spoiled", ("坏掉",)), Branch("melon", ("西瓜",))])
    assert picks(melon, "坏掉的西瓜") == "spoiled"
    assert picks(melon, "西瓜 坏掉") is None


def test_an_answer_given_whole_first_then_more_said() -> None:
    song = matching([Branch("fell", ("有妈的孩子像块宝",)), Branch("too_far", ("投进妈妈的怀抱",))])
    assert picks(song, "有妈的孩子像块宝 投进妈妈的怀抱") == "fell"
    assert picks(song, "投进妈妈的怀抱") == "too_far"


@pytest.mark.parametrize(
    ("question", "typed", "branch"),
    [
        ("一头牛向北走十米，尾巴朝哪边？", "這題好難 不會", "dont_know"),
        ("有条河住满了鳄鱼，你怎么过河？", "emmm 不会", "dont_know"),
        ("一头牛向北走十米，尾巴朝哪边？", "牛不会这么走", "no"),  # a verb follows: won't
        ("你会游泳吗？", "不会", "no"),  # the question asks 会: the echoed no
    ],
)
def test_cant_to_a_question_asking_no_can_is_a_dont_know(
    question: str, typed: str, branch: str
) -> None:
    state = matching(
        [Branch("no", intents=("no",)), Branch("dont_know", intents=("dont_know",))], [question]
    )
    assert picks(state, typed) == branch, state.match(typed).explain()


def test_an_a_not_a_question_corrects_nothing_and_wait_in_cantonese_does() -> None:
    follow = matching(
        [
            Branch("typed", ("我的",)),
            Branch("refuses", intents=("refuse",)),
            Branch("knew", intents=("trick",)),
        ]
    )
    assert follow.match("你是我的... 跟住爸爸係咪 stop").corrected == ""
    third = matching([Branch("sanmao", number="3"), Branch("xiaoming", ("小明",))])
    assert picks(third, "三毛… 等陣 小明!") == "xiaoming"


def test_chinese_typed_in_groups_apart_spells_the_state_s_phrase_across_them() -> None:
    follow = matching(
        [
            Branch("typed", ("你是",)),
            Branch("baba", ("你是我的爸爸",)),
            Branch("no", intents=("no",)),
        ]
    )
    assert picks(follow, "你是 我的 爸爸 是吧") == "baba", follow.match("你是 我的 爸爸").explain()
    assert picks(follow, "你是") == "typed"
    # only across a phrase of the state's own: the space still breaks other clauses
    no = next(h for h in follow.match("你是 不").hits if h.intent == "no")
    assert no.clause == 1 and no.start == 0


# -- round six: wrong punchlines, by general rule (issue 18) --------------------------------


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("一只都莫得了 全部吓飞了", "none"),
        ("一只也没有", "none"),
        ("一個都唔剩", "none"),
        ("剩一只", "one"),
        ("一只", "one"),
    ],
)
def test_one_then_none_is_none_not_the_number_one(typed: str, branch: str) -> None:
    birds = matching(
        [
            Branch("none", ("吓飞", "一只也没有", "不剩")),
            Branch("one", ("剩一只",), number="1"),
        ]
    )
    assert picks(birds, typed) == branch, birds.match(typed).explain()


def test_a_word_inside_a_number_is_the_number_s() -> None:
    between = matching([Branch("and", ("and",)), Branch("two", number="2")])
    assert picks(between, "one and a half") is None, between.match("one and a half").explain()
    assert picks(between, "and") == "and" and picks(between, "two") == "two"


def test_a_guess_wrapped_in_don_t_knows_is_a_don_t_know() -> None:
    ice = matching([Branch("melts", ("热水",)), Branch("dont_know", intents=("dont_know",))])
    typed = "不知道喔 放热水？算了 不知道"
    assert picks(ice, typed) == "dont_know", ice.match(typed).explain()
    assert picks(ice, "放热水？不知道") == "melts"  # hedged on one side: still the guess
    assert picks(ice, "不知道 放热水？") == "melts"


@pytest.mark.parametrize(
    "typed",
    ["爸爸……衰人又呃我 😂", "爸爸 哈 中計", "I love you~ 等下 啊啊啊被套路了", "daddy. dammit"],
)
def test_fell_said_after_the_trick_s_words_is_fell(typed: str) -> None:
    third = matching(
        [
            Branch("fell", ("爸爸", "i love you", "daddy"), lands=True),
            Branch("knew", intents=("trick",)),
        ]
    )
    assert picks(third, typed) == "fell", third.match(typed).explain()


@pytest.mark.parametrize("typed", ["中计", "差点中计 爸爸", "老梗了 爸爸", "love... 被你套路了"])
def test_a_realisation_before_the_trick_s_words_or_in_a_warm_up_sees_through(typed: str) -> None:
    third = matching(
        [
            Branch("fell", ("爸爸",), lands=True),
            Branch("typed", ("love",)),  # a warm-up's answer: the trick still ahead
            Branch("knew", intents=("trick",)),
        ]
    )
    assert picks(third, typed) == "knew", third.match(typed).explain()


def test_a_real_word_with_a_letter_replaced_is_no_slip() -> None:
    drink = matching([Branch("milk", ("milk",)), Branch("water", ("water",))])
    assert picks(drink, "milo? 😂") is None, drink.match("milo? 😂").explain()
    assert picks(drink, "mlik") == "milk"  # two letters swapped
    assert picks(drink, "watr") == "water"  # a letter dropped
    bread = matching([Branch("bread", ("bread",)), Branch("toast", ("toast",))])
    assert picks(bread, "bred") == "bread"  # a real word, a letter dropped


def test_a_no_after_a_guess_that_goes_on_to_ask_is_a_second_thought() -> None:
    why = matching([Branch("dont_know", intents=("dont_know", "why", "no"))])
    typed = "因为它太肥跑不动？？不对那它怎么跑掉了"
    assert picks(why, typed) is None, why.match(typed).explain()
    assert picks(why, "不对") == "dont_know"  # a plain no still answers
    assert picks(why, "太肥？不对") == "dont_know"


# -- round seven: kinds of round4_writers3 ---------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["你是我的……下面是不是爸爸？停停停", "唔跟喇 再落去實係爸爸😏 我識㗎"]
)
def test_a_prediction_of_the_next_line_beside_a_refusal_sees_through(typed: str) -> None:
    assert picks(SEES_THROUGH, typed) == "knew", SEES_THROUGH.match(typed).explain()


def test_a_typo_d_negation_keeps_its_negation() -> None:
    know = matching([Branch("knows", ("知",)), Branch("dont_know", intents=("dont_know",))])
    assert picks(know, "晤知喎 🤔") == "dont_know", know.match("晤知喎 🤔").explain()
    assert picks(know, "知") == "knows"


def test_an_expletive_abbreviated_says_nothing() -> None:
    bear = matching(
        [Branch("other", ("bear colour",)), Branch("dont_know", intents=("dont_know",))],
        ("what colour is the bear?",),
    )
    typed = "how tf would i know the bear color from a house"
    assert picks(bear, typed) == "dont_know", bear.match(typed).explain()


def test_a_don_t_know_after_a_plain_guess_takes_it_back() -> None:
    peak = matching(
        [Branch("other", ("snowdon", "black bear")), Branch("dont_know", intents=("dont_know",))]
    )
    typed = "Snowdon haha... no idea really"
    assert picks(peak, typed) == "dont_know", peak.match(typed).explain()
    assert picks(peak, "black bear? idk") == "other"  # unsure of the guess, not taking it back
    assert picks(peak, "no idea, snowdon") == "other"  # a guess after a don't-know is the answer


def test_a_yes_word_stressing_a_reason_says_no_yes() -> None:
    know = matching([Branch("know", intents=("yes",)), Branch("dont_know", intents=("dont_know",))])
    typed = "Because he was too fat to catch... obviously"
    assert picks(know, typed) is None, know.match(typed).explain()
    assert picks(know, "obviously") == "know"
    assert picks(know, "obviously. because he was too fat") == "know"


@pytest.mark.parametrize("typed", ["愛?? like 定 love 呀？🤔", "是love还是like？", "love or like?"])
def test_a_choice_asked_back_answers_nothing(typed: str) -> None:
    love = matching([Branch("answered", ("love",))])
    assert picks(love, typed) is None, love.match(typed).explain()


def test_a_choice_word_not_asking_leaves_the_answer() -> None:
    love = matching([Branch("answered", ("love",))])
    assert picks(love, "love or like, love") == "answered"
    assert picks(love, "一定是love") == "answered"


def test_a_phrase_said_back_at_the_asker_is_not_said_of_oneself() -> None:
    weight = matching([Branch("admits", ("胖了",)), Branch("knew", intents=("trick",))])
    assert picks(weight, "你才胖了，会不会说话") is None, weight.match("你才胖了").explain()
    assert picks(weight, "胖了") == "admits"
    assert picks(weight, "是啊胖了") == "admits"


def test_the_news_heard_is_a_believer_s_yes() -> None:
    heard = matching([Branch("heard_it", intents=("yes",)), Branch("skeptic", intents=("trick",))])
    typed = "Yes heard it on the radio"
    assert picks(heard, typed) == "heard_it", heard.match(typed).explain()
    assert picks(heard, "heard it before mate") == "skeptic"


def test_the_mirror_turns_the_insult_back() -> None:
    fool = matching([Branch("fool", ("傻瓜",)), Branch("knew", intents=("trick",))])
    typed = "你照镜子看见的那个傻瓜吧哈哈"
    assert picks(fool, typed) == "knew", fool.match(typed).explain()
    assert picks(fool, "照镜子看到的傻瓜") == "fool"  # the question's words, said as the answer


def test_a_generalisation_about_others_answers_nothing() -> None:
    side = matching([Branch("names_side", ("右边", "左边"))])
    typed = "有些人在右邊欸 你是右位心嗎？"
    assert picks(side, typed) is None, side.match(typed).explain()
    assert picks(side, "左边") == "names_side"


def test_a_hedge_then_an_english_lean_is_the_lean() -> None:
    july = matching(
        [
            Branch("says_no", intents=("no",)),
            Branch("says_yes", intents=("yes",)),
            Branch("dont_know", ("not sure",), intents=("dont_know",)),
        ]
    )
    typed = "Not sure, I don't think we do do we?"
    assert picks(july, typed) == "says_no", july.match(typed).explain()
    assert picks(july, "not sure") == "dont_know"
    assert picks(july, "no... not sure") == "dont_know"  # a don't-know after: not a lean


def test_a_chinese_no_after_a_don_t_know_still_gives_up() -> None:
    river = matching(
        [Branch("detour", intents=("no",)), Branch("dont_know", intents=("dont_know",))]
    )
    assert picks(river, "不晓得 莫得办法") == "dont_know", river.match("不晓得 莫得办法").explain()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("九只吧，10-1=9嘛", ["9", "9"]),
        ("八把呗，10-2=8，小学一年级的题也来考我", ["8", "8"]),
        ("90分鐘 一人一分鐘", ["90"]),
        ("8-10嘛", ["8", "10"]),  # a range, no sum
    ],
)
def test_working_beside_chinese_and_counts_that_are_not_the_answer(
    typed: str, said: list[str]
) -> None:
    found = numbers(clauses(fold(typed, LEXICON), LEXICON), LEXICON)
    assert [n[3] for n in found] == said


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("我不说那个姓，说了就成你孙子了，呵呵", "knew"),
        ("我唔講個孫字😏 你想做人爺爺呀？", "knew"),
        ("this gonna end w me callin myself an idiot aint it", "knew"),
    ],
)
def test_round_seven_s_class_wide_words(typed: str, branch: str) -> None:
    assert picks(SEES_THROUGH, typed) == branch, SEES_THROUGH.match(typed).explain()


def test_no_time_for_games_declines() -> None:
    toast = matching([Branch("toast", ("toast",)), Branch("refuses", intents=("refuse",))])
    typed = "Haven't got time for games now love, dinner's on"
    assert picks(toast, typed) == "refuses", toast.match(typed).explain()
