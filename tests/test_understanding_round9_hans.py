"""Round nine's Simplified Mandarin pass (issue 18; round eight's final set as a tuning set, and
the Hefei, Xiamen and Shijiazhuang tuning writers): the polite 您, Malaysian 冷 and Minnan 汝 as
你, Minnan's 哇 for 我 where no "wow" fits, Beijing's 儿, northern and Southwest words, the
trick named as a trap or as what the asker is up to, 啊不 correcting, and a word asking what
that is no slip. Each kind is said in words written for this file."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import matching, picks, units
from understanding.matcher import Branch

# -- 你 said politely (您), in Kuala Lumpur (冷) or in Minnan (汝) ---------------------------


@pytest.mark.parametrize("said", ["您比较像猪哈哈", "您才像猪吧", "冷比较像猪咯", "汝才像猪啦"])
def test_the_asker_named_as_nin_leng_or_ru_is_you_inside_a_phrase(
    corpus: Corpus, said: str
) -> None:
    found = corpus.routines["you-and-pig"].states["explain"].understand(said)
    assert found.branch_id == "flips_it", found.explain()


@pytest.mark.parametrize("said", ["您才是傻瓜吧", "冷才是傻瓜咯", "汝才是傻瓜"])
def test_the_fool_turned_back_with_nin_leng_or_ru_is_no_fall(corpus: Corpus, said: str) -> None:
    found = corpus.routines["inedible-melon"].states["retry"].understand(said)
    assert found.branch_id == "sees_through", found.explain()


@pytest.mark.parametrize("said", ["您", "叫您老师", "那就叫您阿姨呗", "叫你阿姨好了"])
def test_nin_alone_still_addresses_an_elder(corpus: Corpus, said: str) -> None:
    found = corpus.routines["guess-my-age"].states["address"].understand(said)
    assert found.branch_id == "fell", found.explain()


def test_minnan_wa_is_i_only_where_no_wow_fits() -> None:
    assert units("哇知影") == ["我", "知", "道"]
    assert units("哇才不要") == ["我", "才", "不", "要"]
    assert units("汝") == ["你"]
    assert units("哇，好厉害")[0] == "哇"
    assert units("哇塞") == ["哇", "塞"]


# -- Beijing's 儿, northern and Southwest words ------------------------------------------------


def test_erhua_after_dian_and_yan_is_the_word_without_it() -> None:
    assert units("缺点儿") == units("缺点")
    assert units("心眼儿实") == units("心眼实")


def test_northern_shua_wan_and_southwest_nao_ke_are_the_common_words() -> None:
    assert units("刷碗") == units("洗碗")
    assert units("脑壳疼") == units("脑袋疼")


def test_wu_wu_is_not_before_any_word_and_sha_after_one_is_si() -> None:
    assert units("勿讲") == units("不讲")
    assert units("想勿出") == units("想不出")
    assert units("忙煞了") == units("忙死了")
    assert units("请勿打扰")[:2] == ["请", "勿"]


# -- intents in regional and polite words -----------------------------------------------------

QUIZ = matching(
    [Branch("no", intents=("no",)), Branch("refuses", intents=("refuse",))],
    ["考考你：这个字怎么念？"],
)


@pytest.mark.parametrize(
    ("said", "meant"),
    [("这个就不告诉您了", "refuses"), ("不考 没兴致", "refuses"), ("用不着了", "no")],
)
def test_polite_and_northern_refusals(said: str, meant: str) -> None:
    assert picks(QUIZ, said) == meant, QUIZ.match(said).explain()


TRAP = matching(
    [Branch("answer", ("猪",)), Branch("saw", intents=("trick",))],
    ["你猜猜是什么动物？"],
)


@pytest.mark.parametrize("said", ["又想套我是吧", "想套我吧", "早知道你要干什么了"])
def test_a_trap_or_the_askers_plan_named_is_seeing_through(said: str) -> None:
    assert picks(TRAP, said) == "saw", TRAP.match(said).explain()


ASKED_WHY = matching(
    [Branch("know", ("知道",)), Branch("asks_why", intents=("why",))],
    ["你知道为什么吗？"],
)


def test_net_slang_wei_mao_asks_why() -> None:
    assert picks(ASKED_WHY, "到底为毛呀") == "asks_why", ASKED_WHY.match("到底为毛呀").explain()


DRINK = matching([Branch("tea", ("茶叶",)), Branch("coffee", ("咖啡",))], ["你想喝什么？"])


def test_a_bare_a_bu_corrects_what_came_before() -> None:
    assert picks(DRINK, "茶叶 啊不 咖啡") == "coffee", DRINK.match("茶叶 啊不 咖啡").explain()


# -- a word asking what is no slip ----------------------------------------------------------


@pytest.mark.parametrize("said", ["啥地啊", "啥地 我哪知道"])
def test_sha_asking_what_is_no_slip_towards_a_phrase(corpus: Corpus, said: str) -> None:
    found = corpus.routines["buy-land"].states["ask"].understand(said)
    assert found.branch_id is None, found.explain()


def test_a_slip_of_the_same_sound_still_reads(corpus: Corpus) -> None:
    found = corpus.routines["buy-land"].states["ask"].understand("傻地")
    assert found.branch_id == "names_land", found.explain()


# -- the corpus in regional words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("routine", "state", "said", "meant"),
    [
        ("guess-my-age", "address", "嬢嬢", "fell"),
        ("my-flaw", "guess", "饭吃得多呗", "names_flaw"),
        ("guess-my-thoughts", "guess", "想喝豆汁儿了吧", "guesses_thing"),
        ("imagine-chase", "ask", "赶紧 lari", "run"),
        ("lost-deer", "ask", "mi lu lor", "milu"),
        ("compliment-game", "ask", "您这人真局气", "compliment"),
        ("misread-char", "ask", "哪里有这个字啊", "no_such"),
        ("want-drink", "ask", "来壶大红袍", "names_drink"),
        ("pig-ran-away", "why", "你们是同类呗", "saw_through"),
        ("running-all-day", "ask", "又是土味的", "saw_through"),
        ("play-water", "ask", "又让我刷碗呀", "saw_through"),
        ("follow-me-baba", "third", "好大儿 乖", "sees_through"),
        ("you-and-pig", "ask", "zd啊", "claims_to_know"),
        ("you-and-pig", "ask", "你同猪才一样咧", "saw_through"),
        ("my-flaw", "guess", "有点拎勿清", "names_flaw"),
        ("buy-land", "ask", "一块苞米地", "names_land"),
        ("imagine-chase", "ask", "躲厕所把门反锁", "run"),
        ("guess-my-age", "ask", "勿猜", "refuses"),
        ("dad-in-english", "dad", "法泽 对吧", "fell"),
        ("dad-in-english", "grandpa", "格兰帕咯", "fell"),
        ("guess-my-thoughts", "guess", "中午去嗦粉", "guesses_thing"),
    ],
)
def test_routines_own_words_in_regional_voices(
    corpus: Corpus, routine: str, state: str, said: str, meant: str
) -> None:
    found = corpus.routines[routine].states[state].understand(said)
    assert found.branch_id == meant, found.explain()
