"""What the understanding tests share: the shipped lexicon, a matcher built on it, the branch
an answer picks, and the units an answer is cut into."""

from __future__ import annotations

from bot.content.corpus import DEFAULT_LEXICON, load_lexicon
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
