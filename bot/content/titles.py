"""Finding a routine by what people type after /prank: its id, its title in any language, one
of the other names it is called by (`also_called` in the corpus: 生肖, 心脏, zodiac), or a part
of any of them, with a typo forgiven. An other name is read as a title is, by every rule below
(ops26: /prank 生肖, 心臟, 年齡 found nothing).

`TitleIndex(routines)` is compiled with the corpus (`Corpus.titles`: a /reload brings its own
with its routines); `find(name)` answers in a few microseconds. The rules, in
order, the first that fits any routine deciding:

1. **exact**: the id (`ten-knives`), the id without dashes (`tenknives`), or a whole title in
   any language, compared without case, spaces or punctuation, Traditional folded to
   Simplified (`十把刀`, `Ten knives`, `一和三的中間`); or a kind's name (the corpus's
   `kinds`: `riddle`, `表白`), which finds every routine of the kind.
2. **words**: every word typed is a whole word of the routine's id or one of its titles
   (`toast`, `last thing off`, `knives ten`), and every run of Chinese characters typed is
   part of one of its Chinese titles, one character included (`刀` finds 十把刀, `大象`
   finds 大象装冰箱); of an other name, two characters or more (`岁数` finds guess-my-age
   by 岁数; `心` only heart-side, by its title, not the routines called 死心塌地 or 猜心思).
3. **part**: as 2, but a Latin word of three letters or more may be the start of a word
   (`knive`, `toa`).
4. **typo**: as 3, but a Latin word of four letters or more may be a small edit away from a
   word: one letter (a transposition counts as one), two for words of eight letters or more
   (`gulible`, `toats`); and a run of four Chinese characters or more may be one character
   from a part of a Chinese title, 之 read as 的 (`一和三之间` for 一和三的中间, `十把飞刀`).
5. **question**: as 4, but a word may be one of the routine's opening question instead, in
   any language (the chat's and the others): a whole Latin word, or a run of Chinese
   characters found in it (`爸爸` finds the English quiz, which asks what 爸爸 is in
   English; `daughters` the five daughters). People name a routine by what it asks as well
   as by its title (newuser22: `/prank 爸爸` found nothing). One Chinese character or one
   letter names a routine so only where one question alone holds it (`QUESTION_WORD_MIN`: 爸
   finds the quiz, 吗 nothing). One routine found so is offered, not played (`Engine.prank`:
   猫 is in the pig's question, and no name of it; ops29): the words people name a routine by
   are its `also_called`. The loosest rule: a lone word
   that may be a friend's username is the friend in a group (`Engine.prank`).

A routine found by rule 3 or 4 through an other name's word (`cat`, the start of ten-knives's
"catching knives"; `horse`, a typo of the bear's "square house"), or through a typo of a title's
word under TYPO_MIN letters (`goat` for "got"), is no routine the user named (`Found.own`
false): the caller offers it, not plays it (ops30c). A part or a typo of the routine's own id
or title (`toats`, `knive`, `十把飞刀`) is its name mistyped, and plays.

Several routines may fit one rule: the caller asks which was meant. Deterministic: routines
come back sorted by id.

A Chinese word said twice over (猫猫, 狗狗, 猪猪: how people name an animal fondly) that no rule
fits as typed is read once (猫), by the same rules (ops30b: /prank 猫猫 found nothing, where 猫
offers the pig, whose question holds it).

An emoji alone is the words the lexicon's `emoji` says it stands for (🐘: 大象, elephant), the
first that rule 1, 2 or 5 fits: a typo forgiven in a word nobody typed finds nonsense.

A name holding what regexes and code are written with (`[^a]`, `a.*`, `\\d+`: `_CODE_MARKS`),
no whole name (rule 1) and no word a name is found by (a Chinese character, a Latin word of
PREFIX_MIN letters or more: `[toast]` is toast) is junk: no other rule fits it, and nothing is
near it (ops30: the letter left of `[^a]`, `a`, "fit more than one routine").

Where no rule fits, `near(name)` lists the routines closest to it, for the caller to offer: those
whose names share the most of what was typed, a Latin word (as rule 4 reads it) or a Chinese
character, counted only where it is in the names of at most NEAR_SHARED routines (岁 of 岁数
is in one, guess-my-age's; 我 and "the" are in many and say nothing) and is no character of
grammar (the lexicon's name_fillers_zh: 的, 不, 在 say nothing of a name however few hold them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from bot.i18n.language import LANGUAGES
from understanding.text import to_simplified

if TYPE_CHECKING:
    from collections.abc import Mapping

    from bot.content.corpus import Routine
    from bot.i18n.language import Text

EXACT, WORDS, PART, TYPO, QUESTION = "exact", "words", "part", "typo", "question"
HOW = (EXACT, WORDS, PART, TYPO, QUESTION)  # from the surest to the loosest

_CJK = r"\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKENS = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
PREFIX_MIN = 3  # a Latin word this long may be the start of a title's word
CJK_TYPO_MIN = 4  # a run of Chinese characters this long may be one character off
# Words of a question this short (one Chinese character, one letter) name a routine only where
# one question alone holds them: 爸 is the English quiz's, 吗 is in most questions and names
# none (review23: /prank 吗 listed 8).
QUESTION_WORD_MIN = 2
# The particle 之 says what 的 says in a title ("一和三之间" for 一和三的中间)
_PARTICLES = str.maketrans({"之": "的"})
TYPO_MIN = 4  # a Latin word this long may have a typo
TYPO_TWO = 8  # a Latin word this long may have two
NEAR_SHARED = 3  # a word or character in more routines' names than this says nothing of one
NEAR_MOST = 3  # close routines listed at most
# A name people type is a few words: an `also_called` name longer than this is refused (`bot
# check`), as no /prank should walk a paragraph for each routine (redteam26: 20,000 characters)
NAME_MOST = 64
# What regexes and code are written with, and no name people call a routine by: a name typed
# with one is junk (see the module)
_CODE_MARKS = re.compile(r"[\[\]{}()^$*+\\|<>=~`#%;]")


def title_key(title: str) -> str:
    """A title as compared whole: Simplified characters, case, punctuation and spaces ignored."""
    return _key(_folded(title))


def tokens(text: str) -> list[str]:
    """The words of `text`, casefolded and in Simplified characters: runs of Chinese characters
    and Latin (or other) words, apart. `Mary's dad` → mary, s, dad."""
    return _TOKENS.findall(_folded(text))


def _folded(text: str) -> str:
    return to_simplified(text).casefold()


def _key(folded: str) -> str:
    # filter with the method itself, not a generator: no frame resumed a character (~1,800
    # titles and names a load: a third of the index's build)
    return "".join(filter(str.isalnum, folded))


@dataclass(frozen=True)
class Found:
    """The routines that fit a name, and how (one of HOW); none: `how` is None."""

    routines: tuple[Routine, ...] = ()
    how: str | None = None
    # rule 3 or 4 (part, typo): whether each word typed is part of, or a typo of a word of
    # TYPO_MIN letters or more of, the routine's own id or titles, not of an other name
    # (ops30c: /prank horse, a typo of square house's "house", and /prank goat, of "got",
    # played what nobody asked for); one found otherwise is offered, not played (`Engine.prank`)
    own: bool = True

    @property
    def one(self) -> Routine | None:
        """The routine, when exactly one fits."""
        return self.routines[0] if len(self.routines) == 1 else None


@dataclass(frozen=True)
class _Entry:
    routine: Routine
    words: frozenset[str]  # Latin words of the id and the titles
    chinese: tuple[str, ...]  # the Chinese titles' and other names' keys, for parts of them
    titled: tuple[str, ...]  # the Chinese titles' keys alone, for one character typed
    asked: frozenset[str]  # Latin words of the opening question, in every language
    asked_chinese: tuple[str, ...]  # the opening question's keys, in every Chinese variety
    own_words: frozenset[str]  # Latin words of the id and the titles alone, for `Found.own`
    typo_shortest: int = PREFIX_MIN  # a title's word shorter than this has no typo (`_own`)


class TitleIndex:
    """Every routine of a corpus by its id and titles, for `find`."""

    def __init__(
        self,
        routines: Mapping[str, Routine],
        fillers: frozenset[str] = frozenset(),
        emoji: Mapping[str, tuple[str, ...]] | None = None,
        kinds: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        """`fillers`: the characters of grammar `near` counts for no routine (the lexicon's
        name_fillers_zh: 的, 不, 在); `emoji`: what an emoji stands for (the lexicon's emoji:
        🐘 大象, elephant), a name /prank 🐘 finds a routine by; `kinds`: the routines a kind's
        name finds, by the name's key (the corpus's `kinds`: riddle, 表白), found whole (rule 1)."""
        self.routines = routines
        self._emoji = emoji or {}
        self._exact: dict[str, list[Routine]] = {}
        self._entries: list[_Entry] = []
        for rid in sorted(routines):
            routine = routines[rid]
            shown = [routine.title.in_(lang) for lang in LANGUAGES]  # as /list shows it
            # each read once: zh and en are among those shown; its other names read as titles
            named = [t for t in dict.fromkeys((routine.title.zh, routine.title.en, *shown)) if t]
            also = [t for t in dict.fromkeys(routine.also_called) if t not in named]
            titles = named + also
            # each title folded once, for its key and its words: folding converts a Traditional
            # title with OpenCC, and reading each three times was ~170 conversions a load
            folded = [_folded(t) for t in titles]
            keys = [_key(f) for f in folded]
            for key in {title_key(rid), *keys}:
                if key:
                    self._exact.setdefault(key, []).append(routine)
            words = {
                w
                for text in (_folded(rid.replace("-", " ")), *folded)
                for w in _TOKENS.findall(text)
            }
            latin = frozenset(w for w in words if not _IS_CJK.match(w))
            own_words = frozenset(
                w
                for text in (_folded(rid.replace("-", " ")), *folded[: len(named)])
                for w in _TOKENS.findall(text)
                if not _IS_CJK.match(w)
            )
            chinese = tuple(
                sorted({k for t, k in zip(titles, keys, strict=True) if _IS_CJK.search(t)})
            )
            titled = tuple(k for k in chinese if k in keys[: len(named)])
            asked, asked_chinese = _words_of(routine.states[routine.start].say)
            entry = _Entry(routine, latin, chinese, titled, asked, asked_chinese, own_words)
            self._entries.append(entry)
        # a kind's name, whole, finds every routine of the kind (`kinds` is keyed as `_exact`)
        for key, rids in (kinds or {}).items():
            self._exact.setdefault(key, []).extend(routines[r] for r in rids if r in routines)
        # the routines whose names hold each Chinese character, for `near`: a table, so that a
        # name typed is read a character at a time, not a walk of every name for each
        # (redteam26: every name's characters typed at once walked them all, ~25 ms); a
        # character of grammar none, so it makes no routine close (newuser26: 不存在的 offered
        # three by 不在的)
        held: dict[str, list[_Entry]] = {}
        for entry in self._entries:
            for char in sorted(set("".join(entry.chinese)) - fillers):
                held.setdefault(char, []).append(entry)
        self._holders = {char: tuple(entries) for char, entries in held.items()}
        # The longest a word typed may be and still fit a rule: a run of Chinese characters as
        # long as a name or a question (one more for a typo), a Latin word as long as the
        # longest (two more for two typos). A longer word fits none, and `find` says so
        # before comparing it with every name (redteam26: 4,096 characters, ~200 ms).
        cjk = [k for e in self._entries for k in (*e.chinese, *e.asked_chinese)]
        latin = [w for e in self._entries for w in (*e.words, *e.asked)]
        self._longest_cjk = max(map(len, cjk), default=0) + 1
        self._longest_latin = max(map(len, latin), default=0) + 2

    def find(self, name: str) -> Found:
        """The routines `name` names, by the first rule that fits any (see the module)."""
        name = name.strip()
        # an emoji alone is the words it stands for, the first that finds one (newuser26:
        # /prank 🐘 found no routine called “🐘”)
        standing = self._emoji.get(name) or self._emoji.get(name.replace("\ufe0f", ""), ())
        for said in standing:  # as typed, or without the emoji style mark (U+FE0F)
            # by its words as written: a typo forgiven in a word nobody typed finds nonsense
            # (🍞's "bread" is one letter from "read", of reverse-baba's "Read it backwards")
            if (by_emoji := self.find(said)).how not in (None, PART, TYPO):
                return by_emoji
        found = self.routines.get(name.lower())
        if found is not None:
            return Found((found,), EXACT)
        exact = self._exact.get(title_key(name))
        if exact:
            return Found(tuple(exact), EXACT)
        typed = tokens(name)[:12]  # a title is a few words: a paragraph is not a title
        if _junk(name, typed):
            return Found()  # see the module
        if not typed or any(self._too_long(word) for word in typed):
            return Found()  # every word must fit: one that fits no name, none does
        for how in HOW[1:]:
            fits = tuple(e.routine for e in self._entries if _fits(e, typed, how))
            if how == QUESTION and len(fits) > 1 and _too_short_to_name(typed):
                return Found()
            if fits and how in (PART, TYPO):
                ids = {r.id for r in fits}
                own = all(_fits(_own(e), typed, how) for e in self._entries if e.routine.id in ids)
                return Found(fits, how, own)
            if fits:
                return Found(fits, how)
        once = [_once(word) for word in typed]
        if once != typed:  # 猫猫 read as 猫 (see the module)
            return self.find(" ".join(once))
        return Found()

    def near(self, name: str, lang: str | None = None) -> tuple[Routine, ...]:
        """The routines closest to a name that none fits (see the module), the closest first
        (then by id), NEAR_MOST at most, those that play in `lang` alone where it is given
        (ops29: /prank 属鸡 offered a Chinese chat the English rooster); none: nothing typed
        is in few routines' names."""
        if _junk(name, tokens(name)[:12]):
            return ()  # near nothing either (see the module)
        closeness: dict[str, int] = {}
        for unit in _near_units(tokens(name)[:12]):
            if _IS_CJK.match(unit):
                holding = list(self._holders.get(unit, ()))
                if len(holding) > NEAR_SHARED:
                    continue
            else:
                holding = [e for e in self._entries if _word_fits(e, unit, TYPO)]
                if len(holding) > NEAR_SHARED:
                    continue
            for entry in holding:
                closeness[entry.routine.id] = closeness.get(entry.routine.id, 0) + 1
        here = [rid for rid in closeness if lang is None or self.routines[rid].plays_in(lang)]
        ranked = sorted(here, key=lambda rid: (-closeness[rid], rid))
        return tuple(self.routines[rid] for rid in ranked[:NEAR_MOST])

    def _too_long(self, word: str) -> bool:
        """Whether a word typed is longer than any it could fit (see `__init__`)."""
        return len(word) > (self._longest_cjk if _IS_CJK.match(word) else self._longest_latin)


