"""The shortcuts folding and number reading take for speed give what the long way gives."""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata

from bot.content.corpus import Corpus
from understanding import text
from understanding.matcher import _ALONE_REACH, MAX_HITS, Hit, _stands_alone, _value


def test_every_character_the_fast_path_keeps_is_one_folding_keeps() -> None:
    pattern = text._KEPT.pattern[1:-2]  # the class's inside: "[...]*"
    kept = []
    for first, last in _ranges(pattern):
        kept += [chr(code) for code in range(ord(first), ord(last) + 1)]
    assert len(kept) > 20_000
    changed = [ch for ch in kept if ch.translate(text._CHAR_FOLD) != ch]
    assert changed == []
    assert text._KEPT.fullmatch("我不知道, 八把。") and not text._KEPT.fullmatch("八\u200b把")


def test_the_character_scans_answer_as_the_regexes_they_stand_for() -> None:
    # fold's and clauses' loops over code points, against the regex each replaced, character
    # by character (one character decides each loop): the whole Basic Multilingual Plane, the
    # astral planes sampled, with the bounds of their Chinese ranges
    han = re.compile(f"[{text.HAN_CLASS}]+")
    bounds = [0x1FFFF, 0x20000, 0x2A6DF, 0x2A6E0, 0x3134F, 0x31350, 0x10FFFF]
    for code in [*range(0x10000), *range(0x10000, 0x110000, 61), *bounds]:
        char = chr(code)
        assert text._kept(char) == bool(text._KEPT.fullmatch(char)), hex(code)
        assert text._chinese(char) == bool(text._CHINESE.search(char)), hex(code)
        assert text._all_han(char) == bool(han.fullmatch(char)), hex(code)
        if re.match(r"\d", char):
            assert text._maybe_digit(char), hex(code)
    assert text._kept("") and not text._chinese("") and text._all_han("")
    assert not text._maybe_digit("我不知道, 八把。") and text._maybe_digit("八把 8")


def test_full_width_punctuation_narrowed_as_nfkc_narrows_it() -> None:
    # fold's shortcut past NFKC: each character it narrows, alone and among kept ones, and
    # random texts of both, against unicodedata's NFKC; any other character takes the long way
    narrowed = [chr(code) for code in range(0xFF01, 0xFF5F)] + ["\u3000", "\u2026"]
    kept = ["a", "Z", " ", "?", "我", "把", "。", "、", "【", "\u2014", "\u201c", "8"]
    rng = random.Random(7)
    texts = narrowed + ["八把" + ch for ch in narrowed] + [ch + "ab" for ch in narrowed]
    texts += [
        "".join(rng.choice(narrowed + kept) for _ in range(rng.randint(0, 12)))
        for _ in range(20000)
    ]
    for said in texts:
        wide = text._narrowed(said)
        assert wide == unicodedata.normalize("NFKC", said), said
        assert text._kept(wide), said
    for other in ["😂", "\u200b", "①", "ｶ", "\uff5f", "\u2025", "八\u0301", "ＡＢ\u0301"]:
        assert text._narrowed("八把？" + other) is None, other


def test_the_worded_sum_hint_answers_as_its_regex() -> None:
    # the compiled scan against the regex it replaced (now made of the operators): the words, their pieces and near
    # misses, and random strings of their letters
    texts = ["十减二", "ten minus two", "8 plus", "2 times", "take away 3", "take  away", "加"]
    texts += ["multiplied", "divided by", "乘以", "除", "minu s", "plu", "TIMES", "", "time s"]
    texts += ["八把", "m", "mi", "tak", "take awa", "xdivided", "divide", "timesplus"]
    rng = random.Random(3)
    letters = "minusplustimesmultiplieddividedtake away减加乘除八 "
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    # the regex the scan replaced, made of the operators (减加乘除, minus… take away)
    hint = re.compile(
        "|".join(map(re.escape, sorted({k[0] for k in text._CN_OPERATORS}, reverse=True)))
        + "|"
        + "|".join(map(re.escape, text._WORDED_SUM_WORDS))
    )
    for said in texts:
        assert text._worded_sum_hint(said) == bool(hint.search(said)), said


def test_digits_read_as_canonical_reads_them() -> None:
    # _digits' shortcut for a run of ASCII digits, against Decimal's reading (28 digits of
    # precision: a longer run is rounded there, and takes the long way)
    rng = random.Random(5)
    runs = ["0", "00", "08", "800", "1" + "0" * 27, "9" * 28, "9" * 29, "1" * 40]
    runs += [
        "".join(rng.choice("00123456789") for _ in range(rng.randint(1, 40))) for _ in range(3000)
    ]
    for run in runs:
        assert text._digits(run) == text.canonical(run), run


