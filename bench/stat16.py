"""Stage 1 of stat16: does a per-state statistical model, beside the rules, make fresh voices'
verdicts fairer (above all, fewer wrong punchlines)?

Fresh voices: each content/eval/tuning/roundK_final/all.tsv was a final set, run once on the
rules of its time; its RESULT.txt (section `## all.tsv`) lists the rows that run got wrong and
what it reached, every other row reached its label. So the rules' verdict on voices they had
never seen is known row by row, and a model can be put beside it without rerunning old code.

For round K the model learns only from tuning files that existed before round K's final set was
run, approximated (as the brief says) by every file but the roundJ_* ones with J >= K. The
model is one per (routine, state, script family: Chinese or English):

- features: Chinese (Traditional folded to Simplified with OpenCC's t2s, as understanding/
  does), character 1-3-grams; English, word 1-2-grams and 3-4-grams of characters inside
  each word; both keep ASCII words and word pairs (Chinese answers hold `dad`, `ok`);
- `nb`: multinomial naive Bayes on binary counts, P(c|x) ∝ P(c) Π_f P(f|c),
  P(f|c) = (n_cf + α) / (n_c + α|V|), P(c) = (N_c + 1) / (N + C);
- `lr`: softmax regression on the L2-normalised binary features, L2 penalty λ, fit by L-BFGS;
- `shipped`: understanding/second_opinion.py, the stage-2 prototype (naive Bayes as `nb`, the script
  family read from the answer's text, as it must be at run time);
- `guarded`: `shipped` with stat17's guard (understanding/second_opinion.py's docstring);
- `knn`: the k nearest labelled answers by cosine of tf-idf vectors; P(c|x) = the similarity
  share of label c among them.

Policies, each with a confidence threshold t on the model's top label L (P(L|x) >= t):

- veto: the rules reached a branch B (or the give-away) and L is not B → otherwise (the
  hint: no punchline);
- fallback: the rules reached otherwise and L is a branch → L;
- both: each with its own threshold.

A verdict is right when it is the label, or both are ways of seeing through it (the give-away
and a branch with `saw_through: true` or a going-on `intent: trick`, as bot/content/evaluation
counts them); a wrong punchline is any other verdict than `otherwise` that is not right.

    PYTHONPATH=$PWD .venv/bin/python -m bench.stat16 [--model nb lr knn] [--rounds-before K]
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import itertools
import math
import re
import subprocess
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import opencc
from scipy import optimize, sparse

from bot.content.corpus import DEFAULT_TUNING as TUNING
from bot.content.corpus import GIVE_AWAY, TRICK, load_corpus
from understanding.second_opinion import SecondOpinion

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "content" / "jokes.yaml"
OTHERWISE = "otherwise"
LANGS = ("zh-hans", "zh-hant", "en")
ROUNDS = (10, 11, 12, 13, 14)
# never used to choose anything in stat16: a third honest check (stat17)
LATER_ROUNDS = (15,)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999, 1.01)
MAX_RIGHT_COST = 0.003  # the brief: at most 0.3 points of right lost in any language

_T2S = opencc.OpenCC("t2s")
_ASCII_WORD = re.compile(r"[a-z0-9']+")
_NOT_WORD = re.compile(r"[\W_]+")
_ROUND_NAME = re.compile(r"round(\d+)_")
_MISS_LINE = re.compile(
    r"^(missed|WRONG PUNCHLINE): (\S+?)/(\S+) \[(\S+)\] (.*) expected (\S+), got ([a-z0-9_-]+)"
)


@dataclass(frozen=True)
class Row:
    routine: str
    state: str
    lang: str
    answer: str
    expected: str


def parse_tsv(text: str) -> list[Row]:
    rows = []
    for fields in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(fields) != 5 or fields[0] == "routine":
            continue
        rows.append(Row(*fields))
    return rows


def read_tsv(path: Path) -> list[Row]:
    return parse_tsv(path.read_text(encoding="utf-8"))


def run_commit(round_: int) -> str:
    """The commit roundK_final's one run was made on: RESULT.txt's first line, or where it
    has none (round 17's is the run's output alone) its README's "run **once**, on `X`"."""
    folder = TUNING / f"round{round_}_final"
    first = (folder / "RESULT.txt").read_text(encoding="utf-8").splitlines()[0]
    found = re.search(r"run once on ([0-9a-f]{7,40})", first)
    if found is None:
        readme = (folder / "README.md").read_text(encoding="utf-8")
        found = re.search(r"run \*\*once\*\*, on `([0-9a-f]{7,40})`", readme)
    assert found, f"round {round_}: neither RESULT.txt nor README.md names the commit"
    return found.group(1)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def training_rows(before: int, snapshot: bool = True, own_writers: bool = False) -> list[Row]:
    """The labelled rows a model for round `before` may learn from: tuning/ as it was in git
    at the commit its final set was run on (so no row added or relabelled since), or as it is
    now (snapshot=False); either way without the roundJ_* files, J >= `before` (the brief's
    rule: round K's own writers, tuned on before its run, are left out too, unless
    `own_writers`). A folder with an
    all.tsv holds its other files inside it: only all.tsv is read."""
    where = "content/eval/tuning/"
    if snapshot:
        commit = run_commit(before)
        names = _git("ls-tree", "-r", "--name-only", commit, where).split()
    else:
        commit = None
        names = [str(path.relative_to(ROOT)) for path in TUNING.rglob("*.tsv")]
    wholes = {name.rsplit("/", 1)[0] for name in names if name.endswith("/all.tsv")}
    rows = []
    for name in sorted(names):
        top = name[len(where) :].split("/")[0]
        folder = name.rsplit("/", 1)[0]
        named = _ROUND_NAME.match(top)
        last = before if own_writers and "_writers" in top else before - 1
        if not name.endswith(".tsv") or (named and int(named.group(1)) > last):
            continue
        if folder in wholes and not name.endswith("/all.tsv"):
            continue
        text = _git("show", f"{commit}:{name}") if commit else (ROOT / name).read_text("utf-8")
        rows += parse_tsv(text)
    return rows


