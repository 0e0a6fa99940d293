"""The catalogue against the code that reads it: every key the bot says exists, every key
exists because the bot says it, and every line has the same placeholders in every language.

The keys are found in bot/'s source, not by running it: `say(key, …)`, the engine's
`_say(chat, key, …)` (`line_reply` in bot/conversation/answering.py) and
`courtesy(chat, ticket, message, key, …)`, where the key is a
literal, a choice between literals, a name bound to literals in the same function, or an
f-string of a family this file enumerates (the gate of `meaning_{gate}`, the language of
`lang_name_{lang}`). A key read any other way fails the test until this file learns where it
comes from.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.conversation.buttons import JOKE, STORY
from bot.conversation.records import TITLES
from bot.i18n.catalogue import CATALOGUE, say
from bot.i18n.language import ENGLISH, HONG_KONG, LANGUAGES, SIMPLIFIED, TRADITIONAL, Text
from bot.lab.gates import GATES
from bot.lab.pool import QUOTA_LINES, Refusal, Stop
from bot.lab.spec import UsageError

BOT = Path(__file__).resolve().parents[1] / "bot"
CATALOGUE_FILE = BOT / "i18n" / "catalogue.py"

# f-string keys: the part before the placeholder, and every value that placeholder takes.
FAMILIES: dict[str, tuple[str, ...]] = {
    "meaning_": tuple(GATES),  # bot/lab/service.py: the gate trained
    "lang_name_": LANGUAGES,  # bot/conversation/engine.py: /lang
    "list_plays_": (SIMPLIFIED, ENGLISH),  # the engine's /list: the languages routines play in
    "button_another_": (JOKE, STORY),  # bot/conversation/buttons.py: one more of these
    "plays_only_": (SIMPLIFIED, ENGLISH),  # the engine's /prank: a routine of another language
    "link_plays_only_": (SIMPLIFIED, ENGLISH),  # the same, for a prank link (ops24)
    "named_plays_only_": (SIMPLIFIED, ENGLISH),  # /prank NAME: none that fits plays here (ops29)
    "written_in_": (SIMPLIFIED, ENGLISH),  # bot/application/authoring.py: /mine's languages
}
# Keys held by values the source cannot show by reading one function: enums, and the lines a
# UsageError carries (bot/lab/spec.py builds them as ("key", {values}) tuples, found below).
ENUM_KEYS = {member.value for enum in (Refusal, Stop) for member in enum}
QUOTA_KEYS = set(QUOTA_LINES.values())  # QuotaWait.key, from the bucket that refused
TITLE_KEYS = {key for key, _ in TITLES}  # Record.title, by the record


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(BOT.rglob("*.py")):
        if path != CATALOGUE_FILE:
            yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _key_argument(call: ast.Call) -> ast.expr | None:
    """The key of a `say(key, …)` or `self._say(chat, key, …)` call; None for other calls."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    if name in ("say", "_status") and call.args:  # the playground's own lines (_status)
        return call.args[0]
    if name in ("_say", "line_reply") and len(call.args) >= 2:
        return call.args[1]
    if name == "courtesy" and len(call.args) >= 4:
        return call.args[3]
    return None