def test_a_short_run_of_numerals_reads_as_cn2an_reads_it() -> None:
    assert len(text._SHORT_NUMERALS) == 13 + 13 * 13
    for run, value in text._SHORT_NUMERALS.items():
        assert value == text._chinese_number.__wrapped__(run)
    assert text._SHORT_NUMERALS["两"] == "2" and text._SHORT_NUMERALS["八十"] == "80"


def test_folding_normalises_what_is_not_normalised_yet() -> None:
    lexicon = _lexicon()
    assert text.fold("８ 把", lexicon) == "8 把"  # full width: NFKC
    assert text.fold("ＯＫ，八把？", lexicon) == text.fold("OK,八把?", lexicon)  # (_narrowed)
    assert text.fold("ＯＫ\u0301", lexicon) == "oḱ"  # the long way: a mark combines
    assert text.fold("Ⅷ", lexicon) == "8" and text.fold("ﬁve", lexicon) == "five"
    assert unicodedata.is_normalized("NFKC", text.fold("café", lexicon))


def _ranges(inside: str) -> list[tuple[str, str]]:
    found, i = [], 0
    while i < len(inside):
        if i + 2 < len(inside) and inside[i + 1] == "-":
            found.append((inside[i], inside[i + 2]))
            i += 3
        else:
            found.append((inside[i], inside[i]))
            i += 1
    return found


def _lexicon():  # type: ignore[no-untyped-def]
    from bot.content.corpus import DEFAULT_LEXICON, load_lexicon

    return load_lexicon(DEFAULT_LEXICON)


def _unlike_the_others(number: int, name: str) -> object:
    """A value for a field of Hit that no other field holds, of the field's own type: the
    compiled class checks the types it is given (and its fields' `type` does not say them)."""
    like = getattr(Hit(1, "number", "8", "yes"), name)
    return 100 + number if isinstance(like, int) else f"value {number}"


def _every_field_set() -> Hit:
    hit = Hit(1, "number", "8")
    for number, field in enumerate(dataclasses.fields(Hit)):
        setattr(hit, field.name, _unlike_the_others(number, field.name))
    return hit


def test_a_hit_for_another_branch_copies_every_field() -> None:
    hit = _every_field_set()
    assert hit.for_branch(7) == dataclasses.replace(hit, branch=7)


def test_a_hits_value_holds_every_field_equality_compares() -> None:
    hit = _every_field_set()
    for number, field in enumerate(dataclasses.fields(Hit)):
        other = dataclasses.replace(
            hit, **{field.name: _unlike_the_others(number + 50, field.name)}
        )
        assert other != hit and _value(other) != _value(hit)
    assert _value(dataclasses.replace(hit)) == _value(hit)