def rule_verdicts(round_: int) -> list[tuple[Row, str]]:
    """roundK_final/all.tsv's rows, each with what the rules of that time reached."""
    folder = TUNING / f"round{round_}_final"
    rows = read_tsv(folder / "all.tsv")
    # keyed without the label: a few labels were changed after the run (round ten's
    # `知道啊` said_yes → claims_to_know); the recorded verdict is judged on today's label
    wrong: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    section = False
    for line in (folder / "RESULT.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line.strip() == "## all.tsv"
            continue
        found = _MISS_LINE.match(line) if section else None
        if found:
            _, routine, state, lang, answer, _, got = found.groups()
            wrong[routine, state, lang, ast.literal_eval(answer)].append(got)
    verdicts = []
    for row in rows:
        key = (row.routine, row.state, row.lang, row.answer)
        got = wrong[key].pop() if wrong.get(key) else row.expected
        verdicts.append((row, got))
    unmatched = sum(len(left) for left in wrong.values())
    assert unmatched == 0, f"round {round_}: {unmatched} RESULT lines match no row"
    return verdicts


def family(lang: str) -> str:
    return "en" if lang == "en" else "zh"


def features(answer: str, lang: str) -> list[str]:
    text = unicodedata.normalize("NFKC", answer).casefold()
    words = _ASCII_WORD.findall(text)
    found = [f"w:{word}" for word in words]
    found += [f"b:{first} {second}" for first, second in itertools.pairwise(words)]
    if lang == "en":
        for word in words:
            padded = f"^{word}$"
            for size in (3, 4):
                found += [f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1)]
    else:
        runs = _NOT_WORD.sub(" ", _T2S.convert(text)).split()
        for run in runs:
            for size in (1, 2, 3):
                found += [f"c:{run[i : i + size]}" for i in range(len(run) - size + 1)]
    return sorted(set(found))


