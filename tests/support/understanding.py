"""What the understanding tests share: the shipped lexicon, a matcher built on it, the branch
an answer picks, and the units an answer is cut into."""

from __future__ import annotations

from bot.content.corpus import DEFAULT_LEXICON, Corpus, RoutineState, load_lexicon
from understanding.matcher import Branch, Matcher
from understanding.text import clauses, fold

LEXICON = load_lexicon(DEFAULT_LEXICON)


def matching(branches: list[Branch], question: list[str] | tuple[str, ...] = ()) -> Matcher:
    return Matcher(branches, question, lexicon=LEXICON)


def picks(matcher: Matcher, text: str) -> str | None:
    return matcher.match(text).branch_id


def units(text: str) -> list[str]:
    """The answer's units, every clause's in order, as the matcher reads them."""
    return [t for texts, _ in clauses(fold(text, LEXICON), LEXICON) for t in texts]


def reached(corpus: Corpus, where: str, said: str) -> str | None:
    """The branch id `said` reaches at `where` ("routine/state") of the shipped corpus, or
    None (nothing: the hint, the reveal)."""
    return _state(corpus, where).understand(said).branch_id


def verdict(corpus: Corpus, where: str, answer: str) -> str | None:
    """The branch id the bot acts on for `answer` at `where` ("routine/state"): the rules and
    the second opinion together (`reached` is the rules alone); None for the safe path."""
    routine, state = where.split("/")
    return corpus.routines[routine].states[state].verdict(answer).branch_id


def explained(corpus: Corpus, where: str, said: str) -> str:
    """Why `said` reaches what it does at `where`: the matcher's explanation (`bot eval -v`)."""
    return _state(corpus, where).understand(said).explain()


def _state(corpus: Corpus, where: str) -> RoutineState:
    routine, state = where.split("/")
    return corpus.routines[routine].states[state]
