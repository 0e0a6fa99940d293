"""A second opinion on a state's verdict, learned from labelled answers: naive Bayes.

The rules (matcher.py) say which branch an answer reaches. Beside them, one small model per
state and script family (Chinese: an answer holding a Chinese character; English: the others),
learned from that state's labelled answers (text, label; a label is a branch id, `saw_through`
or `otherwise`), may doubt a verdict; a doubted branch goes to otherwise (the hint: no
punchline). It only ever withholds a punchline: it never picks a branch. Measured on the former
final sets (docs/stat16.md): rounds 14-15, with the guard chosen on 10-13, wrong punchlines
125 -> 62 and answers judged right up 0.3-0.5 points in every language.

This module knows nothing of the bot: the caller gives each state's (answer, label) pairs and,
for a verdict, the labels meaning the same and the branch's own words the rules reached it by.
How it is learned: per state (`SecondOpinion(pairs)`), from pairs the caller read once a
process: for the shipped tuning sets ~1.4 s of CPU for all 105 states (the largest ~0.18 s,
reading the files ~0.25 s), which the bot spends at start and on a reload, off the event
loop, so no answer waits on it. Not at build time into a data file, which would be one more
artefact to keep in step with the tuning sets, the corpus's labels and these equations.

Features F(x), each counted once an answer: for Chinese (Traditional folded to Simplified) the
character 1-, 2- and 3-grams of each run of letters; for English each word's character 3- and
4-grams, padded with ^ and $; for both the ASCII words and pairs of neighbouring words.

Learning (N answers, C labels, V = the features the state's answers hold, α = 0.2):

    n_c        = answers labelled c;   m_cf = answers labelled c holding f;   M_c = Σ_f m_cf
    log P(c)   = log (n_c + 1) / (N + C)
    log P(f|c) = log (m_cf + α) / (M_c + α·V)

Deciding, for an answer x the rules sent to branch B (same(B): B and the labels meaning the
same, e.g. every way of seeing through the trick):

    score_c(x) = log P(c) + Σ_{f ∈ F(x) ∩ V} log P(f|c)
    P(c|x)     = exp score_c(x) / Σ_c' exp score_c'(x)
    L          = argmax_c P(c|x)
    margin(x)  = (score_L(x) − max_{c ∈ same(B)} score_c(x)) / max(1, |F(x) ∩ V|)
    doubted   ⇔ L ∉ same(B) and P(L|x) ≥ 0.995 and |F(x)| ≥ 12 and margin(x) ≥ 1
                and not (the rules reached B by its own phrase or number, and x holds at
                         most 8 letters beside it; by a lexicon intent's words, at most 4)

The guard (everything after P ≥ 0.995, chosen on rounds 10-13's final sets): naive Bayes grows
surer with every feature it multiplies in, so P alone vetoed long answers unlike its data (270
of the project's tests, stat16); the guard asks for an answer long enough to read, a margin of
a nat for every feature it knows, and leaves alone an answer that is little more than the
branch's own words. What decided a doubt: the features f of x with the largest
log P(f|L) − log P(f|B) (B's row averaged over labels where B has no answers of its own).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Iterable
from typing import Final

from understanding.text import HAN_CLASS, to_simplified

ALPHA: Final = 0.2
THRESHOLD: Final = 0.995  # chosen on rounds 10-13's final sets (docs/stat16.md)
MIN_FEATURES: Final = 12
MIN_MARGIN: Final = 1.0  # nats a known feature
OWN_WORDS_SLACK: Final = 8  # letters beside the branch's own phrase or number
INTENT_WORDS_SLACK: Final = 4  # letters beside the words of the intent it reached it by
SHOWN: Final = 5  # features named in an explanation
# An answer is read by its first MAX_READ characters: the longest labelled answer is 157, and
# a 4,096-character message read whole cost ~5 ms a verdict (the worst answer's budget is 1 ms)
MAX_READ: Final = 256

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


class Doubt:
    """The model's doubt about a verdict: the label it reads instead, how sure, and why."""

    label: str
    confidence: float
    deciding: list[str]

    def __init__(self, label: str, confidence: float, deciding: list[str]) -> None:
        self.label = label
        self.confidence = confidence
        self.deciding = deciding

    def describe(self) -> str:
        said = ", ".join(f"'{feature[2:]}'" for feature in self.deciding)
        return f"the second opinion reads {self.label} (P {self.confidence:.4f}), by {said}"


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


class SecondOpinion:
    """One state's second opinion: a model for its Chinese answers, one for its English."""

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