class StateModel:
    """One (routine, state, family)'s model: labels' probabilities for an answer."""

    def __init__(self, kind: str, texts: list[list[str]], labels: list[str]) -> None:
        self.kind = kind
        self.labels = sorted(set(labels))
        index: dict[str, int] = {}
        for feats in texts:
            for feat in feats:
                index.setdefault(feat, len(index))
        self.index = index
        X = self._matrix(texts)
        y = np.array([self.labels.index(label) for label in labels])
        C, V = len(self.labels), len(index)
        if kind == "nb":
            alpha = 0.2
            counts = np.zeros((C, V))
            for c in range(C):
                counts[c] = np.asarray(X[y == c].sum(axis=0)).ravel()
            self.log_likelihood = np.log(
                (counts + alpha) / (counts.sum(axis=1, keepdims=True) + alpha * V)
            )
            self.log_prior = np.log((np.bincount(y, minlength=C) + 1) / (len(y) + C))
        elif kind == "lr":
            self.weights = self._fit_softmax(_l2_rows(X), y, C, penalty=1e-2)
        else:
            df = np.asarray((X > 0).sum(axis=0)).ravel()
            self.idf = np.log((1 + len(y)) / (1 + df)) + 1
            self.train = _l2_rows(X.multiply(self.idf).tocsr())
            self.y = y

    def _matrix(self, texts: Sequence[Iterable[str]]) -> sparse.csr_matrix:
        rows, cols = [], []
        for r, feats in enumerate(texts):
            for feat in feats:
                col = self.index.get(feat)
                if col is not None:
                    rows.append(r)
                    cols.append(col)
        data = np.ones(len(rows))
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(texts), len(self.index)))

    @staticmethod
    def _fit_softmax(X: sparse.csr_matrix, y: np.ndarray, C: int, penalty: float) -> np.ndarray:
        n, V = X.shape
        Y = np.zeros((n, C))
        Y[np.arange(n), y] = 1

        def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
            W = flat.reshape(V + 1, C)
            Z = X @ W[:-1] + W[-1]
            Z -= Z.max(axis=1, keepdims=True)
            P = np.exp(Z)
            P /= P.sum(axis=1, keepdims=True)
            value = -np.sum(Y * np.log(P + 1e-12)) / n + penalty / 2 * np.sum(W[:-1] ** 2)
            G = np.empty_like(W)
            G[:-1] = X.T @ (P - Y) / n + penalty * W[:-1]
            G[-1] = (P - Y).sum(axis=0) / n
            return value, G.ravel()

        fitted = optimize.minimize(
            loss, np.zeros((V + 1) * C), jac=True, method="L-BFGS-B", options={"maxiter": 300}
        )
        return np.asarray(fitted.x).reshape(V + 1, C)

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        if len(self.labels) == 1:
            return {self.labels[0]: 1.0}
        X = self._matrix([feats])
        if self.kind == "nb":
            scores = self.log_prior + np.asarray(X @ self.log_likelihood.T).ravel()
            scores = np.exp(scores - scores.max())
            p = scores / scores.sum()
        elif self.kind == "lr":
            z = np.asarray(_l2_rows(X) @ self.weights[:-1]).ravel() + self.weights[-1]
            z = np.exp(z - z.max())
            p = z / z.sum()
        else:
            q = _l2_rows(X.multiply(self.idf).tocsr())
            sims = np.asarray((self.train @ q.T).todense()).ravel()
            nearest = np.argsort(-sims, kind="stable")[:5]
            p = np.zeros(len(self.labels))
            for i in nearest:
                p[self.y[i]] += max(sims[i], 0.0)
            if p.sum() == 0:
                return {}
            p /= p.sum()
        return {label: float(p[i]) for i, label in enumerate(self.labels)}


