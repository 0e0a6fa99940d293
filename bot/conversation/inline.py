"""Inline mode's rules: which routines a query finds, and a tap on an answer button, as pure
functions of the corpus.

A query finds the routines whose id, titles or opening question hold every word typed
(Traditional folded to Simplified), from the texts compiled with the corpus
(`Corpus.searched`), those played in the user's language first.

A routine posted inline has one button per answer the state knows (labelled with its first
phrase) and one for "something else". A tap moves it exactly as a typed answer would
(`answering.step`), and the message is rewritten for everyone to see who answered what.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.corpus import Corpus, Routine
from bot.conversation.answering import step
from bot.conversation.state import clean_name, isolate
from bot.i18n.catalogue import say
from understanding.text import to_simplified

OTHER = "x"  # the "something else" button: the state's reveal
DONE = "done"  # where a routine stands once it has ended


@dataclass(frozen=True)
class Tap:
    """The message after a tap, and where the routine now stands (a state id, or DONE)."""

    text: str
    next_state: str

    @property
    def ended(self) -> bool:
        return self.next_state == DONE


def search(corpus: Corpus, query: str, lang: str) -> list[Routine]:
    """The routines `query` finds (see the module), those played in `lang` first."""
    words = [to_simplified(w) for w in query.casefold().split()]  # 十把刀 in Traditional too
    searched = corpus.searched
    found = [r for r in corpus.routines.values() if all(w in searched[r.id] for w in words)]
    found.sort(key=lambda r: not r.plays_in(lang))  # the user's own language first
    return found


def choices(routine: Routine, state_id: str, lang: str) -> list[tuple[str, str]]:
    """(label, choice) for each button of a state: its answers, then "something else"."""
    state = routine.states[state_id]
    buttons = [
        (answer.label.in_(lang), str(i))
        for i, answer in enumerate(state.answers)
        if answer.label is not None
    ]
    return [*buttons, (say("inline_other", lang), OTHER)]


def tap(routine: Routine, state_id: str, choice: str, tapper: str, lang: str) -> Tap | None:
    """What the message says after `tapper` taps `choice`; None for a choice the state lacks."""
    state = routine.states.get(state_id)
    if state is None:
        return None
    if choice == OTHER:
        answer, label = None, say("inline_other", lang)
    elif choice.isdigit() and int(choice) < len(state.answers):
        answer = state.answers[int(choice)]
        label = answer.label.in_(lang) if answer.label else say("inline_other", lang)
    else:
        return None
    said, goto = step(routine, state_id, answer, lang)
    tapper = isolate(clean_name(tapper))
    lines = [state.say.in_(lang), say("inline_tapped", lang, name=tapper, answer=label)]
    lines += said
    if goto is None:
        lines.append(say("inline_got", lang, name=tapper))
    return Tap("\n".join(lines), goto or DONE)
