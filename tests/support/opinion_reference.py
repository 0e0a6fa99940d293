"""The second opinion as it was first written (understanding/second_opinion.py at `ac7dfa2`):
a list of floats for each feature's log P(f|c), F(x) built as prefixed strings. The library
now stores its models lean and reads an answer by kind (round 17); this is the reference its
verdicts are tested against (tests/test_second_opinion.py), equation for equation, so it
lives with the tests rather than in the library. Its constants are the library's. Its
`fallback` (round 19's) is the module docstring's `taken` in the same representation, every
feature of x built and counted (speed20)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Iterable
from typing import Final

from understanding.second_opinion import (
    ALPHA,
    FALLBACK_MIN_FEATURES,
    FALLBACK_MIN_MARGIN,
    FALLBACK_THRESHOLD,
    INTENT_WORDS_SLACK,
    MAX_READ,
    MIN_FEATURES,
    MIN_MARGIN,
    OWN_WORDS_SLACK,
    SHOWN,
    THRESHOLD,
    Doubt,
)
from understanding.text import HAN_CLASS, to_simplified

_ASCII_WORD: Final = re.compile(r"[a-z0-9']+")
_NOT_LETTER: Final = re.compile(r"[\W_]+")
_LETTER: Final = re.compile(r"\w")
_HAN: Final = re.compile(f"[{HAN_CLASS}]")


def features(text: str, english: bool) -> list[str]:
    """F(x): the answer's features (see the module docstring), each once, in a fixed order;
    of its first MAX_READ characters."""
    text = text[:MAX_READ]
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    words = _ASCII_WORD.findall(text)
    found = {f"w:{word}" for word in words}
    for i in range(len(words) - 1):
        found.add(f"b:{words[i]} {words[i + 1]}")
    if english:
        for word in words:
            padded = f"^{word}$"
            for size in (3, 4):
                for i in range(len(padded) - size + 1):
                    found.add("c:" + padded[i : i + size])
    else:
        for run in _NOT_LETTER.sub(" ", to_simplified(text)).split():
            for size in (1, 2, 3):
                for i in range(len(run) - size + 1):
                    found.add("c:" + run[i : i + size])
    return sorted(found)


def english(text: str) -> bool:
    """Whether an answer is read as English: no Chinese character in it."""
    return _HAN.search(text) is None


class _Model:
    """One state's naive Bayes for one script family (see the module docstring)."""

    english: bool
    labels: list[str]
    log_prior: list[float]
    weights: dict[str, list[float]]  # f → log P(f|c) for each label, in `labels`' order

    def __init__(self, answers: list[tuple[str, str]], english: bool) -> None:
        self.english = english
        held = [(features(answer, english), label) for answer, label in answers]
        self.labels = sorted({label for _, label in held})
        place = {label: i for i, label in enumerate(self.labels)}
        count = len(self.labels)
        answered = [0] * count
        counts: dict[str, list[int]] = {}
        for feats, label in held:
            c = place[label]
            answered[c] += 1
            for feature in feats:
                row = counts.get(feature)
                if row is None:
                    row = [0] * count
                    counts[feature] = row
                row[c] += 1
        vocabulary = len(counts)
        totals = [0] * count
        for row in counts.values():
            for c in range(count):
                totals[c] += row[c]
        self.log_prior = [math.log((answered[c] + 1) / (len(held) + count)) for c in range(count)]
        self.weights = {}
        for feature, row in counts.items():
            self.weights[feature] = [
                math.log((row[c] + ALPHA) / (totals[c] + ALPHA * vocabulary)) for c in range(count)
            ]

    def scores(self, feats: list[str]) -> tuple[list[float], list[str]]:
        """score_c(x) for each label, and the features of x the state's answers hold."""
        scores = list(self.log_prior)
        held = []
        count = len(scores)
        for feature in feats:
            row = self.weights.get(feature)
            if row is not None:
                held.append(feature)
                for c in range(count):
                    scores[c] += row[c]
        return scores, held