def _junk(name: str, typed: list[str]) -> bool:
    """Whether `name` is junk, no name (see the module): it holds a mark regexes and code are
    written with, and no word of it is one a name is found by (a Chinese character, or a Latin
    word of PREFIX_MIN letters: `[toast]`, typed as /link [routine] is written, is toast)."""
    if _CODE_MARKS.search(name) is None:
        return False
    return not any(_IS_CJK.match(word) or len(word) >= PREFIX_MIN for word in typed)


def _own(entry: _Entry) -> _Entry:
    """`entry` as its id and titles alone name it: no other name, and no Latin word shorter
    than TYPO_MIN, which a typo of a longer one is no slip of (goat is not "got")."""
    return replace(entry, words=entry.own_words, chinese=entry.titled, typo_shortest=TYPO_MIN)


def _once(word: str) -> str:
    """A run of Chinese characters that is one word said twice over (猫猫, 小猪小猪), once;
    any other word as it is."""
    half = len(word) // 2
    if half and len(word) % 2 == 0 and word[:half] == word[half:] and _IS_CJK.match(word):
        return word[:half]
    return word


def _near_units(typed: list[str]) -> list[str]:
    """What `near` weighs of the words typed: each Latin word, and each Chinese character once."""
    units = [word for word in typed if not _IS_CJK.match(word)]
    chars = "".join(word for word in typed if _IS_CJK.match(word))
    return units + list(dict.fromkeys(chars))


