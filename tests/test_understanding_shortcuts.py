"""The shortcuts folding and number reading take for speed give what the long way gives."""

from __future__ import annotations

import dataclasses
import unicodedata

from understanding import text
from understanding.matcher import Hit, _value


def test_every_character_the_fast_path_keeps_is_one_folding_keeps() -> None:
    pattern = text._KEPT.pattern[1:-2]  # the class's inside: "[...]*"
    kept = []
    for first, last in _ranges(pattern):
        kept += [chr(code) for code in range(ord(first), ord(last) + 1)]
    assert len(kept) > 20_000
    changed = [ch for ch in kept if ch.translate(text._CHAR_FOLD) != ch]
    assert changed == []
    assert text._KEPT.fullmatch("我不知道, 八把。") and not text._KEPT.fullmatch("八\u200b把")


def test_a_short_run_of_numerals_reads_as_cn2an_reads_it() -> None:
    assert len(text._SHORT_NUMERALS) == 13 + 13 * 13
    for run, value in text._SHORT_NUMERALS.items():
        assert value == text._chinese_number.__wrapped__(run)
    assert text._SHORT_NUMERALS["两"] == "2" and text._SHORT_NUMERALS["八十"] == "80"


def test_folding_normalises_what_is_not_normalised_yet() -> None:
    lexicon = _lexicon()
    assert text.fold("８ 把", lexicon) == "8 把"  # full width: NFKC
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


def test_a_hit_for_another_branch_copies_every_field() -> None:
    hit = Hit(1, "number", "8")
    for number, field in enumerate(dataclasses.fields(Hit)):
        setattr(hit, field.name, f"value {number}")  # every field set, whatever its kind
    assert hit.for_branch(7) == dataclasses.replace(hit, branch=7)


def test_a_hits_value_holds_every_field_equality_compares() -> None:
    hit = Hit(1, "number", "8")
    for number, field in enumerate(dataclasses.fields(Hit)):
        setattr(hit, field.name, f"value {number}")
    for field in dataclasses.fields(Hit):
        other = dataclasses.replace(hit, **{field.name: "something else"})
        assert other != hit and _value(other) != _value(hit)
    assert _value(dataclasses.replace(hit)) == _value(hit)