def _literals(node: ast.expr) -> set[str] | None:
    """The keys an expression can be, when it is made of literals; None when it is not."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        return None if body is None or orelse is None else body | orelse
    if isinstance(node, ast.Dict):  # {"case": "key", …}.get(case, "default")
        values = [_literals(v) for v in node.values]
        return None if None in values else set().union(*values)  # type: ignore[arg-type]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Dict)
        and len(node.args) == 2
    ):
        table, default = _literals(node.func.value), _literals(node.args[1])
        return None if table is None or default is None else table | default
    return None


def _bound_to(function: ast.AST, name: str) -> set[str] | None:
    """The literals a local name is bound to in a function: `name = <literals>`, or the
    loop `for name, … in (("key", …), …)`. None if any binding is something else."""
    keys: set[str] = set()
    found = False
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            found = True
            literals = _literals(node.value)
            if literals is None:
                return None
            keys |= literals
        elif isinstance(node, ast.For | ast.comprehension) and isinstance(node.target, ast.Name):
            if node.target.id != name:
                continue
            found = True  # `for name in ("key", …)`, in a loop or a comprehension
            if not isinstance(node.iter, ast.Tuple | ast.List):
                return None
            for element in node.iter.elts:
                literals = _literals(element)
                if literals is None:
                    return None
                keys |= literals
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Tuple):
            names = [getattr(t, "id", None) for t in node.target.elts]
            if name not in names:
                continue
            found = True
            if not isinstance(node.iter, ast.Tuple | ast.List):
                return None
            index = names.index(name)
            for row in node.iter.elts:
                literals = _literals(row.elts[index]) if isinstance(row, ast.Tuple) else None
                if literals is None:
                    return None
                keys |= literals
    return keys if found else None


def _enclosing_functions(tree: ast.Module) -> dict[ast.AST, ast.AST]:
    parents = {}
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                parents[node] = function  # the innermost function walks last and wins
    return parents


def _usage_error_keys(tree: ast.Module) -> set[str]:
    """The lines bot/lab/spec.py's UsageError carries: `("key", {values})` tuples, and
    `("key", values)` ones written inside a `UsageError(...)`."""
    inside = {
        node
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "UsageError"
        for node in ast.walk(call)
    }
    return {
        node.elts[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and isinstance(node.elts[0], ast.Constant)
        and isinstance(node.elts[0].value, str)
        and (isinstance(node.elts[1], ast.Dict) or node in inside)
    }


def _table_keys(tree: ast.Module, key: ast.Subscript) -> set[str] | None:
    """The keys a module-level dict of lines (nested dicts, string values or tuples of them)
    holds, when `key` indexes it (`_WAITING[why]`, `_ASKED_AGAIN[progress, named]`); None for
    anything else."""
    base: ast.expr = key
    while isinstance(base, ast.Subscript):
        base = base.value
    if not isinstance(base, ast.Name):
        return None
    for node in tree.body:
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        value = getattr(node, "value", None)
        if any(getattr(t, "id", None) == base.id for t in targets) and isinstance(value, ast.Dict):
            tables, keys = [value], set()
            while tables:
                for item in tables.pop().values:
                    if isinstance(item, ast.Dict):
                        tables.append(item)
                    elif isinstance(item, ast.Constant) and isinstance(item.value, str):
                        keys.add(item.value)
                    elif isinstance(item, ast.Tuple) and all(
                        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in item.elts
                    ):  # lines said one after the other: _LEFT_LINES[how, progress, of_another]
                        keys |= {e.value for e in item.elts if isinstance(e, ast.Constant)}
                    else:
                        return None
            return keys
    return None


def _iterated_table(tree: ast.Module, function: ast.AST, name: str) -> set[str] | None:
    """The keys a local name takes in `for name in TABLE[…]` (a loop or a comprehension), a
    module's table of lines (`_table_keys`); None for anything else."""
    for node in ast.walk(function):
        if (
            isinstance(node, ast.For | ast.comprehension)
            and getattr(node.target, "id", None) == name
            and isinstance(node.iter, ast.Subscript)
        ):
            return _table_keys(tree, node.iter)
    return None


