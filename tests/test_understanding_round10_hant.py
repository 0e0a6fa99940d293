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
from tests.support.understanding import explained, reached

# -- a self-correction: Cantonese 咪住 (hold on), a no said twice ---------------------------


@pytest.mark.parametrize("said", ["三毛…咪住先 應該係小明", "三毛 咪住 係小明至啱"])
def test_hold_on_in_cantonese_corrects_the_first_answer(corpus: Corpus, said: str) -> None:
    where = "xiaoming-third-son/ask"
    assert reached(corpus, where, said) == "xiaoming", explained(corpus, where, said)


def test_hold_on_in_cantonese_corrects_a_no_to_a_yes(corpus: Corpus) -> None:
    where, said = "play-water/ask", "唔鍾意…咪住 都幾鍾意㗎"
    assert reached(corpus, where, said) == "yes", explained(corpus, where, said)


@pytest.mark.parametrize("said", ["好呀 唔好唔好 留返你自己叫", "好……唔好唔好 留返自己叫吧"])
def test_a_yes_then_a_no_said_twice_corrects_it(corpus: Corpus, said: str) -> None:
    where = "bark-for-you/ask"
    assert reached(corpus, where, said) == "no", explained(corpus, where, said)


def test_a_yes_then_a_no_said_twice_alone_is_no_yes(corpus: Corpus) -> None:
    assert reached(corpus, "bark-for-you/ask", "好……唔好唔好") != "yes"


@pytest.mark.parametrize("said", ["你自己叫啦", "留返自己叫吧你"])
def test_bark_yourself_declines_the_offer(corpus: Corpus, said: str) -> None:
    where = "bark-for-you/ask"
    assert reached(corpus, where, said) == "no", explained(corpus, where, said)


# -- "what are you?" asked back: a phrase sharing the ask's 是, an ask closing on 么 ----------