def _words_of(question: Text) -> tuple[frozenset[str], tuple[str, ...]]:
    """A question's Latin words and its Chinese keys, read in every language it is said in."""
    said = [t for t in dict.fromkeys(question.in_(lang) for lang in LANGUAGES) if t]
    folded = [_folded(t) for t in said]
    latin = frozenset(w for f in folded for w in _TOKENS.findall(f) if not _IS_CJK.match(w))
    chinese = tuple(sorted({_key(f) for f in folded if _IS_CJK.search(f)}))
    return latin, chinese


def _too_short_to_name(typed: list[str]) -> bool:
    return all(len(word) < QUESTION_WORD_MIN for word in typed)


def _fits(entry: _Entry, typed: list[str], how: str) -> bool:
    return all(_word_fits(entry, word, how) for word in typed)


def _word_fits(entry: _Entry, word: str, how: str) -> bool:
    if how == QUESTION:
        if _IS_CJK.match(word) and any(word in asked for asked in entry.asked_chinese):
            return True
        if word in entry.asked:
            return True
    if _IS_CJK.match(word):
        # one character by the titles alone: 心 is in other names (死心塌地, 猜心思) than
        # heart-side's 我的心在哪边, which it found before they were written
        if any(word in title for title in (entry.chinese if len(word) > 1 else entry.titled)):
            return True
        if how not in (TYPO, QUESTION) or len(word) < CJK_TYPO_MIN:
            return False
        near = _particles(word)
        return any(_near_part(near, _particles(title)) for title in entry.chinese)
    if word in entry.words:
        return True
    if how == WORDS or len(word) < PREFIX_MIN:
        return False
    if any(w.startswith(word) for w in entry.words):
        return True
    if how not in (TYPO, QUESTION) or len(word) < TYPO_MIN:
        return False
    most = 2 if len(word) >= TYPO_TWO else 1
    return any(
        abs(len(w) - len(word)) <= most and OSA.distance(word, w, score_cutoff=most) <= most
        for w in entry.words
        if len(w) >= entry.typo_shortest
    )


def _particles(text: str) -> str:
    return text.translate(_PARTICLES)


def _near_part(word: str, title: str) -> bool:
    """Whether `word` is one character (changed, added, left out, or two swapped) from a
    part of `title`."""
    for size in (len(word) - 1, len(word), len(word) + 1):
        for start in range(len(title) - size + 1):
            if OSA.distance(word, title[start : start + size], score_cutoff=1) <= 1:
                return True
    return False
