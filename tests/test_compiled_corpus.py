"""What is looked up in a corpus is compiled with it: titles, routines by digest, inline search.
A /reload brings a new corpus, and with it all of these, never an index of the old one. And the
shortcuts the loader takes build what the long way builds."""

from __future__ import annotations

import gc

import pytest
import yaml
from yaml.constructor import SafeConstructor

from bot.application.buttons import ButtonSigner
from bot.content.corpus import (
    DEFAULT_LEXICON,
    Corpus,
    CorpusError,
    Problem,
    _data,
    _duplicate_keys,
    _Loader,
    _no_collection,
    digest,
    parse_corpus,
    parse_lexicon,
)
from bot.conversation.buttons import PRANK, Button
from bot.conversation.inline import search
from understanding.matcher import compile_phrase


class _Source:
    """What the signer reads the corpus through (the engine, whose corpus /reload replaces)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus


def _without(corpus: Corpus, rid: str) -> Corpus:
    routines = {key: r for key, r in corpus.routines.items() if key != rid}
    return Corpus(routines, corpus.jokes, corpus.stories, corpus.source, corpus.lexicon)


def test_inline_search_reads_ids_titles_and_questions_in_either_script(corpus: Corpus) -> None:
    assert [r.id for r in search(corpus, "十把刀", "zh")] == ["ten-knives"]
    assert [r.id for r in search(corpus, "十把刀", "zh-hant")] == ["ten-knives"]
    assert "ten-knives" in [r.id for r in search(corpus, "TEN knives", "en")]
    assert search(corpus, "knives qqqqzzzz", "en") == []  # every word typed must be found
    assert len(search(corpus, "", "en")) == len(corpus.routines)


def test_inline_search_lists_the_users_language_first(corpus: Corpus) -> None:
    for lang in ("zh", "en"):
        plays = [r.plays_in(lang) for r in search(corpus, "", lang)]
        assert plays == sorted(plays, reverse=True) and plays[0] and not plays[-1]


def test_a_reloaded_corpus_brings_its_own_indexes(corpus: Corpus) -> None:
    reloaded = _without(corpus, "ten-knives")
    assert corpus.titles.find("十把刀").one is corpus.routines["ten-knives"]
    assert reloaded.titles.find("十把刀").one is None
    assert corpus.by_digest[digest("ten-knives")] is corpus.routines["ten-knives"]
    assert digest("ten-knives") not in reloaded.by_digest
    assert search(reloaded, "十把刀", "zh") == []


def test_a_prank_button_names_the_routine_of_the_corpus_played_now(corpus: Corpus) -> None:
    source = _Source(corpus)
    signer = ButtonSigner(b"k" * 32, source, clock=lambda: 0.0)
    signed = signer.sign(((Button("ten-knives", PRANK, ("ten-knives",)),),))
    data = signed.keys[0][0].data
    pressed = signer.verify(data, 1.0)
    assert pressed is not None and pressed.args == ("ten-knives",)
    source.corpus = _without(corpus, "ten-knives")  # a /reload that dropped it
    assert signer.verify(data, 1.0) is None


def test_yaml_is_built_as_the_safe_constructor_builds_it() -> None:
    text = (
        "a: text\nb: [1, 2.5, null, true, false, 0x1f, 1_000, 2026-12-04, '08']\n"
        "c: {d: [e, {f: g}], 7: seven, null: nothing}\n"
        "<<: {merged: 1}\nlast: |\n  a block\n  of text\n"
    )
    root = yaml.compose(text, Loader=_Loader)
    built = _data(root, SafeConstructor())
    assert built == SafeConstructor().construct_document(yaml.compose(text, Loader=_Loader))
    assert built["c"][7] == "seven" and built["merged"] == 1 and built["b"][-1] == "08"
    listed = yaml.compose("? [x, y]\n: a list for a key\n", Loader=_Loader)
    with pytest.raises(yaml.constructor.ConstructorError, match="unhashable key"):
        _data(listed, SafeConstructor())


def test_scalars_are_resolved_as_pyyaml_resolves_them() -> None:
    class Resolving(yaml.SafeLoader):  # PyYAML's own resolve, with the loader's resolvers
        yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers

    words = "'' ~ null Null yes no on Off y true True TRUE false f tomorrow 1 -1 +1 .5 1e3 0x1f"
    words += " 0o17 1_000 2026-12-04 2026-12-04T10:00:00Z .inf .NaN = << 八 hello 'true' \"1\""
    text = "".join(f"- {word}\n- {{{word}: {word}}}\n" for word in words.split())
    # empty plain scalars (nulls), block scalars and explicit tags, which skip the resolvers
    text += "-\n- a:\n- {b: }\n- |\n  1\n- >\n  true\n- !!str 1\n- ! 1\n- !!int '7'\n"

    def tags(node: yaml.Node) -> list[str]:
        if isinstance(node, yaml.ScalarNode):
            return [node.tag]
        children = node.value if isinstance(node, yaml.SequenceNode) else sum(node.value, ())
        return [node.tag, *(tag for child in children for tag in tags(child))]

    ours = tags(yaml.compose(text, Loader=_Loader))
    assert ours == tags(yaml.compose(text, Loader=Resolving))
    assert "tag:yaml.org,2002:bool" in ours and "tag:yaml.org,2002:timestamp" in ours


def test_a_load_leaves_the_garbage_collector_as_it_found_it() -> None:
    valid = "routines:\n  - id: a\n    title: {zh: 甲, en: A}\n    states:\n      ask:\n"
    valid += "        say: {zh: 吗？, en: Ok?}\n        otherwise: {reveal: {zh: 好。, en: Ok.}}\n"
    assert gc.isenabled()
    parse_corpus(valid)
    assert gc.isenabled()
    with pytest.raises(CorpusError):
        parse_corpus(valid.replace("title", "titel"))
    assert gc.isenabled()
    gc.disable()
    try:
        parse_corpus(valid)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_loads_in_two_threads_leave_the_collector_on() -> None:
    # the order two threads' loads may take: the second begins with the collector held off
    # by the first, and ends after it
    first, second = _no_collection(), _no_collection()
    try:
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        second.__exit__(None, None, None)
        assert gc.isenabled()
    finally:
        gc.enable()  # for the tests after this one, should it fail


def test_duplicate_keys_are_found_while_the_data_is_built() -> None:
    # a duplicate before a key that is no string (the mapping is looked at again whole), one
    # inside a mapping built by the constructor, and ones in lists and nested mappings
    text = (
        "a: 1\na: 2\nb:\n  - {c: 1, c: 2}\n  - x\n"
        "d: {e: 1, e: 2, 7: seven, f: {g: 1, g: 2}}\n"
        "h: {i: [j, {k: 1, k: 2}]}\n"
    )
    root = yaml.compose(text, Loader=_Loader)
    found: list[Problem] = []
    _data(root, SafeConstructor(), found)
    assert [(p.line, p.message) for p in found] == [
        (p.line, p.message) for p in _duplicate_keys(root)
    ]
    assert [p.line for p in found] == [2, 4, 6, 6, 7]


def test_anchors_and_aliases_are_refused_with_or_without_an_ampersand() -> None:
    for text, said in (("a: &x 1\nb: *x\n", "anchor &x"), ("a: 1\nb: *x\n", "alias *x")):
        with pytest.raises(CorpusError) as raised:
            parse_corpus(text)
        assert said in str(raised.value) and "not allowed" in str(raised.value)


def test_what_is_compiled_from_a_lexicon_is_kept_on_it() -> None:
    text = DEFAULT_LEXICON.read_text(encoding="utf-8")
    first, second = parse_lexicon(text), parse_lexicon(text)
    phrase = compile_phrase("八把", first)
    assert compile_phrase("八把", first) is phrase and first.compiled["八把"] is phrase
    assert "八把" not in second.compiled  # a reloaded lexicon compiles its own
    assert compile_phrase("八把", second) == phrase and compile_phrase("八把", second) is not phrase