def _l2_rows(X: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags(1 / norms) @ X)


@dataclass(frozen=True)
class Case:
    round_: int
    row: Row
    rules: str  # what the rules reached
    top: str | None  # the model's top label (None: no model for the state)
    confidence: float


def cases(kind: str, rounds: Sequence[int], **source: bool) -> list[Case]:
    found = []
    for round_ in rounds:
        training = training_rows(round_, **source)
        if kind in ("shipped", "guarded"):
            found += _shipped_cases(round_, training, guarded=kind == "guarded")
            continue
        grouped: dict[tuple[str, str, str], tuple[list[list[str]], list[str]]] = defaultdict(
            lambda: ([], [])
        )
        for row in training:
            texts, labels = grouped[row.routine, row.state, family(row.lang)]
            texts.append(features(row.answer, row.lang))
            labels.append(row.expected)
        models: dict[tuple[str, str, str], StateModel] = {}
        for row, rules in rule_verdicts(round_):
            key = (row.routine, row.state, family(row.lang))
            if key not in grouped:
                found.append(Case(round_, row, rules, None, 0.0))
                continue
            if key not in models:
                models[key] = StateModel(kind, *grouped[key])
            p = models[key].probabilities(features(row.answer, row.lang))
            top = max(p, key=lambda label: p[label]) if p else None
            found.append(Case(round_, row, rules, top, p[top] if top else 0.0))
    return found


def _shipped_cases(round_: int, training: list[Row], guarded: bool = False) -> list[Case]:
    """understanding/second_opinion.py's model (the script family read from the answer's
    text, not the row's lang), learned from `training`. `guarded`: its doubt with stat17's
    guard, a Case's top label only where it doubts (the rules' hit, for the guard's "the
    branch's own words", is today's rules' where they reach what the recorded run did)."""
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in training:
        grouped[row.routine, row.state].append((row.answer, row.expected))
    opinions: dict[tuple[str, str], SecondOpinion] = {}
    found = []
    for row, rules in rule_verdicts(round_):
        key = (row.routine, row.state)
        reading = None
        if key in grouped:
            if key not in opinions:
                opinions[key] = SecondOpinion(grouped[key])
            reading = opinions[key].reading(row.answer)
        top, confidence = reading if reading else (None, 0.0)
        if guarded and reading is not None:
            doubt = None
            if rules != OTHERWISE:
                same = _SHARPNESS.labels_like(row.routine, row.state, rules)
                own, kind = _own_words(row, rules)
                doubt = opinions[key].doubt(row.answer, rules, same, own, kind == "intent")
            top, confidence = (doubt.label, doubt.confidence) if doubt else (None, 0.0)
        found.append(Case(round_, row, rules, top, confidence))
    return found


def _own_words(row: Row, reached: str) -> tuple[str | None, str]:
    """The words (a phrase, number or intent's) today's rules reach `reached` by, if they
    do, and their kind."""
    state = _CORPUS.routines[row.routine].states[row.state]
    found = state.understand(row.answer)
    hit = found.hit
    if found.branch_id != reached or hit is None or hit.kind not in ("phrase", "number", "intent"):
        return None, ""
    return hit.text, hit.kind


class Sharpness:
    """Which labels are ways of seeing through it, per state (as bot/content/evaluation)."""

    def __init__(self) -> None:
        corpus = load_corpus(CORPUS)
        self.sharp: set[tuple[str, str, str]] = set()
        for routine in corpus.routines.values():
            for name, state in routine.states.items():
                for answer in state.answers:
                    wary = TRICK in answer.intents and answer.goto is not None
                    if answer.saw_through or wary:
                        self.sharp.add((routine.id, name, answer.id))

    def labels_like(self, routine: str, state: str, label: str) -> frozenset[str]:
        """`label` and the labels meaning the same (every way of seeing through it)."""
        if label != GIVE_AWAY and (routine, state, label) not in self.sharp:
            return frozenset({label})
        return frozenset({GIVE_AWAY, *(s for r, n, s in self.sharp if (r, n) == (routine, state))})

    def same(self, routine: str, state: str, first: str, second: str) -> bool:
        if first == second:
            return True
        sees = {
            (routine, state, label) in self.sharp or label == GIVE_AWAY for label in (first, second)
        }
        return sees == {True}


