"""The corpus: prank routines, one-liners and dialogues, loaded from YAML and validated.

Validation collects every problem with the line it is on, so a writer fixes a file in one go.
The file is parsed once into a node tree with the safe loader (libyaml's when present: 20x
faster), which keeps line numbers; the data is built from that tree by `SafeConstructor`, the
same constructor `yaml.safe_load` uses, so a corpus can never construct arbitrary objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine.language import Text
from bot.engine.text import normalise, same_answer

LANGUAGES = ("zh", "en")
DEFAULT_TIMEOUT_SECONDS = 600.0

_ROOT_KEYS = {"routines", "jokes", "stories"}
_ROUTINE_KEYS = {"id", "title", "states", "start", "timeout"}
_STATE_KEYS = {"say", "answers", "otherwise"}
_ANSWER_KEYS = {"match", "regex", "reply", "goto"}
_OTHERWISE_KEYS = {"hint", "tries", "reveal"}
_ITEM_KEYS = {"id", "zh", "en", "restored"}
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")
# Ids end up in inline buttons' callback_data, which Telegram caps at 64 bytes.
_STATE_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,15}")


@dataclass(frozen=True)
class Answer:
    """An answer a state recognises, and what it leads to."""

    patterns: tuple[str, ...]  # already normalised
    regex: re.Pattern[str] | None
    reply: Text | None
    goto: str | None
    label: Text | None = None  # the first answer as written, for buttons (none: regex only)

    def matches(self, normalised: str, raw: str) -> bool:
        if any(same_answer(normalised, pattern) for pattern in self.patterns):
            return True
        return self.regex is not None and self.regex.search(raw) is not None


@dataclass(frozen=True)
class State:
    say: Text
    answers: tuple[Answer, ...]
    reveal: Text
    hint: Text | None = None
    tries: int = 0

    def recognise(self, text: str) -> Answer | None:
        normalised = normalise(text)
        return next((a for a in self.answers if a.matches(normalised, text)), None)


@dataclass(frozen=True)
class Routine:
    id: str
    title: Text
    start: str
    states: Mapping[str, State]
    timeout: float = DEFAULT_TIMEOUT_SECONDS


@dataclass(frozen=True)
class Item:
    """A one-liner or a dialogue."""

    id: str
    text: Text


@dataclass(frozen=True)
class Corpus:
    routines: Mapping[str, Routine]
    jokes: Mapping[str, Item]
    stories: Mapping[str, Item]
    source: str = "<memory>"

    def summary(self) -> str:
        counts = {"zh": 0, "en": 0}
        for routine in self.routines.values():
            for state in routine.states.values():
                for lang in counts:
                    counts[lang] += bool(state.say.in_(lang))
        for item in (*self.jokes.values(), *self.stories.values()):
            for lang in counts:
                counts[lang] += bool(item.text.in_(lang))
        return (
            f"{self.source}: OK: {len(self.routines)} routines, {len(self.jokes)} one-liners, "
            f"{len(self.stories)} dialogues; texts in zh: {counts['zh']}, in en: {counts['en']}"
        )


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


class CorpusError(Exception):
    """A corpus that cannot be used; the message lists each problem as FILE:LINE: problem."""

    def __init__(self, source: str, problems: Iterable[Problem]):
        self.source = source
        self.problems = sorted(problems, key=lambda p: p.line)
        lines = [f"{source}:{p.line}: {p.message}" for p in self.problems]
        super().__init__("\n".join(lines))


Path_ = tuple[Any, ...]


def _line_index(node: yaml.Node, path: Path_ = (), index: dict | None = None) -> dict[Path_, int]:
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


def _duplicate_keys(node: yaml.Node) -> Iterable[Problem]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.value in seen:
                yield Problem(key_node.start_mark.line + 1, f"duplicate key '{key_node.value}'")
            seen.add(key_node.value)
            yield from _duplicate_keys(value_node)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            yield from _duplicate_keys(child)


@dataclass
class _Checker:
    """Walks the loaded data, building the corpus and collecting problems."""

    lines: dict[Path_, int]
    problems: list[Problem] = field(default_factory=list)

    def line(self, path: Path_) -> int:
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def fail(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.line(path), message))

    def mapping(self, value: Any, path: Path_, what: str, allowed: set[str]) -> dict:
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

    def text(self, value: Any, path: Path_, what: str) -> Text:
        if value is None:
            self.fail(path, f"{what} is missing")
            return Text("", "")
        data = self.mapping(value, path, what, set(LANGUAGES))
        parts = {}
        for lang in LANGUAGES:
            if lang not in data:
                self.fail(path, f"{what} is missing language '{lang}'")
                parts[lang] = ""
                continue
            text = data[lang]
            if not isinstance(text, str | int | float) or not str(text).strip():
                self.fail((*path, lang), f"{what} has empty text for '{lang}'")
                parts[lang] = ""
            else:
                parts[lang] = str(text).strip()
        return Text(**parts)

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
            text = self.text({k: v for k, v in entry.items() if k in LANGUAGES}, path, item_id)
            result[item_id] = Item(item_id, text)
        return result

    def patterns(self, value: Any, path: Path_) -> tuple[str, ...]:
        if value is None:
            return ()
        groups = value.values() if isinstance(value, dict) else [value]
        if isinstance(value, dict):
            self.mapping(value, path, "match", set(LANGUAGES))
        found: list[str] = []
        for group in groups:
            words = group if isinstance(group, list) else [group]
            for word in words:
                normalised = normalise(str(word)) if word is not None else ""
                if not normalised:
                    self.fail(path, f"match {word!r} is empty once spaces and punctuation go")
                else:
                    found.append(normalised)
        return tuple(found)

    def answer(self, raw: Any, path: Path_, rid: str, sid: str) -> Answer:
        entry = self.mapping(raw, path, f"an answer of state '{sid}'", _ANSWER_KEYS)
        where = f"routine '{rid}', state '{sid}'"
        patterns = self.patterns(entry.get("match"), (*path, "match"))
        label = _label(entry.get("match"))
        regex = None
        if "regex" in entry:
            try:
                regex = re.compile(str(entry["regex"]), re.IGNORECASE)
            except re.error as error:
                self.fail((*path, "regex"), f"{where}: bad regex {entry['regex']!r}: {error}")
        if not patterns and regex is None:
            self.fail(path, f"{where}: an answer needs 'match' or 'regex'")
        reply = self.text(entry["reply"], (*path, "reply"), "reply") if "reply" in entry else None
        goto = entry.get("goto")
        if reply is None and goto is None:
            self.fail(path, f"{where}: an answer needs a 'reply', a 'goto', or both")
        return Answer(patterns, regex, reply, None if goto is None else str(goto), label)

    def state(self, raw: Any, path: Path_, rid: str, sid: str) -> State:
        entry = self.mapping(raw, path, f"state '{sid}'", _STATE_KEYS)
        where = f"routine '{rid}', state '{sid}'"
        say = self.text(entry.get("say"), (*path, "say"), f"{where}: 'say'")
        answers_raw = entry.get("answers") or []
        if not isinstance(answers_raw, list):
            self.fail((*path, "answers"), f"{where}: 'answers' must be a list")
            answers_raw = []
        answers = tuple(
            self.answer(a, (*path, "answers", i), rid, sid) for i, a in enumerate(answers_raw)
        )
        otherwise_path = (*path, "otherwise")
        otherwise = self.mapping(
            entry.get("otherwise"), otherwise_path, f"{where}: 'otherwise'", _OTHERWISE_KEYS
        )
        reveal = self.text(otherwise.get("reveal"), (*otherwise_path, "reveal"), "reveal")
        hint = None
        if "hint" in otherwise:
            hint = self.text(otherwise["hint"], (*otherwise_path, "hint"), "hint")
        tries = otherwise.get("tries", 1 if hint else 0)
        if not isinstance(tries, int) or isinstance(tries, bool) or not 0 <= tries <= 5:
            self.fail((*otherwise_path, "tries"), f"{where}: 'tries' must be 0 to 5")
            tries = 0
        if tries and hint is None:
            self.fail((*otherwise_path, "tries"), f"{where}: 'tries' needs a 'hint' to give")
        return State(say, answers, reveal, hint, tries)

    def routine(self, raw: Any, path: Path_, seen: dict[str, Path_]) -> Routine | None:
        entry = self.mapping(raw, path, "routine", _ROUTINE_KEYS)
        if not entry:
            return None
        rid = self.item_id(entry.get("id"), (*path, "id"), seen)
        title = self.text(entry.get("title"), (*path, "title"), f"routine '{rid}': 'title'")
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
        states = {
            str(sid): self.state(value, (*path, "states", sid), rid, str(sid))
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
        return Routine(rid, title, start, states, float(timeout))


def _label(match: Any) -> Text | None:
    """The first word of `match` in each language, as the writer spelt it."""

    def first(words: Any) -> str | None:
        words = words if isinstance(words, list) else [words]
        return next((str(w) for w in words if w is not None and str(w).strip()), None)

    if isinstance(match, dict):
        zh, en = first(match.get("zh")), first(match.get("en"))
        return Text(zh or en, en or zh) if (zh or en) else None
    word = first(match) if match is not None else None
    return Text(word, word) if word else None


def _reachable(start: str, states: Mapping[str, State]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for answer in states[todo.pop()].answers:
            if answer.goto in states and answer.goto not in seen:
                seen.add(answer.goto)
                todo.append(answer.goto)
    return seen


def parse_corpus(text: str, source: str = "<memory>") -> Corpus:
    """Build a corpus from YAML text, or raise CorpusError naming every problem and its line."""
    try:
        root = yaml.compose(text, Loader=_SAFE_LOADER)
        data = yaml.constructor.SafeConstructor().construct_document(root) if root else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(error, "problem", None) or str(error)
        raise CorpusError(source, [Problem(line, f"not valid YAML: {problem}")]) from None
    if root is None:
        raise CorpusError(source, [Problem(1, "the file is empty")])
    checker = _Checker(_line_index(root))
    checker.problems.extend(_duplicate_keys(root))
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
    jokes = checker.items(top.get("jokes"), "jokes", seen)
    stories = checker.items(top.get("stories"), "stories", seen)
    if checker.problems:
        raise CorpusError(source, checker.problems)
    return Corpus(routines, jokes, stories, source)


def load_corpus(path: str | Path) -> Corpus:
    """Read and validate a corpus file; a missing or unreadable file is a CorpusError too."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(str(path), [Problem(1, f"cannot read the file: {error}")]) from None
    return parse_corpus(text, str(path))
