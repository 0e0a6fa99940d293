"""The gate of `_asks_to_say_again` (round 14, speed14): a clause is joined and compared
with every lead only where its last unit (particles and "?" aside) closes some lead. The
gate must never change what is found: checked here against the reading without it, for
every lead of both lists it reads, said bare, behind particles, after other words and
inside a longer clause."""

from __future__ import annotations

import pytest

from bot.content.corpus import DEFAULT_LEXICON, load_lexicon
from understanding.matcher import _asks_to_say_again
from understanding.text import QUESTION, clauses, fold


def _ungated(
    texts: list[str], kinds: list[int], leads: tuple[str, ...], particles: frozenset[str]
) -> str | None:
    """_asks_to_say_again as it read before the gate: every lead compared at each end."""
    end = len(texts)
    while end and kinds[end - 1] == QUESTION:
        end -= 1
    ends = [end]
    while end and (kinds[end - 1] == QUESTION or texts[end - 1] in particles):
        end -= 1
    if end != ends[0]:
        ends.append(end)
    for end in ends:
        if texts[end - 1 : end] and texts[end - 1].isascii():
            words = " " + " ".join(texts[:end]) + " "
            found = next((w for w in leads if w.isascii() and words.endswith(f" {w} ")), None)
            if found is not None:
                return found
        else:
            chars = "".join(texts[:end])
            found = next((w for w in leads if not w.isascii() and chars.endswith(w)), None)
            if found is not None:
                return found
    return None


@pytest.mark.parametrize("field", ["say_again", "put_offs", "thinking_aloud"])
def test_the_gate_finds_what_every_lead_compared_finds(field: str) -> None:
    lexicon = load_lexicon(DEFAULT_LEXICON)
    leads: tuple[str, ...] = getattr(lexicon, field)
    assert leads
    said = 0
    for lead in leads:
        for text in (
            lead,
            f"{lead}呀",
            f"{lead}啊呀？",
            f"嗯 {lead}?",
            f"ok {lead} lol",
            f"{lead} to him",
        ):
            for texts, kinds in clauses(fold(text, lexicon), lexicon):
                expected = _ungated(texts, kinds, leads, lexicon.particles_zh)
                assert _asks_to_say_again(texts, kinds, lexicon, field) == expected, text
                said += expected is not None
    assert said >= len(leads)  # the leads are found, not only their absence agreed on