_CORPUS = load_corpus(CORPUS)
_SHARPNESS = Sharpness()


def verdict(case: Case, sharpness: Sharpness, veto: float, fallback: float) -> str:
    if case.top is None or case.confidence < min(veto, fallback) - 1e-12:
        return case.rules
    if case.rules != OTHERWISE:
        row = case.row
        if case.confidence >= veto and not sharpness.same(
            row.routine, row.state, case.rules, case.top
        ):
            return OTHERWISE
        return case.rules
    if case.confidence >= fallback and case.top != OTHERWISE:
        return case.top
    return case.rules


@dataclass
class Score:
    rows: int = 0
    right: int = 0
    wrong: int = 0

    def share(self) -> float:
        return self.right / self.rows if self.rows else 1.0

    def per_1000(self) -> float:
        return 1000 * self.wrong / self.rows if self.rows else 0.0


def tally(judged: Iterable[tuple[Row, str, str, bool]], sharpness: Sharpness) -> dict[str, Score]:
    """Per language and in total, the rows right and the wrong punchlines of verdicts judged
    against a baseline: each (row, verdict, the baseline's verdict, whether the baseline was
    right). Where a verdict is the baseline's, the baseline's own standing is kept (read from
    the run's RESULT.txt: `same` would also count a give-away reached for a sharp branch, which
    older evaluations called a miss); elsewhere `sharpness.same` judges it. The one tally of
    stat16, fallback19 and switch20."""
    counted = {lang: Score() for lang in (*LANGS, "total")}
    for row, got, baseline, baseline_right in judged:
        right = (
            baseline_right
            if got == baseline
            else sharpness.same(row.routine, row.state, got, row.expected)
        )
        for lang in (row.lang, "total"):
            counted[lang].rows += 1
            counted[lang].right += right
            counted[lang].wrong += (not right) and got != OTHERWISE
    return counted


def scores(
    found: Sequence[Case], sharpness: Sharpness, veto: float, fallback: float
) -> dict[str, Score]:
    judged = (
        (
            case.row,
            verdict(case, sharpness, veto, fallback),
            case.rules,
            case.rules == case.row.expected,
        )
        for case in found
    )
    return tally(judged, sharpness)


POLICIES = {
    "rules": ((math.inf,), (math.inf,)),
    "veto": (THRESHOLDS, (math.inf,)),
    "fallback": ((math.inf,), THRESHOLDS),
    "both": (THRESHOLDS, THRESHOLDS),
    "both-right": (THRESHOLDS, THRESHOLDS),
}
# (rounds the thresholds are chosen on, rounds reported with them): the brief's split, and a
# second with two honest rounds (round 15's final set is sealed, not in tuning/)
SPLITS = (((10, 11, 12, 13), (14,)), ((10, 11, 12), (13, 14)))


def choose(found: Sequence[Case], sharpness: Sharpness, policy: str) -> tuple[float, float]:
    """The thresholds for `policy` on `found`; the rules' own (inf) if none qualifies.

    veto, fallback, both: the most wrong punchlines cut while losing at most MAX_RIGHT_COST of
    right in any language (ties: more right). both-right: the most right with at most 3/4 of
    the rules' wrong punchlines and no language losing right."""
    base = scores(found, sharpness, math.inf, math.inf)
    best_key: tuple[int, int] | None = None
    best = (math.inf, math.inf)
    vetoes, fallbacks = POLICIES[policy]
    for veto in vetoes:
        for fallback in fallbacks:
            tally = scores(found, sharpness, veto, fallback)
            shares = [tally[lang].share() - base[lang].share() for lang in LANGS]
            if policy == "both-right":
                if min(shares) < 0 or tally["total"].wrong > 0.75 * base["total"].wrong:
                    continue
                key = (tally["total"].right, -tally["total"].wrong)
            else:
                if min(shares) < -MAX_RIGHT_COST:
                    continue
                key = (-tally["total"].wrong, tally["total"].right)
            if best_key is None or key > best_key:
                best_key, best = key, (veto, fallback)
    return best


