"""Round nine's Traditional Chinese pass (issue 18; the Pingtung and Hong Kong social worker
tuning writers, and round eight's final set tuned on): Hong Kong's lines counted with 條, a
reason after a don't-know told as what always happens to the speaker, Cantonese idioms of not
knowing and of being teased (肚入面條蟲, 抽水, 呢個伏), Hong Kong phone input by sound (甘既
for 咁嘅), the adverb after the verb (你叫我先), and Taiwan's and Hong Kong's everyday words in
the corpus (古意, 愛唸, 保力達, 乾掉). Each said in words written for this file, not the
writers' sentences."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus


def _picks(corpus: Corpus, where: str, said: str) -> str | None:
    routine, state = where.split("/")
    match = corpus.routines[routine].states[state].understand(said)
    return match.branch_id


def _explained(corpus: Corpus, where: str, said: str) -> str:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].understand(said).explain()


# -- the next line predicted, counted with 條 or 招 ------------------------------------------


@pytest.mark.parametrize(
    "said", ["愛你呀 下一條實係叫我讀爸爸", "我愛你啊，下條一定係你爸爸", "我愛你 下一招就係爸爸"]
)
def test_the_next_line_predicted_with_tiu_sees_through(corpus: Corpus, said: str) -> None:
    where = "reverse-baba/love"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["我愛你 跟住一定叫我讀爸爸", "愛你啊 然後會叫我念爸爸對吧"])
def test_the_next_move_predicted_as_calling_me_sees_through(corpus: Corpus, said: str) -> None:
    where = "reverse-baba/love"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


# -- a don't-know, then what always happens to the speaker: why, not a guess -----------------


@pytest.mark.parametrize(
    "said", ["唔知喎，我一見到西北東南就暈", "不曉得欸，我一想到東西南北就頭痛"]
)
def test_a_dont_know_then_a_habit_of_the_speaker_stays_a_dont_know(
    corpus: Corpus, said: str
) -> None:
    where = "cow-tail/ask"
    assert _picks(corpus, where, said) == "dont_know", _explained(corpus, where, said)


@pytest.mark.parametrize(
    "said",
    ["毋知 我都分袂清東南西北", "我哪知 我東西南北都分唔到㗎", "唔知呀，我路痴嚟，西南都唔識"],
)
def test_a_dont_know_then_what_the_speaker_cannot_tell_apart_stays_a_dont_know(
    corpus: Corpus, said: str
) -> None:
    where = "cow-tail/ask"
    assert _picks(corpus, where, said) == "dont_know", _explained(corpus, where, said)


def test_what_the_speaker_cannot_tell_apart_then_a_guess_is_no_dont_know(corpus: Corpus) -> None:
    where = "cow-tail/ask"
    said = "東南西北我都分不清啦 向下吧"
    assert _picks(corpus, where, said) != "dont_know", _explained(corpus, where, said)


def test_a_guess_after_a_dont_know_is_still_hedged(corpus: Corpus) -> None:
    where = "cow-tail/ask"
    said = "唔知呀，我估係南？"
    assert _picks(corpus, where, said) != "dont_know", _explained(corpus, where, said)


# -- Cantonese idioms: not knowing, being teased, a trap heard before ------------------------


def test_not_a_worm_in_your_belly_is_a_dont_know(corpus: Corpus) -> None:
    where = "guess-my-thoughts/guess"
    said = "你當我係你肚入面條蟲咩"
    assert _picks(corpus, where, said) == "dont_know", _explained(corpus, where, said)


def test_taking_a_dig_at_me_sees_through(corpus: Corpus) -> None:
    where = "reverse-baba/baba"
    said = "又想抽我水呀你"
    assert _picks(corpus, where, said) == "sees_through", _explained(corpus, where, said)


def test_this_trap_named_sees_through(corpus: Corpus) -> None:
    where = "pig-ran-away/why"
    said = "呢個伏我識㗎喇"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


def test_you_call_me_first_sees_through(corpus: Corpus) -> None:
    where = "dad-in-english/dad"
    said = "你叫我先啦"
    assert _picks(corpus, where, said) == "sees_through", _explained(corpus, where, said)


def test_how_could_it_get_in_is_impossible(corpus: Corpus) -> None:
    where = "elephant-fridge/fridge"
    said = "雪櫃咁細點會入到"
    assert _picks(corpus, where, said) == "impossible", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["冇甘既字呀", "呢度邊有甘既字"])
def test_such_typed_by_sound_is_such(corpus: Corpus, said: str) -> None:
    where = "misread-char/ask"
    assert _picks(corpus, where, said) == "no_such", _explained(corpus, where, said)


# -- the corpus's Taiwan and Hong Kong words ------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("compliment-game/ask", "你這個人蠻古意的", "compliment"),
        ("compliment-game/ask", "你好有愛心呀", "compliment"),
        ("my-flaw/guess", "你很愛唸欸", "names_flaw"),
        ("my-flaw/guess", "講嘢太大聲囉", "names_flaw"),
        ("want-drink/ask", "來一罐蠻牛", "names_drink"),
        ("dry-hair/ask", "那條河的水乾掉了", "dry_river"),
        ("birds-on-tree/ask", "槍一響哪有鳥還留著", "none_left"),
        ("mama-song/ask", "冇媽嘅仔呀", "too_far"),
        ("you-and-pig/explain", "我不會整天睡覺", "explains"),
        ("you-and-pig/explain", "其實你比較像吧", "flips_it"),
        ("buy-land/ask", "蓋樓的地吧", "names_land"),
    ],
)
def test_taiwan_and_hong_kong_words_reach_their_branch(
    corpus: Corpus, where: str, said: str, branch: str
) -> None:
    assert _picks(corpus, where, said) == branch, _explained(corpus, where, said)


# -- the trick turned back with 才 or 先 between you-and-the-pig and the same -------------------


@pytest.mark.parametrize("said", ["你和豬才是一模一樣啦", "你同豬先係冇分別囉"])
def test_you_and_the_pig_are_the_same_ones_sees_through(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/ask"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


# -- a rough count of steps -----------------------------------------------------------------


@pytest.mark.parametrize("said", ["大概十幾步吧", "要幾十步喔"])
def test_a_rough_count_of_steps_is_another_count(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/fridge"
    assert _picks(corpus, where, said) == "other_steps", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["要幾步？", "三幾步啦"])
def test_how_many_steps_asked_back_is_no_count(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/fridge"
    assert _picks(corpus, where, said) != "other_steps", _explained(corpus, where, said)


# -- dialect don't-knows, refusals and denials -----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "阿栽啦",  # 阿災 by its sound
        "阮哪ㄟ知",  # 哪會知 with ㄟ for 會
        "哪A知啊",
        "嘸宰羊欸",
        "我袂知影",
        "猜袂出來啦",
        "鬼知咩你諗乜",
        "我冇idea喎",
        "不之道耶",  # 知 slipped to 之 (ㄓ)
        "布知道啦",  # 不 slipped to 布 (ㄅㄨˋ)
    ],
)
def test_a_dialect_dont_know_is_a_dont_know(corpus: Corpus, said: str) -> None:
    where = "guess-my-thoughts/ask"
    assert _picks(corpus, where, said) == "dont_know", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["嘜啦", "嘸影的事"])
def test_hokkien_mai_and_bo_iann_say_no(corpus: Corpus, said: str) -> None:
    where = "guess-my-thoughts/ask"
    assert _picks(corpus, where, said) == "says_no", _explained(corpus, where, said)


def test_try_and_see_with_mai_is_no_denial(corpus: Corpus) -> None:
    where = "bark-for-you/ask"
    said = "好呀 你學狗叫聽看嘜"
    assert _picks(corpus, where, said) == "yes", _explained(corpus, where, said)


def test_vanished_without_a_trace_is_no_denial(corpus: Corpus) -> None:
    where = "guess-my-thoughts/ask"
    said = "煩惱都無影無蹤了"
    assert _picks(corpus, where, said) != "says_no", _explained(corpus, where, said)


def test_not_telling_you_in_cantonese_refuses(corpus: Corpus) -> None:
    where = "dad-in-english/dad"
    said = "就係唔話畀你知"
    assert _picks(corpus, where, said) == "refuses", _explained(corpus, where, said)


def test_four_for_shi_in_taiwan_net_spelling_reads_the_line_backwards(corpus: Corpus) -> None:
    where = "reverse-baba/baba"
    said = "爸爸4你我喔"
    assert _picks(corpus, where, said) == "fell", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["我只記得第一句咋", "這首歌我只識唱第一句"])
def test_a_song_known_only_to_its_first_line_is_a_dont_know(corpus: Corpus, said: str) -> None:
    where = "mama-song/ask"
    assert _picks(corpus, where, said) == "dont_know", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["唔同你玩呀", "費事理你", "我今日無閒"])
def test_a_dialect_refusal_refuses(corpus: Corpus, said: str) -> None:
    where = "reverse-baba/love"
    assert _picks(corpus, where, said) == "refuses", _explained(corpus, where, said)


def test_dont_even_think_of_it_in_taiwan_sees_through(corpus: Corpus) -> None:
    where = "reverse-baba/love"
    said = "免想啦你"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


def test_rude_in_cantonese_denies_nothing(corpus: Corpus) -> None:
    where = "gained-weight/ask"
    said = "你真係冇禮貌"
    assert _picks(corpus, where, said) is None, _explained(corpus, where, said)
