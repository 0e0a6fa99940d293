"""How Chinese characters sound: toneless pinyin, for slips of a pinyin keyboard.

Someone typing 长颈鹿 on a pinyin keyboard types "changjinglu" and picks a character; a wrong
pick gives a character of the same sound (长劲鹿, 你爱窝, 孙无空). `readings(char)` is every
toneless reading of a character (长: chang, zhang), from pypinyin's character table.

The table is read from the JSON file pypinyin ships (the one its `pinyin_dict` module is
built from): importing pypinyin itself loads its phrase dictionary too (~250 ms) for nothing
used here. If the file is not where it should be, pypinyin's module gives the same table.
Each character's readings are worked out on first sight and kept.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Final


@cache
def _table() -> dict[int, str]:
    """Code point → readings with tones, comma-separated ("zhǎng,cháng")."""
    spec = importlib.util.find_spec("pypinyin")
    path = Path(spec.origin).parent / "pinyin_dict.json" if spec and spec.origin else None
    if path is not None and path.is_file():
        return {int(code): readings for code, readings in json.loads(path.read_text()).items()}
    from pypinyin.pinyin_dict import pinyin_dict  # pragma: no cover - a changed packaging

    return dict(pinyin_dict)  # pragma: no cover


def load() -> None:
    """Read the table now (once per process), rather than inside the first answer."""
    _table()


# Each character's readings, worked out on first sight: a dict, not lru_cache, whose wrapper a
# compiled caller reaches through a Python call (~0.2 µs a character of a slip looked for).
_READ: Final[dict[str, frozenset[str]]] = {}
_READ_LIMIT: Final = 65536


def readings(char: str) -> frozenset[str]:
    """Every toneless reading of `char` (长: chang, zhang; 女: nu); empty if it has none."""
    found = _READ.get(char)
    if found is None:
        found = _readings(char)
        if len(_READ) < _READ_LIMIT:
            _READ[char] = found
    return found


def _readings(char: str) -> frozenset[str]:
    found = _table().get(ord(char)) if len(char) == 1 else None
    if not found:
        return frozenset()
    return frozenset(
        "".join(c for c in unicodedata.normalize("NFD", r) if not unicodedata.combining(c))
        for r in found.split(",")
    )


@cache
def main_reading(char: str) -> str:
    """The commonest reading of `char` with its tone, pypinyin's first (巴: bā; 拔: bá; 九: jiǔ,
    not its rare jiū); empty if it has none."""
    found = _table().get(ord(char)) if len(char) == 1 else None
    return unicodedata.normalize("NFC", found.split(",")[0]) if found else ""


def main_sound(char: str) -> str:
    """`main_reading` without its tone (还: hai, not its rare fu); empty if it has none."""
    return "".join(
        c for c in unicodedata.normalize("NFD", main_reading(char)) if not unicodedata.combining(c)
    )


def sound_alike(typed: str, meant: str) -> bool:
    """Whether two characters share a toneless reading."""
    return typed == meant or not readings(typed).isdisjoint(readings(meant))


@cache
def _by_main_sound() -> dict[str, tuple[str, ...]]:
    """Toneless reading → every character whose commonest reading it is (built on first use:
    only an answer spelt in zhuyin asks)."""
    found: dict[str, list[str]] = {}
    for code in _table():
        char = chr(code)
        sound = main_sound(char)
        if sound:
            found.setdefault(sound, []).append(char)
    return {sound: tuple(chars) for sound, chars in found.items()}


def read_as(sound: str) -> tuple[str, ...]:
    """Every character whose commonest reading is the toneless `sound` (sun: 孙, 损, 笋…);
    empty if no character is read so (a spelling of no syllable)."""
    return _by_main_sound().get(sound, ())