def table(title: str, tally: dict[str, Score], base: dict[str, Score]) -> list[str]:
    cells = []
    for lang in (*LANGS, "total"):
        mine, theirs = tally[lang], base[lang]
        cells.append(
            f"{mine.share():.1%} ({mine.share() - theirs.share():+.1%}), "
            f"{mine.per_1000():.1f} ({mine.wrong - theirs.wrong:+d})"
        )
    return [f"| {title} | " + " | ".join(cells) + " |"]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", nargs="+", default=["nb", "lr", "knn"])
    parser.add_argument("--now", action="store_true", help="tuning/ as it is, not at the run")
    parser.add_argument("--own-writers", action="store_true", help="with roundK_writers*")
    parser.add_argument(
        "--check",
        type=float,
        metavar="T",
        help="only the veto at threshold T against the rules alone, on --rounds",
    )
    parser.add_argument("--rounds", type=int, nargs="+", default=list(LATER_ROUNDS))
    options = parser.parse_args(argv)
    sharpness = Sharpness()
    if options.check is not None:
        for kind in options.model:
            found = cases(kind, options.rounds, snapshot=not options.now)
            base = scores(found, sharpness, math.inf, math.inf)
            print(f"\n## model {kind}, rounds {options.rounds}\n")
            print("\n".join(table("rules alone", base, base)))
            tally = scores(found, sharpness, options.check, math.inf)
            print("\n".join(table(f"veto {options.check}", tally, base)))
        return
    header = (
        "| policy (veto t, fallback t) | zh-hans | zh-hant | en | total |\n|---|---|---|---|---|"
    )
    for kind in options.model:
        found = cases(kind, ROUNDS, snapshot=not options.now, own_writers=options.own_writers)
        print(f"\n## model {kind}\n")
        print("cells: right % (change), wrong punchlines per 1,000 (change in count)\n")
        for chosen_on, reported in SPLITS:
            choosing = [case for case in found if case.round_ in chosen_on]
            honest = [case for case in found if case.round_ in reported]
            named = f"rounds {chosen_on[0]}-{chosen_on[-1]}"
            for title, subset in (
                (f"{named} (thresholds chosen here)", choosing),
                (
                    f"round {', '.join(map(str, reported))} (honest: thresholds from {named})",
                    honest,
                ),
            ):
                print(f"### {title}\n\n{header}")
                base = scores(subset, sharpness, math.inf, math.inf)
                print("\n".join(table("rules alone", base, base)))
                for policy in ("veto", "fallback", "both", "both-right"):
                    veto, fallback = choose(choosing, sharpness, policy)
                    tally = scores(subset, sharpness, veto, fallback)
                    print("\n".join(table(f"{policy} ({veto}, {fallback})", tally, base)))
                print()
        print("### per round, per threshold (veto alone; fallback alone)\n")
        for round_ in ROUNDS:
            subset = [case for case in found if case.round_ == round_]
            base = scores(subset, sharpness, math.inf, math.inf)
            print(f"round {round_}\n\n{header}")
            print("\n".join(table("rules alone", base, base)))
            for t in THRESHOLDS[:-1]:
                print("\n".join(table(f"veto {t}", scores(subset, sharpness, t, math.inf), base)))
            for t in THRESHOLDS[:-1]:
                tally = scores(subset, sharpness, math.inf, t)
                print("\n".join(table(f"fallback {t}", tally, base)))
            print()


if __name__ == "__main__":
    main()