def _probability(scores: list[float], top: int) -> float:
    """P(c|x) of label `top` from every label's score_c(x)."""
    total = 0.0
    for score in scores:
        total += math.exp(score - scores[top])
    return 1 / total


def _top(scores: list[float]) -> int:
    best = 0
    for c in range(1, len(scores)):
        if scores[c] > scores[best]:
            best = c
    return best


class ReferenceOpinion:
    """The second opinion as first written (see the module docstring)."""

    models: dict[bool, _Model]

    def __init__(self, answers: Iterable[tuple[str, str]]) -> None:
        """Learn from the state's labelled answers, (answer, label) pairs."""
        by_family: dict[bool, list[tuple[str, str]]] = {True: [], False: []}
        for answer, label in answers:
            by_family[english(answer)].append((answer, label))
        self.models = {}
        for family, held in by_family.items():
            if held:
                self.models[family] = _Model(held, family)

    def reading(self, text: str) -> tuple[str, float] | None:
        """The label the model reads in `text` and P(label|x); None: no model for its script."""
        model = self.models.get(english(text))
        if model is None:
            return None
        scores, _ = model.scores(features(text, model.english))
        top = _top(scores)
        return model.labels[top], _probability(scores, top)

    def doubt(
        self,
        text: str,
        reached: str,
        same: Collection[str],
        own: str | None = None,
        intent: bool = False,
    ) -> Doubt | None:
        """A Doubt where the model reads a label outside `same` (the rules' verdict `reached`
        and what means the same) as the module docstring's `doubted` says, else None. `own`:
        the words the rules reached it by (the branch's own phrase or number, or with
        `intent` a lexicon intent's), if any. Like F(x), it reads the first MAX_READ
        characters: counting a 5,000-character message's letters cost ~0.3 ms."""
        text = text[:MAX_READ]
        model = self.models.get(english(text))
        if model is None or len(model.labels) < 2:
            return None
        if own is not None:
            beside = len(_LETTER.findall(text)) - len(_LETTER.findall(own))
            if beside <= (INTENT_WORDS_SLACK if intent else OWN_WORDS_SLACK):
                return None
        feats = features(text, model.english)
        if len(feats) < MIN_FEATURES:
            return None
        scores, held = model.scores(feats)
        top = _top(scores)
        label = model.labels[top]
        if label in same:
            return None
        confidence = _probability(scores, top)
        if confidence < THRESHOLD:
            return None
        mine = [scores[c] for c, name in enumerate(model.labels) if name in same]
        if mine and (scores[top] - max(mine)) / max(len(held), 1) < MIN_MARGIN:
            return None
        return Doubt(label, confidence, _deciding(model, held, top, reached))

    def fallback(self, text: str, allowed: Collection[str], reached: str) -> Doubt | None:
        """Where the rules reached `reached` (otherwise), a Doubt naming the label of `allowed`
        the model reads in `text`, as the module docstring's `taken` says, else None."""
        text = text[:MAX_READ]
        model = self.models.get(english(text))
        if model is None or len(model.labels) < 2:
            return None
        feats = features(text, model.english)
        if len(feats) < FALLBACK_MIN_FEATURES:
            return None
        scores, held = model.scores(feats)
        top = _top(scores)
        label = model.labels[top]
        if label not in allowed:
            return None
        confidence = _probability(scores, top)
        if confidence < FALLBACK_THRESHOLD:
            return None
        if reached in model.labels:
            lead = scores[top] - scores[model.labels.index(reached)]
            if lead / max(len(held), 1) < FALLBACK_MIN_MARGIN:
                return None
        return Doubt(label, confidence, _deciding(model, held, top, reached))


def _deciding(model: _Model, held: list[str], top: int, reached: str) -> list[str]:
    """The SHOWN features of x that most favour label `top` over `reached`."""
    mine = model.labels.index(reached) if reached in model.labels else -1
    weighed: list[tuple[float, str]] = []
    for feature in held:
        row = model.weights[feature]
        other = row[mine] if mine >= 0 else math.fsum(row) / len(row)
        weighed.append((other - row[top], feature))
    weighed.sort()
    return [feature for _, feature in weighed[:SHOWN]]