def keys_said() -> tuple[dict[str, str], list[str]]:
    """Every key bot/ says, with where it says it; and the call sites this file cannot read."""
    said: dict[str, str] = {}
    unread: list[str] = []
    for path, tree in _sources():
        where = path.relative_to(BOT.parent)
        functions = _enclosing_functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or (key := _key_argument(node)) is None:
                continue
            site = f"{where}:{node.lineno}"
            function = functions.get(node)
            if getattr(function, "name", None) in ("say", "line_reply", "courtesy", "_status"):
                continue  # a helper passing its own `key` on: its callers are read instead
            keys = _literals(key)
            if keys is None and isinstance(key, ast.JoinedStr):
                head = key.values[0]
                prefix = head.value if isinstance(head, ast.Constant) else ""
                if prefix in FAMILIES and len(key.values) == 2:
                    keys = {prefix + value for value in FAMILIES[prefix]}
            if keys is None and isinstance(key, ast.Name) and function is not None:
                keys = _bound_to(function, key.id)
            if keys is None and isinstance(key, ast.Name) and function is not None:
                keys = _iterated_table(tree, function, key.id)  # for key in _LEFT_LINES[…]
            if keys is None and isinstance(key, ast.Subscript):
                keys = _table_keys(tree, key)  # a module's table of lines: _LEFT_LINES[how][…]
            if keys is None and isinstance(key, ast.Attribute) and key.attr == "value":
                keys = ENUM_KEYS  # Refusal.X.value, Stop.X.value
            if keys is None and isinstance(key, ast.Attribute) and key.attr == "key":
                keys = QUOTA_KEYS  # QuotaWait.key
            if keys is None and isinstance(key, ast.Attribute) and key.attr == "title":
                keys = TITLE_KEYS  # Record.title
            if keys is None and isinstance(key, ast.Name) and path.parent.name == "lab":
                # Lines kept as ("key", {values}) and said by `for key, values in lines`: a
                # UsageError's (spec.py) and a failed run's diagnosis (diagnosis.py).
                keys = set().union(
                    *(_usage_error_keys(t) for p, t in _sources() if p.parent.name == "lab")
                )
            if keys is None:
                unread.append(f"{site}: {ast.unparse(key)}")
                continue
            for each in keys:
                said.setdefault(each, site)
    return said, unread


def test_every_key_the_bot_says_is_in_the_catalogue() -> None:
    said, unread = keys_said()
    assert not unread, f"keys this test cannot read (teach it, in FAMILIES or above): {unread}"
    missing = {key: site for key, site in said.items() if key not in CATALOGUE}
    assert not missing, f"said but not in CATALOGUE: {missing}"


def test_every_key_in_the_catalogue_is_said() -> None:
    said, _ = keys_said()
    unused = sorted(set(CATALOGUE) - set(said))
    assert not unused, f"in CATALOGUE but said nowhere in bot/: {unused}"


def test_the_reader_finds_the_indirect_keys() -> None:
    """The ways a key reaches say() other than as a literal are all seen."""
    said, _ = keys_said()
    for key in ("busy", "queue_full", "nothing_to_stop", "not_your_run", "train_quota_user"):
        assert key in said  # enums and bucket lines in bot/lab/pool.py
    for key in ("why_one_neuron", "why_stuck", "lab_terms", "lab_origin"):
        assert key in said  # a diagnosis's lines; a comprehension over literals
    for key in ("train_bad_value", "train_unknown_word", "train_usage", "predict_usage"):
        assert key in said  # UsageError lines in bot/lab/spec.py
    for key in ("link_result_fell", "link_result_dodged", "link_result_other", "links_open"):
        assert key in said  # names bound to literals in bot/application/links.py
    for key in ("stats_pranksters", "stats_fooled", "too_long", "stopped"):
        assert key in said
    for gate in GATES:
        assert f"meaning_{gate}" in said
    assert {f"lang_name_{lang}" for lang in LANGUAGES} <= set(said)


def test_usage_errors_read_in_every_language() -> None:
    from bot.lab.spec import parse_predict, parse_train

    for words, parse in ((["epochs=0"], parse_train), (["florp"], parse_train)):
        with pytest.raises(UsageError) as caught:
            parse(words, 1000)
        for lang in LANGUAGES:
            assert caught.value.text(lang)
    with pytest.raises(UsageError) as caught:
        parse_predict(["x"])
    assert caught.value.text(ENGLISH).startswith(say("predict_usage", ENGLISH))


def _placeholders(text: str) -> list[tuple[str, str]]:
    """The `{name:spec}` fields of a format string, sorted: name and format spec."""
    fields = [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(text) if name]
    return sorted(fields)


def _versions(line: Text) -> dict[str, str]:
    versions = {"zh": line.zh, "en": line.en}
    if line.zh_hant is not None:
        versions["zh_hant"] = line.zh_hant
    versions |= {lang: line.in_(lang) for lang in (TRADITIONAL, HONG_KONG)}
    return versions


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_a_line_has_the_same_placeholders_in_every_language(key: str) -> None:
    versions = _versions(CATALOGUE[key])
    expected = _placeholders(versions["zh"])
    for version, text in versions.items():
        assert _placeholders(text) == expected, f"{key} ({version}): {text!r}"