def test_a_numeral_run_regex_with_its_lookbehind_finds_what_it_finds_without(
    corpus: Corpus,
) -> None:
    # elephant-fridge's counts of steps start where a run of numerals starts (linear on a
    # long run): the leftmost match is the same, so the lookbehind changes nothing found
    branches = [
        a
        for r in corpus.routines.values()
        for s in r.states.values()
        for a in s.answers
        if a.regex is not None and a.regex.pattern.startswith("(?<![")
    ]
    assert len(branches) == 2
    rng = random.Random(18)
    alphabet = "12345八四两十 步a不"
    texts = ["八" * 300 + "步", "八" * 300, "3步", "x 12 步", "四四 步 八"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for branch in branches:
        assert branch.regex is not None
        plain = re.compile(re.sub(r"^\(\?<!\[[^]]*\]\)", "", branch.regex.pattern), re.I)
        assert plain.pattern != branch.regex.pattern
        for typed in texts:
            found, expected = branch.regex.search(typed), plain.search(typed)
            assert (found and found.span()) == (expected and expected.span()), typed


def test_a_run_of_one_character_is_skipped_as_the_long_way_walks_it() -> None:
    lexicon = _lexicon()
    rng = random.Random(18)
    alphabet = ["不", "不", "不", "了", "吗", "好", "x", "?"]
    for _ in range(3000):
        texts = [rng.choice(alphabet) for _ in range(rng.randint(1, 14))]
        kinds = [text.WORD if t == "x" else text.QUESTION if t == "?" else text.HAN for t in texts]
        for i in range(len(texts)):
            if kinds[i] != text.HAN:
                continue
            for strict in (True, False):
                expected = _stands_alone_the_long_way(texts, kinds, i, strict, lexicon)
                assert _stands_alone(texts, kinds, i, strict, lexicon) == expected, (texts, i)


def _stands_alone_the_long_way(texts, kinds, i, strict, lexicon):  # type: ignore[no-untyped-def]
    """matcher._stands_alone for Chinese, as written before the run shortcut."""
    n, unit, particles = len(texts), texts[i], lexicon.particles_zh
    k, reach = i + 1, min(n, i + 1 + _ALONE_REACH)
    if not strict and k < n and unit in lexicon.directions_zh and texts[k] in lexicon.sides_zh:
        k += 1
    while k < reach and kinds[k] == text.HAN and (texts[k] == unit or texts[k] in particles):
        k += 1
    right = k == n or kinds[k] != text.HAN
    if not right:
        right = "".join(texts[k : k + 4]).startswith(lexicon.closers_zh)
    if not strict:
        return right
    if k < n:
        return False
    k, reach = i - 1, max(-1, i - 1 - _ALONE_REACH)
    while k > reach and kinds[k] == text.HAN and (texts[k] == unit or texts[k] in particles):
        k -= 1
    return k < 0


def test_a_long_answer_keeps_max_hits_of_what_it_dropped(corpus: Corpus) -> None:
    # hits dropped past MAX_HITS are not built at all: the first MAX_HITS are still kept
    state = corpus.routines["ten-knives"].states["ask"]
    match = state.understand("不" * 300)
    assert len(match.dropped) == MAX_HITS
    assert {h.why_not for h in match.dropped} == {"does not stand alone"}
    assert [h.start for h in match.dropped] == list(range(MAX_HITS))


def test_clauses_of_one_unit_flatten_as_longer_ones_do() -> None:
    parts = [(["🙃"], [text.SYM]), (["八"], [text.HAN]), (["a", "?"], [text.WORD, text.QUESTION])]
    parts += [(["八", "把"], [text.HAN, text.HAN]), (["2"], [text.NUM])]
    assert text.flat(parts) == "🙃 八 a 八把 2"


def test_the_equations_gate_lets_every_equation_through() -> None:
    # bot/content/reading.py's _pun_spelt_out's gate: every marker it looks for opens on a
    # character the gate's search finds (both the lexicon's since unify26: equation_words,
    # Lexicon.equation_firsts)
    from tests.support.understanding import LEXICON

    assert LEXICON.equation_words
    for marker in LEXICON.equation_words:
        assert LEXICON.equation_firsts.search(f"八把{marker}爸爸"), marker
        assert LEXICON.equation_firsts.match(marker), marker


def test_the_characters_seen_are_the_ones_the_substring_tests_find() -> None:
    # fold's one pass (`_seen`) against the substring tests it gates, on random texts of
    # those characters and others
    rng = random.Random(11)
    letters = "'`-wth.0 aehfn把？ＷT"
    marks = {
        text._SEEN_APOSTROPHE: "'`",
        text._SEEN_HYPHEN: "-",
        text._SEEN_W: "w",
        text._SEEN_T: "t",
        text._SEEN_H: "h",
        text._SEEN_DOT: ".",
        text._SEEN_ZERO: "0",
    }
    for _ in range(20000):
        said = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        seen = text._seen(said)
        for bit, chars in marks.items():
            assert bool(seen & bit) == any(c in said for c in chars), (said, chars)


def test_the_chinese_characters_seen_are_the_ones_the_substring_tests_find() -> None:
    # the same for the Chinese rewrites' pass (`_seen_zh`)
    rng = random.Random(13)
    letters = "我过是不没得会落. 把過azA{`"
    marks = {
        text._SEEN_WO: "我",
        text._SEEN_GUO_SHI: "过是",
        text._SEEN_DOT: ".",
        text._SEEN_SPACE: " ",
        text._SEEN_NEGATOR: "不没",
        text._SEEN_DE: "得",
        text._SEEN_HUI: "会",
        text._SEEN_LATIN: "abcdefghijklmnopqrstuvwxyz",
    }
    for _ in range(20000):
        said = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        seen = text._seen_zh(said)
        for bit, chars in marks.items():
            assert bool(seen & bit) == any(c in said for c in chars), (said, chars)
