"""The corpus: prank routines, one-liners and dialogues, loaded from YAML and validated.

Validation collects every problem with the line it is on, so a writer fixes a file in one go.
Each state's answers are compiled into a `Matcher` (understanding/matcher.py) on its first
answer (`RoutineState.matcher`), from what the load checked.
The file is parsed once into a node tree with the safe loader (libyaml's when present: 20x
faster), which keeps line numbers; the data is built from that tree by `SafeConstructor`, the
same constructor `yaml.safe_load` uses, so a corpus can never construct arbitrary objects.
A corpus file on disk is first read by yaml-rs, where it cannot read differently (`_fast_data`);
a file with a problem is read again as above, so every problem is told with its line.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, partial
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

import yaml
import yaml_rs

from bot.content.titles import NAME_MOST, TitleIndex, title_key
from bot.i18n.language import ENGLISH, LANGUAGES, SIMPLIFIED, WRITTEN, Text
from understanding.lexicon import Lexicon, LexiconError
from understanding.matcher import (
    QUESTION_CLAIMED_KNOWN,
    Branch,
    Hit,
    Match,
    Matcher,
    Phrase,
    compile_phrase,
    is_mention,
    phrase_keys,
    prepare,
)
from understanding.second_opinion import SecondOpinion
from understanding.text import UNREADABLE, ascii_words, canonical, clauses, fold, to_simplified

TRADITIONAL_KEY, HONG_KONG_KEY = "zh-hant", "zh-hk"
DEFAULT_TIMEOUT_SECONDS = 600.0
OTHERWISE = "otherwise"
# The word lists answers are understood with (understanding/lexicon.py): the `lexicon.yaml`
# beside a corpus file, else this one.
LEXICON_NAME = "lexicon.yaml"
DEFAULT_LEXICON = Path(__file__).resolve().parents[2] / "content" / LEXICON_NAME
# The labelled answers beside a corpus file (the eval's tuning sets, `tuning_for`), which its
# states' second opinions learn from (RoutineState.verdict), and the shipped corpus's.
TUNING = Path("eval") / "tuning"
DEFAULT_TUNING = DEFAULT_LEXICON.parent / TUNING
# The kinds of a rules' hit whose words the second opinion leaves alone when an answer is
# little more than them (understanding/second_opinion.py's guard).
_OWN_WORDS = ("phrase", "number", "intent")

_ROOT_KEYS = {"routines", "kinds", "jokes", "stories"}
_KIND_KEYS = {"names", "routines"}
_ROUTINE_KEYS = {
    "id",
    "title",
    "also_called",
    "plays",
    "not_dealt_in",
    "states",
    "start",
    "timeout",
    "give_away",
    "saw_through_reply",
}
_STATE_KEYS = {"say", "answers", "otherwise", "give_away", "saw_through_reply", "intents"}
_ANSWER_KEYS = {
    "id",
    "match",
    "intent",
    "number",
    "unit",
    "regex",
    "reply",
    "goto",
    "saw_through",
    "outcome",
}
_OTHERWISE_KEYS = {
    "hint",
    "dont_know_hint",
    "tries",
    "reveal",
    "outcome",
    "refused",
    "off_topic",
    "no_declines",
}
_ITEM_KEYS = {
    *("id", "zh", "en", TRADITIONAL_KEY, HONG_KONG_KEY, "restored", "plays", "skip"),
    "not_dealt_in",
}
_ITEM_KINDS = {"jokes": "one-liner", "stories": "dialogue"}
_TEXT_LANGUAGES = (*WRITTEN, TRADITIONAL_KEY, HONG_KONG_KEY)  # the keys of a text, in order
_TEXT_KEYS = set(_TEXT_LANGUAGES)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE_LOADER):  # type: ignore[misc, valid-type]  # base chosen at run time: CSafeLoader if libyaml is built
    """The safe loader with YAML 1.2 booleans: only true and false. In YAML 1.1 `yes`, `no`,
    `on` and `off` are booleans too, so `intent: yes` or `en: No` would not be words."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        """A node's tag. PyYAML's resolver tries, for every node, the regexes of a plain
        scalar's first character (and path resolvers, of which there are none); the same
        answer comes without them for the nodes no regex can claim: most of a corpus."""
        if kind is yaml.ScalarNode and implicit[0] and value[:1] in _RESOLVED_FIRSTS:
            return str(super().resolve(kind, value, implicit))
        return _DEFAULT_TAGS[kind]


_BOOL = "tag:yaml.org,2002:bool"
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _SAFE_LOADER.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "seq", "map"))
_SCALAR, _SEQUENCE, _MAPPING = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
_DEFAULT_TAGS = {_SCALAR: _STR, _SEQUENCE: _SEQ, _MAPPING: _MAP}
# The first characters of a plain scalar that some implicit resolver (null, int, float, bool,
# timestamp, merge, value) may claim; any other plain scalar is a string. "" is among them:
# the empty plain scalar (`key:`) is null, and resolve reads it as value[:1].
_RESOLVED_FIRSTS = frozenset(
    first for first, resolvers in _Loader.yaml_implicit_resolvers.items() if resolvers
)
if None in _RESOLVED_FIRSTS or _Loader.yaml_path_resolvers:  # what the shortcut does not read
    raise ImportError("PyYAML's resolvers changed: the loader's string shortcut no longer holds")

# yaml-rs (YAML 1.2, in Rust) builds the shipped corpus's data in ~6 ms, where PyYAML takes
# ~27 (libyaml's events, a node and two marks for each of ~15,700 nodes, then freeing them);
# rapidyaml parses faster still, but reading its tree from Python took ~32 ms. The two
# readers differ where YAML 1.1 and 1.2 do, and on text either may refuse: the fast data is
# used only where no such difference can be (`_fast_data`), else PyYAML reads the file.
# Characters libyaml refuses or reads as line breaks (NEL, LS, PS), tabs, CR and the BOM:
_UNSURE_CHARACTER = re.compile(
    r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# A word yaml-rs may read as a number (0x, 0o and 0b, underscores, exponents, .inf, .nan)...
_NUMBERISH = re.compile(
    r"[-+]?(?:0[xXoObB][0-9a-fA-F_]*|[0-9_.]*[0-9][0-9_.]*(?:[eE][-+]?[0-9_]*)?|\.(?i:inf|nan))"
)
# ...and the numbers both read alike (YAML 1.1 has 012 octal, 1e3 a string; 000 is 0 in both).
_PLAIN_NUMBER = re.compile(r"[-+]?(?:0+|[1-9][0-9]*|[0-9]+\.[0-9]*)")
# A run of characters that may start a plain scalar's word and end with it (a number is one
# word; a key's is followed by ':'). A quote ends a run: a number may follow `"key":`.
_TIGHT_COLON = re.compile(r":\S")  # a ':' with no space after it
_NUMBER_RUN = re.compile(r"[-+._0-9][^\s,\[\]{}'\"]*")
_FLOW_MARKS = re.compile(r"[\"'\[{]")  # what `_colon_in_a_flow` reads of a line: quotes, openings
# Null and the booleans are the same words in both readers; a string that another of PyYAML's
# resolvers may claim (numbers, times, `<<`, `=`) is looked at (`_claimed`).
_SAME_IN_BOTH = {"tag:yaml.org,2002:null", _BOOL}
_CLAIMABLE_FIRSTS = frozenset(
    first
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
    if any(tag not in _SAME_IN_BOTH for tag, _ in resolvers)
)
# A string yaml-rs reads where libyaml does not: an empty block scalar is "\n" there, "" in
# PyYAML; libyaml refuses `[>x]` and `[|x]` in a flow, and reads `{?a}` as the key a.
_UNREADABLE_FIRSTS = frozenset("\n>|?")
_UNSURE_FIRSTS = _CLAIMABLE_FIRSTS | _UNREADABLE_FIRSTS
_FAST_SCALARS = frozenset({int, float, bool, type(None)})
_DECLINED = object()  # `_fast_data`'s answer where PyYAML must read the text

_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")
# Ids end up in inline buttons' callback_data, which Telegram caps at 64 bytes.
_STATE_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,15}")
_BRANCH_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
_FULL_WIDTH = "，。？！：；“”（）"
_FULL_WIDTH_CHAR = re.compile(f"[{_FULL_WIDTH}]")

# How a prank ends (content/README.md, "Outcomes"). `timed_out` is never written: no answer came.
FELL = "fell"  # the victim walked into the punchline
SAW_THROUGH = "saw_through"  # the victim knew the trick (answered right, or said its give-away)
REFUSED = "refused"  # the victim would not play
CALLED_OFF = "called_off"  # the bot gave up: the hints ran out, the answer was nothing it knew
TIMED_OUT = "timed_out"  # no answer in time
OUTCOMES = (FELL, SAW_THROUGH, REFUSED, CALLED_OFF, TIMED_OUT)
# Why an answer that reached nothing answers nothing yet (RoutineState.not_answered_yet).
EMOJI_ONLY = "emoji_only"  # rule "an emoji is no answer"
DOTS_ONLY = "dots_only"  # the same rule, for an answer of dots only (……, 。。。): no emoji
# What an answer of dots only is made of: ellipses, full stops, commas, middle dots.
_DOTS = frozenset(".。…⋯‥·・,，、")
PUT_OFF = "put_off"  # rule "a put-off"
ASKS_AGAIN = "asks_again"  # rule "asked again": "huh", "wdym", 蛤？你说啥
ASKS_WHY = "asks_why"  # rule "asked why": 你问这个干嘛, "why do you ask"
HANDS_BACK = "hands_back"  # rule "the question handed back": 你先说, "you first", 你猜
# Why an answer that reached nothing is no attempt at the question, where the reveal is the
# prank (RoutineState.no_attempt): no fall is scored on it.
NONSENSE = "nonsense"  # rule "no answer, only noise": a wall of text, one word over and over
OFF_TOPIC = "off_topic"  # rule "another question's answer": a number alone, where none is asked
# rule "only a laugh, a face or a mash": 哈哈, lol, QAQ, aaaa, asdfghjkl alone (ops28b)
NO_WORDS = "no_words"
# What `otherwise: {off_topic: [...]}` may name: the answers that are off topic in that state.
OFF_TOPIC_KINDS = ("number",)
_ANSWER_OUTCOMES = (FELL, SAW_THROUGH, REFUSED, CALLED_OFF)  # what `outcome:` may say
_REVEAL_OUTCOMES = (CALLED_OFF, FELL)  # a reveal follows an answer the bot did not understand
# The id understanding reports for an answer that says the routine's give-away.
GIVE_AWAY = SAW_THROUGH
TRICK = "trick"  # the intent of seeing through the trick: see _trick_route
REFUSE, NO = "refuse", "no"
_REFUSE_INTENTS = frozenset({REFUSE, NO})
# A reply that reads as a punchline that got the victim: not how a refusal ends.
# (in Simplified, Traditional and Cantonese: a reveal is checked in every variety it is said in)
_GOT_THEM = re.compile(
    r"got you|gotcha|fell for|good boy|grandpa's right here|"
    r"乖儿子|乖兒子|乖孙|乖孫|乖仔|乖，|上当了|上當了|中计|中計|叫爸爸|儿子|兒子|"
    r"爷爷在此|爺爺在此|爺爺喺度|当你叫|當你叫",
    re.IGNORECASE,
)


def reads_as_got_you(text: str) -> bool:
    """Whether a line reads as a punchline that got the victim (`_GOT_THEM`): not how a
    refusal or a called-off prank ends."""
    return _GOT_THEM.search(text) is not None


# A reveal follows an answer the bot did not understand: it must not open congratulating.
_CONGRATULATION = re.compile(
    r"^\W*(?:correct|right you are|exactly|well done|bingo|you got it|that's right|"
    r"答对|对了|没错|猜对|说得对|聪明)",
    re.IGNORECASE,
)
# ...nor say that the victim could not answer: they said something, only not what it knows.
_COULD_NOT_SAY = re.compile(
    r"说不出来|说不清|答不上来|答不出来|couldn't say|could not say|couldn't answer|no answer",
    re.IGNORECASE,
)
# ...and a reveal that is the prank, landing whatever was answered, must fit a yes as well: it
# does not open by consoling a no ("never mind", 没关系). Where the bot gives up (called off),
# "never mind" is its own withdrawal and may stay.
_CONSOLING = re.compile(
    r"^\W*(?:never mind|no worries|that's ok|that's okay|没关系|沒關係|不要紧|不要緊|唔緊要|唔紧要)",
    re.IGNORECASE,
)
_CLOSING = " \t\n”’\"'」』）)]】"


@dataclass(frozen=True)
class Answer:
    """An answer branch a state recognises, and what it leads to."""

    patterns: tuple[str, ...]  # its `match` phrases as written
    regex: re.Pattern[str] | None
    reply: Text | None
    goto: str | None
    label: Text | None = None  # how a button names it (none: regex only)
    id: str = ""
    intents: tuple[str, ...] = ()
    number: str | None = None  # canonical: "8", "1.5"
    # The victim saw through the prank (answered right): no "got you", no score for it.
    saw_through: bool = False
    # the `outcome:` written on the branch, if any; on an answer that goes on (`goto`) only
    # `fell`: the victim fell for it here, and the routine goes on (see `falls_on_the_way`)
    ending: str | None = None
    give_away: bool = False  # not a branch: the answer said the routine's give-away
    unit: str | None = None  # the number is a duration in this unit (minutes, hours...)
    # Reached by taking back a fall said first, in time (三毛，不对，是小明): the engine says its
    # own line for a save (`caught_in_time`) instead of the reply, which praises seeing through
    # it at once (see `recognise`)
    caught_in_time: bool = False
    # How the prank ends on this answer (see `_ends_as`): read on every answer, so worked out
    # once, when the answer is made.
    outcome: str | None = field(init=False, repr=False, compare=False)
    # Reaching it tells the victim they saw through the trick: `saw_through: true`, or a wary
    # `intent: trick` that goes on (its reply is written for one who saw it coming). Read on
    # most answers (the give-away, the second opinion's veto): worked out once, as `outcome`
    # (a property: each read from the compiled step ran an interpreted call).
    sees_through: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", self._ends_as())
        sees = self.saw_through or (TRICK in self.intents and self.goto is not None)
        object.__setattr__(self, "sees_through", sees)

    def branch(self) -> Branch:
        lands = self.outcome == FELL
        return Branch(
            self.id, self.patterns, self.intents, self.number, self.regex, self.unit, lands
        )

    def _ends_as(self) -> str | None:
        """How the prank ends on this answer (FELL, SAW_THROUGH, REFUSED, CALLED_OFF), or None
        when it goes on (`goto`). Unless `outcome:` says otherwise: saw_through when
        `saw_through: true`; refused when its only intents are refuse (and no) and it has
        nothing else to match; else fell."""
        if self.goto is not None:
            return None
        if self.ending is not None:
            return self.ending
        if self.saw_through:
            return SAW_THROUGH
        if self.refusal:
            return REFUSED
        return FELL

    @property
    def falls_on_the_way(self) -> bool:
        """An answer that goes on after a fall ("first" to "you overtake the second", then
        the next question): the prank has landed once, whatever comes after it."""
        return self.goto is not None and self.ending == FELL

    @property
    def unsure(self) -> bool:
        """Reached by not knowing: the dont_know intent, with no number or regex. Its phrases, if
        any, are more ways of giving up in the routine's own words (好难, 投降, "you got me"):
        not knowing all the same, so they do not make the reply a fall."""
        return "dont_know" in self.intents and self.number is None and self.regex is None

    @property
    def refusal(self) -> bool:
        """Matched only by declining: intent refuse, maybe no, and no phrase, number or regex."""
        return (
            "refuse" in self.intents
            and _REFUSE_INTENTS.issuperset(self.intents)
            and not self.patterns
            and self.number is None
            and self.regex is None
        )


_T = TypeVar("_T")


class _built_on_first_use(Generic[_T]):  # noqa: N801 (a decorator, as cached_property)
    """`functools.cached_property`, but the value set as an attribute (`object.__setattr__`)
    rather than written into the instance's `__dict__`: that write makes the instance's
    dict a dict of its own, and every other attribute of the object slower to read (three
    reads of a RoutineState 21 → 75 ns, ~1% of a typical answer step). It has no lock, and
    needs none: turns run on one event loop and the build awaits nothing, so no half-built
    value is ever seen. Under real threads (the playground, which learns the second opinions
    in a thread while its first answers are judged; a bench, a test) two first uses may both
    build, the last write winning: wasteful, never wrong, as the value is set only once
    complete. A build that raises sets nothing, and raises again on the next use: the tests
    build every shipped state's matcher (tests/test_understanding_review12.py)."""

    def __init__(self, build: Callable[[Any], _T]) -> None:
        self.build = build
        self.name = build.__name__

    @overload
    def __get__(self, instance: None, owner: type) -> _built_on_first_use[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.build(instance)
        object.__setattr__(instance, self.name, value)  # found before this from now on
        return value


@dataclass(frozen=True)
class RoutineState:
    say: Text
    answers: tuple[Answer, ...]
    reveal: Text
    hint: Text | None = None
    tries: int = 0
    # What builds the state's matcher (see `matcher`); None: its answers with the shipped
    # lexicon (a state built outside a corpus file). It holds the answers it was made with:
    # a state made anew from another (dataclasses.replace with other answers) must be given
    # its own, or it would match the old answers.
    build_matcher: Callable[[], Matcher] | None = field(default=None, compare=False, repr=False)
    # What learns the state's second opinion (understanding/second_opinion.py) from the
    # labelled answers beside its corpus file; None: the rules alone (a corpus with no
    # labelled answers: a user's routine, a test's corpus). Set by load_corpus.
    build_opinion: Callable[[], SecondOpinion | None] | None = field(
        default=None, compare=False, repr=False
    )
    # How the reveal ends the prank: CALLED_OFF (the bot gave up), or FELL where the reveal
    # is itself the prank (`otherwise: {outcome: fell}`).
    reveal_outcome: str = CALLED_OFF
    # The phrases of the trick (the routine's and the state's own): an answer saying one saw
    # through it, whatever branch its other words reach.
    give_away: tuple[str, ...] = ()
    # The routine's (or the state's) line for a give-away; None: the engine says its own.
    saw_through_reply: Text | None = None
    # What a refusal no answer takes is told (`otherwise: {refused: …}`), where the reveal is
    # the prank and would land on one who would not play (blood-type's 我是你的理想型); None:
    # the reveal.
    refused_reply: Text | None = None
    # Where the reveal is the prank, a number alone (四步, "3") answers another question, not
    # this one (`otherwise: {off_topic: [number]}`: 猜猜我是什么血型？): no fall is scored on it
    # (rule "another question's answer", `no_attempt`).
    number_off_topic: bool = False
    # Where the question asks the victim to play, yes or no (compliment-game's "You go first,
    # okay?"), a no alone declines to play, as "no thanks" does (`otherwise: {no_declines:
    # true}`, rule "a no to an invitation", ops30b): the refusal's ending, no fall scored.
    no_declines: bool = False
    # The hint given instead of `hint` to a don't-know no answer takes (不知道, 唔知, "no
    # idea": `otherwise: {dont_know_hint: …}`), where `hint` assumes a guess was made
    # (one-and-three's "did it really mean what you thought?", ops28b); None: `hint`.
    dont_know_hint: Text | None = None
    # What an answer saying the give-away leads to: the routine ends, saw_through, with
    # `saw_through_reply` (without one, the engine says the interface's own line).
    seen_through: Answer = field(init=False, repr=False, compare=False)
    # What a refusal ends the routine with (see `recognise`), made once, not on each refusal
    # (a frozen dataclass built, or `replace`d, on every refusal was ~1% of a typical step):
    # the reveal where no branch takes it, and by branch (filled on first use) a branch that
    # lands the prank taken as a refusal.
    refused_reveal: Answer = field(init=False, repr=False, compare=False)
    refused_as: dict[int, Answer] = field(init=False, repr=False, compare=False)
    # By branch (filled on first use), an answer that sees through the trick reached by a
    # self-correction, marked `caught_in_time` (see `recognise`).
    caught_in_time_as: dict[int, Answer] = field(init=False, repr=False, compare=False)
    # The last answer `understand` read and what it made of it (see reading.understand): the
    # step asks it again of an answer that reached nothing (`gives_up`, `says_nothing`).
    last_understood: tuple[str, Match] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @_built_on_first_use
    def matcher(self) -> Matcher:
        """The state's answers compiled for matching, built on its first answer, not at load:
        the 105 states' matchers were over a quarter of load_corpus's instructions (and the
        objects its closing collection walks), and a process hears few states. A state's
        first answer pays it (median ~0.2 ms, ~6 ms for the largest: you-and-pig/ask,
        toast-toaster/repeat); then it is an attribute like any other."""
        if self.build_matcher is not None:
            return self.build_matcher()
        lexicon = load_lexicon(DEFAULT_LEXICON)
        return _matcher(self.say, self.answers, lexicon, give_away=self.give_away)

    @_built_on_first_use
    def opinion(self) -> SecondOpinion | None:
        """The state's second opinion, learned on first use (not in load_corpus, which must
        stay quick: learning them all takes ~1.4 s; the bot does it at start, see
        `Corpus.learn_opinions`)."""
        return self.build_opinion() if self.build_opinion is not None else None

    @_built_on_first_use
    def sharp_labels(self) -> frozenset[str]:
        """Every way of seeing through the trick here: the give-away and each answer that sees
        through it (as bot/content/evaluation counts them the same)."""
        sharp = {answer.id for answer in self.answers if answer.sees_through}
        return frozenset({GIVE_AWAY, *sharp})

    @_built_on_first_use  # (read on every answer the rules reached a branch by: see same_as)
    def answer_labels(self) -> tuple[frozenset[str], ...]:
        """Each answer's id alone, as a set, by branch: what an answer that does not see
        through the trick means (`reading.same_as`), built once, not on every answer vetoed."""
        return tuple(frozenset({answer.id}) for answer in self.answers)

    @_built_on_first_use  # (read on every answer: a property ran an interpreted call each)
    def give_away_branch(self) -> int:
        """The give-away's branch in the state's matcher: one more, after its answers (see
        `_matcher`)."""
        return len(self.answers)

    def __post_init__(self) -> None:
        reply = self.saw_through_reply
        seen = Answer((), None, reply, None, None, GIVE_AWAY, saw_through=True, give_away=True)
        object.__setattr__(self, "seen_through", seen)
        told = self.refused_reply or self.reveal
        refused = Answer((), None, told, None, id=REFUSED, ending=REFUSED)
        object.__setattr__(self, "refused_reveal", refused)
        object.__setattr__(self, "refused_as", {})
        object.__setattr__(self, "caught_in_time_as", {})

    def verdict(self, text: str) -> Match:
        """The verdict the bot acts on (the engine's reply, `bot eval`'s score): the rules'
        (`understand`), unless they reached a branch the state's second opinion doubts (see
        understanding/second_opinion.py; a doubt toward a branch reached only by a count is
        none for an answer holding no number: reading.py's rule "a count's doubt needs a
        count"): then otherwise, the safe path, saying why; or they
        reached otherwise and it reads, extremely sure, a way of seeing through the trick:
        then that (bot/content/reading.py, rule "the second opinion's fallback"). It never
        hands out a punchline the rules did not reach."""
        from bot.content import reading  # (it imports this module: imported when called)

        return reading.verdict(self, text)

    def understand(self, text: str) -> Match:
        """Which answer `text` means by the rules, and why (see understanding/matcher.py; the
        bot acts on `verdict`, this with the second opinion's veto). An answer that
        says a give-away phrase (not negated) is an `Understood` with `give_away` True and
        `branch_id` GIVE_AWAY ("saw_through"), `branch` None, whatever branch its other
        words reach, unless the answer also reaches a saw_through answer of the state (whose
        reply is the routine's own): then that answer."""
        from bot.content import reading

        return reading.understand(self, text)

    # -- the state's rules of reading ------------------------------------------------------
    # Rules of an answer read against this state's own answers, applied by
    # `reading.understand` (bot/content/reading.py) after the matcher, in its order: each
    # takes the matcher's Match and gives the one it stands for, or None (or `found` as it
    # was) where the rule does not apply. Public for the reading, which calls them; the
    # engine and the eval go through `verdict` and `understand`.

    def retort_beside_answer(self, found: Match, hit: Hit, extra: int) -> Match | None:
        """Rule "the retort beside an answer": where every word of the give-away said only
        turns the question's own insult back (lexicon.retorts_zh opens it, the question holds
        its last word: 你才是猪, 你先係豬 to 我能让你忘记自己是猪; not the punchline's word turned
        back, 你才是儿子 to 还剩几把, which knows it) and the answer
        also reaches one answer of the state that ends the routine, by words of its own that
        deny (lexicon.retort_denials_zh: 我唔係豬，你先係豬; 邊個係豬呀 你先係豬; not
        you-and-pig's 我是人，你才是猪), or by any phrase of the state's denial itself
        (`_denies_the_word`: forget-pig's 我是人, 你才是猪咧！我是人), the retort is what anyone
        denying it says,
        no sign of knowing the trick: that answer. Alone (你先係豬 😏), or beside a trick word
        (你才是猪 这招我知道), the give-away stands. In English the same (wp21: lexicon.retorts_en,
        retort_denials_en, the question holding the retort's last word): "I'm not a pig, you're
        the pig" denies; "you're the pig" alone, or "ur the pig, i know this one", sees through.
        Gate: a give-away hit."""
        assert self.matcher is not None
        lexicon = self.matcher.lexicon
        if not _a_retort(hit.text, lexicon):
            return None
        english = not hit.text.startswith(lexicon.retorts_zh)
        if english:
            word = ascii_words(fold(hit.text, lexicon))[-1]
            if word not in self.matcher.question_words:
                return None  # the punchline's word turned back: knowing it
        else:
            word = to_simplified(hit.text)[-1]
            if word not in self.matcher.question_chars:
                return None  # the punchline's word turned back (你才是儿子 to 还剩几把): knowing it
        own = None
        for h in found.hits:
            if h.branch is None:
                continue
            if h.branch == extra:
                if not _a_retort(h.text, lexicon):
                    return None  # a trick word or another give-away phrase beside it
            elif own is None or own.branch == h.branch:
                own = h
            else:
                return None  # two answers of the state: no one answer stands
        if own is None or own.kind == "intent":
            return None
        assert own.branch is not None
        answer = self.answers[own.branch]
        if english:
            denials_en = lexicon.retort_denials_en
            denies = not denials_en.isdisjoint(ascii_words(fold(own.text, lexicon))) or any(
                words[-1:] == [word] and not denials_en.isdisjoint(words)
                for words in (ascii_words(fold(phrase, lexicon)) for phrase in answer.patterns)
            )
        else:
            denials = lexicon.retort_denials_zh
            denies = any(d in own.text for d in denials) or _denies_the_word(answer, word, denials)
        if not denies:
            return None  # an answer said outright (我是人，你就是猪): the insult turned back
        if answer.goto is not None or answer.saw_through:
            return None
        return Match(own.branch, answer.id, own, found.hits, found.dropped)

    def retort_beside_ones_own_words(
        self, found: Match, hit: Hit, extra: int, text: str
    ) -> Match | None:
        """Rule "the retort beside one's own words" (wp21): the Chinese retort (lexicon.retorts_zh,
        the question's insult turned back: 你才是猪) as the answer's only hit, beside a clause of
        the speaker's own about themselves that no answer reads (lexicon.retort_selves_zh opens it,
        and it holds no negator, which would refuse or claim to know: 我不上当, 我唔中计, and no
        word of knowing, lexicon.retort_knowing_zh: 我知你玩咩把戲): 你才似猪呢，
        我属虎的; 你才是猪！额好好一个人. Two readings pull at it, the denial the writers label
        (rounds 17-21) and the retort alone that sees through: the safe path, not the give-away's
        punchline. Alone (你先係豬 😏) or beside a trick word, or in a state with no denial of the
        insult (pig-ran-away), the give-away stands. Gate: a give-away hit the retort rule left."""
        assert self.matcher is not None
        lexicon = self.matcher.lexicon
        if not hit.text.startswith(lexicon.retorts_zh):
            return None
        if any(h.branch != extra or h.text != hit.text for h in found.hits):
            return None  # another word said: an answer, a trick word, an intent
        word, denials = to_simplified(hit.text)[-1], lexicon.retort_denials_zh
        if not any(_denies_the_word(answer, word, denials) for answer in self.answers):
            return None  # no denial to pull at it (pig-ran-away: 你才是猪 我是人 sees through)
        # the answer's clauses as understanding.text cuts them (at punctuation, emoji, spaces),
        # in Simplified but not folded: the rule's lists are words as typed, and a fold reads
        # 边度 as 哪里, a denial the rule would then leave (你先系豬 我邊度系豬: the give-away)
        for units, _ in clauses(to_simplified(text), lexicon):
            clause = "".join(units)
            if clause.startswith(lexicon.retorts_zh) or not clause.startswith(
                lexicon.retort_selves_zh
            ):
                continue
            if lexicon.negators_zh.isdisjoint(clause) and not any(
                word in clause for word in lexicon.retort_denials_zh + lexicon.retort_knowing_zh
            ):
                torn = f"the insult turned back ({hit.text}) and the speaker's own words ({clause})"
                return Match(None, None, None, found.hits, found.dropped, torn=torn)
        return None

    def knowing_then_telling(self, found: Match) -> Match:
        """Rule "knowing, then telling": torn between an answer that goes on (`goto`: "I
        know", 知, 知道, to "do you know what my flaw is?") said alone in the answer's first
        clause and an answer that ends the routine, said by its own phrases in later clauses
        (知 你懶, 知 你成日遲到): the victim said they knew, then told it, answering the
        question still ahead: the later answer. Torn with anything else, the safe path stays.
        Gate: a torn answer."""
        first = None
        told = None
        for h in found.hits:
            if h.branch is None:
                if h.clause <= 0:
                    return found  # an intent no answer takes beside the first clause's word
                continue
            if h.branch >= self.give_away_branch:
                return found  # the give-away
            answer = self.answers[h.branch]
            if h.clause <= 0:
                if answer.goto is None or (first and first.branch != h.branch):
                    return found
                if first is None or h.start < first.start:
                    first = h
            elif (
                answer.goto is None
                and (h.kind == "phrase" or h.intent == "insult")
                and "dont_know" not in answer.intents  # 知道啊 我会读心术: no giving up
            ):
                if told is not None and told.branch != h.branch:
                    return found
                told = told or h
            else:
                return found
        if first is None or told is None or first.clause != 0 or first.start != 0:
            return found
        assert told.branch is not None
        return Match(told.branch, self.answers[told.branch].id, told, found.hits, found.dropped)

    def sharp_said_first(self, found: Match) -> Match:
        """Rule "two sharp answers": torn between answers that both see through it ("12 bro
        all of em got 28": twelve and all of them), the number, which answers how many (the
        rest says why: 其他都飛走咗 0隻), else the one said first; each one's reply fits either.
        Torn with any other answer, the safe path stays."""
        extra = self.give_away_branch
        hits = [(h.branch, h) for h in found.hits if h.branch is not None]
        if not hits or any(b >= extra or not self.answers[b].saw_through for b, _ in hits):
            return found
        branch, first = min(
            hits, key=lambda bh: (bh[1].kind != "number", max(bh[1].clause, 0), bh[1].start)
        )
        return Match(branch, self.answers[branch].id, first, found.hits, found.dropped)

    def answered_warm_up(self, found: Match, extra: int) -> Match | None:
        """The answer an answer reaches that goes on (`goto`), where the give-away's only
        hits are `trick` words, which name the kind of joke (老梗, "heard this one"), not this
        one's punchline: "老梗了 三步啦" answered the warm-up, the trick is still ahead. Where
        the answer it reaches ends the routine, the trick word wins: no punchline for one who
        said they knew it. Narrowed (rule "warm-up answered"): a prediction (a mention frame:
        "下一句是不是爸爸", "then u ask egg white is what") names this trick, not its kind, and a
        bare yes or ok is no answer that goes on; in both the give-away wins."""
        if any(h.branch == extra and (h.kind != "intent" or is_mention(h)) for h in found.hits):
            return None  # the give-away's own words, or a prediction ("下一句是不是爸爸")
        tricks = [h for h in found.hits if h.branch == extra]
        assert self.matcher is not None
        if _claims_known(tricks, self.matcher.lexicon.knowing_claims):
            return None  # rule "the routine claimed known": 三步 跟住長頸鹿 我識晒
        answered = [
            h
            for h in found.hits
            if h.branch is not None
            and h.branch < extra
            # an answer inside a trick word about the asker's next move, or naming their ploy,
            # is the trick word's: 我知道 in 我知道你要(說什麼), in 这招我知道 (not in "i know
            # this one": that knows the answer)
            and not any(
                t.clause == h.clause
                and t.start < h.start + h.units
                and h.start < t.start + t.units
                and (_names_asker(t.text) or not _PLOYS.isdisjoint(t.text))
                and not _names_asker(h.text)
                for t in tricks
            )
        ]
        if not answered:
            return None
        best = max(answered, key=lambda h: h.rank(extra))
        assert best.branch is not None
        answer = self.answers[best.branch]
        if answer.goto is None:
            return None
        assert self.matcher is not None
        if self.matcher.only_echoes(best):
            # a bare yes or ok ("cow drink water ok i know this one"), or the question's own
            # word said back ("I... 跟住love you 係咪 唔上當"), answers no warm-up: the trick
            # word says they know what comes
            if all(_own_wits_or_question_known(t, self.matcher.lexicon) for t in tricks):
                # Rule "one's own wits beside a yes" (wp23): unless every trick word only
                # speaks of the speaker ("Aye, I'm no daft" to "can you spell 'shop'?") or
                # claims this question known (我知，呢條我識 to "do you know why?"): the yes
                # and the trick seen are both fair readings, the safe path
                torn = f"a yes ({best.text}) and one's own wits ({tricks[0].text})"
                return Match(None, None, None, found.hits, found.dropped, torn=torn)
            return None
        return Match(best.branch, answer.id, best, found.hits, found.dropped)

    # -- what the engine asks of an answer ----------------------------------------------------

    def recognise(self, text: str) -> Answer | None:
        """The answer `text` means, or None for `otherwise`; a give-away is `seen_through`.

        A refusal is never a fall (rule "a refusal scores nobody"): "not playing" that a
        branch landing the prank takes for its own ("do you like playing with water?" "not
        playing": still washing the dishes) ends the routine with that reply, refused; one
        that no branch takes ends it at once with the reveal, refused, instead of coaxing with
        the hint ("not playing" → "count again?" reads as not listening)."""
        from bot.content import reading

        return reading.recognise(self, text)

    def not_answered_yet(self, text: str) -> str | None:
        """Why `text`, an answer that reached nothing, answers nothing yet: EMOJI_ONLY (see
        `says_nothing`), PUT_OFF (see `puts_off`) or ASKS_AGAIN (see `asks_again`); None for
        an answer the bot did not understand. In every state the engine waits on these
        instead of the hint or the reveal: three times in a row at most
        (engine.MAX_IDLE_WAITS), the prank's deadline kept; the next is met as an answer the
        bot did not understand."""
        from bot.content import reading

        return reading.not_answered_yet(self, text)

    def asks_again(self, text: str) -> bool:
        """Rule "asked again": `text` only asks for the question again or what it means
        ("huh", "wdym", 蛤？你说啥, 乜嘢话, "come again"). It is asked again (the engine), not
        met with the reveal (where the reveal is the prank, a fall for "what do you mean") or
        the hint, up to the cap on such waits (see `not_answered_yet`)."""
        assert self.matcher is not None
        return self.matcher.asks_again(text)

    def puts_off(self, text: str) -> bool:
        """Rule "a put-off": `text` says it will answer later ("ask me later", 等阵先答你),
        thinks aloud ("let me think", "hold on") or only hums (嗯……). It is waited for (the
        engine), not met with the hint or the reveal (where the reveal is the prank, a fall
        for "ask me later")."""
        assert self.matcher is not None
        return self.matcher.puts_off(text)

    def says_nothing(self, text: str) -> bool:
        """Rule "an emoji is no answer": `text` holds no word, character or number (only
        emoji, symbols) and reaches no answer of the state. It is asked for in words (the
        engine), not met with the hint or the reveal (where the reveal is the prank, a fall
        for "🎂")."""
        from bot.content import reading

        return reading.says_nothing(self, text)

    def no_attempt(self, text: str, lang: str) -> str | None:
        """Why `text`, an answer that reached nothing in a chat speaking `lang`, is no attempt
        at the question (NONSENSE, NO_WORDS, OFF_TOPIC), or None: it is one. Read where the
        reveal is the prank, which lands only on one who tried: a wall of text, one word over
        and over, a laugh or a mash alone, or (where the state says so) a number alone is met
        with a nudge, then the reveal with no fall scored (the engine)."""
        from bot.content import reading

        return reading.no_attempt(self, text, lang)

    def outcome(self, answer: Answer | None) -> str | None:
        """How the prank ends on `answer` (None: nothing understood, after the hints: the
        reveal), or None when it goes on to another state."""
        return self.reveal_outcome if answer is None else answer.outcome


def _dots_only(text: str) -> bool:
    """Whether `text` is dots alone ("……", "。。。", "..."), as people say nothing."""
    shown = "".join(text.split())
    return bool(shown) and all(ch in _DOTS for ch in shown)


# 这招, 这套, 这梗: a word naming the asker's ploy, not the question
_PLOYS = frozenset("招套梗")


def _claims_known(tricks: list[Hit], claims: frozenset[str]) -> bool:
    """Rule "the routine claimed known": a `trick` word of lexicon.knowing_claims ("heard this
    one before", 識晒, 这套路我晓得, "I see you") claims to know this routine, not only its kind
    of joke (老梗, "nice try"): beside a warm-up's answer the trick is no longer ahead, and the
    give-away wins. Only the give-away's own hits are looked at, on answers that already hold
    one: no work for any other answer."""
    return any(hit.kind == "intent" and hit.text in claims for hit in tricks)


def _own_wits_or_question_known(hit: Hit, lexicon: Lexicon) -> bool:
    """Whether a `trick` hit only speaks of the speaker's wits (lexicon.wits_claims: "im no
    daft", 我不傻) or claims this question known (rule "the trick claimed known" over a kind of
    lexicon.question_kinds_zh, by a knowing verb, not a met-before one: 呢條我識, 这题我知道;
    not 这套我识 or 这题我听过, which know the routine)."""
    return hit.text in lexicon.wits_claims or hit.read_by == QUESTION_CLAIMED_KNOWN


def _denies_the_word(answer: Answer, word: str, denials: tuple[str, ...]) -> bool:
    """Whether `answer` is the state's denial of the question's insult: one of its phrases
    says that word denied (forget-pig's deny: 不是猪, 我哪是猪), so every phrase of it denies,
    the ones saying what one is instead too (我是人, 我是帅哥: 你才是猪咧！我是人 denies, as
    the writers of every round since the eleventh label it; verdicts19hans). Not you-and-pig's
    answers_directly, whose phrases answer what the difference is (我是人, 猪不会)."""
    return any(
        to_simplified(phrase).endswith(word) and any(d in phrase for d in denials)
        for phrase in answer.patterns
    )


def _a_retort(text: str, lexicon: Lexicon) -> bool:
    """Whether a give-away phrase only turns the question's insult back (你才是猪, you're the
    pig): it opens with one of the lexicon's retorts."""
    return text.startswith(lexicon.retorts_zh) or text.lower().startswith(lexicon.retorts_en)


def _names_asker(text: str) -> bool:
    """Whether words name the one asking (你, you): 我知道你要 is about their next move."""
    return "你" in text or not {"you", "youre", "your", "u", "ur"}.isdisjoint(text.split())


class Understood(Match):
    """A match that may be the give-away (`give_away`: the answer said the trick).

    A plain subclass, not a slots dataclass: `Match` is compiled (mypyc), and a dataclass's
    `__slots__` here would declare Match's fields again as Python slots, which the compiled
    code, reading its own fields, never sees (an Understood built with a default, as the
    fallback's is, raised "attribute 'doubted' of 'Match' undefined" in `explain`)."""

    __slots__ = ("give_away",)

    def __init__(
        self,
        branch: int | None,
        branch_id: str | None,
        hit: Hit | None,
        hits: tuple[Hit, ...] = (),
        dropped: tuple[Hit, ...] = (),
        *,
        fell_back: str = "",
        switched: str = "",
        give_away: bool = False,
    ) -> None:
        Match.__init__(
            self, branch, branch_id, hit, hits, dropped, fell_back=fell_back, switched=switched
        )
        self.give_away = give_away

    def explain(self) -> str:
        if not self.give_away or self.hit is None:
            return Match.explain(self)
        lines = [f"{GIVE_AWAY}: the give-away '{self.hit.text}'"]
        lines += [f"  hit: {h.describe()}" for h in self.hits]
        lines += [f"  {h.describe()}" for h in self.dropped]
        return "\n".join(lines)


@dataclass(frozen=True)
class Routine:
    id: str
    title: Text
    start: str
    states: Mapping[str, RoutineState]
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    plays: tuple[str, ...] = WRITTEN  # the languages it is played in
    give_away: tuple[str, ...] = ()  # the phrases of its trick, for every state
    saw_through_reply: Text | None = None  # said on a give-away (None: the engine's line)
    # Chat languages whose random deck leaves it out, its pun lost there (asked by name, it
    # still plays): `not_dealt_in: [zh-hk]` for a Mandarin sound-alike.
    not_dealt_in: tuple[str, ...] = ()
    # The other names people call it by, in every language written (生肖, 心脏, zodiac, 幾歲):
    # `/prank NAME` finds it by these as by its id and titles (bot/content/titles.py).
    also_called: tuple[str, ...] = ()
    # Whether every state's question has an English text, and a Chinese one (`written_in`):
    # read on every answer (the engine), so found once, not over the states each time (a
    # generator and a call per state, ~0.3 µs of a ~20 µs answer step).
    _written_en: bool = field(init=False, repr=False, compare=False)
    _written_zh: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        says = [state.say for state in self.states.values()]
        object.__setattr__(self, "_written_en", all(say.written_in(ENGLISH) for say in says))
        object.__setattr__(self, "_written_zh", all(say.written_in(SIMPLIFIED) for say in says))

    def plays_in(self, lang: str) -> bool:
        """Whether the routine is played in a chat speaking `lang` (zh-hant, zh-hk: zh)."""
        return ("en" if lang == "en" else "zh") in self.plays

    def written_in(self, lang: str) -> bool:
        """Whether its questions have a text in `lang` (kept for readers even where it does
        not play, as ten-knives' English), not another language's in its place: English, or
        Chinese in any of its varieties (Text.written_in tells only these two apart)."""
        return self._written_en if lang == ENGLISH else self._written_zh


@dataclass(frozen=True)
class Item:
    """A one-liner or a dialogue. It is dealt (`/joke`, `/story` with no id) only in the
    languages it plays in, and never when skipped; `/joke ID` tells it in any chat."""

    id: str
    text: Text
    # The languages it is dealt in (default both). An item plays in English only when its
    # English is written as English: a translated joke (the seed's) plays in zh only.
    plays: tuple[str, ...] = WRITTEN
    skip: str | None = None  # why a reader would skip it (not a joke, dated, crude, mean)
    # Chat languages it is not dealt in, though it plays there: a Mandarin pun that no
    # Cantonese retelling keeps (`not_dealt_in: [zh-hk]`), as for routines.
    not_dealt_in: tuple[str, ...] = ()

    def plays_in(self, lang: str) -> bool:
        """Whether it is dealt in a chat speaking `lang` (zh-hant, zh-hk: zh)."""
        return ("en" if lang == "en" else "zh") in self.plays

    def dealt_in(self, lang: str) -> bool:
        """Whether a chat speaking `lang` is dealt it: it plays there, is not skipped and is
        not left out of that language's deck."""
        return self.skip is None and self.plays_in(lang) and lang not in self.not_dealt_in


@cache
def digest(routine_id: str) -> str:
    """A routine's id in six characters, as buttons carry it: ids may be 32 long, and a
    button has 64 bytes."""
    raw = hashlib.sha256(routine_id.encode()).digest()[:4]
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()[:6]


def _dealt(items: Mapping[str, Item], lang: str) -> list[str]:
    return sorted(iid for iid, item in items.items() if item.dealt_in(lang))


def _first_name(names: Any) -> str:
    """A kind's first name as written (`names: {zh: [谜语, …], …}`), to name it in a problem,
    cut to a few words; "": none written."""
    for listed in names.values() if isinstance(names, dict) else ():
        for name in listed if isinstance(listed, list) else ():
            written = str(name).strip() if isinstance(name, str | int | float) else ""
            if written and not isinstance(name, bool):
                return written[:32]
    return ""


def _title_names(title: Text) -> tuple[str, ...]:
    """A title as written, in each language it is written in."""
    return tuple(t for t in (title.zh, title.en, title.zh_hant, title.zh_hk) if t)


def _searched(routine: Routine) -> str:
    """What inline search reads of a routine: its id, titles, other names and opening
    question, casefolded."""
    start = routine.states[routine.start].say
    also = [to_simplified(name) for name in routine.also_called]  # searched in Simplified
    said = [routine.id, routine.title.zh, routine.title.en, *also, start.zh, start.en]
    return " ".join(said).casefold()


@dataclass(frozen=True)
class Corpus:
    """The routines, one-liners and dialogues, with what is looked up in them compiled once
    from them (each state's matcher, the title index, routines by digest, inline search's
    texts): a /reload swaps all of it with the routines, and nothing is cached elsewhere."""

    routines: Mapping[str, Routine]
    jokes: Mapping[str, Item]
    stories: Mapping[str, Item]
    source: str = "<memory>"
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)
    # The labelled answers beside the corpus file, which its states' second opinions learn
    # from; None: none (a corpus parsed from text, a folder with no tuning sets).
    labelled: LabelledAnswers | None = field(default=None, compare=False, repr=False)
    # What `learn_opinions` learned, for the operator's log; None: not learned yet.
    learned: Learned | None = field(default=None, init=False, compare=False, repr=False)
    # What people call a kind of routine (riddle, 表白), by its name's key (`title_key`): the
    # ids of the routines of that kind, which /prank offers (`kinds` in the corpus file).
    kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    titles: TitleIndex = field(init=False, compare=False, repr=False)
    by_digest: Mapping[str, Routine] = field(init=False, compare=False, repr=False)
    searched: Mapping[str, str] = field(init=False, compare=False, repr=False)
    # What a chat speaking each language is dealt (`playable`): every /prank deals from it.
    dealt_routines: Mapping[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)
    # The one-liners and dialogues each language is dealt (`dealt`): every /joke and /story
    # deals from them, and sorting them from every item was ~8 µs of each.
    dealt_jokes: Mapping[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)
    dealt_stories: Mapping[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        routines = self.routines.values()
        lexicon = self.lexicon
        fillers = lexicon.name_fillers_zh if lexicon is not None else frozenset()
        emoji = lexicon.emoji if lexicon is not None else None
        object.__setattr__(self, "titles", TitleIndex(self.routines, fillers, emoji, self.kinds))
        object.__setattr__(self, "by_digest", {digest(r.id): r for r in routines})
        object.__setattr__(self, "searched", {r.id: _searched(r) for r in routines})
        dealt = {lang: tuple(self._playable(lang)) for lang in LANGUAGES}
        object.__setattr__(self, "dealt_routines", dealt)
        for name, items in (("dealt_jokes", self.jokes), ("dealt_stories", self.stories)):
            compiled = {lang: tuple(_dealt(items, lang)) for lang in LANGUAGES}
            object.__setattr__(self, name, compiled)

    @property
    def words(self) -> Lexicon:
        """The lexicon the corpus was read with, or the default one for a corpus built
        without one (parsed from text in a test)."""
        return self.lexicon or load_lexicon(DEFAULT_LEXICON)

    def playable(self, lang: str) -> list[str]:
        """The ids of the routines a chat speaking `lang` is dealt, sorted."""
        dealt = self.dealt_routines.get(lang)
        return list(dealt) if dealt is not None else self._playable(lang)

    def _playable(self, lang: str) -> list[str]:
        return sorted(
            rid
            for rid, r in self.routines.items()
            if r.plays_in(lang) and lang not in r.not_dealt_in
        )

    def dealt(self, items: Mapping[str, Item], lang: str) -> list[str]:
        """The ids of `items` a chat speaking `lang` is dealt, sorted: those that play in its
        language and are not skipped."""
        for compiled, of in ((self.dealt_jokes, self.jokes), (self.dealt_stories, self.stories)):
            if items is of and lang in compiled:
                return list(compiled[lang])
        return _dealt(items, lang)

    def learn_opinions(self) -> Corpus:
        """Learn every state's second opinion now (~1.4 s of CPU for the shipped tuning
        sets), so that no victim's answer waits for it: the bot does it at start and on a
        /reload, off the event loop. Returns the corpus, learned (`learned` says what);
        CorpusError on a labelled answer that cannot be used.

        Both rely on `RoutineState.opinion` being built on first use and kept
        (`_built_on_first_use`): reading it here is what learns it now, not on a victim's
        first answer to the state. The labelled answers are read and checked first, all of
        them and explicitly (`LabelledAnswers.by_state`), so that a row that cannot be used
        is this call's CorpusError whatever the opinions read, never an answer's."""
        started = time.perf_counter()
        answers = self.labelled.count if self.labelled is not None else 0  # every row checked
        states = [state for routine in self.routines.values() for state in routine.states.values()]
        opinions = sum(state.opinion is not None for state in states)  # each built, and kept
        learned = Learned(opinions, answers, time.perf_counter() - started)
        object.__setattr__(self, "learned", learned)  # (frozen: a record of what was done)
        return self

    def summary(self) -> str:
        counts = {"zh": 0, "en": 0}  # texts written in each language (not converted)
        said = [s.say for r in self.routines.values() for s in r.states.values()]
        for text in (*said, *(i.text for i in (*self.jokes.values(), *self.stories.values()))):
            counts["zh"] += bool(text.zh)
            counts["en"] += bool(text.en)
        plays = ", ".join(f"{len(self.playable(lang))} in {lang}" for lang in WRITTEN)
        return (
            f"{self.source}: OK: {len(self.routines)} routines ({plays}), "
            f"{len(self.jokes)} one-liners, {len(self.stories)} dialogues; "
            f"texts in zh: {counts['zh']}, in en: {counts['en']}"
            f"; {self.items_summary()}"
        )

    def items_summary(self) -> str:
        """What each language's chats are dealt, and what no chat is."""
        items = (*self.jokes.values(), *self.stories.values())

        def dealt(lang: str) -> str:
            jokes, stories = len(self.dealt(self.jokes, lang)), len(self.dealt(self.stories, lang))
            return f"{jokes} one-liners, {stories} dialogues"

        native = sum(item.plays_in("en") for item in items)  # plays in en: written in English
        skipped = sum(item.skip is not None for item in items)
        return (
            f"dealt in zh: {dealt('zh')}; dealt in en: {dealt('en')} ({native} English-native);"
            f" skipped: {skipped} (told only by id)"
        )


@dataclass(frozen=True)
class Learned:
    """What `Corpus.learn_opinions` learned: for the operator's log, at start and on /reload."""

    opinions: int  # states with a second opinion
    answers: int  # the labelled answers they learned from
    seconds: float

    def __str__(self) -> str:
        return (
            f"learned {self.opinions} second opinions from {self.answers:,} labelled answers"
            f" in {self.seconds:.1f} s"
        )


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    # The file it is in, where not the error's source: a labelled answer's TSV file beside
    # the corpus file (LabelledAnswers).
    file: str | None = None


class CorpusError(Exception):
    """A corpus that cannot be used; the message lists each problem as FILE:LINE: problem."""

    def __init__(self, source: str, problems: Iterable[Problem]):
        self.source = source
        self.problems = sorted(problems, key=lambda p: (p.file or source, p.line))
        lines = [f"{p.file or source}:{p.line}: {p.message}" for p in self.problems]
        super().__init__("\n".join(lines))

    def within(self, folder: str | Path) -> str:
        """The problems as str() lists them, each file named relative to `folder` (the
        content folder), or by its name alone when outside it: for a chat, which has no
        business knowing the server's folders (the full paths are the operator's, in the
        log)."""

        def shown(file: str) -> str:
            path = Path(file)
            try:
                return path.resolve().relative_to(Path(folder).resolve()).as_posix()
            except ValueError:
                return path.name

        return "\n".join(
            f"{shown(p.file or self.source)}:{p.line}: {p.message}" for p in self.problems
        )


Path_ = tuple[Any, ...]


def _line_index(
    node: yaml.Node, path: Path_ = (), index: dict[Path_, int] | None = None
) -> dict[Path_, int]:
    """Map each path in the document (keys and list positions) to its 1-based line."""
    index = {} if index is None else index
    index[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            _line_index(value_node, (*path, key), index)
            index[(*path, key, "<key>")] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for position, child in enumerate(node.value):
            _line_index(child, (*path, position), index)
    return index


def _duplicate_keys(node: yaml.Node, found: list[Problem] | None = None) -> list[Problem]:
    """Every key a mapping has twice, in file order (into `found`)."""
    found = [] if found is None else found
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.value in seen:
                found.append(
                    Problem(key_node.start_mark.line + 1, f"duplicate key '{key_node.value}'")
                )
            seen.add(key_node.value)
            if not isinstance(value_node, yaml.ScalarNode):
                _duplicate_keys(value_node, found)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            if not isinstance(child, yaml.ScalarNode):
                _duplicate_keys(child, found)
    return found


class _Owners:
    """The answer a phrase key goes to: the first of a state's answers whose phrases or
    intents' words have it. Looked up in each answer's sets, not gathered into one mapping:
    an intent has hundreds of words, and a state's give-aways are all that is looked up."""

    def __init__(self) -> None:
        self.sets: list[tuple[frozenset[str], Answer]] = []

    def add(self, keys: tuple[frozenset[str], ...], answer: Answer) -> None:
        self.sets += [(found, answer) for found in keys if found]

    def get(self, key: str) -> Answer | None:
        # a loop, not next(generator): ~1,600 look-ups a corpus load, and a generator costs
        # ~0.4 µs to set up
        for found, answer in self.sets:
            if key in found:
                return answer
        return None

    def __contains__(self, key: str) -> bool:
        return any(key in found for found, _ in self.sets)


class _UnplacedError(Exception):
    """A problem in data read without lines: the text is read again with them, and checked."""


@dataclass
class _Checker:
    """Walks the loaded data, building the corpus and collecting problems."""

    root: yaml.Node | None  # None: the data was read without lines (`_fast_data`)
    lexicon: Lexicon | None = None
    problems: list[Problem] = field(default_factory=list)
    # Every routine's `also_called` names as read (routine, name, where): `names_unique`
    named: list[tuple[str, str, Path_]] = field(default_factory=list)
    _lines: dict[Path_, int] | None = None

    @property
    def lex(self) -> Lexicon:
        return self.lexicon or load_lexicon(DEFAULT_LEXICON)

    def line(self, path: Path_) -> int:
        if self.root is None:
            raise _UnplacedError
        if self._lines is None:  # only a problem needs a line: index the tree then, once
            self._lines = _line_index(self.root)
        while path not in self._lines and path:
            path = path[:-1]
        return self._lines.get(path, 1)

    def fail(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.line(path), message))

    def mapping(self, value: Any, path: Path_, what: str, allowed: set[str]) -> dict[Any, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"{what} must be a mapping of keys to values")
            return {}
        for key in value:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.fail(
                    (*path, key, "<key>"), f"unknown key '{key}' in {what} (expected {expected})"
                )
        return value

    def text(self, value: Any, path: Path_, what: str, needed: tuple[str, ...] = WRITTEN) -> Text:
        """A text in every language of `needed` (others optional, zh-hant and zh-hk too)."""
        if value is None:
            self.fail(path, f"{what} is missing")
            return Text("", "")
        data = self.mapping(value, path, what, _TEXT_KEYS)
        parts: dict[str, str] = {}
        for lang in _TEXT_LANGUAGES:
            if lang not in data:
                if lang in needed:
                    self.fail(path, f"{what} is missing language '{lang}'")
                continue
            text = data[lang]
            line = str(text).strip() if isinstance(text, str | int | float) else ""
            if not line:
                self.fail((*path, lang), f"{what} has empty text for '{lang}'")
                continue
            parts[lang] = line
            if lang == "en" and _FULL_WIDTH_CHAR.search(line):
                wide = [ch for ch in line if ch in _FULL_WIDTH]
                self.fail(
                    (*path, lang),
                    f"{what}: English text has full-width punctuation {' '.join(wide)}"
                    ' (use , . ? ! : ; " ( ) in English)',
                )
        zh_hant, zh_hk = parts.get(TRADITIONAL_KEY), parts.get(HONG_KONG_KEY)
        return Text(parts.get("zh", ""), parts.get("en", ""), zh_hant, zh_hk)

    def question(self, text: Text, path: Path_, what: str) -> None:
        """A line the bot then waits after must read as a question."""
        written = (TRADITIONAL_KEY, text.zh_hant), (HONG_KONG_KEY, text.zh_hk)
        for lang, line in (("zh", text.zh), ("en", text.en), *written):
            if line and not line.rstrip(_CLOSING).endswith(("？", "?")):
                self.fail(
                    (*path, lang),
                    f"{what} ('{lang}') does not end in a question (？ or ?): the bot waits"
                    " for an answer after it, so it must not read like a closing line",
                )

    def item_id(self, value: Any, path: Path_, seen: dict[str, Path_]) -> str:
        if not isinstance(value, str) or not _ID_PATTERN.fullmatch(value):
            self.fail(path, f"id {value!r} must be a short slug: a-z, 0-9 and '-', at most 32")
            return str(value)
        if value in seen:
            self.fail(path, f"duplicate id '{value}' (first used on line {self.line(seen[value])})")
        seen.setdefault(value, path)
        return value

    def items(self, data: Any, key: str, seen: dict[str, Path_]) -> dict[str, Item]:
        result: dict[str, Item] = {}
        if data is None:
            return result
        if not isinstance(data, list):
            self.fail((key,), f"'{key}' must be a list")
            return result
        for position, raw in enumerate(data):
            path = (key, position)
            entry = self.mapping(raw, path, f"{key} entry", _ITEM_KEYS)
            item_id = self.item_id(entry.get("id"), (*path, "id"), seen)
            plays_path = (*path, "plays")
            what = _ITEM_KINDS[key]
            plays = self.plays(entry.get("plays", list(WRITTEN)), plays_path, item_id, what)
            texts = {k: v for k, v in entry.items() if k in _TEXT_KEYS}
            text = self.text(texts, path, item_id, plays)
            skip = None
            if "skip" in entry:
                skip = entry["skip"]
                if not isinstance(skip, str) or not skip.strip():
                    self.fail(
                        (*path, "skip"),
                        f"{what} '{item_id}': 'skip' needs its reason (not a joke, dated, crude,"
                        ' mean...): skip: "the reason"',
                    )
                    skip = None
                else:
                    skip = skip.strip()
            left_out = self.not_dealt_in(
                entry.get("not_dealt_in", []), (*path, "not_dealt_in"), item_id, what
            )
            result[item_id] = Item(item_id, text, plays, skip, left_out)
        return result

    def patterns(self, value: Any, path: Path_) -> tuple[Phrase, ...]:
        """The phrases of `match:` (a list, or {zh: [...], en: [...]}), compiled: `written`
        is each as written."""
        if value is None:
            return ()
        groups = value.values() if isinstance(value, dict) else [value]
        if isinstance(value, dict):
            self.mapping(value, path, "match", set(WRITTEN))
        found: list[Phrase] = []
        lexicon = self.lex
        compiled = lexicon.compiled  # compile_phrase's own cache, read without its call
        for group in groups:
            words = group if isinstance(group, list) else [group]
            for word in words:
                phrase = compiled.get(word) if type(word) is str else None
                if phrase is None and word is not None:
                    phrase = compile_phrase(str(word), lexicon)
                if phrase is None or not phrase.key:
                    self.fail(path, f"match {word!r} is empty once spaces and punctuation go")
                elif phrase.clauses > 1:
                    self.fail(
                        path,
                        f"match {word!r} spans two clauses (punctuation, or a space beside"
                        " Chinese, cuts an answer): it can never match; write it without",
                    )
                else:
                    found.append(phrase)
        return tuple(found)

    def intents(self, value: Any, path: Path_, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        names = value if isinstance(value, list) else [value]
        found: list[str] = []
        for name in names:
            if name not in self.lex.intents:
                known = ", ".join(self.lex.intents)
                self.fail(path, f"{where}: unknown intent {name!r} (known intents: {known})")
            else:
                found.append(name)
        return tuple(found)

    def number(self, value: Any, path: Path_, where: str) -> str | None:
        if value is None:
            return None
        number = canonical(value) if isinstance(value, int | float) else UNREADABLE
        if isinstance(value, bool) or number == UNREADABLE or number.startswith("-"):
            self.fail(path, f"{where}: bad number {value!r}: write a number of 0 or more, like 8")
            return None
        return number

    def answer(self, raw: Any, path: Path_, rid: str, sid: str, plays: tuple[str, ...]) -> Answer:
        entry = self.mapping(raw, path, f"an answer of state '{sid}'", _ANSWER_KEYS)
        where = f"routine '{rid}', state '{sid}'"
        answer_id = entry.get("id", f"answer-{path[-1] + 1}")
        if not isinstance(answer_id, str) or not _BRANCH_PATTERN.fullmatch(answer_id):
            self.fail(
                (*path, "id"),
                f"{where}: answer id {answer_id!r} must be a-z, 0-9, '_' or '-', at most 32",
            )
            answer_id = str(answer_id)
        where = f"{where}, answer '{answer_id}'"
        phrases = self.patterns(entry.get("match"), (*path, "match"))
        patterns = tuple(p.written for p in phrases)
        intents = self.intents(entry.get("intent"), (*path, "intent"), where)
        number = self.number(entry.get("number"), (*path, "number"), where)
        # A phrase holding a number (八把, eight) makes the answer a number answer.
        numbered = [(p.written, p.numbers) for p in phrases]
        held = {n: p for p, numbers in numbered for n in numbers}
        plain = [p for p, numbers in numbered if not numbers]
        if number is None and len(held) == 1 and plain:
            # "the gullible one" beside "nice try" would quietly make the answer number 1
            shown = ", ".join(p for p, numbers in numbered if numbers)
            self.fail(
                (*path, "match"),
                f"{where}: phrases hold the number {next(iter(held))} ({shown}) beside phrases"
                f" that hold none: add 'number: {next(iter(held))}' if the answer means that"
                " number, or write them without it (a phrase holding a number matches only"
                " that number)",
            )
        elif number is None and len(held) == 1:
            number = next(iter(held))
        elif held and set(held) != {number}:
            shown = ", ".join(f"'{p}' ({n})" for n, p in sorted(held.items()))
            self.fail(
                (*path, "match"),
                f"{where}: phrases hold numbers other than the answer's"
                f" ({'none' if number is None else number}): {shown}; an answer matches one"
                " number, through 'number:'",
            )
        regex = None
        if "regex" in entry:
            try:
                regex = re.compile(str(entry["regex"]), re.IGNORECASE)
            except re.error as error:
                self.fail((*path, "regex"), f"{where}: bad regex {entry['regex']!r}: {error}")
        if not patterns and not intents and number is None and "regex" not in entry:
            self.fail(path, f"{where}: an answer needs 'match', 'intent', 'number' or 'regex'")
        reply = None
        if "reply" in entry:
            reply = self.text(entry["reply"], (*path, "reply"), "reply", plays)
        goto = entry.get("goto")
        if reply is None and goto is None:
            self.fail(path, f"{where}: an answer needs a 'reply', a 'goto', or both")
        label = _label(entry.get("match"), intents, number, self.lex)
        goto = None if goto is None else str(goto)
        saw_through = entry.get("saw_through", False)
        if not isinstance(saw_through, bool):
            self.fail((*path, "saw_through"), f"{where}: 'saw_through' must be true or false")
            saw_through = False
        if saw_through and goto is not None:
            self.fail((*path, "saw_through"), f"{where}: 'saw_through' ends a routine: no 'goto'")
        if answer_id == GIVE_AWAY:
            self.fail(
                (*path, "id"),
                f"{where}: the answer id '{GIVE_AWAY}' is kept for the give-away"
                " (see 'give_away'): name the answer otherwise",
            )
        ending = self.ending(entry, path, where, goto, saw_through)
        if ending == SAW_THROUGH:
            saw_through = True
        unit = self.unit(entry.get("unit"), (*path, "unit"), where, number)
        answer = Answer(
            patterns,
            regex,
            reply,
            goto,
            label,
            answer_id,
            intents,
            number,
            saw_through,
            ending,
            unit=unit,
        )
        if answer.unsure and goto is None and ending is None:
            # A riddle's answer told to someone who said they do not know is no fall, unless
            # the punchline lands on them whatever they knew: only the writer can tell which.
            self.fail(
                path,
                f"{where}: the answer ends the routine on a don't-know: write 'outcome:"
                " fell' if the punchline lands on the victim whatever they know (the trick"
                " is on them), or 'outcome: called_off' if the reply only tells the answer",
            )
        if answer.outcome == REFUSED and reply is not None:
            for lang, line in (("zh", reply.zh), ("en", reply.en)):
                if line and (found := _GOT_THEM.search(line)):
                    self.fail(
                        (*path, "reply", lang),
                        f"{where}: the answer ends as refused (the victim would not play) but"
                        f" its reply reads as a punchline that got them ('{found.group()}'):"
                        " write 'outcome: fell' if it did, or reword the reply",
                    )
        return answer

    def ending(
        self, entry: dict[str, Any], path: Path_, where: str, goto: Any, saw_through: bool
    ) -> str | None:
        """The `outcome:` written on an answer, checked against what else it says."""
        if "outcome" not in entry:
            return None
        value = entry["outcome"]
        at = (*path, "outcome")
        if value not in _ANSWER_OUTCOMES:
            known = ", ".join(_ANSWER_OUTCOMES)
            self.fail(at, f"{where}: unknown outcome {value!r} (an answer ends as one of {known})")
            return None
        if goto is not None and value != FELL:
            self.fail(
                at,
                f"{where}: 'outcome: {value}' on an answer that goes on ('goto'): only an"
                " answer that ends the routine has an outcome, or 'outcome: fell' for a fall"
                " on the way",
            )
            return None
        if saw_through and value != SAW_THROUGH:
            self.fail(
                at,
                f"{where}: 'saw_through: true' and 'outcome: {value}' contradict each other:"
                " keep one",
            )
            return None
        return str(value)

    def give_away(
        self, value: Any, path: Path_, where: str, plays: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The phrases of a trick: {zh: [...], en: [...]} (the languages played), or a list."""
        if value is None:
            return ()
        if isinstance(value, dict):
            for lang in plays:
                if not value.get(lang):
                    self.fail(path, f"{where}: 'give_away' is missing language '{lang}'")
        kept = []
        for phrase in self.patterns(value, path):
            if phrase.numbers:
                self.fail(
                    path,
                    f"{where}: give-away {phrase.written!r} holds a number: a give-away is"
                    " words (write the words around the number)",
                )
            else:
                kept.append(phrase.written)
        return tuple(kept)

    def unit(self, value: Any, path: Path_, where: str, number: str | None) -> str | None:
        """An answer's `unit:`: its number is a duration in this unit of time."""
        if value is None:
            return None
        units = self.lex.duration_units
        if not isinstance(value, str) or value not in units:
            self.fail(path, f"{where}: unknown unit {value!r} (units of time: {', '.join(units)})")
            return None
        if number is None:
            self.fail(path, f"{where}: 'unit' needs a 'number' (the duration in that unit)")
            return None
        return value

    def shadowed(self, answers: tuple[Answer, ...], path: Path_, where: str) -> _Owners:
        """Duplicate answer ids, answers that can never match (each phrase, number and intent
        they have is already an earlier answer's, so the earlier one always wins), and two
        answers that go on alike (the same next question, no reply, the same outcome): the
        victim cannot tell them apart, so a judge picking one over the other would be scored
        wrong for nothing; they are one answer. Returns the answer each phrase key (phrases
        and intents' words) goes to: the first."""
        ids: dict[str, int] = {}
        silent_gotos: dict[tuple[str, str | None, bool], str] = {}
        owners = _Owners()
        intents: set[str] = set()  # the earlier answers': every key of theirs has an owner
        numbers: dict[str, str] = {}
        for i, answer in enumerate(answers):
            at = (*path, "answers", i)
            if answer.id in ids:
                first = self.line((*path, "answers", ids[answer.id]))
                self.fail(
                    (*at, "id"),
                    f"{where}: duplicate answer id '{answer.id}' (first on line {first})",
                )
            ids.setdefault(answer.id, i)
            if answer.goto is not None and answer.reply is None:
                effect = (answer.goto, answer.outcome, answer.saw_through)
                if (twin := silent_gotos.setdefault(effect, answer.id)) != answer.id:
                    self.fail(
                        at,
                        f"{where}: answer '{answer.id}' goes on exactly as '{twin}' does (to"
                        f" '{answer.goto}', saying nothing): make them one answer",
                    )
            own = phrase_keys(answer.branch(), self.lex)
            if any(own) or answer.number is not None:
                phrases, *words = own
                new_number = answer.number is not None and answer.number not in numbers
                # a new key stops the walk at once: most answers have one in their first
                covered = all(k in owners for k in phrases) and all(
                    intent in intents or all(k in owners for k in keys)
                    for intent, keys in zip(answer.intents, words, strict=True)
                )
                if covered and not new_number and answer.regex is None:
                    earlier = {owner.id for keys in own for k in keys if (owner := owners.get(k))}
                    if answer.number is not None:
                        earlier.add(numbers[answer.number])
                    self.fail(
                        at,
                        f"{where}: answer '{answer.id}' can never match: every phrase, intent"
                        f" and number it has belongs to an earlier answer ({', '.join(sorted(earlier))})",
                    )
                elif answer.number is not None and answer.number in numbers:
                    self.fail(at, _taken_number(where, answer, numbers[answer.number], self.lex))
            owners.add(own, answer)
            intents.update(answer.intents)
            if answer.number is not None:
                numbers.setdefault(answer.number, answer.id)
        return owners

    def state(
        self,
        raw: Any,
        path: Path_,
        rid: str,
        sid: str,
        plays: tuple[str, ...] = WRITTEN,
        routine_give_away: tuple[str, ...] = (),
        routine_reply: Text | None = None,
        told: tuple[str, ...] = (),
    ) -> RoutineState:
        entry = self.mapping(raw, path, f"state '{sid}'", _STATE_KEYS)
        where = f"routine '{rid}', state '{sid}'"
        say = self.text(entry.get("say"), (*path, "say"), f"{where}: 'say'", plays)
        self.question(say, (*path, "say"), f"{where}: 'say'")
        answers_raw = entry.get("answers") or []
        if not isinstance(answers_raw, list):
            self.fail((*path, "answers"), f"{where}: 'answers' must be a list")
            answers_raw = []
        answers = tuple(
            self.answer(a, (*path, "answers", i), rid, sid, plays)
            for i, a in enumerate(answers_raw)
        )
        owners = self.shadowed(answers, path, where)
        otherwise_path = (*path, "otherwise")
        otherwise = self.mapping(
            entry.get("otherwise"), otherwise_path, f"{where}: 'otherwise'", _OTHERWISE_KEYS
        )
        reveal = self.text(otherwise.get("reveal"), (*otherwise_path, "reveal"), "reveal", plays)
        hint = None
        if "hint" in otherwise:
            hint = self.text(otherwise["hint"], (*otherwise_path, "hint"), "hint", plays)
            self.question(hint, (*otherwise_path, "hint"), f"{where}: 'hint'")
        tries = otherwise.get("tries", 1 if hint else 0)
        if not isinstance(tries, int) or isinstance(tries, bool) or not 0 <= tries <= 5:
            self.fail((*otherwise_path, "tries"), f"{where}: 'tries' must be 0 to 5")
            tries = 0
        if tries and hint is None:
            self.fail((*otherwise_path, "tries"), f"{where}: 'tries' needs a 'hint' to give")
        dont_know_hint = None
        if "dont_know_hint" in otherwise:
            dont_know_path = (*otherwise_path, "dont_know_hint")
            dont_know_hint = self.text(
                otherwise["dont_know_hint"], dont_know_path, "dont_know_hint", plays
            )
            self.question(dont_know_hint, dont_know_path, f"{where}: 'dont_know_hint'")
            if hint is None:
                self.fail(dont_know_path, f"{where}: 'dont_know_hint' stands in for a 'hint'")
        reveal_outcome = otherwise.get("outcome", CALLED_OFF)
        refused_reply = None
        if "refused" in otherwise:
            refused_path = (*otherwise_path, "refused")
            refused_reply = self.text(otherwise["refused"], refused_path, "refused", plays)
            if otherwise.get("outcome") != FELL:
                self.fail(
                    refused_path,
                    f"{where}: a refusal's own line is for a reveal that is the prank"
                    " (outcome: fell); any other reveal a refusal may be told",
                )
        number_off_topic = self.off_topic(otherwise, otherwise_path, where)
        no_declines = otherwise.get("no_declines", False)
        if not isinstance(no_declines, bool):
            self.fail(
                (*otherwise_path, "no_declines"),
                f"{where}: 'no_declines' is true where the question asks the victim to play"
                " (a no alone declines), or left out",
            )
            no_declines = False
        if reveal_outcome not in _REVEAL_OUTCOMES:
            self.fail(
                (*otherwise_path, "outcome"),
                f"{where}: the reveal's outcome {reveal_outcome!r} must be called_off (the"
                " default: the bot gave up) or fell (the reveal is itself the prank)",
            )
            reveal_outcome = CALLED_OFF
        if reveal_outcome == CALLED_OFF:
            self.called_off_reveal(reveal, (*otherwise_path, "reveal"), where)
        for lang, line in (("zh", reveal.zh), ("en", reveal.en)):
            if line and (found := _CONGRATULATION.search(line)):
                self.fail(
                    (*otherwise_path, "reveal", lang),
                    f"{where}: the reveal opens with a congratulation ('{found.group().strip()}')"
                    " but follows an answer the bot did not understand: say the answer"
                    " instead",
                )
            elif line and (found := _COULD_NOT_SAY.search(line)):
                self.fail(
                    (*otherwise_path, "reveal", lang),
                    f"{where}: the reveal says the victim could not answer ('{found.group()}')"
                    " but follows an answer that said something the bot did not understand",
                )
            elif line and reveal_outcome == FELL and (found := _CONSOLING.search(line)):
                self.fail(
                    (*otherwise_path, "reveal", lang),
                    f"{where}: the reveal is the prank, landing whatever was answered, but opens"
                    f" by consoling a no ('{found.group().strip()}'): word it to fit any answer"
                    " ('noticed or not, …')",
                )
        own = self.give_away(entry.get("give_away"), (*path, "give_away"), where, plays)
        routine_path = (*path[:-2], "give_away")  # the routine's, for its phrases
        written = [(p, routine_path) for p in routine_give_away]
        written += [(p, (*path, "give_away")) for p in own]
        give_away = self.give_aways(written, owners, where)
        reply = routine_reply
        if "saw_through_reply" in entry:
            reply_path = (*path, "saw_through_reply")
            reply = self.text(entry["saw_through_reply"], reply_path, "saw_through_reply", plays)
        routes = self.routes(entry.get("intents"), (*path, "intents"), where, answers)
        self.refusal_stand_in(answers, routes, (*path, "intents"), where)
        lexicon = self.lex
        return RoutineState(
            say,
            answers,
            reveal,
            hint,
            tries,
            lambda: _matcher(say, answers, lexicon, routes, give_away, told),
            reveal_outcome=str(reveal_outcome),
            give_away=give_away,
            saw_through_reply=reply,
            refused_reply=refused_reply,
            number_off_topic=number_off_topic,
            no_declines=no_declines,
            dont_know_hint=dont_know_hint,
        )

    def off_topic(self, otherwise: dict[str, Any], path: Path_, where: str) -> bool:
        """`otherwise: {off_topic: [number]}`: whether a number alone answers another question
        here. Only beside `outcome: fell` (elsewhere the reveal scores no fall anyway)."""
        if "off_topic" not in otherwise:
            return False
        kinds = otherwise["off_topic"]
        off_path = (*path, "off_topic")
        if not isinstance(kinds, list) or not all(k in OFF_TOPIC_KINDS for k in kinds):
            self.fail(
                off_path,
                f"{where}: 'off_topic' lists what answers another question here, of"
                f" {', '.join(OFF_TOPIC_KINDS)}",
            )
            return False
        if otherwise.get("outcome") != FELL:
            self.fail(
                off_path,
                f"{where}: 'off_topic' is for a reveal that is the prank (outcome: fell): any"
                " other reveal scores no fall on any answer",
            )
            return False
        return "number" in kinds

    def called_off_reveal(self, reveal: Text, path: Path_, where: str) -> None:
        """A reveal ending the prank as called off (the bot gave up on answers it did not
        understand) follows someone who did not fall: in no variety may it read as a
        punchline that got them ("乖，儿子", "good boy, son"). Said in Taiwan and Hong Kong
        converted from `zh` where not written: a problem there is reported on `zh`'s line."""
        said = [("zh", reveal.zh, "zh"), ("en", reveal.en, "en")]
        if reveal.zh:
            for key in (TRADITIONAL_KEY, HONG_KONG_KEY):
                written = reveal.zh_hant if key == TRADITIONAL_KEY else reveal.zh_hk
                said.append((key, reveal.in_(key), key if written else "zh"))
        for lang, line, at in said:
            if line and (found := _GOT_THEM.search(line)):
                self.fail(
                    (*path, at),
                    f"{where}: the reveal ends the prank as called_off (the victim did not"
                    f" fall) but reads, in {lang}, as a punchline that got them"
                    f" ('{found.group()}'): say the answer instead, or write"
                    " 'outcome: fell' in 'otherwise' if the reveal is itself the prank",
                )

    def give_aways(
        self, phrases: list[tuple[str, Path_]], owners: _Owners, where: str
    ) -> tuple[str, ...]:
        """A state's give-away phrases: a phrase an answer of the state that sees through it
        already has is left to that answer (its reply is its own); one another answer has
        (its phrases, or its intents' words: `owners`, see `shadowed`) would take that answer
        away: refused."""
        kept: list[str] = []
        seen: set[str] = set()
        lexicon = self.lex
        for phrase, path in phrases:
            key = compile_phrase(phrase, lexicon).key
            if key in seen:
                continue
            seen.add(key)
            owner = owners.get(key)
            if owner is None:
                kept.append(phrase)
            elif owner.outcome != SAW_THROUGH:
                ends = "goes on" if owner.outcome is None else f"ends as {owner.outcome}"
                self.fail(
                    path,
                    f"{where}: give-away {phrase!r} is also answer '{owner.id}''s ({ends}):"
                    " take it out of one of them (a routine's give-away applies to every"
                    " state: give it to the states it fits instead)",
                )
        return tuple(kept)

    def refusal_stand_in(
        self,
        answers: tuple[Answer, ...],
        routes: Mapping[str, str | None],
        path: Path_,
        where: str,
    ) -> None:
        """A reply never asserts what the victim did not say: where no answer takes `refuse`,
        declining (不玩, "not playing": lexicon.stand_ins) would count for the `no` answer,
        whose reply may answer a no ("不可能，怎么可能不累" to 不玩). The state says where a
        refusal goes instead: `intents: {refuse: <answer>}` where that reply fits one who
        will not play (the stand-in as it was: only declining reaches it, see `_matcher`),
        `intents: {refuse: otherwise}` for the reveal (ending refused)."""
        if REFUSE in routes or any(REFUSE in a.intents for a in answers):
            return
        no = _no_answer(answers, routes)
        if no is None:
            return
        self.fail(
            path,
            f"{where}: a refusal (不玩, 'not playing') would reach answer {no!r} as its stand-in"
            f" for no, whose reply may say they answered no: write `intents: {{refuse: {no}}}`"
            " if its reply fits one who will not play, else `intents: {refuse: otherwise}`"
            " (the reveal, ending refused)",
        )

    def routes(
        self, value: Any, path: Path_, where: str, answers: tuple[Answer, ...]
    ) -> dict[str, str | None]:
        """A state's `intents:`: where an intent's words go instead of the rule (an answer id,
        or `otherwise`)."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"{where}: 'intents' maps an intent to an answer id or otherwise")
            return {}
        ids = [a.id for a in answers]
        routes: dict[str, str | None] = {}
        for intent, target in value.items():
            if intent not in self.lex.intents:
                known = ", ".join(self.lex.intents)
                self.fail(
                    (*path, intent, "<key>"),
                    f"{where}: 'intents' names unknown intent {intent!r} (known intents: {known})",
                )
            elif target != OTHERWISE and target not in ids:
                self.fail(
                    (*path, intent),
                    f"{where}: 'intents' sends {intent} to {target!r}, which is no answer of"
                    f" this state (answers: {', '.join(ids) or 'none'}; or otherwise)",
                )
            else:
                routes[intent] = None if target == OTHERWISE else target
        return routes

    def routine(self, raw: Any, path: Path_, seen: dict[str, Path_]) -> Routine | None:
        entry = self.mapping(raw, path, "routine", _ROUTINE_KEYS)
        if not entry:
            return None
        rid = self.item_id(entry.get("id"), (*path, "id"), seen)
        plays = self.plays(entry.get("plays", list(WRITTEN)), (*path, "plays"), rid)
        title = self.text(entry.get("title"), (*path, "title"), f"routine '{rid}': 'title'", plays)
        states_raw = entry.get("states")
        if not isinstance(states_raw, dict) or not states_raw:
            self.fail((*path, "states"), f"routine '{rid}' needs 'states' with at least one state")
            return None
        for sid in states_raw:
            if not isinstance(sid, str) or not _STATE_PATTERN.fullmatch(sid):
                self.fail(
                    (*path, "states", sid, "<key>"),
                    f"routine '{rid}': state name {sid!r} must be a-z, 0-9, '_' or '-', at most 16",
                )
        where = f"routine '{rid}'"
        give_away = self.give_away(entry.get("give_away"), (*path, "give_away"), where, plays)
        reply = None
        if "saw_through_reply" in entry:
            reply_path = (*path, "saw_through_reply")
            reply = self.text(entry["saw_through_reply"], reply_path, "saw_through_reply", plays)
        told = _told(entry)
        states = {
            str(sid): self.state(
                value, (*path, "states", sid), rid, str(sid), plays, give_away, reply, told
            )
            for sid, value in states_raw.items()
        }
        start = str(entry.get("start", next(iter(states))))
        if start not in states:
            self.fail((*path, "start"), f"routine '{rid}': start state '{start}' does not exist")
            return None
        for sid, state in states.items():
            for i, answer in enumerate(state.answers):
                if answer.goto is not None and answer.goto not in states:
                    self.fail(
                        (*path, "states", sid, "answers", i, "goto"),
                        f"routine '{rid}', state '{sid}': goto to unknown state '{answer.goto}'",
                    )
        reachable = _reachable(start, states)
        for sid in states:
            if sid not in reachable:
                self.fail(
                    (*path, "states", sid, "<key>"),
                    f"routine '{rid}': state '{sid}' is unreachable from '{start}'",
                )
        timeout = entry.get("timeout", DEFAULT_TIMEOUT_SECONDS)
        if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
            self.fail((*path, "timeout"), f"routine '{rid}': 'timeout' must be seconds above 0")
            timeout = DEFAULT_TIMEOUT_SECONDS
        left_out = self.not_dealt_in(entry.get("not_dealt_in", []), (*path, "not_dealt_in"), rid)
        also = self.also_called(
            entry.get("also_called"), (*path, "also_called"), f"routine '{rid}': 'also_called'", rid
        )
        return Routine(
            rid, title, start, states, float(timeout), plays, give_away, reply, left_out, also
        )

    def also_called(
        self, value: Any, path: Path_, what: str, owner: str | None = None
    ) -> tuple[str, ...]:
        """Other names, `{zh: [生肖, 属相], en: [zodiac]}` (any of zh, zh-hant, zh-hk, en), said
        in errors as `what` ("routine 'ID': 'also_called'", "kind 'riddle': 'names'"): each a
        non-empty name. A routine's (`owner`, its id) are noted for `names_unique` with where
        they are written; a kind's, shared by its routines by design, are not (`kinds`)."""
        if value is None:
            return ()
        data = self.mapping(value, path, what, _TEXT_KEYS)
        names: list[str] = []
        for lang, listed in data.items():
            if lang not in _TEXT_KEYS:
                continue  # said by `mapping`
            if not isinstance(listed, list) or not listed:
                self.fail(
                    (*path, lang),
                    f"{what} for '{lang}' must be a list of names",
                )
                continue
            for position, name in enumerate(listed):
                where = (*path, lang, position)
                if isinstance(name, bool) or not isinstance(name, str | int | float):
                    self.fail(
                        where,
                        f"{what} has a name that is no text ({name!r})",
                    )
                    continue
                written = str(name).strip()
                if not title_key(written):
                    self.fail(where, f"{what} has an empty name ({name!r})")
                    continue
                if len(written) > NAME_MOST:  # a paragraph no one types, walked by every /prank
                    self.fail(
                        where,
                        f"{what} name '{written[:32]}…' is longer than"
                        f" {NAME_MOST} characters: a name is a few words",
                    )
                    continue
                names.append(written)
                if owner is not None:
                    self.named.append((owner, written, where))
        return tuple(names)

    def kinds(self, value: Any, routines: Mapping[str, Routine]) -> dict[str, tuple[str, ...]]:
        """The corpus's `kinds`: what people call a kind of routine (riddle, 脑筋急转弯, 表白),
        each name finding every routine of the kind (ops28: /prank riddle, /prank 表白 found
        nothing). A list of `{names: {zh: […], en: […]}, routines: [id, …]}`: names written as
        `also_called` is, two routines or more, each known; no name is a routine's id, title
        or other name (that one routine would hide the kind), nor another kind's."""
        found: dict[str, tuple[str, ...]] = {}
        kind_of: dict[str, int] = {}  # which kind holds each name (one kind may spell it twice)
        named: list[tuple[str, Path_]] = []  # each kind as a problem names it, and where
        if value is None:
            return found
        if not isinstance(value, list):
            self.fail(("kinds",), "'kinds' must be a list of {names, routines}")
            return found
        owners = {
            title_key(name): rid
            for rid, routine in routines.items()
            for name in (rid, *_title_names(routine.title), *routine.also_called)
            if title_key(name)
        }
        for position, entry in enumerate(value):
            path: Path_ = ("kinds", position)
            data = self.mapping(entry, path, "a kind", _KIND_KEYS)
            # named as written, by its first name (ops29: "kind 1" left the writer counting)
            first = _first_name(data.get("names"))
            what = f"kind '{first}'" if first else f"kind {position + 1}"
            named.append((what, path))
            names = self.also_called(data.get("names"), (*path, "names"), f"{what}: 'names'")
            listed = data.get("routines")
            if not isinstance(listed, list) or len(listed) < 2:
                self.fail((*path, "routines"), f"{what}: 'routines' must list two routines or more")
                continue
            unknown = [str(rid) for rid in listed if rid not in routines]
            if unknown:
                self.fail((*path, "routines"), f"{what}: unknown routines {', '.join(unknown)}")
                continue
            for name in names:
                key = title_key(name)
                if key in owners:
                    self.fail(
                        (*path, "names"),
                        f"{what}: name '{name}' is a name of routine '{owners[key]}'",
                    )
                elif kind_of.setdefault(key, position) != position:
                    other, at = named[kind_of[key]]
                    self.fail(
                        (*path, "names"),
                        f"{what}: name '{name}' is a name of {other} too (line {self.line(at)})",
                    )
                else:
                    found[key] = tuple(sorted(dict.fromkeys(str(rid) for rid in listed)))
        return found

    def names_unique(self, routines: Mapping[str, Routine]) -> None:
        """No name of `also_called` names two routines: none is another routine's too, nor
        another routine's id or title (compared as /prank compares them: `title_key`, so
        Simplified and Traditional alike). Such a name would find neither, only a question."""
        owners: dict[str, str] = {}
        for rid, routine in routines.items():
            title = routine.title  # as written: a converted title folds back to its zh
            for name in (rid, title.zh, title.en, title.zh_hant or "", title.zh_hk or ""):
                if title_key(name):
                    owners.setdefault(title_key(name), rid)
        first: dict[str, tuple[str, Path_]] = {}
        for rid, name, where in self.named:
            key = title_key(name)
            owner = owners.get(key)
            if owner is not None and owner != rid:
                self.fail(
                    where,
                    f"routine '{rid}': 'also_called' name '{name}' is the id or a title of"
                    f" routine '{owner}': a name finds one routine",
                )
            elif key in first and first[key][0] != rid:
                other, at = first[key]
                self.fail(
                    where,
                    f"routine '{rid}': 'also_called' name '{name}' is a name of routine"
                    f" '{other}' too (line {self.line(at)}): a name finds one routine",
                )
            first.setdefault(key, (rid, where))

    def not_dealt_in(
        self, value: Any, path: Path_, rid: str, what: str = "routine"
    ) -> tuple[str, ...]:
        if not isinstance(value, list) or any(name not in LANGUAGES for name in value):
            known = ", ".join(LANGUAGES)
            self.fail(path, f"{what} '{rid}': 'not_dealt_in' must list chat languages ({known})")
            return ()
        return tuple(value)

    def plays(self, value: Any, path: Path_, rid: str, what: str = "routine") -> tuple[str, ...]:
        names = value if isinstance(value, list) else [value]
        if not names or any(name not in WRITTEN for name in names):
            self.fail(path, f"{what} '{rid}': 'plays' must list languages among zh, en")
            return WRITTEN
        return tuple(lang for lang in WRITTEN if lang in names)


def _taken_number(where: str, answer: Answer, first: str, lexicon: Lexicon) -> str:
    held = [p for p in answer.patterns if answer.number in compile_phrase(p, lexicon).numbers]
    through = f" (through its phrases {', '.join(held)})" if held else ""
    return (
        f"{where}: answer '{answer.id}' matches the number {answer.number}{through}, which"
        f" answer '{first}' already takes, so it never gets it: a phrase holding a number"
        " matches only that number (write it without the number, or use 'regex')"
    )


def _label(
    match: Any, intents: tuple[str, ...], number: str | None, lexicon: Lexicon
) -> Text | None:
    """How a button names an answer: the first phrase of `match` in each language as the
    writer spelt it, else its intent's name, else its number."""

    def first(words: Any) -> str | None:
        words = words if isinstance(words, list) else [words]
        return next((str(w) for w in words if w is not None and str(w).strip()), None)

    if isinstance(match, dict):
        zh, en = first(match.get("zh")), first(match.get("en"))
        either = zh or en
        if either:
            return Text(zh or either, en or either)
    elif match is not None and (word := first(match)):
        return Text(word, word)
    if intents:
        zh, en = lexicon.intents[intents[0]]["label"]
        return Text(zh, en)
    return Text(number, number) if number is not None else None


def _matcher(
    say: Text,
    answers: tuple[Answer, ...],
    lexicon: Lexicon,
    routes: dict[str, str | None] | None = None,
    give_away: tuple[str, ...] = (),
    told: tuple[str, ...] = (),
) -> Matcher:
    """A state's answers compiled for matching (understanding/matcher.py); the give-away is
    one more branch, after the answers (see `RoutineState.understand`); `told` is the
    routine's own words (see `Matcher.told`)."""
    question = [t for t in (say.zh, say.en, say.zh_hant) if t]
    branches = [a.branch() for a in answers]
    if give_away:
        branches.append(Branch(GIVE_AWAY, give_away))
    routes = dict(routes or {})
    if routes.get(REFUSE) is not None and routes[REFUSE] == _no_answer(answers, routes):
        # `intents: {refuse: <the no answer>}` says its reply fits a refusal, as the stand-in
        # takes it (see `refusal_stand_in`): declining (the stand-in's words) reaches it, and
        # the other refuse words (没空, 不告诉你) what they did
        del routes[REFUSE]
    if TRICK in lexicon.intents and TRICK not in routes:
        routes.update(_trick_route(answers, bool(give_away)))
    return Matcher(branches, question, lexicon=lexicon, routes=routes, told=told)


def _no_answer(answers: tuple[Answer, ...], routes: Mapping[str, str | None]) -> str | None:
    """The answer a state's `no` words reach: its `intents:` route, else the first taking it."""
    if NO in routes:
        return routes[NO]
    return next((a.id for a in answers if NO in a.intents), None)


# The keys of a routine whose values are no words it says (see `_told`).
_UNTOLD_KEYS = frozenset(
    ("id", "goto", "intent", "outcome", "start", "plays", "not_dealt_in", "regex", "title")
) | {"also_called"}


def _told(raw: Any) -> tuple[str, ...]:
    """Every line a routine's YAML holds (its questions, answers' phrases, replies, reveals,
    hints and give-away, in every language): the words of its trick (see `Matcher.told`).
    Walked with a stack, not recursion: ~3.3 → 0.9 ms a load."""
    lines: list[str] = []
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            lines.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():  # (a loop: a generator resumed an item cost more)
                if key not in _UNTOLD_KEYS:
                    stack.append(item)
        elif isinstance(value, list):
            stack.extend(value)
    return tuple(lines)


def _trick_route(answers: tuple[Answer, ...], give_away: bool) -> dict[str, str | None]:
    """Naming the trick is seeing through it: where no answer of a state takes the `trick`
    intent (想骗我, 叫你爸爸, "not falling for it", a mention frame: 是要我说孙吗), its words go
    to the give-away (the routine's saw-through reply: "you knew this one", never a sharp
    answer's "Correct! All twelve." to someone who gave no answer), else to the state's first
    answer that sees through it, else nowhere: a state with neither (a warm-up before the
    real trick) gives its hint or reveal. The state's `intents:` overrides it
    (`intents: {trick: otherwise}`)."""
    if any(TRICK in a.intents for a in answers):
        return {}
    if give_away:
        return {TRICK: GIVE_AWAY}
    sharp = next((a.id for a in answers if a.saw_through), None)
    return {TRICK: sharp} if sharp is not None else {}


def _reachable(start: str, states: Mapping[str, RoutineState]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for answer in states[todo.pop()].answers:
            if answer.goto is not None and answer.goto in states and answer.goto not in seen:
                seen.add(answer.goto)
                todo.append(answer.goto)
    return seen


def _anchors_and_aliases(text: str) -> list[Problem]:
    """YAML anchors (&a) and aliases (*a), refused before anything is built from them: a few
    lines of aliases can stand for billions of nodes (a hang), or refer to themselves (a
    crash), and a corpus has no need of them. Read as events, which never expand them."""
    problems = []
    try:
        for event in yaml.parse(text, Loader=_Loader):
            line = event.start_mark.line + 1 if event.start_mark is not None else 1
            if isinstance(event, yaml.AliasEvent):
                problems.append(Problem(line, f"YAML alias *{event.anchor} is not allowed"))
            elif isinstance(event, yaml.NodeEvent) and event.anchor:
                problems.append(Problem(line, f"YAML anchor &{event.anchor} is not allowed"))
            if len(problems) >= 20:
                break
    except yaml.YAMLError:
        return []  # not valid YAML: parse_corpus says where
    return problems


def _compose(text: str, source: str) -> tuple[yaml.Node, Any, list[Problem]]:
    """The node tree (for lines), the data of a YAML file, read safely, and its duplicate
    keys (problems, in file order); CorpusError on anchors, aliases, invalid YAML or an empty
    file."""
    # Without an "&" there is no anchor, and an alias (to no anchor) fails composing: the
    # events are read for them (a third of the time of a load) only then.
    aliases = _anchors_and_aliases(text) if "&" in text else []
    if aliases:
        raise CorpusError(source, aliases)
    try:
        root = yaml.compose(text, Loader=_Loader)
        duplicates: list[Problem] = []
        data = _data(root, yaml.constructor.SafeConstructor(), duplicates) if root else None
    except yaml.YAMLError as error:
        aliases = _anchors_and_aliases(text)
        if aliases:
            raise CorpusError(source, aliases) from None
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(error, "problem", None) or str(error)
        raise CorpusError(source, [Problem(line, f"not valid YAML: {problem}")]) from None
    if root is None:
        raise CorpusError(source, [Problem(1, "the file is empty")])
    return root, data, duplicates


def _fast_data(text: str) -> Any:
    """The data of `text` read by yaml-rs, the same as `_compose` builds, or `_DECLINED`:
    where the text holds what the two readers may read differently (anchors, tags, documents,
    the characters above, numbers as YAML 1.1 reads them and 1.2 does not), where yaml-rs
    refuses it (invalid YAML, duplicate keys: PyYAML says where), or where the data holds a
    value other than a string, a number, a boolean or null, or a string a plain scalar of the
    same text would not be (the quoted '8' is the plain 8 in neither)."""
    if (
        "&" in text  # anchors (refused) and aliases, which yaml-rs would expand
        or text.startswith(("%", "---", "...", "!"))
        or "\n%" in text
        or "\n---" in text
        or "\n..." in text
        or _UNSURE_CHARACTER.search(text)
        or _follows(text, "!", " \n[{,:")  # a tag: `!!int 3`, `!x y`, `{"a":!x y}`
        or ":}" in text  # `{a:b:}`, which libyaml refuses and yaml-rs reads as {'a:b': None}
        or ":]" in text
        or ":," in text
        or _colon_in_a_flow(text)
        or _numbers_differ(text)
    ):
        return _DECLINED
    try:
        data = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # invalid YAML, or a key Python cannot hash: PyYAML says
        return _DECLINED
    return data if data is not None and _read_alike(data) else _DECLINED


def _follows(text: str, mark: str, after: str) -> bool:
    """Whether `mark` stands in `text` right after one of the characters of `after`."""
    at = text.find(mark, 1)
    while at != -1:
        if text[at - 1] in after:
            return True
        at = text.find(mark, at + 1)
    return False


def _colon_in_a_flow(text: str) -> bool:
    """Whether a ':' with no space after it may stand in a flow collection (`[a:b!: c]`,
    `{:?a}`): libyaml refuses some that yaml-rs reads. One inside quotes is none."""
    for colon in _TIGHT_COLON.finditer(text):
        line = text[text.rfind("\n", 0, colon.start()) + 1 : colon.start()]
        if not line.strip():
            return True  # a line opening with ':' may go on a flow of lines above: `[a\n:?]`
        if "[" not in line and "{" not in line:
            continue  # no flow opens before it
        quote, flow = "", False
        # only quotes and brackets change what is read: the line's other characters are
        # passed by the regex (half of jokes.yaml's 244 tight colons close a line of a flow,
        # 90,000 characters walked one by one: ~4 ms a load)
        for character in _FLOW_MARKS.findall(line):
            if quote:
                quote = "" if character == quote else quote
            elif character in "'\"":
                quote = character
            elif character in "[{":
                flow = True
        if flow and not quote:
            return True
    return False


def _numbers_differ(text: str) -> bool:
    """A word that yaml-rs may read as a number other than PyYAML's (a number is one word)."""
    for run in set(_NUMBER_RUN.findall(text)):
        word = run.removesuffix(":")
        if _NUMBERISH.fullmatch(word) and not _PLAIN_NUMBER.fullmatch(word):
            return True
    return False


def _read_alike(data: Any) -> bool:
    """Whether PyYAML builds the same data as yaml-rs did (see `_fast_data`)."""
    todo = [data]
    while todo:
        node = todo.pop()
        if type(node) is dict:
            for key in node:
                if (
                    type(key) is not str
                    or " " in key  # may be folded from two lines: `{b\n c: d}`, refused by libyaml
                    or (key[:1] in _UNSURE_FIRSTS and _claimed(key))
                ):
                    return False
            values: Iterable[Any] = node.values()
        elif type(node) is list:
            values = node
        else:
            return False  # a file of one scalar: PyYAML's reading tells what is wrong
        for value in values:
            kind = type(value)
            if kind is str:
                if value[:1] in _UNSURE_FIRSTS and _claimed(value):
                    return False
            elif kind is dict or kind is list:
                todo.append(value)
            elif kind not in _FAST_SCALARS:
                return False
    return True


def _claimed(text: str) -> bool:
    """Whether a string read by yaml-rs may be a plain scalar that PyYAML reads as no string
    (`10:30`, a YAML 1.1 number): one of PyYAML's resolvers takes it, and yaml-rs reads it as
    a string when plain too (a string yaml-rs reads as no string when plain was quoted); or
    one PyYAML reads otherwise or refuses (`_UNREADABLE_FIRSTS`)."""
    if text[0] in _UNREADABLE_FIRSTS:
        return True
    if not any(rx.match(text) for _, rx in _Loader.yaml_implicit_resolvers[text[:1]]):
        return False
    try:
        plain: Any = yaml_rs.loads(text, parse_datetime=False)  # typed a mapping or a list
    except Exception:  # whatever yaml-rs refuses is no plain string of it
        return True
    return type(plain) is str


def _data(
    node: yaml.Node,
    constructor: yaml.constructor.SafeConstructor,
    duplicates: list[Problem] | None = None,
) -> Any:
    """What `constructor` builds from `node`: strings, lists and mappings with string keys are
    built here, 3x faster; any other node (numbers, booleans, merge keys) by `constructor`.
    Every key a mapping has twice goes into `duplicates` on the way (as `_duplicate_keys`
    finds them: one walk of the tree, not two)."""
    found = [] if duplicates is None else duplicates
    tag = node.tag
    if tag == _STR and type(node) is _SCALAR:
        return node.value
    # a string child (most of a corpus) is read here, not through a call of its own
    if tag == _SEQ and type(node) is _SEQUENCE:
        return [
            child.value
            if child.tag == _STR and type(child) is _SCALAR
            else _data(child, constructor, found)
            for child in node.value
        ]
    if tag == _MAP and type(node) is _MAPPING:
        before = len(found)
        built = {}
        for key, value in node.value:
            if key.tag != _STR or type(key) is not _SCALAR:
                del found[before:]  # the whole mapping is looked at again, below
                break
            if key.value in built:
                found.append(Problem(key.start_mark.line + 1, f"duplicate key '{key.value}'"))
            if value.tag == _STR and type(value) is _SCALAR:
                built[key.value] = value.value
            else:
                built[key.value] = _data(value, constructor, found)
        else:
            return built
    constructed = constructor.construct_object(node, deep=True)
    _duplicate_keys(node, found)
    return constructed


def parse_lexicon(text: str, source: str = "<memory>") -> Lexicon:
    """The word lists of a lexicon file (content/lexicon.yaml), checked like a corpus: every
    problem as FILE:LINE (unknown lists or intents, wrong types, empty or duplicate entries,
    duplicate keys, anchors and aliases)."""
    root, data, duplicates = _compose(text, source)
    checker = _Checker(root)
    checker.problems.extend(duplicates)
    try:
        lexicon = Lexicon.from_mapping(data)
    except LexiconError as error:
        for where, message in error.problems:
            checker.fail(where, message)
    if checker.problems:
        raise CorpusError(source, checker.problems)
    return lexicon


def load_lexicon(path: str | Path) -> Lexicon:
    """Read and check a lexicon file; the same file unchanged gives the same Lexicon (what the
    matcher compiles from it is kept on it)."""
    path = Path(path).resolve()
    try:
        stat = path.stat()
    except OSError as error:
        raise CorpusError(str(path), [Problem(1, f"cannot read the file: {error}")]) from None
    return _load_lexicon(path, stat.st_mtime_ns, stat.st_size)


@cache
def _load_lexicon(path: Path, mtime: int, size: int) -> Lexicon:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(str(path), [Problem(1, f"cannot read the file: {error}")]) from None
    return parse_lexicon(text, str(path))


def lexicon_for(corpus_path: str | Path) -> Path:
    """The lexicon a corpus file is read with: lexicon.yaml beside it, else the shipped one."""
    beside = Path(corpus_path).with_name(LEXICON_NAME)
    return beside if beside.is_file() else DEFAULT_LEXICON


@contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector held off: a load builds ~100,000 objects that all live
    on, and each full collection the allocations trigger walks every object of the process
    (about a fifth of a load's time went to it). Its garbage waits for the next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Only ever turned back on, never off: a load that began while another thread's load
        # held the collector off saw it off, and turning it off when it ends would leave it
        # off for good after the first ends.
        if enabled:
            gc.enable()


def parse_corpus(text: str, source: str = "<memory>", lexicon: Lexicon | None = None) -> Corpus:
    """Build a corpus from YAML text, or raise CorpusError naming every problem and its line.
    Answers are understood with `lexicon` (default: the shipped content/lexicon.yaml)."""
    with _no_collection():
        return _parse_corpus(text, source, lexicon)


def _parse_corpus(text: str, source: str, lexicon: Lexicon | None) -> Corpus:
    root, data, duplicates = _compose(text, source)
    checker = _Checker(root, lexicon or load_lexicon(DEFAULT_LEXICON))
    checker.problems.extend(duplicates)
    return _checked(checker, data, source)


def _checked(checker: _Checker, data: Any, source: str) -> Corpus:
    top = checker.mapping(data, (), "the file", _ROOT_KEYS)
    seen: dict[str, Path_] = {}
    routines: dict[str, Routine] = {}
    raw_routines = top.get("routines")
    if not isinstance(raw_routines, list) or not raw_routines:
        checker.fail(("routines",), "the file needs a 'routines' list with at least one routine")
        raw_routines = []
    for position, raw in enumerate(raw_routines):
        routine = checker.routine(raw, ("routines", position), seen)
        if routine is not None:
            routines[routine.id] = routine
    checker.names_unique(routines)
    kinds = checker.kinds(top.get("kinds"), routines)
    jokes = checker.items(top.get("jokes"), "jokes", seen)
    stories = checker.items(top.get("stories"), "stories", seen)
    if checker.problems:
        raise CorpusError(source, checker.problems)
    # The states' matchers are built on their first answer (RoutineState.matcher); what they
    # share is built now (once a process), in the first load, not in a victim's first answer.
    prepare(checker.lex)
    return Corpus(routines, jokes, stories, source, checker.lex, kinds=kinds)


def load_corpus(path: str | Path, lexicon: Lexicon | None = None) -> Corpus:
    """Read and validate a corpus file, with `lexicon` or the lexicon file beside it (see
    `lexicon_for`); a missing or unreadable file is a CorpusError too."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(str(path), [Problem(1, f"cannot read the file: {error}")]) from None
    lexicon = lexicon or load_lexicon(lexicon_for(path))
    with _no_collection():
        corpus = _read_corpus(text, str(path), lexicon)
    tuning = tuning_for(path)
    if tuning.is_dir():
        # Read on first use (learn_opinions, or a state's first verdict), not here: a load
        # stays quick. A new load reads the files as they are then (a /reload).
        labelled = LabelledAnswers(tuning, corpus.routines)
        object.__setattr__(corpus, "labelled", labelled)  # (frozen: set once, here)
        for routine in corpus.routines.values():
            for name, state in routine.states.items():
                learn = partial(_second_opinion, labelled, routine.id, name)
                object.__setattr__(state, "build_opinion", learn)  # (frozen: set once, here)
    return corpus


def tuning_for(corpus_path: str | Path) -> Path:
    """The folder of labelled answers a corpus file's second opinions learn from."""
    return Path(corpus_path).parent / TUNING


def _second_opinion(labelled: LabelledAnswers, routine: str, name: str) -> SecondOpinion | None:
    """The state's second opinion from its labelled answers; None: it has none."""
    answers = labelled.by_state.get((routine, name))
    return SecondOpinion(answers) if answers else None


class LabelledAnswers:
    """The labelled answers under a folder of TSV files (the eval's tuning sets: routine,
    state, lang, answer, expected), read and checked against a corpus's routines on first
    use, once. A row that cannot be used is a CorpusError naming its FILE:LINE, as a problem
    in the corpus file is: among them a row naming a routine, state or branch the corpus no
    longer has, which the bot would otherwise learn nothing from without a word (a renamed
    state losing its second opinion, its wrong punchlines back); `bot eval` refuses such rows
    too. A folder with an all.tsv holds its other files' rows: all.tsv only."""

    def __init__(self, folder: Path, routines: Mapping[str, Routine]) -> None:
        self.folder = folder
        self.routines = routines

    def files(self) -> list[Path]:
        files = []
        for path in sorted(self.folder.rglob("*.tsv")):
            whole = path.parent / "all.tsv"
            if path == whole or not whole.exists():
                files.append(path)
        return files

    @cached_property
    def by_state(self) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
        """(answer, label) pairs by (routine, state); CorpusError naming every row that
        cannot be used. Held as tuples of strings (`_LABELLED_READ` says why): the collector
        stops tracking them, and a full collection walks none of the 80,000 pairs."""
        from bot.content.evaluation import Row, row_problems  # (evaluation imports this module)

        found: dict[tuple[str, str], list[tuple[str, str]]] = {}
        problems: list[Problem] = []
        # What each (routine, state, expected, lang) names wrong, checked once: ~1,000 of
        # them in 65,000 rows, and checking every row was most of a read's time
        named: dict[tuple[str, str, str, str], list[str]] = {}
        for path in self.files():
            rows, unread = _labelled_rows(path)
            problems.extend(replace(problem, file=str(path)) for problem in unread)
            for line, routine, state, lang, answer, expected in rows:
                names = (routine, state, expected, lang)
                wrong = named.get(names)
                if wrong is None:
                    row = Row(line, routine, state, lang, answer, expected)
                    wrong = named[names] = row_problems(self.routines, row)
                if wrong:
                    problems.extend(Problem(line, what, str(path)) for what in wrong)
                else:
                    found.setdefault((routine, state), []).append((answer, expected))
        if problems:
            raise CorpusError(str(self.folder), problems)
        return {key: tuple(pairs) for key, pairs in found.items()}

    def check(self) -> None:
        """Read and check every row now, before any answer needs them: a CorpusError names
        each row that cannot be used (at start, by `bot check` and `bot eval`)."""
        _ = self.by_state

    @property
    def count(self) -> int:
        """How many labelled answers there are."""
        return sum(len(pairs) for pairs in self.by_state.values())


# Each labelled answers' file as last read: its content's digest, its rows and the lines that
# are not rows. Corpora loaded one after another (tests, benchmarks, a /reload of jokes.yaml
# alone) parse each file once, and a changed file is read anew: the digest is of its bytes.
# A row is held as a tuple of its fields (`LabelledRow`), not an evaluation Row: tuples of
# strings and ints are untracked by the collector after its first pass, where ~96,000 Row
# objects were walked by every full collection of a process that has not frozen its heap
# (`bot.memory.settle`), evicting the verdict's code and data from the CPU's caches
# (docs/benchmarks.md, round 24: speed24).
LabelledRow = tuple[int, str, str, str, str, str]  # line, routine, state, lang, answer, expected
_LABELLED_READ: dict[Path, tuple[bytes, tuple[tuple[LabelledRow, ...], list[Problem]]]] = {}


def _labelled_rows(path: Path) -> tuple[tuple[LabelledRow, ...], list[Problem]]:
    """A labelled answers' file's rows, as tuples (`LabelledRow`), and the lines that are not
    rows."""
    from bot.content.evaluation import parse_rows  # (evaluation imports this module)

    try:
        data = path.read_bytes()
        digest = hashlib.blake2b(data, digest_size=16).digest()
        held = _LABELLED_READ.get(path)
        if held is not None and held[0] == digest:
            return held[1]
        rows, problems = parse_rows(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return (), [Problem(1, f"cannot read the file: {error}")]
    read = (
        tuple([(r.line, r.routine, r.state, r.lang, r.answer, r.expected) for r in rows]),
        problems,
    )
    _LABELLED_READ[path] = (digest, read)
    return read


def _read_corpus(text: str, source: str, lexicon: Lexicon) -> Corpus:
    """A corpus file read by yaml-rs first (`_fast_data`): the operator's own files, never text
    from a chat, which parse_corpus reads (yaml-rs is built to abort the process on a Rust
    panic). Its data is freed on return, before the collector runs again (not walked by it)."""
    data = _fast_data(text)
    if data is not _DECLINED:
        try:
            return _checked(_Checker(None, lexicon), data, source)
        except _UnplacedError:
            pass
    return _parse_corpus(text, source, lexicon)