@pytest.mark.parametrize("said", ["你係乜嘢呀", "你系乜野 先講清楚", "你是什么", "你是什麼啊"])
def test_what_are_you_asks_back_and_types_nothing(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/first"
    assert reached(corpus, where, said) is None, explained(corpus, where, said)


@pytest.mark.parametrize("said", ["你係", "你是啊", "你是 然後呢"])
def test_typing_the_line_still_types_it(corpus: Corpus, said: str) -> None:
    assert reached(corpus, "follow-me-baba/first", said) == "typed"


# -- the same routine again, named by its kind ----------------------------------------------


@pytest.mark.parametrize("said", ["又係傻瓜嗰套啦", "又是傻瓜那套吧 我懂"])
def test_the_same_routine_again_sees_through(corpus: Corpus, said: str) -> None:
    where = "inedible-melon/retry"
    assert reached(corpus, where, said) == "sees_through", explained(corpus, where, said)


def test_the_kind_said_without_naming_the_routine_still_answers(corpus: Corpus) -> None:
    assert reached(corpus, "inedible-melon/retry", "又是傻瓜") == "fool"


@pytest.mark.parametrize("said", ["嗰套我識㗎啦", "又系呢套", "整套我都知道了"])
def test_knowing_that_routine_sees_through(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/first"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


# -- none of my business, I'm not your mum: a dismissal, no don't-know -----------------------


@pytest.mark.parametrize("said", ["我又唔係你阿媽 唔估", "我又不是你媽媽 不猜"])
def test_none_of_my_business_is_no_dont_know(corpus: Corpus, said: str) -> None:
    where = "guess-my-thoughts/guess"
    assert reached(corpus, where, said) is None, explained(corpus, where, said)


def test_im_not_you_still_does_not_know(corpus: Corpus) -> None:
    assert reached(corpus, "guess-my-thoughts/guess", "我又唔係你 點知") == "dont_know"


# -- the next question predicted, bare ------------------------------------------------------


@pytest.mark.parametrize("said", ["長頸鹿 下一題過河直接游", "大象啦 下一題條河冇鱷魚"])
def test_the_next_question_predicted_bare_sees_through(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/meeting"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


def test_next_question_please_names_nothing(corpus: Corpus) -> None:
    assert reached(corpus, "elephant-fridge/meeting", "長頸鹿 下一題") == "giraffe"


# -- the trick turned back: Taiwan's 沒差, the asker's own question --------------------------


@pytest.mark.parametrize("said", ["你跟豬才沒差吧", "是你跟豬沒差"])
def test_no_difference_in_taiwan_words_turns_it_back(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/ask"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


@pytest.mark.parametrize("said", ["隻豬先唔會問呢啲問題", "豬才不會問這種問題 人才會"])
def test_the_asker_s_question_turned_back_sees_through(corpus: Corpus, said: str) -> None:
    where = "you-and-pig/explain"  # the give-away or flips_it: the same ending (saw through)
    assert reached(corpus, where, said) in ("saw_through", "flips_it"), explained(
        corpus, where, said
    )


def test_a_plain_difference_still_explains(corpus: Corpus) -> None:
    assert reached(corpus, "you-and-pig/explain", "豬唔會玩手機") == "explains"


# -- once I say it out loud: the trick named beside a refusal ------------------------------


@pytest.mark.parametrize("said", ["講出口就輸 唔講", "我說出口你就爽了 不說"])
def test_once_i_say_it_names_the_trick(corpus: Corpus, said: str) -> None:
    where = "dad-in-english/dad"
    assert reached(corpus, where, said) == "sees_through", explained(corpus, where, said)


# -- handwriting's 系: 先至係 (the one who is), 又系 ------------------------------------------


@pytest.mark.parametrize("said", ["你先至係豬呀", "你先至系豬"])
def test_sin_zi_hai_turns_it_back(corpus: Corpus, said: str) -> None:
    # (pig-ran-away's give-away, 你才是猪: at forget-pig the retort quite alone denies, wp27)
    where = "pig-ran-away/ask"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


# -- the asker bidden to tell first ---------------------------------------------------------


@pytest.mark.parametrize("said", ["你先講你係咪想放假", "你先說你是不是在想吃宵夜"])
def test_telling_the_asker_to_answer_first_guesses_nothing(corpus: Corpus, said: str) -> None:
    where = "guess-my-thoughts/guess"
    assert reached(corpus, where, said) is None, explained(corpus, where, said)


def test_a_guess_said_plainly_still_guesses(corpus: Corpus) -> None:
    assert reached(corpus, "guess-my-thoughts/guess", "想放假") == "guesses_thing"


# -- seeing through in Cantonese: 呃唔到我, 想我認…, 跟落去 predicting ---------------------


@pytest.mark.parametrize("said", ["今次呃唔到我喇", "哈 呃唔到我嘅"])
def test_you_cant_fool_me_in_cantonese_sees_through(corpus: Corpus, said: str) -> None:
    where = "xiaoming-third-son/ask"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


@pytest.mark.parametrize("said", ["想我認自己係傻瓜呀", "你要我自己認傻瓜？唔該"])
def test_wanting_me_to_admit_it_sees_through(corpus: Corpus, said: str) -> None:
    where = "fool-in-english/ask"
    assert reached(corpus, where, said) == "sees_through", explained(corpus, where, said)


def test_the_next_line_predicted_with_gan_lok_heoi_sees_through(corpus: Corpus) -> None:
    where, said = "follow-me-baba/first", "跟落去係咪我嘅老豆 我知㗎"
    assert reached(corpus, where, said) == "saw_through", explained(corpus, where, said)


# -- refusing to give personal data (Taiwan's 個資) -----------------------------------------


@pytest.mark.parametrize("said", ["不給個資喔", "個資不給你啦"])
def test_keeping_personal_data_refuses(corpus: Corpus, said: str) -> None:
    where = "zodiac-belong/ask"
    assert reached(corpus, where, said) == "refuses", explained(corpus, where, said)


# -- the crocodiles at the animal meeting, in the routine's own punchline words -------------


@pytest.mark.parametrize("said", ["啲鱷魚全部去咗開動物大會啦", "鱷魚都去開動物大會了嘛"])
def test_the_crocodiles_at_the_meeting_sees_through(corpus: Corpus, said: str) -> None:
    where = "elephant-fridge/river"  # swim sees through too: the same ending
    assert reached(corpus, where, said) in ("saw_through", "swim"), explained(corpus, where, said)


def test_who_missed_the_meeting_still_answers(corpus: Corpus) -> None:
    assert reached(corpus, "elephant-fridge/meeting", "長頸鹿冇去開動物大會") == "giraffe"


# -- 嘅 typed 既 (handwriting input); words the branches lacked: a voice praised, an ant ---


@pytest.mark.parametrize("said", ["我既", "我既呀"])
def test_ge_typed_as_gei_types_the_line(corpus: Corpus, said: str) -> None:
    where = "follow-me-baba/second"
    assert reached(corpus, where, said) == "typed", explained(corpus, where, said)


def test_gei_yin_keeps_its_own_sense(corpus: Corpus) -> None:
    assert reached(corpus, "follow-me-baba/second", "我既然") is None


@pytest.mark.parametrize("said", ["你把聲好好聽", "你聲音好聽過DJ"])
def test_a_voice_praised_is_a_compliment(corpus: Corpus, said: str) -> None:
    where = "compliment-game/ask"
    assert reached(corpus, where, said) == "compliment", explained(corpus, where, said)


def test_an_ant_in_cantonese_is_another_animal(corpus: Corpus) -> None:
    where, said = "lost-deer/ask", "蟻囉"
    assert reached(corpus, where, said) == "other_animal", explained(corpus, where, said)
