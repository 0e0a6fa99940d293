"""A second opinion on a state's verdict, learned from labelled answers: naive Bayes.

The rules (matcher.py) say which branch an answer reaches. Beside them, one small model per
state and script family (Chinese: an answer holding a Chinese character; English: the others),
learned from that state's labelled answers (text, label; a label is a branch id, `saw_through`
or `otherwise`), may doubt a verdict; a doubted branch goes to otherwise (the hint: no
punchline). Measured on the former final sets, each round's model learned only from older
rounds (docs/stat16.md, docs/stat18.md): rounds 10-17, wrong punchlines 661 (the rules alone)
-> 318, right within 0.3 points. Where the rules reached otherwise, it may also pick a label
itself, when extremely sure and only of the labels the caller allows (the bot: ways of seeing
through the trick, never a punchline): `fallback`, below.

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
    doubted   ⇔ L ∉ same(B) and P(L|x) ≥ 0.99 and margin(x) ≥ 0.5
                and not (the rules reached B by its own phrase or number, and x holds at
                         most 8 letters beside it; by a lexicon intent's words, at most 4)

The guard (everything after P ≥ 0.99; docs/stat18.md): naive Bayes grows surer with every
feature it multiplies in, so P alone vetoes long answers unlike its data; the margin asks for
half a nat for every feature it knows, and an answer that is little more than the words the
rules reached it by (a branch's own phrase or number, `no`, `不知道`) is left to the rules.
Chosen in round 18 on rounds 10-17, each round's model learned only from older rounds: wrong
punchlines 416 -> 340, right within 0.1 point in every language (the guard before it, chosen
on rounds 10-13, also asked for 12 features and a margin of 1 nat). What decided
a doubt: the features f of x with the largest log P(f|L) − log P(f|B) (B's row averaged over
labels where B has no answers of its own).

The fallback, for an answer the rules sent to otherwise (O), the caller allowing labels A
(docs/stat19.md):

    taken     ⇔ L ∈ A and P(L|x) ≥ 0.9999999 and |F(x)| ≥ 30
                and (score_L(x) − score_O(x)) / max(1, |F(x) ∩ V|) ≥ 1   (where O is a label)

stat17's candidate "P ≥ 0.9999999, |F| ≥ 30, sharp, the veto's guard" exactly as it fixed it
(the guard it was fixed with, P ≥ 0.995, |F| ≥ 12 and a nat a known feature over otherwise,
reduces to the margin beside the stricter floors). Fixed after rounds 10-16 were read, it then
added right answers and no wrong punchline on each of three later final sets, read held out:
round 16 +29, round 17 +23, round 18 +23 (rounds 10-14, where stat17 chose, it had added 9
wrong punchlines for 90 right; round 15, 2 for 22). The margin is what holds questions back
(`aint that the thing with the ozone layer?`): at 0.5 nat round 18 gained 3 wrong punchlines.
It reads only answers the veto does not (the rules reached otherwise); an answer that cannot
hold 30 features is let go before any is built (before its words are split, by a bound on the
text: `_at_most`, speed28), and a state none of whose labels is allowed reads nothing.

Every use of a state's opinion on an answer (the veto, the fallback, any other) reads it
through one `Reading`: one pass of features, built as far as a use asks and no further, and
kept for the next use on the same answer (`SecondOpinion.read`; speed20).
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections.abc import Collection, Iterable
from typing import Final

from understanding.text import HAN_CLASS, to_simplified

ALPHA: Final = 0.2
# The guard, re-chosen on rounds 10-17's final sets (docs/stat18.md): the fewest wrong
# punchlines with no language's right more than 0.3 points below the guard before it
THRESHOLD: Final = 0.99
MIN_FEATURES: Final = 0  # no floor: the margin holds long answers unlike the data back
MIN_MARGIN: Final = 0.5  # nats a known feature
# letters beside the words the rules reached the branch by: an answer that is little more
# than them is left to the rules (n-grams read `number two` as `number one`)
OWN_WORDS_SLACK: Final = 8  # the branch's own phrase or number
INTENT_WORDS_SLACK: Final = 4  # a lexicon intent's words (`no`, `不知道`)
# The fallback (docs/stat19.md): where the rules reached otherwise, a label the caller allows
# is taken when the model is this sure, reads this many features, and leads otherwise by
# this many nats a known feature
FALLBACK_THRESHOLD: Final = 0.9999999
FALLBACK_MIN_FEATURES: Final = 30
FALLBACK_MIN_MARGIN: Final = 1.0
SHOWN: Final = 5  # features named in an explanation
# An answer is read by its first MAX_READ characters, as the rules read the first text.CAP of
# it folded: the longest labelled answer is 184, and a 4,096-character message read whole cost
# ~5 ms a verdict (the worst answer's budget is 1 ms; 256 until speed19)
MAX_READ: Final = 192

_ASCII_WORD: Final = re.compile(r"[a-z0-9']+")
_NOT_LETTER: Final = re.compile(r"[\W_]+")
_NOT_WORD: Final = re.compile(r"\W+")
_HAN: Final = re.compile(f"[{HAN_CLASS}]")


def features(text: str, english: bool) -> list[str]:
    """F(x): the answer's features (see the module docstring), each once, in a fixed order;
    of its first MAX_READ characters."""
    pairs, grams, words = _every(text, english)
    found = [f"b:{pair}" for pair in pairs] + [f"c:{gram}" for gram in grams]
    return sorted(found + [f"w:{word}" for word in words])


def _every(text: str, english: bool) -> tuple[set[str], set[str], set[str]]:
    """F(x) by kind (see `_read`), however few."""
    return _read(text, english, 0) or (set(), set(), set())


def _read(text: str, english: bool, least: int) -> tuple[set[str], set[str], set[str]] | None:
    """F(x) by kind, unprefixed: its pairs of words (b:), character n-grams (c:) and words
    (w:). None where an answer cannot hold `least` features (`_most`), counted before any
    feature is built."""
    words, runs = _tokens(text, english)
    if _most(words, runs, english) < least:
        return None
    pairs = {f"{words[i]} {words[i + 1]}" for i in range(len(words) - 1)}
    grams: set[str] = set()
    if english:
        for word in words:
            padded = f"^{word}$"
            for size in (3, 4):
                for i in range(len(padded) - size + 1):
                    grams.add(padded[i : i + size])
    else:
        for run in runs:
            for size in (1, 2, 3):
                for i in range(len(run) - size + 1):
                    grams.add(run[i : i + size])
    return pairs, grams, set(words)


def _tokens(text: str, english: bool) -> tuple[list[str], list[str]]:
    """What F(x) is built from, of the first MAX_READ characters: the ASCII words, and for
    Chinese the runs of letters (Traditional folded to Simplified)."""
    text = _normalised(text)
    words = _ASCII_WORD.findall(text)
    runs = [] if english else _NOT_LETTER.sub(" ", to_simplified(text)).split()
    return words, runs


def _normalised(text: str) -> str:
    """The first MAX_READ characters as F(x) reads them, before any is split: NFKC, casefolded."""
    text = text[:MAX_READ]
    # (ASCII is its own NFKC form; the check reads every character's entry in unicodedata's
    # tables, ~20 µs of a long English answer's verdict, cold)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def _at_most(text: str, english: bool) -> int:
    """At least `_most` of `text`'s words and runs, without its runs: an answer this bound
    holds under a floor is let go with no Reading built (the fallback's floor: 143 of the
    148 answers of the eval set it reads). A Chinese text's runs hold at most its
    characters (OpenCC's t2s lengthens no text: each entry of the dictionaries it ships
    is as long as its key or shorter, tests/test_speed28.py reads them), and a run of n
    letters at most 3n features: the conversion and the regex's pass the runs cost are
    spent only on an answer long enough to be taken."""
    text = _normalised(text)
    words = _ASCII_WORD.findall(text)
    if english:
        return _most(words, [], True)  # (English reads no runs: exact)
    return _most(words, [], False) + 3 * len(text)


def _most(words: list[str], runs: list[str], english: bool) -> int:
    """At least |F(x)|, without building a feature: most answers are too short to be
    doubted or taken (MIN_FEATURES, FALLBACK_MIN_FEATURES)."""
    # at most: each word, each pair, and a word of n letters n 3-grams and n - 1 4-grams (of
    # it padded), or a run of n letters n + (n - 1) + (n - 2) 1- to 3-grams
    most = 2 * len(words) - 1 if words else 0
    if english:
        for word in words:
            most += 2 * len(word) - 1
    else:
        for run in runs:
            most += 3 * len(run) - 3 if len(run) > 1 else 1
    return most


def english(text: str) -> bool:
    """Whether an answer is read as English: no Chinese character in it."""
    # (an ASCII text is known so without a search, which reads each character against the
    # class's tables: ~15 µs of a long English answer's verdict, cold)
    return text.isascii() or _HAN.search(text) is None


class Doubt:
    """The model's doubt about a verdict: the label it reads instead, how sure, and why. A
    veto's (`SecondOpinion.doubt`) also keeps the leads it was weighed by, in nats a known
    feature: `lead` over the rules' branch and what means the same (its margin; inf where the
    model holds none of them), `lead_safe` over the caller's safe path (None: not asked, not
    one of the model's labels, or the label read). A caller's further step reads them, not
    the scores again, and `describe` shows them (stat23: the next analyst reads why a sure
    label was or was not taken)."""

    label: str
    confidence: float
    deciding: list[str]
    lead: float
    lead_safe: float | None

    def __init__(
        self,
        label: str,
        confidence: float,
        deciding: list[str],
        lead: float = math.inf,
        lead_safe: float | None = None,
    ) -> None:
        self.label = label
        self.confidence = confidence
        self.deciding = deciding
        self.lead = lead
        self.lead_safe = lead_safe

    def describe(self) -> str:
        said = ", ".join(f"'{feature[2:]}'" for feature in self.deciding)
        leads = []
        if self.lead != math.inf:
            leads.append(f"the rules' branch by {self.lead:.2f}")
        if self.lead_safe is not None:
            leads.append(f"the safe path by {self.lead_safe:.2f}")
        led = f", leading {' and '.join(leads)} nats a known feature" if leads else ""
        return f"the second opinion reads {self.label} (P {self.confidence:.4f}){led}, by {said}"


class _Model:
    """One state's naive Bayes for one script family (see the module docstring).

    Stored lean: a feature's row of log P(f|c) is a tuple shared by every feature counted
    alike (m_cf the same for every c: most features are seen once or twice, so a model holds
    a few hundred rows for thousands of features), and the features' names are interned,
    shared by the states holding them. Held as one list of floats per feature, the 150
    models were 1.5 million floats and 351,000 lists: +124 MB, and a full collection
    10 -> 140 ms (docs/stat16.md, round 17)."""

    english: bool
    labels: list[str]
    log_prior: list[float]
    # f → log P(f|c) for each label, in `labels`' order; by kind, unprefixed (see `_read`)
    pairs: dict[str, tuple[float, ...]]
    grams: dict[str, tuple[float, ...]]
    words: dict[str, tuple[float, ...]]

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
        self.pairs, self.grams, self.words = {}, {}, {}
        kinds = {"b": self.pairs, "c": self.grams, "w": self.words}
        rows: dict[tuple[int, ...], tuple[float, ...]] = {}
        for feature, row in counts.items():
            key = tuple(row)
            weights = rows.get(key)
            if weights is None:
                weights = tuple(
                    [
                        math.log((row[c] + ALPHA) / (totals[c] + ALPHA * vocabulary))
                        for c in range(count)
                    ]
                )
                rows[key] = weights
            kinds[feature[0]][sys.intern(feature[2:])] = weights


class Reading:
    """An answer as one state's model reads it: one pass, shared by every use of the model on
    the answer (the veto, the fallback, any other: `SecondOpinion.read` keeps the last), each
    part built on its first use, not before: the words and runs F(x) is built from, then
    the features of x the model holds with their rows (`rows`), each label's score_c(x)
    (`scores`) and the label read (`top`); |F(x)| itself only where a floor asks for it
    (`holds_at_least`). None of a long answer's hundreds of features the model never saw is
    kept (speed19), and most are never built: every n-gram, word and pair inside a held
    feature is held too (the model holds all of each answer's), so a 4-gram is looked up
    only where its two 3-grams are held, a 3-gram (Chinese) where its two 2-grams are, a
    2-gram where its characters are, a pair where its words are (speed20)."""

    text: str  # the first MAX_READ characters, as given: what `SecondOpinion.read` compares
    model: _Model
    words: list[str]
    runs: list[str]
    # F(x) ∩ V by kind (pairs, n-grams, words), each sorted, with its row: in F(x)'s order
    _held: list[list[tuple[str, tuple[float, ...]]]] | None
    _rows: list[tuple[float, ...]] | None
    _scores: list[float] | None

    def __init__(self, text: str, model: _Model) -> None:
        self.text = text
        self.model = model
        self.words, self.runs = _tokens(text, model.english)
        self._held = None
        self._rows = None
        self._scores = None

    def holds_at_least(self, least: int) -> bool:
        """|F(x)| ≥ least, every feature of x counted, held or not: `_most` first, then the
        held ones, then (counting stops at `least`) the others."""
        words, runs = self.words, self.runs
        if _most(words, runs, self.model.english) < least:
            return False
        if len(self.rows()) >= least:
            return True
        count = len(set(words))
        count += len({f"{words[i]} {words[i + 1]}" for i in range(len(words) - 1)})
        grams: set[str] = set()
        if self.model.english:
            for word in words:
                padded = f"^{word}$"
                for size in (3, 4):
                    for i in range(len(padded) - size + 1):
                        grams.add(padded[i : i + size])
                if count + len(grams) >= least:
                    return True
        else:
            for run in runs:
                for size in (1, 2, 3):
                    for i in range(len(run) - size + 1):
                        grams.add(run[i : i + size])
                    if count + len(grams) >= least:
                        return True
        return count + len(grams) >= least

    def held(self) -> list[list[tuple[str, tuple[float, ...]]]]:
        """F(x) ∩ V by kind, unprefixed (pairs, n-grams, words), each sorted, with its row."""
        held = self._held
        if held is None:
            held = self._held = _held(self.words, self.runs, self.model)
        return held

    def rows(self) -> list[tuple[float, ...]]:
        """The rows of the features of x the model holds, in F(x)'s order (its features
        sorted): scores are summed in it, as learned and tested (another order could move a
        sum's last bit, and a verdict at a threshold with it)."""
        rows = self._rows
        if rows is None:
            rows = self._rows = [row for kind in self.held() for _, row in kind]
        return rows

    def scores(self) -> list[float]:
        """score_c(x) for each label, in the model's `labels` order."""
        scores = self._scores
        if scores is None:
            rows = self.rows()
            # label by label, each in a local float: adding into a list of floats boxed a new
            # float for every feature and label (a third of the opinion's time, compiled)
            scores = []
            for c, prior in enumerate(self.model.log_prior):
                score = prior
                for row in rows:
                    score += row[c]
                scores.append(score)
            self._scores = scores
        return scores

    def top(self) -> int:
        """L: the label read, as its place in the model's `labels`."""
        return _top(self.scores())

    def named(self) -> list[tuple[str, tuple[float, ...]]]:
        """The features of x the model holds, named as F(x) names them, with their rows."""
        return [
            (f"{kind}:{feature}", row)
            for kind, found in zip("bcw", self.held(), strict=True)
            for feature, row in found
        ]


def _held(
    words: list[str], runs: list[str], model: _Model
) -> list[list[tuple[str, tuple[float, ...]]]]:
    """F(x) ∩ V of `words` and `runs` by kind, each sorted, with its row (see `Reading`)."""
    # Each word, pair and n-gram looked up once, however often said: a lookup in a model's
    # tables is a cache miss or two on a cold verdict, a lookup in a set of the answer's not
    known_pairs, known_grams, known_words = model.pairs, model.grams, model.words
    distinct = set(words)
    words_held: dict[str, tuple[float, ...]] = {}
    for word in distinct:
        weights = known_words.get(word)
        if weights is not None:
            words_held[word] = weights
    pairs: dict[str, tuple[float, ...]] = {}
    tried: set[str] = set()
    for i in range(len(words) - 1):
        if words[i] in words_held and words[i + 1] in words_held:
            pair = f"{words[i]} {words[i + 1]}"
            if pair not in tried:
                tried.add(pair)
                weights = known_pairs.get(pair)
                if weights is not None:
                    pairs[pair] = weights
    grams: dict[str, tuple[float, ...]] = {}
    if model.english:
        for word in distinct:
            padded = f"^{word}$"
            threes: list[bool] = []
            for i in range(len(padded) - 2):
                gram = padded[i : i + 3]
                weights = known_grams.get(gram)
                threes.append(weights is not None)
                if weights is not None:
                    grams[gram] = weights
            for i in range(len(padded) - 3):
                if threes[i] and threes[i + 1]:
                    gram = padded[i : i + 4]
                    weights = known_grams.get(gram)
                    if weights is not None:
                        grams[gram] = weights
    else:
        for run in set(runs):
            shorter: list[bool] = []  # the (n - 1)-grams held, by where they start
            for size in (1, 2, 3):
                found: list[bool] = []
                for i in range(len(run) - size + 1):
                    weights = None
                    if size == 1 or (shorter[i] and shorter[i + 1]):
                        gram = run[i : i + size]
                        weights = known_grams.get(gram)
                        if weights is not None:
                            grams[gram] = weights
                    found.append(weights is not None)
                shorter = found
    return [sorted(pairs.items()), sorted(grams.items()), sorted(words_held.items())]


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
    # The last answer read (`read`): a second use of the opinion on the same answer reads it
    # no more (the bot reads an answer that says nothing twice; a further rule beside the
    # veto or the fallback reads what they read)
    last: Reading | None

    def __init__(self, answers: Iterable[tuple[str, str]]) -> None:
        """Learn from the state's labelled answers, (answer, label) pairs."""
        by_family: dict[bool, list[tuple[str, str]]] = {True: [], False: []}
        for answer, label in answers:
            by_family[english(answer)].append((answer, label))
        self.models = {}
        for family, held in by_family.items():
            if held:
                self.models[family] = _Model(held, family)
        self.last = None

    def read(self, text: str) -> Reading | None:
        """`text` as the model for its script reads it, of its first MAX_READ characters
        (see `Reading`: nothing is built until asked for); None: no model for its script.
        The same answer read again is the same Reading, built once."""
        text = text[:MAX_READ]
        last = self.last  # (read once: under threads another answer may replace it)
        if last is not None and last.text == text:
            return last
        model = self.models.get(english(text))
        if model is None:
            return None
        reading = Reading(text, model)
        self.last = reading
        return reading

    def reading(self, text: str) -> tuple[str, float] | None:
        """The label the model reads in `text` and P(label|x); None: no model for its script."""
        read = self.read(text)
        if read is None:
            return None
        top = read.top()
        return read.model.labels[top], _probability(read.scores(), top)

    def doubt(
        self,
        text: str,
        reached: str,
        same: Collection[str],
        own: str | None = None,
        intent: bool = False,
        safe: str | None = None,
    ) -> Doubt | None:
        """A Doubt where the model reads a label outside `same` (the rules' verdict `reached`
        and what means the same) as the module docstring's `doubted` says, else None. `own`:
        the words the rules reached it by (the branch's own phrase or number, or with
        `intent` a lexicon intent's), if any; `safe`: the label of the caller's safe path,
        whose lead the Doubt keeps too. Like F(x), it reads the first MAX_READ characters:
        counting a 5,000-character message's letters cost ~0.3 ms."""
        text = text[:MAX_READ]
        # the words guard first: it ends an answer that is an intent's words alone cheaply
        slack = INTENT_WORDS_SLACK if intent else OWN_WORDS_SLACK
        if own is not None:
            own_letters = _letters(own)
            # (a text holds at most as many letters as characters: a short one, most answers
            # the rules reach, is ended without counting its letters, a regex's pass)
            if len(text) - own_letters <= slack or _letters(text) - own_letters <= slack:
                return None
        read = self.read(text)
        if read is None or len(read.model.labels) < 2:
            return None
        # (a floor counts every feature of x, not only those the model holds)
        if MIN_FEATURES and not read.holds_at_least(MIN_FEATURES):
            return None
        model, scores, top = read.model, read.scores(), read.top()
        label = model.labels[top]
        if label in same:
            return None
        confidence = _probability(scores, top)
        if confidence < THRESHOLD:
            return None
        known = max(len(read.rows()), 1)
        mine = [scores[c] for c, name in enumerate(model.labels) if name in same]
        margin = (scores[top] - max(mine)) / known if mine else math.inf
        if margin < MIN_MARGIN:
            return None
        lead_safe = None
        if safe is not None and safe != label and safe in model.labels:
            lead_safe = (scores[top] - scores[model.labels.index(safe)]) / known
        deciding = _deciding(model, read.named(), top, reached)
        return Doubt(label, confidence, deciding, margin, lead_safe)

    def fallback(self, text: str, allowed: Collection[str], reached: str) -> Doubt | None:
        """Where the rules reached `reached` (otherwise), a Doubt naming the label of `allowed`
        the model reads in `text`, as the module docstring's `taken` says, else None. Like
        F(x), it reads the first MAX_READ characters."""
        text = text[:MAX_READ]
        last = self.last
        read = last if last is not None and last.text == text else None
        model = read.model if read is not None else self.models.get(english(text))
        if model is None or len(model.labels) < 2:
            return None
        if not any(label in allowed for label in model.labels):
            return None  # (L is one of its labels: none allowed, none taken, nothing read)
        if read is None:
            # the cheap first test, before any Reading (an answer read already is counted
            # exactly): most answers the rules sent to otherwise are short
            if _at_most(text, model.english) < FALLBACK_MIN_FEATURES:
                return None
            read = self.read(text)
            assert read is not None  # (the model for its script, as above)
        if not read.holds_at_least(FALLBACK_MIN_FEATURES):
            return None
        scores, top = read.scores(), read.top()
        label = model.labels[top]
        if label not in allowed:
            return None
        confidence = _probability(scores, top)
        if confidence < FALLBACK_THRESHOLD:
            return None
        if reached in model.labels:
            lead = scores[top] - scores[model.labels.index(reached)]
            if lead / max(len(read.rows()), 1) < FALLBACK_MIN_MARGIN:
                return None
        return Doubt(label, confidence, _deciding(model, read.named(), top, reached))


def _letters(text: str) -> int:
    """How many letters `text` holds (as \\w counts them: alphanumerics and _), without a
    list of them."""
    # (a text of letters alone, as a branch's own words mostly are, is counted without a regex)
    return len(text) if text.isalnum() else len(_NOT_WORD.sub("", text))


def _deciding(
    model: _Model, held: list[tuple[str, tuple[float, ...]]], top: int, reached: str
) -> list[str]:
    """The SHOWN features of x that most favour label `top` over `reached`."""
    mine = model.labels.index(reached) if reached in model.labels else -1
    weighed: list[tuple[float, str]] = []
    for feature, row in held:
        other = row[mine] if mine >= 0 else math.fsum(row) / len(row)
        weighed.append((other - row[top], feature))
    weighed.sort()
    return [feature for _, feature in weighed[:SHOWN]]
