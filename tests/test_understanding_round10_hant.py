"""Round ten's Traditional Chinese pass (the Hsinchu firmware engineer's Taiwan Mandarin and the
Hong Kong minibus driver's old-style written Cantonese, round10_writers/): Cantonese "hold on"
(咪住) and a no said twice (唔好唔好) as corrections, 乜嘢 typed 乜野, "what are you?" asked
back, the same routine named by its kind (又係傻瓜嗰套), "none of my business" and "I'm not
your mum" as dismissals, the next question predicted bare (下一題…), Taiwan's 沒差, the asker's
question turned back (豬唔會問呢啲問題), "once I say it out loud" naming the trick, 先至係 and
又系 typed by handwriting, and the asker bidden to tell first (你先講你係咪…). Each said in
words written for this file, not the writers' sentences."""

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


# -- a self-correction: Cantonese 咪住 (hold on), a no said twice ---------------------------


@pytest.mark.parametrize("said", ["三毛…咪住先 應該係小明", "三毛 咪住 係小明至啱"])
def test_hold_on_in_cantonese_corrects_the_first_answer(corpus: Corpus, said: str) -> None:
    where = "xiaoming-third-son/ask"
    assert _picks(corpus, where, said) == "xiaoming", _explained(corpus, where, said)


def test_hold_on_in_cantonese_corrects_a_no_to_a_yes(corpus: Corpus) -> None:
    where, said = "play-water/ask", "唔鍾意…咪住 都幾鍾意㗎"
    assert _picks(corpus, where, said) == "yes", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["好呀 唔好唔好 留返你自己叫", "好……唔好唔好 留返自己叫吧"])
def test_a_yes_then_a_no_said_twice_corrects_it(corpus: Corpus, said: str) -> None:
    where = "bark-for-you/ask"
    assert _picks(corpus, where, said) == "no", _explained(corpus, where, said)


def test_a_yes_then_a_no_said_twice_alone_is_no_yes(corpus: Corpus) -> None:
    assert _picks(corpus, "bark-for-you/ask", "好……唔好唔好") != "yes"


@pytest.mark.parametrize("said", ["你自己叫啦", "留返自己叫吧你"])
def test_bark_yourself_declines_the_offer(corpus: Corpus, said: str) -> None:
    where = "bark-for-you/ask"
    assert _picks(corpus, where, said) == "no", _explained(corpus, where, said)


# -- "what are you?" asked back: a phrase sharing the ask's 是, an ask closing on 么 ----------


@pytest.mark.parametrize("said", ["你係乜嘢呀", "你系乜野 先講清楚", "你是什么", "你是什麼啊"])
def test_what_are_you_asks_back_and_types_nothing(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/first"
    assert _picks(corpus, where, said) is None, _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["你係", "你是啊", "你是 然後呢"])
def test_typing_the_line_still_types_it(corpus: Corpus, said: str) -> None:
    assert _picks(corpus, "follow-me-baba/first", said) == "typed"


# -- the same routine again, named by its kind ----------------------------------------------


@pytest.mark.parametrize("said", ["又係傻瓜嗰套啦", "又是傻瓜那套吧 我懂"])
def test_the_same_routine_again_sees_through(corpus: Corpus, said: str) -> None:
    where = "inedible-melon/retry"
    assert _picks(corpus, where, said) == "sees_through", _explained(corpus, where, said)


def test_the_kind_said_without_naming_the_routine_still_answers(corpus: Corpus) -> None:
    assert _picks(corpus, "inedible-melon/retry", "又是傻瓜") == "fool"


@pytest.mark.parametrize("said", ["嗰套我識㗎啦", "又系呢套", "整套我都知道了"])
def test_knowing_that_routine_sees_through(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/first"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


# -- none of my business, I'm not your mum: a dismissal, no don't-know -----------------------


@pytest.mark.parametrize("said", ["我又唔係你阿媽 唔估", "我又不是你媽媽 不猜"])
def test_none_of_my_business_is_no_dont_know(corpus: Corpus, said: str) -> None:
    where = "guess-my-thoughts/guess"
    assert _picks(corpus, where, said) is None, _explained(corpus, where, said)


def test_im_not_you_still_does_not_know(corpus: Corpus) -> None:
    assert _picks(corpus, "guess-my-thoughts/guess", "我又唔係你 點知") == "dont_know"


# -- the next question predicted, bare ------------------------------------------------------


@pytest.mark.parametrize("said", ["長頸鹿 下一題過河直接游", "大象啦 下一題條河冇鱷魚"])
def test_the_next_question_predicted_bare_sees_through(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/meeting"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


def test_next_question_please_names_nothing(corpus: Corpus) -> None:
    assert _picks(corpus, "elephant-fridge/meeting", "長頸鹿 下一題") == "giraffe"


# -- the trick turned back: Taiwan's 沒差, the asker's own question --------------------------


@pytest.mark.parametrize("said", ["你跟豬才沒差吧", "是你跟豬沒差"])
def test_no_difference_in_taiwan_words_turns_it_back(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/ask"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


@pytest.mark.parametrize("said", ["隻豬先唔會問呢啲問題", "豬才不會問這種問題 人才會"])
def test_the_asker_s_question_turned_back_sees_through(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/explain"  # the give-away or flips_it: the same ending (saw through)
    assert _picks(corpus, where, said) in ("saw_through", "flips_it"), _explained(
        corpus, where, said
    )


def test_a_plain_difference_still_explains(corpus: Corpus) -> None:
    assert _picks(corpus, "you-and-pig/explain", "豬唔會玩手機") == "explains"


# -- once I say it out loud: the trick named beside a refusal ------------------------------


@pytest.mark.parametrize("said", ["講出口就輸 唔講", "我說出口你就爽了 不說"])
def test_once_i_say_it_names_the_trick(corpus: Corpus, said: str) -> None:
    where = "dad-in-english/dad"
    assert _picks(corpus, where, said) == "sees_through", _explained(corpus, where, said)


# -- handwriting's 系: 先至係 (the one who is), 又系 ------------------------------------------


@pytest.mark.parametrize("said", ["你先至係豬呀", "你先至系豬"])
def test_sin_zi_hai_turns_it_back(corpus: Corpus, said: str) -> None:
    where = "forget-pig/ask"
    assert _picks(corpus, where, said) == "saw_through", _explained(corpus, where, said)


# -- the asker bidden to tell first ---------------------------------------------------------


@pytest.mark.parametrize("said", ["你先講你係咪想放假", "你先說你是不是在想吃宵夜"])
def test_telling_the_asker_to_answer_first_guesses_nothing(corpus: Corpus, said: str) -> None:
    where = "guess-my-thoughts/guess"
    assert _picks(corpus, where, said) is None, _explained(corpus, where, said)


def test_a_guess_said_plainly_still_guesses(corpus: Corpus) -> None:
    assert _picks(corpus, "guess-my-thoughts/guess", "想放假") == "guesses_thing"
